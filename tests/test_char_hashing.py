"""CharNgramHasher: the same counts as sklearn's char analyzer, with n-grams mapped to hashed columns."""

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from moderator.members.char_hashing import CharNgramHasher

TEXTS = ["you are a  stupid idiot", "", "ab", "héllo wörld 👍 ok", "aaaaaa", "nice article, thanks!", "x",
         "tabs\tand\nnew  lines"]


def _column(hasher: CharNgramHasher, gram: str) -> int:
    """The column of one n-gram: the last key of the text that is that n-gram alone (its longest window)."""
    return int(hasher._keys([gram])[-1] % hasher.n_features)


def test_counts_are_sklearns_char_ngrams_in_hashed_columns():
    hasher = CharNgramHasher(ngram_range=(2, 5), n_features=2**18)
    X = hasher.transform(TEXTS)
    analyzer = CountVectorizer(analyzer="char", ngram_range=(2, 5), lowercase=False).build_analyzer()
    for row, text in enumerate(TEXTS):
        expected: dict[int, float] = {}
        for gram in analyzer(text):
            col = _column(hasher, gram)
            expected[col] = expected.get(col, 0) + 1
        got = dict(zip(X[row].indices.tolist(), X[row].data.tolist()))
        assert got == expected, text


def test_a_batch_equals_its_texts_one_by_one():
    hasher = CharNgramHasher(n_features=2**12)
    batch = hasher.transform(TEXTS).toarray()
    alone = np.vstack([hasher.transform([t]).toarray() for t in TEXTS])
    assert np.array_equal(batch, alone)  # no window reaches into the next text


def test_shapes_and_empty_input():
    hasher = CharNgramHasher(n_features=1000)  # not a power of two: columns still in range
    X = hasher.transform(["", "", "hello"])
    assert X.shape == (3, 1000) and X[0].nnz == 0 and X[2].sum() == 4 + 3 + 2 + 1
    assert hasher.transform([]).shape == (0, 1000)


def test_the_linear_members_direct_tfidf_equals_the_pipelines():
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.pipeline import make_pipeline

    from moderator.members.linear import LinearMember

    member = LinearMember()
    member.char_ = make_pipeline(CharNgramHasher(n_features=2**14), TfidfTransformer(sublinear_tf=True)).fit(TEXTS * 3)
    texts = TEXTS + ["stuuupid idiot idiot idiot", "a"]
    expected = member.char_.transform(texts)
    got = member._char_tfidf(texts)
    assert got.shape == expected.shape and abs(got - expected).max() < 1e-6


def test_direct_word_tfidf_equals_the_vectorizers_transform():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from moderator.members.word_tfidf import WordTfidf

    corpus = TEXTS * 2 + ["you are a stupid idiot", "what a stupid idea!!", "İstanbul ÇAFÉ straße"] * 2
    texts = corpus + ["", "!!!", "stupid stupid stupid idiot", "never seen words only", "a\nb\tc"]
    vectorizers = [  # the linear member's settings, then alt-profanity-check's
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b|[^\w\s]",
                        dtype=np.float32),
        TfidfVectorizer(stop_words="english"),
    ]
    for vectorizer in vectorizers:
        vectorizer.fit(corpus)
        direct = WordTfidf(vectorizer)
        assert direct.direct
        expected, got = vectorizer.transform(texts), direct.transform(texts)
        assert got.shape == expected.shape and got.nnz == expected.nnz and abs(got - expected).max() < 1e-6
        assert got[len(corpus)].nnz == 0 and got[len(corpus) + 2].nnz > 0
    # settings it does not cover go to the vectorizer itself
    chars = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(corpus)
    assert not WordTfidf(chars).direct
    assert abs(WordTfidf(chars).transform(texts) - chars.transform(texts)).max() == 0


def test_profanity_member_matches_the_package():
    from profanity_check import profanity_check

    from moderator.members.profanity_check import ProfanityCheckMember

    texts = TEXTS + ["what the fuck is this shit", "", "a lovely day in the park"]
    got = ProfanityCheckMember().predict_proba(texts)[:, 0]
    expected = profanity_check.predict_prob(texts)
    assert abs(got - expected).max() < 1e-5
