"""Forum software's posts (phpBB, vBulletin, XenForo, Discourse, SMF, Kunena, Disqus's static markup) and
the topic's opening post, which is the story when the topic is the page."""

import re
from collections import Counter

from lxml import etree

from moderator.segment.html.markup import _is_bbpress_post, _page_cache, _page_index, _prose_words, _text, _words


# Forum software's posts (phpBB div.post#p123, vBulletin li.postcontainer#post_123, XenForo li.message#post-123,
# Discourse article#post_12): named "post" or "message", not "comment". Each has an id with its number
# and a body block of the software's own name, which a blog's list of posts (article#post-12) has not.
def _forum_candidates(root) -> list:
    """Elements whose id starts with p or m (p123, post_123, msg-12, message-12), in page order."""
    return [el for el, _, ident, _ in _page_index(root)["named"] if ident is not None and ident.startswith(("p", "m"))]


_FORUM_POST_ID = re.compile(r"^(?:p|post|post[-_]|post[-_]id[-_]|msg|msg[-_]|message[-_])\d+$")  # (IP.Board 3: post_id_123)
# (MyBB: post_body; Discuz!: td.t_f#postmessage_123; Moodle: div.post-content-container; UBB.threads: div.post_inner)
# (Jive: div.jive-message-body; Mumsnet Talk: div.talk-post.message; UBM's message boards: div.msgBox#msg_123 > div.msgBody)
_FORUM_BODY = re.compile(r"^(?:postbody|post_body|post_message_\d+|postmessage_\d+|postcontent|post-content-container|post_inner|message|messageText|(?:jive-)?message-body|msg[-_]?[Bb]ody|msgText|threadpost|cooked|kmsg|commentText)$")


def _unnumbered_posts(root) -> list:
    """Posts named "message", or laid out as tables, and not numbered (no id), each with the software's body
    block, two or more side by side (Kunena: div.row.message > ... div.kmsg; UBB.threads: table.t_standard >
    ... div.post_inner)."""
    cache = _page_cache(root)
    if "unnumbered_posts" not in cache:  # (_markup_items and _topic_opener both ask)
        posts = [el for el, cls, ident, _ in _page_index(root)["named"] if cls and not ident and (
            "message" in cls.split() or el.tag == "table")]
        parents = Counter(el.getparent() for el in posts)
        # (or each in a wrapper of its own, the wrappers side by side: Jive's div.jive-message-list > table.jive-box)
        wrapped = Counter(_wrapper_key(el) for el in posts)
        cache["unnumbered_posts"] = [el for el in posts if (parents[el.getparent()] >= 2 or wrapped[_wrapper_key(el)] >= 2)
                                     and _has_forum_body(el)]
    return cache["unnumbered_posts"]


def _wrapper_key(el):
    """(the block around the post's wrapper, the wrapper's tag and classes), where the wrapper holds the post alone."""
    parent = el.getparent()
    if parent is None or parent.getparent() is None or sum(1 for _ in parent.iterchildren(etree.Element)) != 1:
        return None
    return parent.getparent(), parent.tag, parent.get("class")


def _is_forum_post(el) -> bool:
    classes = (el.get("class") or "").split()
    # (vBulletin 3 names its post tables only by id, table.tborder#post123 around div#post_message_123;
    # Discuz! its div#post_123: no class at all; WoltLab numbers li#post123 around article.wbbPost.message)
    # (or its wrapper names it: Discourse's div.topic-post > article.boxed#post_2)
    parent = el.getparent()
    wrapper = (parent.get("class") or "").split() if parent is not None else []
    if not _FORUM_POST_ID.match(el.get("id") or "") or not (
            any("post" in tok.lower() or "message" in tok.lower() or tok.lower().startswith("msg")
                for tok in classes + _first_child_classes(el) + wrapper)
            or el.tag == "table" or not classes):
        return False
    return _has_forum_body(el)


def _first_child_classes(el) -> list[str]:
    child = next(el.iterchildren(etree.Element), None)
    return (child.get("class") or "").split() if child is not None else []


def _has_forum_body(el) -> bool:
    """Whether a block named as the software's post body is inside the element."""
    # the walk of the post's descendants runs once per post: _markup_items and _signature both ask
    walked = _page_cache(el.getroottree().getroot()).setdefault("forum_post", {})
    if el not in walked:
        walked[el] = any(_FORUM_BODY.match(tok) for d in el.iterdescendants() if isinstance(d.tag, str)
                         for tok in ((d.get("class") or "").split() + [d.get("id") or ""] + [d.get("itemprop") or ""]))
    return walked[el]


# SMF (Simple Machines Forum) names a post's parts, not the post: div.post_wrapper holds div.poster (the
# author), the subject with "Reply #1 on: <date>", and div.inner#msg_123, the text.
_SMF_TEXT_ID = re.compile(r"^msg_\d+$")


