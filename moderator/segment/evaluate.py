"""Measure the page segmenter on the Dragnet benchmark, with trafilatura's own split beside it.

    python -m moderator.segment.evaluate [--split test|training] [--data DIR]

Gold: `Corrected/<stem>.html.corrected.txt`; the text after the line `!@#$%^&*()  COMMENTS` is the
comments, the text before it the article. The marker was typed by hand: 19 of the 303 marked training
files carry a variant (one space or three, a sign left out, doubled or swapped, the word misspelt,
replaced or left out: `!@#$%^&*() COMMENTS`, `!@ $%^&*()  COMMENTS`, `!@#$%^&*()  COMMNENTS`,
`!@#$%^&*()  CORRECTED`, `!@#$%^&*()`); read as text, their whole thread counted as article and the
page as one without comments. The figures the goals are checked on read the exact string, as the
issue defines the measure; each run also reports the same outputs against the gold read with the
typed variants as the marker (a line of six or more of the marker's signs, five of them different,
then at most one capitalised word), and `--marker-variants` makes that reading the main one. Scores are bag-of-words token F1 (lower-cased word tokens,
multiset overlap), as in the Dragnet paper:
- comment F1: mean over the pages whose gold has comments;
- clean rate: share of pages without gold comments where fewer than 5 comment tokens come out;
- article F1: mean over all pages.
Our comment text for a page is each comment's author, time and text (the gold keeps the bylines of
the comment thread); `comment_f1_text_only` scores the bare comment texts too.
Tune on `training.txt`; report on `test.txt`."""

import codecs
import re
import sys
import time
from collections import Counter
from pathlib import Path

import click

SEPARATOR = "!@#$%^&*()  COMMENTS"
# The hand-typed variants of SEPARATOR, on a line of their own (checked for five different signs,
# so that a row of stars or "(((hugs)))" in a story is no marker).
_MARKER = re.compile(r"^[ \t]*([!@#$%^&*()][!@#$%^&*() \t]{5,})(?:[A-Z]{4,}[ \t]*)?\r?$", re.M)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter:
    return Counter(_TOKEN.findall((text or "").lower()))


def token_f1(predicted: str, gold: str) -> float:
    pred, ref = tokens(predicted), tokens(gold)
    if not pred and not ref:
        return 1.0
    if not pred or not ref:
        return 0.0
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def read_gold(dragnet_dir: Path, stem: str, variants: bool = False) -> tuple[str, str]:
    """(article, comments) of a gold file, split at the comment marker: its exact string, or with
    `variants` any hand-typed variant of it on a line of its own."""
    return split_gold(read_gold_text(dragnet_dir, stem), variants)


def read_gold_text(dragnet_dir: Path, stem: str) -> str:
    raw = (dragnet_dir / "Corrected" / f"{stem}.html.corrected.txt").read_bytes()
    # A few gold files are UTF-16 with a byte-order mark; read as UTF-8 they become one token per letter.
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8-sig", errors="replace")


def split_gold(text: str, variants: bool = False) -> tuple[str, str]:
    """A gold text's (article, comments), split as `read_gold` says."""
    if not variants:
        article, _, comments = text.partition(SEPARATOR)
        return article, comments
    marker = next((m for m in _MARKER.finditer(text) if len(set(m.group(1)) - set(" \t")) >= 5), None)
    if marker is None:
        return text, ""
    return text[:marker.start()], text[marker.end():]


def read_stems(dragnet_dir: Path, split: str) -> list[str]:
    return [line.strip() for line in (dragnet_dir / f"{split}.txt").read_text().split() if line.strip()]


def _ours(data: bytes, format: str | None = "html") -> tuple[str, str, str]:
    """(article, comments with their authors and times, bare comment texts) of a page as moderator splits it."""
    from moderator.segment import segment

    page = segment(data, format=format)
    with_meta = "\n".join(" ".join(filter(None, [c.author, c.time, c.text])) for c in page.comments)
    bare = "\n".join(c.text for c in page.comments)
    return "\n".join(filter(None, [page.article.title, page.article.text])), with_meta, bare


