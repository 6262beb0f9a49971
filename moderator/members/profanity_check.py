"""The alt-profanity-check member (PyPI `alt-profanity-check`): its linear SVM over word n-grams, trained on
tweets and Wikipedia comments, gives the probability that a text is profane.

It answers one column, `obscene`, but it is a *profanity* probability, not a calibrated `obscene` score: the
stacker (moderator.ensemble) uses it as a feature for every label it helps (profanity correlates with
toxicity and insults as well). It learns nothing here; the package's model is fixed.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np


_direct = None


def _direct_tfidf(fitted):
    """The package's TF-IDF without scikit-learn's per-call checks (moderator.members.word_tfidf)."""
    global _direct
    if _direct is None or _direct.vectorizer is not fitted:
        from moderator.members.word_tfidf import WordTfidf

        _direct = WordTfidf(fitted)
    return _direct


class ProfanityCheckMember:
    name = "profanity_check"
    reads_normalized = True  # the ensemble hands it moderator.normalize output
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
        # same numbers as profanity_check.predict_prob: its model is a CalibratedClassifierCV (sigmoid) over
        # five LinearSVCs, averaged. Computed directly, because scikit-learn's per-call checks on the
        # five sub-models cost ~30 ms per single comment, more than everything else in the ensemble.
        X = _direct_tfidf(profanity_check.vectorizer).transform(texts)
        prob = np.zeros(X.shape[0])
        for fold in profanity_check.model.calibrated_classifiers_:
            svm, sigmoid = fold.estimator, fold.calibrators[0]
            decision = X @ svm.coef_.ravel() + svm.intercept_[0]
            prob += 1.0 / (1.0 + np.exp(sigmoid.a_ * decision + sigmoid.b_))
        prob /= len(profanity_check.model.calibrated_classifiers_)
        return prob.astype(np.float32).reshape(-1, 1)
