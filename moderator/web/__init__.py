"""The moderation service: a Flask application factory with one blueprint per area.

    api      /v1/...            publishers' JSON API (API keys)
    perspective /v1alpha1/comments:analyze   Perspective API's call, for publishers switching over
    queue    /queue/...         the moderators' pages (session login)
    auth     /login, /logout    moderator accounts, CSRF
    health   /healthz, /metrics
    openapi  /openapi.json

Configuration: create_app(config) > MODERATOR_* environment variables > DEFAULTS below."""

import time

from flask import Flask, g, request

DEFAULTS = {
    "DATABASE_URL": None,  # None: MODERATOR_DATABASE_URL, else sqlite:///instance/moderator.db
    "MODELS": None,  # None: moderator.datapaths.models_dir()
    "MAX_CONTENT_LENGTH": 1024 * 1024,  # bytes per request body; larger bodies get 413
    "RATE_LIMIT": "3000/minute",  # per API key unless the key has its own; "off" for none
    "MAX_COMMENTS": 1000,  # per POST /v1/moderate
    "KEY_CACHE_SECONDS": 5,  # a worker trusts a verified API key this long (revocation delay)
    "AUTO_MIGRATE": True,  # `moderator serve` migrates once before its workers start
    "LOAD_MODELS": True,  # load the models when the app is made, not on the first request
    "SECRET_KEY": None,  # None: a random key kept in the database, shared by all workers
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,  # set MODERATOR_SESSION_COOKIE_SECURE=true behind HTTPS
}


def create_app(config: dict | None = None) -> Flask:
    from moderator.store import Store, current_revision, head_revision, upgrade
    from moderator.store.accounts import parse_rate_limit, shared_secret
    from moderator.web import api, auth, errors, health, openapi, perspective, queue

    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("MODERATOR")
    app.config.update(config or {})
    parse_rate_limit(app.config["RATE_LIMIT"])  # a bad setting fails at start, not per request

    store = Store(app.config["DATABASE_URL"])
    if app.config["AUTO_MIGRATE"]:
        upgrade(store.engine)
    elif current_revision(store.engine) != head_revision():
        raise RuntimeError(f"the database is not migrated: run `moderator db upgrade --db {app.config['DATABASE_URL']}`")
    app.extensions["moderator.store"] = store
    if not app.config["SECRET_KEY"]:
        with store.write() as session:
            app.config["SECRET_KEY"] = shared_secret(session)

    errors.register(app)
    for blueprint in (api.bp, perspective.bp, auth.bp, queue.bp, health.bp, openapi.bp):
        app.register_blueprint(blueprint)
    _count_requests(app)
    _security_headers(app)

    if app.config["LOAD_MODELS"]:
        from moderator.web.scoring import get_scorer

        get_scorer(app.config["MODELS"])
    return app


def get_store():
    from flask import current_app

    return current_app.extensions["moderator.store"]


def _count_requests(app: Flask) -> None:
    from moderator.web.metrics import LATENCY, REQUESTS

    @app.before_request
    def _start_clock():
        g.started = time.perf_counter()

    @app.after_request
    def _record(response):
        endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
        if endpoint != "/metrics":
            LATENCY.labels(endpoint).observe(time.perf_counter() - g.get("started", time.perf_counter()))
        REQUESTS.labels(request.method, endpoint, str(response.status_code)).inc()
        return response


def _security_headers(app: Flask) -> None:
    # Comment text is hostile: besides escaping it, pages may only run this site's own script.
    policy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"

    @app.after_request
    def _headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", policy)
            response.headers.setdefault("X-Frame-Options", "DENY")
            response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
