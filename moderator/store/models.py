"""The service's tables (SQLAlchemy 2 declarative models). Alembic migrations in
moderator/migrations/ create and evolve them; never call create_all in production code."""

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from moderator.labels import LABELS

# Queue states of a stored comment. The model's "keep" never enters the queue; "flag" waits for a
# person; "remove" is removed at once but stays reviewable (status=removed, reviewed_by empty).
STATUS_KEPT = "kept"
STATUS_PENDING = "pending"
STATUS_APPROVED = "approved"
STATUS_REMOVED = "removed"
STATUS_FOR_DECISION = {"keep": STATUS_KEPT, "flag": STATUS_PENDING, "remove": STATUS_REMOVED}
QUEUE_STATUSES = (STATUS_PENDING, STATUS_APPROVED, STATUS_REMOVED)
ACTIONS = {"approve": STATUS_APPROVED, "remove": STATUS_REMOVED}
ROLES = ("moderator", "admin")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in and out; SQLite stores no zone and would hand back naive values."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value


def score_column(label: str) -> str:
    """One float column per label, so the queue can filter and sort on a label in SQL."""
    return f"score_{label}"


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Service-wide values every worker must share (the session-signing secret)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Publisher(Base):
    __tablename__ = "publishers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    """A publisher's key. Only its SHA-256 digest is stored: keys are 256-bit random tokens, so a
    fast hash is safe here (unlike passwords) and keeps per-request lookup cheap."""

    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    publisher_id: Mapped[int] = mapped_column(ForeignKey("publishers.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # shown in listings, identifies a key to people
    rate_limit: Mapped[str | None] = mapped_column(String(32))  # "N/second|minute|hour"; None: server default
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    publisher: Mapped[Publisher] = relationship()


class User(Base):
    """A moderator account; the password is stored as a werkzeug.security hash."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20), default="moderator")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Article(Base):
    """The page a comment was written under: its title is shown in the queue, its text is context."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("publisher_id", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    publisher_id: Mapped[int] = mapped_column(ForeignKey("publishers.id"))
    key: Mapped[str] = mapped_column(String(300))  # the publisher's article_id, or a digest of the text
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("publisher_id", "external_id"),
        Index("ix_comments_queue", "status", "severity", "id"),
        Index("ix_comments_publisher_queue", "publisher_id", "status", "severity", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    publisher_id: Mapped[int] = mapped_column(ForeignKey("publishers.id"))
    external_id: Mapped[str] = mapped_column(String(200))  # the publisher's id (ours when it sent none)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    author: Mapped[str | None] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(10))  # the model's: keep | flag | remove
    status: Mapped[str] = mapped_column(String(10))  # kept | pending | approved | removed
    severity: Mapped[float] = mapped_column(Float)  # the queue's order (moderator.store.comments.severity)
    scores: Mapped[dict] = mapped_column(JSON)
    reasons: Mapped[list] = mapped_column(JSON)
    spans: Mapped[list] = mapped_column(JSON)
    model_version: Mapped[str] = mapped_column(String(50))
    policy_name: Mapped[str | None] = mapped_column(String(100))
    policy_digest: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    publisher: Mapped[Publisher] = relationship()
    article: Mapped[Article | None] = relationship()


# score_toxicity, score_insult, ...: added to the mapped class from the fixed label list.
for _label in LABELS:
    setattr(Comment, score_column(_label), mapped_column(score_column(_label), Float, nullable=False, default=0.0))


class Event(Base):
    """A comment's history: each scoring and each person's decision, with what the model said at
    that moment. Decisions (action approve/remove) are the labels `moderator export-labels` writes."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))  # "model", "user:NAME", "key:PUBLISHER"
    action: Mapped[str] = mapped_column(String(20))  # scored | rescored | approve | remove
    status_before: Mapped[str | None] = mapped_column(String(10))
    status_after: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    model_decision: Mapped[str] = mapped_column(String(10))
    scores: Mapped[dict] = mapped_column(JSON)
    reasons: Mapped[list] = mapped_column(JSON)
    model_version: Mapped[str] = mapped_column(String(50))
    policy_name: Mapped[str | None] = mapped_column(String(100))
    policy_digest: Mapped[str | None] = mapped_column(String(100))
    # set on new events, so that a comment and its first event go in with one flush
    comment: Mapped[Comment] = relationship()


Index("ix_events_action_at", Event.action, Event.at)


class RateWindow(Base):
    """Requests per key per fixed time window, shared by every worker process."""

    __tablename__ = "rate_windows"
    key_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window: Mapped[int] = mapped_column(Integer, primary_key=True)  # window start, epoch seconds
    count: Mapped[int] = mapped_column(Integer, default=0)
