"""People's decisions as training labels: one JSON object per decision, with the text, the model's
scores, version and policy at that moment (the input `moderator train` can learn from)."""

from datetime import datetime
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from moderator.store.models import ACTIONS, Comment, Event, Publisher


def iter_labels(session: Session, since: datetime | None = None, latest_only: bool = True) -> Iterator[dict]:
    """Decisions in time order. latest_only keeps only each comment's last decision (an overturned
    decision is not a label any more)."""
    query = (
        select(Event, Comment.external_id, Publisher.name)
        .join(Comment, Event.comment_id == Comment.id)
        .join(Publisher, Comment.publisher_id == Publisher.id)
        .where(Event.action.in_(tuple(ACTIONS)))
        .order_by(Event.id)
    )
    if since is not None:
        query = query.where(Event.at >= since)
    rows = session.execute(query).all()
    if latest_only:
        last = {}
        for row in rows:
            last[row[0].comment_id] = row[0].id
        rows = [row for row in rows if last[row[0].comment_id] == row[0].id]
    for event, external_id, publisher in rows:
        yield {
            "comment_id": external_id,
            "publisher": publisher,
            "text": event.text,
            "label": "remove" if event.action == "remove" else "keep",
            "action": event.action,
            "decided_by": event.actor,
            "decided_at": event.at.isoformat(),
            "note": event.note,
            "model_decision": event.model_decision,
            "scores": event.scores,
            "reasons": event.reasons,
            "model_version": event.model_version,
            "policy": {"name": event.policy_name, "digest": event.policy_digest},
        }
