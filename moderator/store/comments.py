"""Comments with their model results, the review queue, moderators' decisions and their history."""

import base64
import binascii
import hashlib
import json
import math
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session, joinedload

from moderator.labels import LABELS
from moderator.phrases import PHRASE_REASONS, PHRASE_SEVERITY
from moderator.store.models import (
    ACTIONS,
    QUEUE_STATUSES,
    STATUS_FOR_DECISION,
    STATUS_PENDING,
    Article,
    Comment,
    Event,
    Publisher,
    score_column,
    utcnow,
)


class DecisionConflict(Exception):
    """A person already decided this comment and the caller may not overturn it."""


class BadCursor(ValueError):
    pass


@dataclass
class Submission:
    """One validated comment of a request, with the article it belongs to."""

    id: str | None
    text: str
    author: str | None = None
    parent: str | None = None
    article_id: str | None = None
    article_text: str | None = None
    article_title: str | None = None
    article_url: str | None = None
    context: str | None = None  # the stored article's text, used for scoring only


def new_comment_id() -> str:
    return "m-" + uuid.uuid4().hex[:20]


def severity(scores: dict, reasons: list[str] = ()) -> float:
    """The queue's order: the highest label score, or PHRASE_SEVERITY where a phrase (a threat, an
    attack on a group) gave a reason and the scores run lower."""
    highest = max((float(scores.get(label, 0.0)) for label in LABELS), default=0.0)
    return max(highest, PHRASE_SEVERITY) if PHRASE_REASONS.intersection(reasons) else highest


ARTICLE_KEY_CHARS = 300  # Article.key's column


