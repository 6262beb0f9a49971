"""The static-embedding member against a tiny detoxify checkpoint built here (random weights, a local
tokenizer folder): its table must hold the encoder's own outputs, group names must be blinded, and it must
fit, score and pickle like every member."""

import joblib
import numpy as np
import pytest
import torch

from moderator.identity import IDENTITY_TOKEN
from moderator.labels import LABELS
from moderator.members.static_embedding import (StaticEmbeddingMember, _fit_hidden_heads, context_vectors,
                                                distill_vectors, prepare)
from moderator.normalize import normalize
from test_detoxify_member import VOCAB, build_tiny_checkpoint

WORDS = VOCAB + ["women", "men", "idiots", "love", "great", "moron", "hate"]
TOXIC = ["you are an idiot", "stupid people", "you are a moron", "i hate you idiots", "i will hurt you",
         "you are stupid", "what a moron", "idiots"]
CLEAN = ["what a nice day", "thank you for the article", "i love the article", "a great day",
         "thank you", "nice article", "the day", "i love you"]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_checkpoint(tmp_path_factory.mktemp("static"), vocab=WORDS)


@pytest.fixture(scope="module")
def fitted(tiny):
    path, _, _ = tiny
    texts = [normalize(t).text for t in TOXIC + CLEAN]
    Y = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    Y[: len(TOXIC), LABELS.index("toxicity")] = 1
    mask = np.zeros_like(Y, dtype=bool)
    mask[:, LABELS.index("toxicity")] = True
    return StaticEmbeddingMember(path, dims=8, min_positives=2).fit(texts, Y, mask, groups=["a"] * len(texts))


def test_distilled_vectors_are_the_encoders_own_outputs(tiny):
    path, model, tokenizer = tiny
    vectors = distill_vectors(path, batch_size=7)  # batches that cut the vocabulary unevenly
    assert vectors.shape == (len(WORDS), 16)
    for word in ("idiot", "nice", "women"):
        piece = tokenizer.convert_tokens_to_ids(word)
        ids = torch.tensor([[tokenizer.cls_token_id, piece, tokenizer.sep_token_id]])
        with torch.no_grad():
            expected = model.bert(input_ids=ids).last_hidden_state.mean(dim=1).numpy()[0]
        np.testing.assert_allclose(vectors[piece], expected, atol=1e-5)


