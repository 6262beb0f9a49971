"""The ensemble: members' outputs stacked into one calibrated probability per label.

Members (linear n-grams, the lexicon, alt-profanity-check, sentence embeddings, a detoxify transformer)
each answer the labels they know. A stacker per label, fitted on a validation split the members never
trained on, combines them; its output is a calibrated probability. Per label the stacker is either
gradient-boosted trees constrained to rise with every column that speaks for the label, or a logistic
regression, whichever ranks held-out folds better (`stacker="chosen"`, the default). The logistic
regression alone, over ~90 correlated columns, learned negative weights on some of them, so that where
every member said "toxic" more loudly the ensemble said it less ("fucking idiot" 0.36, "idiot" 0.77).
Labels with few positives keep a logistic regression over their own columns (trees would learn their noise).

Cascade: the cheap members score every comment. The expensive member (the transformer) scores only
comments whose cheap toxicity falls inside the policy's uncertain band; those get the "full" stacker,
fitted with the expensive member's outputs as extra features. `full=True` scores everything with every
member.
"""

from __future__ import annotations

import logging
import weakref
from typing import Sequence

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from moderator.labels import LABELS
from moderator.members import logistic_proba
from moderator.flat_trees import FlatTrees
from moderator.openmp import one_openmp_thread

log = logging.getLogger(__name__)

EPS = 1e-4


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, EPS, 1 - EPS)
    return np.log(p / (1 - p))


def member_input(member, texts: list[str], normalized: list[str] | None) -> list[str]:
    """Members that do no normalization of their own (`reads_normalized`) see the normalized text, so
    "f u c k" or "1d10t" reach them as the words they disguise."""
    return normalized if getattr(member, "reads_normalized", False) and normalized is not None else texts


def normalized_texts(members, texts: list[str]) -> list[str] | None:
    """moderator.normalize output, with the masked words a lexicon member reads filled in ("path*tic")."""
    if not any(getattr(m, "reads_normalized", False) for m in members):
        return None
    from moderator.normalize import normalize

    normalized = [normalize(t).text for t in texts]
    for m in members:
        if hasattr(m, "fill_masked"):
            normalized = m.fill_masked(normalized)
    return normalized


def member_features(member, texts: Sequence[str]) -> np.ndarray:
    """A member's stacking features: its richer `features` where it has them, else logits of its probabilities."""
    if hasattr(member, "features"):
        return np.asarray(member.features(texts), dtype=np.float32)
    return _logit(np.asarray(member.predict_proba(texts), dtype=np.float32))


def column_label(name: str) -> str | None:
    """The label a stacking column speaks for ("severe_toxicity@all", "max_severity_severe_toxicity" ->
    severe_toxicity; "second_person" -> None): the longest label the name is or ends with."""
    base = name.split("@")[0]
    found = [label for label in LABELS if base == label or base.endswith("_" + label)]
    return max(found, key=len) if found else None


def member_columns(member) -> list[str]:
    """Names of a member's stacking columns: its `feature_names` where it has them, else its labels."""
    return list(getattr(member, "feature_names", None) or member.labels)


_FLAT_TREES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # fitted trees -> their array form
# Up to this many rows the array walk is quicker than scikit-learn's tree-by-tree predict (one row: 0.4
# against 4.5 ms; 16 rows: 1.9 against 2.7 ms; 64 rows: 6.6 against 3.1 ms; the toxicity stacker, 180 trees)
FLAT_TREES_MAX_ROWS = 16


def _flat_trees(model) -> FlatTrees:
    """The tree stacker as arrays, built at its first use (not pickled: ensemble.joblib holds the model)."""
    flat = _FLAT_TREES.get(model)
    if flat is None:
        flat = _FLAT_TREES[model] = FlatTrees(model)
    return flat


def monotone_stacker(increasing: list[int], random_state: int) -> HistGradientBoostingClassifier:
    """Boosted trees whose output can only rise with the columns marked 1 (those that speak for the label:
    every member's head for it, the lexicon's counts of it) and may use the others freely. Shallow, slow
    and stopped early on 15 % of the rows: the stacker sees ~20k validation rows, and its probabilities
    are read as calibrated by the policies (checked with log loss on held-out folds, models/CARD.md)."""
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40,
                                          l2_regularization=1.0, early_stopping=True, validation_fraction=0.15,
                                          n_iter_no_change=20, monotonic_cst=increasing, random_state=random_state)


