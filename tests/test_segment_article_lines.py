"""The article line model (segment/article_lines.py): its features, its absence (rules only), and the
shipped model on a page with a teaser list after the story."""

import logging

import pytest

from moderator.segment import article_lines, segment
from moderator.segment.html import parse, split_html
from segment_pages import STORY, article_ok, page

# A teaser list inside the post's own block: trafilatura keeps it after the story.
TEASERS = """<h3>Related Posts</h3><ul>
<li><a href="/2012/07/garden-club">Garden club plants a hundred trees along the river</a> July 17, 2012</li>
<li><a href="/2012/04/library-hours">Library extends weekend hours for the summer</a> April 25, 2012</li>
<li><a href="/2012/02/seed-swap">Seed swap draws record crowd at the fairgrounds</a> February 14, 2012</li>
<li><a href="/2011/11/cabinet">Woodworkers donate a cabinet to the county library</a> November 9, 2011</li>
</ul>"""
STORY_WITH_TEASERS = STORY.replace("</div>", TEASERS + "</div>")


def test_line_features_read_links_lists_and_dates():
    lines = ["The county library opened a seed bank on Saturday, letting residents borrow seeds.",
             "- Garden club plants a hundred trees along the river July 17, 2012", "Print"]
    links = {"garden club plants a hundred trees along the river", "print"}
    rows = article_lines.line_features(lines, links, "Library opens a seed bank")
    assert len(rows) == 3 and all(len(row) == len(article_lines.FEATURES) for row in rows)
    named = [dict(zip(article_lines.FEATURES, row)) for row in rows]
    assert named[0]["ends_sentence"] == 1.0 and named[0]["is_link"] == 0.0 and named[0]["is_first"] == 1.0
    teaser = named[1]
    assert teaser["list_item"] == 1.0 and teaser["has_date"] == 1.0 and teaser["link_prefix"] > 0.5
    assert named[2]["is_link"] == 1.0 and named[2]["is_last"] == 1.0 and named[2]["furniture"] == 1.0
    # each line also reads its neighbours: the teaser sits after a sentence and before a link
    assert teaser["previous_ends_sentence"] == 1.0 and teaser["next_is_link"] == 1.0
    assert named[0]["previous_log_words"] == -1.0 and named[2]["next_log_words"] == -1.0  # none there


def test_absent_model_leaves_the_rules_article(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("MODERATOR_MODELS", str(tmp_path))  # a models folder without segment.joblib
    with caplog.at_level(logging.WARNING, logger="moderator.segment.article_lines"):
        assert article_lines.load() is None
        assert article_lines.load() is None  # cached: one log line per process, not per page
    assert sum("no article line model" in r.getMessage() for r in caplog.records) == 1
    html = page(STORY_WITH_TEASERS)
    result = segment(html)
    article_ok(result)
    title, rules_only, _, _ = split_html(html, article_model=False)
    assert result.article.text == rules_only


def test_a_foreign_file_is_refused(tmp_path, caplog):
    import joblib

    joblib.dump({"model": None, "features": ("something", "else")}, tmp_path / "segment.joblib")
    with caplog.at_level(logging.WARNING, logger="moderator.segment.article_lines"):
        assert article_lines.load(tmp_path / "segment.joblib") is None
    (tmp_path / "broken.joblib").write_bytes(b"not a pickle")
    assert article_lines.load(tmp_path / "broken.joblib") is None


def _shipped():
    bundle = article_lines.load(article_lines._default_path())
    if bundle is None:
        pytest.skip("needs models/segment.joblib (python -m moderator.segment.train_article_lines)")
    return bundle


def test_shipped_model_reads_a_teaser_list_as_not_the_story():
    bundle = _shipped()
    assert bundle["features"] == article_lines.FEATURES and 0.5 <= bundle["threshold"] <= 1.01
    html = page(STORY_WITH_TEASERS)
    _, rules_only, _, extra = split_html(html, details=True)
    assert "Seed swap draws record crowd" in rules_only  # trafilatura keeps the teasers
    lines, rows = extra["lines"]
    drop = dict(zip(lines, article_lines.drop_probabilities(bundle["model"], rows)))
    story = [line for line in lines if line.endswith(".")]
    teasers = [line for line in lines if line.startswith("- ")]
    assert len(story) == 3 and len(teasers) == 4
    assert max(drop[line] for line in story) < 0.1 < 0.5 < min(drop[line] for line in teasers)
    # The threshold is cautious (a wrong drop costs the story): the story stays, the surest teasers go.
    result = segment(html)
    article_ok(result)
    assert all(line in result.article.text for line in story)
    gone = [line for line in teasers if line not in result.article.text]
    assert len(gone) >= 2 and max(teasers, key=drop.get) in gone


def test_details_give_the_unfiltered_lines_and_their_features():
    thread = """<ol class="commentlist">
    <li class="comment" id="comment-1"><cite class="fn">Rosa</cite><p>I signed up in the first week, great idea!</p></li>
    <li class="comment" id="comment-2"><cite class="fn">Tom</cite><p>Do you have pepper seeds too? I hope so.</p></li>
    </ol>"""
    title, article, comments, extra = split_html(page(STORY + thread), details=True)
    assert [c.author for c in comments] == ["Rosa", "Tom"]
    lines, rows = extra["lines"]
    assert "\n".join(lines) == article and len(rows) == len(lines)


def test_parse_failures_give_empty_details():
    assert parse("   ") is None
    assert split_html("   ", details=True) == ("", "", [], {"lines": ([], []), "notes": []})


def test_the_model_predicts_on_one_openmp_thread_and_restores_the_limit():
    # OpenMP threads spinning on a page's few lines made segmentation ten times slower on a busy machine.
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: F401 - loads the model's OpenMP runtime
    from threadpoolctl import threadpool_info, threadpool_limits

    def openmp_threads():
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "openmp"]

    seen = []

    class ThreadProbe:
        def predict_proba(self, X):
            seen.append(openmp_threads())
            return np.column_stack([np.zeros(len(X)), np.full(len(X), 0.25)])

    with threadpool_limits(limits=2, user_api="openmp"):  # as on any machine of two cores or more
        before = openmp_threads()
        assert article_lines.drop_probabilities(ThreadProbe(), [[0.0], [1.0]]) == [0.25, 0.25]
        after = openmp_threads()
    if not before:
        pytest.skip("no OpenMP runtime loaded in this process")
    assert before == [2] * len(before) and seen == [[1] * len(before)] and after == before
