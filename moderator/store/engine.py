"""Engine and sessions from a database URL.

SQLite (the default, a file under instance/) runs in WAL mode so readers never wait for the writer,
and every write transaction starts with BEGIN IMMEDIATE: several gunicorn workers write the same
file, and a deferred transaction that reads then writes would fail with "database is locked" instead
of waiting its turn. Writers also queue on a lock file beside the database (WriterLock): SQLite's own
busy handler polls with sleeps of up to 100 ms, which under load turned a 1 ms wait into a p99 near a
second; a blocking file lock hands over the moment the previous writer commits. PostgreSQL is used as
given.

Concurrent writes of one process can share a transaction (Store.write_together, a group commit):
under load the service's request threads each bring a few rows, and one commit for all of them
costs little more than one commit for one."""

import os
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_SQLITE_PATH = Path("instance") / "moderator.db"


def database_url(url: str | None = None) -> str:
    """The URL to use: the argument, else MODERATOR_DATABASE_URL, else instance/moderator.db.
    A bare postgresql:// (or postgres://) URL means the psycopg 3 driver, the one installed."""
    url = url or os.environ.get("MODERATOR_DATABASE_URL") or f"sqlite:///{(Path.cwd() / DEFAULT_SQLITE_PATH).as_posix()}"
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            url = "postgresql+psycopg://" + url[len(scheme):]
    return url


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str | None = None) -> Engine:
    url = database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20, max_overflow=10)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's own BEGIN is deferred).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a commit survives the process being killed (the WAL is in the OS
        # page cache); only a power cut can lose the last commits. FULL costs an fsync per commit.
        cursor.execute(f"PRAGMA synchronous={os.environ.get('MODERATOR_SQLITE_SYNCHRONOUS', 'NORMAL')}")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class WriterLock:
    """One SQLite writer at a time across this machine's threads and processes, woken in turn.

    A thread lock orders this process's threads; an exclusive flock on `<database>-writer.lock` orders
    processes. The lock file is opened once per process (a descriptor inherited across fork would be
    shared, and flock does not exclude holders of the same open file)."""

    def __init__(self, database: str):
        self.path = database + "-writer.lock"
        self._threads = threading.Lock()
        self._fd: int | None = None
        self._pid: int | None = None

    def _descriptor(self) -> int:
        if self._pid != os.getpid():
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._pid = os.getpid()
        return self._fd

    @contextmanager
    def hold(self) -> Iterator[None]:
        import fcntl

        with self._threads:
            fd = self._descriptor()
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)


def _writer_lock(engine: Engine) -> WriterLock | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or os.name != "posix":
        return None  # PostgreSQL queues writers itself; elsewhere SQLite's busy handler does
    return WriterLock(database)


T = TypeVar("T")


@dataclass
class _Work:
    run: Callable[[Session], Any]
    done: bool = False
    result: Any = None
    error: BaseException | None = None


def _run_group(session: Session, works: list[Callable[[Session], Any]]) -> list:
    """Each work's result, in order; works of one class with `run_many` are done together."""
    results: list = [None] * len(works)
    by_class: dict[type, list[int]] = {}
    for i, work in enumerate(works):
        if hasattr(type(work), "run_many"):
            by_class.setdefault(type(work), []).append(i)
        else:
            results[i] = work(session)
    for cls, indices in by_class.items():
        for i, result in zip(indices, cls.run_many(session, [works[i] for i in indices]), strict=True):
            results[i] = result
    return results


class Store:
    """The database of one service: an engine plus session factories for reads and writes."""

    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = database_url(url)
        self.engine = engine or make_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._writer_bind = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self._writer_bind, expire_on_commit=False)
        self.writer_lock = _writer_lock(self.engine)
        self._pending: list[_Work] = []
        self._pending_lock = threading.Lock()
        self._group_lock = threading.Lock()  # one group committing at a time in this process

    def _one_writer(self):
        return self.writer_lock.hold() if self.writer_lock is not None else nullcontext()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends (and rolls back if it raises)."""
        with self._one_writer(), self._writer() as session, session.begin():
            yield session

    def write_together(self, work: Callable[[Session], T]) -> T:
        """work(session) in a write transaction shared with this process's other concurrent calls.
        Works of a class with a `run_many(session, works)` classmethod are done by one call of it per
        group (so a group's rows can go in with one statement per table).

        Each caller queues its work, then waits for the group lock; whoever holds it commits every
        work queued by then, so callers that arrive while a commit runs share the next one. If a
        group's transaction fails, each of its works runs again in its own, so one caller's error
        never fails another's write. Returns work's result, or raises its exception."""
        item = _Work(work)
        with self._pending_lock:
            self._pending.append(item)
        with self._group_lock:
            if not item.done:
                with self._pending_lock:
                    group, self._pending = self._pending, []
                try:
                    self._commit_group(group)
                finally:
                    for other in group:  # interrupted mid-group: the others must not wait forever
                        if not other.done:
                            other.error, other.done = RuntimeError("the shared write was interrupted"), True
        if item.error is not None:
            raise item.error
        return item.result

    def _commit_group(self, group: list[_Work]) -> None:
        if len(group) > 1:
            try:
                with self.write() as session:
                    results = _run_group(session, [item.run for item in group])
            except Exception:
                pass  # some work failed: run each alone below, so only its own caller sees the error
            else:
                for item, result in zip(group, results):
                    item.result, item.done = result, True
                return
        for item in group:
            try:
                with self.write() as session:
                    item.result = item.run(session)
            except BaseException as exc:
                item.error = exc
            item.done = True

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in a write transaction: for hot single statements, without the ORM."""
        with self._one_writer(), self._writer_bind.begin() as connection:
            yield connection

    def dispose(self) -> None:
        self.engine.dispose()