def test_context_vectors_average_the_encoders_outputs_over_each_pieces_occurrences(tiny):
    """A piece's vector is the mean of the encoder's last-layer outputs wherever it occurs in the texts
    (batched with padding, which must not leak in); special and unknown pieces, and pieces that never occur,
    get zeros and count 0 (the member drops unknown pieces anyway)."""
    path, model, tokenizer = tiny
    texts = ["you are an idiot", "what a nice day", "idiot", "thank you for the nice article you wrote"]
    vectors, counts = context_vectors(path, texts, batch_size=3)  # batches mixing lengths: padding
    occurrences: dict[int, list[np.ndarray]] = {}
    for text in texts:
        ids = tokenizer(text, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            out = model.bert(input_ids=ids).last_hidden_state[0].numpy()
        for position, piece in enumerate(ids[0].tolist()):
            if piece not in (tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.unk_token_id):
                occurrences.setdefault(piece, []).append(out[position])
    assert set(np.flatnonzero(counts)) == set(occurrences)
    for piece, outs in occurrences.items():
        assert counts[piece] == len(outs)
        np.testing.assert_allclose(vectors[piece], np.mean(outs, axis=0), atol=1e-5)
    never = tokenizer.convert_tokens_to_ids("moron")
    assert counts[never] == 0 and not vectors[never].any()


def test_context_texts_change_the_table(tiny):
    """By default (context_texts=0) the table is the pieces-alone recipe; with contexts it is built from
    other vectors."""
    path, _, tokenizer = tiny
    texts = [normalize(t).text for t in TOXIC + CLEAN]
    alone = StaticEmbeddingMember(path, dims=8).distill(texts).table_
    in_context = StaticEmbeddingMember(path, dims=8, context_texts=len(texts)).distill(texts).table_
    assert alone.shape == in_context.shape == (len(WORDS) + 1, 8)
    assert not np.allclose(alone, in_context)  # the PCA itself is fitted on other vectors: compare whole tables


def test_fits_scores_and_pickles(fitted, tmp_path):
    member = fitted
    assert member.labels == ("toxicity",)
    assert member.feature_names == ["toxicity@all", "toxicity@mlp"]
    assert member.table_.shape == (len(WORDS) + 1, 8)  # every piece, and the blinded group token
    texts = [normalize(t).text for t in ["You are an IDIOT", "what a nice day", "", "zzzz qqqq"]]
    features = member.features(texts)
    assert features.shape == (4, 2) and np.all(np.isfinite(features))
    # a text with no known piece has the zero vector: only the heads' intercepts speak
    W1, b1, W2, b2 = member.mlp_
    np.testing.assert_allclose(features[2:, 0], [member.b_[0]] * 2, atol=1e-6)
    np.testing.assert_allclose(features[2:, 1], [(np.maximum(b1, 0) @ W2 + b2)[0]] * 2, atol=1e-5)
    P = member.predict_proba(texts)
    assert P.shape == (4, 1) and np.all((P > 0) & (P < 1))
    joblib.dump(member, tmp_path / "m.joblib", compress=3)
    again = joblib.load(tmp_path / "m.joblib")
    assert again._tokenizer is None and again._pieces == {}  # rebuilt lazily from the pickled JSON
    again.tokenizer()  # ... with the training texts' common words already cached
    assert set(again._pieces) == set(member.common_words_.split("\n")) >= {"you", "are", "idiot"}
    assert all(again._pieces[w] == member.word_pieces(w) for w in again._pieces)
    np.testing.assert_array_equal(again.features(texts), features)


def test_group_names_are_blinded(fitted):
    member = fitted
    women, men, you = member.features([normalize(t).text for t in
                                       ["women are idiots", "men are idiots", "you are idiots"]])
    np.testing.assert_array_equal(women, men)  # the same added token, whichever group is named
    assert not np.allclose(women, you)
    assert member.word_pieces("women") == [member.tokenizer().token_to_id(IDENTITY_TOKEN)]


def test_cached_word_pieces_equal_the_tokenizers_pieces_of_the_whole_text(fitted):
    """The member tokenizes word by word (cached); the tokenizer splits on whitespace first, so the pieces
    must be exactly those of the whole text."""
    member = fitted
    texts = ["You are an idiot, thank you!!", "  what\ta nice\nday...  ", "stupid-people (the) article?",
             "women are idiots", "idiotidiot nice", "", "zzz"]
    tokenizer = member.tokenizer()
    unknown = tokenizer.token_to_id("[UNK]")
    for text in texts:
        normalized = normalize(text).text
        whole = [i for i in tokenizer.encode(prepare(normalized), add_special_tokens=False).ids if i != unknown]
        words = [i for word in normalized.split() for i in member.word_pieces(word)]
        assert words == whole, text


def test_packed_hidden_heads_answer_like_scikit_learns_mlps():
    """Each label's MLP is packed into shared matrices (W1 side by side, W2 block-diagonal): the packed
    product must give every label the logit of its own fitted scikit-learn model, untouched by the others'."""
    from sklearn.neural_network import MLPClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 6)).astype(np.float32)
    Y = np.zeros((300, len(LABELS)), dtype=np.float32)
    Y[:, LABELS.index("toxicity")] = X[:, 0] * X[:, 1] > 0  # a label no linear head can read
    Y[:, LABELS.index("insult")] = X[:, 2] > 0.3
    mask = np.ones_like(Y, dtype=bool)
    mask[:100, LABELS.index("insult")] = False  # missing labels: insult trains on its 200 known rows
    W1, b1, W2, b2 = _fit_hidden_heads(X, Y, mask, ("toxicity", "insult"), hidden=5, random_state=0)
    packed = np.maximum(X @ W1 + b1, 0) @ W2 + b2
    for k, (label, rows) in enumerate([("toxicity", slice(None)), ("insult", slice(100, None))]):
        j = LABELS.index(label)
        alone = MLPClassifier(hidden_layer_sizes=(5,), alpha=1e-3, early_stopping=True, max_iter=50,
                              random_state=0).fit(X[rows], Y[rows, j] >= 0.5)
        p = alone.predict_proba(X)[:, 1]
        np.testing.assert_allclose(1 / (1 + np.exp(-packed[:, k])), p, atol=1e-5)


def test_shipped_hidden_heads_hold_no_subnormal_weights():
    """Subnormal float32 weights (below 1.2e-38) add nothing and made one comment's hidden-layer product
    five times slower (the service's CPU per request nearly doubled); training flushes them to zero."""
    from moderator.datapaths import models_dir

    ensemble = joblib.load(models_dir() / "ensemble.joblib")
    member = next(m for m in ensemble.members if m.name == "static_embedding")
    tiny = np.finfo(np.float32).tiny
    for array in member.mlp_:
        assert not np.any((array != 0) & (np.abs(array) < tiny))
