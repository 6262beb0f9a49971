"""The same service on PostgreSQL: a throw-away cluster (initdb + pg_ctl) on a free port, the real
server pointed at it with --db postgresql://..., and the API's storing, queue, decisions, rate
limit and label export checked there. Skipped where PostgreSQL's server programs are absent."""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from service_harness import CLEAN, TOXIC, Client, Service, needs_models, run_cli


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    needs_models()
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("needs PostgreSQL's server programs (initdb, pg_ctl)")
    prefix: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
        prefix = ["runuser", "-u", "postgres", "--"]
    # Directly under /tmp: the server's user must be able to reach it (pytest's tmp dirs are private).
    folder = Path(tempfile.mkdtemp(prefix="moderator-pg-"))
    os.chmod(folder, 0o777)
    data, port = folder / "data", _free_port()
    for command in ([initdb, "-D", str(data), "-U", "moderator", "--auth=trust", "-E", "UTF8"],
                    [pg_ctl, "-D", str(data), "-o", f"-k {folder} -p {port} -h 127.0.0.1", "-l", str(folder / "log"),
                     "-w", "start"]):
        done = subprocess.run(prefix + command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.fail(f"{command[0]} failed: {done.stdout}{done.stderr}")
    yield f"postgresql://moderator@127.0.0.1:{port}/postgres"
    subprocess.run(prefix + [pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
    shutil.rmtree(folder, ignore_errors=True)


class PostgresService(Service):
    def __init__(self, url: str):
        super().__init__(db_path=None, workers=1, threads=4)  # type: ignore[arg-type]
        self.db_url = url


def test_service_on_postgresql(postgres_url):
    service = PostgresService(postgres_url).start()
    try:
        client = Client(service.url, service.create_key("pg-planet"))
        limited = Client(service.url, service.create_key("pg-small", "--rate-limit", "2/day"))
        results = client.post("/v1/moderate", json={"comments": [
            {"id": "pg-1", "text": TOXIC, "article_id": "pg-story", "article": {"title": "PG story", "text": "Body."}},
            {"id": "pg-2", "text": CLEAN, "article_id": "pg-story"}]}).json()["results"]
        assert results[0]["decision"] in ("flag", "remove") and results[1]["decision"] == "keep"
        stored = client.get("/v1/comments/pg-1").json()
        assert stored["article"]["title"] == "PG story" and stored["scores"] == results[0]["scores"]
        status = stored["status"]
        queue = client.get("/v1/queue", params={"status": status, "label": "insult", "article_id": "pg-story"}).json()
        assert [item["id"] for item in queue["items"]] == ["pg-1"]
        assert client.post("/v1/queue/pg-1/decision", json={"action": "approve"}).json()["status"] == "approved"
        assert client.get("/v1/stats").json()["reviews"]["approve"] == 1
        assert Client(service.url, client.http.headers["Authorization"][7:] + "x").get("/v1/stats").status_code == 401
        assert [limited.get("/v1/stats").status_code for _ in range(3)] == [200, 200, 429]
    finally:
        service.stop()
    exported = run_cli("export-labels", db_url=postgres_url).stdout.splitlines()
    assert len(exported) == 1 and '"action": "approve"' in exported[0]