def _digest(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def article_key_of(key: str) -> str:
    """An article's id or URL as stored: as given where it fits the column, else a digest of all of it
    (URLs were cut to 300 characters, so two long ones that shared their start were one article)."""
    return key if len(key) <= ARTICLE_KEY_CHARS else _digest(key)


def _article_key(sub: Submission) -> str | None:
    if sub.article_id:
        return article_key_of(sub.article_id)
    if sub.article_url:
        return article_key_of(sub.article_url)
    if sub.article_text:
        return _digest(sub.article_text)
    return None


def _title_from_text(text: str | None) -> str | None:
    """Without a title, the article's first non-empty line stands in for it."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def find_article(session: Session, publisher_id: int, key: str) -> Article | None:
    return session.scalar(select(Article).where(Article.publisher_id == publisher_id, Article.key == key))


def result_columns(result: dict, policy_name: str | None, policy_digest: str | None) -> dict:
    """A comment's columns that hold the model's result."""
    scores = {label: float(result["scores"].get(label, 0.0)) for label in result["scores"]}
    columns = {
        "decision": result["decision"],
        "scores": scores,
        "reasons": list(result.get("reasons") or []),
        "spans": list(result.get("spans") or []),
        "model_version": str(result.get("model_version") or ""),
        "policy_name": policy_name,
        "policy_digest": policy_digest,
        "severity": severity(scores, result.get("reasons") or []),
    }
    columns.update({score_column(label): float(scores.get(label, 0.0)) for label in LABELS})
    return columns


def apply_result(comment: Comment, result: dict, policy_name: str | None, policy_digest: str | None) -> None:
    for name, value in result_columns(result, policy_name, policy_digest).items():
        setattr(comment, name, value)


def event_columns(columns: dict, actor: str, action: str, status_before: str | None, note: str | None = None) -> dict:
    """A history event's columns, from the comment's columns after the change."""
    return {
        "actor": actor,
        "action": action,
        "status_before": status_before,
        "status_after": columns["status"],
        "note": note,
        "text": columns["text"],
        "model_decision": columns["decision"],
        "scores": columns["scores"],
        "reasons": columns["reasons"],
        "model_version": columns["model_version"],
        "policy_name": columns["policy_name"],
        "policy_digest": columns["policy_digest"],
    }


_EVENT_SOURCE = ("status", "text", "decision", "scores", "reasons", "model_version", "policy_name", "policy_digest")


def history_event(comment: Comment, actor: str, action: str, status_before: str | None, note: str | None = None) -> Event:
    columns = {name: getattr(comment, name) for name in _EVENT_SOURCE}
    return Event(comment=comment, **event_columns(columns, actor, action, status_before, note))


@dataclass
class PreparedComment:
    """A scored comment's row, built before the write transaction (prepare_results) so that the
    transaction, which holds the database's one writer lock, only runs a few statements."""

    external_id: str
    article_key: str | None
    submission: Submission
    columns: dict  # text, author, parent and the result's columns


def prepare_results(submissions: list[Submission], results: list[dict], policy_name: str | None,
                    policy_digest: str | None) -> list[PreparedComment | None]:
    """None for a comment whose result is an error (it is not stored)."""
    prepared: list[PreparedComment | None] = []
    for sub, result in zip(submissions, results, strict=True):
        if "error" in result:
            prepared.append(None)
            continue
        columns = {"text": sub.text, "author": sub.author, "parent": sub.parent,
                   **result_columns(result, policy_name, policy_digest)}
        external_id = sub.id or result.get("id") or new_comment_id()
        prepared.append(PreparedComment(external_id, _article_key(sub), sub, columns))
    return prepared


@dataclass
class CommentWrite:
    """One request's comments to store (and the request to count against its key's rate limit, as
    (key id, limit, period)), as a work for Store.write_together: the writes of all requests that
    share a transaction go in with one statement per table."""

    publisher_id: int
    prepared: list[PreparedComment | None]
    rate_count: tuple[int, int, int] | None = None

    def __call__(self, session: Session) -> list[str | None]:
        return self.run_many(session, [self])[0]

    @classmethod
    def run_many(cls, session: Session, writes: list["CommentWrite"]) -> list[list[str | None]]:
        from moderator.store import ratelimit

        requests = Counter(w.rate_count for w in writes if w.rate_count is not None)
        for (key_id, limit, period), n in requests.items():
            ratelimit.hit(session.connection(), key_id, limit, period, requests=n)
        by_publisher: dict[int, list[CommentWrite]] = {}
        for write in writes:
            by_publisher.setdefault(write.publisher_id, []).append(write)
        out: dict[int, list[str | None]] = {}
        for publisher_id, group in by_publisher.items():
            ids = save_prepared(session, publisher_id, [p for w in group for p in w.prepared])
            for write in group:
                out[id(write)], ids = ids[: len(write.prepared)], ids[len(write.prepared) :]
        return [out[id(w)] for w in writes]


def save_results(session: Session, publisher_id: int, submissions: list[Submission], results: list[dict],
                 policy_name: str | None, policy_digest: str | None) -> list[str | None]:
    """Store each scored comment (insert, or update one the publisher sent before under the same id)
    and its history event; returns each comment's id (None where its result is an error)."""
    return save_prepared(session, publisher_id, prepare_results(submissions, results, policy_name, policy_digest))


def save_prepared(session: Session, publisher_id: int, prepared: list[PreparedComment | None]) -> list[str | None]:
    """save_results' statements: a lookup of the articles and of the comments sent before, one
    multi-row insert and one executemany update of comments, one multi-row insert of events."""
    rows = [p for p in prepared if p is not None]
    if not rows:
        return [None] * len(prepared)
    articles = _save_articles(session, publisher_id, rows)
    # external id -> (id, text, status, reviewed_at): as stored, then as written by this call (a
    # comment sent twice in one call is compared with its first sending; id None: not inserted yet)
    current: dict[str, tuple] = {}
    wanted = sorted({p.external_id for p in rows})
    for start in range(0, len(wanted), 500):
        for row in session.execute(
            select(Comment.id, Comment.external_id, Comment.text, Comment.status, Comment.reviewed_at)
            .where(Comment.publisher_id == publisher_id, Comment.external_id.in_(wanted[start : start + 500]))
        ):
            current[row.external_id] = (row.id, row.text, row.status, row.reviewed_at)
    ids = {external_id: state[0] for external_id, state in current.items()}
    now = utcnow()
    inserts: dict[str, dict] = {}  # by external id: a comment sent twice in one call is inserted once
    updates: dict[int, dict] = {}
    events: list[tuple[str, dict]] = []  # (external id, event columns): ids of new rows come after the insert
    for p in rows:
        columns = {**p.columns, "updated_at": now}
        if articles.get(p.article_key) is not None:
            columns["article_id"] = articles[p.article_key]  # else the stored article stays
        if p.external_id in current:
            comment_id, text, status_before, reviewed = current[p.external_id]
            action, text_changed = "rescored", text != p.columns["text"]
        else:
            comment_id, action, status_before, text_changed, reviewed = None, "scored", None, True, None
        if text_changed or reviewed is None:
            # New or edited text is a new comment to the queue; a person's decision on the same
            # text stands when only the model's opinion changed.
            columns.update(status=STATUS_FOR_DECISION[columns["decision"]], reviewed_at=None, reviewed_by=None)
        else:
            columns["status"] = status_before
        if comment_id is None:
            first = inserts.get(p.external_id, {"publisher_id": publisher_id, "external_id": p.external_id,
                                                "article_id": None, "created_at": now})
            inserts[p.external_id] = {**first, **columns}
        else:
            updates[comment_id] = {**updates.get(comment_id, {"id": comment_id}), **columns}
        current[p.external_id] = (comment_id, columns["text"], columns["status"], columns.get("reviewed_at", reviewed))
        events.append((p.external_id, event_columns(columns, "model", action, status_before)))
    if inserts:
        # Core, as the events below: the ORM's bulk insert adds nothing here and costs a tenth of the
        # service's write time. RETURNING's row order is not guaranteed (SQLite): rows are matched by
        # their external id.
        table = Comment.__table__
        returned = session.connection().execute(insert(table).returning(table.c.id, table.c.external_id),
                                                list(inserts.values()))
        ids.update((external_id, comment_id) for comment_id, external_id in returned)
    for group in _by_shape(updates.values()):
        session.execute(update(Comment), group)
    session.connection().execute(insert(Event.__table__), [{**columns, "comment_id": ids[external_id], "at": now}
                                                           for external_id, columns in events])
    return [p.external_id if p is not None else None for p in prepared]


def _by_shape(rows) -> list[list[dict]]:
    """Rows grouped by their set of columns: one executemany per group."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _save_articles(session: Session, publisher_id: int, rows: list[PreparedComment]) -> dict[str, int]:
    """The article rows the comments belong to, made where missing; what a request says about an
    article (title, text, url) wins over what was stored before. Returns their ids by key."""
    keys = sorted({p.article_key for p in rows if p.article_key})
    if not keys:
        return {}
    found = {row.key: (row.id, row.title) for row in session.execute(
        select(Article.id, Article.key, Article.title).where(Article.publisher_id == publisher_id, Article.key.in_(keys)))}
    said: dict[str, dict] = {}
    for p in rows:
        sub = p.submission
        if p.article_key:
            values = said.setdefault(p.article_key, {})
            values.update({name: value for name, value in (("title", sub.article_title), ("text", sub.article_text),
                                                           ("url", sub.article_url)) if value})
    ids = {}
    for key in keys:
        values = said[key]
        stored_title = found[key][1] if key in found else None
        if "text" in values and not values.get("title") and not stored_title:
            values["title"] = _title_from_text(values["text"])
        if key in found:
            ids[key] = found[key][0]
            if values:
                session.execute(update(Article).where(Article.id == ids[key]).values(**values))
        else:
            ids[key] = session.execute(
                insert(Article).values(publisher_id=publisher_id, key=key, **values).returning(Article.id)).scalar_one()
    return ids


# Primary keys are signed 64-bit integers in every database we run on; a larger number from a URL or a
# form names no row, and SQLite's driver would raise OverflowError on it rather than find nothing.
MAX_KEY = 2**63 - 1


def get_comment(session: Session, publisher_id: int | None, external_id: str | None = None, pk: int | None = None) -> Comment | None:
    """A comment by the publisher's id (scoped to that publisher) or by our primary key."""
    if pk is not None and not -MAX_KEY <= pk <= MAX_KEY:
        return None
    query = select(Comment).options(joinedload(Comment.article), joinedload(Comment.publisher))
    if pk is not None:
        query = query.where(Comment.id == pk)
    else:
        query = query.where(Comment.external_id == external_id)
    if publisher_id is not None:
        query = query.where(Comment.publisher_id == publisher_id)
    return session.scalar(query)


def history(session: Session, comment: Comment) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.comment_id == comment.id).order_by(Event.id)))


