"""The toxic span tagger and the SemEval-2021 Task 5 metric."""

import random

import pytest

from moderator.datapaths import data_dir, models_dir
from moderator.spans import (SMALL_BATCH, SPAN_LABELS, FlatForest, SpanTagger, majority_offsets, mean_span_f1, merge_tokens,
                              span_f1, tokenize)


# ------------------------------------------------------------------------------------------ metric
def test_span_f1_empty_cases():
    assert span_f1([], []) == 1.0
    assert span_f1([1, 2], []) == 0.0
    assert span_f1([], [1, 2]) == 0.0


def test_span_f1_partial_overlap():
    # pred 0..9 (10 chars), gold 5..14 (10 chars): 5 shared -> P = R = 0.5
    assert span_f1(range(10), range(5, 15)) == pytest.approx(0.5)
    # pred inside gold: P = 1, R = 4/8 -> F1 = 2/3
    assert span_f1({2, 3, 4, 5}, range(0, 8)) == pytest.approx(2 / 3)
    assert span_f1({1}, {2}) == 0.0
    assert span_f1([3, 3, 4], {3, 4}) == 1.0  # offsets are a set


def test_mean_span_f1_averages_posts():
    pairs = [(set(), set()), ({1}, set()), (range(10), range(5, 15))]
    assert mean_span_f1(pairs) == pytest.approx((1.0 + 0.0 + 0.5) / 3)
    with pytest.raises(ValueError):
        mean_span_f1([])


# ------------------------------------------------------------------------------------------ tokens
def test_tokens_point_at_original_text():
    text = "What a f*cking 1diot"
    words, offsets = tokenize(text)
    assert [text[a:b] for a, b in offsets] == ["What", "a", "f*cking", "1diot"]
    assert words[0] == "what"


def test_disguised_words_map_back_to_what_was_typed():
    normalize = pytest.importorskip("moderator.normalize").normalize
    text = "you 1diot, stuuuupid f*ck and idiottttt!"
    words, offsets = tokenize(text, normalize)
    typed = [text[a:b] for a, b in offsets]
    assert "idiot" in words and "fuck" in words
    assert typed[words.index("idiot")] == "1diot"
    assert typed[words.index("fuck")] == "f*ck"
    assert "idiottttt" in typed and "stuuuupid" in typed  # dropped repeats stay inside the span


def test_majority_offsets_follow_the_task_rule():
    text = "you stupid idiot"
    raters = [[(4, 10)], [(4, 16)], [(11, 16)]]
    # the space at 10 has one vote of three
    assert majority_offsets(text, raters, 3) == list(range(4, 10)) + list(range(11, 16))
    assert majority_offsets(text, raters[:1], 3) == []


def test_merge_joins_words_across_spaces_but_not_lines():
    import numpy as np

    text = "you stupid idiot.\nmoron"
    _, offsets = tokenize(text)
    runs = merge_tokens(text, offsets, np.array([0, 1, 1, 1]))
    assert [(text[s:e]) for s, e, _ in runs] == ["stupid idiot", "moron"]


# ------------------------------------------------------------------------------ tagger on a toy set
INSULTS = ["idiot", "moron", "stupid", "clown", "loser", "imbecile"]
FILLER = ["the", "mayor", "said", "council", "budget", "will", "vote", "on", "tuesday", "road", "tax", "plan",
          "and", "this", "is", "about", "city", "park"]


def _toy_corpus(n=400, seed=0):
    """Posts of neutral words with an insult or two (the gold span) and some posts without any."""
    rng = random.Random(seed)
    texts, gold = [], []
    for i in range(n):
        words = [rng.choice(FILLER) for _ in range(rng.randint(4, 12))]
        marked = set()
        if i % 5:
            for _ in range(rng.randint(1, 2)):
                words.insert(rng.randrange(len(words) + 1), rng.choice(INSULTS))
        text = " ".join(words).capitalize() + "."
        pos = 0
        for w in text[:-1].split(" "):
            if w.lower() in INSULTS:
                marked.update(range(pos, pos + len(w)))
            pos += len(w) + 1
        texts.append(text)
        gold.append(sorted(marked))
    return texts, gold


@pytest.fixture(scope="module")
def toy_tagger():
    texts, gold = _toy_corpus()
    typed = [(t, min(g), max(g) + 1, "Insult") for t, g in zip(texts, gold) if g]
    typed += [("the fucking budget", 4, 11, "Profane/Obscene")] * 20
    return SpanTagger(n_folds=3, max_iter=30, prior_features=2**12).fit(texts, gold, typed)


