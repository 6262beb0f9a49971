"""`moderator serve`, `keys`, `users`, `db` and `export-labels`: the service's commands.

Every command takes --db URL (default: MODERATOR_DATABASE_URL, else instance/moderator.db) and
migrates that database first, so each works on a fresh file."""

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

DB_OPTION = click.option(
    "--db", "db_url", metavar="URL", envvar="MODERATOR_DATABASE_URL",
    help="Database URL (sqlite:///path.db or postgresql://...). Default: instance/moderator.db.",
)


def _open_store(db_url: str | None):
    """A migrated Store, or a clear error when the database cannot be reached."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from moderator.store import Store, database_url, describe, upgrade

    try:
        store = Store(db_url)
        upgrade(store.engine)
    except ArgumentError as exc:
        raise click.ClickException(f"--db {db_url!r}: not a database URL ({exc})") from None
    except ModuleNotFoundError as exc:
        raise click.ClickException(f"--db: the driver for this database is not installed ({exc.name})") from None
    except OperationalError as exc:
        raise click.ClickException(f"cannot open the database {describe(database_url(db_url))}: {exc.orig}") from None
    return store


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free port.")
@DB_OPTION
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256), help="Threads per worker.")
@click.option("--models", "models_path", type=click.Path(file_okay=False), help="Models folder (default: models/).")
def serve(host: str, port: int, db_url: str | None, workers: int, threads: int, models_path: str | None) -> None:
    """Run the moderation service (API, moderators' pages, metrics) under gunicorn."""
    from moderator.datapaths import models_dir
    from moderator.scorer import ENSEMBLE_FILE
    from moderator.store import describe
    from moderator.web.server import run

    models = Path(models_path) if models_path else models_dir()
    if not (models / ENSEMBLE_FILE).exists():
        raise click.ClickException(f"no trained models in {models} ({ENSEMBLE_FILE} missing): run `moderator train`")
    store = _open_store(db_url)
    url = store.url
    store.dispose()
    click.echo(f"moderator: database {describe(url)}, models {models.resolve()}", err=True)
    run(
        {"DATABASE_URL": url, "MODELS": str(models.resolve()), "AUTO_MIGRATE": False},
        host=host, port=port, workers=workers, threads=threads,
    )


@click.group()
def keys() -> None:
    """Publishers' API keys."""


@keys.command("create")
@click.argument("name")
@DB_OPTION
@click.option("--rate-limit", metavar="N/PERIOD", help="This key's limit, e.g. 600/minute (default: the server's).")
def keys_create(name: str, db_url: str | None, rate_limit: str | None) -> None:
    """Make an API key for publisher NAME (created if new). The key is printed once, alone on the
    last line; only its hash is stored."""
    from moderator.store.accounts import create_key

    store = _open_store(db_url)
    try:
        with store.write() as session:
            token = create_key(session, name, rate_limit)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"API key for publisher {name!r} (store it now; it cannot be shown again):")
    click.echo(token)


@keys.command("list")
@DB_OPTION
def keys_list(db_url: str | None) -> None:
    """Keys by publisher (prefix only)."""
    from sqlalchemy import select

    from moderator.store.models import ApiKey

    store = _open_store(db_url)
    with store.read() as session:
        for key in session.scalars(select(ApiKey).order_by(ApiKey.id)):
            state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
            click.echo(f"{key.prefix}…\t{key.publisher.name}\t{key.rate_limit or 'default limit'}\t{state}")


@keys.command("revoke")
@click.argument("prefix")
@DB_OPTION
def keys_revoke(prefix: str, db_url: str | None) -> None:
    """Revoke the key(s) starting with PREFIX (as `keys list` shows it)."""
    from moderator.store.accounts import revoke_key

    store = _open_store(db_url)
    with store.write() as session:
        count = revoke_key(session, prefix.rstrip("…"))
    if not count:
        raise click.ClickException(f"no active key with prefix {prefix!r}")
    click.echo(f"revoked {count} key(s)")


@click.group()
def users() -> None:
    """Moderator accounts."""


@users.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(["moderator", "admin"]), default="moderator", show_default=True,
              help="admin may also overturn other moderators' decisions.")
@DB_OPTION
def users_create(name: str, role: str, db_url: str | None) -> None:
    """Make a moderator account. The password is read from stdin (first line), or asked for on a
    terminal; it is stored hashed."""
    from moderator.store.accounts import create_user

    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    store = _open_store(db_url)
    try:
        with store.write() as session:
            create_user(session, name, password, role)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"created {role} {name!r}")


@click.group()
def db() -> None:
    """The service's database."""


@db.command("upgrade")
@DB_OPTION
def db_upgrade(db_url: str | None) -> None:
    """Apply the migrations (also done by `serve` on start)."""
    from moderator.store import current_revision, describe

    store = _open_store(db_url)
    click.echo(f"{describe(store.url)} is at revision {current_revision(store.engine)} (head)")


@click.command()
@DB_OPTION
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="JSONL file (default stdout).")
@click.option("--since", type=click.DateTime(), help="Only decisions at or after this time (UTC).")
@click.option("--all", "include_overturned", is_flag=True, help="Also decisions a later decision overturned.")
def export_labels(db_url: str | None, output, since: datetime | None, include_overturned: bool) -> None:
    """Write moderators' decisions as JSONL training labels: text, label (keep/remove), the model's
    scores, version and policy digest when the decision was made."""
    from moderator.store.labels_export import iter_labels

    store = _open_store(db_url)
    count = 0
    with store.read() as session:
        for row in iter_labels(session, since.replace(tzinfo=timezone.utc) if since else None, not include_overturned):
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    click.echo(f"exported {count} decision(s)", err=True)
