"""`moderator page FILE [FILE ...] | -`: separate pages into article and comments, and score the comments.

One page gives one indented JSON document; several give one JSON line each, in order. With
--no-score nothing from the scoring side (models, scikit-learn) is imported."""

import json
import sys

import click

from moderator.segment import PageError, segment


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def page_json(data: bytes, source: str, format: str | None, moderator=None) -> dict:
    """The page document: the GUIDE's contract, each comment merged with its scoring result."""
    page = segment(data, format=format, source=source)
    doc = page.to_dict()
    if moderator is not None:
        results = moderator.moderate(
            [{"id": str(c.index), "text": c.text, "article": page.article.text or None} for c in page.comments]
        )
        for comment, result in zip(doc["comments"], results):
            result = {k: v for k, v in result.items() if k != "id"}
            comment.update(result)
        doc["model_version"] = moderator.model_version
    return doc


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "format", type=click.Choice(["text", "html"]), default=None,
              help="Force the page format (default: detect it).")
@click.option("--no-score", is_flag=True, help="Only separate article and comments (no models loaded).")
@click.option("--policy", "policy_path", help="A policy TOML file, or a shipped policy by name (default, thorough).")
@click.option("--models", "models_path", type=click.Path(exists=True, file_okay=False), help="Models folder.")
def page(files: tuple[str, ...], format: str | None, no_score: bool, policy_path: str | None,
         models_path: str | None) -> None:
    """Split text or HTML pages (FILE, or - for stdin) into article and comments, and score each comment.

    Output per page: {"source", "article": {"title", "text"}, "comments": [{"index", "text", "author",
    "time", "parent", ...result}], "model_version"}.
    """
    moderator = None
    if not no_score:
        from moderator.policy import PolicyError, load_policy
        from moderator.scorer import ModelsMissing, Moderator

        try:
            moderator = Moderator.load(models_path, policy=load_policy(policy_path) if policy_path else None)
        except (PolicyError, ModelsMissing) as exc:
            raise click.ClickException(str(exc)) from None
    several = len(files) > 1
    failed = []
    for path in files:
        source = "<stdin>" if path == "-" else path
        try:
            doc = page_json(_read(path), source, format, moderator)
        except (OSError, PageError) as exc:
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            failed.append(f"{source}: {reason}")
            if several:  # keep one line per file, in order
                click.echo(json.dumps({"source": source, "error": reason}, ensure_ascii=False))
            continue
        if several:
            click.echo(json.dumps(doc, ensure_ascii=False))
        else:
            click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    if failed:
        for line in failed:
            click.echo(f"error: {line}", err=True)
        sys.exit(1)
