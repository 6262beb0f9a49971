"""Train the article line model (article_lines.py) on the Dragnet training stems, measured by k-fold
cross-validation of the article pipeline over stems.

    python -m moderator.segment.train_article_lines [--data DIR] [--out models/segment.joblib] [--folds 5]

Each line of the article the rules extract is one example, labelled "not the story" when its words are
not in the gold article (the line is not part of the gold text and fewer than 80% of its words occur
there). Lines are weighted by log(1 + words): a long stray paragraph costs more than a stray "Print".
Cross-validation holds out whole pages (GroupKFold by stem); on each training part an inner
cross-validation picks the drop threshold that maximises the mean article token F1 (near-ties, within
TIE, go to the higher, more cautious threshold), then the held-out
pages are scored as `moderator.segment.evaluate` scores them. Comments are not touched by this model.
The shipped model is fit on all training stems, with the threshold the same inner procedure picks
there. Fixed seed; the test stems are never read."""

import json
import re
import sys
from pathlib import Path

import click
import numpy as np

from moderator.segment.article_lines import drop_probabilities, story_lines
from moderator.segment.evaluate import read_gold, read_stems, token_f1

SEED = 0
TIE = 0.0005  # mean article F1 within this of the best counts as a tie
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: drop nothing
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def page_examples(dragnet_dir: Path, stems: list[str], progress: bool = True) -> list[dict]:
    """Per page: the title, the article's lines with their features and labels, and the gold article."""
    from moderator.segment.decode import decode
    from moderator.segment.html import split_html

    iterator = stems
    if progress:
        from tqdm import tqdm

        iterator = tqdm(stems, desc="pages", file=sys.stderr)
    pages = []
    for stem in iterator:
        text = decode((dragnet_dir / "HTML" / f"{stem}.html").read_bytes())
        gold_article, _ = read_gold(dragnet_dir, stem)
        title, _, _, extra = split_html(text, details=True)
        lines, rows = extra["lines"]
        flat = _norm(gold_article)
        vocabulary = set(flat.split())
        labels = []
        for line in lines:
            words = _norm(line).split()
            in_gold = " ".join(words) in flat or (words and sum(w in vocabulary for w in words) >= 0.8 * len(words))
            labels.append(int(not in_gold))
        pages.append({"stem": stem, "title": title, "lines": lines, "rows": rows, "labels": labels, "gold": gold_article})
    return pages


def _model():
    from sklearn.ensemble import HistGradientBoostingClassifier

    # Forty shallow-ish trees: about half a millisecond a page (the speed goal), as good as 200 here.
    return HistGradientBoostingClassifier(max_iter=40, learning_rate=0.15, max_leaf_nodes=31, random_state=SEED)


def _fit(pages: list[dict]):
    X = np.array([row for p in pages for row in p["rows"]], dtype=float)
    y = np.array([label for p in pages for label in p["labels"]])
    weights = np.log1p([len(line.split()) for p in pages for line in p["lines"]])
    return _model().fit(X, y, sample_weight=weights)


def _predict(model, pages: list[dict]) -> list[list[float]]:
    return [drop_probabilities(model, p["rows"]) if p["rows"] else [] for p in pages]


def article_f1(page: dict, drop: list[float] | None, threshold: float) -> float:
    """The page's article token F1 after the line model's pass (article_lines.story_lines, as served)."""
    lines = page["lines"] if drop is None else story_lines(page["lines"], drop, threshold)
    return token_f1("\n".join(filter(None, [page["title"], *lines])), page["gold"])


def _groups(pages: list[dict], folds: int):
    from sklearn.model_selection import GroupKFold

    index = np.arange(len(pages))
    return GroupKFold(folds).split(index, groups=[p["stem"] for p in pages])


def _out_of_fold(pages: list[dict], folds: int) -> list[list[float]]:
    probs: list = [None] * len(pages)
    for train, held in _groups(pages, folds):
        model = _fit([pages[i] for i in train])
        for i, p in zip(held, _predict(model, [pages[i] for i in held])):
            probs[i] = p
    return probs


