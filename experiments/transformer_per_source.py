"""Transformer checkpoints alone: toxicity AUC per dataset on the validation part of data/train (never data/eval).

    python experiments/transformer_per_source.py models/transformer/checkpoint.ckpt OTHER.ckpt [...]

Up to 800 validation rows per dataset (seed 0), scored through detoxify's loader (DetoxifyMember, fp32), so
checkpoints are compared on rows none of them trained on, dataset by dataset, which the early-stopping
mean over mixed rows hides. Session 16 compared the shipped checkpoint with a GPU run this way (models/CARD.md)."""

import sys

import numpy as np
from sklearn.metrics import roc_auc_score

from moderator.datapaths import data_dir
from moderator.datasets import load_training, split_train_valid
from moderator.labels import LABELS
from moderator.members.detoxify_member import DetoxifyMember

ROWS_PER_SET = 800


def main(checkpoints: list[str]) -> None:
    root = data_dir()
    if root is None:
        sys.exit("no datasets found: set MODERATOR_DATA")
    _, valid = split_train_valid(load_training(root))
    j = LABELS.index("toxicity")
    sources = np.array(valid.source)
    rng = np.random.default_rng(0)
    picked = []
    for name in sorted(set(sources)):
        idx = np.flatnonzero((sources == name) & valid.mask[:, j])
        rng.shuffle(idx)
        picked.append(idx[:ROWS_PER_SET])
    rows = np.concatenate(picked)
    texts = [valid.texts[i] for i in rows]
    for checkpoint in checkpoints:
        scores = DetoxifyMember(checkpoint=checkpoint, labels=LABELS).predict_proba(texts)[:, j]
        aucs = {}
        for name in sorted(set(sources[rows])):
            here = sources[rows] == name
            y = valid.Y[rows[here], j]
            if 0 < y.sum() < len(y):
                aucs[str(name)] = round(float(roc_auc_score(y, scores[here])), 4)
        print(checkpoint, aucs, "mean", round(float(np.mean(list(aucs.values()))), 4), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
