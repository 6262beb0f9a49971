"""`moderator score`: JSONL (or plain lines) in, one GUIDE result per line out."""

from __future__ import annotations

import json
import sys
from itertools import islice
from typing import BinaryIO, Iterator

import click

from moderator import strict_json

BATCH = 256


def parse_line(raw: bytes, lineno: int, plain: bool) -> tuple[dict | None, str | None]:
    """(comment, None) or (None, why the line is unusable). Never raises."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"line {lineno}: not valid UTF-8 ({exc.reason} at byte {exc.start})"
    line = line.rstrip("\r\n")
    if plain:
        return {"id": str(lineno), "text": line}, None
    if not line.strip():
        return None, f"line {lineno}: empty line"
    try:
        obj = strict_json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"line {lineno}: not JSON ({exc.msg} at column {exc.colno})"
    except ValueError as exc:  # NaN or Infinity: Python reads them, no JSON reader downstream does
        return None, f"line {lineno}: not JSON ({exc})"
    except RecursionError:
        return None, f"line {lineno}: not JSON we can read (nested too deeply)"
    if not isinstance(obj, dict):
        return None, f"line {lineno}: a JSON object with a \"text\" field is expected"
    if "text" not in obj:
        return None, f"line {lineno}: no \"text\" field"
    obj.setdefault("id", str(lineno))
    return obj, None


def read_comments(stream: BinaryIO, plain: bool) -> Iterator[tuple[int, dict | None, str | None]]:
    for lineno, raw in enumerate(stream, start=1):
        comment, error = parse_line(raw, lineno, plain)
        yield lineno, comment, error


@click.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option("--lines", "plain", is_flag=True, help="Plain text in, one comment a line (ids are line numbers).")
@click.option("--policy", "policy_path", help="A policy TOML file, or a shipped policy by name (default, thorough).")
@click.option("--context", "context", type=click.File("r", encoding="utf-8", errors="replace"),
              help="The article the comments sit under (its people are possible harassment targets).")
@click.option("--full", is_flag=True, help="Score every comment with every member (no cascade).")
@click.option("--models", "models_path", type=click.Path(exists=True, file_okay=False), help="Models folder.")
def score(source: BinaryIO, plain: bool, policy_path: str | None, context, full: bool, models_path: str | None) -> None:
    """Score comments from SOURCE (a JSONL file, or - for stdin); one result per line on stdout.

    Each input line is {"text": ..., "id"?: ..., "article"?: ...}. A line that cannot be scored gets
    {"id", "error"} and the others are still scored; the exit status is 1 when any line failed.
    """
    from moderator.policy import PolicyError, load_policy
    from moderator.scorer import Moderator, ModelsMissing

    try:
        policy = load_policy(policy_path)
        mod = Moderator.load(models_path, policy=policy)
    except (PolicyError, ModelsMissing) as exc:
        raise click.ClickException(str(exc)) from None
    article = context.read() if context else None
    failed = 0
    out = sys.stdout
    stream = read_comments(source, plain)
    while batch := list(islice(stream, BATCH)):
        good = [c for _, c, _ in batch if c is not None]
        for c in good:
            if article and not c.get("article"):
                c["article"] = article
        results = iter(mod.moderate(good, full=full or None))
        for lineno, comment, error in batch:
            result = {"id": str(lineno), "error": error} if comment is None else next(results)
            failed += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        click.echo(f"{failed} line(s) could not be scored", err=True)
        sys.exit(1)
