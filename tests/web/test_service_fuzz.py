"""Any request body, on any endpoint of the running service: an answer below 500, and a 4xx always with a
JSON body saying what is wrong (hypothesis; settings in tests/fuzzing.py)."""

import json
from urllib.parse import quote

from fuzzing import examples
from hypothesis import given
from hypothesis import strategies as st

KEYS = ["text", "comments", "id", "author", "parent", "article", "article_id", "policy", "html", "url", "format",
        "action", "note", "ids", "title", "comment", "requestedAttributes", "languages", "doNotStore"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), st.text(max_size=20),
    st.sampled_from(["keep", "flag", "remove", "approve", "reject", "default", "thorough", "html", "text",
                     "You idiot", "<p>hi</p>", "\ud800", "\x00", "TOXICITY"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
                      max_leaves=20)
COMMENT_TEXT = st.one_of(st.text(max_size=40), st.sampled_from(["You idiot", "f u c k you", "n1gg3r", "\x00", " ", "ok"]))
IDS = st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=8), st.sampled_from(["a", "a/b", "%", "..", "é"]))
# bodies of the right shape with any values in it, so that accepted requests are drawn too
COMMENT = st.fixed_dictionaries({"text": COMMENT_TEXT}, optional={"id": IDS, "author": SCALARS, "parent": IDS,
                                                                  "article": SCALARS, "article_id": IDS})
MODERATE = st.fixed_dictionaries({"comments": st.lists(COMMENT, min_size=1, max_size=3)},
                                 optional={"policy": SCALARS})
PAGE_CONTENT = st.one_of(COMMENT_TEXT, st.sampled_from(["Story.\n\nComments (2)\nann: nice\nbob: you idiot",
                                                       "<p>a</p><div class='comment'>x</div>"]))
PAGE = st.one_of(*(st.fixed_dictionaries({key: PAGE_CONTENT},
                                         optional={"url": SCALARS, "article_id": IDS, "format": SCALARS})
                   for key in ("text", "html")))
ANALYZE = st.fixed_dictionaries({"comment": st.fixed_dictionaries({"text": COMMENT_TEXT}),
                                  "requestedAttributes": st.dictionaries(
                                      st.sampled_from(["TOXICITY", "INSULT", "THREAT", "NOPE"]),
                                      st.one_of(st.just({}), VALUES), max_size=3)},
                                 optional={"languages": VALUES, "doNotStore": SCALARS})
BODIES = st.one_of(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6), VALUES, st.binary(max_size=40),
                   MODERATE, PAGE)
ENDPOINTS = [("post", "/v1/moderate"), ("post", "/v1/pages"), ("post", "/v1/queue/decisions"),
             ("post", "/v1/queue/nope/decision"), ("post", "/v1alpha1/comments:analyze"), ("get", "/v1/queue"),
             ("get", "/v1/comments/nope"), ("get", "/v1/queue?status=zz&limit=-1&min_score=nan&cursor=%ff")]


def test_no_request_body_makes_the_service_fail(publisher):
    @examples(250)
    @given(st.one_of(st.tuples(st.sampled_from(ENDPOINTS), BODIES),
                     st.tuples(st.just(("post", "/v1/moderate")), MODERATE),
                     st.tuples(st.just(("post", "/v1/pages")), PAGE),
                     st.tuples(st.just(("post", "/v1alpha1/comments:analyze")), ANALYZE)))
    def check(request):
        (method, path), body = request
        if method == "get":
            response = publisher.get(path)
        else:
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()  # "\ud800" stays escaped
            response = publisher.post(path, data=raw, headers={"Content-Type": "application/json"})
        assert response.status_code < 500, (path, body, response.text[:300])
        answer = response.json()
        if response.status_code >= 400:
            assert answer.get("error"), (path, body, answer)
        elif path in ("/v1/moderate", "/v1/pages"):
            # what the service accepted it stored before answering (a comment it could not score has an
            # "error" of its own and no id)
            results = answer["results"] if path == "/v1/moderate" else answer["comments"]
            for result in (r for r in results if "error" not in r):
                assert publisher.get(f"/v1/comments/{quote(str(result['id']), safe='')}").status_code == 200, result

    check()
