"""Turn API request bodies into checked values, or an ApiError naming the field at fault.

Client input never reaches the scorer or the database unchecked: every type, size and shape rule
is here, so a bad request is a 400 that says what to fix."""

import json
import math

from flask import Request
from werkzeug.exceptions import ClientDisconnected

from moderator import strict_json
from moderator.scorer import validate_text
from moderator.store.comments import Submission
from moderator.web.errors import ApiError, bad_field

MAX_ID_CHARS = 200
MAX_AUTHOR_CHARS = 500
MAX_NOTE_CHARS = 5000


def json_body(request: Request) -> dict:
    """The request body as a JSON object. The Content-Type is not insisted on (curl -d sends a form
    type); the body must be UTF-8 JSON, an object at the top."""
    try:
        raw = request.get_data(cache=True)  # enforces MAX_CONTENT_LENGTH (413)
    except ClientDisconnected:
        # fewer bytes than the Content-Length said, within the body's read timeout (moderator.web.server):
        # werkzeug turns the socket's timeout into this
        raise ApiError(408, "the request body stopped before its Content-Length was read "
                            "(a client that stalls, or a wrong Content-Length)", field="") from None
    limit = request.max_content_length
    if request.content_length is None and limit is not None and len(raw) >= limit:
        # a chunked body (no Content-Length) is read up to the limit and cut there, not refused: a body cut
        # so could still parse, or fail as "malformed"; it is too large, as one with its length would be
        raise ApiError(413, f"request body larger than the limit of {limit} bytes", field="")
    if not raw.strip():
        raise ApiError(400, "empty body: a JSON object is expected", field="")
    try:
        body = strict_json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"body is not UTF-8 (byte {exc.start})", field="") from None
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", field="") from None
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, f"malformed JSON: {str(exc) or 'nested too deeply'}", field="") from None
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object", field="")
    return body


