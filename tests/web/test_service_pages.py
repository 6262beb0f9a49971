"""The moderators' pages over HTTP (no browser): login, CSRF, roles, bulk decisions, headers."""

import re

import pytest
import requests
from service_harness import TOXIC


@pytest.fixture(scope="module")
def accounts(service):
    service.create_user("page-mod", "page-pass-123")
    service.create_user("page-admin", "admin-pass-123", role="admin")


def login(service, name, password) -> requests.Session:
    http = requests.Session()
    page = http.get(service.url + "/login", timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = http.post(service.url + "/login", data={"username": name, "password": password, "csrf_token": token},
                         allow_redirects=False, timeout=30)
    assert response.status_code == 302, response.text
    return http


def csrf(http, service) -> str:
    page = http.get(service.url + "/queue", timeout=30)
    return re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)


def flagged_pk(service, publisher, cid) -> int:
    publisher.post("/v1/moderate", json={"comments": [{"id": cid, "text": TOXIC + " " + cid}]})
    with service.db() as db:
        return db.execute("SELECT id FROM comments WHERE external_id = ?", (cid,)).fetchone()[0]


def test_queue_needs_login_and_wrong_password_fails(service, accounts):
    response = requests.get(service.url + "/queue", allow_redirects=False, timeout=30)
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    http = requests.Session()
    token = re.search(r'name="csrf_token" value="([^"]+)"', http.get(service.url + "/login", timeout=30).text).group(1)
    bad = http.post(service.url + "/login", data={"username": "page-mod", "password": "nope", "csrf_token": token}, timeout=30)
    assert bad.status_code == 401 and "Wrong user name or password" in bad.text
    no_token = requests.post(service.url + "/login", data={"username": "page-mod", "password": "page-pass-123"}, timeout=30)
    assert no_token.status_code == 400


def test_decisions_need_the_csrf_token(service, publisher, accounts):
    http = login(service, "page-mod", "page-pass-123")
    pk = flagged_pk(service, publisher, "csrf-1")
    url = f"{service.url}/queue/comments/{pk}/decision"
    assert http.post(url, data={"action": "remove"}, headers={"Accept": "application/json"}, timeout=30).status_code == 400
    ok = http.post(url, data={"action": "remove"}, headers={"Accept": "application/json", "X-CSRF-Token": csrf(http, service)},
                   timeout=30)
    assert ok.status_code == 200 and ok.json()["status"] == "removed"


def test_only_admins_overturn_another_moderators_decision(service, publisher, accounts):
    moderator, admin = login(service, "page-mod", "page-pass-123"), login(service, "page-admin", "admin-pass-123")
    pk = flagged_pk(service, publisher, "role-1")
    url = f"{service.url}/queue/comments/{pk}/decision"

    def post(http, action):
        return http.post(url, data={"action": action}, timeout=30,
                         headers={"Accept": "application/json", "X-CSRF-Token": csrf(http, service)})

    assert post(admin, "remove").json()["status"] == "removed"
    refused = post(moderator, "approve")
    assert refused.status_code == 409 and "admin" in refused.json()["error"]
    assert post(admin, "approve").json()["status"] == "approved"  # admins may change their own and others'
    assert publisher.get("/v1/comments/role-1").json()["reviewed_by"] == "user:page-admin"


def test_bulk_form_and_history_page(service, publisher, accounts):
    http = login(service, "page-mod", "page-pass-123")
    pks = [flagged_pk(service, publisher, f"bulk-page-{i}") for i in range(3)]
    response = http.post(service.url + "/queue/decisions", timeout=30, allow_redirects=False,
                         data={"action": "remove", "ids": [str(pk) for pk in pks], "csrf_token": csrf(http, service),
                               "next": "/queue?status=removed"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/queue?status=removed")
    with service.db() as db:
        statuses = {row[0] for row in db.execute(
            f"SELECT status FROM comments WHERE id IN ({','.join('?' * len(pks))})", pks)}
    assert statuses == {"removed"}
    page = http.get(f"{service.url}/queue/comments/{pks[0]}", timeout=30)
    assert page.status_code == 200 and "user:page-mod" in page.text and "scored" in page.text


def test_pages_send_security_headers_and_login_redirects_stay_local(service, accounts):
    http = requests.Session()
    page = http.get(service.url + "/login", timeout=30)
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = http.post(service.url + "/login", allow_redirects=False, timeout=30, data={
        "username": "page-mod", "password": "page-pass-123", "csrf_token": token, "next": "//evil.example/x"})
    assert response.headers["Location"].endswith("/queue")
    assert "HttpOnly" in response.headers["Set-Cookie"] and "SameSite=Lax" in response.headers["Set-Cookie"]


def test_numbers_beyond_the_databases_integers_name_no_comment(service, accounts):
    """Comment numbers come from URLs and forms: a 23-digit one is a 404 or a "not found", not a 500
    (SQLite's driver raises OverflowError on it)."""
    http = login(service, "page-mod", "page-pass-123")
    huge = "9" * 23
    assert http.get(f"{service.url}/queue/comments/{huge}", timeout=30).status_code == 404
    assert http.get(f"{service.url}/queue?publisher={huge}", timeout=30).status_code == 200
    token = csrf(http, service)
    one = http.post(f"{service.url}/queue/comments/{huge}/decision", timeout=30,
                    data={"action": "approve", "csrf_token": token}, headers={"Accept": "application/json"})
    assert one.status_code == 404 and "not found" in one.json()["error"]
    bulk = http.post(f"{service.url}/queue/decisions", timeout=30, headers={"Accept": "application/json"},
                     data={"action": "approve", "ids": [huge], "csrf_token": token})
    assert bulk.status_code == 200 and bulk.json() == {"results": [], "errors": [f"comment {huge}: not found"]}


def test_a_nul_in_a_url_query_or_form_is_refused(service, publisher, accounts):
    """PostgreSQL holds no NUL in text: refused up front with a 400, on the pages and in the API."""
    http = login(service, "page-mod", "page-pass-123")
    assert http.get(f"{service.url}/queue?article=a%00b", timeout=30).status_code == 400
    pk = flagged_pk(service, publisher, "nul-note")
    with service.db() as db:
        before = db.execute("SELECT status, reviewed_by FROM comments WHERE id = ?", (pk,)).fetchone()
    response = http.post(f"{service.url}/queue/comments/{pk}/decision", timeout=30,
                         data={"action": "approve", "note": "ok\x00", "csrf_token": csrf(http, service)})
    assert response.status_code == 400 and "NUL" in response.text
    with service.db() as db:
        assert db.execute("SELECT status, reviewed_by FROM comments WHERE id = ?", (pk,)).fetchone() == before
    for path in ("/v1/comments/a%00b", "/v1/queue?article_id=a%00b"):
        answer = publisher.get(path)
        assert answer.status_code == 400 and "NUL" in answer.json()["error"]
