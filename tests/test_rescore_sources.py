"""Reading archives for `moderator rescore`: formats, chunking, rejects, and the checkpoint's parts.
These need no models; the end-to-end runs are in test_rescore_jobs.py and test_rescore_dask.py."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from moderator.rescore.sinks import AlreadyDone, Checkpoint, SinkError, read_results
from moderator.rescore.sources import Fields, SourceError, iter_chunks, parse_chunk, resolve_sources


def parsed(path, chunk_size=1000, fields=Fields()):
    records, rejects, ids = [], [], []
    for chunk in iter_chunks(resolve_sources(path), chunk_size, fields):
        r, j = parse_chunk(chunk, fields)
        records += r
        rejects += j
        ids.append(chunk.id)
    return records, rejects, ids


def test_sources_resolve_file_directory_and_glob(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("a.jsonl", "b/c.csv", "b/d.parquet", "notes.txt"):
        (tmp_path / name).write_text("")
    assert [f.path for f in resolve_sources(tmp_path)] == [str(tmp_path / n) for n in ("a.jsonl", "b/c.csv", "b/d.parquet")]
    assert [f.fmt for f in resolve_sources(tmp_path / "b" / "*")] == ["csv", "parquet"]
    assert [f.index for f in resolve_sources(str(tmp_path / "**" / "*.*"))] == [0, 1, 2]
    with pytest.raises(SourceError, match="no such file"):
        resolve_sources(tmp_path / "missing.jsonl")
    with pytest.raises(SourceError, match="unknown format"):
        resolve_sources(tmp_path / "notes.txt")


def test_jsonl_chunks_have_stable_ids_and_skipped_chunks_hold_nothing(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": f"comment {i}"}) + "\n" for i in range(25)))
    chunks = list(iter_chunks(resolve_sources(path), 10, Fields()))
    assert [c.id for c in chunks] == ["000000-00000000", "000000-00000001", "000000-00000002"]
    assert [len(c.items) for c in chunks] == [10, 10, 5]
    again = list(iter_chunks(resolve_sources(path), 10, Fields(), skip=frozenset({"000000-00000001"})))
    assert [len(c.items) for c in again] == [10, 0, 5]
    records, rejects, _ = parsed(path, 10)
    assert [r["id"] for r in records] == [str(i) for i in range(25)] and not rejects
    assert records[3]["source"] == f"{path}:4"


def test_bad_jsonl_records_become_rejects_with_reason_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"id": "ok", "text": "fine", "decision": "Flag"}\n'
        b"this is not json\n"
        b'{"id": "notext"}\n'
        b"\n"
        b'{"id": "num", "text": 42}\n'
        b'["a", "list"]\n'
        b'{"id": "latin1", "text": "caf\xe9"}\n'
        b'{"id": "cut", "text": "trunc\n'
        + b"[" * 100_000  # one line nested deeper than json can recurse: a reject, not the end of the run
    )
    records, rejects, _ = parsed(path)
    assert [(r["id"], r["previous_decision"]) for r in records] == [("ok", "flag")]
    got = [(r["line"], r["reason"].split(":")[0].split(" (")[0]) for r in rejects]
    assert got == [(2, "not JSON"), (3, "no text"), (5, "text is not a string but a int"),
                   (6, "not a JSON object but a list"), (7, "undecodable bytes"), (8, "not JSON"),
                   (9, "not JSON we can read")]
    assert rejects[0]["file"] == str(path) and rejects[0]["raw"] == "this is not json"
    assert "\\xe9" in rejects[4]["raw"]


def test_csv_quoted_newlines_bad_bytes_and_wrong_field_counts(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(
        "\ufeffid,text,decision\n".encode()
        + b'1,"first line\nsecond line",keep\n'
        + b"2,caf\xe9,flag\n"
        + b"3,too,many,fields\n"
        + b"4,,keep\n"
        + b'5,"plain, with comma",\n'
    )
    records, rejects, _ = parsed(path)
    assert [(r["id"], r["text"], r["previous_decision"]) for r in records] == [
        ("1", "first line\nsecond line", "keep"), ("4", "", "keep"), ("5", "plain, with comma", None)]
    assert [(r["line"], r["reason"]) for r in rejects] == [
        (4, "undecodable bytes: not UTF-8"), (5, "expected 3 fields, found 4")]
    assert records[1]["source"] == f"{path}:6"


def test_parquet_batches_binary_text_and_missing_text_column(tmp_path):
    good = tmp_path / "a.parquet"
    pq.write_table(pa.table({"comment_id": [10, 11, 12], "body": ["x", None, "z"], "other": [1, 2, 3]}), good,
                   row_group_size=2)
    fields = Fields(text="body", id="comment_id")
    records, rejects, ids = parsed(good, 2, fields)
    assert [(r["id"], r["text"], r["source"]) for r in records] == [("10", "x", f"{good}:1"), ("12", "z", f"{good}:3")]
    assert [(r["row"], r["reason"]) for r in rejects] == [(2, "no text (field 'body' missing or null)")]
    assert len(ids) == 2

    binary = tmp_path / "b.parquet"
    pq.write_table(pa.table({"text": pa.array([b"ok", b"\xff\xfe"], pa.binary())}), binary)
    records, rejects, _ = parsed(binary)
    assert [r["text"] for r in records] == ["ok"] and rejects[0]["reason"].startswith("undecodable bytes")

    notext = tmp_path / "c.parquet"
    pq.write_table(pa.table({"x": [1, 2, 3]}), notext)
    records, rejects, _ = parsed(notext, 2)
    assert not records and [r["row"] for r in rejects] == [1, 2, 3]

    broken = tmp_path / "d.parquet"
    broken.write_bytes(b"PAR1 not really")
    records, rejects, _ = parsed(broken)
    assert not records and rejects[0]["reason"].startswith("unreadable Parquet file")


def test_missing_ids_are_no_id_not_the_text_nan(tmp_path):
    # A float id column with a missing value (how pandas writes nullable ids) and JSONL's NaN/Infinity:
    # each such row keeps no id (its source names it), never the id "nan" that every such row would share.
    table = tmp_path / "ids.parquet"
    pq.write_table(pa.table({"id": [7.0, float("nan"), 1e3], "text": ["a", "b", "c"]}), table)
    records, rejects, _ = parsed(table)
    assert [r["id"] for r in records] == ["7", None, "1000"] and not rejects
    lines = tmp_path / "ids.jsonl"
    lines.write_text('{"id": NaN, "text": "a"}\n{"id": -Infinity, "text": "b"}\n{"id": 2.5, "text": "c"}\n')
    records, rejects, _ = parsed(lines)
    assert [r["id"] for r in records] == [None, None, "2.5"] and not rejects


def rows(*ids):
    return [{"id": i, "decision": "keep", "scores": {"toxicity": 0.1}, "reasons": [], "spans": [],
             "model_version": "v", "source": f"f:{i}"} for i in ids]


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_checkpoint_commits_parts_resumes_and_assembles_in_order(tmp_path, name):
    dest = tmp_path / name
    job = {"inputs": ["x"], "chunk_size": 2}
    cp = Checkpoint(dest)
    assert cp.open(job) == {}
    cp.commit("000000-00000001", rows("c", "d"), [{"reason": "not JSON", "line": 3}], {"rows_in": 3})
    cp.commit("000000-00000000", rows("a", "b"), [], {"rows_in": 2})
    (cp.dir / ".000000-00000002.jsonl.tmp").write_text("half a part from a killed run")
    # a restart of the same job sees the committed chunks and drops the uncommitted leftover
    again = Checkpoint(dest)
    assert sorted(again.open(job)) == ["000000-00000000", "000000-00000001"]
    assert not list(cp.dir.glob(".*.tmp"))
    with pytest.raises(SinkError, match="other settings"):
        Checkpoint(dest).open({**job, "chunk_size": 3})
    again.finalize(["000000-00000001", "000000-00000000"], {"job": job, "comments": 5})
    assert [r["id"] for r in read_results(dest)] == ["a", "b", "c", "d"]
    assert json.loads((tmp_path / f"{name}.rejects.jsonl").read_text()) == {"reason": "not JSON", "line": 3}
    assert not cp.dir.exists()
    with pytest.raises(AlreadyDone):
        Checkpoint(dest).open(job)
    with pytest.raises(SinkError, match="pass --overwrite"):
        Checkpoint(dest).open({**job, "chunk_size": 3})
    assert Checkpoint(dest).open(job, overwrite=True) == {}
