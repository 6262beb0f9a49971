"""The single-machine engine: a pool of worker processes, one per core, each loading the models once.

Chunks go to the pool as they are read, never more than two per worker at a time, so memory holds
a few chunks whatever the archive's size. Results come back in completion order; the coordinator
commits each as it arrives. Workers are started with "spawn" (a fresh interpreter) rather than fork:
forking a process whose numpy/torch/pyarrow thread pools are running can deadlock the child."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterable, Iterator

from moderator.rescore.sources import Chunk
from moderator.rescore.worker import ChunkResult, limit_threads, moderator, score_chunk, worker_info

IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when the coordinator dies (a kill -9 of it must not leave the
    pool running on, orphaned)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass


def _init_worker() -> None:
    _die_with_parent()
    # Ctrl-C is the coordinator's to handle (it stops feeding chunks and says how to resume); a
    # worker dying of it mid-chunk would only turn that into a broken-pool error.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads()
    try:
        moderator()  # load now, while the coordinator reads; a failure is reported by the first task
    except Exception:
        pass


class LocalEngine:
    name = "local"

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or default_workers())
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "LocalEngine":
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_init_worker)
        else:
            limit_threads()  # one worker: score in this process, no pool to feed
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=exc[0] is None, cancel_futures=True)

    def info(self) -> dict:
        if self.pool is None:
            return {**worker_info(), "workers": 1}
        # One call per worker, all at once: the pool starts a process for each call it cannot hand to
        # an idle one, so every worker starts now and loads the models in parallel with the others
        # (instead of one by one as chunks arrive).
        infos = [f.result() for f in [self.pool.submit(worker_info) for _ in range(self.workers)]]
        return {**infos[0], "workers": self.workers}

    def map(self, chunks: Iterable[Chunk], *args) -> Iterator[ChunkResult]:
        if self.pool is None:
            for chunk in chunks:
                yield score_chunk(chunk, *args)
            return
        pending = set()
        for chunk in chunks:
            pending.add(self.pool.submit(score_chunk, chunk, *args))
            while len(pending) >= IN_FLIGHT_PER_WORKER * self.workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
