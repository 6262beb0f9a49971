"""Re-scoring the service's own database (`moderator rescore --db URL`): stored comments are read in
pages, scored on the same engines as files, and their stored results updated in place under the new
model version and policy, each with a "rescored" event in the comment's history.

Exactly once, resumable: each page's updates and events commit in one transaction, and a run selects
only comments not yet at this model version and policy digest, so a restarted run continues where a
killed one stopped and no comment gets two "rescored" events for the same models and policy.
A person's decision stands: a reviewed comment keeps its status; the model's decision and scores
still change (the queue then shows where model and person disagree).
A comment the service changes while the job runs (its `updated_at` moved) is left as the service
wrote it: the service scored it with the current models already."""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy import func, or_, select

from moderator.rescore.job import DEFAULT_CHUNK_SIZE
from moderator.rescore.sources import Chunk, Fields
from moderator.rescore.summary import Summary

log = logging.getLogger(__name__)
SOURCE_NAME = "db:comments"


class DatabaseSourceError(ValueError):
    pass


def parse_since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise DatabaseSourceError(f"--since {value!r}: expected an ISO 8601 date or time, e.g. 2026-01-31") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def check_selection(since: str | None, statuses) -> datetime | None:
    """Validate --since/--status (before any worker starts); returns --since as a time."""
    from moderator.store.models import QUEUE_STATUSES, STATUS_KEPT

    known = (STATUS_KEPT, *QUEUE_STATUSES)
    for status in statuses:
        if status not in known:
            raise DatabaseSourceError(f"--status {status!r}: expected one of {', '.join(known)}")
    return parse_since(since)


def _filters(since, statuses, model_version, policy_digest, everything: bool):
    from moderator.store.models import Comment

    where = []
    if since is not None:
        where.append(Comment.created_at >= since)
    if statuses:
        where.append(Comment.status.in_(list(statuses)))
    if not everything:
        # what makes the job resumable: comments already re-scored by this job are not selected again
        where.append(or_(Comment.model_version != model_version, Comment.policy_digest.is_(None),
                         Comment.policy_digest != policy_digest))
    return where


def _pages(store, where, chunk_size: int, seen_updated: dict) -> Iterator[Chunk]:
    """Comments in primary-key order, a page at a time (keyset pagination: constant memory, and each
    comment once per run even while the service inserts new ones)."""
    from moderator.store.models import Article, Comment

    last = 0
    while True:
        with store.read() as session:
            rows = session.execute(
                select(Comment.id, Comment.external_id, Comment.text, Comment.decision, Comment.updated_at, Article.text)
                .outerjoin(Article, Comment.article_id == Article.id)
                .where(Comment.id > last, *where)
                .order_by(Comment.id)
                .limit(chunk_size)
            ).all()
        if not rows:
            return
        last = rows[-1][0]
        cid = f"db-{rows[0][0]:012d}"
        seen_updated[cid] = {pk: updated for pk, _e, _t, _d, updated, _a in rows}
        yield Chunk(cid, SOURCE_NAME, "db", "row",
                    items=[(pk, {"id": ext, "text": text, "decision": decision, "article": article})
                           for pk, ext, text, decision, _u, article in rows])


def _save(store, result, updated_before: dict, policy) -> int:
    """Write one chunk's results into the comments they came from; returns how many were updated."""
    from moderator.store.comments import apply_result, history_event
    from moderator.store.models import STATUS_FOR_DECISION, Comment, utcnow

    by_pk = {int(row["source"].rsplit(":", 1)[1]): row for row in result.rows}
    if not by_pk:
        return 0
    written = 0
    with store.write() as session:
        comments = session.scalars(select(Comment).where(Comment.id.in_(list(by_pk)))).all()
        events = []
        for comment in comments:
            if comment.updated_at != updated_before.get(comment.id):
                continue  # changed by the service since it was read: its stored result is newer
            before = comment.status
            apply_result(comment, by_pk[comment.id], policy.name, policy.digest)
            if comment.reviewed_at is None:
                comment.status = STATUS_FOR_DECISION[comment.decision]
            comment.updated_at = utcnow()
            events.append(history_event(comment, "model", "rescored", before))
            written += 1
        session.add_all(events)
    return written


def rescore_database(url: str, policy, engine, since: str | None = None, statuses=(), chunk_size: int = DEFAULT_CHUNK_SIZE,
                     full: bool | None = None, everything: bool = False, quiet: bool = False) -> dict:
    """Re-score the stored comments selected by since/statuses on a started engine; returns the summary."""
    from tqdm import tqdm

    from moderator.store import Store, current_revision, describe
    from moderator.store.models import Comment

    since_at = check_selection(since, statuses)
    store = Store(url)
    try:
        if current_revision(store.engine) is None:
            raise DatabaseSourceError(f"{describe(store.url)} has no moderator tables: run `moderator db upgrade` first")
        info = engine.info()
        version = info["model_version"]
        where = _filters(since_at, statuses, version, policy.digest, everything)
        with store.read() as session:
            total = session.scalar(select(func.count()).select_from(Comment).where(*where))
        summary, updated, seen_updated = Summary(), 0, {}
        started = time.perf_counter()
        bar = tqdm(total=total, unit=" comments", disable=quiet, file=sys.stderr, mininterval=0.5)
        try:
            for result in engine.map(_pages(store, where, chunk_size, seen_updated), Fields(), policy, full):
                updated += _save(store, result, seen_updated.pop(result.id), policy)
                for reject in result.rejects:
                    log.warning("comment %s not re-scored: %s", reject.get("row"), reject["reason"])
                summary.add(result.stats)
                bar.update(result.stats["rows_in"])
        finally:
            bar.close()
        elapsed = time.perf_counter() - started
        return {
            **summary.to_dict(),
            "updated": updated,
            "database": describe(store.url),
            "model_version": version,
            "policy": {"name": policy.name, "digest": policy.digest},
            "engine": getattr(engine, "name", type(engine).__name__),
        "workers": info.get("workers"),
            "this_run": {"comments": summary.rows_in, "seconds": round(elapsed, 2),
                         "comments_per_second": round(summary.rows_in / elapsed, 1) if elapsed > 0 else None},
        }
    finally:
        store.dispose()