def decide(session: Session, comment: Comment, action: str, actor: str, note: str | None, may_overturn: bool) -> Event:
    """Record a person's approve/remove. Changing another person's decision needs may_overturn
    (one's own can always be corrected)."""
    if action not in ACTIONS:
        raise ValueError(f"action {action!r}: expected approve or remove")
    overturn = comment.reviewed_at is not None and comment.reviewed_by != actor and comment.status != ACTIONS[action]
    if overturn and not may_overturn:
        raise DecisionConflict(f"already {comment.status} by {comment.reviewed_by}; only an admin can change it")
    before = comment.status
    comment.status = ACTIONS[action]
    comment.reviewed_at = utcnow()
    comment.reviewed_by = actor
    event = history_event(comment, actor, action, before, note)
    session.add(event)
    return event


# --- the queue -------------------------------------------------------------------------------


def _encode_cursor(sort: str, value: float, pk: int) -> str:
    raw = json.dumps([sort, value, pk], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[float, int]:
    try:
        if len(cursor) > 400:  # ours are under 100 characters; a long one may nest deeper than json recurses
            raise ValueError("too long")
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_sort, value, pk = json.loads(raw)
        value, pk = float(value), int(pk)
        if not (math.isfinite(value) and 0 < pk < 2**63):  # a row id SQLite (and PostgreSQL) can hold
            raise ValueError("out of range")
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, RecursionError, OverflowError):
        raise BadCursor("cursor: not a cursor this service handed out") from None
    if cursor_sort != sort:
        raise BadCursor("cursor: made for other filters (label) than these")
    return value, pk


