"""The distributed engine: the same chunks scored on a Dask cluster (`--engine dask`).

Each task is one chunk of one file (task key `rescore-<file>-<chunk>-<run>`), so the job is
partitioned by file and by chunk and spreads over every worker thread of the cluster. This process
stays the coordinator: it reads SOURCE, sends each chunk with its task, and commits every result to
DEST's checkpoint as it comes back (Parquet or JSONL, exactly once, resumable: see sinks.py). So the
workers need the `moderator` package and its models, but no access to SOURCE or DEST.

Without --scheduler a `distributed.LocalCluster` starts here: one worker process per core, one
thread each (scoring holds the GIL; threads would not run in parallel)."""

from __future__ import annotations

import logging
import uuid
from typing import Iterable, Iterator

from moderator.rescore.sources import Chunk
from moderator.rescore.worker import ChunkResult, score_chunk, worker_info

IN_FLIGHT_PER_THREAD = 2


class EngineError(RuntimeError):
    pass


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        self.scheduler = scheduler
        self.workers = workers
        self.cluster = None
        self.client = None
        self.run_token = uuid.uuid4().hex[:8]

    def __enter__(self) -> "DaskEngine":
        from distributed import Client, LocalCluster

        from moderator.rescore.local import default_workers

        if not logging.getLogger().isEnabledFor(logging.INFO):  # distributed logs INFO lines unless told
            logging.getLogger("distributed").setLevel(logging.ERROR)
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="30s")
            except OSError as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
            self.client.wait_for_workers(1, timeout=120)
        else:
            self.cluster = LocalCluster(n_workers=self.workers or default_workers(), threads_per_worker=1,
                                        processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def slots(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def info(self) -> dict:
        """Load the models on every worker now, and check they all have the same ones."""
        answers = self.client.run(worker_info)
        versions = {a["model_version"] for a in answers.values()}
        if len(versions) != 1:
            detail = ", ".join(f"{w}: {a['model_version']}" for w, a in sorted(answers.items()))
            raise EngineError(f"the workers have different models ({detail}): install the same ones everywhere")
        return {"model_version": versions.pop(), "workers": len(answers)}

    def map(self, chunks: Iterable[Chunk], *args) -> Iterator[ChunkResult]:
        from distributed import as_completed

        running = as_completed()
        window = IN_FLIGHT_PER_THREAD * self.slots()
        for chunk in chunks:
            # No retries: a worker lost mid-task has its chunk rescheduled by the scheduler anyway,
            # and an exception from scoring would only fail again.
            running.add(self.client.submit(score_chunk, chunk, *args, key=f"rescore-{chunk.id}-{self.run_token}",
                                           pure=False))
            while running.count() >= window:
                yield next(running).result()
        for future in running:
            yield future.result()
