"""Comments with their model results, the review queue, moderators' decisions and their history."""

import base64
import binascii
import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from moderator.labels import LABELS
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


def severity(scores: dict) -> float:
    return max((float(scores.get(label, 0.0)) for label in LABELS), default=0.0)


def _article_key(sub: Submission) -> str | None:
    if sub.article_id:
        return sub.article_id
    if sub.article_url:
        return sub.article_url[:300]
    if sub.article_text:
        return "sha256:" + hashlib.sha256(sub.article_text.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return None


def _title_from_text(text: str | None) -> str | None:
    """Without a title, the article's first non-empty line stands in for it."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def find_article(session: Session, publisher_id: int, key: str) -> Article | None:
    return session.scalar(select(Article).where(Article.publisher_id == publisher_id, Article.key == key))


def _resolve_article(session: Session, publisher_id: int, sub: Submission) -> Article | None:
    key = _article_key(sub)
    if key is None:
        return None
    cache = _session_cache(session, "articles")
    article = cache.get((publisher_id, key))
    if article is None:
        article = find_article(session, publisher_id, key)
        if article is None:
            article = Article(publisher_id=publisher_id, key=key)
            session.add(article)
        cache[(publisher_id, key)] = article
    # What the request says about the article wins over what was stored before.
    if sub.article_title:
        article.title = sub.article_title
    if sub.article_text:
        article.text = sub.article_text
        if not article.title:
            article.title = _title_from_text(sub.article_text)
    if sub.article_url:
        article.url = sub.article_url
    return article


def _session_cache(session: Session, kind: str) -> dict:
    """Rows this transaction has found or added, by natural key. Lookups below run without
    autoflush (so that several requests sharing a transaction flush once, at commit); a row added
    earlier in the transaction but not yet flushed is found here instead."""
    return session.info.setdefault(f"moderator.{kind}", {})


def _stored_comments(session: Session, publisher_id: int, external_ids: set[str]) -> dict:
    cache = _session_cache(session, "comments")
    missing = [i for i in external_ids if (publisher_id, i) not in cache]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        for comment in session.scalars(
            select(Comment).where(Comment.publisher_id == publisher_id, Comment.external_id.in_(chunk))
        ):
            cache[(publisher_id, comment.external_id)] = comment
    return cache


def apply_result(comment: Comment, result: dict, policy_name: str | None, policy_digest: str | None) -> None:
    scores = {label: float(result["scores"].get(label, 0.0)) for label in result["scores"]}
    comment.decision = result["decision"]
    comment.scores = scores
    comment.reasons = list(result.get("reasons") or [])
    comment.spans = list(result.get("spans") or [])
    comment.model_version = str(result.get("model_version") or "")
    comment.policy_name = policy_name
    comment.policy_digest = policy_digest
    comment.severity = severity(scores)
    for label in LABELS:
        setattr(comment, score_column(label), float(scores.get(label, 0.0)))


def history_event(comment: Comment, actor: str, action: str, status_before: str | None, note: str | None = None) -> Event:
    return Event(
        comment=comment,
        actor=actor,
        action=action,
        status_before=status_before,
        status_after=comment.status,
        note=note,
        text=comment.text,
        model_decision=comment.decision,
        scores=comment.scores,
        reasons=comment.reasons,
        model_version=comment.model_version,
        policy_name=comment.policy_name,
        policy_digest=comment.policy_digest,
    )


def save_results(
    session: Session,
    publisher_id: int,
    submissions: list[Submission],
    results: list[dict],
    policy_name: str | None,
    policy_digest: str | None,
) -> list[Comment | None]:
    """Store each scored comment (insert, or update one the publisher sent before under the same id)
    and its history event; comments whose result is an error are not stored (None)."""
    stored: list[Comment | None] = []
    with session.no_autoflush:
        known = _stored_comments(session, publisher_id, {
            sub.id for sub, result in zip(submissions, results, strict=True) if sub.id is not None and "error" not in result
        })
        for sub, result in zip(submissions, results, strict=True):
            if "error" in result:
                stored.append(None)
                continue
            article = _resolve_article(session, publisher_id, sub)
            comment = known.get((publisher_id, sub.id)) if sub.id is not None else None
            now = utcnow()
            if comment is None:
                comment = Comment(publisher_id=publisher_id, external_id=sub.id or result.get("id") or new_comment_id())
                comment.created_at = now
                session.add(comment)
                known[(publisher_id, comment.external_id)] = comment
                action, status_before, text_changed = "scored", None, True
            else:
                action, status_before, text_changed = "rescored", comment.status, comment.text != sub.text
            comment.text = sub.text
            comment.author = sub.author
            comment.parent = sub.parent
            if article is not None:
                comment.article = article
            comment.updated_at = now
            apply_result(comment, result, policy_name, policy_digest)
            if text_changed or comment.reviewed_at is None:
                # New or edited text is a new comment to the queue; a person's decision on the same
                # text stands when only the model's opinion changed.
                comment.status = STATUS_FOR_DECISION[comment.decision]
                comment.reviewed_at = None
                comment.reviewed_by = None
            session.add(history_event(comment, "model", action, status_before))
            stored.append(comment)
    return stored


def get_comment(session: Session, publisher_id: int | None, external_id: str | None = None, pk: int | None = None) -> Comment | None:
    """A comment by the publisher's id (scoped to that publisher) or by our primary key."""
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
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_sort, value, pk = json.loads(raw)
        value, pk = float(value), int(pk)
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
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
    """Queue items, most severe first (by `label`'s score when given, else the highest score),
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
        query = query.join(Article, Comment.article_id == Article.id).where(Article.key == article_key)
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
