"""What a worker process does with one chunk: parse it, score it, and hand back result rows, rejects
and the chunk's counts. The same function runs in a local process pool and on Dask workers; the
models load once per process and stay for every later chunk.

This module imports nothing heavy at import time: spawned workers import it first and must set
their thread limits before numpy or torch start their thread pools."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from moderator.rescore.sources import Chunk, Fields, parse_chunk

_LOAD_LOCK = threading.Lock()
_MODERATOR = None
_MALLOC_TRIM = None


@dataclass
class ChunkResult:
    id: str
    rows: list[dict]  # the GUIDE result per comment + previous_decision + source, in input order
    rejects: list[dict]
    stats: dict  # summary.chunk_stats(...)


def limit_threads() -> None:
    """One process per core: each must keep to one thread, or N processes x N threads thrash."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "TOKENIZERS_PARALLELISM"):
        os.environ.setdefault(var, "false" if var == "TOKENIZERS_PARALLELISM" else "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def moderator():
    """This process's Moderator, loaded on first use (thread-safe: a Dask worker may run threads)."""
    global _MODERATOR
    if _MODERATOR is None:
        with _LOAD_LOCK:
            if _MODERATOR is None:
                limit_threads()
                from moderator.scorer import Moderator

                _MODERATOR = Moderator.load()
                try:
                    import torch

                    torch.set_num_threads(1)
                except ImportError:
                    pass
    return _MODERATOR


def worker_info() -> dict:
    """Loads the models and says which: the job's fingerprint includes the model version."""
    return {"model_version": moderator().model_version, "pid": os.getpid()}


def score_chunk(chunk: Chunk, fields: Fields, policy, full: bool | None = None) -> ChunkResult:
    from moderator.rescore.summary import chunk_stats

    records, rejects = parse_chunk(chunk, fields)
    rows = []
    if records:
        results = _moderate(records, policy, full)
        for record, result in zip(records, results):
            if "error" in result:
                rejects.append({"file": chunk.file, chunk.unit: _location(record), "reason": result["error"],
                                "raw": record["text"][:200] if isinstance(record["text"], str) else None})
                continue
            row = dict(result)
            if record["previous_decision"] is not None:
                row["previous_decision"] = record["previous_decision"]
            row["source"] = record["source"]
            rows.append(row)
    # rejects in input order, whichever step found them
    rejects.sort(key=lambda r: r.get(chunk.unit) or 0)
    result = ChunkResult(chunk.id, rows, rejects, chunk_stats(len(rows) + len(rejects), rows, rejects))
    release_free_memory()
    return result


def release_free_memory() -> None:
    """Hand the chunk's freed scratch memory (features, activations) back to the system: glibc
    keeps it otherwise, and each worker's footprint would grow to its largest chunk's."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


def _moderate(records: list[dict], policy, full) -> list[dict]:
    mod = moderator()
    comments = [{"id": r["id"], "text": r["text"], "article": r["article"]} for r in records]
    try:
        return mod.moderate(comments, policy=policy, full=full)
    except Exception as batch_error:
        # One comment the scorer cannot handle must not cost the chunk (or the run): score one by
        # one and reject only the comments that fail.
        results, failed = [], 0
        for comment in comments:
            try:
                results.extend(mod.moderate([comment], policy=policy, full=full))
            except Exception as exc:
                failed += 1
                results.append({"id": comment["id"], "error": f"scorer failed: {type(exc).__name__}: {exc}"})
        if failed > 1 and all("error" in r for r in results):
            # Not a bad record but a broken scorer (models not matching the code, ...): rejecting the
            # whole archive would hide it. Stop; the chunks done so far stay committed.
            raise ScorerBroken(f"the scorer fails on every comment: {type(batch_error).__name__}: {batch_error}") \
                from batch_error
        return results


class ScorerBroken(RuntimeError):
    pass


def _location(record: dict) -> int:
    return int(record["source"].rsplit(":", 1)[1])