def test_toy_tagger_learns_spans(toy_tagger):
    texts, gold = _toy_corpus(100, seed=1)
    f1 = mean_span_f1(zip(toy_tagger.predict_offsets(texts), gold))
    assert f1 > 0.9
    unseen = "The council said you are an idiot and a moron about the road"
    (spans,) = toy_tagger.predict([unseen])
    assert [s["text"] for s in spans] == ["idiot", "moron"]
    for s in spans:
        assert unseen[s["start"] : s["end"]] == s["text"]
        assert s["label"] == "insult" and 0.5 <= s["score"] <= 1.0
    assert toy_tagger.predict(["The mayor will vote on the budget"]) == [[]]


def test_toy_tagger_round_trips_through_joblib(toy_tagger, tmp_path):
    path = toy_tagger.save(tmp_path / "spans.joblib")
    loaded = SpanTagger.load(path)
    texts, _ = _toy_corpus(30, seed=2)
    assert loaded.predict_offsets(texts) == toy_tagger.predict_offsets(texts)


def test_flat_forest_matches_scikit_learn(toy_tagger):
    import numpy as np

    texts, _ = _toy_corpus(60, seed=3)
    proba_small = [p for text in texts for _, p in toy_tagger.token_proba([text])]  # FlatForest path
    proba_batch = [p for _, p in toy_tagger.token_proba(texts)]  # scikit-learn path
    assert sum(len(p) for p in proba_batch) >= SMALL_BATCH
    np.testing.assert_allclose(np.concatenate(proba_small), np.concatenate(proba_batch), atol=1e-9)
    X = np.random.default_rng(0).normal(size=(50, toy_tagger.context_.n_features_in_)).astype(np.float32)
    np.testing.assert_allclose(FlatForest(toy_tagger.context_).predict_proba1(X),
                               toy_tagger.context_.predict_proba(X)[:, 1], atol=1e-9)


def test_word_priors_of_a_batch_equal_one_by_one_also_when_the_cache_fills(toy_tagger, monkeypatch):
    import numpy as np

    import moderator.spans as spans

    prior = toy_tagger.prior_
    docs = [["you", "are", "an", "idiotz", "x1"], [], ["moronic", "idiotz", "budget"], ["x1", "zzq"]]
    expected = [np.array([prior._ngram_logits([w])[0] if w not in prior.known_ else prior.known_[w] for w in d],
                         dtype=np.float32) for d in docs]
    for batch in (prior.logits_many(docs), [prior.logits(d) for d in docs]):
        for got, want in zip(batch, expected):
            np.testing.assert_allclose(got, want, atol=1e-6)
    # a full cache is emptied; this batch's words that were in it are scored again, none lost
    monkeypatch.setattr(spans, "UNSEEN_CACHE_SIZE", 1)
    again = prior.logits_many(docs + [["brandnewword"]])
    for got, want in zip(again, expected):
        np.testing.assert_allclose(got, want, atol=1e-6)
    assert "brandnewword" in prior.unseen_ and "idiotz" in prior.unseen_


def test_bad_input_is_a_clear_error(toy_tagger):
    with pytest.raises(TypeError):
        toy_tagger.predict([None])
    with pytest.raises(ValueError):
        SpanTagger().fit(["a"], [])
    assert toy_tagger.predict(["", "   ", "!!!"]) == [[], [], []]


# ------------------------------------------------------------------------------ the shipped model
def test_shipped_model_tags_insults():
    if data_dir() is None:
        pytest.skip("the shipped span model is checked where the datasets are (MODERATOR_DATA or ../shared/data)")
    path = models_dir() / "spans.joblib"
    assert path.exists(), "models/spans.joblib is missing: python -m moderator.spans train"
    assert path.stat().st_size < 10e6
    tagger = SpanTagger.load(path)
    text = "you are a stupid idiot"
    (spans,) = tagger.predict([text])
    assert [(s["start"], s["end"]) for s in spans] == [(10, 22)]
    assert spans[0]["text"] == "stupid idiot" and spans[0]["label"] == "insult"
    for spans in tagger.predict(["I will kill you", "f*ck off, you filthy animals", "Muslims are terrorists"]):
        assert spans and all(s["label"] in SPAN_LABELS for s in spans)
    # disguised spellings are found through the normalizer and still point at what was typed
    if tagger.normalized_:
        (spans,) = tagger.predict(["what a st*pid 1diot"])
        assert any(s["text"] in ("st*pid 1diot", "1diot") for s in spans)
