"""A fitted binary HistGradientBoostingClassifier's trees laid out as arrays and walked all at once.

scikit-learn predicts tree by tree, one Python-level call each: for one comment the stacker's ~180 trees
cost ~2-4 ms a label (bench/score.py's single-comment median went from 1.6 to 5.6 ms with the tree
stackers). Here every tree moves one level per numpy step (at most their depth, ~11 steps), which gives
scikit-learn's probabilities (to float rounding: tests/test_flat_trees.py) in a tenth of the time for one
row; from a few dozen rows on scikit-learn is quicker (moderator.ensemble.FLAT_TREES_MAX_ROWS decides).
The trees are scikit-learn's; only the walk is ours.
Numerical splits only (the stackers have no categorical features), NaN taking each node's missing side.
"""

from __future__ import annotations

import numpy as np


class FlatTrees:
    def __init__(self, model):
        if getattr(model, "n_trees_per_iteration_", 1) != 1:
            raise ValueError("FlatTrees reads binary classifiers only")
        trees = [predictors[0].nodes for predictors in model._predictors]
        if any(nodes["is_categorical"].any() for nodes in trees):
            raise ValueError("FlatTrees reads numerical splits only")
        width = max(len(nodes) for nodes in trees)

        def table(field, dtype):
            out = np.zeros((len(trees), width), dtype=dtype)
            for t, nodes in enumerate(trees):
                out[t, : len(nodes)] = nodes[field]
            return out

        self.feature = table("feature_idx", np.intp)
        self.threshold = table("num_threshold", np.float64)
        self.missing_left = table("missing_go_to_left", bool)
        self.left = table("left", np.intp)
        self.right = table("right", np.intp)
        self.leaf = table("is_leaf", bool)
        self.value = table("value", np.float64)
        self.depth = int(max(nodes["depth"].max() for nodes in trees))
        self.baseline = float(np.ravel(model._baseline_prediction)[0])

    def predict_proba1(self, X: np.ndarray) -> np.ndarray:
        """P(class 1) for each row of X, as model.predict_proba(X)[:, 1]."""
        X = np.asarray(X, dtype=np.float64)
        n, n_trees = X.shape[0], self.feature.shape[0]
        tree = np.arange(n_trees)[None, :]
        row = np.arange(n)[:, None]
        node = np.zeros((n, n_trees), dtype=np.intp)
        for _ in range(self.depth):
            at_leaf = self.leaf[tree, node]
            if at_leaf.all():
                break
            x = X[row, self.feature[tree, node]]
            go_left = np.where(np.isnan(x), self.missing_left[tree, node], x <= self.threshold[tree, node])
            node = np.where(at_leaf, node, np.where(go_left, self.left[tree, node], self.right[tree, node]))
        raw = self.baseline + self.value[tree, node].sum(axis=1)
        return (1.0 / (1.0 + np.exp(-raw))).astype(np.float32)