class Ensemble:
    def __init__(self, members: list, expensive=None, min_positives: int = 15, C: float = 1.0,
                 expensive_rows: int = 10000, random_state: int = 0, few_positives: int = 100,
                 stacker: str = "chosen"):
        self.members = members
        self.expensive = expensive
        self.min_positives = min_positives
        # A label with fewer known positives than this is stacked on its own columns only (every member's
        # head or lexicon count for that label). Over all ~60 columns, severe_toxicity's 15 positives (all
        # C3 news comments) taught the stacker that a harsh word about a politician is severe:
        # "The senator is a liar and a hypocrite." scored 0.90 (the default policy removes at 0.80), and
        # 172 validation comments of other datasets, none labelled severe, reached 0.8.
        self.few_positives = few_positives
        self.C = C
        self.expensive_rows = expensive_rows  # the transformer is slow on CPU: its stacker sees a sample
        self.random_state = random_state
        # "logistic", "monotone" (boosted trees, monotone in the label's columns), or "chosen": per label,
        # whichever of the two ranks the stacking rows better out of fold (5 folds; in `choices_`)
        self.stacker = stacker

    # -- features -------------------------------------------------------------------------------
    def _expensive_features(self, texts: list[str]) -> np.ndarray:
        # the cheap members' lexicon spells masked words out for the transformer too
        normalized = normalized_texts([*self.members, self.expensive], texts)
        return member_features(self.expensive, member_input(self.expensive, texts, normalized))

    def expensive_available(self) -> bool:
        return self.expensive is not None and getattr(self.expensive, "available", True)

    # -- learning -------------------------------------------------------------------------------
    def _stacker_kind(self, X: np.ndarray, y: np.ndarray, increasing: list[int]) -> tuple[str, dict]:
        """The stacker kind for one label, and the out-of-fold AUCs it was chosen by."""
        kind = getattr(self, "stacker", "logistic")
        if kind != "chosen":
            return kind, {}
        from sklearn.model_selection import StratifiedKFold

        oof = {"logistic": np.zeros(len(y)), "monotone": np.zeros(len(y))}
        for train, test in StratifiedKFold(5, shuffle=True, random_state=self.random_state).split(X, y):
            oof["logistic"][test] = LogisticRegression(C=self.C, max_iter=2000).fit(
                X[train], y[train]).predict_proba(X[test])[:, 1]
            oof["monotone"][test] = monotone_stacker(increasing, self.random_state).fit(
                X[train], y[train]).predict_proba(X[test])[:, 1]
        aucs = {k: round(float(roc_auc_score(y, p)), 4) for k, p in oof.items()}
        return ("monotone" if aucs["monotone"] > aucs["logistic"] else "logistic"), aucs

    def _fit_stackers(self, X: np.ndarray, Y: np.ndarray, mask: np.ndarray, names: list[str],
                      choices: dict | None = None) -> dict:
        """label -> (fitted stacker, the columns of X it reads, or None for all of them). `choices` gets,
        per label, the stacker kind and what it was chosen by."""
        stackers = {}
        for j, label in enumerate(LABELS):
            rows = np.flatnonzero(mask[:, j])
            y = Y[rows, j] >= 0.5
            if y.sum() < self.min_positives or (~y).sum() < self.min_positives:
                continue  # too few examples to calibrate: the fallback below answers for this label
            columns = None
            if y.sum() < self.few_positives:
                own = [k for k, name in enumerate(names) if column_label(name) == label]
                columns = np.asarray(own) if own else None
            kind, aucs = "logistic", {}
            if columns is None:
                increasing = [1 if column_label(name) == label else 0 for name in names]
                kind, aucs = self._stacker_kind(X[rows], y, increasing)
            if choices is not None:
                choices[label] = {"stacker": kind, **({"out_of_fold_auc": aucs} if aucs else {})}
            if kind == "monotone":
                model = monotone_stacker(increasing, self.random_state)
            else:
                model = LogisticRegression(C=self.C, max_iter=2000)
            model.fit(X[rows] if columns is None else X[np.ix_(rows, columns)], y)
            stackers[label] = (model, columns)
        return stackers

    def fit_stacker(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "Ensemble":
        """Fit the per-label stackers on a validation split (members already fitted elsewhere)."""
        texts = list(texts)
        self.fallback_ = {}  # chosen below, once we know which labels have a stacker
        X, _ = self._member_outputs(texts)
        names = [name for member in self.members for name in member_columns(member)]
        if len(names) != X.shape[1]:
            raise ValueError(f"members name {len(names)} stacking columns but give {X.shape[1]}")
        self.choices_ = {"cheap": {}, "full": {}}
        self.stackers_ = self._fit_stackers(X, Y, mask, names, self.choices_["cheap"])
        self.full_stackers_ = {}
        if self.expensive_available():
            rng = np.random.default_rng(self.random_state)
            rows = np.sort(rng.permutation(len(texts))[: self.expensive_rows])
            Xf = np.hstack([X[rows], self._expensive_features([texts[i] for i in rows])])
            self.full_stackers_ = self._fit_stackers(Xf, Y[rows], mask[rows], names + member_columns(self.expensive),
                                                     self.choices_["full"])
        self.fallback_ = self._fallbacks()
        log.info("stacked labels: %s; fallbacks: %s", sorted(self.stackers_), self.fallback_)
        return self

    def _fallbacks(self) -> dict[str, tuple[int, int]]:
        """For labels without a stacker: (member index, column) of a member that answers the label."""
        fallback = {}
        for label in LABELS:
            if label in self.stackers_:
                continue
            for i, member in enumerate(self.members):
                if label in getattr(member, "labels", ()):
                    fallback[label] = (i, list(member.labels).index(label))
                    break
        return fallback

    def choose_band(self, texts: Sequence[str], fraction: float = 0.02, centre: float = 0.5) -> tuple[float, float]:
        """The cascade band: the toxicity interval around `centre` (the flag threshold) holding `fraction`
        of the validation comments, where a second opinion can change the most decisions. 2 %: the
        transformer in fp32 (batch-independent scores) costs ~16 ms of a core per comment (~34 ms on
        350-character news comments); with a 4 % band the archive re-scorer made 1,394-1,446 comments/s,
        under its 1,500 comments/s goal (bench/rescore.py, 2026-11-29), with 3 % 1,627-1,718. The
        static-embedding member (model version 2026.11.6) costs ~50-110 us more per comment and put 3.0 %
        of the benchmark's comments in a 3 % band (2.7 % before): bench/score.py fell to 962-1,045
        comments/s against a 1,000 goal, hence 2 %."""
        cheap, _ = self.predict_proba(texts, full=False, band=(1.0, 0.0))  # empty band: cheap members only
        tox = np.sort(cheap[:, LABELS.index("toxicity")])
        at = np.searchsorted(tox, centre) / len(tox)
        lo = tox[int(np.clip(at - fraction / 2, 0, 1) * (len(tox) - 1))]
        hi = tox[int(np.clip(at + fraction / 2, 0, 1) * (len(tox) - 1))]
        return round(float(lo), 3), round(float(hi), 3)

    # -- answering ------------------------------------------------------------------------------
    @staticmethod
    def _stacked(stacker, X: np.ndarray) -> np.ndarray:
        model, columns = stacker if isinstance(stacker, tuple) else (stacker, None)  # (older files: all columns)
        X = X if columns is None else X[:, columns]
        if isinstance(model, LogisticRegression):
            return logistic_proba(model, X)
        if len(X) <= FLAT_TREES_MAX_ROWS:
            return _flat_trees(model).predict_proba1(X)
        with one_openmp_thread():  # a process per core: OpenMP threads would only wait on each other
            return model.predict_proba(X)[:, 1].astype(np.float32)

    def _apply(self, stackers: dict, X: np.ndarray, member_probs: dict[int, np.ndarray]) -> np.ndarray:
        out = np.zeros((X.shape[0], len(LABELS)), dtype=np.float32)
        for j, label in enumerate(LABELS):
            if label in stackers:
                out[:, j] = self._stacked(stackers[label], X)
            elif label in self.fallback_:
                i, col = self.fallback_[label]
                out[:, j] = member_probs[i][:, col]
        return out

    def _apply_full(self, X: np.ndarray, out: np.ndarray) -> np.ndarray:
        out = out.copy()
        for j, label in enumerate(LABELS):
            if label in self.full_stackers_:
                out[:, j] = self._stacked(self.full_stackers_[label], X)
        return out

    def _member_outputs(self, texts: list[str]) -> tuple[np.ndarray, dict[int, np.ndarray]]:
        """Stacking features of every cheap member, and probabilities of those the fallbacks read.

        Each member runs once per batch: members with `proba_and_features` give both in one pass."""
        feats, probs = [], {}
        needed = {i for i, _ in self.fallback_.values()}
        normalized = normalized_texts(self.members, texts)
        for i, m in enumerate(self.members):
            texts_in = member_input(m, texts, normalized)
            if hasattr(m, "proba_and_features"):
                p, f = m.proba_and_features(texts_in)
                probs[i] = np.asarray(p, dtype=np.float32)
                feats.append(np.asarray(f, dtype=np.float32))
            elif hasattr(m, "features"):
                feats.append(np.asarray(m.features(texts_in), dtype=np.float32))
                if i in needed:
                    probs[i] = np.asarray(m.predict_proba(texts_in), dtype=np.float32)
            else:
                probs[i] = np.asarray(m.predict_proba(texts_in), dtype=np.float32)
                feats.append(_logit(probs[i]))
        return np.hstack(feats), probs

    def predict_proba(self, texts: Sequence[str], band: tuple[float, float] = (0.15, 0.85),
                      full: bool = False, use_expensive: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """(n, 9) probabilities, and a boolean array saying which rows the expensive member scored.

        `use_expensive=False` answers with the cheap members alone (the ablation `evaluate` reports)."""
        texts = list(texts)
        X, probs = self._member_outputs(texts)
        out = self._apply(self.stackers_, X, probs)
        used = np.zeros(len(texts), dtype=bool)
        if use_expensive and self.full_stackers_ and self.expensive_available() and len(texts):
            tox = out[:, LABELS.index("toxicity")]
            used = np.ones(len(texts), dtype=bool) if full else (tox >= band[0]) & (tox <= band[1])
            if used.any():
                idx = np.flatnonzero(used)
                Xf = np.hstack([X[idx], self._expensive_features([texts[i] for i in idx])])
                out[idx] = self._apply_full(Xf, out[idx])
        return out, used
