"""/openapi.json is a valid OpenAPI 3.1 document, lists exactly the API's routes, and the real
service's answers validate against it."""

import re

import jsonschema
import pytest
from openapi_spec_validator import validate

from moderator.web import create_app
from moderator.web.openapi import document

from service_harness import TOXIC


@pytest.fixture(scope="module")
def doc():
    spec = document(1024 * 1024)
    validate(spec)
    return spec


def test_document_lists_exactly_the_served_routes(doc, tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'o.db'}", "LOAD_MODELS": False})
    served = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(("/v1/", "/v1alpha1/")):
            path = re.sub(r"<(?:\w+:)?\w+>", "{id}", rule.rule)
            served.setdefault(path, set()).update(m.lower() for m in rule.methods - {"HEAD", "OPTIONS"})
    documented = {path: set(item) for path, item in doc["paths"].items()}
    assert served == documented


def check(doc, path, method, response):
    """Validate a real response against the document's schema for its status."""
    operation = doc["paths"][path][method]
    spec = operation["responses"][str(response.status_code)]
    if "$ref" in spec:
        spec = doc["components"]["responses"][spec["$ref"].rsplit("/", 1)[1]]
    schema = {"allOf": [spec["content"]["application/json"]["schema"]], "components": doc["components"]}
    jsonschema.Draft202012Validator(schema).validate(response.json())


def test_real_answers_match_the_document(doc, publisher, seeded, seed_page):
    check(doc, "/v1/moderate", "post", publisher.post("/v1/moderate", json={"comments": [
        {"id": "oa-1", "text": TOXIC}, {"id": "oa-2", "text": ""}]}))
    check(doc, "/v1/moderate", "post", publisher.post("/v1/moderate", json={"comments": [{"id": 3}]}))
    check(doc, "/v1/pages", "post", publisher.post("/v1/pages", json={"text": seed_page}))
    check(doc, "/v1/comments/{id}", "get", publisher.get("/v1/comments/oa-1"))
    check(doc, "/v1/comments/{id}", "get", publisher.get("/v1/comments/none"))
    check(doc, "/v1/queue", "get", publisher.get("/v1/queue", params={"limit": 3}))
    check(doc, "/v1/queue", "get", publisher.get("/v1/queue", params={"status": "x"}))
    check(doc, "/v1/queue/{id}/decision", "post", publisher.post("/v1/queue/oa-1/decision", json={"action": "remove"}))
    check(doc, "/v1/queue/decisions", "post", publisher.post("/v1/queue/decisions", json={"ids": ["oa-1", "x"], "action": "approve"}))
    check(doc, "/v1/stats", "get", publisher.get("/v1/stats"))
    analyze = "/v1alpha1/comments:analyze"
    check(doc, analyze, "post", publisher.post(analyze, json={"comment": {"text": TOXIC}, "spanAnnotations": True,
                                                              "requestedAttributes": {"TOXICITY": {}, "HARASSMENT": {}}}))
    check(doc, analyze, "post", publisher.post(analyze, json={"comment": {"text": TOXIC}}))


def test_served_document_is_the_same(doc, service):
    import requests

    assert requests.get(service.url + "/openapi.json", timeout=30).json() == doc
