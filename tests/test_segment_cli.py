"""`moderator page` through click's CliRunner, and once as a real process."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from moderator.cli import cli
from tests.conftest import ROOT, SEED

HTML = """<html><head><title>Bridge</title></head><body><article><h1>Bridge closes</h1>
<p>The Harbor Street bridge will close for six months while crews replace its deck, the county said on Monday.</p>
<p>Detours will add about ten minutes to the average commute, officials said.</p></article>
<ol class="commentlist"><li class="comment" id="comment-1"><cite class="fn">Rosa</cite>
<p>Six months is far too long for my bakery.</p><div class="reply"><a>Reply</a></div></li></ol></body></html>"""


def test_one_file_gives_one_indented_document():
    result = CliRunner().invoke(cli, ["page", str(SEED), "--no-score"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("{\n  ")
    doc = json.loads(result.output)
    assert doc["source"] == str(SEED)
    assert len(doc["comments"]) == 10
    assert doc["comments"][0] == {"index": 0, "text": "Lavrov looks constipated lol", "author": None,
                                  "time": None, "parent": None}
    assert doc["article"]["text"].startswith("On May 19th")
    assert "model_version" not in doc  # nothing was scored


def test_several_files_give_one_line_each_in_order(tmp_path):
    html = tmp_path / "page.html"
    html.write_text(HTML)
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = CliRunner().invoke(cli, ["page", "--no-score", str(html), str(SEED), str(binary)])
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 3
    first, second, third = (json.loads(line) for line in lines)
    assert first["source"] == str(html) and first["comments"][0]["author"] == "Rosa"
    assert first["comments"][0]["text"] == "Six months is far too long for my bakery."
    assert second["source"] == str(SEED) and len(second["comments"]) == 10
    assert third == {"source": str(binary), "error": "input looks binary (a known file signature), not a text or HTML page"}
    assert result.exit_code == 1
    result = CliRunner().invoke(cli, ["page", "--no-score", str(missing)])
    assert result.exit_code != 0
    assert "missing.txt" in result.output


def test_stdin_and_forced_format():
    result = CliRunner().invoke(cli, ["page", "-", "--no-score", "--format", "text"], input=HTML)
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["source"] == "<stdin>"
    assert doc["comments"] == [] or "<" in doc["article"]["text"] + doc["comments"][0]["text"]
    result = CliRunner().invoke(cli, ["page", "-", "--no-score"], input=HTML)
    assert json.loads(result.output)["comments"][0]["author"] == "Rosa"


def test_binary_file_is_a_clear_error(tmp_path):
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)) * 100)
    result = CliRunner().invoke(cli, ["page", str(binary), "--no-score"])
    assert result.exit_code == 1
    assert "binary" in result.output
    assert "Traceback" not in result.output


def test_no_score_loads_no_model_code():
    code = ("import sys\nfrom moderator.cli import main\nsys.argv = ['moderator', 'page', '--no-score', %r]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'torch', 'joblib', 'transformers')"
            " or m == 'moderator.scorer']\nprint('HEAVY', heavy, file=sys.stderr)\n") % str(SEED)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stderr
    assert len(json.loads(proc.stdout)["comments"]) == 10


def test_scored_page_merges_each_result():
    from moderator.scorer import ModelsMissing, Moderator

    try:
        Moderator.load()
    except ModelsMissing as exc:
        pytest.skip(f"needs the trained models: {exc}")
    result = CliRunner().invoke(cli, ["page", str(SEED)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["model_version"]
    assert len(doc["comments"]) == 10
    for comment in doc["comments"]:
        assert {"index", "text", "author", "time", "parent", "decision", "scores", "reasons", "spans",
                "model_version"} <= set(comment)
        assert comment["decision"] in ("keep", "flag", "remove")
    assert doc["comments"][7]["decision"] in ("flag", "remove")  # "JewSA demoncrazy"


def test_policy_option(tmp_path):
    from moderator.scorer import ModelsMissing, Moderator

    try:
        Moderator.load()
    except ModelsMissing as exc:
        pytest.skip(f"needs the trained models: {exc}")
    policy = ROOT / "moderator" / "policies" / "default.toml"
    result = CliRunner().invoke(cli, ["page", str(SEED), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["comments"]) == 10
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml")
    result = CliRunner().invoke(cli, ["page", str(SEED), "--policy", str(bad)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
