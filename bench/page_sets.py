"""Measure page segmentation on the page sets in bench/page_sets (not a test): comment token F1, no-comment pages
clean, article token F1, the measures of `python -m moderator.segment.evaluate`, per set.

    python bench/page_sets.py [--trafilatura] [-v] [SET ...]

Comment F1 compares each page's comments (author, time and text) with the gold's, as one bag of words, mean over
the pages with gold comments; a page without gold comments is clean when fewer than 5 comment tokens come out;
article F1 compares the title and article text with the gold article, mean over all pages. --trafilatura measures
trafilatura's own split in the same run (it reads HTML only: on the text sets it finds nothing); -v lists every page."""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SETS = ROOT / "bench" / "page_sets"


def _bag(comments) -> str:
    """The gold's comments as `moderator.segment.evaluate` bags ours: author, time and text of each."""
    return "\n".join(" ".join(filter(None, [c.get("author"), c.get("time"), c.get("text")])) for c in comments)


def measure(name: str, with_trafilatura: bool = False, verbose: bool = False) -> dict:
    from moderator.segment.evaluate import _ours, _trafilatura, token_f1, tokens

    rows = []
    for gold_path in sorted((SETS / name).glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        page_path = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold_comments = _bag(gold["comments"])
        data = page_path.read_bytes()
        article, comments, bare = _ours(data, format=None)  # (text or HTML, as the page is)
        row = {"stem": stem, "has_comments": bool(gold["comments"]), "article": token_f1(article, gold["article"]),
               "comments": token_f1(comments, gold_comments), "clean": sum(tokens(bare).values()) < 5}
        if with_trafilatura:
            theirs_article, theirs_comments = _trafilatura(data)
            row.update(t_article=token_f1(theirs_article, gold["article"]), t_comments=token_f1(theirs_comments, gold_comments),
                       t_clean=sum(tokens(theirs_comments).values()) < 5)
        rows.append(row)
        if verbose:
            figure = f"comments {row['comments']:.3f}" if row["has_comments"] else f"clean {row['clean']}"
            print(f"  {stem}: {figure}, article {row['article']:.3f}")

    def mean(values):
        values = list(values)
        return sum(values) / len(values) if values else float("nan")

    with_comments = [r for r in rows if r["has_comments"]]
    without = [r for r in rows if not r["has_comments"]]
    result = {"set": name, "pages": len(rows), "comments": mean(r["comments"] for r in with_comments),
              "clean": mean(r["clean"] for r in without), "article": mean(r["article"] for r in rows)}
    if with_trafilatura:
        result.update(t_comments=mean(r["t_comments"] for r in with_comments), t_clean=mean(r["t_clean"] for r in without),
                      t_article=mean(r["t_article"] for r in rows))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all)")
    parser.add_argument("--trafilatura", action="store_true", help="measure trafilatura's split beside ours")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every page")
    args = parser.parse_args()
    names = args.sets or sorted(p.name for p in SETS.iterdir() if p.is_dir())
    print("| set | pages | comment F1 | no-comment pages clean | article F1 |" + (" trafilatura |" if args.trafilatura else ""))
    print("|---|---|---|---|---|" + ("---|" if args.trafilatura else ""))
    for name in names:
        r = measure(name, args.trafilatura, args.verbose)
        line = f"| {name} | {r['pages']} | {r['comments']:.3f} | {r['clean']:.3f} | {r['article']:.3f} |"
        if args.trafilatura:
            line += f" {r['t_comments']:.3f} / {r['t_clean']:.3f} / {r['t_article']:.3f} |"
        print(line, flush=True)


if __name__ == "__main__":
    main()
