"""The service's commands through click's CliRunner, on real SQLite files (no models needed)."""

import json
import sqlite3

from click.testing import CliRunner

from moderator.store import Store
from moderator.store.accounts import authenticate, find_key
from moderator.store.comments import Submission, decide, get_comment, save_results
from moderator.store.models import Publisher
from moderator.web.cli import db, export_labels, keys, users


def _url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_db_upgrade_makes_a_wal_database(tmp_path):
    result = CliRunner().invoke(db, ["upgrade", "--db", _url(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "0001" in result.output
    with sqlite3.connect(tmp_path / "cli.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"comments", "events", "api_keys", "users", "alembic_version"} <= tables


def test_keys_create_prints_the_key_alone_on_the_last_line(tmp_path):
    result = CliRunner().invoke(keys, ["create", "daily-planet", "--db", _url(tmp_path)])
    assert result.exit_code == 0, result.output
    key = result.output.strip().splitlines()[-1]
    assert key.startswith("mk_") and " " not in key and len(key) > 40
    with Store(_url(tmp_path)).read() as session:
        found = find_key(session, key)
        assert found is not None and found.publisher.name == "daily-planet"
        assert key not in found.digest  # stored hashed
    raw = (tmp_path / "cli.db").read_bytes() + (tmp_path / "cli.db-wal").read_bytes()
    assert key.encode() not in raw


def test_keys_create_rejects_a_bad_rate_limit(tmp_path):
    result = CliRunner().invoke(keys, ["create", "x", "--rate-limit", "lots", "--db", _url(tmp_path)])
    assert result.exit_code != 0 and "rate limit" in result.output


def test_users_create_reads_the_password_from_stdin(tmp_path):
    result = CliRunner().invoke(users, ["create", "alice", "--role", "admin", "--db", _url(tmp_path)],
                                input="correct horse battery\n")
    assert result.exit_code == 0, result.output
    with Store(_url(tmp_path)).read() as session:
        user = authenticate(session, "alice", "correct horse battery")
        assert user is not None and user.role == "admin"
        assert user.password_hash != "correct horse battery"
        assert authenticate(session, "alice", "wrong password") is None
    again = CliRunner().invoke(users, ["create", "alice", "--db", _url(tmp_path)], input="another password\n")
    assert again.exit_code != 0 and "already exists" in again.output
    short = CliRunner().invoke(users, ["create", "bob", "--db", _url(tmp_path)], input="short\n")
    assert short.exit_code != 0 and "8 characters" in short.output


def test_bad_database_url_is_a_clear_error():
    result = CliRunner().invoke(db, ["upgrade", "--db", "nonsense://"])
    assert result.exit_code != 0 and "--db" in result.output


def test_export_labels_writes_decisions_with_model_state(tmp_path):
    store = Store(_url(tmp_path))
    CliRunner().invoke(db, ["upgrade", "--db", _url(tmp_path)])
    # A stored result in the scorer's output shape; the scorer itself is exercised by the server tests.
    result = {"id": "c1", "decision": "flag", "scores": {"insult": 0.7, "toxicity": 0.8}, "reasons": ["insult >= 0.50"],
              "spans": [{"start": 0, "end": 5, "label": "insult", "text": "idiot"}], "model_version": "2026.11.1"}
    with store.write() as session:
        publisher = Publisher(name="pub")
        session.add(publisher)
        session.flush()
        save_results(session, publisher.id, [Submission(id="c1", text="idiot, you")], [result], "default", "abc123")
    with store.write() as session:
        decide(session, get_comment(session, None, "c1"), "approve", "user:bob", None, may_overturn=True)
    with store.write() as session:
        decide(session, get_comment(session, None, "c1"), "remove", "user:alice", "on second look", may_overturn=True)
    out = tmp_path / "labels.jsonl"
    run = CliRunner().invoke(export_labels, ["--db", _url(tmp_path), "-o", str(out)])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 1  # the overturned approve is not a label any more
    row = rows[0]
    assert row["text"] == "idiot, you" and row["label"] == "remove" and row["decided_by"] == "user:alice"
    assert row["scores"]["insult"] == 0.7 and row["model_version"] == "2026.11.1"
    assert row["policy"] == {"name": "default", "digest": "abc123"} and row["note"] == "on second look"
    everything = CliRunner().invoke(export_labels, ["--db", _url(tmp_path), "--all"])
    assert [json.loads(line)["action"] for line in everything.stdout.splitlines()] == ["approve", "remove"]


def test_serve_without_models_says_what_to_do(tmp_path):
    from moderator.web.cli import serve

    result = CliRunner().invoke(serve, ["--models", str(tmp_path), "--db", _url(tmp_path)])
    assert result.exit_code != 0 and "moderator train" in result.output


def test_keys_list_and_revoke(tmp_path):
    key = CliRunner().invoke(keys, ["create", "pub-a", "--db", _url(tmp_path)]).output.strip().splitlines()[-1]
    listed = CliRunner().invoke(keys, ["list", "--db", _url(tmp_path)]).output
    assert key[:10] in listed and "pub-a" in listed and key not in listed
    assert CliRunner().invoke(keys, ["revoke", key[:10], "--db", _url(tmp_path)]).exit_code == 0
    with Store(_url(tmp_path)).read() as session:
        assert find_key(session, key) is None
    assert CliRunner().invoke(keys, ["revoke", "mk_nothing", "--db", _url(tmp_path)]).exit_code != 0
