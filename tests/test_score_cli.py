import json

import pytest

from click.testing import CliRunner

from moderator.cli import cli
from moderator.labels import LABELS


def run(args, data: bytes):
    return CliRunner().invoke(cli, ["score", *args], input=data)


def test_jsonl_in_results_out(moderator_models):
    lines = [{"id": "a", "text": "Thanks for the thoughtful article, very informative."},
             {"id": "b", "text": "You are a worthless idiot and everyone hates you."}]
    result = run([], "".join(json.dumps(l) + "\n" for l in lines).encode())
    assert result.exit_code == 0, result.output
    out = [json.loads(l) for l in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    for o in out:
        assert set(o) == {"id", "decision", "scores", "reasons", "spans", "model_version"}
        assert set(o["scores"]) == set(LABELS)
        assert all(0.0 <= v <= 1.0 for v in o["scores"].values())
    assert out[0]["decision"] == "keep"
    assert out[1]["decision"] in ("flag", "remove")
    assert out[1]["scores"]["insult"] > out[0]["scores"]["insult"]
    assert out[1]["reasons"]
    for span in out[1]["spans"]:
        assert lines[1]["text"][span["start"]:span["end"]] == span["text"]


def test_plain_lines():
    result = run(["--lines"], "good point\nshut up you moron\n".encode())
    assert result.exit_code == 0
    out = [json.loads(l) for l in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["1", "2"]
    assert out[1]["scores"]["toxicity"] > out[0]["scores"]["toxicity"]


def test_bad_lines_get_errors_and_the_rest_is_scored():
    data = b"".join([
        b'{"text": "fine comment"}\n',
        b'{"text": ""}\n',
        b'{"text": "   "}\n',
        b"not json at all\n",
        b'{"id": "x"}\n',
        b'{"text": "\xff\xfe broken utf8"}\n',
        b'["a list"]\n',
        json.dumps({"text": "a" * 1_000_000}).encode() + b"\n",
        b'{"text": 42}\n',
        b"\x00\x01\x02\x03binary junk\n",
        b'{"text": "another fine comment"}\n',
    ])
    result = run([], data)
    assert result.exit_code == 1
    out = [json.loads(l) for l in result.stdout.splitlines()]
    assert len(out) == 11  # nothing silently dropped
    errors = [o.get("error") for o in out]
    assert errors[0] is None and errors[-1] is None
    assert "empty" in errors[1] and "empty" in errors[2]
    assert "not JSON" in errors[3]
    assert "text" in errors[4]
    assert "UTF-8" in errors[5]
    assert "object" in errors[6]
    assert "longer than" in errors[7]
    assert "string" in errors[8]
    assert errors[9]
    assert "1 line(s)" not in result.stderr and "could not be scored" in result.stderr


def test_lines_json_allows_but_no_reader_can_take_get_errors_too():
    data = b"".join([
        b"[" * 100_000 + b"\n",  # json.loads recurses: RecursionError, not a JSONDecodeError
        b'{"text": "fine", "id": NaN}\n',  # Python reads NaN; echoed back it would be invalid JSON
        b'{"text": "fine", "article": ["a", "list"]}\n',
        b'{"text": "fine", "article": 5}\n',
        b'{"text": "fine", "article": "The mayor spoke."}\n',
    ])
    result = run([], data)
    assert result.exit_code == 1
    out = [json.loads(l, parse_constant=lambda c: pytest.fail(f"{c} in the output")) for l in result.stdout.splitlines()]
    assert len(out) == 5
    assert "nested too deeply" in out[0]["error"]
    assert "NaN" in out[1]["error"]
    assert "article must be a string" in out[2]["error"] and "article must be a string" in out[3]["error"]
    assert out[4]["decision"] == "keep"


def test_policy_option_changes_decisions(tmp_path):
    strict = tmp_path / "strict.toml"
    strict.write_text('name = "strict"\n[remove]\ntoxicity = 0.0\n')
    result = run(["--lines", "--policy", str(strict)], b"have a nice day\n")
    assert json.loads(result.stdout)["decision"] == "remove"
    bad = run(["--policy", str(tmp_path / "missing.toml")], b"")
    assert bad.exit_code != 0


def test_context_makes_named_people_targets(tmp_path, seed_page):
    article = tmp_path / "article.txt"
    article.write_text(seed_page.split("MORE ON THE TOPIC:")[0])
    text = b"Lavrov is a pathetic clown\n"
    without = json.loads(run(["--lines"], text).stdout)
    with_ctx = json.loads(run(["--lines", "--context", str(article)], text).stdout)
    assert with_ctx["scores"]["harassment"] >= without["scores"]["harassment"]
    assert with_ctx["scores"]["harassment"] >= 0.5
