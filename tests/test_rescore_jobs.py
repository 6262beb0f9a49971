"""`moderator rescore` end to end, run as the command a publisher runs (a subprocess with the real
models): outputs and rejects, exactly once after SIGKILLs, constant memory, and the database source."""

import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from moderator.labels import LABELS
from moderator.phrases import PHRASE_REASONS, PHRASE_SEVERITY
from moderator.rescore.sinks import read_results

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = {"id", "decision", "scores", "reasons", "spans", "model_version"}


def seed_texts() -> list[str]:
    """Real reader comments (toxic and not) from the project's seed page."""
    lines = (ROOT / "seeds" / "000_fed4981eb2cd7fd5.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


def comment(i: int, texts: list[str], pad: int = 0) -> dict:
    row = {"id": f"c{i}", "text": f"{texts[i % len(texts)]} ({i})", "decision": ("keep", "flag", "remove")[i % 3]}
    if pad:
        row["meta"] = "x" * pad  # archives carry more than the comment; it is read and dropped
    return row


def write_jsonl(path: Path, rows, corrupt_every: int = 0) -> None:
    with open(path, "wb") as fh:
        for i, row in enumerate(rows):
            fh.write(json.dumps(row).encode() + b"\n")
            if corrupt_every and i % corrupt_every == 0:
                fh.write(b'{"id": "broken-%d", "text": "cut off\n' % i)


def rescore(*args, **popen) -> subprocess.Popen:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "moderator", "rescore", *map(str, args)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def run_ok(*args) -> str:
    proc = rescore(*args)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return out


def test_archive_of_three_formats_gives_results_rejects_and_summary(tmp_path, moderator_models):
    texts = seed_texts()
    src = tmp_path / "archive"
    src.mkdir()
    write_jsonl(src / "a.jsonl", [comment(i, texts) for i in range(40)], corrupt_every=15)
    with open(src / "b.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "decision"])
        writer.writerows([f"c{i}", texts[i % len(texts)], "keep"] for i in range(40, 60))
    with open(src / "b.csv", "ab") as fh:
        fh.write(b"bad,caf\xe9 au lait,keep\r\n")
        fh.write(b"empty,,flag\r\n")
    pq.write_table(pa.table({"id": [f"c{i}" for i in range(60, 75)],
                             "text": [texts[i % len(texts)] for i in range(60, 75)]}), src / "c.parquet")

    out = run_ok(src, "--out", tmp_path / "out.jsonl", "--workers", "2", "--chunk-size", "8", "--quiet")
    rows = list(read_results(tmp_path / "out.jsonl"))
    assert [r["id"] for r in rows] == [f"c{i}" for i in range(75)]
    for row in rows:
        assert CONTRACT <= set(row) and set(row["scores"]) == set(LABELS)
        assert row["model_version"] == moderator_models.model_version
    assert [r.get("previous_decision") for r in rows[:3]] == ["keep", "flag", "remove"]
    assert "previous_decision" not in rows[70] and rows[70]["source"] == f"{src / 'c.parquet'}:11"

    # the same results the scorer gives these comments directly, in the same batches (chunks of 8:
    # a transformer member's numbers may differ in the last digits with the batch's padding)
    parquet = [{"id": f"c{i}", "text": texts[i % len(texts)]} for i in range(60, 75)]
    direct = moderator_models.moderate(parquet[:8]) + moderator_models.moderate(parquet[8:])
    assert [(d["decision"], d["scores"], d["reasons"], d["spans"]) for d in direct] == \
           [(r["decision"], r["scores"], r["reasons"], r["spans"]) for r in rows[60:]]

    rejects = [json.loads(line) for line in (tmp_path / "out.jsonl.rejects.jsonl").read_text().splitlines()]
    assert [(Path(r["file"]).name, r["line"], r["reason"].split(":")[0]) for r in rejects] == [
        ("a.jsonl", 2, "not JSON"), ("a.jsonl", 18, "not JSON"), ("a.jsonl", 34, "not JSON"),
        ("b.csv", 22, "undecodable bytes"), ("b.csv", 23, "text is empty")]

    summary = json.loads((tmp_path / "out.jsonl.summary.json").read_text())
    assert summary["comments"] == 80 and summary["scored"] == 75 and summary["rejected"] == 5
    assert sum(summary["decisions"].values()) == 75
    assert summary["reject_reasons"] == {"not JSON": 3, "undecodable bytes": 1, "text is empty": 1}
    moved = {}
    for row in rows:
        if "previous_decision" in row:
            key = f"{row['previous_decision']}->{row['decision']}"
            moved[key] = moved.get(key, 0) + 1
    assert summary["transitions"] == moved and summary["with_previous_decision"] == 60
    assert "80 comments: 75 scored, 5 rejected" in out
    assert not (tmp_path / "out.jsonl.parts").exists()

    # run again: nothing to do; other settings: refused without --overwrite
    again = rescore(src, "--out", tmp_path / "out.jsonl", "--workers", "1", "--chunk-size", "8", "--quiet")
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0 and "already the finished output" in err
    other = rescore(src, "--out", tmp_path / "out.jsonl", "--workers", "1", "--chunk-size", "9", "--quiet")
    _, err = other.communicate(timeout=300)
    assert other.returncode == 1 and "--overwrite" in err


def test_bad_arguments_get_clear_errors(tmp_path):
    proc = rescore(tmp_path / "nothing-here.jsonl", "--out", tmp_path / "o.jsonl")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "no such file" in err and "Traceback" not in err
    (tmp_path / "a.jsonl").write_text('{"text": "hi"}\n')
    proc = rescore(tmp_path / "a.jsonl", "--out", tmp_path / "o.csv")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and ".jsonl or .parquet" in err


def _done_chunks(parts: Path) -> int:
    return len(list(parts.glob("*.done.json"))) if parts.exists() else 0


def test_sigkill_mid_run_then_rerun_gives_every_comment_exactly_once(tmp_path, moderator_models):
    texts = seed_texts()
    n = 1500
    write_jsonl(tmp_path / "in.jsonl", [comment(i, texts) for i in range(n)], corrupt_every=100)
    dest = tmp_path / "out.jsonl"
    parts = Path(f"{dest}.parts")
    args = (tmp_path / "in.jsonl", "--out", dest, "--workers", "2", "--chunk-size", "40", "--quiet")

    for kill_after in (4, 12):  # killed twice: the second run resumes a resumed job
        proc = rescore(*args, start_new_session=True)
        try:
            deadline = time.monotonic() + 300
            while _done_chunks(parts) < kill_after and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            assert proc.poll() is None, "the job ended before it could be killed: make the archive larger"
            workers = psutil.Process(proc.pid).children(recursive=True)
            os.kill(proc.pid, signal.SIGKILL)  # the coordinator, mid-run, as kill -9 or the OOM killer would
            proc.wait(timeout=30)
            # its worker processes go with it instead of running on orphaned
            gone, alive = psutil.wait_procs(workers, timeout=20)
            assert not alive
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.communicate()
        assert not dest.exists() and _done_chunks(parts) >= kill_after

    run_ok(*args)
    ids = [r["id"] for r in read_results(dest)]
    assert len(ids) == len(set(ids)) == n and set(ids) == {f"c{i}" for i in range(n)}
    rejects = (Path(f"{dest}.rejects.jsonl")).read_text().splitlines()
    assert sorted(json.loads(r)["line"] for r in rejects) == [i + i // 100 + 2 for i in range(0, n, 100)]
    summary = json.loads(Path(f"{dest}.summary.json").read_text())
    assert summary["comments"] == n + n // 100 and summary["scored"] == n
    assert summary["this_run"]["resumed_from"] > 0


def peak_tree_rss(proc: subprocess.Popen) -> int:
    """Peak of the summed resident memory of a process and all its children, sampled every 20 ms."""
    peak = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            break
        peak = max(peak, total)
        time.sleep(0.02)
    return peak


def test_peak_memory_does_not_grow_with_the_archive(tmp_path, moderator_models):
    texts = seed_texts()
    pad = 50_000  # 50 kB of other fields per row: a 5x larger archive is 200 MB more to hold if not streamed
    peaks = {}
    for name, n in (("small", 1000), ("large", 5000)):
        write_jsonl(tmp_path / f"{name}.jsonl", (comment(i, texts, pad) for i in range(n)))
        proc = rescore(tmp_path / f"{name}.jsonl", "--out", tmp_path / f"{name}.parquet", "--workers", "2",
                       "--chunk-size", "100", "--quiet")
        reader = threading.Thread(target=proc.communicate, daemon=True)  # drain pipes while sampling
        reader.start()
        peaks[name] = peak_tree_rss(proc)
        reader.join(60)
        assert proc.returncode == 0
        assert sum(1 for _ in read_results(tmp_path / f"{name}.parquet")) == n
        os.unlink(tmp_path / f"{name}.jsonl")
    assert peaks["large"] <= 1.2 * peaks["small"], peaks


# --- the service's database ------------------------------------------------------------------


def test_database_rescored_in_place_exactly_once(tmp_path, moderator_models):
    from sqlalchemy import func, select

    from moderator.store import Store, upgrade
    from moderator.store.models import STATUS_APPROVED, Article, Comment, Event, Publisher, utcnow

    url = f"sqlite:///{tmp_path / 'service.db'}"
    store = Store(url)
    upgrade(store.engine)
    texts = seed_texts()
    with store.write() as session:
        publisher = Publisher(name="daily")
        session.add(publisher)
        session.flush()
        article = Article(publisher_id=publisher.id, key="a1", text=texts[0])
        session.add(article)
        for i in range(30):
            session.add(Comment(publisher=publisher, external_id=f"c{i}", article=article if i % 2 else None,
                                text=texts[i % len(texts)], decision="keep", status="kept", severity=0.0,
                                scores={}, reasons=[], spans=[], model_version="0.old", policy_name="default",
                                policy_digest="old"))
        session.flush()
        reviewed = session.scalar(select(Comment).where(Comment.external_id == "c5"))
        reviewed.status, reviewed.reviewed_by = STATUS_APPROVED, "user:ann"
        reviewed.reviewed_at = utcnow()

    out = run_ok("--db", url, "--workers", "1", "--chunk-size", "7", "--quiet")
    assert "updated 30 stored comments" in out
    version = moderator_models.model_version
    with store.read() as session:
        comments = session.scalars(select(Comment).order_by(Comment.id)).all()
        assert {c.model_version for c in comments} == {version}
        direct = moderator_models.moderate([{"id": c.external_id, "text": c.text} for c in comments[:2]])
        assert comments[0].decision == direct[0]["decision"] and comments[0].scores == direct[0]["scores"]
        for c in comments:
            highest = max(c.scores.values())  # the queue's order; a phrase's reason lifts it to PHRASE_SEVERITY
            assert c.severity == (max(highest, PHRASE_SEVERITY) if PHRASE_REASONS.intersection(c.reasons) else highest)
            expected = "approved" if c.external_id == "c5" else {"keep": "kept", "flag": "pending", "remove": "removed"}[c.decision]
            assert c.status == expected  # a person's decision stands
        events = session.scalars(select(Event).where(Event.action == "rescored")).all()
        assert len(events) == 30 and {e.model_version for e in events} == {version}

    # the same job again finds nothing left to do: no second "rescored" event for anyone
    out = run_ok("--db", url, "--workers", "1", "--quiet")
    assert "0 comments" in out
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Event).where(Event.action == "rescored")) == 30
    proc = rescore("--db", url, "--status", "waiting")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "expected one of" in err
    store.dispose()
