"""Toxic span tagger: which characters of a comment made it toxic (SemEval-2021 Task 5).

Two stages, both cheap on a CPU:
1. a *word prior*: how often a word sits inside a gold span, its observed rate shrunk towards a logistic
   regression over its character n-grams, which carries it to rare and unseen words ("moronic",
   "stupidest"). Known words are a dictionary look-up; unseen ones are scored once and cached.
2. a *context model*: gradient boosting over dense per-token features (the token's prior, its neighbours'
   priors, how it ranks within the post, capitalisation ...). Annotators mark the worst words of a post,
   so "is this the most toxic-looking word here" matters as much as the word itself.
Tokens whose probability clears `threshold` become spans; neighbouring toxic tokens merge across the
gap between them (gold spans cover "stupid idiot" as one run, space included). A post whose best token
stays under `gate` gets no span at all: for a post with empty gold, predicting nothing scores 1.

Each span also carries one of our labels (insult, obscene, identity_attack, threat, toxicity), learnt
from the per-rater typed spans of `civil_comments_spans/spans.csv`.

Text goes through `moderator.normalize` when that module is present, so "f*ck" or "1diot" are scored as
the words they hide; spans always point at the original text.
"""

from __future__ import annotations

import json
import logging
import re
import time
import unicodedata
from pathlib import Path

import joblib
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from moderator.openmp import one_openmp_thread

log = logging.getLogger(__name__)

# A word, possibly with masking/leet characters inside ("f*ck", "s**t", "don't", "a$$").
# (the second form starts only where a run of its signs starts: tried inside "@@@@...", it rescanned the
# rest of the run from every position, seconds on a 20,000-character comment; the same tokens otherwise)
TOKEN_RE = re.compile(r"\w+(?:[*'’@$#.-]+\w+)*[*$]*|(?<![*@$#])[*@$#]+\w+(?:[*'’@$#.-]+\w+)*")

# spans.csv `type` -> our label; a few values in the file are truncated.
TYPE_LABELS = {
    "Insult": "insult",
    "Insu": "insult",
    "Profane/Obscene": "obscene",
    "Identity based Attack": "identity_attack",
    "Identity based": "identity_attack",
    "Threat": "threat",
    "Other Toxicity": "toxicity",
}
SPAN_LABELS = ("insult", "obscene", "identity_attack", "threat", "toxicity")
MAX_GAP = 3  # merge two toxic tokens across at most this many non-word characters, no line break


# --------------------------------------------------------------------------------------------- metric
def span_f1(pred_offsets, gold_offsets) -> float:
    """SemEval-2021 Task 5 per-post F1 over character offsets (both empty -> 1, one empty -> 0)."""
    pred, gold = set(pred_offsets), set(gold_offsets)
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    hits = len(pred & gold)
    if hits == 0:
        return 0.0
    precision, recall = hits / len(pred), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def mean_span_f1(pairs) -> float:
    """Mean of span_f1 over (pred_offsets, gold_offsets) pairs; the task's system score."""
    pairs = list(pairs)
    if not pairs:
        raise ValueError("mean_span_f1 needs at least one (pred, gold) pair")
    return float(np.mean([span_f1(p, g) for p, g in pairs]))


# ------------------------------------------------------------------------------------------ tokens
def _normalizer():
    """moderator.normalize.normalize if it exists (written by another area), else None."""
    try:
        from moderator.normalize import normalize
    except ImportError:
        return None
    return normalize


