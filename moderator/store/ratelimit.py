"""A fixed-window request counter per API key, kept in the database so that every worker process
(and every host on a shared PostgreSQL) counts against the same limit.

The statements are plain SQL that SQLite and PostgreSQL both run (INSERT ... ON CONFLICT ...
RETURNING): built through the ORM they cost more than a millisecond per request to assemble and
cache-key, more than the database spends on them."""

import time

from sqlalchemy import text
from sqlalchemy.engine import Connection

_COUNT = text(
    'INSERT INTO rate_windows (key_id, "window", count) VALUES (:key_id, :window, :requests) '
    'ON CONFLICT (key_id, "window") DO UPDATE SET count = rate_windows.count + :requests RETURNING count'
)
_FORGET_OLD = text('DELETE FROM rate_windows WHERE key_id = :key_id AND "window" < :window')
_READ = text('SELECT count FROM rate_windows WHERE key_id = :key_id AND "window" = :window')


def hit(connection: Connection, key_id: int, limit: int, period: int, now: float | None = None,
        requests: int = 1) -> float | None:
    """Count one request (or `requests`); None when within the limit, else seconds until the window ends."""
    now = time.time() if now is None else now
    window = int(now // period * period)
    count = connection.execute(_COUNT, {"key_id": key_id, "window": window, "requests": requests}).scalar_one()
    if count == requests:  # first requests of a new window: forget the key's old windows
        connection.execute(_FORGET_OLD, {"key_id": key_id, "window": window})
    if count > limit:
        return max(0.001, window + period - now)
    return None


def peek(connection: Connection, key_id: int, limit: int, period: int, now: float | None = None) -> float | None:
    """Like hit() but counts nothing (a read, no write lock): for requests that count themselves
    later inside their own write transaction, so a moderated comment costs one write, not two.
    Concurrent requests may overshoot the limit by the number in flight."""
    now = time.time() if now is None else now
    window = int(now // period * period)
    count = connection.execute(_READ, {"key_id": key_id, "window": window}).scalar_one_or_none() or 0
    if count >= limit:
        return max(0.001, window + period - now)
    return None
