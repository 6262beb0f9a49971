"""Benchmark `moderator rescore`: N comments (default 1,000,000) built by cycling through the eval
texts, re-scored with the shipped models and default policy. Prints comments/s and peak memory
(summed over the command and its worker processes). Not a test: it measures.

    python bench/rescore.py                 # 1,000,000 comments, one worker per core
    python bench/rescore.py --n 200000      # a shorter run
    python bench/rescore.py --engine dask   # the same on a Dask LocalCluster
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderator.datapaths import data_dir  # noqa: E402
from moderator.rescore.job import DEFAULT_CHUNK_SIZE  # noqa: E402

# (file under eval/, text column, csv options): the eval sets' comment texts, never their labels
EVAL_TEXTS = [
    ("hatexplain/test.csv", "text", {}),
    ("hatexplain/val.csv", "text", {}),
    ("c3/c3_eval.csv", "comment_text", {}),
    ("olid/testset-levela.tsv", "tweet", {"delimiter": "\t", "quoting": csv.QUOTE_NONE}),
    ("toxic_spans/tsd_test.csv", "text", {}),
    ("cad/cad_v1_1_test.tsv", "text", {"delimiter": "\t", "quoting": csv.QUOTE_NONE}),
]


def eval_texts(root: Path) -> list[str]:
    csv.field_size_limit(1 << 24)
    texts = []
    for name, column, options in EVAL_TEXTS:
        path = root / "eval" / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, **options):
                text = (row.get(column) or "").strip()
                if text:
                    texts.append(text)
    return texts


def build_archive(path: Path, n: int, texts: list[str]) -> None:
    decisions = itertools.cycle(("keep", "keep", "keep", "flag", "remove"))
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in zip(range(n), itertools.cycle(texts)):
            fh.write(json.dumps({"id": f"b{i}", "text": text, "decision": next(decisions)}) + "\n")


def peak_tree_memory(proc: subprocess.Popen, stop: threading.Event, out: dict) -> None:
    """Peaks of the summed RSS and PSS of the command and its workers, and the CPU time of every
    process of the tree (workers are forked by a fork server, so the command's own rusage misses
    them). RSS counts the pages of shared libraries (libtorch, numpy, ...) once per process; PSS splits
    each shared page among the processes using it, so summed PSS is the memory the job really takes
    from the machine. RSS is read every SAMPLE_SECONDS (cheap: /proc/PID/statm); PSS, the process
    tree and CPU times every PSS_EVERY samples: the kernel walks every page table of a process to
    count its PSS, and read ten times a second that took ~14 % of this machine's CPU away from the
    job being measured (sampling as here costs about 1 %)."""
    root = psutil.Process(proc.pid)
    cpu: dict[int, float] = {}
    out["cpu_by_pid"] = cpu
    largest, sample = 0, 0
    while not stop.is_set():
        rss = pss = 0
        with_pss = sample % PSS_EVERY == 0
        try:
            if with_pss:  # the tree is looked up as seldom: that walks all of /proc
                tree = [root, *root.children(recursive=True)]
            for p in tree:
                try:
                    info = p.memory_full_info() if with_pss else p.memory_info()
                    if with_pss:
                        times = p.cpu_times()
                        cpu[p.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                rss, largest = rss + info.rss, max(largest, info.rss)
                pss += info.pss if with_pss else 0
        except psutil.NoSuchProcess:
            return
        out["rss"], out["largest"] = max(out.get("rss", 0), rss), largest
        if with_pss:
            out["pss"] = max(out.get("pss", 0), pss)
        out["cpu"] = sum(cpu.values())
        sample += 1
        time.sleep(SAMPLE_SECONDS)


SAMPLE_SECONDS = 0.25
PSS_EVERY = 4  # samples: PSS once a second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="comments to re-score (default 1,000,000)")
    parser.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE)
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--format", choices=["parquet", "jsonl"], default="parquet", help="DEST format")
    parser.add_argument("--workdir", help="where to put the archive and output (default: a temporary folder)")
    args = parser.parse_args()

    root = data_dir()
    if root is None:
        print("needs the datasets (MODERATOR_DATA or ../shared/data)", file=sys.stderr)
        return 2
    texts = eval_texts(root)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        archive, dest = Path(tmp) / "archive.jsonl", Path(tmp) / f"out.{args.format}"
        started = time.perf_counter()
        build_archive(archive, args.n, texts)
        print(f"archive: {args.n:,} comments cycling {len(texts):,} eval texts, "
              f"{archive.stat().st_size / 1e6:,.0f} MB, built in {time.perf_counter() - started:.1f}s")

        command = [sys.executable, "-m", "moderator", "rescore", str(archive), "--out", str(dest), "--quiet",
                   "--chunk-size", str(args.chunk_size), "--engine", args.engine]
        if args.workers:
            command += ["--workers", str(args.workers)]
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        stop, memory = threading.Event(), {}
        sampler = threading.Thread(target=peak_tree_memory, args=(proc, stop, memory), daemon=True)
        sampler.start()
        own_cpu = time.process_time()
        out, err = proc.communicate()
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        own_cpu = time.process_time() - own_cpu
        if proc.returncode != 0:
            print(err, file=sys.stderr)
            return proc.returncode
        summary = json.loads(Path(f"{dest}.summary.json").read_text())
        # CPU as last sampled (up to 1 s short) or, if more, what the command's waited-for children used
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        largest = max(memory.get("largest", 0), usage.ru_maxrss * 1024)  # ru_maxrss is in KiB on Linux
        cpu = max(memory.get("cpu", 0.0), usage.ru_utime + usage.ru_stime)

    run = summary["this_run"]
    print(out.strip())
    print(f"engine {summary['engine']}, {summary['workers']} workers, {len(os.sched_getaffinity(0))} cores, "
          f"chunk size {args.chunk_size}, DEST {args.format}")
    print(f"throughput: {args.n / wall:,.0f} comments/s end to end ({wall:.1f}s including start-up and model "
          f"loading); {run['comments_per_second']:,.0f} comments/s while scoring")
    cores = len(os.sched_getaffinity(0))
    # On a shared machine the wall-clock rate says how busy the others were; CPU time does not.
    print(f"CPU: {cpu:,.0f}s over all processes = {args.n / cpu:,.0f} comments per CPU-second; on {cores} idle "
          f"cores that is about {cores * args.n / cpu:,.0f} comments/s (load average now "
          f"{os.getloadavg()[0]:.1f})")
    print(f"  this benchmark's own sampling used {own_cpu:.1f}s of CPU beside it")
    by_pid = memory.get("cpu_by_pid", {})
    if proc.pid in by_pid:
        print(f"  of which the coordinator (reads SOURCE, writes DEST) {by_pid[proc.pid]:,.0f}s, the rest the "
              f"workers and the fork server")
    print(f"peak memory: {memory.get('pss', 0) / 2**30:.2f} GiB PSS summed over all processes (sampled each second; "
          f"{memory.get('rss', 0) / 2**30:.2f} GiB RSS, sampled four times a second, counts shared libraries once per process; "
          f"largest single process {largest / 2**30:.2f} GiB RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