def tokenize(text: str, normalize=None) -> tuple[list[str], np.ndarray]:
    """Lower-cased (normalised) word forms and their (start, end) offsets in the ORIGINAL text."""
    if normalize is None:
        spans = [m.span() for m in TOKEN_RE.finditer(text)]
        return [text[a:b].lower() for a, b in spans], np.array(spans, dtype=np.int64).reshape(-1, 2)
    norm = normalize(text)
    ntext = norm.text
    spans = np.array([m.span() for m in TOKEN_RE.finditer(ntext)], dtype=np.int64).reshape(-1, 2)
    words = [ntext[a:b] for a, b in spans.tolist()]
    if not len(spans):
        return words, spans
    back = np.fromiter(norm.offsets, dtype=np.int64, count=len(norm.offsets))
    offsets = np.column_stack([back[spans[:, 0]], back[spans[:, 1] - 1] + 1])
    for i in np.flatnonzero(offsets[:, 1] <= offsets[:, 0]).tolist():  # upside-down text runs backwards
        a, b = spans[i]
        offsets[i] = back[a:b].min(), back[a:b].max() + 1
    # characters the normalizer dropped right after a word (the rest of "idiotttt", a decomposed accent)
    # belong to that word: stretch its end up to where the next normalized character came from
    nxt = np.append(back, len(text))[spans[:, 1]]
    for i in np.flatnonzero(nxt > offsets[:, 1]).tolist():
        end, stop = int(offsets[i, 1]), int(nxt[i])
        while end < stop and (text[end].isalnum() or unicodedata.combining(text[end])):
            end += 1
        offsets[i, 1] = end
    return words, offsets


def token_labels(offsets: np.ndarray, gold: set[int]) -> np.ndarray:
    """A token is toxic when most of its characters are gold offsets."""
    return np.array([2 * sum(1 for i in range(s, e) if i in gold) > (e - s) for s, e in offsets], dtype=np.int8)


def merge_tokens(text: str, offsets: np.ndarray, toxic: np.ndarray) -> list[tuple[int, int, list[int]]]:
    """Runs of toxic tokens -> (start, end, token indexes); the gap between two toxic tokens joins the span
    when it is short and has no line break, as the gold spans do for multi-word insults."""
    runs: list[tuple[int, int, list[int]]] = []
    for i in np.flatnonzero(toxic):
        s, e = int(offsets[i, 0]), int(offsets[i, 1])
        if runs:
            ps, pe, idx = runs[-1]
            gap = text[pe:s]
            if idx[-1] == i - 1 and len(gap) <= MAX_GAP and "\n" not in gap:
                idx.append(i)  # in place: a copy per token made long runs quadratic
                runs[-1] = (ps, e, idx)
                continue
        runs.append((s, e, [i]))
    return runs


def _word_features(word: str) -> list[str]:
    """Hashed features of one word form: identity, shape-free char n-grams (2..5), prefix/suffix."""
    feats = ["w=" + word]
    padded = "<" + word + ">"
    n = len(padded)
    for k in (2, 3, 4, 5):
        feats.extend(padded[i : i + k] for i in range(n - k + 1))
    if len(word) > 3:
        feats.append("p=" + word[:4])
        feats.append("s=" + word[-4:])
    return feats


# ------------------------------------------------------------------------------------------- model
UNSEEN_CACHE_SIZE = 200_000  # words the n-gram model scored, remembered


