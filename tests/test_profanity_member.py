"""The alt-profanity-check member: the package's own probabilities, one column, picklable."""

import joblib
import numpy as np
from profanity_check import predict_prob

from moderator.members.profanity_check import ProfanityCheckMember

TEXTS = ["Thank you for a thoughtful article.", "What the fuck is wrong with you, shithead",
         "The council meets on Tuesday.", "you stupid bitch"]


def test_matches_the_package_and_ranks_profanity_higher():
    member = ProfanityCheckMember().fit(TEXTS, np.zeros((4, 9)), np.zeros((4, 9), bool))
    P = member.predict_proba(TEXTS)
    assert member.labels == ("obscene",)
    assert P.shape == (4, 1) and P.dtype == np.float32
    np.testing.assert_allclose(P[:, 0], predict_prob(TEXTS), rtol=1e-6)
    assert min(P[1, 0], P[3, 0]) > max(P[0, 0], P[2, 0])


def test_empty_batch_and_non_strings(tmp_path):
    member = ProfanityCheckMember()
    assert member.predict_proba([]).shape == (0, 1)
    assert member.predict_proba([None]).shape == (1, 1)  # scored as empty text, not a crash
    joblib.dump(member, tmp_path / "p.joblib")
    np.testing.assert_array_equal(joblib.load(tmp_path / "p.joblib").predict_proba(TEXTS), member.predict_proba(TEXTS))