def storable(value: str, path: str, allow_nul: bool = False) -> str:
    """JSON can carry unpaired surrogates ("\\ud800") and NULs that no database column accepts."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise bad_field(path, "contains invalid Unicode (an unpaired surrogate)") from None
    if not allow_nul and "\x00" in value:
        raise bad_field(path, "contains a NUL character")
    return value


def _optional_str(obj: dict, key: str, path: str, max_chars: int | None = None, allow_int: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if allow_int and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        kind = "a string or an integer" if allow_int else "a string"
        raise bad_field(path, f"must be {kind} (or null), not {type(value).__name__}")
    if max_chars is not None and len(value) > max_chars:
        raise bad_field(path, f"longer than {max_chars} characters")
    return storable(value, path)


def _article(comment: dict, path: str) -> tuple[str | None, str | None, str | None]:
    """"article" is the page text the comment sits under, or an object {title?, text?, url?}."""
    value = comment.get("article")
    if value is None or isinstance(value, str):
        return (value if value is None else storable(value, path)), None, None
    if not isinstance(value, dict):
        raise bad_field(path, f"must be a string (the article's text) or an object, not {type(value).__name__}")
    return (
        _optional_str(value, "text", f"{path}.text"),
        _optional_str(value, "title", f"{path}.title", 1000),
        _optional_str(value, "url", f"{path}.url", 2000),
    )


def submissions(body: dict, max_comments: int) -> list[Submission]:
    comments = body.get("comments")
    if "comments" not in body:
        raise bad_field("comments", "required (a list of {\"text\": ...} objects)")
    if not isinstance(comments, list):
        raise bad_field("comments", f"must be a list, not {type(comments).__name__}")
    if not comments:
        raise bad_field("comments", "is empty")
    if len(comments) > max_comments:
        raise bad_field("comments", f"{len(comments)} comments; at most {max_comments} per request")
    seen: dict[str, int] = {}
    out = []
    for i, comment in enumerate(comments):
        path = f"comments[{i}]"
        if not isinstance(comment, dict):
            raise bad_field(path, f"must be an object, not {type(comment).__name__}")
        if "text" not in comment:
            raise bad_field(f"{path}.text", "required")
        if not isinstance(comment["text"], str):
            raise bad_field(f"{path}.text", f"must be a string, not {type(comment['text']).__name__}")
        storable(comment["text"], f"{path}.text", allow_nul=True)
        # Empty, over the scorer's limit, or binary: a 400 naming the comment, as for a missing text. (These
        # were answered per comment in a 200, which a client reading the status took for all stored.)
        unusable = validate_text(comment["text"])
        if unusable:
            raise bad_field(f"{path}.text", unusable.removeprefix("text ").removeprefix("is "))
        cid = _optional_str(comment, "id", f"{path}.id", MAX_ID_CHARS, allow_int=True)
        if cid is not None:
            if not cid.strip():
                raise bad_field(f"{path}.id", "is empty")
            if cid in (".", ".."):
                # clients resolve "/comments/.." to "/" before sending: no URL could reach this comment
                raise bad_field(f"{path}.id", f"{cid!r} cannot be part of a URL path: choose another id")
            if cid in seen:
                raise bad_field(f"{path}.id", f"repeats comments[{seen[cid]}].id")
            seen[cid] = i
        article_text, article_title, article_url = _article(comment, f"{path}.article")
        out.append(
            Submission(
                id=cid,
                text=comment["text"],
                author=_optional_str(comment, "author", f"{path}.author", MAX_AUTHOR_CHARS),
                parent=_optional_str(comment, "parent", f"{path}.parent", MAX_ID_CHARS, allow_int=True),
                article_id=_optional_str(comment, "article_id", f"{path}.article_id", MAX_ID_CHARS, allow_int=True),
                article_text=article_text,
                article_title=article_title,
                article_url=article_url,
            )
        )
    return out


def policy(body: dict):
    """A shipped policy by name ("thorough"), an inline policy (the TOML's tables as a JSON object), or
    None for the service's default."""
    from moderator.policy import PolicyError, load_policy

    from moderator.policy import shipped_policies

    value = body.get("policy")
    if value is None:
        return None
    if isinstance(value, str):
        if value not in shipped_policies():
            raise bad_field("policy", f"unknown policy {value!r}: a shipped one ({', '.join(shipped_policies())}) "
                                      "or an object with the policy file's tables")
        return load_policy(value)
    if not isinstance(value, dict):
        raise bad_field("policy", "must be the name of a shipped policy or an object with the policy file's tables "
                                  "({\"flag\": {...}, \"remove\": {...}})")
    _optional_str(value, "name", "policy.name", 100)  # it is stored with every comment
    try:
        return load_policy(value)
    except PolicyError as exc:
        raise bad_field("policy", str(exc)) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise bad_field("policy", f"not a usable policy ({exc})") from None


def page(body: dict) -> tuple[str, str, str | None, str | None]:
    """(format, content, url, article_id) of a POST /v1/pages body."""
    given = [key for key in ("html", "text") if body.get(key) is not None]
    if not given:
        raise bad_field("html", "required: send the page as \"html\" or as \"text\"")
    if len(given) > 1:
        raise bad_field("text", "send either \"html\" or \"text\", not both")
    key = given[0]
    if not isinstance(body[key], str):
        raise bad_field(key, f"must be a string, not {type(body[key]).__name__}")
    if not body[key].strip():
        raise bad_field(key, "is empty")
    storable(body[key], key)
    url = _optional_str(body, "url", "url", 2000)
    article_id = _optional_str(body, "article_id", "article_id", MAX_ID_CHARS, allow_int=True)
    return key, body[key], url, article_id


def action(body: dict, path: str = "action") -> str:
    value = body.get("action")
    if value not in ("approve", "remove"):
        raise bad_field(path, "required: \"approve\" or \"remove\"")
    return value


def note(body: dict) -> str | None:
    return _optional_str(body, "note", "note", MAX_NOTE_CHARS)


def id_list(body: dict, key: str, max_items: int) -> list[str]:
    ids = body.get(key)
    if not isinstance(ids, list) or not ids:
        raise bad_field(key, "required: a non-empty list of comment ids")
    if len(ids) > max_items:
        raise bad_field(key, f"{len(ids)} ids; at most {max_items} per request")
    out = []
    for i, value in enumerate(ids):
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS:
            raise bad_field(f"{key}[{i}]", "must be a comment id (a non-empty string)")
        out.append(storable(value, f"{key}[{i}]"))  # as every other id field: no surrogate, no NUL
    return out


def query_float(args, key: str, low: float = 0.0, high: float = 1.0) -> float | None:
    raw = args.get(key)
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise bad_field(key, f"must be a number, not {raw!r}") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise bad_field(key, f"must be between {low} and {high}")
    return value


def query_int(args, key: str, default: int, low: int, high: int) -> int:
    raw = args.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_field(key, f"must be an integer, not {raw!r}") from None
    if not low <= value <= high:
        raise bad_field(key, f"must be between {low} and {high}")
    return value
