"""Where re-scoring reads comments from: JSONL, CSV and Parquet files (a file, a directory or a glob),
streamed in fixed-size chunks so memory stays the same whatever the archive's size.

Reading is split in two so that the costly half runs in parallel:
- the coordinator cuts each file into `Chunk`s of raw items (bytes lines, CSV rows, Parquet rows),
  cheaply and in a fixed order, so a chunk's id ("file-chunk") names the same rows on every run;
- a worker turns a chunk's raw items into comment records (`parse_chunk`), sending anything unusable
  (not JSON, not UTF-8, no text) to the rejects with its reason and location.
"""

from __future__ import annotations

import csv
import glob
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
# A CSV field longer than this is a broken quote swallowing the file, not a comment: reject the row
# instead of holding the rest of the file in memory.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
RAW_SNIPPET = 200  # characters of a rejected record kept in the rejects file


class SourceError(ValueError):
    """SOURCE names nothing that can be read; the message says why."""


@dataclass(frozen=True)
class Fields:
    """Which input fields hold what (configurable: archives name their columns differently)."""

    text: str = "text"
    id: str = "id"
    article: str = "article"
    decision: str = "decision"


@dataclass(frozen=True)
class SourceFile:
    index: int
    path: str  # as found from SOURCE (relative stays relative): it appears in outputs and rejects
    fmt: str


@dataclass
class Chunk:
    """A run of consecutive rows of one file. `items` are (location, raw) pairs: location is the
    1-based line for JSONL/CSV and the 1-based row for Parquet; raw is whatever the format gives."""

    id: str
    file: str
    fmt: str
    unit: str  # "line" or "row": what `location` counts
    items: list[tuple[int, Any]] = field(default_factory=list)
    header: list[str] | None = None  # CSV column names
    error: str | None = None  # the whole file could not be read


def chunk_id(file_index: int, chunk_index: int) -> str:
    return f"{file_index:06d}-{chunk_index:08d}"


def resolve_sources(spec: str | os.PathLike) -> list[SourceFile]:
    """The input files named by SOURCE, in a fixed (sorted) order.

    A file is taken whatever its name ends with as long as it is a known format; a directory gives
    every known-format file below it; anything else is a glob pattern (`**` recurses)."""
    spec = str(spec)
    if os.path.isfile(spec):
        paths = [spec]
        if _format_of(spec) is None:
            raise SourceError(f"{spec}: unknown format (expected {', '.join(sorted(FORMATS))})")
    elif os.path.isdir(spec):
        paths = sorted(
            os.path.join(root, name)
            for root, _dirs, names in os.walk(spec)
            for name in names
            if _format_of(name) is not None
        )
        if not paths:
            raise SourceError(f"{spec}: no {', '.join(sorted(FORMATS))} files in this directory")
    else:
        matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
        if not matches:
            raise SourceError(f"{spec}: no such file, directory or matching files")
        paths = [p for p in matches if _format_of(p) is not None]
        if not paths:
            raise SourceError(f"{spec}: matches only files of unknown formats")
    return [SourceFile(i, p, _format_of(p)) for i, p in enumerate(paths)]


def _format_of(path: str) -> str | None:
    return FORMATS.get(os.path.splitext(path)[1].lower())


def fingerprint(files: list[SourceFile]) -> list[dict]:
    """What identifies the input of a job: a changed file must not be resumed as if it were the same."""
    out = []
    for f in files:
        st = os.stat(f.path)
        out.append({"path": os.path.abspath(f.path), "size": st.st_size, "mtime_ns": st.st_mtime_ns})
    return out


def estimate_rows(files: list[SourceFile]) -> int:
    """Rows to expect, for the progress bar: newlines for text files (one pass at disk speed),
    the footer's count for Parquet."""
    total = 0
    for f in files:
        try:
            if f.fmt == "parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(f.path).metadata.num_rows
                continue
            lines = 0
            last = b"\n"
            with open(f.path, "rb") as fh:
                while block := fh.read(1 << 20):
                    lines += block.count(b"\n")
                    last = block[-1:]
            lines += last != b"\n"
            total += max(lines - (f.fmt == "csv"), 0)
        except Exception:  # an unreadable file shows up as a reject when it is read
            continue
    return total