def _trafilatura(html: bytes) -> tuple[str, str]:
    """(article, comments) of a page as trafilatura splits it."""
    import trafilatura

    from moderator.segment.decode import decode

    doc = trafilatura.bare_extraction(decode(html), include_comments=True, with_metadata=True)
    if doc is None:
        return "", ""
    return "\n".join(filter(None, [doc.title, doc.text])), doc.comments or ""


def _scores(gold_article: str, gold_comments: str, ours: tuple, theirs: tuple | None) -> dict:
    """One page's scores against one reading of its gold text."""
    article, comments, bare = ours
    row = {"has_comments": sum(tokens(gold_comments).values()) > 0,
           "article_f1": token_f1(article, gold_article),
           "comment_f1": token_f1(comments, gold_comments),
           "comment_f1_text_only": token_f1(bare, gold_comments),
           "comment_tokens": sum(tokens(comments).values())}
    if theirs is not None:
        t_article, t_comments = theirs
        row.update({"trafilatura_article_f1": token_f1(t_article, gold_article),
                    "trafilatura_comment_f1": token_f1(t_comments, gold_comments),
                    "trafilatura_comment_tokens": sum(tokens(t_comments).values())})
    return row


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def _summary(rows: list[dict], baseline: bool) -> dict:
    with_c = [r for r in rows if r["has_comments"]]
    without = [r for r in rows if not r["has_comments"]]
    result = {
        "pages": len(rows), "pages_with_comments": len(with_c), "pages_without_comments": len(without),
        "comment_f1": _mean(r["comment_f1"] for r in with_c),
        "comment_f1_text_only": _mean(r["comment_f1_text_only"] for r in with_c),
        "no_comment_clean": _mean(r["comment_tokens"] < 5 for r in without),
        "article_f1": _mean(r["article_f1"] for r in rows),
    }
    if baseline:
        result["trafilatura"] = {
            "comment_f1": _mean(r["trafilatura_comment_f1"] for r in with_c),
            "no_comment_clean": _mean(r["trafilatura_comment_tokens"] < 5 for r in without),
            "article_f1": _mean(r["trafilatura_article_f1"] for r in rows),
        }
    return result


def evaluate_pages(dragnet_dir, stems, baseline: bool = True, progress: bool = False,
                   marker_variants: bool = False) -> dict:
    """Scores of ours (and trafilatura's, when `baseline`) on the given Dragnet stems, against the gold
    split at the exact marker (or at its typed variants when `marker_variants`). The same outputs are
    also scored against the other reading ("other_reading"), so that one run gives both."""
    dragnet_dir = Path(dragnet_dir)
    rows, other_rows = [], []
    seconds = 0.0
    iterator = stems
    if progress:
        from tqdm import tqdm

        iterator = tqdm(stems, desc="pages", file=sys.stderr)
    for stem in iterator:
        html = (dragnet_dir / "HTML" / f"{stem}.html").read_bytes()
        start = time.perf_counter()
        ours = _ours(html)
        seconds += time.perf_counter() - start
        theirs = _trafilatura(html) if baseline else None
        text = read_gold_text(dragnet_dir, stem)
        gold = split_gold(text, variants=marker_variants)
        row = {"stem": stem, **_scores(*gold, ours, theirs)}
        rows.append(row)
        other = split_gold(text, variants=not marker_variants)
        other_rows.append(row if other == gold else {"stem": stem, **_scores(*other, ours, theirs)})
    result = {**_summary(rows, baseline), "pages_per_second": len(rows) / seconds if seconds else float("nan"),
              "rows": rows, "marker_variants": marker_variants,
              "other_reading": _summary(other_rows, baseline)}
    return result


