"""FlatTrees walks scikit-learn's fitted trees as arrays: the same probabilities as predict_proba."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from moderator.ensemble import monotone_stacker
from moderator.flat_trees import FlatTrees


@pytest.mark.parametrize("make", [
    lambda: monotone_stacker([1, 0, 1, 0, 0], random_state=0),
    lambda: HistGradientBoostingClassifier(max_iter=60, max_leaf_nodes=31, random_state=0),
])
def test_flat_trees_give_scikit_learns_probabilities(make):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(3000, 5)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] * X[:, 2] + rng.normal(scale=0.5, size=3000)) > 0
    X[rng.random(X.shape) < 0.02] = np.nan  # missing values take each node's learned side
    model = make().fit(X, y)
    probe = np.vstack([rng.normal(size=(500, 5)).astype(np.float32), np.full((1, 5), np.nan, np.float32),
                       np.full((1, 5), 50.0, np.float32)])
    flat = FlatTrees(model).predict_proba1(probe)
    assert flat.dtype == np.float32 and flat.shape == (502,)
    assert np.allclose(flat, model.predict_proba(probe)[:, 1], atol=1e-6)
    assert np.allclose(FlatTrees(model).predict_proba1(probe[:1]), model.predict_proba(probe[:1])[:, 1], atol=1e-6)


def test_flat_trees_refuse_what_they_cannot_read():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 2))
    multiclass = HistGradientBoostingClassifier(max_iter=5).fit(X, rng.integers(0, 3, 300))
    with pytest.raises(ValueError, match="binary"):
        FlatTrees(multiclass)