def iter_chunks(files: list[SourceFile], chunk_size: int, fields: Fields, skip=frozenset()) -> Iterator[Chunk]:
    """Every chunk of every file, in order. Chunks whose id is in `skip` (already done) are yielded
    with no items: the reader still passes over them to keep the numbering, but keeps nothing."""
    for f in files:
        reader = {"jsonl": _jsonl_chunks, "csv": _csv_chunks, "parquet": _parquet_chunks}[f.fmt]
        try:
            yield from reader(f, chunk_size, fields, skip)
        except OSError as exc:
            # An unreadable file (vanished, no permission, I/O error) is one reject, not the end of the run.
            # Its id follows any chunk already read so the numbering of those stays stable.
            yield Chunk(chunk_id(f.index, 99_999_999), f.path, f.fmt, "line", error=f"unreadable file: {exc}")


def _jsonl_chunks(f: SourceFile, chunk_size: int, fields: Fields, skip) -> Iterator[Chunk]:
    with open(f.path, "rb") as fh:
        index, items, line_no = 0, [], 0
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue  # blank lines separate nothing in JSONL; they are not records
            items.append((line_no, line))
            if len(items) == chunk_size:
                yield _chunk(f, index, "line", items, skip)
                index, items = index + 1, []
        if items:
            yield _chunk(f, index, "line", items, skip)


def _csv_chunks(f: SourceFile, chunk_size: int, fields: Fields, skip) -> Iterator[Chunk]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with open(f.path, "rb") as fh:
        lines = _decoded_lines(fh)
        reader = csv.reader(lines)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Chunk(chunk_id(f.index, 0), f.path, f.fmt, "line", error=f"unreadable CSV header: {exc}")
            return
        header[0] = header[0].lstrip("\ufeff")  # a byte-order mark written by spreadsheet programs
        index, items = 0, []
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row = _Broken(f"malformed CSV: {exc}")
            if row != []:
                items.append((start, row))
            start = reader.line_num + 1
            if len(items) == chunk_size:
                yield _chunk(f, index, "line", items, skip, header)
                index, items = index + 1, []
        if items:
            yield _chunk(f, index, "line", items, skip, header)


class _Broken(str):
    """A CSV row the csv module could not parse; its text is the reason."""


def _decoded_lines(fh) -> Iterator[str]:
    # Decoding line by line with surrogateescape keeps one bad byte from stopping the file: the row
    # holding it is found (and rejected) by parse_chunk, every other row reads as usual.
    for line in fh:
        yield line.decode("utf-8", "surrogateescape")


def _parquet_chunks(f: SourceFile, chunk_size: int, fields: Fields, skip) -> Iterator[Chunk]:
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(f.path)
    except Exception as exc:  # not a Parquet file, truncated footer, ...
        yield Chunk(chunk_id(f.index, 0), f.path, f.fmt, "row", error=f"unreadable Parquet file: {exc}")
        return
    names = set(pfile.schema_arrow.names)
    wanted = [c for c in (fields.text, fields.id, fields.article, fields.decision) if c in names]
    # Only the columns a comment needs are read, a batch at a time (memory: one batch, whatever
    # the file); with none of them the rows still count (each becomes a "no text" reject).
    location, index = 1, 0
    batches = pfile.iter_batches(batch_size=chunk_size, columns=wanted) if wanted else _row_counts(pfile, chunk_size)
    for batch in batches:
        n = batch if isinstance(batch, int) else batch.num_rows
        done = chunk_id(f.index, index) in skip
        rows = [{}] * n if isinstance(batch, int) or done else batch.to_pylist()
        yield _chunk(f, index, "row", list(zip(range(location, location + n), rows)), skip)
        location, index = location + n, index + 1


def _row_counts(pfile, chunk_size: int) -> Iterator[int]:
    total = pfile.metadata.num_rows
    for start in range(0, total, chunk_size):
        yield min(chunk_size, total - start)


