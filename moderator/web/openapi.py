"""/openapi.json: the OpenAPI 3.1 description of API v1. tests/web/test_openapi.py checks that it
lists exactly the routes the app serves and that real answers validate against its schemas."""

from flask import Blueprint, current_app, jsonify

from moderator import __version__
from moderator.labels import LABELS
from moderator.store.models import QUEUE_STATUSES

bp = Blueprint("openapi", __name__)

NULLABLE_STRING = {"type": ["string", "null"]}
ID = {"type": ["string", "integer"],
      "description": "The publisher's comment id (up to 200 characters; not \".\" or \"..\", which no URL can hold)."}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    return {str(code): {"$ref": f"#/components/responses/E{code}"} for code in codes}


SCORES = {
    "type": "object",
    "properties": {label: {"type": "number", "minimum": 0, "maximum": 1} for label in LABELS},
    "required": list(LABELS),
    "description": "Calibrated probability per label.",
}
SPAN = {
    "type": "object",
    "properties": {
        "start": {"type": "integer"},
        "end": {"type": "integer"},
        "label": {"type": "string"},
        "text": {"type": "string"},
    },
    "required": ["start", "end", "label", "text"],
}
RESULT = {
    "oneOf": [
        {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "decision": {"enum": ["keep", "flag", "remove"]},
                "scores": _ref("Scores"),
                "reasons": {"type": "array", "items": {"type": "string"}},
                "spans": {"type": "array", "items": _ref("Span")},
                "model_version": {"type": "string"},
            },
            "required": ["id", "decision", "scores", "reasons", "spans", "model_version"],
        },
        {
            "type": "object",
            "properties": {"id": {"type": ["string", "null"]}, "error": {"type": "string"}},
            "required": ["id", "error"],
            "description": "A comment whose text cannot be scored (empty, too long, binary); it is not stored.",
        },
    ]
}
ARTICLE_IN = {
    "oneOf": [
        {"type": "string", "description": "The article's text (context: people named in it)."},
        {
            "type": "object",
            "properties": {"title": NULLABLE_STRING, "text": NULLABLE_STRING, "url": NULLABLE_STRING},
        },
        {"type": "null"},
    ]
}
COMMENT_IN = {
    "type": "object",
    "properties": {
        "id": {**ID, "description": "Your id; one is made when absent. Re-sending an id updates that comment."},
        "text": {"type": "string"},
        "author": NULLABLE_STRING,
        "article_id": {"type": ["string", "integer", "null"]},
        "article": ARTICLE_IN,
        "parent": {"type": ["string", "integer", "null"]},
    },
    "required": ["text"],
}
POLICY = {
    "oneOf": [
        {"type": "string", "description": "The name of a policy shipped with the service: \"default\", or "
         "\"thorough\" (every comment read by the transformer too: more accurate, slower)."},
        {"type": "object", "description": "An inline policy: the tables of a policy TOML file as JSON "
         "({\"flag\": {label: threshold}, \"remove\": {...}, \"cascade\": {...}, \"phrases\": {\"flag\": "
         "[\"threat\", \"accusation\", \"exclusion\", \"stereotype\", \"sexual_harassment\", \"dehumanization\", "
         "\"personal_info\", "
         "\"coded_hate\", \"pile_on\", \"put_down\"]}, \"evidence\": {\"remove_needs_words\": [\"threat\"]}, \"language\": "
         "{\"not_english\": \"flag\"}, \"profanity\": {\"aimed_at_no_one\": \"flag\"}}); with \"extends\": \"default\" "
         "it states only what it changes (a site that allows swearing but not at people: {\"extends\": \"default\", "
         "\"profanity\": {\"aimed_at_no_one\": \"keep\"}})."},
    ],
    "description": "Absent: the service's default policy.",
}
STORED_COMMENT = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "text": {"type": "string"},
        "author": NULLABLE_STRING,
        "parent": NULLABLE_STRING,
        "article": {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "title": NULLABLE_STRING, "url": NULLABLE_STRING},
                    "required": ["id", "title", "url"],
                },
                {"type": "null"},
            ]
        },
        "decision": {"enum": ["keep", "flag", "remove"]},
        "status": {"enum": ["kept", *QUEUE_STATUSES]},
        "severity": {"type": "number"},
        "scores": _ref("Scores"),
        "reasons": {"type": "array", "items": {"type": "string"}},
        "spans": {"type": "array", "items": _ref("Span")},
        "model_version": {"type": "string"},
        "policy": {
            "type": "object",
            "properties": {"name": NULLABLE_STRING, "digest": NULLABLE_STRING},
            "required": ["name", "digest"],
        },
        "created_at": {"type": "string", "format": "date-time"},
        "updated_at": {"type": "string", "format": "date-time"},
        "reviewed_at": {"type": ["string", "null"], "format": "date-time"},
        "reviewed_by": NULLABLE_STRING,
        "history": {"type": "array", "items": _ref("Event"), "description": "Only in GET /v1/comments/{id}."},
    },
    "required": [
        "id", "text", "author", "parent", "article", "decision", "status", "severity", "scores", "reasons",
        "spans", "model_version", "policy", "created_at", "updated_at", "reviewed_at", "reviewed_by",
    ],
}
EVENT = {
    "type": "object",
    "properties": {
        "at": {"type": "string", "format": "date-time"},
        "actor": {"type": "string", "description": "model, user:NAME or key:PUBLISHER/PREFIX"},
        "action": {"enum": ["scored", "rescored", "approve", "remove"]},
        "status_before": NULLABLE_STRING,
        "status_after": {"type": "string"},
        "note": NULLABLE_STRING,
        "model_decision": {"enum": ["keep", "flag", "remove"]},
        "model_version": {"type": "string"},
        "policy_digest": NULLABLE_STRING,
    },
    "required": ["at", "actor", "action", "status_before", "status_after", "note", "model_decision",
                 "model_version", "policy_digest"],
}
ERROR = {
    "type": "object",
    "properties": {
        "error": {"type": "string"},
        "status": {"type": "integer"},
        "field": {"type": "string", "description": "Path of the field at fault, e.g. comments[2].text."},
    },
    "required": ["error", "status"],
}
STATS = {
    "type": "object",
    "properties": {
        "comments": {"type": "integer"},
        "decisions": {"type": "object", "additionalProperties": {"type": "integer"}},
        "status": {"type": "object", "additionalProperties": {"type": "integer"}},
        "reviews": {"type": "object", "additionalProperties": {"type": "integer"}},
        "overturned": {"type": "integer", "description": "Decisions against the model (approve a removal, remove a keep)."},
        "oldest_pending_at": {"type": ["string", "null"], "format": "date-time"},
    },
    "required": ["comments", "decisions", "status", "reviews", "overturned", "oldest_pending_at"],
}
PAGE_OUT = {
    "type": "object",
    "properties": {
        "article": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "text": {"type": "string"}},
            "required": ["title", "text"],
        },
        "comments": {
            "type": "array",
            "items": {
                "allOf": [
                    {
                        "type": "object",
                        "properties": {
                            "index": {"type": "integer"},
                            "text": {"type": "string"},
                            "author": NULLABLE_STRING,
                            "time": NULLABLE_STRING,
                            "parent": {"type": ["integer", "null"]},
                        },
                        "required": ["index", "text"],
                    },
                    _ref("Result"),
                ]
            },
        },
        "model_version": {"type": "string"},
        "notes": {"type": "array", "items": {"type": "string"},
                  "description": "Present when the page's limits left part of it unread (HTML past 4 MiB, a "
                                 "thread past 5,000 comments): those comments were not moderated."},
    },
    "required": ["article", "comments", "model_version"],
}
DECISION_IN = {
    "type": "object",
    "properties": {"action": {"enum": ["approve", "remove"]}, "note": NULLABLE_STRING},
    "required": ["action"],
}
BULK_IN = {
    "type": "object",
    "properties": {
        "ids": {"type": "array", "items": ID, "minItems": 1, "maxItems": 500},
        "action": {"enum": ["approve", "remove"]},
        "note": NULLABLE_STRING,
    },
    "required": ["ids", "action"],
}
BULK_OUT = {
    "type": "object",
    "properties": {
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "status": {"type": "string"}, "error": {"type": "string"}},
                "required": ["id"],
            },
        }
    },
    "required": ["results"],
}
TEXT_ENTRY = {
    "type": "object",
    "properties": {"text": {"type": "string"}, "type": {"enum": ["PLAIN_TEXT", "TEXT_TYPE_UNSPECIFIED"]}},
    "required": ["text"],
}
PERSPECTIVE_SCORE = {
    "type": "object",
    "properties": {"value": {"type": "number", "minimum": 0, "maximum": 1}, "type": {"const": "PROBABILITY"}},
    "required": ["value", "type"],
}
PERSPECTIVE_IN = {
    "type": "object",
    "properties": {
        "comment": TEXT_ENTRY,
        "context": {"type": "object", "description": "Either entries or articleAndParentComment: the text the "
                    "comment answers (people named in it are possible targets of harassment).", "properties": {
                        "entries": {"type": "array", "items": TEXT_ENTRY},
                        "articleAndParentComment": {"type": "object", "properties": {
                            "article": TEXT_ENTRY, "parentComment": TEXT_ENTRY}}}},
        "requestedAttributes": {
            "type": "object", "minProperties": 1,
            "description": "TOXICITY, SEVERE_TOXICITY, IDENTITY_ATTACK, INSULT, PROFANITY (or OBSCENE), THREAT, "
                           "SEXUALLY_EXPLICIT (each also with the suffix _EXPERIMENTAL), and moderator's own SLUR "
                           "and HARASSMENT.",
            "additionalProperties": {"type": ["object", "null"], "properties": {
                "scoreType": {"enum": ["PROBABILITY", "SCORE_TYPE_UNSPECIFIED"]},
                "scoreThreshold": {"type": "number", "minimum": 0, "maximum": 1}}},
        },
        "spanAnnotations": {"type": "boolean", "description": "Score each sentence too."},
        "languages": {"type": "array", "items": {"type": "string"}, "description": "Must include English."},
        "doNotStore": {"type": "boolean", "description": "true: scored and decided, not stored or queued."},
        "clientToken": {"type": "string"},
        "sessionId": {"type": "string"},
        "communityId": {"type": "string"},
    },
    "required": ["comment", "requestedAttributes"],
}
PERSPECTIVE_OUT = {
    "type": "object",
    "properties": {
        "attributeScores": {"type": "object", "additionalProperties": {
            "type": "object",
            "properties": {
                "summaryScore": PERSPECTIVE_SCORE,
                "spanScores": {"type": "array", "items": {"type": "object", "properties": {
                    "begin": {"type": "integer"}, "end": {"type": "integer"}, "score": PERSPECTIVE_SCORE},
                    "required": ["begin", "end", "score"]},
                    "description": "Offsets in UTF-16 code units, as Perspective's."},
            },
            "required": ["summaryScore", "spanScores"]}},
        "languages": {"type": "array", "items": {"type": "string"}, "description": "[\"en\"]: what the models read."},
        "detectedLanguages": {"type": "array", "items": {"type": "string"},
                              "description": "The comment's language where it reads as another, else [\"en\"]."},
        "clientToken": {"type": "string"},
        "moderator": {"type": "object", "properties": {
            "id": {"type": ["string", "null"], "description": "The stored comment's id (null with doNotStore)."},
            "decision": {"enum": ["keep", "flag", "remove"]},
            "reasons": {"type": "array", "items": {"type": "string"}},
            "model_version": {"type": "string"}},
            "required": ["id", "decision", "reasons", "model_version"]},
    },
    "required": ["attributeScores", "languages", "detectedLanguages", "moderator"],
}
GOOGLE_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {
        "code": {"type": "integer"}, "message": {"type": "string"}, "status": {"type": "string"}},
        "required": ["code", "message", "status"]}},
    "required": ["error"],
}


