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


def fit_heads(X, Y: np.ndarray, mask: np.ndarray, groups: Sequence[str] | None, min_positives: int,
              make_model) -> tuple[tuple[str, ...], list[str], np.ndarray, np.ndarray]:
    """One logistic head per label over features X, plus one per label and dataset (`groups`) where that
    dataset has enough of both classes and is not the whole pool: "offensive" in tweets, "toxic" in news
    comments and "hate" on a forum are related but different judgements, and the stacker learns how much
    each view counts. Returns (labels, feature names "label@dataset" or "label@all", W, b) with the pooled
    heads first, in `labels` order; `make_model()` gives an unfitted binary classifier."""
    from moderator.labels import LABELS

    groups = np.asarray(groups if groups is not None else ["all"] * X.shape[0])
    labels = tuple(l for j, l in enumerate(LABELS) if Y[mask[:, j], j].sum() >= min_positives)
    heads = [(label, None) for label in labels]
    for label in labels:
        j = LABELS.index(label)
        for group in sorted(set(groups)):
            known = mask[:, j] & (groups == group)
            y = Y[known, j] >= 0.5
            if min(y.sum(), (~y).sum()) >= 5 * min_positives and known.sum() < mask[:, j].sum():
                heads.append((label, group))
    fitted = []  # (label, dataset or None, weights, intercept)
    for label, group in heads:
        j = LABELS.index(label)
        rows = np.flatnonzero(mask[:, j] & ((groups == group) if group else True))
        model = make_model().fit(X[rows], Y[rows, j] >= 0.5)
        fitted.append((label, group, model.coef_.ravel().astype(np.float32), float(model.intercept_[0])))
    names = [f"{label}@{group or 'all'}" for label, group, _, _ in fitted]
    # one matrix for every head: scoring is a single product
    W = np.column_stack([w for _, _, w, _ in fitted])
    b = np.array([b for _, _, _, b in fitted], dtype=np.float32)
    return labels, names, W, b


def quantize_int8(module, inplace: bool = False):
    """`module` with int8 dynamic quantization of its Linear layers (faster on CPU). torch 2.13 (pinned)
    deprecates its quantized tensor types in favour of torchao and says so once per Linear layer, in every
    server and rescore worker log; the types still work there, so the notices are silenced here."""
    import torch

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"torch\.quantize_per_tensor", category=UserWarning)
        warnings.filterwarnings("ignore", message=r"torch\.ao\.quantization is deprecated", category=DeprecationWarning)
        return torch.ao.quantization.quantize_dynamic(module, {torch.nn.Linear}, dtype=torch.qint8, inplace=inplace)
