"""Perspective API compatibility: `POST /v1alpha1/comments:analyze`, the call most publishers make today.

Google's Perspective API stops serving after 2026. A publisher's code that calls it switches to moderator
by changing the base URL (and the key): the request and the answer keep Perspective's shape
(`comment.text`, `context`, `requestedAttributes` with `scoreThreshold`, `spanAnnotations`, `languages`,
`clientToken`, `doNotStore`; `attributeScores` with `summaryScore` and `spanScores` whose offsets count
UTF-16 code units, as Perspective's do), and errors come as Google's `{"error": {"code", "message",
"status"}}`. The key goes in `?key=` as with Perspective, or in `Authorization: Bearer`.

The scores are moderator's calibrated probabilities for its labels under Perspective's attribute names
(PERSPECTIVE_ATTRIBUTES); SLUR and HARASSMENT, moderator's own labels, can be asked for too. The comment
is decided under the service's default policy and stored like one sent to /v1/moderate (flagged ones wait
in the queue), unless the request says `"doNotStore": true`; the answer's `moderator` member carries the
decision, its reasons and the stored id. Perspective's `comments:suggestscore` (feedback for Google's
training) has no counterpart: moderators' decisions in the queue are the feedback."""

import re

from flask import Blueprint, current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

from moderator.labels import LABELS
from moderator.store.comments import Submission
from moderator.web import api, validate
from moderator.web.errors import ApiError, bad_field
from moderator.web.metrics import count_results
from moderator.web.scoring import get_scorer

bp = Blueprint("perspective", __name__, url_prefix="/v1alpha1")

# Perspective's attribute names -> our labels (its _EXPERIMENTAL variants are the same attributes)
PERSPECTIVE_ATTRIBUTES = {
    "TOXICITY": "toxicity",
    "SEVERE_TOXICITY": "severe_toxicity",
    "IDENTITY_ATTACK": "identity_attack",
    "INSULT": "insult",
    "PROFANITY": "obscene",
    "OBSCENE": "obscene",
    "THREAT": "threat",
    "SEXUALLY_EXPLICIT": "sexual_explicit",
}
OWN_ATTRIBUTES = {"SLUR": "slur", "HARASSMENT": "harassment"}
MAX_TEXT_CHARS = 20_000  # Perspective's own limit is 20 KB of text
MAX_SPANS = 100  # sentences scored apart with spanAnnotations
_GOOGLE_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                  405: "INVALID_ARGUMENT", 413: "INVALID_ARGUMENT", 429: "RESOURCE_EXHAUSTED"}
# A sentence: up to its closing punctuation (and quotes), or a line.
_SENTENCE = re.compile(r"[^\s].*?(?:[.!?]+[\"')\]”’]*(?=\s|$)|(?=\n)|$)", re.S)


def _label(attribute: str) -> str | None:
    name = attribute.removesuffix("_EXPERIMENTAL")
    return PERSPECTIVE_ATTRIBUTES.get(name) or OWN_ATTRIBUTES.get(attribute)


def _google_error(status: int, message: str, headers: dict | None = None):
    response = jsonify({"error": {"code": status, "message": message,
                                  "status": _GOOGLE_STATUS.get(status, "INVALID_ARGUMENT")}})
    response.status_code = status
    response.headers.update(headers or {})
    return response


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):
    return _google_error(exc.status, exc.message, exc.headers)


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException):
    if exc.code == 413:
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return _google_error(413, f"request body larger than the limit of {limit} bytes")
    return _google_error(exc.code or 400, exc.description or exc.name)


@bp.before_request
def authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    key = request.args.get("key", "")
    if header and (scheme.lower() != "bearer" or not token.strip()):
        raise ApiError(401, "malformed Authorization header: expected 'Bearer <key>'", headers=api.CHALLENGE)
    token = token.strip() if header else key.strip()
    if not token:
        raise ApiError(401, "missing API key: add ?key=<key> to the URL or send 'Authorization: Bearer <key>'",
                       headers=api.CHALLENGE)
    api.admit(token, counted_in_store=True)  # counted when the comment is stored, else after the answer


bp.after_request(api.count_unstored)


def _text_entry(value, path: str, required: bool = False) -> str | None:
    """A Perspective TextEntry {"text", "type"}: its text (plain text only)."""
    if value is None and not required:
        return None
    if not isinstance(value, dict):
        raise bad_field(path, "required: an object {\"text\": ...}" if value is None else
                        f"must be an object {{\"text\": ...}}, not {type(value).__name__}")
    kind = value.get("type", "PLAIN_TEXT")
    if kind not in ("PLAIN_TEXT", "TEXT_TYPE_UNSPECIFIED"):
        raise bad_field(f"{path}.type", f"{kind!r} is not supported: send the text as PLAIN_TEXT")
    text = value.get("text")
    if not isinstance(text, str):
        raise bad_field(f"{path}.text", "required: a string" if text is None else
                        f"must be a string, not {type(text).__name__}")
    validate.storable(text, f"{path}.text")
    return text


def _context(body: dict) -> str | None:
    """The text the comment answers (an article, a parent comment, a thread), for harassment's targets."""
    context = body.get("context")
    if context is None:
        return None
    if not isinstance(context, dict):
        raise bad_field("context", f"must be an object, not {type(context).__name__}")
    if context.get("entries") is not None and context.get("articleAndParentComment") is not None:
        raise bad_field("context", "send either entries or articleAndParentComment, not both")
    parts = []
    entries = context.get("entries")
    if entries is not None:
        if not isinstance(entries, list):
            raise bad_field("context.entries", f"must be a list, not {type(entries).__name__}")
        parts = [_text_entry(entry, f"context.entries[{i}]", required=True) for i, entry in enumerate(entries)]
    pair = context.get("articleAndParentComment")
    if pair is not None:
        if not isinstance(pair, dict):
            raise bad_field("context.articleAndParentComment", f"must be an object, not {type(pair).__name__}")
        parts = [_text_entry(pair.get(key), f"context.articleAndParentComment.{key}")
                 for key in ("article", "parentComment")]
    return "\n\n".join(part for part in parts if part) or None


