"""A fixed-window request counter per API key, kept in the database so that every worker process
(and every host on a shared PostgreSQL) counts against the same limit."""

import time

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from moderator.store.models import RateWindow


def hit(connection: Connection, key_id: int, limit: int, period: int, now: float | None = None) -> float | None:
    """Count one request; None when it is within the limit, else seconds until the window ends."""
    now = time.time() if now is None else now
    window = int(now // period * period)
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(RateWindow).values(key_id=key_id, window=window, count=1)
    statement = statement.on_conflict_do_update(
        index_elements=["key_id", "window"], set_={"count": RateWindow.count + 1}
    ).returning(RateWindow.count)
    count = connection.execute(statement).scalar_one()
    if count == 1:  # first request of a new window: forget the key's old windows
        connection.execute(delete(RateWindow).where(RateWindow.key_id == key_id, RateWindow.window < window))
    if count > limit:
        return max(0.001, window + period - now)
    return None


def peek(connection: Connection, key_id: int, limit: int, period: int, now: float | None = None) -> float | None:
    """Like hit() but counts nothing (a read, no write lock): for requests that count themselves
    later inside their own write transaction, so a moderated comment costs one write, not two.
    Concurrent requests may overshoot the limit by the number in flight."""
    now = time.time() if now is None else now
    window = int(now // period * period)
    count = connection.execute(
        select(RateWindow.count).where(RateWindow.key_id == key_id, RateWindow.window == window)
    ).scalar_one_or_none() or 0
    if count >= limit:
        return max(0.001, window + period - now)
    return None
