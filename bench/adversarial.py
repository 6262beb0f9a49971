"""Worst cases (not a test): the longest comment the service takes (scorer.MAX_TEXT_CHARS characters), made of
one piece repeated: a sign, a letter, an emoji, a masked or spaced swear word. A pattern that backtracks or
a pass over every pair of matches shows here as seconds for one comment, time a worker cannot serve others.
With --pages, the same lines (and pieces of bylines and action rows) are each one line of a plain-text page
under a short story, through the page segmenter (`moderator page --no-score`) instead of the scorer.

    python bench/adversarial.py [--over 0.25] [--pages]

Prints every piece whose comment took longer than --over seconds and the slowest overall. Figures go into
models/CARD.md ("Speed") by hand, with this command.
"""

import argparse
import os
import string
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIGNS = list(string.punctuation) + list("aZ0 \t") + ["é", "🖕", "\u200b", "ʞ", "١", "ı", "\U0001F1EB", "’", "“"]
PIECES = (SIGNS + [c + " " for c in SIGNS] + [c + "a" for c in SIGNS] + ["a" + c for c in SIGNS]
          + ["you ", "kill ", "I will kill you ", "f u c k ", "f*ck ", "s**", "s.t.u.p.i.d.", "1", "l0", "@a", "i ",
             "I hope ", "should ", "the mayor is a ", "Jews are ", "go back to ", "5551234567 ", "a@b.",
             "youareanidiot"])
# bylines' and action rows' pieces, which the page segmenter's line patterns read
PAGE_PIECES = ["| parent ", "Reply · ", "| reply ", "Like · Reply · 3h ", "3 hours ago ", "Posted by x ", "[–] ", "· ", "by Bob on ",
               "Sir – ", "x said: ", "Re: ", "@a ", "— ", "permalink", "1 points"]
STORY = ("Library keeps Saturday hours\n" + "The county library board voted on Tuesday to keep all four branches open on "
         "Saturdays, the chair said, reversing a decision made in March.\n" * 5)


def segment_pages(over: float) -> list[tuple[float, str]]:
    """Each piece repeated into one line of MAX_TEXT_CHARS characters, under a short story, segmented as text."""
    from moderator.scorer import MAX_TEXT_CHARS
    from moderator.segment import segment

    timings = []
    for piece in PIECES + PAGE_PIECES:
        line = (piece * (MAX_TEXT_CHARS // len(piece) + 1))[:MAX_TEXT_CHARS]
        started = time.perf_counter()
        segment((STORY + line + "\n").encode("utf-8"), format="text")
        timings.append((time.perf_counter() - started, piece))
        if timings[-1][0] > over:
            print(f"{piece!r:>20}: {timings[-1][0]:.2f} s", flush=True)
    return timings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--over", type=float, default=0.25, help="report pieces slower than this many seconds")
    ap.add_argument("--pages", action="store_true", help="time the page segmenter on such lines instead of the scorer")
    args = ap.parse_args()
    from moderator.scorer import MAX_TEXT_CHARS, Moderator

    if args.pages:
        timings = segment_pages(args.over)
        worst, piece = max(timings)
        print(f"{len(timings)} pages, each with one line of {MAX_TEXT_CHARS:,} characters; slowest {worst:.2f} s ({piece!r}), "
              f"median {sorted(t for t, _ in timings)[len(timings) // 2] * 1000:.0f} ms")
        return

    mod = Moderator.load()
    mod.warm_up()
    mod.moderate([{"text": "warm up, you idiot"}] * 3)
    timings = []
    for piece in PIECES:
        text = (piece * (MAX_TEXT_CHARS // len(piece) + 1))[:MAX_TEXT_CHARS]
        if not text.strip():
            continue
        started = time.perf_counter()
        mod.moderate([{"text": text}])
        timings.append((time.perf_counter() - started, piece))
        if timings[-1][0] > args.over:
            print(f"{piece!r:>20}: {timings[-1][0]:.2f} s", flush=True)
    worst, piece = max(timings)
    print(f"{len(timings)} comments of {MAX_TEXT_CHARS:,} characters; slowest {worst:.2f} s ({piece!r}), "
          f"median {sorted(t for t, _ in timings)[len(timings) // 2] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
