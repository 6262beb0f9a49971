"""Clients that send their headers and then stall (a slow-loris attack, a dead mobile connection) against
the real service: each held one of the workers' threads for good, and as many of them as the service has
threads stopped it, /healthz included (found by a probe of the service, session 22). The body's read now
times out (moderator.web.server.BODY_READ_TIMEOUT) and the client gets a 408 saying why."""

import json
import socket
import time
from urllib.parse import urlparse

import requests

from moderator.web.server import BODY_READ_TIMEOUT


def _stalled(service, key: str) -> socket.socket:
    url = urlparse(service.url)
    sock = socket.create_connection((url.hostname, url.port), timeout=BODY_READ_TIMEOUT + 30)
    sock.sendall(b"POST /v1/moderate HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + key.encode()
                 + b"\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"comm")
    return sock


def _answer(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_stalled_bodies_time_out_with_a_408_and_the_service_keeps_answering(service, publisher):
    key = publisher.http.headers["Authorization"].split()[-1]
    stalled = [_stalled(service, key) for _ in range(service.workers * service.threads)]
    time.sleep(1)
    started = time.monotonic()
    health = requests.get(service.url + "/healthz", timeout=BODY_READ_TIMEOUT * 3)
    assert health.status_code == 200
    assert time.monotonic() - started < BODY_READ_TIMEOUT * 3
    head, _, body = _answer(stalled[0]).partition(b"\r\n\r\n")
    assert head.split()[1] == b"408", head
    assert "Content-Length" in json.loads(body)["error"]
    for sock in stalled:
        sock.close()
    assert requests.get(service.url + "/healthz", timeout=10).status_code == 200
