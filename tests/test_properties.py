"""Properties that must hold for any input, checked on generated text (hypothesis): the offset map of the
normalization, the spans and decisions of scoring, the page splitter's answer or clear refusal, and
`moderator score`'s line-for-line answers.

Texts are drawn from pieces that exercise the obfuscation paths (leet, masks, spacing, runs, homoglyphs,
zero-width and combining marks, upside-down text, emoji, regional letters) mixed with arbitrary
Unicode, and the phrase finders' cue words. The examples are derandomized: the same ones on every
run (tests/fuzzing.py says how to draw more)."""

import json
import math
import time

import pytest
from click.testing import CliRunner
from fuzzing import examples
from hypothesis import given
from hypothesis import strategies as st

from moderator.cli import cli
from moderator.labels import LABELS
from moderator.normalize import normalize
from moderator.segment import PageError, segment

OBFUSCATION = ["fuck", "f u c k", "f*ck", "sh1t", "n1gg3r", "JewSA", "Zionazi", "retard", "\u200b", "\u0301",
               "ʞɔnɟ noʎ", "🖕", "🏽", "s.t.u.p.i.d", "stuuupid", "@", "$", "0", "1", "3", " ", "\n", "ı", "İ",
               "ß", "ﬁ", "Ａ", "ǅ", "\ufeff", "\u202e", "-", "_", "!", "🇫🇺", "💩", "ᴉ", "Σ", "ς", "é", "ﷺ"]
PHRASES = ["idiot", "kill", "you", "I will ", "should be shot", "go back to", "Muslims", "Jews are ", "greedy",
           "is a rat", "The mayor ", "you@example.com", "555-123-4567", "he lives at 42 Elm Street", "14/88",
           "send nudes", "(((", ")))", "'", '"', ", he said", "not ", "?", "<b>", "&amp;", "http://x.co/a"]
_pieces = st.lists(st.one_of(st.sampled_from(OBFUSCATION + PHRASES), st.text(max_size=4)), max_size=30).map("".join)
TEXTS = st.one_of(st.text(max_size=60), _pieces)


@examples(1500)
@given(TEXTS)
def test_normalized_characters_map_back_inside_what_was_typed(text):
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.offsets)
    for start in range(len(norm.text)):
        for end in range(start + 1, min(len(norm.text), start + 8) + 1):
            a, b = norm.to_original(start, end)
            assert 0 <= a < b <= len(text)


SCORABLE = TEXTS.filter(lambda t: t.strip() and "\x00" not in t)


@examples(150)
@given(st.lists(SCORABLE, min_size=1, max_size=4))
def test_every_comment_gets_a_decision_and_spans_that_point_at_what_was_typed(moderator_models, texts):
    results = moderator_models.moderate([{"text": t} for t in texts])
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        assert "error" not in result, result
        assert result["decision"] in ("keep", "flag", "remove")
        assert set(result["scores"]) == set(LABELS)
        assert all(0.0 <= v <= 1.0 and not math.isnan(v) for v in result["scores"].values())
        for span in result["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"] and span["text"].strip()
        # a comment is decided the same alone as in any batch (the re-scorer batches, the API may not)
        alone = moderator_models.moderate([{"text": text}])[0]
        assert (alone["decision"], alone["spans"], alone["reasons"]) == (
            result["decision"], result["spans"], result["reasons"])


MARKUP = ["<div class='comment'>", "</div>", "<ol class='commentlist'>", "</ol>", "<li class='comment' id='c-1'>",
          "</li>", "<article>", "</article>", "<p>", "</p>", "<br>", "<span class='author'>Bob</span>",
          "<time datetime='2020-01-01'>3 hours ago</time>", "<a href='#'>Reply</a>", "<script>var x='<div>';</script>",
          "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "]]>", "<html>", "<body>", "<head><title>T</title></head>",
          "<meta charset='utf-16'>", "<meta charset='latin-1'>", "<div itemtype='http://schema.org/Comment'>",
          "<div id='disqus_thread'>", "<table><tr><td>", "</td></tr></table>", "Comments (12)", "Leave a reply",
          "MORE ON THE TOPIC:", "You are an idiot.", "The minister said on Tuesday that the plan would go ahead.",
          "\n", " ", "&nbsp;", "&#0;", "&#xD800;", "\x00", "\ufeff", "<", ">", "&", "<h1>Title</h1>", "<iframe>",
          "<svg><text>x</text></svg>", "<ul>", "<li>", "<dl><dt>Bob</dt><dd>nice</dd></dl>"]
PAGES = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=6)), max_size=60).map("".join)


@examples(400)
@given(st.one_of(PAGES, st.binary(max_size=200), PAGES.map(lambda s: s.encode("utf-8", "surrogatepass"))),
       st.sampled_from([None, "html", "text"]))
def test_any_page_is_split_or_refused_clearly_in_bounded_time(data, format):
    started = time.perf_counter()
    try:
        page = segment(data, format=format)
    except PageError as exc:
        assert str(exc)
        return
    assert time.perf_counter() - started < 5
    for i, comment in enumerate(page.comments):
        assert comment.index == i and comment.text.strip()
        assert comment.parent is None or 0 <= comment.parent < i
    assert page.to_dict()["comments"] == [
        {"index": c.index, "text": c.text, "author": c.author, "time": c.time, "parent": c.parent}
        for c in page.comments]


@pytest.mark.parametrize("text", ["n1gg3r", "f u c k you", "ʞɔnɟ noʎ"])
def test_the_generated_pieces_do_reach_the_obfuscation_paths(moderator_models, text):
    """The properties above are only as good as their inputs: these pieces must be read as abuse."""
    result = moderator_models.moderate([{"text": text}])[0]
    assert result["spans"], result


_JSON = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
                     lambda inner: st.one_of(st.lists(inner, max_size=3),
                                             st.dictionaries(st.text(max_size=5), inner, max_size=3)), max_leaves=8)
_LINES = st.one_of(
    st.fixed_dictionaries({}, optional={"text": st.one_of(_JSON, SCORABLE), "id": _JSON, "article": _JSON}).map(
        lambda o: json.dumps(o).encode()),  # json.dumps writes NaN for float("nan"): not JSON, as users send
    _JSON.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=30).filter(lambda b: b"\n" not in b))


@examples(100)
@given(st.lists(_LINES, min_size=1, max_size=5), st.booleans())
def test_score_cli_answers_every_line_with_json_and_says_whether_any_failed(moderator_models, lines, plain):
    data = b"\n".join(lines) + b"\n"
    result = CliRunner().invoke(cli, ["score", *(["--lines"] if plain else [])], input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    out = [json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} in the output"))
           for line in result.stdout.split("\n")[:-1]]  # JSONL: only "\n" ends a line, not U+0085 or U+2028
    assert len(out) == len(lines)  # nothing dropped
    assert all(("decision" in o) != ("error" in o) for o in out)
    assert result.exit_code == (1 if any("error" in o for o in out) else 0)
