"""Liveness for load balancers (/healthz) and Prometheus metrics (/metrics)."""

from flask import Blueprint, Response, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from moderator.store.comments import queue_depth
from moderator.web import get_store

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """200 when this worker can reach the database and has its models; 503 otherwise."""
    from moderator.web.scoring import loaded_scorer

    body = {"status": "ok", "database": "ok", "models": "ok"}
    try:
        with get_store().read() as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        body.update(status="unavailable", database=f"error: {type(exc).__name__}")
    scorer = loaded_scorer()
    if scorer is None:
        body.update(status="unavailable" if current_app.config["LOAD_MODELS"] else body["status"], models="not loaded")
    else:
        body["model_version"] = scorer.model_version
    return jsonify(body), 200 if body["status"] == "ok" else 503


@bp.get("/metrics")
def metrics():
    from prometheus_client import CONTENT_TYPE_LATEST

    from moderator.web.metrics import exposition

    def depth() -> int:
        with get_store().read() as session:
            return queue_depth(session)

    return Response(exposition(depth), content_type=CONTENT_TYPE_LATEST)