class WordPrior:
    """P(word is inside a toxic span).

    A word seen often in training gets its own observed rate; a rare or unseen word borrows from a
    logistic regression over its character n-grams ("idiots", "moronic", "stupidest" look like words
    that were marked). The two are blended as a beta prior: (toxic + k * p_ngram) / (seen + k)."""

    def __init__(self, n_features: int = 2**18, C: float = 1.0, k: float = 4.0, weight_cap: float = 20.0):
        self.n_features = n_features
        self.C = C
        self.k = k
        self.weight_cap = weight_cap

    def fit(self, pos: dict[str, int], neg: dict[str, int]) -> "WordPrior":
        from scipy.sparse import vstack

        words = sorted(set(pos) | set(neg))
        X = self._hash(words)
        # one row per (word, class); counts are capped so that the n-gram model learns what toxic words
        # look like rather than re-learning the frequent words, whose own rate is used directly
        y = np.r_[np.ones(len(words)), np.zeros(len(words))]
        w = np.r_[[pos.get(t, 0) for t in words], [neg.get(t, 0) for t in words]].astype(float)
        w = np.minimum(w, self.weight_cap)
        keep = w > 0
        model = LogisticRegression(C=self.C, max_iter=1000, solver="lbfgs")
        model.fit(vstack([X, X]).tocsr()[keep], y[keep], sample_weight=w[keep])
        self.coef_ = model.coef_.ravel().astype(np.float32)
        self.intercept_ = float(model.intercept_[0])
        p_ngram = 1 / (1 + np.exp(-self._ngram_logits(words)))
        n_pos = np.array([pos.get(t, 0) for t in words], dtype=np.float64)
        n_all = n_pos + np.array([neg.get(t, 0) for t in words], dtype=np.float64)
        p = np.clip((n_pos + self.k * p_ngram) / (n_all + self.k), 1e-4, 1 - 1e-4)
        self.known_ = dict(zip(words, np.log(p / (1 - p)).astype(np.float32).tolist()))
        self.counts_ = dict(zip(words, n_all.astype(int).tolist()))
        self.unseen_ = {}
        return self

    def _hash(self, words):
        hasher = FeatureHasher(n_features=self.n_features, input_type="string", alternate_sign=False)
        return hasher.transform(_word_features(w) for w in words)

    def _ngram_logits(self, words: list[str]) -> np.ndarray:
        return (self._hash(words) @ self.coef_ + self.intercept_).astype(np.float32)

    def logits(self, words: list[str]) -> np.ndarray:
        """Log-odds per word; unseen words go through the n-gram model once and are remembered."""
        return self.logits_many([words])[0]

    def logits_many(self, docs: list[list[str]]) -> list[np.ndarray]:
        """logits() of each word list, with the unseen words of all of them hashed in one call (the
        hasher's fixed cost per call was most of the span tagger's time on a service batch)."""
        known, unseen = self.known_, self.unseen_
        new = {w for words in docs for w in words if w not in known and w not in unseen}
        if new:
            if len(unseen) > UNSEEN_CACHE_SIZE:  # bound memory in long-running services
                unseen.clear()  # and these documents' words that were in it are new again
                new = {w for words in docs for w in words if w not in known}
            new = sorted(new)
            unseen.update(zip(new, self._ngram_logits(new).tolist()))
        return [np.array([known[w] if w in known else unseen[w] for w in words], dtype=np.float32) for words in docs]

    def frequency(self, words: list[str]) -> np.ndarray:
        """log(1 + training occurrences) per word: how far its prior can be trusted."""
        counts = self.counts_
        return np.log1p(np.array([counts.get(w, 0) for w in words], dtype=np.float32))

    def __getstate__(self):
        state = dict(self.__dict__)
        state["unseen_"] = {}  # a cache, not part of the model
        if "known_" in state and not any("\n" in w for w in state["known_"]):
            # words as one string, values as arrays: joblib unpickles dicts in pure Python (slow start)
            words = list(state.pop("known_"))
            counts = state.pop("counts_")
            state["words_"] = "\n".join(words)
            state["word_logits_"] = np.array([self.known_[w] for w in words], dtype=np.float32)
            state["word_counts_"] = np.array([counts[w] for w in words], dtype=np.int64)
        return state

    def __setstate__(self, state):
        if "words_" in state:
            words = state.pop("words_").split("\n") if state["words_"] else []
            state["known_"] = dict(zip(words, state.pop("word_logits_").tolist()))
            state["counts_"] = dict(zip(words, state.pop("word_counts_").tolist()))
        self.__dict__.update(state)


def _count_words(docs, labels):
    pos: dict[str, int] = {}
    neg: dict[str, int] = {}
    for words, y in zip(docs, labels):
        for w, t in zip(words, y):
            d = pos if t else neg
            d[w] = d.get(w, 0) + 1
    return pos, neg


N_CONTEXT = 2  # neighbours on each side whose priors are features
YOU = frozenset({"you", "your", "you're", "youre", "ur", "u", "yourself", "yourselves", "ya", "thou"})
FAR = 10  # distances in tokens are capped here