def choose_threshold(pages: list[dict], folds: int = 3) -> float:
    """The threshold with the best mean article F1 over out-of-fold predictions on `pages` alone."""
    probs = _out_of_fold(pages, folds)
    scores = {t: np.mean([article_f1(p, q, t) for p, q in zip(pages, probs)]) for t in THRESHOLDS}
    # Near-ties go to the more cautious (higher) threshold: a wrong drop costs the story itself, and
    # F1 differences this small are fold noise (the curve is flat from 0.55 to 0.7).
    best = max(scores.values())
    return max(t for t in THRESHOLDS if scores[t] >= best - TIE)


def cross_validate(pages: list[dict], folds: int = 5) -> dict:
    rules, pipeline, thresholds = [], [], []
    changed = better = worse = 0
    for train, held in _groups(pages, folds):
        train_pages = [pages[i] for i in train]
        threshold = choose_threshold(train_pages)
        thresholds.append(threshold)
        model = _fit(train_pages)
        for p, q in zip([pages[i] for i in held], _predict(model, [pages[i] for i in held])):
            before, after = article_f1(p, None, 1.01), article_f1(p, q, threshold)
            rules.append(before)
            pipeline.append(after)
            changed += abs(after - before) > 1e-9
            better += after > before + 1e-9
            worse += after < before - 1e-9
    return {"rules": float(np.mean(rules)), "pipeline": float(np.mean(pipeline)), "thresholds": thresholds,
            "changed": changed, "better": better, "worse": worse}


@click.command()
@click.option("--data", "dragnet_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The dragnet folder (default: <data>/eval/dragnet).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where the model goes (default: models/segment.joblib).")
@click.option("--folds", type=int, default=5, show_default=True)
@click.option("--cv-only", is_flag=True, help="Report the cross-validation; write no model.")
@click.option("--cache", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the per-page lines and features in this JSON file (re-used when present).")
def main(dragnet_dir, out, folds, cv_only, cache):
    import joblib
    import sklearn

    from moderator.datapaths import models_dir
    from moderator.segment.article_lines import FEATURES, MODEL_FILE
    from moderator.segment.evaluate import default_dragnet_dir

    dragnet_dir = dragnet_dir or default_dragnet_dir()
    if dragnet_dir is None:
        raise click.ClickException("needs the datasets (MODERATOR_DATA or ../shared/data) with eval/dragnet")
    if cache is not None and cache.is_file():
        pages = json.loads(cache.read_text())
    else:
        pages = page_examples(dragnet_dir, read_stems(dragnet_dir, "training"))
        if cache is not None:
            cache.write_text(json.dumps(pages))
    lines = sum(len(p["lines"]) for p in pages)
    dropped = sum(sum(p["labels"]) for p in pages)
    click.echo(f"{len(pages)} training pages, {lines} article lines, {dropped} of them not in the gold article")
    cv = cross_validate(pages, folds)
    click.echo(f"{folds}-fold cross-validation over training stems (GroupKFold, seed {SEED}): article token F1 "
               f"{cv['rules']:.4f} (rules) -> {cv['pipeline']:.4f} (with the line model); thresholds per fold "
               f"{cv['thresholds']}; {cv['changed']} pages changed, {cv['better']} better, {cv['worse']} worse")
    if cv_only:
        return
    threshold = choose_threshold(pages, folds)
    model = _fit(pages)
    out = out or Path(models_dir()) / MODEL_FILE
    bundle = {"kind": "article-lines", "model": model, "threshold": threshold, "features": FEATURES,
              "sklearn": sklearn.__version__, "seed": SEED,
              "trained_on": f"Dragnet training stems ({len(pages)} pages, {lines} article lines)",
              "cv": {k: cv[k] for k in ("rules", "pipeline", "thresholds", "better", "worse")}}
    joblib.dump(bundle, out)
    click.echo(f"wrote {out}: threshold {threshold}")


if __name__ == "__main__":
    main(standalone_mode=True)