def document(max_bytes: int) -> dict:
    comment_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
                  "description": "Your comment id, percent-encoded (\"/\" as %2F): any id is reachable."}
    query = [
        {"name": "status", "in": "query", "schema": {"enum": list(QUEUE_STATUSES), "default": "pending"}},
        {"name": "label", "in": "query", "schema": {"enum": list(LABELS)},
         "description": "Sort by this label's score (and apply min_score to it)."},
        {"name": "min_score", "in": "query", "schema": {"type": "number", "minimum": 0, "maximum": 1}},
        {"name": "article_id", "in": "query", "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
        {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "`next` of the previous page."},
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "moderator",
            "version": __version__,
            "description": "Moderation of news-site reader comments. Authenticate with `Authorization: Bearer <key>` "
            f"(keys come from `moderator keys create NAME`). Request bodies are JSON, at most {max_bytes} bytes.",
        },
        "security": [{"apiKey": []}],
        "paths": {
            "/v1/moderate": {
                "post": {
                    "summary": "Score comments, store them, queue the flagged ones",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {
                            "comments": {"type": "array", "items": _ref("CommentIn"), "minItems": 1},
                            "policy": _ref("Policy"),
                        },
                        "required": ["comments"],
                    }}}},
                    "responses": {
                        "200": _json({"type": "object", "properties": {"results": {"type": "array", "items": _ref("Result")}},
                                      "required": ["results"]}, "One result per comment, in order; all stored."),
                        **_errors(400, 401, 408, 413, 429),
                    },
                }
            },
            "/v1/pages": {
                "post": {
                    "summary": "Separate a page into article and comments, score and store the comments",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {"html": {"type": "string"}, "text": {"type": "string"}, "url": {"type": "string"},
                                       "article_id": {"type": ["string", "integer"]}, "policy": _ref("Policy")},
                        "description": "Exactly one of html and text.",
                    }}}},
                    "responses": {"200": _json(PAGE_OUT, "The page as `moderator page` prints it."),
                                  **_errors(400, 401, 408, 413, 429)},
                }
            },
            "/v1/comments/{id}": {
                "get": {
                    "summary": "One of your comments, with its history",
                    "parameters": [comment_id],
                    "responses": {"200": _json(_ref("StoredComment"), "The comment."), **_errors(401, 404, 429)},
                }
            },
            "/v1/queue": {
                "get": {
                    "summary": "Your queue, most severe first",
                    "parameters": query,
                    "responses": {
                        "200": _json({"type": "object", "properties": {
                            "items": {"type": "array", "items": _ref("StoredComment")},
                            "next": {"type": ["string", "null"]}}, "required": ["items", "next"]}, "A page of the queue."),
                        **_errors(400, 401, 429),
                    },
                }
            },
            "/v1/queue/{id}/decision": {
                "post": {
                    "summary": "Approve or remove one comment",
                    "parameters": [comment_id],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": DECISION_IN}}},
                    "responses": {"200": _json(_ref("StoredComment"), "The comment after the decision."),
                                  **_errors(400, 401, 404, 413, 429)},
                }
            },
            "/v1/queue/decisions": {
                "post": {
                    "summary": "Approve or remove many comments",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": BULK_IN}}},
                    "responses": {"200": _json(BULK_OUT, "One entry per id (unknown ids get an error)."),
                                  **_errors(400, 401, 408, 413, 429)},
                }
            },
            "/v1alpha1/comments:analyze": {
                "post": {
                    "summary": "Perspective API's call: scores in Perspective's shape, for publishers switching over",
                    "description": "The key may also be sent as `?key=` in the URL, as Perspective's clients do. "
                                   "Errors come in Google's shape ({\"error\": {\"code\", \"message\", \"status\"}}).",
                    "parameters": [{"name": "key", "in": "query", "schema": {"type": "string"}}],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": PERSPECTIVE_IN}}},
                    "responses": {
                        "200": _json(PERSPECTIVE_OUT,
                                     "Scores of the requested attributes at or above their thresholds."),
                        **{str(code): _json(GOOGLE_ERROR, description) for code, description in (
                            (400, "Bad request (INVALID_ARGUMENT)."),
                            (401, "Missing or unknown key (UNAUTHENTICATED)."),
                            (413, "Request body over the size limit."),
                            (429, "Rate limit exceeded (RESOURCE_EXHAUSTED)."))},
                    },
                }
            },
            "/v1/stats": {
                "get": {
                    "summary": "Counts of your comments and decisions",
                    "responses": {"200": _json(STATS, "Counts."), **_errors(401, 429)},
                }
            },
        },
        "components": {
            "securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Scores": SCORES,
                "Span": SPAN,
                "Result": RESULT,
                "CommentIn": COMMENT_IN,
                "Policy": POLICY,
                "StoredComment": STORED_COMMENT,
                "Event": EVENT,
                "Error": ERROR,
            },
            "responses": {
                f"E{code}": _json(_ref("Error"), description)
                for code, description in (
                    (400, "Bad request: malformed JSON or a wrong field (named in `field`)."),
                    (401, "Missing, malformed, unknown or revoked API key."),
                    (404, "No such comment for this publisher."),
                    (408, "The request body stopped arriving before its Content-Length (a read timeout)."),
                    (413, "Request body over the size limit."),
                    (429, "Rate limit of this key exceeded; retry after Retry-After seconds."),
                )
            },
        },
    }


@bp.get("/openapi.json")
def openapi_json():
    return jsonify(document(current_app.config["MAX_CONTENT_LENGTH"]))
