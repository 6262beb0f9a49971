"""Alembic environment: runs on the connection moderator.store.migrate hands over, or on the URL
in the config when alembic is driven by hand (`alembic -x`-free, online mode only)."""

from alembic import context
from sqlalchemy import create_engine

from moderator.store.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as connection:
        run(connection)
