"""Comments stated in a page's schema.org JSON-LD, read when the markup has no thread (a script draws it)."""

import json

from moderator.segment import segment
from segment_pages import STORY, article_ok


def ld_page(*documents, body: str = STORY) -> str:
    scripts = "".join(f'<script type="application/ld+json">{d if isinstance(d, str) else json.dumps(d)}</script>'
                      for d in documents)
    return (f"<!DOCTYPE html><html><head><title>Library opens a seed bank</title>{scripts}</head>"
            f'<body>{body}<div id="comments-root"></div></body></html>')


THREAD = {
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library opens a seed bank",
    "comment": [
        {"@type": "Comment", "text": "The seed bank is the best thing our library has done in years.",
         "author": {"@type": "Person", "name": "Hannah Cole"}, "dateCreated": "2024-03-03T09:12:00Z",
         "comment": [{"@type": "Comment", "author": "Tomasz", "datePublished": "2024-03-03T10:00:00Z",
                      "text": "<p>Will they take back seeds from <b>hybrid</b> tomatoes?</p>",
                      # a reply that points back at its parent: the parent is not read twice
                      "parentItem": {"@type": "Comment", "text": "The seed bank is the best thing our library has done in years."}}]},
        {"@type": ["Comment"], "text": "Shut up, you idiot.", "author": [{"@type": "Person", "name": "troll"}]},
    ],
}


def test_json_ld_comments_with_author_time_and_parent():
    result = segment(ld_page(THREAD))
    article_ok(result)
    assert [(c.text, c.author, c.time, c.parent) for c in result.comments] == [
        ("The seed bank is the best thing our library has done in years.", "Hannah Cole", "2024-03-03T09:12:00Z", None),
        ("Will they take back seeds from hybrid tomatoes?", "Tomasz", "2024-03-03T10:00:00Z", 0),
        ("Shut up, you idiot.", "troll", None, None)]


def test_graph_documents_and_a_second_copy_are_read_once():
    result = segment(ld_page({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, THREAD]}, THREAD))
    assert len(result.comments) == 3


def test_markup_thread_wins_over_json_ld():
    markup = ('<ol class="commentlist"><li class="comment" id="comment-1"><div class="comment-author">Ana</div>'
              '<div class="comment-body"><p>A comment written in the page itself, with enough words.</p></div></li>'
              '<li class="comment" id="comment-2"><div class="comment-author">Ben</div>'
              '<div class="comment-body"><p>Another comment in the markup, also long enough to count.</p></div></li></ol>')
    result = segment(ld_page(THREAD, body=STORY + markup))
    assert [c.author for c in result.comments] == ["Ana", "Ben"]


def test_broken_or_hostile_json_ld_is_ignored():
    deep = '{"comment":' * 50_000 + "1" + "}" * 50_000  # deeper than json.loads recurses
    chain = {"@type": "Comment", "text": "level 0"}
    node = chain
    for depth in range(1, 200):  # deeper than the reader follows
        node["comment"] = {"@type": "Comment", "text": f"level {depth}"}
        node = node["comment"]
    result = segment(ld_page("{not json", deep, '"a string"', {"@type": "Comment", "text": ["not", "a", "string"]}, chain))
    article_ok(result)
    texts = [c.text for c in result.comments]
    assert texts[:2] == ["level 0", "level 1"] and 50 < len(texts) < 200
    assert all(c.parent == i - 1 for i, c in enumerate(result.comments) if i)


STORY_PARAGRAPHS = [
    "The county library opened a seed bank on Saturday, letting residents borrow packets of tomato, bean and squash seeds.",
    "Librarian Ana Ortiz said more than two hundred people signed up in the first week of the seed bank.",
    "The project cost four thousand dollars, most of it for drawers, envelopes and a donated cabinet from a school.",
]
NEWS_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library opens a seed bank",
                "articleBody": "\n\n".join(STORY_PARAGRAPHS)}


def test_a_page_drawn_by_scripts_gives_the_article_body_its_json_ld_states():
    links = "".join(f'<li><a href="/l/{i}">Why burger chains are hurting, part {i}</a></li>' for i in range(8))
    summary = "A seed bank opens at the county library, letting residents borrow packets of seeds this spring."
    html = (f'<html><head><title>Library opens a seed bank</title><meta name="description" content="{summary}">'
            f'<script type="application/ld+json">{json.dumps(NEWS_ARTICLE)}</script></head><body><div id="root"></div>'
            f'<div class="links"><h4>Link Love</h4><ul>{links}</ul></div></body></html>')
    result = segment(html)
    assert result.article.text.split("\n") == STORY_PARAGRAPHS
    assert "burger chains" not in result.article.text and summary not in result.article.text


def test_a_page_with_its_own_story_keeps_it():
    other = dict(NEWS_ARTICLE, articleBody="An unrelated body of text that the page does not show anywhere at all, "
                                           "written for the feed readers and long enough to count as prose here.")
    result = segment(ld_page(other))
    article_ok(result)
    assert "unrelated body" not in result.article.text
