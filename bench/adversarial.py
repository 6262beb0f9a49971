"""Worst cases (not a test): the longest comment the service takes (scorer.MAX_TEXT_CHARS characters), made of
one piece repeated: a sign, a letter, an emoji, a masked or spaced swear word. A pattern that backtracks or
a pass over every pair of matches shows here as seconds for one comment, time a worker cannot serve others.

    python bench/adversarial.py [--over 0.25]

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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--over", type=float, default=0.25, help="report pieces slower than this many seconds")
    args = ap.parse_args()
    from moderator.scorer import MAX_TEXT_CHARS, Moderator

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
