"""Train the reader's-voice model (reader_voice.py) on the Dragnet training stems' gold lines.

    python -m moderator.segment.train_reader_voice [--data DIR] [--out models/reader_voice.npz] [--folds 5]

Each line of a gold file that text.py reads as content (not a byline, time, action row, heading or furniture)
is one example: a story line before the comment marker, a reader's line after it. With --c3, the news comments of
data/train/c3 (Globe and Mail readers; train split only) join as readers' lines; measured and not shipped
(models/CARD.md, session 38). Classes are weighted equally. The fitted weights are saved as plain numpy arrays (reader_voice.py reads them without
scikit-learn), with the scikit-learn version that fitted them in the model card. The AUC is cross-validated over the Dragnet pages (GroupKFold by stem; the C3 lines always train) against the
hand score's. The weight and
shift with which text.py adds the log-odds to the hand score are stored with the model: they were chosen on
blind sets of plain-text pages written for the purpose (README, session 37), not on data/eval. Fixed seed;
the test stems are never read."""

import sys
from pathlib import Path

import click

SEED = 0
C = 2.0
WEIGHT, SHIFT = 0.8, 0.15  # log-odds weight and shift beside the hand score (chosen on the text blind sets)


def examples(dragnet_dir: Path, stems: list[str]) -> tuple[list[str], list[int], list[str]]:
    """(line texts, labels: 1 for a reader's line, the page's stem) of the gold files' content lines."""
    from tqdm import tqdm

    from moderator.segment.evaluate import read_gold
    from moderator.segment.text import classify_line, Line

    texts, labels, groups = [], [], []
    for stem in tqdm(stems, desc="pages", file=sys.stderr):
        article, comments = read_gold(dragnet_dir, stem)
        for label, part in ((0, article), (1, comments)):
            for raw in part.split("\n"):
                line = Line(no=0, text=raw.strip(), indent=0, blank_before=False)
                if not line.text:
                    continue
                classify_line(line)
                if line.kind == "content":
                    texts.append(line.text)
                    labels.append(label)
                    groups.append(stem)
    return texts, labels, groups


def comment_lines(c3_csv: Path) -> list[str]:
    """The C3 training comments' lines that text.py reads as content."""
    import csv

    from moderator.segment.text import classify_line, Line

    lines = []
    with open(c3_csv, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for raw in (row.get("comment_text") or "").split("\n"):
                line = Line(no=0, text=raw.strip(), indent=0, blank_before=False)
                if line.text:
                    classify_line(line)
                    if line.kind == "content":
                        lines.append(line.text)
    return lines


def matrix(texts: list[str], hand_scores: list[float]):
    """The lines' hashed words and their four numbers, as reader_voice.py reads them."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack

    from moderator.segment.reader_voice import HASHED_FEATURES, hashed_words, numbers

    rows, cols, values = [], [], []
    for i, text in enumerate(texts):
        for slot, value in hashed_words(text).items():
            rows.append(i)
            cols.append(slot)
            values.append(value)
    words = csr_matrix((values, (rows, cols)), shape=(len(texts), HASHED_FEATURES))
    return hstack([words, csr_matrix(np.array([numbers(t, s) for t, s in zip(texts, hand_scores)]))]).tocsr()


def model():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000, class_weight="balanced", random_state=SEED)


@click.command()
@click.option("--data", "dragnet_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The dragnet folder (default: <data>/eval/dragnet).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where the model goes (default: models/reader_voice.joblib).")
@click.option("--folds", type=int, default=5, show_default=True)
@click.option("--c3/--no-c3", "with_c3", default=False, show_default=True,
              help="Add data/train/c3's news comments as readers' lines (measured, not shipped).")
def main(dragnet_dir, out, folds, with_c3):
    import numpy as np
    import sklearn
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    from moderator.datapaths import data_dir, models_dir
    from moderator.segment.evaluate import default_dragnet_dir, read_stems
    from moderator.segment.reader_voice import HASHED_FEATURES, MODEL_FILE
    from moderator.segment.text import comment_likeness

    dragnet_dir = dragnet_dir or default_dragnet_dir()
    if dragnet_dir is None:
        raise click.ClickException("needs the datasets (MODERATOR_DATA or ../shared/data) with eval/dragnet")
    stems = read_stems(dragnet_dir, "training")
    texts, labels, groups = examples(dragnet_dir, stems)
    click.echo(f"{len(stems)} training pages, {len(texts)} content lines, {sum(labels)} of them readers'")
    dragnet_lines = len(texts)
    if with_c3:
        c3_csv = Path(data_dir() or "") / "train" / "c3" / "c3_train.csv"
        if not c3_csv.is_file():
            raise click.ClickException(f"needs {c3_csv} (or --no-c3)")
        extra = comment_lines(c3_csv)
        click.echo(f"{len(extra)} C3 comment lines as readers'")
        texts, labels, groups = texts + extra, labels + [1] * len(extra), groups + ["(c3)"] * len(extra)
    hand = [comment_likeness(text) for text in texts]
    x, y = matrix(texts, hand), np.array(labels)
    # cross-validated over the Dragnet pages only; the C3 lines are always in the training folds
    dragnet = np.arange(dragnet_lines)
    predicted = np.zeros(dragnet_lines)
    c3_rows = np.arange(dragnet_lines, len(texts))
    for train, test in GroupKFold(folds).split(dragnet, groups=groups[:dragnet_lines]):
        rows = np.concatenate([train, c3_rows])
        predicted[test] = model().fit(x[rows], y[rows]).predict_proba(x[test])[:, 1]
    cv_auc, hand_auc = float(roc_auc_score(y[:dragnet_lines], predicted)), float(roc_auc_score(y[:dragnet_lines], hand[:dragnet_lines]))
    click.echo(f"{folds}-fold cross-validation over training stems (GroupKFold): AUC {cv_auc:.4f} "
               f"(hand score alone {hand_auc:.4f})")
    fitted = model().fit(x, y)
    coef = fitted.coef_[0]
    out = out or Path(models_dir()) / MODEL_FILE
    with open(out, "wb") as handle:  # (a file object: np.savez would add ".npz" to a path without it)
        np.savez_compressed(handle, words=coef[:HASHED_FEATURES].astype(np.float32), numbers=coef[HASHED_FEATURES:],
                            intercept=np.float64(fitted.intercept_[0]), weight=np.float64(WEIGHT), shift=np.float64(SHIFT),
                            sklearn=np.str_(sklearn.__version__), seed=np.int64(SEED), cv_auc=np.float64(cv_auc),
                            hand_auc=np.float64(hand_auc), lines=np.int64(len(texts)), pages=np.int64(len(stems)),
                            c3_lines=np.int64(len(texts) - dragnet_lines))
    click.echo(f"wrote {out} (scikit-learn {sklearn.__version__})")


if __name__ == "__main__":
    main()
