"""Publishers' API, version 1: moderate comments and pages, read and work the publisher's queue.

Every call carries `Authorization: Bearer <key>`; a publisher only ever sees its own comments (any
other id is a 404). Accepted comments are committed to the database before the answer is sent."""

import hashlib
import threading
import time
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request
from sqlalchemy.exc import IntegrityError
from werkzeug.routing import PathConverter

from moderator.store import ratelimit
from moderator.store.accounts import find_key, key_digest, parse_rate_limit
from moderator.store.comments import (
    BadCursor,
    CommentWrite,
    Submission,
    decide,
    find_article,
    get_comment,
    history,
    prepare_results,
    queue_page,
    stats,
)
from moderator.store.models import QUEUE_STATUSES
from moderator.labels import LABELS
from moderator.web import get_store, validate
from moderator.web.errors import ApiError, bad_field
from moderator.web.metrics import REVIEWS, count_results
from moderator.web.scoring import get_scorer

bp = Blueprint("api", __name__, url_prefix="/v1")


class CommentIdConverter(PathConverter):
    """A publisher's comment id in a URL path, percent-encoded: any characters, slashes included, a
    leading one too ("/2026/story#c4"). werkzeug's `path` refuses a leading slash, and its merging of
    doubled slashes would turn "/v1/comments/%2Fa" into the id "a" (the rules below say merge_slashes=False)."""

    regex = r"[\s\S]+?"  # "." would leave out a line break, and an id holding one could not be read back
    part_isolating = False  # werkzeug 3 would infer True from a regex without "/"


@bp.record_once
def _register_converter(state) -> None:
    state.app.url_map.converters["comment_id"] = CommentIdConverter

MAX_BULK = 500
COUNTED_IN_STORE = {"api.moderate", "api.pages"}


@dataclass(frozen=True)
class _Caller:
    key_id: int
    publisher_id: int
    rate_limit: str | None
    actor: str
    expires: float


# Verified keys, briefly: saves a database read per request. A revoked key stops working within
# KEY_CACHE_SECONDS (default 5).
_callers: dict[str, _Caller] = {}
_callers_lock = threading.Lock()


def _caller(token: str) -> _Caller | None:
    digest = key_digest(token)
    now = time.monotonic()
    with _callers_lock:
        cached = _callers.get(digest)
    if cached is not None and cached.expires > now:
        return cached
    with get_store().read() as session:
        key = find_key(session, token)
        if key is None:
            return None
        caller = _Caller(key.id, key.publisher_id, key.rate_limit, f"key:{key.publisher.name}/{key.prefix}",
                         now + current_app.config["KEY_CACHE_SECONDS"])
    with _callers_lock:
        if len(_callers) > 10_000:
            _callers.clear()
        _callers[digest] = caller
    return caller


CHALLENGE = {"WWW-Authenticate": 'Bearer realm="moderator"'}


@bp.before_request
def authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        raise ApiError(401, "missing API key: send the header 'Authorization: Bearer <key>'", headers=CHALLENGE)
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "malformed Authorization header: expected 'Bearer <key>'", headers=CHALLENGE)
    admit(token.strip(), counted_in_store=request.endpoint in COUNTED_IN_STORE)


def admit(token: str, counted_in_store: bool) -> None:
    """Let the key's publisher in (g.publisher_id ...) within its rate limit, or raise a 401 / 429.
    `counted_in_store`: the request is counted by the transaction that stores its comments (else now)."""
    caller = _caller(token)
    if caller is None:
        raise ApiError(401, "unknown or revoked API key", headers=CHALLENGE)
    g.key_id, g.publisher_id, g.actor = caller.key_id, caller.publisher_id, caller.actor
    limit = parse_rate_limit(caller.rate_limit or current_app.config["RATE_LIMIT"])
    g.rate_limit, g.rate_counted = limit, False
    if limit is not None:
        if counted_in_store:
            # Checked now, counted by the same transaction that stores the comments.
            with get_store().read_connection() as connection:
                retry_after = ratelimit.peek(connection, caller.key_id, *limit)
        else:
            with get_store().write_connection() as connection:
                retry_after = ratelimit.hit(connection, caller.key_id, *limit)
            g.rate_counted = True
        if retry_after is not None:
            g.rate_counted = True  # a refused request is not counted again
            raise ApiError(
                429,
                f"rate limit of {limit[0]} requests per {limit[1]} s exceeded for this key",
                headers={"Retry-After": str(max(1, round(retry_after)))},
            )