def _is_smf_post(el) -> bool:
    return "post_wrapper" in (el.get("class") or "").split() and any(
        _SMF_TEXT_ID.match(d.get("id") or "") for d in el.iterdescendants("div"))


def _smf_posts(root) -> list:
    return [el for el, cls, _, _ in _page_index(root)["named"] if cls and "post_wrapper" in cls and _is_smf_post(el)]


# phpBB 2 (subSilver and its many derivatives) lays a topic out as table rows and names no post: a row
# holds the poster's cell (span.name around the post's numbered anchor, <a name="88211">) and the message
# cell (span.postbody). The row is the post.
def _is_phpbb2_post(el) -> bool:
    if el.tag != "tr":
        return False
    names = {tok for span in el.iter("span") for tok in (span.get("class") or "").split()}
    return "name" in names and "postbody" in names


def _phpbb2_posts(root) -> list:
    rows: dict = {}  # (in page order, each row once)
    for el, cls, _, _ in _page_index(root)["named"]:
        if el.tag == "span" and cls and "name" in cls.split() and any(
                a.get("name", "").isdigit() for a in el.iter("a")):
            row = next(el.iterancestors("tr"), None)
            if row is not None and row not in rows and _is_phpbb2_post(row):
                rows[row] = True
    return list(rows)


# A forum topic that is the page itself (a club's report posted to its board, members' replies under
# it): its opening post is the story the replies answer, when the page holds no other story. Under a
# story of its own (a news page with its forum thread below) every post is a reader's.
_OPENER_WORDS = 50
_STORY_PARAGRAPH = 25  # words
# the class other systems give a topic's opening post (NodeBB's li.topic-main-post, FluxBB's div.firstpost,
# Gitea's div.timeline-item.comment.first)
_OPENING_POST = re.compile(r"(?:^|\s)(?:topic[-_]main[-_]post|main[-_]post|first[-_]?post|original[-_]post|op[-_]post|first|discussion[-_]primer)(?:\s|$)",
                           re.I)


def _marked_opening(el) -> bool:
    """Whether the markup names the post (or the block around it) as the topic's first: by its class, or as
    post number 1 (Flarum's data-number, Discourse's data-post-number, NodeBB's data-index from 0)."""
    return any(_OPENING_POST.search(e.get("class") or "") or "1" in (e.get("data-number"), e.get("data-post-number"))
               or e.get("component") == "post" and e.get("data-index") == "0"  # NodeBB's li[component=post][data-index=0]
               for e in (el, el.getparent()) if e is not None)


def _a_story(el) -> bool:
    """Whether the block holds a story of paragraphs: a forum's opening post in a block named as the
    discussion (Vanilla's div.Discussion), not an empty thread."""
    return sum(1 for p in el.iter("p") if len(p.text_content().split()) >= 25) >= 3


def _topic_opener(root, items: list[list]):
    """The first item, where it is such an opening post; else None."""
    if len(items) < 2:
        return None
    first = items[0][0]
    opener_words = _words(first)
    if opener_words < _OPENER_WORDS:
        return None
    if not (_is_forum_post(first) or _is_smf_post(first) or _is_phpbb2_post(first) or _marked_opening(first)
            or "schema.org/Question" in (first.get("itemtype") or "")  # a Q&A page's question, over its answers
            or _is_bbpress_post(first) and "type-topic" in (first.get("class") or "").split()  # bbPress's lead post
            or first in _unnumbered_posts(root)):
        return None
    parts = {part for item in items for part in item}
    outside = _text(root, skip=lambda el: el in parts)
    # (the pages whose topic is the story hold no paragraph beside it, only the forum's short lines; a
    # teaser paragraph over a forum thread is the story, and the thread's first post a reader's)
    if any(len(line.split()) >= _STORY_PARAGRAPH for line in outside.split("\n")):
        return None
    return items[0][0] if _prose_words(outside) < opener_words / 2 else None


def _post_around_head(el):
    """PunBB 1.4 numbers a post's head, not the post: div.post > div.posthead#p5121 beside div.postbody. The
    post around such a head, where it is one."""
    parent = el.getparent()
    if parent is None or not _FORUM_POST_ID.match(el.get("id") or "") or not any(
            "head" in tok for tok in (el.get("class") or "").split()):
        return None
    if not any("post" in tok for tok in (parent.get("class") or "").split()):
        return None
    return parent if _has_forum_body(parent) else None


def _disqus_posts(root) -> list:
    """li.post inside Disqus's #disqus_thread or #dsq-content (each li once, in page order)."""
    containers = [el for el, _, ident, _ in _page_index(root)["named"] if ident in ("disqus_thread", "dsq-content")]
    # A container inside another repeats the inner one's items after the outer one's: kept once, in order.
    return list(dict.fromkeys(li for container in containers for li in container.iterdescendants("li")
                              if " post " in f" {li.get('class') or ''} "))
