"""Moderator accounts: session login and logout, roles, and CSRF protection for the pages.

CSRF: a random token lives in the (signed) session; every form carries it as `csrf_token` and
every script request as the `X-CSRF-Token` header; a POST without the matching token is refused."""

import functools
import hmac
import secrets
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for

from moderator.store.accounts import authenticate
from moderator.store.models import User
from moderator.web import get_store

bp = Blueprint("auth", __name__)


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token") or ""
    expected = session.get("csrf")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, description="missing or wrong CSRF token: reload the page and try again")


@bp.app_context_processor
def _template_globals():
    return {"csrf_token": csrf_token, "current_user": g.get("user")}


@bp.before_app_request
def load_user():
    g.user = None
    user_id = session.get("user_id")
    if user_id is None or request.path.startswith("/v1/"):
        return
    with get_store().read() as db:
        user = db.get(User, user_id)
        if user is not None and user.active:
            g.user = user
    if g.user is None:
        session.pop("user_id", None)


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if g.user is None:
            if request.method == "GET":
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            abort(401, description="log in first")
        if request.method == "POST":
            check_csrf()
        return view(*args, **kwargs)

    return wrapped


def _safe_next(target: str | None) -> str:
    """Only redirect within this site after login (no open redirect to another host)."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
    return url_for("queue.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        check_csrf()
        name = request.form.get("username", "")
        password = request.form.get("password", "")
        with get_store().read() as db:
            user = authenticate(db, name, password) if name and password else None
        if user is None:
            flash("Wrong user name or password.", "error")
            return render_template("auth/login.html", next=request.form.get("next")), 401
        session.clear()
        session["user_id"] = user.id
        session["csrf"] = secrets.token_urlsafe(32)  # a fresh token for the new session
        return redirect(_safe_next(request.form.get("next")))
    return render_template("auth/login.html", next=request.args.get("next"))


@bp.post("/logout")
def logout():
    check_csrf()
    session.clear()
    return redirect(url_for("auth.login"))