def _comment_json(comment, with_history: bool = False, session=None) -> dict:
    article = comment.article
    out = {
        "id": comment.external_id,
        "text": comment.text,
        "author": comment.author,
        "parent": comment.parent,
        "article": {"id": article.key, "title": article.title, "url": article.url} if article else None,
        "decision": comment.decision,
        "status": comment.status,
        "severity": comment.severity,
        "scores": comment.scores,
        "reasons": comment.reasons,
        "spans": comment.spans,
        "model_version": comment.model_version,
        "policy": {"name": comment.policy_name, "digest": comment.policy_digest},
        "created_at": comment.created_at.isoformat(),
        "updated_at": comment.updated_at.isoformat(),
        "reviewed_at": comment.reviewed_at.isoformat() if comment.reviewed_at else None,
        "reviewed_by": comment.reviewed_by,
    }
    if with_history:
        out["history"] = [
            {
                "at": event.at.isoformat(),
                "actor": event.actor,
                "action": event.action,
                "status_before": event.status_before,
                "status_after": event.status_after,
                "note": event.note,
                "model_decision": event.model_decision,
                "model_version": event.model_version,
                "policy_digest": event.policy_digest,
            }
            for event in history(session, comment)
        ]
    return out


def _fill_article_context(subs: list[Submission]) -> None:
    """A comment that names a stored article (article_id) but sends no text gets the stored text
    as context: publishers send the article once, not with every comment."""
    wanted = {s.article_id for s in subs if s.article_id and not s.article_text}
    if not wanted:
        return
    texts = {}
    with get_store().read() as session:
        for key in wanted:
            article = find_article(session, g.publisher_id, key)
            texts[key] = article.text if article else None
    for sub in subs:
        if sub.article_id in texts and not sub.article_text:
            sub.context = texts[sub.article_id]


def score_and_store(subs: list[Submission], policy) -> list[dict]:
    scorer = get_scorer(current_app.config["MODELS"])
    comments = [
        {"id": s.id, "text": s.text, "article": s.article_text or s.context} for s in subs
    ]
    results = scorer.moderate(comments, policy)
    policy = policy or scorer.default_policy
    # the rows are built here, outside the writer lock; the transaction only runs the statements
    write = CommentWrite(g.publisher_id, prepare_results(subs, results, policy.name, policy.digest),
                         _uncounted_request())
    store = get_store()
    for attempt in (1, 2):
        try:
            # shared with other requests' writes: one commit for all the comments arriving together
            external_ids = store.write_together(write)
            break
        except IntegrityError:
            # Two requests raced to insert the same new comment id (PostgreSQL); the second
            # attempt finds the first one's row and updates it.
            if attempt == 2:
                raise
    for result, external_id in zip(results, external_ids):
        if external_id is not None:
            result["id"] = external_id
    count_results(results)
    return results


def _uncounted_request() -> tuple | None:
    """(key id, limit, period) when this request still has to be counted against its key's rate
    limit, by the transaction that stores its comments; the request is marked counted."""
    if g.get("rate_limit") is None or g.rate_counted:
        return None
    g.rate_counted = True
    return (g.key_id, *g.rate_limit)


def _count_request(connection) -> None:
    count = _uncounted_request()
    if count is not None:
        ratelimit.hit(connection, *count)


@bp.after_request
def count_unstored(response):
    """A request that stored nothing (bad input, a page without comments) still counts."""
    if g.get("rate_limit") is not None and not g.get("rate_counted", True):
        with get_store().write_connection() as connection:
            _count_request(connection)
    return response


@bp.post("/moderate")
def moderate():
    body = validate.json_body(request)
    subs = validate.submissions(body, current_app.config["MAX_COMMENTS"])
    policy = validate.policy(body)
    _fill_article_context(subs)
    return jsonify({"results": score_and_store(subs, policy)})


def _page_comment_ids(article_key: str, comments) -> list[str]:
    """Stable across re-sends of the same page, so a page posted twice updates its comments. Two
    comments alike in author, time and text ("+1" twice, unsigned) are two comments: the second and
    later ones get their occurrence in the id, so none overwrites another in the store."""
    ids, seen = [], {}
    for comment in comments:
        raw = "\x1f".join([article_key, comment.author or "", comment.time or "", comment.text])
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        seen[digest] = seen.get(digest, 0) + 1
        ids.append(f"p-{digest}" if seen[digest] == 1 else f"p-{digest}-{seen[digest]}")
    return ids


