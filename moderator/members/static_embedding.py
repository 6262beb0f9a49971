"""The static-embedding member: one vector per word piece, distilled from our fine-tuned MiniLM, averaged over
a comment, with logistic-regression heads per label (pooled and per dataset, as the linear member has) and,
since model version 2026.11.7, a one-hidden-layer MLP head per label (pooled) beside them.

A transformer reads every comment in context but costs ~16 ms of a core per comment, so the cascade sends it
2 % of them. This member keeps part of what it learned for every comment at the cost of a table lookup:
each word piece is run through the fine-tuned encoder on its own ([CLS] piece [SEP]) once, at training time,
the vectors are reduced by PCA and weighted down where the piece is common (a / (a + p), p its frequency
in the training texts): model2vec's recipe (Tulkens & van Dongen, 2024). A comment is then the mean of its
pieces' vectors, unit length. Unlike the n-gram models it knows that words it never saw labelled ("moron",
"imbecile") sit near ones it did.

`context_texts=N` instead averages each piece's last-layer outputs over its occurrences in N training texts
(aggregated contextual vectors, Bommasani et al., 2020). On the validation split that lifted the stacker's
out-of-fold AUC (toxicity 0.911 -> 0.915, harassment 0.865 -> 0.875: experiments/static_vectors.py), but
on data/eval the gain was mixed (CAD harassment F1 up 0.04, bias madlibs AUC down 0.014, below its goal),
so the shipped member keeps the pieces-alone vectors (models/CARD.md).

Speed: the fine-tuned WordPiece tokenizer (`tokenizers`) costs ~8 us a word, more than the rest of the
member; so each whitespace-separated word's pieces are cached (the tokenizer splits on whitespace first,
so a text's pieces are its words' pieces in order), starting from the training texts' most frequent words,
which pickle with the member. A 350-character comment then costs ~50 us, ~110 us with many new words.

Input is normalized text with identity terms blinded, like the linear member's (moderator.identity): every
group name becomes one added token whose vector is the mean of the group names' vectors, so the member knows
a group is named but not which one. The table (30,523 pieces x 256, float16: 15.6 MB) pickles with the
member; the tokenizer pickles as its JSON and is rebuilt lazily after loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from moderator.identity import IDENTITY_TERMS, IDENTITY_TOKEN, blind_identity_terms
from moderator.members import fit_heads

WORD_CACHE = 100_000  # distinct words whose pieces are kept (~150 bytes each: 15 MB a process)
COMMON_WORDS = 50_000  # the training texts' most frequent words, cached from the start (~0.6 MB pickled)


def read_checkpoint(checkpoint: Path) -> tuple[dict, Path]:
    """A detoxify checkpoint's state dict, and the local model folder (config.json, tokenizer) it names in
    config.arch.args.model_type; a relative name is taken against the checkpoint's own folder, as the
    detoxify member does."""
    import torch

    loaded = torch.load(checkpoint, map_location="cpu", weights_only=False)
    model_type = Path(loaded["config"]["arch"]["args"]["model_type"])
    return loaded["state_dict"], model_type if model_type.is_absolute() else checkpoint.parent / model_type


def distill_vectors(checkpoint: Path, batch_size: int = 1024, read: tuple[dict, Path] | None = None) -> np.ndarray:
    """(vocabulary, hidden) vectors: each word piece alone through the checkpoint's encoder, between [CLS] and
    [SEP], the mean of the three outputs. `read`: the checkpoint already read (read_checkpoint)."""
    import torch
    from tokenizers import Tokenizer

    state, model_dir = read or read_checkpoint(checkpoint)
    encoder = _encoder(state, model_dir)
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    size = encoder.config.vocab_size
    vectors = np.zeros((size, encoder.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, size, batch_size):
            ids = torch.arange(start, min(size, start + batch_size))
            batch = torch.stack([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            out = encoder(input_ids=batch, attention_mask=torch.ones_like(batch)).last_hidden_state
            vectors[start:start + len(ids)] = out.mean(dim=1).numpy()
    return vectors


def context_vectors(checkpoint: Path, texts: Sequence[str], read: tuple[dict, Path] | None = None,
                    batch_size: int = 64, max_length: int = 128) -> tuple[np.ndarray, np.ndarray]:
    """(vocabulary, hidden) mean last-layer vectors of each word piece over its occurrences in `texts`, run
    through the checkpoint's encoder in context, and (vocabulary,) occurrence counts; rows of pieces that
    never occur are zero (the caller falls back on distill_vectors there). Special tokens are left out."""
    import torch
    from tokenizers import Tokenizer

    state, model_dir = read or read_checkpoint(checkpoint)
    encoder = _encoder(state, model_dir)
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length)
    specials = {tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]", "[UNK]")} - {None}
    encodings = tokenizer.encode_batch_fast(list(texts))
    order = np.argsort([len(e.ids) for e in encodings], kind="stable")  # similar lengths: little padding
    size, hidden = encoder.config.vocab_size, encoder.config.hidden_size
    sums, counts = np.zeros((size, hidden), dtype=np.float64), np.zeros(size)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            batch = [encodings[i].ids for i in order[start:start + batch_size]]
            ids = np.zeros((len(batch), max(map(len, batch))), dtype=np.int64)
            present = np.zeros_like(ids, dtype=bool)
            for row, piece_ids in enumerate(batch):
                ids[row, :len(piece_ids)], present[row, :len(piece_ids)] = piece_ids, True
            out = encoder(input_ids=torch.from_numpy(ids),
                          attention_mask=torch.from_numpy(present.astype(np.int64))).last_hidden_state.numpy()
            keep = present & ~np.isin(ids, list(specials))
            np.add.at(sums, ids[keep], out[keep])
            np.add.at(counts, ids[keep], 1)
    means = np.divide(sums, counts[:, None], out=np.zeros_like(sums), where=counts[:, None] > 0)
    return means.astype(np.float32), counts


def _encoder(state: dict, model_dir: Path):
    """The checkpoint's BERT encoder (no pooler, no head), in eval mode."""
    from transformers import BertConfig, BertModel

    encoder = BertModel(BertConfig.from_pretrained(str(model_dir)), add_pooling_layer=False)
    # detoxify's BertForSequenceClassification keeps the encoder under "bert."; the pooler and head are not used
    encoder.load_state_dict({k[len("bert."):]: v.float() for k, v in state.items()
                             if k.startswith("bert.") and ".pooler." not in k})
    return encoder.eval()


