"""Fixtures giving tests the real running service (see service_harness.py)."""

import pytest
from service_harness import SEED, Client, Service, needs_models


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    """The shared running service for API, page and metrics tests."""
    needs_models()
    svc = Service(tmp_path_factory.mktemp("service") / "moderator.db").start()
    yield svc
    svc.stop()


@pytest.fixture(scope="session")
def publisher(service) -> Client:
    return Client(service.url, service.create_key("daily-planet"))


@pytest.fixture(scope="session")
def other_publisher(service) -> Client:
    return Client(service.url, service.create_key("the-bugle"))


@pytest.fixture(scope="session")
def seed_page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeded(publisher, seed_page) -> dict:
    """The seed page posted once through POST /v1/pages: its answer."""
    response = publisher.post("/v1/pages", json={"text": seed_page, "url": "https://example.org/blinken-lavrov"})
    assert response.status_code == 200, response.text
    return response.json()
