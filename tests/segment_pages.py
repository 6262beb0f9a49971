"""A small news page for the HTML segmentation tests: a story with known sentences, wrapped in a page."""

STORY = """
<div class="post" id="post-7"><h1>Library opens a seed bank for local gardeners</h1>
<p>The county library opened a seed bank on Saturday, letting residents borrow packets of tomato,
bean and squash seeds and return seeds saved from their own harvest at the end of the season.</p>
<p>Librarian Ana Ortiz said more than two hundred people signed up in the first week, and that the
collection would grow as gardeners brought back seeds adapted to the valley's short summers.</p>
<p>The project cost four thousand dollars, most of it for drawers, envelopes and a donated cabinet.</p>
</div>
"""


def page(body: str, title: str = "Library opens a seed bank") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"


def article_ok(result) -> None:
    assert "letting residents borrow packets" in result.article.text
    assert "donated cabinet" in result.article.text
