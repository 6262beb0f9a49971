"""Storage of the moderation service: publishers and their keys, moderator accounts, comments with
their model results, the review queue and its history (SQLAlchemy 2, migrated with Alembic)."""

from moderator.store.engine import Store, database_url, describe, make_engine
from moderator.store.migrate import current_revision, head_revision, upgrade

__all__ = ["Store", "database_url", "describe", "make_engine", "upgrade", "current_revision", "head_revision"]
