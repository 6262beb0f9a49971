"""Ensemble members. Each follows scikit-learn's estimator contract over lists of texts:
the constructor stores parameters, `fit(texts, Y, mask)` learns, `predict_proba(texts)` answers
with an array of shape (n_texts, len(member.labels)), and the whole object pickles with joblib.

Y and mask are (n_texts, len(LABELS)) arrays over moderator.labels.LABELS: mask[i, j] is True
where example i has a label for LABELS[j] (multi-task training with missing labels).
"""

from typing import Protocol, Sequence

import numpy as np


class Member(Protocol):
    name: str
    labels: tuple[str, ...]

    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "Member": ...

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...
