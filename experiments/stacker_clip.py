"""Should the stackers read their features clipped? Out-of-fold figures on the validation rows only.

    HF_HUB_OFFLINE=1 python experiments/stacker_clip.py [--clips 0 3 4 5 6 8]

The members of the shipped ensemble score the held-out rows of data/train (the rows `moderator train` stacks
on; never data/eval). For each clip value (0: none) and each label stacked on every column, a logistic
stacker like the shipped one is fitted 5 times on four fifths of those rows and scores the fifth; the script
prints the out-of-fold AUC and log loss, toxicity AUC per dataset, and the stacked toxicity and insult of a
few profane insults, which the unclipped stacker kept ("fucking idiot": 0.36). Measured 2026-11-29 (models/CARD.md):
clipping at 6 had the lowest validation log loss, but lowered OLID and CAD harassment on data/eval, so the
shipped stackers read their features unclipped."""

import argparse
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import log_loss, roc_auc_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from moderator.datapaths import data_dir  # noqa: E402
from moderator.datasets import load_training, split_train_valid  # noqa: E402
from moderator.labels import LABELS  # noqa: E402
from moderator.scorer import Moderator  # noqa: E402

LABELS_ON_ALL_COLUMNS = ("toxicity", "insult", "identity_attack", "harassment")
PROBES = ["fucking idiot", "you are a fucking idiot", "what a fucking moron", "fucking hell",
          "This is fucking brilliant, thanks", "Great article, thanks."]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clips", type=float, nargs="+", default=[0, 3, 4, 5, 6, 8])
    args = parser.parse_args()
    root = data_dir()
    if root is None:
        raise SystemExit("needs the datasets (MODERATOR_DATA or ../shared/data)")
    _, valid = split_train_valid(load_training(root))
    ensemble = Moderator.load().ensemble
    X, _ = ensemble._member_outputs(list(valid.texts))
    probes, _ = ensemble._member_outputs(PROBES)
    source = np.array(valid.source)
    for clip in args.clips:
        cut = (lambda A: np.clip(A, -clip, clip)) if clip else (lambda A: A)
        print(f"clip {clip or 'none'}")
        for label in LABELS_ON_ALL_COLUMNS:
            j = LABELS.index(label)
            rows = np.flatnonzero(valid.mask[:, j])
            y = valid.Y[rows, j] >= 0.5
            oof = np.zeros(len(rows))
            for fit_rows, test_rows in StratifiedKFold(5, shuffle=True, random_state=0).split(rows, y):
                model = LogisticRegression(C=1.0, max_iter=3000).fit(cut(X[rows[fit_rows]]), y[fit_rows])
                oof[test_rows] = model.predict_proba(cut(X[rows[test_rows]]))[:, 1]
            line = f"  {label:16} AUC {roc_auc_score(y, oof):.4f}  log loss {log_loss(y, oof):.4f}"
            if label == "toxicity":
                per = {name: roc_auc_score(y[source[rows] == name], oof[source[rows] == name])
                       for name in ("olid", "hatexplain", "c3", "cad")}
                line += "  " + " ".join(f"{name} {auc:.3f}" for name, auc in per.items())
            if label in ("toxicity", "insult"):
                model = LogisticRegression(C=1.0, max_iter=3000).fit(cut(X[rows]), y)
                line += "  probes " + " ".join(f"{p:.2f}" for p in model.predict_proba(cut(probes))[:, 1])
            print(line, flush=True)
    print("probes: " + " | ".join(PROBES))


if __name__ == "__main__":
    main()
