"""The stacking ensemble and its cascade, with real members trained on a small in-test corpus."""

import numpy as np
import pytest

from moderator.ensemble import Ensemble
from moderator.labels import LABELS
from moderator.members.detoxify_member import DetoxifyMember
from moderator.members.lexicon import LexiconMember
from moderator.members.linear import LinearMember

from test_detoxify_member import build_tiny_checkpoint

TOXIC = ["you are a stupid idiot", "shut up you moron", "what a pathetic loser you are", "idiots like you ruin it",
         "you are a disgusting pig", "go away you dumb clown", "nobody likes you, you fool", "you stupid jerk"]
CLEAN = ["thank you for the article", "i agree with the minister", "what a nice day in the park",
         "the council meets on monday", "great reporting as always", "the bill passed the senate",
         "interesting point about taxes", "i will read the report tonight"]


def corpus(repeat=6):
    texts = (TOXIC + CLEAN) * repeat
    Y = np.zeros((len(texts), len(LABELS)), dtype=np.float32)
    mask = np.zeros_like(Y, dtype=bool)
    for i, t in enumerate(texts):
        for label in ("toxicity", "insult"):
            j = LABELS.index(label)
            Y[i, j] = t in TOXIC
            mask[i, j] = True
    return texts, Y, mask


@pytest.fixture(scope="module")
def ensemble(tmp_path_factory):
    texts, Y, mask = corpus()
    linear = LinearMember(min_positives=5).fit(texts, Y, mask)
    lexicon = LexiconMember()
    lexicon.fit(texts, Y, mask)
    path, _, _ = build_tiny_checkpoint(tmp_path_factory.mktemp("cascade"))
    expensive = DetoxifyMember(checkpoint=str(path))
    assert expensive.available
    return Ensemble([lexicon, linear], expensive=expensive, min_positives=5).fit_stacker(texts, Y, mask)


def test_stacked_probabilities_rank_toxic_above_clean(ensemble):
    probs, _ = ensemble.predict_proba(["you are a stupid moron", "thank you for the report"])
    assert probs.shape == (2, len(LABELS))
    assert ((probs >= 0) & (probs <= 1)).all()
    tox = LABELS.index("toxicity")
    assert probs[0, tox] > 0.5 > probs[1, tox]
    assert set(ensemble.stackers_) == {"toxicity", "insult"}


def test_cascade_calls_the_expensive_member_only_inside_the_band(ensemble):
    texts = ["you are a stupid moron", "thank you for the report", "the council is stupid"]
    cheap, used_none = ensemble.predict_proba(texts, band=(1.0, 0.0))
    assert not used_none.any()
    tox = cheap[:, LABELS.index("toxicity")]
    lo, hi = sorted(tox)[1] - 1e-6, sorted(tox)[1] + 1e-6  # a band holding only the middle comment
    mixed, used = ensemble.predict_proba(texts, band=(lo, hi))
    assert used.sum() == 1 and used[np.argsort(tox)[1]]
    assert np.allclose(mixed[~used], cheap[~used])
    full, used_all = ensemble.predict_proba(texts, full=True)
    assert used_all.all()
    assert np.allclose(full[used], mixed[used])


def test_band_is_chosen_around_the_flag_threshold(ensemble):
    texts, _, _ = corpus(1)
    lo, hi = ensemble.choose_band(texts, fraction=0.5)
    assert 0.0 <= lo <= hi <= 1.0


def test_without_the_expensive_member_the_cheap_answer_stands(ensemble):
    texts = ["you are a stupid moron", "thanks for the thoughtful article"]
    cheap, _ = ensemble.predict_proba(texts, band=(1.0, 0.0))
    probs, used = ensemble.predict_proba(texts, full=True, use_expensive=False)
    assert not used.any()
    assert np.allclose(probs, cheap)
    saved = ensemble.expensive
    try:
        ensemble.expensive = None  # no transformer shipped at all
        probs, used = ensemble.predict_proba(texts, full=True)
        assert not used.any()
        assert np.allclose(probs, cheap)
    finally:
        ensemble.expensive = saved


def test_column_names_say_which_label_they_speak_for():
    from moderator.ensemble import column_label

    assert column_label("severe_toxicity@all") == "severe_toxicity"
    assert column_label("max_severity_severe_toxicity") == "severe_toxicity"  # not plain "toxicity"
    assert column_label("count_sexual_explicit") == "sexual_explicit"
    assert column_label("toxicity@olid") == "toxicity"
    assert column_label("second_person") is None and column_label("slur_target_religion") is None


def test_a_label_with_few_positives_is_stacked_on_its_own_columns(ensemble):
    """48 positives here (< few_positives = 100): each label's stacker reads only its own columns; with
    enough positives it reads every member's columns."""
    from moderator.ensemble import column_label, member_columns

    names = [name for member in ensemble.members for name in member_columns(member)]
    for label, (_, columns) in ensemble.stackers_.items():
        assert columns is not None and len(columns) >= 2
        assert {column_label(names[k]) for k in columns} == {label}
    texts, Y, mask = corpus()
    pooled = Ensemble(ensemble.members, min_positives=5, few_positives=10).fit_stacker(texts, Y, mask)
    assert all(columns is None for _, columns in pooled.stackers_.values())
    probs, _ = pooled.predict_proba(["you are a stupid moron", "thank you for the report"])
    tox = LABELS.index("toxicity")
    assert probs[0, tox] > 0.5 > probs[1, tox]


