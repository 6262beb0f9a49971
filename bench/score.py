"""Benchmark the default ensemble (not a test): batch throughput, single-comment latency, load time, size.

    python bench/score.py [--n 5000] [--full] [--no-transformer] [--policy thorough]

Texts are real reader comments from data/eval (c3 and toxic spans: news-site comments), or built-in
sentences when the datasets are absent. Figures go into README.md / models/CARD.md by hand, with this command.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def comment_texts(n: int) -> list[str]:
    import pandas as pd

    from moderator.datapaths import data_dir

    root = data_dir()
    texts: list[str] = []
    if root:
        texts += pd.read_csv(root / "eval" / "c3" / "c3_eval.csv")["comment_text"].dropna().tolist()
        texts += pd.read_csv(root / "eval" / "toxic_spans" / "tsd_test.csv")["text"].dropna().tolist()
    if not texts:
        texts = ["This is a perfectly reasonable comment about the article.", "You are an idiot.",
                 "I disagree with the minister's plan, it will cost taxpayers billions."]
    return [texts[i % len(texts)] for i in range(n)]


_worker_mod = None


def _init_worker(policy: str | None = None) -> None:
    global _worker_mod
    import torch

    torch.set_num_threads(1)  # one scoring process per core: no thread oversubscription
    from moderator.scorer import Moderator

    _worker_mod = Moderator.load(policy=policy)


def _score_batch(args) -> int:
    texts, full, use_transformer = args
    _worker_mod.moderate([{"text": t} for t in texts], full=full, use_transformer=use_transformer)
    return len(texts)


def parallel_rate(texts: list[str], processes: int, batch: int, full, no_transformer: bool,
                  policy: str | None = None) -> float:
    """Comments/s with one scoring process per core, as the batch re-scorer runs."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    use = not no_transformer
    with ctx.Pool(processes, initializer=_init_worker, initargs=(policy,)) as pool:
        pool.map(_score_batch, [(texts[:64], full, use)] * processes)  # load and warm every worker
        started = time.perf_counter()
        done = sum(pool.imap_unordered(_score_batch, [(texts[i:i + batch], full, use)
                                                      for i in range(0, len(texts), batch)]))
        return done / (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--singles", type=int, default=300)
    ap.add_argument("--full", action="store_true", help="no cascade: every member scores every comment")
    ap.add_argument("--no-transformer", action="store_true")
    ap.add_argument("--policy", default=None, help="a shipped policy by name (thorough) or a policy file")
    ap.add_argument("--processes", type=int, default=os.cpu_count(),
                    help="scoring processes for the parallel batch figure (default: one per core)")
    args = ap.parse_args()

    # load time in a fresh process, as a service worker would see it
    code = ("import time;t=time.perf_counter();from moderator.scorer import Moderator;"
            "Moderator.load();print(time.perf_counter()-t)")
    load_s = float(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT).decode().strip().splitlines()[-1])

    from moderator.datapaths import models_dir
    from moderator.scorer import Moderator

    mod = Moderator.load(policy=args.policy)
    full = True if args.full else None
    use = not args.no_transformer
    texts = comment_texts(args.n)
    mod.moderate([{"text": t} for t in texts[:64]], full=full, use_transformer=use)  # warm up
    started = time.perf_counter()
    for i in range(0, len(texts), args.batch):
        mod.moderate([{"text": t} for t in texts[i:i + args.batch]], full=full, use_transformer=use)
    batch_rate = len(texts) / (time.perf_counter() - started)
    par_rate = parallel_rate(texts, args.processes, args.batch, full, args.no_transformer, args.policy)
    singles = []
    for t in texts[: args.singles]:
        s = time.perf_counter()
        mod.moderate([{"text": t}], full=full, use_transformer=use)
        singles.append((time.perf_counter() - s) * 1000)
    size_mb = sum(f.stat().st_size for f in models_dir().rglob("*") if f.is_file()) / 1e6
    mode = "full" if args.full else ("no transformer" if args.no_transformer else "default (cascade)")
    if args.policy:
        mode += f", policy {args.policy}"
    mean_chars = statistics.mean(len(t) for t in texts)
    print(f"mode: {mode}; {len(texts)} comments, mean {mean_chars:.0f} chars; cores: {os.cpu_count()}")
    print(f"batch throughput: {par_rate:,.0f} comments/s with {args.processes} processes; "
          f"{batch_rate:,.0f} comments/s in one process (batches of {args.batch})")
    print(f"single comment: median {statistics.median(singles):.1f} ms, p95 "
          f"{sorted(singles)[int(len(singles) * 0.95) - 1]:.1f} ms")
    print(f"model load: {load_s:.2f} s; models/ size: {size_mb:.1f} MB")


if __name__ == "__main__":
    main()
