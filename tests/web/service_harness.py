"""Running the REAL service for tests: `python -m moderator serve` under gunicorn on a free
127.0.0.1 port (--port 0, the address read from its output), a temporary SQLite file and the
shipped models. Nothing is mocked."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from moderator.datapaths import models_dir

PROJECT = Path(__file__).resolve().parents[2]
SEED = PROJECT / "seeds" / "000_fed4981eb2cd7fd5.txt"
START_TIMEOUT = 240  # seconds: each worker loads the models before it answers


def needs_models() -> None:
    from moderator.scorer import ENSEMBLE_FILE

    if not (models_dir() / ENSEMBLE_FILE).exists():
        pytest.skip(f"needs the trained models in {models_dir()} (run `moderator train`)")


def run_cli(*args: str, db_url: str, stdin: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """`python -m moderator ARGS --db URL` as a real subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "moderator", *args, "--db", db_url],
        input=stdin, capture_output=True, text=True, cwd=PROJECT, timeout=120,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"moderator {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


class Service:
    """One `moderator serve` process group on a temporary SQLite file."""

    def __init__(self, db_path: Path, workers: int = 2, threads: int = 8, env: dict | None = None):
        self.db_path = db_path
        self.db_url = f"sqlite:///{db_path}"
        self.workers = workers
        self.threads = threads
        self.env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.output: list[str] = []

    def start(self) -> "Service":
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "moderator", "serve", "--host", "127.0.0.1", "--port", "0", "--db", self.db_url,
             "--workers", str(self.workers), "--threads", str(self.threads)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=PROJECT, env=self.env,
            start_new_session=True,  # its own process group: stop() reaches the workers too
        )
        found = threading.Event()

        def read_output():
            for line in self.proc.stdout:
                self.output.append(line)
                match = re.search(r"serving on (http://127\.0\.0\.1:\d+)", line)
                if match and not found.is_set():
                    self.url = match.group(1)
                    found.set()

        threading.Thread(target=read_output, daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        while not found.wait(0.2):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the service did not start:\n" + "".join(self.output))
        while time.monotonic() < deadline:  # the address is printed before the workers are ready
            try:
                if requests.get(self.url + "/healthz", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            if self.proc.poll() is not None:
                break
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("the service never became healthy:\n" + "".join(self.output))

    def create_key(self, name: str, *extra: str) -> str:
        out = run_cli("keys", "create", name, *extra, db_url=self.db_url).stdout
        return out.strip().splitlines()[-1]

    def create_user(self, name: str, password: str, role: str = "moderator") -> None:
        run_cli("users", "create", name, "--role", role, db_url=self.db_url, stdin=password + "\n")

    def db(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the service's file: tests check what was really stored."""
        connection = sqlite3.connect(self.db_path, timeout=30)
        connection.row_factory = sqlite3.Row
        return connection

    def kill(self, sig: int = signal.SIGKILL) -> None:
        os.killpg(self.proc.pid, sig)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass


class Client:
    """requests with a publisher's key and the service's base URL."""

    def __init__(self, base: str, key: str | None):
        self.base = base
        self.http = requests.Session()
        if key:
            self.http.headers["Authorization"] = f"Bearer {key}"

    def get(self, path, **kw):
        return self.http.get(self.base + path, timeout=60, **kw)

    def post(self, path, **kw):
        return self.http.post(self.base + path, timeout=60, **kw)


TOXIC = "You are a pathetic idiot and everyone here hates you, shut up you moron."
CLEAN = "Thanks for the thoughtful reporting on the council meeting."
