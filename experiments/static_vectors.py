"""Design experiment (not a test, not an evaluation): how should the static-embedding member build its
word-piece vectors? Measured on the validation split of data/train only, never on data/eval.

    HF_HUB_OFFLINE=1 python experiments/static_vectors.py [--context-texts 0 40000]

For each setting a StaticEmbeddingMember is fitted, as `moderator train` fits it, on the train part of the
split, from the shipped transformer checkpoint. Its stacking features on the validation
rows replace the shipped static member's columns beside the other members' features, and a logistic
stacker is fitted 5-fold out-of-fold over the validation rows; the script prints the out-of-fold AUC per
label, over all rows and per dataset. `--context-texts 0` is the shipped pieces-alone recipe (its
figures must equal the "shipped" ones); 40000 averages each piece's outputs in context over that many
training texts, which was measured and not shipped (models/CARD.md). A setting takes ~4-8 minutes here.
"""

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LABELS_SHOWN = ("toxicity", "insult", "identity_attack", "harassment")


def out_of_fold_aucs(X, valid, label: str) -> tuple[float, dict[str, float]]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    from moderator.labels import LABELS

    j = LABELS.index(label)
    rows = np.flatnonzero(valid.mask[:, j])
    y = valid.Y[rows, j] >= 0.5
    oof = np.zeros(len(rows))
    for fit_part, held_out in StratifiedKFold(5, shuffle=True, random_state=0).split(rows, y):
        stacker = LogisticRegression(max_iter=2000).fit(X[rows[fit_part]], y[fit_part])
        oof[held_out] = stacker.predict_proba(X[rows[held_out]])[:, 1]
    source = np.array(valid.source)[rows]
    per_source = {s: roc_auc_score(y[source == s], oof[source == s]) for s in sorted(set(source))
                  if len(set(y[source == s])) == 2}
    return roc_auc_score(y, oof), per_source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--context-texts", type=int, nargs="*", default=[0, 40_000],
                        help="settings to fit besides the shipped member (none: the shipped member only)")
    args = parser.parse_args()

    import joblib
    import numpy as np

    from moderator.datapaths import data_dir, models_dir
    from moderator.datasets import load_training, split_train_valid
    from moderator.ensemble import member_columns
    from moderator.members.detoxify_member import default_checkpoint
    from moderator.members.static_embedding import StaticEmbeddingMember
    from moderator.normalize import normalize

    root = data_dir()
    if root is None:
        sys.exit("no data: set MODERATOR_DATA or place the datasets at ../shared/data")
    ensemble = joblib.load(models_dir() / "ensemble.joblib")
    names = [m.name for m in ensemble.members]
    shipped = ensemble.members[names.index("static_embedding")]
    train, valid = split_train_valid(load_training(root))
    # the stacking features exactly as the shipped stacker reads them, less the static member's columns
    stacked, _ = ensemble._member_outputs(list(valid.texts))
    widths = np.cumsum([0] + [len(member_columns(m)) for m in ensemble.members])
    static = names.index("static_embedding")
    others = np.delete(stacked, np.s_[widths[static]:widths[static + 1]], axis=1)
    valid_normalized = [normalize(t).text for t in valid.texts]
    settings = [("shipped", shipped)] + [(f"context_texts={n}", n) for n in args.context_texts]
    for title, setting in settings:
        started = time.perf_counter()
        member = setting if title == "shipped" else StaticEmbeddingMember(
            default_checkpoint(), context_texts=setting).fit(list(train.texts), train.Y, train.mask,
                                                             groups=train.source)
        X = np.hstack([others, member.features(valid_normalized)])
        for label in LABELS_SHOWN:
            overall, per_source = out_of_fold_aucs(X, valid, label)
            print(f"{title:22s} {label:16s} all={overall:.4f} "
                  + " ".join(f"{s}={auc:.3f}" for s, auc in per_source.items()), flush=True)
        print(f"{title}: {time.perf_counter() - started:.0f}s", flush=True)


if __name__ == "__main__":
    main()