def prepare(normalized: str) -> str:
    """What the member reads: moderator.normalize output with identity terms blinded."""
    return blind_identity_terms(normalized.lower())


class StaticEmbeddingMember:
    name = "static_embedding"
    reads_normalized = True  # the ensemble hands it moderator.normalize output

    def __init__(self, checkpoint: str | Path | None = None, dims: int = 256, sif: float = 1e-3, C: float = 1.0,
                 min_positives: int = 20, random_state: int = 0, hidden: int = 256, context_texts: int = 0):
        self.checkpoint = str(checkpoint) if checkpoint else None  # detoxify checkpoint to distil from
        self.dims = dims
        self.sif = sif
        self.C = C
        self.min_positives = min_positives
        self.random_state = random_state
        self.hidden = hidden  # units of each label's one-hidden-layer head (0: logistic heads only)
        self.context_texts = context_texts  # training texts whose contexts the vectors average over (0: none)
        self._tokenizer = None
        self._pieces: dict[str, list[int]] = {}

    # -- distillation ---------------------------------------------------------------------------
    def distill(self, texts: Sequence[str]) -> "StaticEmbeddingMember":
        """Build the table from the checkpoint and the training texts: they give the pieces' frequencies
        and, for up to `context_texts` of them, the contexts the pieces' vectors average over."""
        from sklearn.decomposition import PCA
        from tokenizers import Tokenizer

        checkpoint = Path(self.checkpoint)
        read = read_checkpoint(checkpoint)  # 45 MB: read once
        vectors = distill_vectors(checkpoint, read=read)
        if self.context_texts:
            chosen = np.random.default_rng(self.random_state).permutation(len(texts))[:self.context_texts]
            in_context, seen = context_vectors(checkpoint, [texts[i] for i in sorted(chosen)], read=read)
            vectors[seen > 0] = in_context[seen > 0]
        prepared = [prepare(t) for t in texts]
        tokenizer = Tokenizer.from_file(str(read[1] / "tokenizer.json"))
        # the transformer's tokenizer pads and cuts to its batch length; here every piece of a text counts
        tokenizer.no_padding()
        tokenizer.no_truncation()
        counts = np.zeros(len(vectors))
        for encoding in tokenizer.encode_batch_fast(list(prepared), add_special_tokens=False):
            np.add.at(counts, encoding.ids, 1)
        seen = vectors[counts > 0]
        pca = PCA(n_components=min(self.dims, *seen.shape), random_state=self.random_state).fit(seen)
        weight = self.sif / (self.sif + counts / counts.sum())
        table = pca.transform(vectors).astype(np.float32) * weight[:, None].astype(np.float32)
        # the blinded group token: the mean of the group names' own vectors
        group = np.mean([table[tokenizer.encode(term, add_special_tokens=False).ids].mean(axis=0)
                         for term in sorted(IDENTITY_TERMS)], axis=0)
        tokenizer.add_tokens([IDENTITY_TOKEN])
        self.table_ = np.vstack([table, group[None]]).astype(np.float16)
        self.tokenizer_json_ = tokenizer.to_str()
        self._tokenizer = None
        self._pieces = {}
        return self

    def tokenizer(self):
        """The tokenizer; on first use after loading it also rebuilds what does not pickle: the float32 table
        and the common words' cache (embed() calls it for that)."""
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            self._tokenizer = Tokenizer.from_str(self.tokenizer_json_)
            self._tokenizer.no_padding()
            self._tokenizer.no_truncation()
            self._unknown = self._tokenizer.token_to_id("[UNK]")
            self._table = self.table_.astype(np.float32)
            if getattr(self, "common_words_", None) and not self._pieces:
                flat, ends = self.common_pieces_.tolist(), self.common_ends_.tolist()
                self._pieces = {word: flat[start:end] for word, start, end
                                in zip(self.common_words_.split("\n"), [0] + ends[:-1], ends)}
        return self._tokenizer

    def keep_common_words(self, normalized: Sequence[str], how_many: int = COMMON_WORDS) -> None:
        """Store the pieces of the training texts' most frequent words with the member, so that a fresh
        process starts with them cached (a new word costs ~8 us to tokenize, a cached one a dict lookup)."""
        from collections import Counter

        counts = Counter(word for text in normalized for word in text.split())
        words = [word for word, _ in counts.most_common(how_many)]
        pieces = self._tokenize_words(words)
        self.common_words_ = "\n".join(words)  # words hold no whitespace: they are split on it
        self.common_pieces_ = np.array([i for w in words for i in pieces[w]], dtype=np.int32)
        self.common_ends_ = np.cumsum([len(pieces[w]) for w in words]).astype(np.int32)

    def word_pieces(self, word: str) -> list[int]:
        """The word's piece ids, identity terms blinded, unknown pieces left out."""
        return self._pieces[word] if word in self._pieces else self._tokenize_words([word])[word]

    def _tokenize_words(self, words: list[str]) -> dict[str, list[int]]:
        """Words' pieces in one tokenizer call (~8 us a word; a call per word costs ~14). They are kept
        until the cache is full; words first met after that are tokenized each time: the frequent words
        come early, and a cache that never empties cannot thrash."""
        encodings = self.tokenizer().encode_batch_fast([prepare(w) for w in words], add_special_tokens=False)
        found = {word: [i for i in encoding.ids if i != self._unknown] for word, encoding in zip(words, encodings)}
        room = WORD_CACHE - len(self._pieces)
        self._pieces.update(found if len(found) <= room else dict(list(found.items())[:max(room, 0)]))
        return found

    def embed(self, normalized: Sequence[str]) -> np.ndarray:
        """(n, dims) unit-length means of the pieces' vectors; zeros for a text with no known piece."""
        import scipy.sparse as sp

        self.tokenizer()
        cache = self._pieces
        words = [text.split() if isinstance(text, str) else [] for text in normalized]
        new = {w for ws in words for w in ws if w not in cache}
        found = self._tokenize_words(list(new)) if new else {}
        ids, ends = [], []
        for ws in words:
            for word in ws:
                ids += cache[word] if word in cache else found[word]
            ends.append(len(ids))
        # each text's piece counts times the table: the sums without gathering a row per piece
        indptr = np.array([0] + ends, dtype=np.int64)
        counts = sp.csr_matrix((np.ones(len(ids), dtype=np.float32), np.asarray(ids, dtype=np.int64), indptr),
                               shape=(len(normalized), self._table.shape[0]))
        sums = np.asarray(counts @ self._table, dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)  # the mean's direction is the sum's
        return np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)

    # -- the member -----------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray,
            groups: Sequence[str] | None = None) -> "StaticEmbeddingMember":
        if not hasattr(self, "table_"):
            self.distill(texts)
        self.keep_common_words(texts)
        X = self.embed(texts)
        self.labels, self.feature_names, self.W_, self.b_ = fit_heads(
            X, Y, mask, groups, self.min_positives,
            lambda: _head(self.C, self.random_state))
        self.mlp_ = None
        if self.hidden:
            self.mlp_ = _fit_hidden_heads(X, Y, mask, self.labels, self.hidden, self.random_state)
            self.feature_names = self.feature_names + [f"{label}@mlp" for label in self.labels]
        return self

    def features(self, texts: Sequence[str]) -> np.ndarray:
        """Logits of every head: the logistic ones (pooled heads first, in `labels` order), then the
        hidden-layer ones (one per label, in `labels` order)."""
        X = self.embed(texts)
        logits = X @ self.W_ + self.b_
        mlp = getattr(self, "mlp_", None)  # (members pickled before 2026.11.7 have none)
        if mlp is None:
            return logits
        W1, b1, W2, b2 = mlp
        hidden = np.maximum(X @ W1 + b1, 0)
        return np.hstack([logits, hidden @ W2 + b2])

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        logits = self.features(texts)[:, : len(self.labels)]
        return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)

    def __getstate__(self):
        state = self.__dict__.copy()
        for rebuilt in ("_tokenizer", "_unknown", "_table"):
            state.pop(rebuilt, None)
        state["_tokenizer"], state["_pieces"] = None, {}
        return state


