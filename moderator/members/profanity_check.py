"""The alt-profanity-check member (PyPI `alt-profanity-check`): its linear SVM over word n-grams, trained on
tweets and Wikipedia comments, gives the probability that a text is profane.

It answers one column, `obscene`, but it is a *profanity* probability, not a calibrated `obscene` score: the
stacker (moderator.ensemble) uses it as a feature for every label it helps (profanity correlates with
toxicity and insults as well). It learns nothing here; the package's model is fixed.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np


class ProfanityCheckMember:
    name = "profanity_check"
    labels: tuple[str, ...] = ("obscene",)

    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "ProfanityCheckMember":
        """Nothing to learn: the package ships its trained model."""
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        # the package loads its vectorizer and model at import; importing here keeps pickles small and
        # `moderator page --no-score` free of it.
        from profanity_check import profanity_check

        texts = [t if isinstance(t, str) else "" for t in texts]
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        # same numbers as profanity_check.predict_prob, without its per-row np.apply_along_axis
        prob = profanity_check.model.predict_proba(profanity_check.vectorizer.transform(texts))[:, 1]
        return prob.astype(np.float32).reshape(-1, 1)