def test_the_monotone_stacker_never_falls_when_a_column_of_its_label_rises(ensemble):
    """The stacker's promise: where a member says "toxic" more loudly, the ensemble does not say it less
    (the logistic stacker it replaced scored "fucking idiot" 0.36 against "idiot" 0.77). Each column that
    speaks for toxicity is raised in turn, on clean and toxic comments alike."""
    from moderator.ensemble import column_label, member_columns

    texts, Y, mask = corpus()
    pooled = Ensemble(ensemble.members, min_positives=5, few_positives=10, stacker="monotone").fit_stacker(
        texts, Y, mask)
    model, columns = pooled.stackers_["toxicity"]
    assert columns is None and not hasattr(model, "coef_")  # boosted trees over every column
    names = [name for member in pooled.members for name in member_columns(member)]
    own = [k for k, name in enumerate(names) if column_label(name) == "toxicity"]
    X, _ = pooled._member_outputs(["you are a stupid moron", "thank you for the report", "the council is stupid"])
    before = Ensemble._stacked(pooled.stackers_["toxicity"], X)
    for k in own:
        for step in (0.5, 3.0, 20.0):
            raised = X.copy()
            raised[:, k] += step
            assert (Ensemble._stacked(pooled.stackers_["toxicity"], raised) >= before - 1e-6).all(), names[k]


def test_the_monotone_stacker_holds_where_a_logistic_regression_turns_a_column_negative():
    """Two columns for the same label that move together, the second a noisier, louder copy: a logistic
    regression gives the second a negative weight (the stacker's old failure), the monotone stacker may not
    let it lower the score anywhere."""
    from sklearn.linear_model import LogisticRegression

    from moderator.ensemble import monotone_stacker

    rng = np.random.default_rng(0)
    base = rng.normal(size=4000)
    loud = 2.0 * base + rng.normal(scale=1.5, size=4000)  # says "toxic" more loudly, and more wrongly
    y = (base - 0.3 * loud + rng.normal(scale=0.3, size=4000)) > 0
    X = np.column_stack([base, loud])
    assert LogisticRegression().fit(X, y).coef_[0][1] < 0
    model = monotone_stacker([1, 1], random_state=0).fit(X, y)
    grid = np.column_stack([np.full(50, 0.5), np.linspace(-6, 6, 50)])
    p = Ensemble._stacked((model, None), grid)
    assert (np.diff(p) >= -1e-6).all()


def test_the_stacker_kind_is_chosen_per_label_by_out_of_fold_auc():
    """`stacker="chosen"` (the default) takes, for each label, whichever kind ranks held-out folds of the
    stacking rows better: the trees where the label needs two members to agree (an interaction a logistic
    regression cannot draw), the logistic regression where a column truly counts against the label."""
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=3000), rng.normal(size=3000)
    both = (a > 0.5) & (b > 0.5)
    chooser = Ensemble([], random_state=0)
    kind, aucs = chooser._stacker_kind(np.column_stack([a, b]), both, [1, 1])
    assert kind == "monotone" and aucs["monotone"] > aucs["logistic"]
    loud = 2.0 * a + rng.normal(scale=1.5, size=3000)
    y = (a - 0.3 * loud + rng.normal(scale=0.3, size=3000)) > 0
    kind, aucs = chooser._stacker_kind(np.column_stack([a, loud]), y, [1, 1])
    assert kind == "logistic" and aucs["logistic"] > aucs["monotone"]
    assert Ensemble([], stacker="logistic")._stacker_kind(np.column_stack([a, b]), both, [1, 1]) == ("logistic", {})


@pytest.mark.parametrize("text", ["fucking idiot", "what a fucking idiot", "the mayor is a fucking idiot",
                                  "you are a fucking idiot", "fucking moron"])
def test_the_shipped_models_do_not_let_a_swear_word_soften_an_insult(moderator_models, text):
    """Every member reads these as toxic; the logistic stacker of model versions up to 2026.11.7 weighed
    some of their columns negatively and kept "fucking idiot" (0.39) while flagging "idiot" (0.79)."""
    result = moderator_models.moderate([{"id": "1", "text": text}])[0]
    assert result["decision"] != "keep" and result["scores"]["toxicity"] >= 0.5, result["scores"]


@pytest.mark.parametrize("text", ["This is fucking brilliant, thanks", "holy shit that was close",
                                  "Great article, thanks."])
def test_the_shipped_models_keep_a_swear_word_that_abuses_nobody(moderator_models, text):
    assert moderator_models.moderate([{"id": "1", "text": text}])[0]["decision"] == "keep"


@pytest.mark.parametrize("masked, plain", [("what a path*tic cl*wn", "what a pathetic clown"),
                                            ("take your tr*sh opinions elsewhere", "take your trash opinions elsewhere")])
def test_the_shipped_members_read_a_masked_insult_as_the_word(moderator_models, masked, plain):
    """Every member but the lexicon reads the normalized text with the masked words the lexicon reads
    spelled out, so masking an insult the normalizer does not know moves no column but the lexicon's own."""
    from moderator.ensemble import member_columns

    ensemble = moderator_models.ensemble
    X, _ = ensemble._member_outputs([masked, plain])
    names = [m.name for m in ensemble.members for _ in member_columns(m)]
    others = [j for j, name in enumerate(names) if name != "lexicon"]
    assert len(others) > 50
    np.testing.assert_array_equal(X[0, others], X[1, others])
    if ensemble.expensive_available():  # the cascade's transformer reads the same spelled-out text
        E = ensemble._expensive_features([masked, plain])
        np.testing.assert_array_equal(E[0], E[1])
