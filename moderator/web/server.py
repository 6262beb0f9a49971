"""Run the Flask app under gunicorn: several worker processes, each with a few threads.

The master process migrates the database, then forks workers; each worker loads the models once
(models are not shared across fork: torch's thread pools do not survive it) and scores in its own
scoring thread (moderator.web.scoring)."""

import os
import shutil
import sys
import tempfile

from gunicorn.app.base import BaseApplication


def _threads_per_worker(workers: int) -> int:
    return max(1, (os.cpu_count() or 1) // max(1, workers))


class ServiceApplication(BaseApplication):
    def __init__(self, app_config: dict, options: dict):
        self.app_config = app_config
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from moderator.web import create_app

        return create_app(self.app_config)


def _when_ready(server) -> None:
    addresses = ", ".join(str(listener) for listener in server.LISTENERS)
    workers, threads = server.cfg.workers, server.cfg.threads
    print(f"moderator: serving on {addresses} ({workers} workers x {threads} threads); Ctrl-C stops", flush=True)


def _post_fork(server, worker) -> None:
    # Each worker's numeric libraries get their share of the cores, not all of them each.
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(name, str(_threads_per_worker(server.cfg.workers)))
    # numpy's BLAS is loaded before the fork (the master imports moderator), when those variables no
    # longer count: size its pool directly. Left at one thread per core, every request thread's product
    # large enough to be split (the static member's hidden layer: 1 x 256 x 1,792) woke a pool shared
    # with seven other request threads, and the server spent 10.9-11.7 ms of CPU per request instead of
    # 7.1 (bench/service.py: 164-176 requests/s, p99 218 ms, against 231 and 154 ms; 2026-11-29).
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=int(os.environ["OPENBLAS_NUM_THREADS"]), user_api="blas")


# How long a request's body may take to arrive once its headers have. A client that sends headers and then
# stalls (a slow-loris attack, a dead mobile connection) held one of the worker's threads for good: 16 such
# clients stopped the service, /healthz included. Behind a buffering proxy (nginx) no body is ever slow.
BODY_READ_TIMEOUT = float(os.environ.get("MODERATOR_BODY_TIMEOUT", "15"))


def _pre_request(worker, req) -> None:
    sock = getattr(getattr(req, "unreader", None), "sock", None)
    if sock is not None:
        sock.settimeout(BODY_READ_TIMEOUT)  # the app answers a read that times out with a 408


def _child_exit(server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def run(app_config: dict, host: str, port: int, workers: int, threads: int) -> None:
    """Serve until stopped. Metrics of all workers are merged through a fresh multiprocess dir."""
    metrics_dir = tempfile.mkdtemp(prefix="moderator-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        # A gthread worker accepts connections while it has fewer than worker_connections open; at the
        # default (1000) the first worker took every keep-alive client and the other sat idle, so the
        # service used one core. At `threads`, each worker holds as many clients as it has threads and
        # the next client goes to another worker (or waits in the listen backlog).
        "worker_connections": threads,
        "timeout": 180,  # a worker loads the models before its first heartbeat
        "graceful_timeout": 30,
        "keepalive": 0,  # see worker_connections: each request its own connection, spread over the workers
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "moderator",
        "when_ready": _when_ready,
        "post_fork": _post_fork,
        "pre_request": _pre_request,
        "child_exit": _child_exit,
    }
    try:
        ServiceApplication(app_config, options).run()
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
        sys.stdout.flush()
