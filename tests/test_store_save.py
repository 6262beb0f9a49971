"""save_results: what a stored comment, its article and its history look like after each kind of
sending. On a real SQLite file."""

from sqlalchemy import select

from moderator.store.comments import Submission, decide, get_comment, history, queue_page, save_results
from moderator.store.models import Article, Comment, Publisher


def _result(decision="flag", toxicity=0.9):
    return {"decision": decision, "scores": {"toxicity": toxicity, "insult": 0.1}, "reasons": [f"toxicity {toxicity}"],
            "spans": [{"start": 0, "end": 3, "label": "toxicity", "text": "you"}], "model_version": "v1"}


def _save(store, subs, results):
    with store.write() as session:
        pid = session.scalar(select(Publisher.id))
        return save_results(session, pid, subs, results, "default", "d1")


def _comment(store, external_id):
    with store.read() as session:
        comment = get_comment(session, None, external_id)
        return comment, [(e.action, e.status_before, e.status_after, e.actor) for e in history(session, comment)]


def test_a_new_comment_with_its_result_article_and_event(store):
    ids = _save(store, [Submission(id="c1", text="you idiot", author="ann", parent="c0", article_id="a1",
                                   article_text="\n  Mayor resigns\nThe mayor of ...")], [_result()])
    assert ids == ["c1"]
    comment, events = _comment(store, "c1")
    assert (comment.text, comment.author, comment.parent, comment.decision, comment.status) == \
        ("you idiot", "ann", "c0", "flag", "pending")
    assert comment.scores == {"toxicity": 0.9, "insult": 0.1} and comment.score_toxicity == 0.9
    assert comment.severity == 0.9 and comment.policy_name == "default" and comment.model_version == "v1"
    assert comment.spans[0]["text"] == "you" and comment.reasons == ["toxicity 0.9"]
    assert comment.article.key == "a1" and comment.article.title == "Mayor resigns"  # first line of the text
    assert events == [("scored", None, "pending", "model")]


def test_a_comment_a_phrase_flagged_waits_with_those_near_removal(store):
    threat = {"decision": "flag", "scores": {"toxicity": 0.31, "threat": 0.22},
              "reasons": ["threat: violence called for or promised"], "spans": [], "model_version": "v1"}
    rude = _result("flag", 0.6)
    _save(store, [Submission(id="t", text="Someone should shoot the mayor"), Submission(id="r", text="you fool")],
          [threat, rude])
    assert _comment(store, "t")[0].severity == 0.8  # its scores alone would put it last
    assert _comment(store, "r")[0].severity == 0.6
    with store.read() as session:
        assert [c.external_id for c in queue_page(session, None)[0]] == ["t", "r"]


def test_errors_are_not_stored_and_ids_are_made_where_missing(store):
    ids = _save(store, [Submission(id="bad", text=""), Submission(id=None, text="hello")],
                [{"id": "bad", "error": "text is empty"}, _result("keep", 0.1)])
    assert ids[0] is None and ids[1].startswith("m-")
    with store.read() as session:
        assert session.scalars(select(Comment.external_id)).all() == [ids[1]]
        assert session.scalar(select(Comment.status)) == "kept"


def test_a_moderators_decision_stands_until_the_text_changes(store):
    _save(store, [Submission(id="c1", text="you idiot")], [_result()])
    with store.write() as session:
        decide(session, get_comment(session, None, "c1"), "approve", "user:bob", None, may_overturn=False)
    # same text, new model opinion: the person's decision stays
    _save(store, [Submission(id="c1", text="you idiot")], [_result("remove", 0.99)])
    comment, events = _comment(store, "c1")
    assert (comment.status, comment.reviewed_by, comment.decision) == ("approved", "user:bob", "remove")
    # edited text: a new comment to the queue
    _save(store, [Submission(id="c1", text="you absolute idiot")], [_result("remove", 0.99)])
    comment, events = _comment(store, "c1")
    assert (comment.status, comment.reviewed_by, comment.reviewed_at) == ("removed", None, None)
    assert events == [("scored", None, "pending", "model"), ("approve", "pending", "approved", "user:bob"),
                      ("rescored", "approved", "approved", "model"), ("rescored", "approved", "removed", "model")]


def test_the_same_id_twice_in_one_call_is_one_row_with_both_events(store):
    ids = _save(store, [Submission(id="c1", text="first", article_id="a1"), Submission(id="c1", text="second")],
                [_result("keep", 0.1), _result()])
    assert ids == ["c1", "c1"]
    comment, events = _comment(store, "c1")
    assert (comment.text, comment.status, comment.article.key) == ("second", "pending", "a1")
    assert events == [("scored", None, "kept", "model"), ("rescored", "kept", "pending", "model")]


def test_an_article_is_made_once_and_what_a_request_says_wins(store):
    _save(store, [Submission(id="c1", text="x", article_id="a1", article_text="Old title\nbody")], [_result()])
    _save(store, [Submission(id="c2", text="y", article_id="a1", article_title="New title",
                             article_url="https://example.org/a1")], [_result()])
    _save(store, [Submission(id="c1", text="x")], [_result()])  # no article this time: keeps its article
    with store.read() as session:
        articles = session.execute(select(Article.key, Article.title, Article.text, Article.url)).all()
        assert articles == [("a1", "New title", "Old title\nbody", "https://example.org/a1")]
        assert {c.article.key for c in session.scalars(select(Comment))} == {"a1"}