def context_features(priors, freqs, docs, texts, offsets) -> np.ndarray:
    """Dense per-token features for a batch, rows in post order then token order.

    priors/freqs/docs/offsets: per post, the tokens' prior log-odds, log frequency, word forms and
    original offsets."""
    lengths = np.array([len(p) for p in priors], dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros((0, N_FEATURES), dtype=np.float32)
    s = np.concatenate(priors).astype(np.float32)
    post = np.repeat(np.arange(len(priors)), lengths)
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    pos_in_post = np.arange(total) - starts[post]
    n_in_post = lengths[post]
    cols = [s, np.concatenate(freqs)]
    pad = np.float32(-8.0)
    for k in range(1, N_CONTEXT + 1):
        prev = np.full(total, pad, dtype=np.float32)
        prev[k:] = s[:-k]
        prev[pos_in_post < k] = pad
        nxt = np.full(total, pad, dtype=np.float32)
        nxt[:-k] = s[k:]
        nxt[pos_in_post >= n_in_post - k] = pad
        cols += [prev, nxt]
    nonempty = lengths > 0
    post_max = np.full(len(priors), pad, dtype=np.float32)
    post_max[nonempty] = np.maximum.reduceat(s, starts[nonempty])
    post_mean = np.zeros(len(priors), dtype=np.float32)
    post_mean[nonempty] = np.add.reduceat(s, starts[nonempty]) / lengths[nonempty]
    # rank of the token's prior inside its post (0 = the most toxic-looking word)
    order = np.lexsort((-s, post))
    rank = np.empty(total, dtype=np.float32)
    rank[order] = np.arange(total) - starts[post[order]]
    n_strong = np.zeros(len(priors), dtype=np.float32)
    n_strong[nonempty] = np.add.reduceat((s > 0).astype(np.float32), starts[nonempty])
    has2 = lengths > 1
    second_post = np.full(len(priors), pad, dtype=np.float32)
    second_post[has2] = s[order][starts[has2] + 1]
    pm = post_max[post]
    cols += [pm, s - pm, second_post[post], rank, post_mean[post], n_strong[post],
             np.log1p(n_in_post.astype(np.float32)), pos_in_post / np.maximum(n_in_post, 1)]
    # distance to the nearest "you" before and after: insults aimed at the reader get marked
    is_you = np.fromiter((w in YOU for d in docs for w in d), dtype=bool, count=total)
    idx = np.arange(total)
    last = np.maximum.accumulate(np.where(is_you, idx, -1))
    before = np.where(last >= starts[post], idx - last, FAR)
    nxt_you = np.minimum.accumulate(np.where(is_you, idx, total)[::-1])[::-1]
    after = np.where(nxt_you < starts[post] + n_in_post, nxt_you - idx, FAR)
    cols += [np.minimum(before, FAR), np.minimum(after, FAR)]
    return np.column_stack(cols + surface_features(texts, offsets)).astype(np.float32)


def surface_features(texts, offsets) -> list[np.ndarray]:
    """Per token, from what the user typed: ALL CAPS, Capitalised, length, has non-alphanumerics.
    Computed over the whole batch at once from cumulative counts (ASCII letters and digits)."""
    joined = "".join(texts)
    code = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    upper = (code >= 65) & (code <= 90)
    lower = (code >= 97) & (code <= 122)
    alnum = upper | lower | ((code >= 48) & (code <= 57)) | (code > 127)
    base = np.r_[0, np.cumsum([len(t) for t in texts])[:-1]]
    offs = np.concatenate([o + b for o, b in zip(offsets, base)])
    a, b = offs[:, 0], offs[:, 1]
    n_up, n_low, n_alnum = ((c[b] - c[a]) for c in (np.r_[0, np.cumsum(m, dtype=np.int32)]
                                                     for m in (upper, lower, alnum)))
    length = (b - a).astype(np.float32)
    return [((n_up > 1) & (n_low == 0)).astype(np.float32), upper[a].astype(np.float32), length,
            (n_alnum < length).astype(np.float32)]


N_FEATURES = 2 + 2 * N_CONTEXT + 8 + 2 + 4


class FlatForest:
    """The context model's trees flattened into arrays and walked with numpy, all trees at once.

    For the few dozen tokens of one comment this is ~10x cheaper than HistGradientBoostingClassifier's
    predict_proba, whose per-call checks and per-tree calls dominate at that size; big batches still
    go through scikit-learn. Our features are never NaN or categorical, so a split is `x <= threshold`."""

    def __init__(self, model: HistGradientBoostingClassifier):
        trees = [predictors[0].nodes for predictors in model._predictors]
        if model.n_trees_per_iteration_ != 1 or any(t["is_categorical"].any() for t in trees):
            raise ValueError("FlatForest handles binary models over numeric features only")
        starts = np.cumsum([0] + [len(t) for t in trees[:-1]])
        nodes = np.concatenate(trees)
        shift = np.repeat(starts, [len(t) for t in trees])
        self.roots = starts.astype(np.int64)
        self.feature = nodes["feature_idx"].astype(np.int64)
        self.threshold = nodes["num_threshold"].astype(np.float64)
        leaf = nodes["is_leaf"].astype(bool)
        index = np.arange(len(nodes))
        # a leaf points at itself, so walking past it is harmless
        self.left = np.where(leaf, index, nodes["left"] + shift).astype(np.int64)
        self.right = np.where(leaf, index, nodes["right"] + shift).astype(np.int64)
        self.value = np.where(leaf, nodes["value"], 0.0)
        self.depth = int(nodes["depth"].max())
        self.baseline = float(np.ravel(model._baseline_prediction)[0])

    def predict_proba1(self, X: np.ndarray) -> np.ndarray:
        """P(class 1) per row."""
        X = np.asarray(X, dtype=np.float64)
        node = np.repeat(self.roots[None, :], len(X), axis=0)
        rows = np.arange(len(X))[:, None]
        for _ in range(self.depth):
            go_left = X[rows, self.feature[node]] <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        raw = self.baseline + self.value[node].sum(axis=1)
        return 1 / (1 + np.exp(-raw))


SMALL_BATCH = 100  # tokens; below this FlatForest is faster than scikit-learn's predict


class SpanTagger:
    """Character-level toxic span tagger (fit / predict, joblib-picklable)."""

    def __init__(self, threshold: float = 0.5, gate: float = 0.0, n_folds: int = 4, use_normalize: bool = True,
                 max_iter: int = 30, max_leaf_nodes: int = 63, prior_features: int = 2**18, seed: int = 13):
        self.threshold = threshold
        self.gate = gate
        self.n_folds = n_folds
        self.use_normalize = use_normalize
        self.max_iter = max_iter
        self.max_leaf_nodes = max_leaf_nodes
        self.prior_features = prior_features
        self.seed = seed

    # -------------------------------------------------------------------------------------- fitting
    def _tokenize_all(self, texts, fitting: bool = False):
        if fitting:
            norm = _normalizer() if self.use_normalize else None
            self.normalized_ = norm is not None
        else:  # tokenize exactly as in training
            norm = _normalizer() if self.normalized_ else None
            if self.normalized_ and norm is None:
                raise RuntimeError("this span model was trained on normalized text but moderator.normalize is missing")
        return [tokenize(t, norm) for t in texts]

    def fit(self, texts: list[str], gold_offsets: list, typed_spans: list | None = None) -> "SpanTagger":
        """texts with their gold character offsets; typed_spans: (text, start, end, type) rater spans."""
        if len(texts) != len(gold_offsets):
            raise ValueError("fit needs one gold offset list per text")
        if not texts:
            raise ValueError("fit needs at least one text")
        t0 = time.time()
        texts = [_check_text(t) for t in texts]
        toks = self._tokenize_all(texts, fitting=True)
        docs = [w for w, _ in toks]
        offs = [o for _, o in toks]
        labels = [token_labels(o, set(g)) for o, g in zip(offs, gold_offsets)]
        y = np.concatenate(labels) if labels else np.zeros(0)
        if len(set(y.tolist())) < 2:
            raise ValueError("fit needs both toxic and non-toxic tokens in the gold spans")
        # out-of-fold priors, so the context model sees priors as noisy as they will be on new text
        fold = np.random.default_rng(self.seed).integers(0, self.n_folds, len(texts))
        priors: list = [None] * len(texts)
        freqs: list = [None] * len(texts)
        for k in range(self.n_folds):
            inside = np.flatnonzero(fold != k)
            prior = WordPrior(self.prior_features).fit(*_count_words([docs[i] for i in inside], [labels[i] for i in inside]))
            for i in np.flatnonzero(fold == k):
                priors[i], freqs[i] = prior.logits(docs[i]), prior.frequency(docs[i])
        self.prior_ = WordPrior(self.prior_features).fit(*_count_words(docs, labels))
        X = context_features(priors, freqs, docs, texts, offs)
        self.context_ = HistGradientBoostingClassifier(max_iter=self.max_iter, learning_rate=0.1,
                                                       max_leaf_nodes=self.max_leaf_nodes, min_samples_leaf=40,
                                                       l2_regularization=1.0, random_state=self.seed)
        with one_openmp_thread():
            self.context_.fit(X, y)
        self.flat_ = None
        self.labeler_ = _fit_labeler(typed_spans) if typed_spans else None
        log.info("span tagger fit on %d posts, %d tokens in %.1fs", len(texts), len(y), time.time() - t0)
        return self

    def fit_from_data(self, data_dir=None, include_rater_posts: bool = True, tune: bool = True) -> "SpanTagger":
        """Train on data_dir/train/civil_comments_spans (never eval/): tsd_train plus the other
        rater-annotated posts, then pick threshold and gate on the held-out tsd_trial (690 posts)."""
        from moderator.datasets import read_toxic_spans

        data = load_span_training(data_dir, include_trial=not tune, include_rater_posts=include_rater_posts)
        self.fit(data["texts"], data["offsets"], data["typed"])
        if tune:
            trial = read_toxic_spans(data["base"] / "tsd_trial.csv")
            self.validation_ = {"set": "train/civil_comments_spans/tsd_trial.csv", "posts": len(trial),
                                **self.tune([t for t, _ in trial], [o for _, o in trial])}
            log.info("span tagger validation: %s", self.validation_)
        return self

    # ------------------------------------------------------------------------------------ predicting
    def token_proba(self, texts: list[str]):
        """Per text: (token offsets in the original text, P(token is toxic))."""
        texts = [_check_text(t) for t in texts]
        toks = self._tokenize_all(texts)
        offs = [o for _, o in toks]
        docs = [w for w, _ in toks]
        priors = self.prior_.logits_many(docs)
        freqs = [self.prior_.frequency(w) for w in docs]
        X = context_features(priors, freqs, docs, texts, offs)
        if len(X) == 0:
            p = np.zeros(0)
        elif len(X) < SMALL_BATCH:
            if getattr(self, "flat_", None) is None:
                self.flat_ = FlatForest(self.context_)
            p = self.flat_.predict_proba1(X)
        else:
            with one_openmp_thread():
                p = self.context_.predict_proba(X)[:, 1]
        out, j = [], 0
        for o in offs:
            out.append((o, p[j : j + len(o)]))
            j += len(o)
        return out

    def _spans(self, text, offsets, proba, threshold, gate):
        if len(proba) == 0 or proba.max() < gate:
            return []
        return merge_tokens(text, offsets, proba >= threshold)

    def predict(self, texts: list[str]) -> list[list[dict]]:
        """Per text, its toxic spans: {start, end, label, text, score}."""
        texts = [_check_text(t) for t in texts]
        results = []
        pending = []  # (result list, span text) waiting for a label
        for text, (offs, proba) in zip(texts, self.token_proba(texts)):
            spans = []
            for s, e, idx in self._spans(text, offs, proba, self.threshold, self.gate):
                span = {"start": s, "end": e, "label": "toxicity", "text": text[s:e],
                        "score": round(float(proba[idx].max()), 4)}
                spans.append(span)
                pending.append(span)
            results.append(spans)
        if pending and self.labeler_ is not None:
            for span, label in zip(pending, self.labeler_.predict([sp["text"] for sp in pending])):
                span["label"] = label
        return results

    def predict_offsets(self, texts: list[str], threshold: float | None = None, gate: float | None = None):
        """Per text, the set of toxic character offsets (what the task scores)."""
        threshold = self.threshold if threshold is None else threshold
        gate = self.gate if gate is None else gate
        texts = [_check_text(t) for t in texts]
        out = []
        for text, (offs, proba) in zip(texts, self.token_proba(texts)):
            chars: set[int] = set()
            for s, e, _ in self._spans(text, offs, proba, threshold, gate):
                chars.update(range(s, e))
            out.append(chars)
        return out

    def tune(self, texts, gold_offsets, thresholds=None, gates=None) -> dict:
        """Pick threshold and gate maximising mean span F1 on a validation set; sets them on self."""
        thresholds = np.arange(0.2, 0.71, 0.025) if thresholds is None else thresholds
        gates = np.r_[0.0, np.arange(0.3, 0.81, 0.025)] if gates is None else gates
        tp = self.token_proba(texts)
        golds = [set(g) for g in gold_offsets]
        best = (-1.0, self.threshold, self.gate)
        for t in thresholds:
            for g in gates:
                if g and g < t:
                    continue
                f = mean_span_f1(
                    ({c for s, e, _ in self._spans(x, o, p, t, g) for c in range(s, e)}, gold)
                    for x, (o, p), gold in zip(texts, tp, golds)
                )
                if f > best[0]:
                    best = (f, float(t), float(g))
        self.threshold, self.gate = best[1], best[2]
        return {"f1": best[0], "threshold": best[1], "gate": best[2]}

    # ---------------------------------------------------------------------------------- persistence
    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("flat_", None)  # derived from context_, rebuilt on first use
        return state

    def save(self, path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(self, path, compress=3)
        return path

    @staticmethod
    def load(path) -> "SpanTagger":
        model = joblib.load(path)
        if not isinstance(model, SpanTagger):
            raise TypeError(f"{path} does not hold a SpanTagger")
        return model


def _check_text(text) -> str:
    if not isinstance(text, str):
        raise TypeError(f"span tagger needs str texts, got {type(text).__name__}")
    return text


# ------------------------------------------------------------------------------------ span labels
class SpanLabeler:
    """Which of our labels a toxic span carries, from the words inside it."""

    def __init__(self, n_features: int = 2**16):
        self.n_features = n_features

    def _X(self, span_texts):
        hasher = FeatureHasher(n_features=self.n_features, input_type="string", alternate_sign=False)
        rows = []
        for t in span_texts:
            words = [m.group().lower() for m in TOKEN_RE.finditer(t)]
            feats = []
            for w in words:
                feats.extend(_word_features(w))
            rows.append(feats or ["<empty>"])
        return hasher.transform(rows)

    def fit(self, span_texts, labels):
        self.model_ = LogisticRegression(C=2.0, max_iter=2000)
        self.model_.fit(self._X(span_texts), labels)
        return self

    def predict(self, span_texts):
        scores = self._X(span_texts) @ self.model_.coef_.T + self.model_.intercept_  # = model_.predict
        if scores.shape[1] == 1:  # two classes: one column, positive means classes_[1]
            return self.model_.classes_[(scores[:, 0] > 0).astype(int)].tolist()
        return self.model_.classes_[np.argmax(scores, axis=1)].tolist()


def _fit_labeler(typed_spans) -> SpanLabeler | None:
    texts, labels = [], []
    for text, s, e, kind in typed_spans:
        label = TYPE_LABELS.get(kind)
        span = text[s:e]
        if label and span.strip():
            texts.append(span)
            labels.append(label)
    if len(set(labels)) < 2:
        return None
    return SpanLabeler().fit(texts, labels)


# --------------------------------------------------------------------------------------------- data
def majority_offsets(text: str, rater_spans: list[list[tuple[int, int]]], n_raters: int) -> list[int]:
    """Character offsets marked by more than half of the raters (the task's ground-truth rule)."""
    count = np.zeros(len(text), dtype=np.int32)
    for spans in rater_spans:
        mark = np.zeros(len(text), dtype=bool)
        for s, e in spans:
            mark[max(s, 0) : min(e, len(text))] = True
        count += mark
    return np.flatnonzero(count * 2 > n_raters).tolist()


def load_span_training(data_dir=None, include_trial: bool = True, include_rater_posts: bool = True) -> dict:
    """Training posts from train/civil_comments_spans: tsd_train (+ tsd_trial), and optionally the other
    rater-annotated posts of comments.csv with majority-vote offsets. Also every rater's typed span."""
    import pandas as pd

    from moderator.datapaths import data_dir as default_data_dir
    from moderator.datasets import read_toxic_spans

    root = Path(data_dir) if data_dir else default_data_dir()
    if root is None:
        raise FileNotFoundError("no datasets found: set MODERATOR_DATA or put them in ../shared/data")
    base = root / "train" / "civil_comments_spans"
    if not base.is_dir():
        raise FileNotFoundError(f"{base} is missing")
    posts = read_toxic_spans(base / "tsd_train.csv")
    if include_trial:
        posts += read_toxic_spans(base / "tsd_trial.csv")
    texts = [t for t, _ in posts]
    offsets = [o for _, o in posts]
    comments = pd.read_csv(base / "comments.csv")
    ann = pd.read_csv(base / "annotations.csv")
    spans = pd.read_csv(base / "spans.csv").merge(ann[["annotation", "comment_id"]], on="annotation")
    text_of = dict(zip(comments["comment_id"], comments["comment_text"]))
    typed = [(text_of[c], int(s), int(e), kind) for c, s, e, kind in
             zip(spans["comment_id"], spans["start"], spans["end"], spans["type"]) if c in text_of]
    if include_rater_posts:
        # comments.csv holds no test post (checked), but skip any post already in the TSD files
        known = set(texts)
        heldout = set()
        if not include_trial:
            heldout = {t for t, _ in read_toxic_spans(base / "tsd_trial.csv")}
        by_comment = {c: g for c, g in spans.groupby("comment_id")}
        # raters who ticked both boxes left no usable answer; the task's gold ignores them
        voters = ann[~(ann["all toxic"] & ann["not toxic"])].groupby("comment_id")["annotation"].nunique()
        for cid, text in text_of.items():
            if not isinstance(text, str) or text in known or text in heldout or cid not in voters:
                continue
            g = by_comment.get(cid)
            rater = [] if g is None else [list(zip(x["start"], x["end"])) for _, x in g.groupby("annotation")]
            texts.append(text)
            offsets.append(majority_offsets(text, rater, int(voters[cid])))
            known.add(text)
    return {"texts": texts, "offsets": offsets, "typed": typed, "base": base}


# ---------------------------------------------------------------------------------------- command
def main(argv=None) -> None:
    """python -m moderator.spans {train,evaluate}: fit/tune/ship the tagger, or score it on eval."""
    import argparse

    from moderator.datapaths import data_dir, models_dir
    from moderator.datasets import read_toxic_spans

    parser = argparse.ArgumentParser(prog="python -m moderator.spans")
    parser.add_argument("action", choices=["train", "evaluate"])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--no-rater-posts", action="store_true", help="train on the TSD files only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = args.data or data_dir()
    if root is None:
        raise SystemExit("no datasets: set MODERATOR_DATA or put them in ../shared/data")
    model_path = args.model or models_dir() / "spans.joblib"
    if args.action == "train":
        tagger = SpanTagger().fit_from_data(root, include_rater_posts=not args.no_rater_posts)
        print(json.dumps({"validation": tagger.validation_}))
        tagger.save(model_path)
        print(f"saved {model_path} ({model_path.stat().st_size / 1e6:.1f} MB)")
    else:
        tagger = SpanTagger.load(model_path)
        test = read_toxic_spans(root / "eval" / "toxic_spans" / "tsd_test.csv")
        texts = [t for t, _ in test]
        t0 = time.perf_counter()
        pred = tagger.predict_offsets(texts)
        dt = time.perf_counter() - t0
        f1 = mean_span_f1(zip(pred, [o for _, o in test]))
        print(json.dumps({"set": "eval/toxic_spans/tsd_test.csv", "posts": len(test), "span_f1": round(f1, 4),
                          "ms_per_comment": round(1000 * dt / len(test), 3)}))


if __name__ == "__main__":
    # run through the imported module so pickles name moderator.spans.SpanTagger, not __main__.SpanTagger
    from moderator.spans import main as module_main

    module_main()
