"""Prometheus metrics. Under gunicorn every worker writes its samples to PROMETHEUS_MULTIPROC_DIR
(set by `moderator serve` before any worker starts) and /metrics merges them; the queue depth is
read from the database at scrape time, so it is right whichever worker answers."""

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily

REQUESTS = Counter("moderator_http_requests_total", "HTTP requests answered.", ["method", "endpoint", "status"])
LATENCY = Histogram(
    "moderator_http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["endpoint"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
COMMENTS = Counter("moderator_comments_total", "Comments scored and stored, by the model's decision.", ["decision"])
LABEL_DECISIONS = Counter(
    "moderator_label_decisions_total",
    "Flag and remove decisions of the model, by each label that crossed its policy threshold.",
    ["decision", "label"],
)
REVIEWS = Counter("moderator_reviews_total", "Moderators' decisions, by action.", ["action"])


def crossed_labels(result: dict) -> list[str]:
    """The labels a result's reasons name ("insult >= 0.50", "slur: ...")."""
    from moderator.labels import LABELS

    found = []
    for reason in result.get("reasons") or []:
        head = reason.split(":", 1)[0].split(" ", 1)[0].strip()
        if head in LABELS and head not in found:
            found.append(head)
    return found


def count_results(results: list[dict]) -> None:
    for result in results:
        if "error" in result:
            continue
        COMMENTS.labels(result["decision"]).inc()
        if result["decision"] != "keep":
            for label in crossed_labels(result):
                LABEL_DECISIONS.labels(result["decision"], label).inc()


class QueueDepthCollector:
    def __init__(self, depth):
        self._depth = depth

    def collect(self):
        gauge = GaugeMetricFamily("moderator_queue_depth", "Comments waiting for a moderator.")
        gauge.add_metric([], self._depth())
        yield gauge


def exposition(queue_depth) -> bytes:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        multiprocess.MultiProcessCollector(registry)
    else:  # one process (tests, `flask run`): this process's own metrics
        for metric in (REQUESTS, LATENCY, COMMENTS, LABEL_DECISIONS, REVIEWS):
            registry.register(metric)
    registry.register(QueueDepthCollector(queue_depth))
    return generate_latest(registry)