def _fit_hidden_heads(X: np.ndarray, Y: np.ndarray, mask: np.ndarray, labels: Sequence[str], hidden: int,
                      random_state: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One scikit-learn MLP (one ReLU layer of `hidden` units) per label over the pooled rows that know it,
    stopped early on a tenth of them. A linear head reads the averaged vector along one direction; a hidden
    layer reads combinations (a rude word near "you", a group name near a slur), and on the validation split
    the stacker's out-of-fold toxicity AUC rose from 0.907 to 0.911 (OLID 0.828 -> 0.838, C3 0.733 ->
    0.742). The fitted layers are packed into one (W1, b1, W2, b2) so that scoring is two products: W1
    side by side, W2 block-diagonal (each label's output reads only its own hidden units)."""
    from sklearn.neural_network import MLPClassifier

    from moderator.labels import LABELS

    fitted = []
    for label in labels:
        j = LABELS.index(label)
        rows = np.flatnonzero(mask[:, j])
        model = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-3, early_stopping=True, max_iter=50,
                              random_state=random_state)
        fitted.append(model.fit(X[rows], Y[rows, j] >= 0.5))
    W1 = np.hstack([m.coefs_[0] for m in fitted]).astype(np.float32)
    b1 = np.concatenate([m.intercepts_[0] for m in fitted]).astype(np.float32)
    W2 = np.zeros((W1.shape[1], len(fitted)), dtype=np.float32)
    for k, m in enumerate(fitted):
        W2[k * hidden:(k + 1) * hidden, k] = m.coefs_[1][:, 0]
    b2 = np.array([m.intercepts_[1][0] for m in fitted], dtype=np.float32)
    # Weight decay leaves some weights below float32's smallest normal number (2,869 of 458,752 in model
    # version 2026.11.7). They add nothing, but arithmetic on such subnormal numbers is slow on x86: one
    # comment's product took 267 us instead of 55, and the service's CPU per request nearly doubled.
    tiny = np.finfo(np.float32).tiny
    for array in (W1, b1, W2, b2):
        array[np.abs(array) < tiny] = 0
    return W1, b1, W2, b2


def _head(C: float, random_state: int):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=1000, random_state=random_state)