def format_table(result: dict) -> str:
    goals = {"comment_f1": ">= 0.90", "no_comment_clean": ">= 0.97", "article_f1": ">= 0.93"}
    names = {"comment_f1": f"comment token F1 (mean, {result['pages_with_comments']} pages with comments)",
             "no_comment_clean": f"no-comment pages with < 5 comment tokens ({result['pages_without_comments']} pages)",
             "article_f1": f"article token F1 (mean, {result['pages']} pages)"}
    lines = [f"| measure | goal | moderator | trafilatura {_trafilatura_version()} |", "|---|---|---|---|"]
    for key, name in names.items():
        base = result.get("trafilatura", {}).get(key)
        lines.append(f"| {name} | {goals[key]} | {result[key]:.3f} | {'' if base is None else f'{base:.3f}'} |")
    lines.append(f"| comment token F1, comment texts only (no author/time) | | {result['comment_f1_text_only']:.3f} | |")
    other = result.get("other_reading")
    if other is not None:
        # The same outputs against the other reading of the gold's hand-typed comment marker.
        reading = ("gold split at the exact marker only" if result.get("marker_variants")
                   else "gold split at typed variants of the marker too")
        short = {"comment_f1": f"comment token F1 ({other['pages_with_comments']} pages with comments)",
                 "no_comment_clean": f"no-comment pages clean ({other['pages_without_comments']} pages)",
                 "article_f1": f"article token F1 ({other['pages']} pages)"}
        for key, name in short.items():
            base = other.get("trafilatura", {}).get(key)
            lines.append(f"| {name}, {reading} | | {other[key]:.3f} | {'' if base is None else f'{base:.3f}'} |")
    lines.append(f"\nmoderator segmentation: {result['pages_per_second']:.1f} pages/s")
    return "\n".join(lines)


def _trafilatura_version() -> str:
    import trafilatura

    return trafilatura.__version__


def default_dragnet_dir() -> Path | None:
    from moderator.datapaths import data_dir

    root = data_dir()
    if root is None or not (root / "eval" / "dragnet" / "HTML").is_dir():
        return None
    return root / "eval" / "dragnet"


@click.command()
@click.option("--split", type=click.Choice(["test", "training"]), default="test", show_default=True)
@click.option("--data", "dragnet_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The dragnet folder (default: <data>/eval/dragnet).")
@click.option("--no-baseline", is_flag=True, help="Skip trafilatura's side-by-side run.")
@click.option("--worst", type=int, default=0, help="Also list the N worst pages (for tuning on training).")
@click.option("--marker-variants", is_flag=True,
              help="Split gold files at hand-typed variants of the comment marker too, for the main figures.")
def main(split: str, dragnet_dir: Path | None, no_baseline: bool, worst: int, marker_variants: bool) -> dict:
    dragnet_dir = dragnet_dir or default_dragnet_dir()
    if dragnet_dir is None:
        raise click.ClickException("needs the datasets (MODERATOR_DATA or ../shared/data) with eval/dragnet")
    result = evaluate_pages(dragnet_dir, read_stems(dragnet_dir, split), baseline=not no_baseline, progress=True,
                            marker_variants=marker_variants)
    click.echo(f"Dragnet {split} split, {dragnet_dir}" + (" (typed variants of the marker read as the marker)"
                                                         if marker_variants else ""))
    click.echo(format_table(result))
    if worst:
        rows = result["rows"]
        bad = sorted((r for r in rows if r["has_comments"]), key=lambda r: r["comment_f1"])[:worst]
        click.echo("worst comment F1: " + " ".join(f"{r['stem']}={r['comment_f1']:.2f}" for r in bad))
        noisy = sorted((r for r in rows if not r["has_comments"]), key=lambda r: -r["comment_tokens"])[:worst]
        click.echo("noisiest no-comment pages: " + " ".join(f"{r['stem']}={r['comment_tokens']}" for r in noisy))
        art = sorted(rows, key=lambda r: r["article_f1"])[:worst]
        click.echo("worst article F1: " + " ".join(f"{r['stem']}={r['article_f1']:.2f}" for r in art))
    return result


if __name__ == "__main__":
    main(standalone_mode=True)
