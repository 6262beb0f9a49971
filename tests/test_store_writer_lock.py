"""Store.writer_lock: SQLite writers queue on a lock file, across threads and processes, on a real file."""

import multiprocessing as mp
import os
import threading
import time

import pytest

from moderator.store.engine import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the writer lock uses flock (POSIX only)")


def _hold_in_child(url: str, held, release) -> None:
    store = Store(url)
    with store.writer_lock.hold():
        held.set()
        release.wait(10)


def test_a_second_process_waits_for_the_writer(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    ctx = mp.get_context("spawn")
    held, release = ctx.Event(), ctx.Event()
    child = ctx.Process(target=_hold_in_child, args=(url, held, release))
    child.start()
    try:
        assert held.wait(30)
        store = Store(url)
        got = threading.Event()

        def take():
            with store.writer_lock.hold():
                got.set()

        taker = threading.Thread(target=take)
        taker.start()
        assert not got.wait(0.5), "the lock was taken while another process held it"
        release.set()
        assert got.wait(5), "the lock was not handed over once released"
        taker.join()
    finally:
        release.set()
        child.join(10)


def test_threads_write_in_turn_and_nothing_is_lost(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    with store.write_connection() as connection:
        connection.exec_driver_sql("CREATE TABLE t (n INTEGER)")
    inside, overlaps = [0], []

    def writer(k: int) -> None:
        for i in range(20):
            with store.write_connection() as connection:
                inside[0] += 1
                overlaps.append(inside[0])
                connection.exec_driver_sql(f"INSERT INTO t VALUES ({k * 100 + i})")
                time.sleep(0.001)
                inside[0] -= 1

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max(overlaps) == 1
    with store.read_connection() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM t").scalar() == 160


def test_memory_databases_need_no_lock():
    from sqlalchemy import create_engine

    from moderator.store.engine import _writer_lock

    assert _writer_lock(create_engine("sqlite://")) is None
