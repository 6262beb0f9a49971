"""The moderators' pages: the queue of flagged comments across publishers, one comment with its
history, and approve/remove decisions (single or bulk; forms that also work without JavaScript)."""

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, url_for

from moderator.labels import LABELS
from moderator.store.comments import (MAX_KEY, BadCursor, DecisionConflict, decide, get_comment, history, publishers,
                                      queue_page)
from moderator.store.models import ACTIONS, QUEUE_STATUSES
from moderator.web import get_store
from moderator.web.auth import login_required
from moderator.web.highlight import segments
from moderator.web.metrics import REVIEWS

bp = Blueprint("queue", __name__)

PAGE_SIZE = 25


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def _filters() -> dict:
    """The queue's filters from the query string; unusable values are dropped, not fatal."""
    args = request.args
    status = args.get("status") if args.get("status") in QUEUE_STATUSES else "pending"
    label = args.get("label") if args.get("label") in LABELS else None
    try:
        min_score = float(args["min_score"]) if args.get("min_score") else None
        if min_score is not None and not 0 <= min_score <= 1:
            min_score = None
    except ValueError:
        min_score = None
    try:
        publisher = int(args["publisher"]) if args.get("publisher") else None
    except ValueError:
        publisher = None
    if publisher is not None and not 0 < publisher <= MAX_KEY:
        publisher = None
    return {"status": status, "label": label, "min_score": min_score, "publisher": publisher,
            "article": args.get("article") or None}


def _top_scores(scores: dict, n: int = 4) -> list[tuple[str, float]]:
    return sorted(((label, float(scores.get(label, 0.0))) for label in LABELS), key=lambda x: -x[1])[:n]


@bp.get("/")
def home():
    return redirect(url_for("queue.index"))


@bp.get("/queue")
@login_required
def index():
    filters = _filters()
    cursor = request.args.get("cursor") or None
    with get_store().read() as session:
        try:
            items, next_cursor = queue_page(
                session, filters["publisher"], filters["status"], filters["label"], filters["min_score"],
                filters["article"], cursor, PAGE_SIZE,
            )
        except BadCursor:
            items, next_cursor = queue_page(
                session, filters["publisher"], filters["status"], filters["label"], filters["min_score"],
                filters["article"], None, PAGE_SIZE,
            )
        all_publishers = publishers(session)
    cards = [
        {"comment": c, "pieces": segments(c.text, c.spans), "top": _top_scores(c.scores)} for c in items
    ]
    next_args = {k: v for k, v in {**filters, "cursor": next_cursor}.items() if v is not None}
    return render_template(
        "queue/index.html",
        cards=cards,
        filters=filters,
        labels=LABELS,
        statuses=QUEUE_STATUSES,
        publishers=all_publishers,
        next_url=url_for("queue.index", **next_args) if next_cursor else None,
    )


@bp.get("/queue/comments/<int:pk>")
@login_required
def detail(pk: int):
    with get_store().read() as session:
        comment = get_comment(session, None, pk=pk)
        if comment is None:
            abort(404)
        events = history(session, comment)
    return render_template(
        "queue/detail.html",
        comment=comment,
        pieces=segments(comment.text, comment.spans),
        scores=_top_scores(comment.scores, len(LABELS)),
        events=events,
    )


def _apply(pks: list[int], action: str, note: str | None) -> tuple[list[dict], list[str]]:
    done, problems = [], []
    user = g.user
    with get_store().write() as session:
        for pk in pks:
            comment = get_comment(session, None, pk=pk)
            if comment is None:
                problems.append(f"comment {pk}: not found")
                continue
            try:
                decide(session, comment, action, f"user:{user.name}", note, may_overturn=user.role == "admin")
            except DecisionConflict as exc:
                problems.append(f"comment {pk}: {exc}")
                continue
            done.append({"id": pk, "status": comment.status, "reviewed_by": comment.reviewed_by})
    for _ in done:
        REVIEWS.labels(action).inc()
    return done, problems


def _action() -> str:
    action = request.form.get("action")
    if action not in ACTIONS:
        abort(400, description="action must be approve or remove")
    return action


def _back():
    target = request.form.get("next") or ""
    return redirect(target if target.startswith("/") and not target.startswith("//") else url_for("queue.index"))


@bp.post("/queue/comments/<int:pk>/decision")
@login_required
def decision(pk: int):
    action = _action()
    note = (request.form.get("note") or "").strip()[:5000] or None
    done, problems = _apply([pk], action, note)
    if _wants_json():
        if problems:
            status = 404 if "not found" in problems[0] else 409
            return jsonify({"error": problems[0], "status": status}), status
        return jsonify(done[0])
    for problem in problems:
        flash(problem, "error")
    if done:
        flash(f"Comment {pk}: {done[0]['status']}.", "ok")
    return _back()


@bp.post("/queue/decisions")
@login_required
def bulk():
    action = _action()
    try:
        pks = [int(value) for value in request.form.getlist("ids")]
    except ValueError:
        abort(400, description="ids must be comment numbers")
    if not pks:
        flash("Select comments first (x, or the boxes).", "error")
        return _back()
    done, problems = _apply(pks[:500], action, None)
    if _wants_json():
        return jsonify({"results": done, "errors": problems})
    for problem in problems:
        flash(problem, "error")
    flash(f"{len(done)} comment(s) {ACTIONS[action]}.", "ok")
    return _back()
