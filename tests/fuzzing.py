"""Shared hypothesis settings for the property and fuzz tests.

CI and `make test` draw the same examples on every run (derandomized: a red build is never chance).
`MODERATOR_FUZZ_SCALE=20 pytest tests/test_properties.py tests/web/test_service_fuzz.py` draws twenty
times as many, new ones each run, to look for trouble before a release."""

import os

from hypothesis import HealthCheck, settings

SCALE = int(os.environ.get("MODERATOR_FUZZ_SCALE", "1"))
settings.register_profile("moderator", derandomize=SCALE == 1, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile("moderator")


def examples(n: int) -> settings:
    """`n` examples per test run, times the scale."""
    return settings(max_examples=n * SCALE)
