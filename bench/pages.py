"""Benchmark page segmentation without scoring (not a test): pages per second on one core.

    python bench/pages.py [--pages 200] [--split test|training|all] [--repeat 1]

Pages are the Dragnet news and blog pages (data/eval/dragnet/HTML, typical 2012 news pages of
20-900 KB) when the datasets are present, else the seed page and built-in HTML. The process is pinned
to one CPU (os.sched_setaffinity) and BLAS/OpenMP threads are set to 1, so the figure is per core.
Goal: >= 20 pages/s. Figures go into README.md by hand, with this command.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_pages(n: int, split: str) -> tuple[list[bytes], str]:
    from moderator.segment.evaluate import default_dragnet_dir, read_stems

    dragnet = default_dragnet_dir()
    if dragnet is not None:
        stems = ([p.stem for p in sorted((dragnet / "HTML").glob("*.html"))] if split == "all"
                 else read_stems(dragnet, split))
        pages = [(dragnet / "HTML" / f"{stem}.html").read_bytes() for stem in stems[:n]]
        return pages, f"{len(pages)} Dragnet {split} pages from {dragnet}"
    seed = (ROOT / "seeds" / "000_fed4981eb2cd7fd5.txt").read_bytes()
    html = (b"<html><head><title>Story</title></head><body><article><h1>Story</h1>"
            + b"<p>The council met on Monday to discuss the budget for next year.</p>" * 60
            + b"</article><ol class='commentlist'>"
            + b"".join(b"<li class='comment'><cite class='fn'>reader</cite><p>I disagree with this plan.</p></li>"
                       for _ in range(40))
            + b"</ol></body></html>")
    return [seed, html] * (n // 2), "built-in pages (no datasets found)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--split", choices=["test", "training", "all"], default="test")
    ap.add_argument("--repeat", type=int, default=1, help="Timed passes over the pages (the median is reported).")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    import logging

    logging.disable(logging.WARNING)  # trafilatura logs every page it finds empty
    from moderator.segment import segment

    pages, what = load_pages(args.pages, args.split)
    segment(pages[0])  # imports and first-call set-up are not the steady state
    wall_rates, cpu_rates, comments = [], [], 0
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        comments = sum(len(segment(page).comments) for page in pages)
        wall_rates.append(len(pages) / (time.perf_counter() - started))
        cpu_rates.append(len(pages) / (time.process_time() - cpu_started))
    mean_kb = sum(len(p) for p in pages) / len(pages) / 1024
    print(f"{what}; mean size {mean_kb:.0f} KB; {comments} comments found")
    # Pages per CPU-second is the per-core rate even on a busy machine; wall-clock equals it on an idle one.
    print(f"segmentation (--no-score), one core: {statistics.median(cpu_rates):.1f} pages per CPU-second, "
          f"{statistics.median(wall_rates):.1f} pages/s wall clock (median of {args.repeat}; goal >= 20; "
          f"load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
