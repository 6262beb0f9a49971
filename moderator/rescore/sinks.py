"""Where re-scoring writes: DEST as JSONL or Parquet, exactly once even when the job is killed.

While a job runs, its state is the folder `DEST.parts/`:
- `job.json`: what the job is (inputs with sizes and times, chunk size, policy digest, model version);
  a restart resumes only the same job;
- per finished chunk, written in this order, each to a temporary name and renamed into place
  (a rename is atomic, so a part is either whole or absent):
  `<chunk>.jsonl|.parquet` (its results), `<chunk>.rejects.jsonl` (if any), `<chunk>.done.json`
  (its counts). The done file is the commit: a chunk without one is scored again, and its rewrite
  replaces any part a killed run left behind. So whatever moment a SIGKILL lands, the restarted job
  ends with every input comment once in DEST or once in the rejects.
At the end the parts are concatenated in input order into DEST (again via a temporary file and a
rename), DEST.rejects.jsonl and DEST.summary.json are written, and the folder is removed.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterator

from moderator.labels import LABELS

OUTPUT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
DONE = ".done.json"


class SinkError(ValueError):
    """DEST cannot be written as asked; the message says why and what to do."""


class AlreadyDone(Exception):
    """DEST is the finished output of this very job: nothing to do."""

    def __init__(self, summary: dict):
        super().__init__("already done")
        self.summary = summary


def output_format(dest: str | os.PathLike) -> str:
    fmt = OUTPUT_FORMATS.get(os.path.splitext(str(dest))[1].lower())
    if fmt is None:
        raise SinkError(f"{dest}: DEST must end with .jsonl or .parquet")
    return fmt


def sidecar(dest: str | os.PathLike, suffix: str) -> Path:
    """DEST.rejects.jsonl, DEST.summary.json, DEST.parts beside DEST."""
    return Path(f"{dest}{suffix}")


def result_schema():
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("text", pa.string())])
    return pa.schema([
        ("id", pa.string()),
        ("decision", pa.string()),
        ("scores", pa.struct([(label, pa.float64()) for label in LABELS])),
        ("reasons", pa.list_(pa.string())),
        ("spans", pa.list_(span)),
        ("model_version", pa.string()),
        ("previous_decision", pa.string()),
        ("source", pa.string()),
    ])


def write_atomic(path: Path, write) -> None:
    """Write through `write(fileobj)` to a temporary name, flush it to disk, then rename it to `path`."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _jsonl_bytes(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


class Checkpoint:
    """The `DEST.parts/` folder of one job, and DEST's final assembly."""

    def __init__(self, dest: str | os.PathLike):
        self.dest = Path(dest)
        self.fmt = output_format(dest)
        self.dir = sidecar(dest, ".parts")
        self.rejects_path = sidecar(dest, ".rejects.jsonl")
        self.summary_path = sidecar(dest, ".summary.json")

    # -- start ------------------------------------------------------------------------------------
    def open(self, job: dict, overwrite: bool = False) -> dict[str, dict]:
        """Start or resume `job`; returns the counts of the chunks already done, by chunk id."""
        job_file = self.dir / "job.json"
        if overwrite and self.dir.exists():
            shutil.rmtree(self.dir)
        if self.dir.exists() and job_file.exists():
            previous = json.loads(job_file.read_text())
            if previous != job:
                differs = sorted(k for k in set(job) | set(previous) if job.get(k) != previous.get(k))
                raise SinkError(
                    f"{self.dir} holds an unfinished job with other settings ({', '.join(differs)} differ): "
                    "run the original command again to finish it, or pass --overwrite to start over")
        elif not overwrite and self.dest.exists():
            done = self._finished_summary()
            if done is not None and done.get("job") == job:
                if self.dir.exists():  # a run killed while it removed the parts after finishing
                    shutil.rmtree(self.dir)
                raise AlreadyDone(done)
            raise SinkError(f"{self.dest} exists: pass --overwrite to replace it")
        else:
            if self.dir.exists():  # created by a run killed before it wrote job.json: nothing committed
                shutil.rmtree(self.dir)
            self.dir.mkdir(parents=True)
            write_atomic(job_file, lambda fh: fh.write(json.dumps(job, indent=1).encode()))
        for leftover in self.dir.glob(".*.tmp"):  # what a killed run was writing: never committed
            leftover.unlink()
        done = {}
        for marker in self.dir.glob("*" + DONE):
            done[marker.name[: -len(DONE)]] = json.loads(marker.read_text())
        return done

    def _finished_summary(self) -> dict | None:
        try:
            return json.loads(self.summary_path.read_text())
        except (OSError, ValueError):
            return None

    # -- one chunk ----------------------------------------------------------------------------------
    def commit(self, chunk_id: str, rows: list[dict], rejects: list[dict], stats: dict) -> None:
        if rows:
            if self.fmt == "jsonl":
                write_atomic(self.dir / f"{chunk_id}.jsonl", lambda fh: fh.write(_jsonl_bytes(rows)))
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                table = pa.Table.from_pylist(rows, schema=result_schema())
                write_atomic(self.dir / f"{chunk_id}.parquet", lambda fh: pq.write_table(table, fh))
        if rejects:
            write_atomic(self.dir / f"{chunk_id}.rejects.jsonl", lambda fh: fh.write(_jsonl_bytes(rejects)))
        write_atomic(self.dir / f"{chunk_id}{DONE}", lambda fh: fh.write(json.dumps(stats).encode()))
        _fsync_dir(self.dir)

    # -- end ------------------------------------------------------------------------------------
    def finalize(self, chunk_ids: list[str], summary: dict) -> None:
        """Assemble DEST and the rejects from the parts (in chunk order), write the summary, clean up."""
        ordered = sorted(chunk_ids)

        def write_rejects(out):
            for cid in ordered:
                part = self.dir / f"{cid}.rejects.jsonl"
                if part.exists():
                    with open(part, "rb") as fh:
                        shutil.copyfileobj(fh, out)

        self.dest.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.rejects_path, write_rejects)
        write_atomic(self.dest, self._write_jsonl(ordered) if self.fmt == "jsonl" else self._write_parquet(ordered))
        write_atomic(self.summary_path, lambda fh: fh.write(json.dumps(summary, indent=2).encode()))
        shutil.rmtree(self.dir)

    def _write_jsonl(self, ordered: list[str]):
        def write(out):
            for cid in ordered:
                part = self.dir / f"{cid}.jsonl"
                if part.exists():
                    with open(part, "rb") as fh:
                        shutil.copyfileobj(fh, out)
        return write

    def _write_parquet(self, ordered: list[str]):
        def write(out):
            import pyarrow.parquet as pq

            # One part (one chunk) in memory at a time; each becomes a row group.
            with pq.ParquetWriter(out, result_schema()) as writer:
                for cid in ordered:
                    part = self.dir / f"{cid}.parquet"
                    if part.exists():
                        writer.write_table(pq.read_table(part, schema=result_schema()))
        return write


def read_results(path: str | os.PathLike) -> Iterator[dict]:
    """The rows of a DEST file, as the JSONL form has them (for tests and for chaining jobs)."""
    if output_format(path) == "jsonl":
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)
        return
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            if row.get("previous_decision") is None:
                row.pop("previous_decision", None)
            yield row
