"""Ensemble members. Each follows scikit-learn's estimator contract over lists of texts:
the constructor stores parameters, `fit(texts, Y, mask)` learns, `predict_proba(texts)` answers
with an array of shape (n_texts, len(member.labels)), and the whole object pickles with joblib.

Y and mask are (n_texts, len(LABELS)) arrays over moderator.labels.LABELS: mask[i, j] is True
where example i has a label for LABELS[j] (multi-task training with missing labels).
"""

import warnings
from typing import Protocol, Sequence

import numpy as np


class Member(Protocol):
    name: str
    labels: tuple[str, ...]

    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "Member": ...

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


def logistic_proba(model, X: np.ndarray) -> np.ndarray:
    """P(class 1) of a fitted binary LogisticRegression: the same numbers as model.predict_proba(X)[:, 1]
    without scikit-learn's per-call input validation, which costs more than the product itself when
    a service scores one comment at a time."""
    z = X @ model.coef_[0] + model.intercept_[0]
    return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)


def quantize_int8(module, inplace: bool = False):
    """`module` with int8 dynamic quantization of its Linear layers (faster on CPU). torch 2.13 (pinned)
    deprecates its quantized tensor types in favour of torchao and says so once per Linear layer, in every
    server and rescore worker log; the types still work there, so the notices are silenced here."""
    import torch

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"torch\.quantize_per_tensor", category=UserWarning)
        warnings.filterwarnings("ignore", message=r"torch\.ao\.quantization is deprecated", category=DeprecationWarning)
        return torch.ao.quantization.quantize_dynamic(module, {torch.nn.Linear}, dtype=torch.qint8, inplace=inplace)
