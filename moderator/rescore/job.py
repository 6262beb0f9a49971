"""One re-scoring job from start to finish: read SOURCE in chunks, score them on an engine, commit
each result to DEST's checkpoint, then assemble DEST, the rejects and the summary.

The coordinator (this process) only reads, writes and counts; the engine's workers parse and score.
Rerunning the same job after a kill resumes it: chunks already committed are skipped."""

from __future__ import annotations

import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Callable

from moderator.rescore.sinks import Checkpoint
from moderator.rescore.sources import Fields, estimate_rows, fingerprint, iter_chunks, resolve_sources
from moderator.rescore.summary import Summary

# Comments per unit of work and checkpoint. A worker's scratch memory grows with it: on the 1,000,000-
# comment benchmark, 1,000 peaked at 1.38 GiB PSS over all processes and 500 at 1.28 GiB, at the same
# speed (1,903 vs 1,895 comments/s while scoring over 200,000 comments; 2026-11-29).
DEFAULT_CHUNK_SIZE = 500


class ModelMismatch(RuntimeError):
    pass


@dataclass
class JobSettings:
    source: str
    dest: str
    policy: object  # a moderator.policy.Policy
    chunk_size: int = DEFAULT_CHUNK_SIZE
    fields: Fields = field(default_factory=Fields)
    full: bool | None = None  # cascade off: every comment through every member
    overwrite: bool = False
    quiet: bool = False


def make_engine(name: str, workers: int | None, scheduler: str | None):
    if name == "dask":
        from moderator.rescore.dask_engine import DaskEngine

        return DaskEngine(scheduler, workers)
    from moderator.rescore.local import LocalEngine

    return LocalEngine(workers)


def run_job(settings: JobSettings, engine, on_chunk: Callable[[str], None] | None = None) -> dict:
    """Run (or resume) the job on a started engine; returns the summary written beside DEST.
    Raises sinks.AlreadyDone when DEST is this job's finished output."""
    from tqdm import tqdm

    files = resolve_sources(settings.source)
    checkpoint = Checkpoint(settings.dest)
    info = engine.info()
    policy = settings.policy
    job = {
        "inputs": fingerprint(files),
        "fields": asdict(settings.fields),
        "chunk_size": settings.chunk_size,
        "policy": {"name": policy.name, "digest": policy.digest},
        "full": settings.full,
        "model_version": info["model_version"],
        "format": checkpoint.fmt,
    }
    done = checkpoint.open(job, overwrite=settings.overwrite)
    summary = Summary()
    for stats in done.values():
        summary.add(stats)
    chunk_ids = list(done)
    started, resumed_rows = time.perf_counter(), summary.rows_in

    bar = tqdm(total=max(estimate_rows(files), summary.rows_in), initial=summary.rows_in, unit=" comments",
               disable=settings.quiet, file=sys.stderr, mininterval=0.5, smoothing=0.1)
    todo = (c for c in iter_chunks(files, settings.chunk_size, settings.fields, skip=frozenset(done))
            if c.id not in done)
    try:
        for result in engine.map(todo, settings.fields, policy, settings.full):
            versions = {row["model_version"] for row in result.rows}
            if versions - {info["model_version"]}:
                raise ModelMismatch(f"chunk {result.id} was scored with models {sorted(versions)}, "
                                    f"the job with {info['model_version']}: install the same models on every worker")
            checkpoint.commit(result.id, result.rows, result.rejects, result.stats)
            chunk_ids.append(result.id)
            summary.add(result.stats)
            if summary.rows_in > bar.total:
                bar.total = summary.rows_in
            bar.update(result.stats["rows_in"])
            if on_chunk is not None:
                on_chunk(result.id)
        bar.total = bar.n  # the estimate counted blank lines too: end at 100 %
        bar.refresh()
    finally:
        bar.close()
    elapsed = time.perf_counter() - started
    this_run = summary.rows_in - resumed_rows
    report = {
        **summary.to_dict(),
        "dest": str(settings.dest),
        "rejects_file": str(checkpoint.rejects_path),
        "model_version": info["model_version"],
        "policy": job["policy"],
        "engine": getattr(engine, "name", type(engine).__name__),
        "workers": info.get("workers"),
        "this_run": {"comments": this_run, "resumed_from": resumed_rows, "seconds": round(elapsed, 2),
                     "comments_per_second": round(this_run / elapsed, 1) if elapsed > 0 else None},
        "job": job,
    }
    checkpoint.finalize(chunk_ids, report)
    return report
