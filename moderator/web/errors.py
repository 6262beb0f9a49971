"""Errors as JSON for the API (with the offending field named) and as pages for people."""

from flask import Flask, abort, jsonify, render_template, request
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    """A client error with its HTTP status, message and (where one is to blame) the field's path."""

    def __init__(self, status: int, message: str, field: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers or {}


def bad_field(field: str, message: str) -> ApiError:
    return ApiError(400, f"{field}: {message}", field=field)


def json_error(status: int, message: str, field: str | None = None, headers: dict | None = None):
    body = {"error": message, "status": status}
    if field is not None:
        body["field"] = field
    response = jsonify(body)
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _wants_json() -> bool:
    if request.path.startswith(("/v1/", "/v1alpha1/")) or request.path in ("/healthz", "/openapi.json", "/metrics"):
        return True
    return request.accept_mimetypes.best == "application/json" or request.is_json


def _no_nul_in_parameters() -> None:
    """A NUL in a URL, query or form value is refused before any view reads it: PostgreSQL cannot hold
    one in a text value and would fail the request with a 500 (the JSON bodies' fields are checked in
    validate.py, where the field is named)."""
    forms = request.form if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data") else {}
    for where, values in (("the URL", (request.view_args or {}).values()), ("the query", request.args.values()),
                          ("the form", forms.values())):
        if any(isinstance(value, str) and "\x00" in value for value in values):
            abort(400, description=f"{where} contains a NUL character")


def register(app: Flask) -> None:
    app.before_request(_no_nul_in_parameters)

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return json_error(exc.status, exc.message, exc.field, exc.headers)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        messages = {
            413: f"request body larger than the limit of {app.config['MAX_CONTENT_LENGTH']} bytes",
            404: "not found",
            405: f"method {request.method} not allowed here",
        }
        message = messages.get(exc.code, exc.description or exc.name)
        headers = dict(exc.get_headers()) if exc.code == 405 else {}
        headers.pop("Content-Type", None)
        if _wants_json():
            return json_error(exc.code or 500, message, headers=headers)
        return render_template("error.html", status=exc.code, message=message), exc.code

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        # A bug on our side: logged with its traceback, never shown to the client.
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        if _wants_json():
            return json_error(500, "internal error (logged on the server)")
        return render_template("error.html", status=500, message="internal error (logged on the server)"), 500