@bp.post("/pages")
def pages():
    from moderator.segment import PageError, segment

    body = validate.json_body(request)
    fmt, content, url, article_id = validate.page(body)
    policy = validate.policy(body)
    try:
        page = segment(content, format=fmt, source=url)
    except PageError as exc:
        raise bad_field(fmt, str(exc)) from None
    article = page.article
    article_key = article_id or url or "sha256:" + hashlib.sha256(
        (article.title + "\n" + article.text).encode("utf-8", "surrogatepass")
    ).hexdigest()[:40]
    ids = _page_comment_ids(article_key, page.comments)
    subs = [
        Submission(
            id=ids[i],
            text=c.text,
            author=c.author,
            parent=ids[c.parent] if c.parent is not None and 0 <= c.parent < len(ids) else None,
            article_id=article_key,
            article_text=article.text,
            article_title=article.title or None,
            article_url=url,
        )
        for i, c in enumerate(page.comments)
    ]
    results = score_and_store(subs, policy) if subs else []
    page_dict = page.to_dict()
    comments = [{**comment, **result} for comment, result in zip(page_dict["comments"], results)]
    answer = {
        "article": page_dict["article"],
        "comments": comments,
        "model_version": get_scorer(current_app.config["MODELS"]).model_version,
    }
    notes = list(page.notes)  # what the page's limits left unread: those comments were not moderated
    unscored = [c["index"] for c in comments if "error" in c]
    if unscored:  # a comment over the scorer's limit: answered with its error, not stored; said so here too
        notes.append(f"comments {', '.join(map(str, unscored))} could not be scored (see their \"error\") "
                     "and were not stored: a person must read them")
    if notes:
        answer["notes"] = notes
    return jsonify(answer)


@bp.get("/comments/<comment_id:comment_id>", merge_slashes=False)
def comment(comment_id: str):
    with get_store().read() as session:
        found = get_comment(session, g.publisher_id, external_id=comment_id)
        if found is None:
            raise ApiError(404, f"no comment {comment_id!r}", field="id")
        return jsonify(_comment_json(found, with_history=True, session=session))


@bp.get("/queue")
def queue():
    args = request.args
    status = args.get("status") or "pending"
    if status not in QUEUE_STATUSES:
        raise bad_field("status", f"must be one of {', '.join(QUEUE_STATUSES)}")
    label = args.get("label") or None
    if label is not None and label not in LABELS:
        raise bad_field("label", f"unknown label (known: {', '.join(LABELS)})")
    min_score = validate.query_float(args, "min_score")
    limit = validate.query_int(args, "limit", 50, 1, 500)
    with get_store().read() as session:
        try:
            items, cursor = queue_page(
                session, g.publisher_id, status, label, min_score, args.get("article_id") or None, args.get("cursor"), limit
            )
        except BadCursor as exc:
            raise bad_field("cursor", str(exc).removeprefix("cursor: ")) from None
        return jsonify({"items": [_comment_json(c) for c in items], "next": cursor})


def _decide_many(ids: list[str], action: str, note: str | None) -> list[dict]:
    out = []
    with get_store().write() as session:
        for comment_id in ids:
            found = get_comment(session, g.publisher_id, external_id=comment_id)
            if found is None:
                out.append({"id": comment_id, "error": "not found"})
                continue
            # The publisher owns its comments: its key may change any earlier decision.
            decide(session, found, action, g.actor, note, may_overturn=True)
            out.append({"id": comment_id, "status": found.status})
    for item in out:
        if "status" in item:
            REVIEWS.labels(action).inc()
    return out


@bp.post("/queue/<comment_id:comment_id>/decision", merge_slashes=False)
def decision(comment_id: str):
    body = validate.json_body(request)
    action, note = validate.action(body), validate.note(body)
    (result,) = _decide_many([comment_id], action, note)
    if "error" in result:
        raise ApiError(404, f"no comment {comment_id!r}", field="id")
    with get_store().read() as session:
        return jsonify(_comment_json(get_comment(session, g.publisher_id, external_id=comment_id)))


@bp.post("/queue/decisions")
def decisions():
    body = validate.json_body(request)
    ids = validate.id_list(body, "ids", MAX_BULK)
    action, note = validate.action(body), validate.note(body)
    return jsonify({"results": _decide_many(ids, action, note)})


@bp.get("/stats")
def publisher_stats():
    with get_store().read() as session:
        return jsonify(stats(session, g.publisher_id))