def queue_page(
    session: Session,
    publisher_id: int | None,
    status: str = STATUS_PENDING,
    label: str | None = None,
    min_score: float | None = None,
    article_key: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> tuple[list[Comment], str | None]:
    """Queue items, most severe first (by `label`'s score when given, else `severity`),
    with a keyset cursor to the next page (None on the last)."""
    if status not in QUEUE_STATUSES:
        raise ValueError(f"status {status!r}: expected one of {', '.join(QUEUE_STATUSES)}")
    sort_name = score_column(label) if label else "severity"
    sort_col = getattr(Comment, sort_name)
    query = select(Comment).options(joinedload(Comment.article), joinedload(Comment.publisher)).where(Comment.status == status)
    if publisher_id is not None:
        query = query.where(Comment.publisher_id == publisher_id)
    if min_score is not None:
        query = query.where(sort_col >= min_score)
    if article_key:
        query = query.join(Article, Comment.article_id == Article.id).where(Article.key == article_key_of(article_key))
    if cursor:
        value, pk = _decode_cursor(cursor, sort_name)
        query = query.where(or_(sort_col < value, and_(sort_col == value, Comment.id < pk)))
    rows = list(session.scalars(query.order_by(sort_col.desc(), Comment.id.desc()).limit(limit + 1)))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = _encode_cursor(sort_name, getattr(last, sort_name), last.id)
    return rows, next_cursor


def queue_depth(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Comment).where(Comment.status == STATUS_PENDING))


def stats(session: Session, publisher_id: int | None) -> dict:
    """Counts for the publisher (or everyone): comments by model decision and by queue status,
    people's decisions, and how often they disagreed with the model."""
    scope = [Comment.publisher_id == publisher_id] if publisher_id is not None else []
    by_decision = dict(session.execute(select(Comment.decision, func.count()).where(*scope).group_by(Comment.decision)).all())
    by_status = dict(session.execute(select(Comment.status, func.count()).where(*scope).group_by(Comment.status)).all())
    event_scope = [Event.comment_id == Comment.id, *scope]
    reviews = dict(
        session.execute(
            select(Event.action, func.count()).where(Event.action.in_(tuple(ACTIONS)), *event_scope).group_by(Event.action)
        ).all()
    )
    overturned = session.scalar(
        select(func.count())
        .select_from(Event)
        .where(
            or_(
                and_(Event.action == "approve", Event.model_decision == "remove"),
                and_(Event.action == "remove", Event.model_decision == "keep"),
            ),
            *event_scope,
        )
    )
    oldest = session.scalar(select(func.min(Comment.created_at)).where(Comment.status == STATUS_PENDING, *scope))
    return {
        "comments": sum(by_decision.values()),
        "decisions": {name: by_decision.get(name, 0) for name in ("keep", "flag", "remove")},
        "status": {name: by_status.get(name, 0) for name in ("kept", *QUEUE_STATUSES)},
        "reviews": {name: reviews.get(name, 0) for name in ACTIONS},
        "overturned": overturned or 0,
        "oldest_pending_at": oldest.isoformat() if oldest else None,
    }


def publishers(session: Session) -> list[Publisher]:
    return list(session.scalars(select(Publisher).order_by(Publisher.name)))
