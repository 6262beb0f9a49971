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
