"""The benchmark decision thresholds `moderator train` chooses on the validation split."""

import numpy as np
from sklearn.metrics import f1_score

from moderator.training import _best_threshold, _smoothed


def _spike_and_plateau() -> tuple[np.ndarray, np.ndarray]:
    """Labels and scores whose F1 over thresholds has a one-step spike at 0.30 and a plateau 0.61-0.80.

    100 positives (30 score 0.305, 70 score 0.80); negatives: 200 at 0.295, 40 at 0.60, 300 at 0.
    At 0.29 F1 is 0.45 (240 false positives), at 0.30 0.83 (40), from 0.31 to 0.60 0.67 (30 positives
    lost, 40 false positives), from 0.61 to 0.80 0.82 (30 lost, none false)."""
    y = np.r_[np.ones(100, bool), np.zeros(540, bool)]
    p = np.r_[np.full(30, 0.305), np.full(70, 0.80), np.full(200, 0.295), np.full(40, 0.60), np.zeros(300)]
    return y, p


def test_a_broad_plateau_wins_over_a_one_step_spike():
    y, p = _spike_and_plateau()
    grid = np.linspace(0.05, 0.95, 91)
    f1 = [f1_score(y, p >= t) for t in grid]
    assert np.isclose(grid[int(np.argmax(f1))], 0.30)  # the single best point is the spike
    assert 0.61 <= _best_threshold(y, p) <= 0.80


def test_smoothing_averages_the_neighbours_within_the_radius():
    f1 = np.zeros(21)
    f1[10] = 0.7
    smooth = _smoothed(f1, step=0.01)  # radius 0.03 on a 0.01 grid: seven points averaged
    assert np.isclose(smooth[10], 0.1) and np.isclose(smooth[7], 0.1) and smooth[6] == 0
    assert _smoothed(np.full((5, 5), 0.5), step=0.025).tolist() == np.full((5, 5), 0.5).tolist()


def _diagonal_classes(n: int = 3000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Nine scores; the class (0 normal, 1 offensive, 2 hate) set by a line through toxicity and
    identity_attack together, which no pair of thresholds on them one at a time can draw."""
    from moderator.labels import LABELS

    rng = np.random.default_rng(seed)
    scores = rng.uniform(0.01, 0.99, size=(n, len(LABELS)))
    tox, ident = scores[:, LABELS.index("toxicity")], scores[:, LABELS.index("identity_attack")]
    scores[:, LABELS.index("slur")] = 0.01
    gold = np.where(ident - 0.5 * tox > 0.3, 2, np.where(tox + 0.5 * ident > 0.8, 1, 0))
    return scores, gold


def test_the_hatexplain_rule_reads_what_two_thresholds_cannot():
    from moderator.training import fit_hatexplain_rule, hatexplain_classes, hatexplain_classes_learned

    scores, gold = _diagonal_classes()
    rule = fit_hatexplain_rule(scores, gold)
    test_scores, test_gold = _diagonal_classes(seed=1)
    learned = f1_score(test_gold, hatexplain_classes_learned(test_scores, rule), average="macro")
    grid = np.linspace(0.1, 0.9, 33)
    best_pair = max(f1_score(test_gold, hatexplain_classes(test_scores, h, o), average="macro")
                    for h in grid for o in grid)
    assert learned > best_pair + 0.05


def test_the_hatexplain_rule_is_plain_json_and_refuses_other_labels():
    import json

    import pytest

    from moderator.training import fit_hatexplain_rule, hatexplain_classes_learned

    scores, gold = _diagonal_classes(n=600)
    rule = json.loads(json.dumps(fit_hatexplain_rule(scores, gold)))  # as manifest.json stores it
    assert hatexplain_classes_learned(scores, rule).shape == (600,)
    with pytest.raises(ValueError, match="fitted on labels"):
        hatexplain_classes_learned(scores, {**rule, "labels": rule["labels"][::-1]})


def test_the_shipped_manifest_holds_the_hatexplain_rule_for_both_modes():
    import json
    from pathlib import Path

    from moderator.labels import LABELS

    manifest = json.loads((Path(__file__).resolve().parents[1] / "models" / "manifest.json").read_text())
    for key in ("eval_thresholds", "eval_thresholds_full"):
        rule = manifest[key]["hatexplain_rule"]
        assert rule["labels"] == list(LABELS)
        assert np.asarray(rule["coef"]).shape == (3, len(LABELS)) and len(rule["intercept"]) == 3


def test_training_data_without_hatexplain_keeps_the_thresholds_only():
    """A publisher training on data without HateXplain rows: no rule to fit, no crash."""
    from moderator.datasets import LabeledSet
    from moderator.labels import LABELS
    from moderator.training import tune_eval_thresholds

    rng = np.random.default_rng(0)
    n = 400
    Y = np.zeros((n, len(LABELS)), dtype=np.float32)
    Y[:, LABELS.index("toxicity")] = rng.integers(0, 2, n)
    Y[:, LABELS.index("harassment")] = rng.integers(0, 2, n)
    Y[:, LABELS.index("identity_attack")] = rng.integers(0, 2, n)
    mask = np.ones_like(Y, dtype=bool)
    source = ["olid"] * (n // 2) + ["cad"] * (n // 2)
    valid = LabeledSet(texts=["x"] * n, Y=Y, mask=mask, source=source)
    scores = np.clip(Y * 0.6 + rng.uniform(0, 0.4, Y.shape), 0, 1)
    rules = tune_eval_thresholds(valid, scores)
    assert "hatexplain_rule" not in rules
    assert 0.05 <= rules["olid_offensive_toxicity"] <= 0.95
