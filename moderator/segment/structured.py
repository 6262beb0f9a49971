"""What a page states in its schema.org JSON-LD (<script type="application/ld+json">): its comments, and
its story's articleBody.

Pages whose thread is drawn by a script (Reddit, Discourse, forums, some news sites) often have no comment
markup in the HTML a server fetches, but describe the thread for search engines: an Article or
DiscussionForumPosting with a "comment" list of Comment objects, each with its text, author, date and
its own replies. The HTML segmenter reads them when the markup gave no comments, and the articleBody where
the page's markup lost the story's opening (or holds no story: a script draws it)."""

from __future__ import annotations

import json
import re

import lxml.html
from lxml import etree

from moderator.segment import Comment

MAX_DEPTH = 64  # nesting followed in a JSON-LD document; deeper objects are ignored
_TAG = re.compile(r"<[a-zA-Z/!]")
_BACK_REFERENCES = {"parentItem", "isPartOf", "about", "mainEntityOfPage", "itemReviewed"}


def json_ld_documents(root) -> list:
    """The JSON-LD documents of a parsed page (read before scripts are stripped), each parsed once."""
    documents = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            documents.append(json.loads(script.text))
        except (ValueError, RecursionError):  # broken or absurdly nested JSON: that block says nothing
            continue
    return documents


def comments_from_json_ld(documents: list, limit: int) -> list[Comment]:
    """The Comment objects of the documents, in order, each reply after the comment it answers (its parent)."""
    comments: list[Comment] = []
    for data in documents:
        _collect(data, None, comments, limit)
        if len(comments) >= limit:
            break
    return comments


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _collect(data, parent: int | None, out: list[Comment], limit: int) -> None:
    # An explicit stack (no recursion): a document can nest as deep as json.loads allows.
    stack = [(data, parent, 0)]
    seen = {(c.text, c.author) for c in out}  # the same comment stated twice (two blocks, a copy in @graph)
    while stack and len(out) < limit:
        obj, parent, depth = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(obj, list):
            stack.extend((item, parent, depth + 1) for item in reversed(obj))
            continue
        if not isinstance(obj, dict):
            continue
        here = parent
        if "Comment" in _types(obj):
            text = _plain(obj.get("text"))
            key = (text, _author(obj.get("author")))
            if text and key not in seen:
                seen.add(key)
                here = len(out)
                out.append(Comment(index=here, text=text, author=_author(obj.get("author")),
                                   time=_string(obj.get("dateCreated") or obj.get("datePublished")),
                                   parent=parent))
        # replies under "comment"; other properties may hold further documents (@graph, mainEntity),
        # but not the ones that point back up (a reply's parentItem would be read twice)
        children = [(value, here if key == "comment" else parent, depth + 1)
                    for key, value in obj.items() if isinstance(value, (dict, list)) and key not in _BACK_REFERENCES]
        stack.extend(reversed(children))


def _plain(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    if _TAG.search(value):  # some sites put the comment's HTML in "text"
        try:
            value = lxml.html.fromstring(value).text_content()
        except (etree.ParserError, ValueError):
            pass
    text = "\n".join(" ".join(line.split()) for line in value.splitlines())
    return re.sub(r"\n{2,}", "\n", text).strip() or None


def _author(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName")
    return _string(value)


def _string(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:200] or None


def article_body_from_json_ld(documents: list) -> str | None:
    """The longest articleBody that an Article (NewsArticle, BlogPosting, ...) of the documents states:
    the whole story, where a script draws it on the page."""
    best = None
    for data in documents:
        stack = [(data, 0)]
        while stack:
            obj, depth = stack.pop()
            if depth > MAX_DEPTH:
                continue
            if isinstance(obj, list):
                stack.extend((item, depth + 1) for item in obj)
            elif isinstance(obj, dict):
                body = obj.get("articleBody")
                if isinstance(body, str) and any(k.endswith(("Article", "Posting")) for k in _types(obj)):
                    text = _plain(body)
                    if text and (best is None or len(text) > len(best)):
                        best = text
                stack.extend((value, depth + 1) for value in obj.values() if isinstance(value, (dict, list)))
    return best
