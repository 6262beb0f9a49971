"""Perspective API compatibility (POST /v1alpha1/comments:analyze) against the real service and its
real SQLite file: Perspective's request and answer shapes, its key in the URL, Google-style errors."""

import pytest
import requests

from moderator.web.perspective import sentences

from service_harness import CLEAN, TOXIC

PATH = "/v1alpha1/comments:analyze"


def _analyze(service, key, body, **kw):
    return requests.post(f"{service.url}{PATH}", params={"key": key}, json=body, timeout=60, **kw)


@pytest.fixture(scope="module")
def key(service):
    return service.create_key("perspective-user")


def test_a_perspective_request_gets_a_perspective_answer_and_the_comment_is_stored(service, key):
    body = {"comment": {"text": TOXIC, "type": "PLAIN_TEXT"}, "languages": ["en"],
            "requestedAttributes": {"TOXICITY": {}, "INSULT": {}, "PROFANITY": {}, "THREAT": {}},
            "clientToken": "tok-1"}
    response = _analyze(service, key, body)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert set(answer["attributeScores"]) == {"TOXICITY", "INSULT", "PROFANITY", "THREAT"}
    assert answer["clientToken"] == "tok-1" and answer["languages"] == answer["detectedLanguages"] == ["en"]
    toxicity = answer["attributeScores"]["TOXICITY"]
    assert toxicity["summaryScore"]["type"] == "PROBABILITY" and toxicity["summaryScore"]["value"] > 0.5
    # without spanAnnotations: one span, the whole comment, with the summary score
    assert toxicity["spanScores"] == [{"begin": 0, "end": len(TOXIC), "score": toxicity["summaryScore"]}]
    decided = answer["moderator"]
    assert decided["decision"] in ("flag", "remove") and decided["reasons"]

    # the same scores as /v1/moderate gives, and the comment stored with its decision
    same = requests.post(f"{service.url}/v1/moderate", headers={"Authorization": f"Bearer {key}"},
                         json={"comments": [{"text": TOXIC}]}, timeout=60).json()["results"][0]
    assert toxicity["summaryScore"]["value"] == pytest.approx(same["scores"]["toxicity"], abs=1e-4)
    assert answer["attributeScores"]["PROFANITY"]["summaryScore"]["value"] == pytest.approx(same["scores"]["obscene"], abs=1e-4)
    with service.db() as db:
        row = db.execute("SELECT text, decision, status FROM comments WHERE external_id = ?", (decided["id"],)).fetchone()
    assert row["text"] == TOXIC and row["decision"] == decided["decision"]
    assert row["status"] == ("pending" if decided["decision"] == "flag" else "removed")


def test_do_not_store_is_honoured(service, key):
    with service.db() as db:
        before = db.execute("SELECT count(*) FROM comments").fetchone()[0]
    response = _analyze(service, key, {"comment": {"text": CLEAN}, "requestedAttributes": {"TOXICITY": {}},
                                       "doNotStore": True})
    assert response.status_code == 200, response.text
    assert response.json()["moderator"]["id"] is None
    assert response.json()["moderator"]["decision"] == "keep"
    with service.db() as db:
        assert db.execute("SELECT count(*) FROM comments").fetchone()[0] == before


def test_thresholds_leave_out_low_scores_and_spans_score_each_sentence(service, key):
    text = "Thanks for the clear report on the council 🙂. It helped. You are a pathetic idiot, shut up."
    body = {"comment": {"text": text}, "doNotStore": True, "spanAnnotations": True,
            "requestedAttributes": {"INSULT": {"scoreThreshold": 0.5}, "TOXICITY": {}, "THREAT": {"scoreThreshold": 0.9}}}
    answer = _analyze(service, key, body).json()
    assert "THREAT" not in answer["attributeScores"]  # below its threshold: left out, as Perspective does
    spans = answer["attributeScores"]["TOXICITY"]["spanScores"]
    assert len(spans) == 3
    # offsets count UTF-16 code units: the emoji before the insult counts twice
    start = text.index("You")
    assert spans[2]["begin"] == start + 1 and spans[2]["end"] == len(text) + 1
    assert spans[2]["score"]["value"] > 0.5 > spans[0]["score"]["value"]
    insult = answer["attributeScores"]["INSULT"]["spanScores"]
    assert [s["begin"] for s in insult] == [start + 1]  # the kind sentence is under the threshold