def _chunk(f: SourceFile, index: int, unit: str, items, skip, header=None) -> Chunk:
    cid = chunk_id(f.index, index)
    if cid in skip:
        return Chunk(cid, f.path, f.fmt, unit, items=[], header=None)
    return Chunk(cid, f.path, f.fmt, unit, items=items, header=header)


# --- worker side -----------------------------------------------------------------------------

def parse_chunk(chunk: Chunk, fields: Fields) -> tuple[list[dict], list[dict]]:
    """The chunk's comment records and its rejects.

    A record is {"id", "text", "article", "previous_decision", "source"}; a reject is
    {"file", "line"|"row", "reason", "raw"}."""
    records, rejects = [], []
    if chunk.error:
        rejects.append({"file": chunk.file, chunk.unit: None, "reason": chunk.error, "raw": None})
        return records, rejects
    for location, raw in chunk.items:
        try:
            data = _decode(chunk, raw)
            record = _record(data, fields)
        except _Reject as exc:
            rejects.append({"file": chunk.file, chunk.unit: location, "reason": str(exc), "raw": _snippet(raw, chunk)})
            continue
        record["source"] = f"{chunk.file}:{location}"
        records.append(record)
    return records, rejects


class _Reject(ValueError):
    pass


def _decode(chunk: Chunk, raw) -> dict:
    if chunk.fmt == "jsonl":
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Reject(f"undecodable bytes: not UTF-8 ({exc.reason} at byte {exc.start})") from None
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _Reject(f"not JSON: {exc.msg} at column {exc.colno}") from None
        except RecursionError:  # json recurses per level: "[[[[..." a hundred thousand deep
            raise _Reject("not JSON we can read: nested too deeply") from None
        if not isinstance(data, dict):
            raise _Reject(f"not a JSON object but a {type(data).__name__}")
        return data
    if chunk.fmt == "csv":
        if isinstance(raw, _Broken):
            raise _Reject(str(raw))
        if len(raw) != len(chunk.header):
            raise _Reject(f"expected {len(chunk.header)} fields, found {len(raw)}")
        for value in raw:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _Reject("undecodable bytes: not UTF-8") from None
        return dict(zip(chunk.header, raw))
    data = dict(raw)
    for key, value in data.items():
        if isinstance(value, bytes):  # a binary column: Parquet strings are UTF-8, bytes need not be
            try:
                data[key] = value.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _Reject(f"undecodable bytes in {key!r}: not UTF-8 (at byte {exc.start})") from None
    return data


def _record(data: dict, fields: Fields) -> dict:
    text = data.get(fields.text)
    if text is None:
        raise _Reject(f"no text (field {fields.text!r} missing or null)")
    if not isinstance(text, str):
        raise _Reject(f"text is not a string but a {type(text).__name__}")
    ident = data.get(fields.id)
    if isinstance(ident, bool) or not isinstance(ident, (str, int, float)):
        ident = None
    elif isinstance(ident, float) and not math.isfinite(ident):
        # JSONL's NaN or a Parquet float column's missing value: no id (the record keeps its source),
        # not the id "nan" shared by every such row.
        ident = None
    elif not isinstance(ident, str):
        ident = str(int(ident)) if isinstance(ident, float) and ident.is_integer() else str(ident)
    elif ident == "":
        ident = None
    article = data.get(fields.article)
    previous = data.get(fields.decision)
    return {
        "id": ident,
        "text": text,
        "article": article if isinstance(article, str) and article else None,
        "previous_decision": previous.strip().lower() if isinstance(previous, str) and previous.strip() else None,
    }


def _snippet(raw, chunk: Chunk) -> str:
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", "backslashreplace").rstrip("\r\n")
    elif isinstance(raw, list):
        text = ",".join(v.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for v in raw)
    elif isinstance(raw, dict):
        text = json.dumps(raw, ensure_ascii=False, default=repr)
    else:
        text = str(raw)
    return text[:RAW_SNIPPET]