def _requested(body: dict) -> dict[str, tuple[str, float | None]]:
    """Attribute name -> (our label, its score threshold or None)."""
    requested = body.get("requestedAttributes")
    if not isinstance(requested, dict) or not requested:
        raise bad_field("requestedAttributes", "required: an object naming at least one attribute, "
                                               "e.g. {\"TOXICITY\": {}}")
    out = {}
    for name, params in requested.items():
        path = f"requestedAttributes.{name}"
        label = _label(name)
        if label is None:
            known = ", ".join([*PERSPECTIVE_ATTRIBUTES, *OWN_ATTRIBUTES])
            raise bad_field(path, f"unknown attribute {name!r}: moderator scores {known}")
        params = {} if params is None else params
        if not isinstance(params, dict):
            raise bad_field(path, f"must be an object ({{}} for the defaults), not {type(params).__name__}")
        score_type = params.get("scoreType", "PROBABILITY")
        if score_type not in ("PROBABILITY", "SCORE_TYPE_UNSPECIFIED"):
            raise bad_field(f"{path}.scoreType", f"{score_type!r} is not supported: scores are probabilities")
        threshold = params.get("scoreThreshold")
        if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float))
                                      or not 0.0 <= threshold <= 1.0):
            raise bad_field(f"{path}.scoreThreshold", "must be a number between 0 and 1")
        out[name] = (label, None if threshold is None else float(threshold))
    return out


def _check_languages(body: dict) -> None:
    languages = body.get("languages")
    if languages is None:
        return
    if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
        raise bad_field("languages", "must be a list of language codes, e.g. [\"en\"]")
    if languages and not any(code.lower().split("-")[0].split("_")[0] == "en" for code in languages):
        raise bad_field("languages", f"{', '.join(languages)} not supported: moderator scores English (\"en\")")


def _utf16(text: str) -> list[int]:
    """UTF-16 code-unit offset of every index of text (and of its end): Perspective's span units."""
    offsets, at = [], 0
    for ch in text:
        offsets.append(at)
        at += 2 if ord(ch) > 0xFFFF else 1
    offsets.append(at)
    return offsets


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, surrounding space left out."""
    return [(m.start(), m.start() + len(m.group().rstrip())) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _score(value: float) -> dict:
    return {"value": round(float(value), 4), "type": "PROBABILITY"}


@bp.post("/comments:analyze")
def analyze():
    body = validate.json_body(request)
    text = _text_entry(body.get("comment"), "comment", required=True)
    if not text.strip():
        raise bad_field("comment.text", "is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise bad_field("comment.text", f"{len(text)} characters; at most {MAX_TEXT_CHARS}")
    requested = _requested(body)
    _check_languages(body)
    context = _context(body)
    client_token = body.get("clientToken")
    if client_token is not None and not isinstance(client_token, str):
        raise bad_field("clientToken", f"must be a string, not {type(client_token).__name__}")
    do_not_store = body.get("doNotStore", False)
    if not isinstance(do_not_store, bool):
        raise bad_field("doNotStore", "must be true or false")
    span_annotations = body.get("spanAnnotations", False)
    if not isinstance(span_annotations, bool):
        raise bad_field("spanAnnotations", "must be true or false")

    scorer = get_scorer(current_app.config["MODELS"])
    if do_not_store:
        result = scorer.moderate([{"id": None, "text": text, "article": context}])[0]
        count_results([result])
    else:
        result = api.score_and_store([Submission(id=None, text=text, article_text=context)], None)[0]
    if "error" in result:
        raise bad_field("comment.text", result["error"])

    units = _utf16(text)
    pieces = sentences(text) if span_annotations else []
    if len(pieces) > MAX_SPANS:  # bounded work per request: the rest is scored as one last span
        pieces = pieces[:MAX_SPANS - 1] + [(pieces[MAX_SPANS - 1][0], pieces[-1][1])]
    if len(pieces) > 1:
        # each sentence scored on its own, through the worker's one scoring thread like every comment
        piece_scores = [r.get("scores") or dict.fromkeys(LABELS, 0.0) for r in scorer.moderate(
            [{"id": None, "text": text[a:b], "article": context} for a, b in pieces])]
    else:  # one span, the whole text, scored as a whole
        pieces, piece_scores = [(0, len(text))], [result["scores"]]
    attribute_scores = {}
    for name, (label, threshold) in requested.items():
        summary = result["scores"][label]
        if threshold is not None and summary < threshold:
            continue  # Perspective leaves out what falls below the asked threshold
        spans = [{"begin": units[a], "end": units[b], "score": _score(scores[label])}
                 for (a, b), scores in zip(pieces, piece_scores)
                 if threshold is None or scores[label] >= threshold]
        attribute_scores[name] = {"spanScores": spans, "summaryScore": _score(summary)}
    # the models read English ("languages"); where the text reads as another language, it is named
    # ("detectedLanguages") and the default policy flags the comment for a person
    check = scorer.moderator.language
    detected = (check.foreign_language(text) if check is not None else None) or "en"
    answer = {"attributeScores": attribute_scores, "languages": ["en"], "detectedLanguages": [detected],
              "moderator": {"id": None if do_not_store else result["id"], "decision": result["decision"],
                            "reasons": result["reasons"], "model_version": result["model_version"]}}
    if client_token is not None:
        answer["clientToken"] = client_token
    return jsonify(answer)
