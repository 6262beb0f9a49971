"""The single-machine engine: a pool of worker processes, one per core, each loading the models once.

Chunks go to the pool as they are read, never more than two per worker at a time, so memory holds
a few chunks whatever the archive's size. Results come back in completion order; the coordinator
commits each as it arrives. Workers are forked by multiprocessing's fork server, which loads the
models once before forking (moderator.rescore.preload), so the workers share them copy-on-write. Not
forked from the coordinator itself: forking a process whose numpy/torch/pyarrow thread pools are
running can deadlock the child. Where there is no fork server (not POSIX) workers are spawned."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import select
import signal
import sys
import threading
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


def _die_with(coordinator_pid: int) -> None:
    """A worker ends the moment the coordinator dies (a kill -9 of it must not leave the pool running
    on, orphaned). Forked workers' parent is the fork server, not the coordinator, so a thread waits
    on a pidfd of the coordinator (Linux >= 5.3); a spawned worker's parent is the coordinator, and
    the kernel's parent-death signal covers it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (of the parent)
    except OSError:
        pass
    if os.getppid() == coordinator_pid:
        return
    try:
        coordinator = os.pidfd_open(coordinator_pid)
    except ProcessLookupError:
        os._exit(1)  # already gone
    except (OSError, AttributeError):
        return

    def wait_for_coordinator() -> None:
        select.select([coordinator], [], [])  # readable once the process has ended
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=wait_for_coordinator, name="coordinator-watch", daemon=True).start()


def _init_worker(coordinator_pid: int) -> None:
    _die_with(coordinator_pid)
    # Ctrl-C is the coordinator's to handle (it stops feeding chunks and says how to resume); a
    # worker dying of it mid-chunk would only turn that into a broken-pool error.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads()
    try:
        moderator()  # load now (unless the fork server did), while the coordinator reads; a failure
    except Exception:  # is reported by the first task
        pass


def _pool_context():
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["moderator.rescore.preload"])
    return context


class LocalEngine:
    name = "local"

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or default_workers())
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "LocalEngine":
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=_pool_context(), initializer=_init_worker,
                                            initargs=(os.getpid(),))
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
