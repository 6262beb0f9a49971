"""Store.write_together: concurrent writes share a transaction, and one failing write fails only its
own caller. On a real SQLite file, with the service's own save path."""

import threading

from sqlalchemy import func, select

from moderator.store.comments import Submission, save_results
from moderator.store.models import Article, Comment, Event, Publisher


def _result(decision="flag"):
    return {"decision": decision, "scores": {"toxicity": 0.9}, "reasons": ["toxicity 0.90"], "spans": [],
            "model_version": "test"}


def _publisher_id(store) -> int:
    with store.read() as session:
        return session.scalar(select(Publisher.id))


def test_concurrent_writes_share_commits_and_all_land(store):
    pid = _publisher_id(store)
    commits = []
    from sqlalchemy import event

    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    start = threading.Barrier(24)
    out, errors = {}, []

    def send(n: int) -> None:
        # every request about the same article: the article row is made once, inside the group
        sub = Submission(id=f"c{n}", text=f"comment {n}", article_id="a1", article_text="Mayor Smith spoke.")

        def work(session):
            return save_results(session, pid, [sub], [_result()], "default", "d1")

        start.wait()
        try:
            out[n] = store.write_together(work)
        except Exception as exc:  # pragma: no cover - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    assert out == {n: [f"c{n}"] for n in range(24)}
    with store.read() as session:
        assert session.scalar(select(func.count(Comment.id))) == 24
        assert session.scalar(select(func.count(Event.id))) == 24
        assert session.scalar(select(func.count(Article.id))) == 1
        # each event belongs to its own comment
        pairs = session.execute(select(Comment.external_id, Event.text).join(Event, Event.comment_id == Comment.id)).all()
        assert sorted(pairs) == sorted((f"c{n}", f"comment {n}") for n in range(24))
    assert len(commits) < 24, "no two writes shared a commit"


def test_a_failing_write_fails_only_its_caller(store):
    pid = _publisher_id(store)
    release = threading.Event()
    results, errors = {}, {}

    def blocker(session):
        release.wait(10)  # holds the group lock so the next three queue up and commit together
        return "first"

    def good(n):
        def work(session):
            save_results(session, pid, [Submission(id=f"g{n}", text="fine")], [_result("keep")], "default", "d1")
            return n
        return work

    def bad(session):
        save_results(session, pid, [Submission(id="bad", text="boom")], [_result()], "default", "d1")
        raise ValueError("this request's write fails")

    def call(name, work):
        try:
            results[name] = store.write_together(work)
        except Exception as exc:
            errors[name] = exc

    first = threading.Thread(target=call, args=("first", blocker))
    first.start()
    while not store._group_lock.locked():
        pass
    queued = [threading.Thread(target=call, args=(f"g{n}", good(n))) for n in range(2)]
    queued.append(threading.Thread(target=call, args=("bad", bad)))
    for t in queued:
        t.start()
    while len(store._pending) < 3:
        pass
    release.set()
    for t in [first, *queued]:
        t.join(30)
    assert results == {"first": "first", "g0": 0, "g1": 1}
    assert list(errors) == ["bad"] and "fails" in str(errors["bad"])
    with store.read() as session:
        stored = set(session.scalars(select(Comment.external_id)))
    assert stored == {"g0", "g1"}, "the good writes of the failed group were lost, or the bad one kept"


def test_same_comment_twice_in_one_group_is_one_row(store):
    pid = _publisher_id(store)

    def work(session):
        first = save_results(session, pid, [Submission(id="x", text="one")], [_result()], "default", "d1")
        second = save_results(session, pid, [Submission(id="x", text="two")], [_result()], "default", "d1")
        return first + second

    assert store.write_together(work) == ["x", "x"]
    with store.read() as session:
        assert session.scalars(select(Comment.text)).all() == ["two"]
        assert session.scalar(select(func.count(Event.id))) == 2


def test_comment_writes_of_one_group_share_their_statements(store):
    from sqlalchemy import text

    from moderator.store.comments import CommentWrite, prepare_results

    pid = _publisher_id(store)
    statements = []
    from sqlalchemy import event

    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(" ".join(args[2].split()[:3])))
    subs_a = [Submission(id="a1", text="first"), Submission(id="shared", text="both send this")]
    subs_b = [Submission(id="b1", text="second"), Submission(id="shared", text="both send this, edited")]
    writes = [CommentWrite(pid, prepare_results(subs, [_result()] * 2, "default", "d1"), rate_count=(7, 100, 60))
              for subs in (subs_a, subs_b)]
    with store.write() as session:
        out = CommentWrite.run_many(session, writes)
    assert out == [["a1", "shared"], ["b1", "shared"]]
    # one rate-limit statement for both requests; one insert each for comments and events
    # ("shared" was new: sent twice, it is inserted once, with the later text)
    writes_done = [st for st in statements if st.split()[0] in ("INSERT", "UPDATE")]
    assert writes_done == ["INSERT INTO rate_windows", "INSERT INTO comments", "INSERT INTO events"], statements
    with store.read() as session:
        assert session.execute(text("SELECT count FROM rate_windows WHERE key_id = 7")).scalar_one() == 2
        rows = dict(session.execute(select(Comment.external_id, Comment.text)).all())
        assert rows == {"a1": "first", "b1": "second", "shared": "both send this, edited"}
        assert session.scalar(select(func.count(Event.id))) == 4
