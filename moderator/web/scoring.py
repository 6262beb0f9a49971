"""The models of one worker process, and a scoring thread that batches concurrent requests.

Each request thread hands its comments to the scoring thread and waits. The scoring thread takes
everything queued at that moment and scores it in one Moderator.moderate call: under load, 16
one-comment requests cost little more than one request of 16 comments, because the members'
per-call overhead (vectorizers, calibration, the cascade) is paid once per batch."""

import gc
import logging
import queue
import threading
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class _Job:
    comments: list[dict]
    policy: object
    done: threading.Event = field(default_factory=threading.Event)
    results: list[dict] | None = None
    error: BaseException | None = None


class BatchingScorer:
    def __init__(self, moderator, max_batch: int = 64):
        self.moderator = moderator
        self.model_version = moderator.model_version
        self.default_policy = moderator.policy
        self.max_batch = max_batch
        self._jobs: "queue.SimpleQueue[_Job]" = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="moderator-scoring", daemon=True)
        self._thread.start()

    def moderate(self, comments: list[dict], policy=None) -> list[dict]:
        job = _Job(comments, policy or self.default_policy)
        self._jobs.put(job)
        job.done.wait()
        if job.error is not None:
            raise job.error
        return job.results

    def _take_batch(self) -> list[_Job]:
        jobs = [self._jobs.get()]
        size = len(jobs[0].comments)
        while size < self.max_batch:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            jobs.append(job)
            size += len(job.comments)
        return jobs

    def _run(self) -> None:
        while True:
            jobs = self._take_batch()
            by_policy: dict[str, list[_Job]] = {}
            for job in jobs:
                by_policy.setdefault(job.policy.digest, []).append(job)
            for group in by_policy.values():
                self._score(group)

    def _score(self, jobs: list[_Job]) -> None:
        comments = [comment for job in jobs for comment in job.comments]
        try:
            results = self.moderator.moderate(comments, policy=jobs[0].policy)
        except BaseException as exc:  # handed to the waiting request, which answers 500
            log.exception("scoring failed")
            for job in jobs:
                job.error = exc
                job.done.set()
            return
        start = 0
        for job in jobs:
            job.results = results[start : start + len(job.comments)]
            start += len(job.comments)
            job.done.set()


_scorer: BatchingScorer | None = None
_scorer_lock = threading.Lock()


def get_scorer(models_path: str | None = None) -> BatchingScorer:
    """This process's scorer, loading the models on first use."""
    global _scorer
    with _scorer_lock:
        if _scorer is None:
            from moderator.scorer import Moderator

            _scorer = BatchingScorer(Moderator.load(models_path).warm_up())
            # The models are ~0.5 million Python objects that live as long as the process: a full
            # garbage collection walked them all (~0.2 s, a stall of every request in flight).
            # Frozen, collections only walk what requests create.
            gc.freeze()
        return _scorer


def loaded_scorer() -> BatchingScorer | None:
    """This process's scorer if the models are loaded, without loading them."""
    return _scorer
