"""`moderator rescore`: re-score an archive of comments under the current models and policy."""

from __future__ import annotations


import click

from moderator.rescore.job import DEFAULT_CHUNK_SIZE, JobSettings, ModelMismatch, make_engine, run_job
from moderator.rescore.sinks import AlreadyDone, SinkError, output_format
from moderator.rescore.sources import Fields, SourceError


@click.command()
@click.argument("source", required=False)
@click.option("--out", "dest", metavar="DEST", help="Output file: .jsonl or .parquet (rejects and summary go beside it).")
@click.option("--policy", "policy_path", help="A policy TOML file, or a shipped policy by name (default, thorough).")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default: one per core).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster here).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=DEFAULT_CHUNK_SIZE, show_default=True,
              help="Comments per chunk: the unit of work, of checkpointing and of Parquet row groups.")
@click.option("--text-field", default="text", show_default=True, help="Input field holding the comment.")
@click.option("--id-field", default="id", show_default=True, help="Input field holding the comment's id.")
@click.option("--full", is_flag=True, default=None, help="Score every comment with every member (no cascade).")
@click.option("--overwrite", is_flag=True,
              help="Replace DEST, or an unfinished job with other settings; with --db, also re-score comments "
                   "already at this model version and policy.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (for logs); the summary still prints.")
@click.option("--db", "db_url", metavar="URL", help="Re-score the service's database instead of files (see --since, --status).")
@click.option("--since", metavar="DATE", help="With --db: only comments created on or after DATE (ISO 8601).")
@click.option("--status", "statuses", multiple=True, help="With --db: only comments in this queue status (repeatable).")
def rescore(source, dest, policy_path, workers, engine, scheduler, chunk_size, text_field, id_field, full,
            overwrite, quiet, db_url, since, statuses):
    """Re-score SOURCE (JSONL, CSV or Parquet: a file, a directory or a glob) into DEST.

    Killed at any moment, the same command started again finishes the job: every input comment
    ends up exactly once in DEST or in DEST.rejects.jsonl.

    \b
      moderator rescore archive/ --out rescored.parquet
      moderator rescore 'dumps/2024-*.jsonl' --out 2024.jsonl --policy strict.toml
      moderator rescore archive/ --out rescored.parquet --engine dask --scheduler tcp://sched:8786
      moderator rescore --db sqlite:///instance/moderator.db --since 2026-01-01 --status kept
    """
    from moderator.policy import PolicyError, load_policy

    full = True if full else None  # not given: the policy's cascade setting decides

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    if db_url is None and (since or statuses):
        raise click.UsageError("--since and --status select rows of --db")
    try:
        policy = load_policy(policy_path)
    except PolicyError as exc:
        raise click.BadParameter(str(exc), param_hint="--policy") from None

    if db_url is not None:
        if source or dest:
            raise click.UsageError("--db re-scores the database in place: give no SOURCE and no --out")
        from moderator.rescore.db import DatabaseSourceError, check_selection, rescore_database

        try:
            check_selection(since, statuses)
        except DatabaseSourceError as exc:
            raise click.UsageError(str(exc)) from None

        def db_job():
            with make_engine(engine, workers, scheduler) as started:
                return rescore_database(db_url, policy, started, since=since, statuses=statuses, chunk_size=chunk_size,
                                        full=full, everything=overwrite, quiet=quiet)

        report = _guard(db_job)
        click.echo(_format(report))
        return

    if not source:
        raise click.UsageError("missing SOURCE (files, a directory or a glob), or --db URL")
    if not dest:
        raise click.UsageError("missing --out DEST (.jsonl or .parquet)")
    try:
        output_format(dest)
    except SinkError as exc:
        raise click.BadParameter(str(exc), param_hint="--out") from None

    settings = JobSettings(source=source, dest=dest, policy=policy, chunk_size=chunk_size,
                           fields=Fields(text=text_field, id=id_field), full=full, overwrite=overwrite, quiet=quiet)

    def job():
        with make_engine(engine, workers, scheduler) as started:
            return run_job(settings, started)

    report = _guard(job)
    if report is not None:
        click.echo(_format(report))


def _guard(run):
    """Run the job, turning every expected failure into a one-line message (and the exit status 1)."""
    from concurrent.futures.process import BrokenProcessPool

    from moderator.rescore.dask_engine import EngineError
    from moderator.rescore.db import DatabaseSourceError
    from moderator.rescore.worker import ScorerBroken

    try:
        return run()
    except AlreadyDone as done:
        click.echo("DEST is already the finished output of this job (pass --overwrite to run it again).", err=True)
        click.echo(_format(done.summary))
        return None
    except (SourceError, SinkError, DatabaseSourceError, EngineError, ModelMismatch, ScorerBroken) as exc:
        raise click.ClickException(str(exc)) from None
    except RuntimeError as exc:
        # imported only here: the coordinator never loads the scorer (and numpy) itself
        from moderator.scorer import ModelsMissing

        if isinstance(exc, ModelsMissing):
            raise click.ClickException(str(exc)) from None
        raise
    except BrokenProcessPool:
        raise click.ClickException("a worker process died (out of memory?): the chunks done so far are saved; "
                                   "run the same command again to resume") from None
    except KeyboardInterrupt:
        click.echo("\ninterrupted: the chunks done so far are saved; run the same command again to resume", err=True)
        raise SystemExit(130) from None


def _format(report: dict) -> str:
    from moderator.rescore.summary import Summary

    summary = Summary()
    summary.add({"rows_in": report["comments"], "scored": report["scored"], "rejected": report["rejected"],
                 "decisions": report["decisions"], "transitions": report["transitions"],
                 "reject_reasons": report["reject_reasons"]})
    lines = [summary.format()]
    run = report.get("this_run") or {}
    if run.get("comments_per_second"):
        lines.append(f"this run: {run['comments']:,} comments in {run['seconds']:.1f}s "
                     f"({run['comments_per_second']:,.0f}/s, engine {report.get('engine')})")
    if "database" in report:
        lines.append(f"updated {report['updated']:,} stored comments in {report['database']} "
                     f"(models {report['model_version']}, policy {report['policy']['name']})")
    else:
        lines.append(f"wrote {report['dest']} (summary: {report['dest']}.summary.json"
                     + (f", rejects: {report['rejects_file']}" if report["rejected"] else "") + ")")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    rescore()
