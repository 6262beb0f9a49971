"""/metrics merges every gunicorn worker's counts (prometheus multiprocess mode) and reads the queue
depth from the database."""

import requests
from prometheus_client.parser import text_string_to_metric_families
from service_harness import TOXIC


def samples(service) -> dict:
    text = requests.get(service.url + "/metrics", timeout=30).text
    out = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_counts_from_all_workers_and_queue_depth(service, publisher):
    before = samples(service)
    key = ("moderator_http_requests_total", (("endpoint", "/v1/moderate"), ("method", "POST"), ("status", "200")))
    flagged_key = ("moderator_comments_total", (("decision", "flag"),))
    decisions = []
    for i in range(20):  # spread over both workers by the kernel's accept
        result = publisher.post("/v1/moderate", json={"comments": [{"id": f"metric-{i}", "text": f"{TOXIC} {i}"}]})
        decisions.append(result.json()["results"][0]["decision"])
    after = samples(service)
    assert after[key] - before.get(key, 0) == 20
    assert after.get(flagged_key, 0) - before.get(flagged_key, 0) == decisions.count("flag")
    latency = ("moderator_http_request_duration_seconds_count", (("endpoint", "/v1/moderate"),))
    assert after[latency] - before.get(latency, 0) == 20
    assert any(name == "moderator_label_decisions_total" and dict(labels).get("label") == "insult"
               for name, labels in after)
    with service.db() as db:
        (pending,) = db.execute("SELECT count(*) FROM comments WHERE status = 'pending'").fetchone()
    assert after[("moderator_queue_depth", ())] == pending
