"""`moderator rescore --engine dask` on real Dask clusters (two worker processes) gives the same
output as the single-machine engine: with its own LocalCluster, and against a scheduler address."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moderator.rescore.sinks import read_results

ROOT = Path(__file__).resolve().parent.parent


def rescore(*args) -> dict:
    proc = subprocess.run([sys.executable, "-m", "moderator", "rescore", *map(str, args), "--quiet"],
                          env={**os.environ, "HF_HUB_OFFLINE": "1"}, cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    dest = Path(args[args.index("--out") + 1])
    summary = json.loads(Path(f"{dest}.summary.json").read_text())
    rejects = Path(f"{dest}.rejects.jsonl").read_text()
    return {"rows": list(read_results(dest)), "rejects": rejects, "summary": summary}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    lines = (ROOT / "seeds" / "000_fed4981eb2cd7fd5.txt").read_text(encoding="utf-8").splitlines()
    texts = [line for line in lines if line.strip()]
    folder = tmp_path_factory.mktemp("archive")
    for part in range(3):
        with open(folder / f"part-{part}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(part * 100, part * 100 + 100):
                fh.write(json.dumps({"id": f"c{i}", "text": texts[i % len(texts)],
                                     "decision": ("keep", "flag", "remove")[i % 3]}) + "\n")
                if i % 37 == 0:
                    fh.write("{not json\n")
    return folder


@pytest.fixture(scope="module")
def local_run(archive, tmp_path_factory, moderator_models):
    out = tmp_path_factory.mktemp("local") / "out.parquet"
    return rescore(archive, "--out", out, "--workers", "2", "--chunk-size", "30")


def same(a: dict, b: dict) -> None:
    assert a["rows"] == b["rows"]
    assert a["rejects"] == b["rejects"]
    for key in ("comments", "scored", "rejected", "decisions", "transitions", "reject_reasons"):
        assert a["summary"][key] == b["summary"][key]


def test_dask_local_cluster_equals_local_engine(archive, local_run, tmp_path):
    assert len(local_run["rows"]) == 300 and local_run["summary"]["rejected"] == 9
    run = rescore(archive, "--out", tmp_path / "dask.parquet", "--engine", "dask", "--workers", "2",
                  "--chunk-size", "30")
    assert run["summary"]["engine"] == "dask" and run["summary"]["workers"] == 2
    same(run, local_run)


def test_dask_against_a_running_scheduler_equals_local_engine(archive, local_run, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        run = rescore(archive, "--out", tmp_path / "dask.parquet", "--engine", "dask",
                      "--scheduler", cluster.scheduler_address, "--chunk-size", "30")
        # the chunks ran on the cluster's workers: they hold the loaded models now
        loaded = client.run(lambda: __import__("moderator.rescore.worker").rescore.worker._MODERATOR is not None)
        assert list(loaded.values()) == [True, True]
    assert run["summary"]["workers"] == 2
    same(run, local_run)