def test_context_names_the_people_harassment_is_aimed_at(service, key):
    text = "Blinky is a useless clown."  # a nickname: without the article nobody is named
    bare = _analyze(service, key, {"comment": {"text": text}, "doNotStore": True,
                                   "requestedAttributes": {"HARASSMENT": {}}}).json()
    article = "Secretary of State Antony Blinken met Sergei Lavrov in Geneva on Friday."
    given = _analyze(service, key, {"comment": {"text": text}, "doNotStore": True,
                                    "context": {"entries": [{"text": article, "type": "PLAIN_TEXT"}]},
                                    "requestedAttributes": {"HARASSMENT": {}}}).json()
    assert (given["attributeScores"]["HARASSMENT"]["summaryScore"]["value"]
            > bare["attributeScores"]["HARASSMENT"]["summaryScore"]["value"] + 0.1)


@pytest.mark.parametrize("body, message", [
    ({"requestedAttributes": {"TOXICITY": {}}}, "comment: required"),
    ({"comment": {"text": "   "}, "requestedAttributes": {"TOXICITY": {}}}, "comment.text: is empty"),
    ({"comment": {"text": 5}, "requestedAttributes": {"TOXICITY": {}}}, "comment.text: must be a string"),
    ({"comment": {"text": "<b>hi</b>", "type": "HTML"}, "requestedAttributes": {"TOXICITY": {}}}, "PLAIN_TEXT"),
    ({"comment": {"text": "hi"}}, "requestedAttributes: required"),
    ({"comment": {"text": "hi"}, "requestedAttributes": {"FLIRTATION": {}}}, "unknown attribute 'FLIRTATION'"),
    ({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {"scoreType": "PERCENTILE"}}}, "not supported"),
    ({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {"scoreThreshold": 2}}}, "between 0 and 1"),
    ({"comment": {"text": "hola"}, "languages": ["es"], "requestedAttributes": {"TOXICITY": {}}}, "English"),
    ({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}}, "doNotStore": "yes"}, "true or false"),
    ({"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}},
      "context": {"entries": [], "articleAndParentComment": {}}}, "not both"),
    ({"comment": {"text": "x" * 20_001}, "requestedAttributes": {"TOXICITY": {}}}, "at most 20000"),
])
def test_bad_requests_get_googles_error_shape(service, key, body, message):
    response = _analyze(service, key, body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert message in error["message"]


def test_the_key_is_checked_in_the_url_or_the_header(service, key):
    body = {"comment": {"text": CLEAN}, "requestedAttributes": {"TOXICITY": {}}, "doNotStore": True}
    missing = requests.post(f"{service.url}{PATH}", json=body, timeout=60)
    assert missing.status_code == 401 and missing.json()["error"]["status"] == "UNAUTHENTICATED"
    wrong = _analyze(service, "not-a-key", body)
    assert wrong.status_code == 401 and "unknown or revoked" in wrong.json()["error"]["message"]
    header = requests.post(f"{service.url}{PATH}", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert header.status_code == 200, header.text
    not_json = requests.post(f"{service.url}{PATH}", params={"key": key}, data=b"{nope", timeout=60)
    assert not_json.status_code == 400 and "malformed JSON" in not_json.json()["error"]["message"]


def test_sentences_keep_their_offsets():
    text = "First one. Second?! \"Quoted.\"\nA line without an end\n\n  Last"
    assert [text[a:b] for a, b in sentences(text)] == ["First one.", "Second?!", "\"Quoted.\"",
                                                       "A line without an end", "Last"]


def test_every_call_counts_against_the_keys_rate_limit(service):
    limited = service.create_key("perspective-small", "--rate-limit", "4/day")
    stored = {"comment": {"text": CLEAN}, "requestedAttributes": {"TOXICITY": {}}}
    codes = [_analyze(service, limited, body).status_code
             for body in (stored, {**stored, "doNotStore": True}, {"comment": {"text": ""}}, stored, stored)]
    assert codes == [200, 200, 400, 200, 429]
    refused = _analyze(service, limited, stored)
    assert refused.json()["error"]["status"] == "RESOURCE_EXHAUSTED" and "Retry-After" in refused.headers


def test_a_comment_in_another_language_is_named_and_flagged(service, key):
    answer = _analyze(service, key, {"comment": {"text": "Eres un idiota, no sabes nada de lo que estás hablando."},
                                     "requestedAttributes": {"TOXICITY": {}}, "doNotStore": True}).json()
    assert answer["detectedLanguages"] == ["es"] and answer["languages"] == ["en"]
    assert answer["moderator"]["decision"] == "flag"
    assert "language: not English (es), the scores may miss abuse" in answer["moderator"]["reasons"]


def test_span_annotations_stay_bounded_on_a_text_of_many_sentences(service, key):
    text = " ".join(f"Line {i} is fine." for i in range(400))
    answer = _analyze(service, key, {"comment": {"text": text}, "doNotStore": True, "spanAnnotations": True,
                                     "requestedAttributes": {"TOXICITY": {}}}).json()
    spans = answer["attributeScores"]["TOXICITY"]["spanScores"]
    assert len(spans) == 100 and spans[-1]["end"] == len(text)
