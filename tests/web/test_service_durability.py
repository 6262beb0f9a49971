"""Kill the service with SIGKILL in the middle of a load: every comment it answered 200 for must
be in the database, with the result it answered."""

import sqlite3
import threading
import time

import requests
from service_harness import TOXIC, Service, needs_models

CLIENTS = 8


def test_every_answered_comment_survives_sigkill(tmp_path):
    needs_models()
    service = Service(tmp_path / "kill.db", workers=2).start()
    try:
        key = service.create_key("load-pub")
        answered: dict[str, str] = {}
        lock = threading.Lock()
        stop = threading.Event()

        def client(n: int) -> None:
            http = requests.Session()
            http.headers["Authorization"] = f"Bearer {key}"
            i = 0
            while not stop.is_set():
                cid = f"k{n}-{i}"
                i += 1
                try:
                    response = http.post(service.url + "/v1/moderate", timeout=10,
                                         json={"comments": [{"id": cid, "text": f"{TOXIC} ({cid})"}]})
                except requests.RequestException:
                    continue  # the server is gone: no answer, no promise
                if response.status_code == 200:
                    with lock:
                        answered[cid] = response.json()["results"][0]["decision"]

        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(answered) < 80 and time.monotonic() < deadline:
            time.sleep(0.05)
        service.kill()  # SIGKILL to the master and every worker, mid-load
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        service.stop()

    assert len(answered) >= 80, "the load never got going"
    with sqlite3.connect(service.db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(db.execute("SELECT external_id, decision FROM comments"))
        events = {row[0] for row in db.execute(
            "SELECT c.external_id FROM events e JOIN comments c ON c.id = e.comment_id WHERE e.action = 'scored'")}
    missing = sorted(set(answered) - set(stored))
    assert not missing, f"{len(missing)} comments answered 200 but not stored: {missing[:10]}"
    assert all(stored[cid] == decision for cid, decision in answered.items())
    assert set(answered) <= events
