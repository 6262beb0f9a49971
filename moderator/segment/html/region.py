"""A thread without comment markup: the blocks after a heading that names the thread, cut into comments by
the plain-text rules."""

import re

from lxml import etree

from moderator.segment import Comment
from moderator.segment.text import classify_line, group_comments, _HEADER, inline_authors, _lines, _mark_authors
from moderator.segment.html.markup import _attached, _doc_position, _FoldedPattern, _furniture, _in_sidebar, _page_index, _text, _words


# Text nodes that could name the thread: short and not blank (seven in ten text nodes are the white
# space between tags; skipping them in XPath saves making a Python string of each).
_TEXT_NODES = etree.XPath("//text()[string-length(.) <= 200][normalize-space()]")
# (and as other languages name it: Kommentare, kommentit, komentarze, commentaires, comentários, hozzászólások,
# σχόλια, תגובות, التعليقات, комментарии, 댓글, コメント, 评论, ความคิดเห็น, bình luận, टिप्पणियाँ ...)
_ENGLISH_THREAD_WORDS = r"comment|respons|repl|thought|reaction|discussion|talkback|conversation|your say|readers"
_THREAD_WORD = _FoldedPattern(_ENGLISH_THREAD_WORDS +
                              r"|komment|komentar|coment|reactie|yorum|hozzász|diskus|σχόλι|תגוב|تعليق|коммент|коментар"
                              r"|댓글|コメント|评论|評論|留言|ความคิดเห็น|bình luận|टिप्पणि|মন্তব্য|கருத்து|نظر")
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b", "a", "dt", "th", "legend"}


def _foreign_header(text: str) -> bool:
    """A thread's heading in another language: a few words naming it, not English, with the count or alone
    ("Hozzászólások (9)", "Kommentarer (12)", "التعليقات"; not "মন্তব্য লিখুন", "write a comment", over the form)."""
    return len(text.split()) <= 4 and not _HEADER_ENGLISH.search(text) and _THREAD_WORD.search(text) is not None and (
        _COUNT_AFTER.search(text) is not None or len(text.split()) == 1 and not text.isascii())


_HEADER_ENGLISH = re.compile(_ENGLISH_THREAD_WORDS, re.I)
_COUNT_AFTER = re.compile(r"\(\d+\)\s*$")


def _header_region(root) -> tuple[list, list[Comment]]:
    """Without comment markup: the elements after a heading that names the thread ("Comments",
    "12 Responses to ...", "3 thoughts on ...") or an anchor named for it, up to the end of its container;
    with the comments _region_comments reads in them (read once: choosing the region reads them)."""
    headers = []
    # Start from the few text nodes that hold a thread word (cheap), then check their element's whole text.
    for node in _TEXT_NODES(root):
        if len(node) > 200 or not _THREAD_WORD.search(node):
            continue
        el = node.getparent()
        for _ in range(3):
            if el is None or el.tag not in _HEADING_TAGS or len(el) > 3:
                break
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if len(text) > 160:
                break
            if _HEADER.match(text) or _foreign_header(text):
                if not headers or headers[-1] is not el:
                    headers.append(el)
                break
            el = el.getparent()
    # (or an empty anchor named for the thread: Xanga's <a name="comments"> over its unnamed comment tables)
    index = _page_index(root)
    anchors = [a for a in index["anchors"] if (a.get("name") or a.get("id") or "").lower() in ("comments", "comment")
               and not a.text_content().strip() and _attached(a, index["tops"])]
    if anchors:
        headers = sorted(headers + anchors, key=_doc_position)
    anchor_set = set(anchors)
    for header in reversed(headers):
        node = header
        first = None
        climbed = 0
        while node is not None and node.tag not in ("body", "html"):
            region = [sib for sib in node.itersiblings() if isinstance(sib.tag, str)]
            if first is None and sum(_words(sib) for sib in region) >= 8:
                first = _alike_run(region)
                first_comments = _region_comments(first)
                if header in anchor_set or first_comments:
                    return first, first_comments
            if first is not None:
                # the rest of the heading's own block holds no signed comments: the thread may follow that block (a
                # homepage's centred "Your Comments" heading over its note, then the comments between <hr>s)
                if climbed and (run := _alike_run([sib for sib in region if not _in_sidebar(sib)])) and (
                        comments := _region_comments(run)):
                    return run, comments  # (not the sidebar beside the story's column: its tweets and widgets are no thread)
                climbed += 1
                if climbed > 2:
                    break
            if header in anchor_set:
                break  # (an anchor opens what follows it, not what follows its block: a script may fill it later)
            node = node.getparent()
        if first is not None:
            return first, first_comments
    return [], []


def _alike_run(region: list) -> list:
    """A region that opens with a run of blocks named alike (a WAP page's div.cm, one per comment) ends with
    that run: what follows, named otherwise ("Page 1 of 1", "Related stories", the sections), is no comment."""
    start = next((i for i, el in enumerate(region[:2]) if _words(el) >= 3), None)
    if start is None or not region[start].get("class"):
        return region
    sig = (region[start].tag, region[start].get("class"))
    end = start
    while end < len(region) and (region[end].tag, region[end].get("class")) == sig:
        end += 1
    return region[:end] if end - start >= 2 and end < len(region) else region


def _region_comments(region: list) -> list[Comment]:
    """Comments of a region without markup, cut by the plain-text rules (bylines, blank lines, one per line)."""
    # (action links stay: the text rules cut comments at their "Reply" rows)
    text = "\n".join(_text(el, lambda e: e.tag in ("form", "button", "input", "textarea", "select", "label")) for el in region)
    lines = _lines(text)
    for line in lines:
        classify_line(line)
    _mark_authors(lines)
    comments = inline_authors(group_comments(lines))
    # Furniture alone (a form, "Comments (0)", a sidebar) is not a thread: without markup, demand bylines.
    comments = [c for c in comments if not (len(c.text.split()) <= 16 and _furniture(c.text))]
    named = sum(1 for c in comments if c.author)
    if not comments or named < 0.6 * len(comments) or not (named >= 2 or comments[0].time):
        return []
    words = sum(len(c.text.split()) for c in comments)
    region_words = sum(_words(el) for el in region)
    link_words = sum(len(a.text_content().split()) for el in region for a in el.iter("a"))
    if words < 6 * len(comments) or link_words > 0.4 * region_words:
        return []  # headlines and archive lists with dates are not a thread
    return comments
