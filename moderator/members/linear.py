"""TF-IDF word and character n-grams with one logistic regression per label.

It reads moderator.normalize output (`reads_normalized`: the ensemble, and training, hand it over, with
the masked words the lexicon reads spelled out), so "f u c k", "n1gg3r" and homoglyphs reach the same
n-grams as the plain words, and identity terms are blinded (moderator.identity) so no group's name
carries weight of its own. Each label's regression trains only on rows where that label is known.

Besides one pooled regression per label, each dataset (`groups`) big enough gets heads of its own:
"offensive" in tweets, "toxic" in news comments and "hate" on a forum are related but different
judgements, and the stacker (moderator.ensemble) learns how much each view counts. predict_proba
answers the pooled heads; features() gives the logits of every head for stacking.
"""

from __future__ import annotations

import copy

from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression

from moderator.identity import blind_identity_terms
from moderator.members import fit_heads
from moderator.members.char_hashing import CharNgramHasher
from moderator.members.word_tfidf import WordTfidf, tfidf_rows


def prepare(normalized: str) -> str:
    """The text the n-gram models see: moderator.normalize output with identity terms blinded."""
    return blind_identity_terms(normalized)


class LinearMember:
    name = "linear"
    reads_normalized = True  # the ensemble hands it moderator.normalize output

    def __init__(self, C: float = 4.0, word_features: int = 60_000, char_features: int = 2**18,
                 min_positives: int = 20, random_state: int = 0):
        self.C = C
        self.word_features = word_features
        self.char_features = char_features
        self.min_positives = min_positives
        self.random_state = random_state

    def _vectorize(self, prepared: Sequence[str]) -> sp.csr_matrix:
        return sp.hstack([self._word_tfidf(prepared), self._char_tfidf(prepared)], format="csr")

    def _word_tfidf(self, prepared: Sequence[str]) -> sp.csr_matrix:
        """`self.word_.transform`, computed directly (moderator.members.word_tfidf: the same numbers)."""
        direct = self.__dict__.get("_word_direct_")
        if direct is None or direct.vectorizer is not self.word_:
            direct = self.__dict__["_word_direct_"] = WordTfidf(self.word_)
        return direct.transform(prepared)

    def _char_tfidf(self, prepared: Sequence[str]) -> sp.csr_matrix:
        """`self.char_.transform`, computed directly: the same TF-IDF (sublinear tf, idf, l2 rows) without
        the Pipeline's and TfidfTransformer's per-call checks, which cost 1.5 ms per call, most of the
        time of a one-comment request."""
        hasher, tfidf = self.char_.steps[0][1], self.char_.steps[-1][1]
        return tfidf_rows(hasher.transform(prepared), tfidf.idf_)

    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray,
            groups: Sequence[str] | None = None) -> "LinearMember":
        prepared = [prepare(t) for t in texts]
        self.word_ = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=self.word_features,
                                     sublinear_tf=True, token_pattern=r"(?u)\b\w+\b|[^\w\s]", dtype=np.float32)
        # character n-grams are hashed, a whole batch at once in numpy (see char_hashing): no vocabulary
        # lookups and no Python per n-gram, which made them the slowest step of scoring
        self.char_ = make_pipeline(
            CharNgramHasher(ngram_range=(2, 5), n_features=self.char_features),
            TfidfTransformer(sublinear_tf=True),
        )
        self.word_.fit(prepared)
        self.char_.fit(prepared)
        X = self._vectorize(prepared)
        self.labels, self.feature_names, self.W_, self.b_ = fit_heads(
            X, Y, mask, groups, self.min_positives,
            lambda: LogisticRegression(C=self.C, solver="liblinear", max_iter=200, random_state=self.random_state))
        return self

    def __getstate__(self):
        # float16 weights halve models/ again; logits move by < 1e-3
        state = self.__dict__.copy()
        state.pop("_word_direct_", None)
        if "W_" in state:
            state["W_"] = state["W_"].astype(np.float16)
        vocabulary = getattr(state.get("word_"), "vocabulary_", None)
        if vocabulary and not any("\n" in term for term in vocabulary):
            # The 60k-term vocabulary as one string: joblib unpickles in pure Python, where a dict of
            # 60k entries took 0.6 s of the service's start; one string and a C-built dict take 0.02 s.
            word = copy.copy(state["word_"])
            state["word_terms_"] = "\n".join(sorted(vocabulary, key=vocabulary.__getitem__))
            word.vocabulary_ = None
            state["word_"] = word
        return state

    def __setstate__(self, state):
        if "W_" in state:
            state["W_"] = state["W_"].astype(np.float32)
        terms = state.pop("word_terms_", None)
        if terms is not None:
            terms = terms.split("\n")
            state["word_"].vocabulary_ = dict(zip(terms, range(len(terms))))
        self.__dict__.update(state)

    def features(self, texts: Sequence[str]) -> np.ndarray:
        """Logits of every head (pooled heads first, in `labels` order)."""
        X = self._vectorize([prepare(t) for t in texts])
        return np.asarray(X @ self.W_, dtype=np.float32) + self.b_

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        logits = self.features(texts)[:, : len(self.labels)]
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
