"""Load-test the service: 16 concurrent clients on loopback, one comment per POST /v1/moderate.

    python bench/service.py                     # starts `moderator serve` on a temp SQLite file
    python bench/service.py --url http://127.0.0.1:8000 --key mk_...   # an already running one

Prints requests/s and the p50/p90/p99 latency of the measured phase (after a warm-up). Each
client keeps one HTTP/1.1 keep-alive connection (http.client: light on the shared CPUs)."""

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "seeds" / "000_fed4981eb2cd7fd5.txt"

# Reader comments of several kinds (the seed's plus everyday ones), cycled with a counter so no two
# requests send identical text.
EVERYDAY = [
    "Great article, thanks for explaining the background so clearly.",
    "I disagree with the mayor, but this piece is fair to both sides.",
    "Does anyone know when the council votes on the budget?",
    "This is the dumbest thing I have read all week, the author is an idiot.",
    "Shut up, nobody cares about your opinion, loser.",
    "The photo in the third paragraph is from 2019, not this year.",
    "People like you should be thrown out of this country.",
    "Finally some good news about the hospital funding.",
]


def request_texts(kind: str) -> list[str]:
    """What the clients send. The 18 built-in comments alone weigh the cascade by chance: whether one of
    them falls in the transformer's band (model version 2026.11.7: one, so 1 request in 18 ran the
    transformer; 2026.11.6: none) moved p99 from ~140 to ~210 ms. Thousands of real reader comments
    reach it about as often as traffic does (~2 %)."""
    if kind == "news":
        sys.path.insert(0, str(PROJECT / "bench"))
        from score import comment_texts

        from moderator.datapaths import data_dir

        if data_dir() is not None:
            return comment_texts(20_000)
    return seed_comments() + EVERYDAY


def seed_comments() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    tail = text.split("MORE ON THE TOPIC:", 1)[-1]
    return [line.strip() for line in tail.splitlines() if line.strip()]


def start_service(workers: int, threads: int, rate_limit: str):
    folder = Path(tempfile.mkdtemp(prefix="moderator-bench-"))
    db_url = f"sqlite:///{folder / 'bench.db'}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    run = [sys.executable, "-m", "moderator"]
    key = subprocess.run(run + ["keys", "create", "bench", "--rate-limit", rate_limit, "--db", db_url],
                         check=True, capture_output=True, text=True, env=env).stdout.strip().splitlines()[-1]
    proc = subprocess.Popen(run + ["serve", "--port", "0", "--db", db_url, "--workers", str(workers),
                                   "--threads", str(threads)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True)
    for line in proc.stdout:
        print("  server:", line.rstrip(), file=sys.stderr)
        match = re.search(r"serving on (http://\S+?:\d+)", line)
        if match:
            url = match.group(1)
            break
    else:
        raise SystemExit("the service did not start")
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(urlsplit(url).hostname, urlsplit(url).port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                break
        except OSError:
            pass
        time.sleep(0.5)
    return proc, url, key


def server_cpu(proc) -> float:
    """User+system CPU seconds of the server's master and workers so far."""
    if proc is None:
        return 0.0
    import psutil

    total = 0.0
    parent = psutil.Process(proc.pid)
    for process in [parent, *parent.children(recursive=True)]:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def client(url: str, key: str, texts: list[str], start: int, stop_at: float, measure_from: float, out: list, errors: list):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    i = start
    while True:
        now = time.perf_counter()
        if now >= stop_at:
            break
        body = json.dumps({"comments": [{"text": f"{texts[i % len(texts)]} #{i}"}]})
        i += 16
        began = time.perf_counter()
        try:
            connection.request("POST", "/v1/moderate", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except OSError as exc:
            errors.append(repr(exc))
            connection.close()
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            continue
        ended = time.perf_counter()
        if status != 200:
            errors.append(status)
        elif began >= measure_from:
            out.append((ended, ended - began))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="A running service (default: start one).")
    parser.add_argument("--key", help="API key for --url.")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0, help="Measured duration.")
    parser.add_argument("--warmup", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--texts", choices=["news", "built-in"], default="news",
                        help="news: the eval sets' reader comments (as bench/score.py; about 2 %% of them reach the "
                             "cascade's transformer, as in real traffic), or the 18 built-in ones when the datasets "
                             "are absent; built-in: the seed's and 8 everyday comments only.")
    parser.add_argument("--rate-limit", default="1000000/minute",
                        help="The bench key's limit: high, so the limiter runs but never refuses ('off': no limiter).")
    args = parser.parse_args()

    proc = None
    if args.url:
        if not args.key:
            parser.error("--url needs --key")
        url, key = args.url, args.key
    else:
        proc, url, key = start_service(args.workers, args.threads, args.rate_limit)
    texts = request_texts(args.texts)
    print(f"texts: {len(texts)} ({args.texts}), {statistics.mean(map(len, texts)):.0f} characters on average")
    try:
        begin = time.perf_counter()
        measure_from = begin + args.warmup
        stop_at = measure_from + args.seconds
        latencies: list = []
        errors: list = []
        threads = [threading.Thread(target=client, args=(url, key, texts, n, stop_at, measure_from, latencies, errors))
                   for n in range(args.clients)]
        for thread in threads:
            thread.start()
        # CPU seconds the server and this client spend in the measured phase: on a shared machine
        # they say what the machine would do alone (2 cores / CPU per request).
        time.sleep(max(0.0, measure_from - time.perf_counter()))
        cpu_before = (server_cpu(proc), time.process_time())
        time.sleep(max(0.0, stop_at - time.perf_counter()))
        cpu_after = (server_cpu(proc), time.process_time())
        load = os.getloadavg()[0]
        for thread in threads:
            thread.join()
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=60)
    done = [lat for ended, lat in latencies if ended <= stop_at]
    if not done:
        raise SystemExit(f"no successful requests; errors: {errors[:5]}")
    ms = sorted(1000 * lat for lat in done)
    q = statistics.quantiles(ms, n=100)
    print(f"clients={args.clients} workers={args.workers} threads={args.threads} cpus={os.cpu_count()} "
          f"measured={args.seconds:.0f}s after {args.warmup:.0f}s warm-up")
    print(f"requests={len(ms)} errors={len(errors)} throughput={len(ms) / args.seconds:.1f} req/s")
    print(f"latency ms: p50={q[49]:.1f} p90={q[89]:.1f} p99={q[98]:.1f} max={ms[-1]:.1f}")
    client_ms = 1000 * (cpu_after[1] - cpu_before[1]) / len(ms)
    line = f"CPU per request: client {client_ms:.1f} ms"
    if proc is not None:
        server_ms = 1000 * (cpu_after[0] - cpu_before[0]) / len(ms)
        line += (f", server {server_ms:.1f} ms -> at most {1000 * (os.cpu_count() or 1) / (server_ms + client_ms):.0f} req/s"
                 " if this machine ran nothing else")
    print(f"{line}; load average during the run {load:.1f}")


if __name__ == "__main__":
    main()
