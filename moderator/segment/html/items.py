"""Finding the comment items of a page: elements the markup names as comments, grouped by signature;
failing those, comment anchors, and the repeated blocks of a container named like a thread."""

import itertools
import re
from collections import Counter, defaultdict

from lxml import etree

from moderator.segment.html.markup import (_aria_comment, _hooked_comment, _HEADINGS, _AUTHOR_TOKEN, _BODY_TOKEN, _CAMEL, _comment_id, _CONTAINER_TOKEN,
                                           _depth, _doc_position, _has, _hidden, _in_sidebar, _is_bbpress_post,
                                           _is_tumblr_note, _ITEM_ID, _ITEM_TOKEN, _ITEMTYPE_COMMENT, MAX_COMMENTS,
                                           _NAMED_COMMENTISH, _NAMED_THREADISH, _not_item_word, _page_cache, _THREADISH,
                                           _page_index, _reader_answer, _REDDIT_COMMENT, _text, _TIME_TOKEN, _tokens, _words)
from moderator.segment.html.forums import (_disqus_posts, _forum_candidates, _is_forum_post, _phpbb2_posts,
                                           _post_around_head, _smf_posts, _unnumbered_posts)
from moderator.segment.html.bylines import _BYLINE_BOX
from moderator.segment.html.comments import _to_comments
from moderator.segment.text import find_time


# --- finding the items --------------------------------------------------------------------------

_SKIP_ITEM_TAGS = {"a", "span", "img", "p", "time", "abbr", "cite", "b", "strong", "em", "i", "input", "button",
                   "form", "textarea", "label", "html", "body", "h1", "h2", "h3", "h4", "h5", "h6", "small", "font"}


def _comment_word(el) -> str | None:
    """The class/id token with "comment" in it that could name one comment, if any, without the odd or even of a
    thread that alternates its comments' names (JomComment's div.comment_odd, div.comment_even)."""
    for tok in _tokens(el):
        if ("comment" in tok.lower() or "talkback" in tok.lower()) and not _not_item_word(tok):
            return _ALTERNATING.sub("", tok).lower()
    return None


# (and run into a camelCase name: ASP.NET's tr.commentRow, tr.commentRowAlt)
_ALTERNATING = re.compile(r"(?:[-_](?i:odd|even|alt)|(?<=[a-z0-9])(?:Odd|Even|Alt))$")


_COMMENT_ANCHOR = re.compile(r"^(?:comment|comments|cmt|c|message)[-_]?\d+$", re.I)  # (Bitrix: a[name=message123])
_ANCHOR_PARENT_TAGS = {"div", "li", "dd", "td", "article", "section", "blockquote", "p", "table"}


def _anchored_items(root) -> list:
    """Older blogs mark each comment only by an empty anchor at its start (<a name="comment184238">):
    the block the anchor opens is the comment."""
    found, seen = [], set()
    for a in _page_index(root)["anchors"]:
        if not _COMMENT_ANCHOR.match(a.get("name") or a.get("id") or "") or a.text_content().strip():
            continue
        parent = a.getparent()
        if parent is None or parent.tag not in _ANCHOR_PARENT_TAGS or parent in seen:
            continue
        first = next((ch for ch in parent if isinstance(ch.tag, str)), None)
        # (a block that holds the next comment's anchor too is the whole thread, anchors and comments in a
        # row: _anchor_runs reads it)
        if first is a and not (parent.text or "").strip() and not any(
                sib.tag == "a" and _COMMENT_ANCHOR.match(sib.get("name") or sib.get("id") or "") for sib in a.itersiblings()):
            if parent.tag == "td" and (table := next(parent.iterancestors("table"), None)) is not None and sum(
                    1 for other in table.iter("a") if _COMMENT_ANCHOR.match(other.get("name") or other.get("id") or "")) == 1:
                parent = table  # the anchor opens the name's cell of a table that is the comment (XOOPS's table.outer)
            if parent in seen:
                continue
            seen.add(parent)
            if next(parent.iter("h1"), None) is not None or _words(parent) > 0.5 * _words(root):
                continue  # the page's content cell after a CMS's anchor (TYPO3's <a id="c42"> before each content element)
            found.append(parent)
    return found + _numbered_anchor_blocks(root)


_NUMBER_ANCHOR = re.compile(r"^\d+$")


def _numbered_anchor_blocks(root) -> list:
    """PHP-Nuke and PostNuke put each comment's number in an empty anchor right before the comment's table
    (<a name="31"></a><table>...): two or more such blocks, each signed with a name and a time, are the thread (not
    DotNetNuke's module anchors, <a name="544"></a> before each box of the page)."""
    blocks = []
    for a in _page_index(root)["anchors"]:
        if not _NUMBER_ANCHOR.match(a.get("name") or "") or a.text_content().strip() or (a.tail or "").strip():
            continue
        block = a.getnext()
        while block is not None and not isinstance(block.tag, str):
            block = block.getnext()
        if block is not None and block.tag in ("table", "div") and not _in_sidebar(block) and next(block.iter("h1"), None) is None:
            blocks.append(block)  # (not the topic's opening post, under the page's headline: the story)
    if len(blocks) < 2:
        return []
    return blocks if _each_signed([[b] for b in blocks]) else []


def _each_signed(items: list[list]) -> bool:
    """Whether every item reads as a comment with its writer's name and a time: what marks blocks without comment
    markup as a thread."""
    comments = _to_comments(items)
    return len(comments) == len(items) and all(c.author and c.time for c in comments)


_RUN_STOP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "form", "hr"}


def _anchor_runs(root) -> list[list]:
    """Older TypePad and Movable Type pages put the whole thread flat in the post's block: an empty
    <a id="c65581830"> anchor, the comment's paragraphs, its "Posted by: NAME | DATE" line, the next
    anchor. Each run of siblings from one anchor to the next (or to a heading, a form, or the byline
    line that closes it) is one comment."""
    by_parent: dict = defaultdict(list)
    for a in _page_index(root)["anchors"]:
        if _COMMENT_ANCHOR.match(a.get("name") or a.get("id") or "") and not a.text_content().strip():
            by_parent[a.getparent()].append(a)
    best: list = []
    for parent, anchors in by_parent.items():
        if parent is None or len(anchors) < 2 or _in_sidebar(parent):
            continue
        starts = set(anchors)
        items = []
        for a in anchors:
            parts = []
            for sib in a.itersiblings():
                if not isinstance(sib.tag, str):
                    continue
                if sib in starts or sib.tag in _RUN_STOP_TAGS:
                    break
                parts.append(sib)
                if _has(sib, _BYLINE_BOX):
                    break  # the comment's closing byline
            if parts and sum(_words(part) for part in parts) >= 2:
                items.append(parts)
        if len(items) > len(best):
            best = items
    return best


def _in_small_form(el) -> bool:
    """A "comment" row inside a form is one of its fields (a contact or reply form's "Comment" box).
    ASP.NET pages wrap the whole page in one form: only a form of a few words counts."""
    cache = _page_cache(el.getroottree().getroot())
    if "small_forms" not in cache:
        page_words = _words(cache["root"])
        cache["small_forms"] = {d for form in cache["root"].iter("form") if _words(form) < min(150, page_words / 2)
                                for d in form.iter()}
    return el in cache["small_forms"]


_BLOCK_TAGS = {"td", "div", "li", "dd", "article", "section"}


def _block_of_comment_text(el):
    """The block around an inline element named "comment", one comment's text (Hacker News until 2014: td.default
    holds span.comhead, the byline, and span.comment, the text): that comment, where it holds no other."""
    if "comment" not in (el.get("class") or "").lower().split() or _words(el) < 1:
        return None
    block = next((anc for anc in el.iterancestors() if anc.tag in _BLOCK_TAGS), None)
    if block is None or _words(block) <= _words(el):
        return None  # (a block of the text alone has no byline: the text is not a whole comment)
    inside = [d for d in block.iterdescendants("span", "font") if d is not el and "comment" in (d.get("class") or "").lower().split()]
    return None if inside else block


def _comment_paragraph(el) -> bool:
    """A paragraph named as one comment beside others named so (a classic-ASP paper's p.cmt between <hr>s: the
    whole comment, byline, text and "Report abuse"); a lone one is a comment's part."""
    if el.tag != "p" or not any(_ITEM_TOKEN.match(tok) for tok in (el.get("class") or "").split()):
        return False
    return sum(1 for sib in el.getparent() if sib.tag == "p" and sib.get("class") == el.get("class")) >= 2


def _markup_items(root) -> list:
    """Elements the markup names as single comments: schema.org, microformats, known systems, and any
    element with a "comment" class or id that repeats among its siblings (or among cousins: Newsvine
    wraps each top-level comment in its own thread block, so its comments repeat one level up)."""
    # Disqus's static markup names its comments "post" inside the thread container.
    found = _disqus_posts(root)
    disqus = set(found)
    forum = [post for el in _forum_candidates(root)[:MAX_COMMENTS] if el not in disqus and el.tag not in _SKIP_ITEM_TAGS
             for post in [el if _is_forum_post(el) else _post_around_head(el)] if post is not None and not _in_sidebar(post)]
    forum += [el for el in _smf_posts(root)[:MAX_COMMENTS] + _phpbb2_posts(root)[:MAX_COMMENTS]
              + _unnumbered_posts(root)[:MAX_COMMENTS] if not _in_sidebar(el) and el not in forum]
    if len(forum) >= 2:  # a thread; one lone "post" with a body is a blog's own post
        found += forum
    sibling_words: dict = {}
    cousins: list = []
    # readers answer a question more than once; one answer named so is the page's own (WikiAnswers', an advice column's)
    answers = [el for el in _page_index(root)["schema"] if _reader_answer(el) and not _in_sidebar(el)]
    lone_answer = answers[0] if len(answers) == 1 else None
    for el in _NAMED_COMMENTISH(root):
        if el.tag in ("span", "font") and (block := _block_of_comment_text(el)) is not None and not _in_sidebar(block):
            found.append(block)
            continue
        if el.tag in _SKIP_ITEM_TAGS and not _comment_paragraph(el) or _in_sidebar(el) or _in_small_form(el):
            continue
        itemtype = el.get("itemtype") or ""
        if _ITEMTYPE_COMMENT.search(itemtype) or el.get("itemprop") in ("comment", "comments") or el.tag == _REDDIT_COMMENT or (
                el is not lone_answer and _reader_answer(el)):
            found.append(el)
        elif (number := _comment_id(el)) is not None or _aria_comment(el) or _hooked_comment(el):
            # (the outermost block with that comment's number: its reply button may carry it too)
            if number is None or not any(_comment_id(anc) == number for anc in el.iterancestors()):
                found.append(el)
        elif _is_tumblr_note(el) or _is_bbpress_post(el):
            found.append(el)
        elif any(_ITEM_TOKEN.match(tok) for tok in (el.get("class") or "").split()):
            found.append(el)
        elif el.get("id") and _ITEM_ID.search(el.get("id")) and not _not_item_word(el.get("id")):
            found.append(el)
        else:
            word = _comment_word(el)
            parent = el.getparent()
            if word and parent is not None:
                if parent not in sibling_words:
                    sibling_words[parent] = Counter((sib.tag, re.sub(r"\d+", "N", _comment_word(sib) or ""))
                                                    for sib in parent if isinstance(sib.tag, str))
                if sibling_words[parent][(el.tag, re.sub(r"\d+", "N", word))] >= 2:
                    found.append(el)
                elif parent.getparent() is not None:
                    cousins.append(((el.tag, re.sub(r"\d+", "N", word), _child_sig(parent), parent.getparent()), el))
    cousin_count = Counter(key for key, _ in cousins)
    found += [el for key, el in cousins if cousin_count[key] >= 2]
    replies = _replies_named_like(root, found)
    if replies:
        found = sorted(found + replies, key=_doc_position)  # each reply under the comment it answers
    # A lone top-level comment whose replies repeat inside it (Newsvine's single thread) is named as
    # they are: an element that holds found items of its own name is a comment too; so is a lone reply
    # inside a found comment named and classed as it is (SCMP's reply, alone in its CommentItem-Replies).
    lone = [(key, el) for key, el in cousins if cousin_count[key] < 2]
    if lone:
        found_set = set(found)

        def named_alike(other, tag: str, word: str) -> bool:
            return other in found_set and other.tag == tag and re.sub(r"\d+", "N", _comment_word(other) or "") == word

        for (tag, word, _, _), el in lone:
            if any(named_alike(d, tag, word) for d in el.iterdescendants(tag)) or any(
                    named_alike(a, tag, word) and _alike_classes(_child_sig(a), _child_sig(el)) for a in el.iterancestors(tag)) or (
                    # (or alone in the block of replies right after a comment named as it is, the block named for its
                    # depth: Weebly's div.blogCommentWrap, then div.blogCommentLevel1 > div.blogCommentWrap)
                    (block := el.getparent()) is not None and (before := block.getprevious()) is not None and named_alike(before, tag, word)
                    and _has(block, _DEPTH_BLOCK)) or (
                    # (or alone in a block named for replies inside a comment named as it is: Pluck's lone reply,
                    # div.pluck-comm-single-comment-wrap.pluck-comm-reply in div.pluck-comm-replies)
                    block is not None and any(_REPLIES_NAME.search(tok) for tok in (block.get("class") or "").split())
                    and any(named_alike(a, tag, word) for a in block.iterancestors(tag))):
                found.append(el)
        if len(found) > len(found_set):
            found.sort(key=_doc_position)  # page order: the parent before its replies
    return found


_DEPTH_BLOCK = re.compile(r"^(?:[a-z0-9]+[-_])*(?:level|depth)[-_]?\d+$", re.I)  # (read by _has, camelCase as words)


# What a comment's extra class says of it, in the class's last word (js-commentAdmin, comment--deleted, fyre-comment-reply,
# fyre-comment-child)
_STATE_CLASS = re.compile(r"(?:^|[-_]|(?-i:(?<=[a-z])(?=[A-Z])))(?:admin|deleted|removed|moderator|mod|staff|owner|editor|"
                          r"highlighted|featured|pinned|sticky|collapsed|unread|verified|guest|anonymous|reply|child)$", re.I)


def _alike_classes(sig, other) -> bool:
    """One shape, give or take a class that marks a comment's state: a reply marked as the moderator's (JS-Kit's
    js-commentAdmin), or under a comment marked as taken down (js-commentDeleted), is named as the thread's other
    comments are; a comment's block of replies named beside its body (commento-body commento-children) is not one."""
    if sig == other:
        return True
    if sig[0] != other[0] or not sig[1] or not other[1]:
        return False
    small, big = sorted((set(sig[1]), set(other[1])), key=len)
    return small < big and all(_STATE_CLASS.search(tok) for tok in big - small)


# A system's comment class with its prefix ("gsc-comment"): its replies are named "gsc-reply" (Giscus)
_COMMENT_PREFIX = re.compile(r"^([a-z0-9]+[-_])comment$", re.I)
_REPLY_PREFIX = re.compile(r"^([a-z0-9]+[-_])reply$", re.I)


_COMMENT_ID = re.compile(r"^comment([-_][a-z]*[-_]?)\d+$", re.I)
# Reply classes named unlike their system's comments, lower-cased: the Facebook comments plugin's li.fbCommentReply
# under li.fbTopLevelComment (each also li.fbFeedbackPost)
_REPLY_CLASS_OF = {"fbtoplevelcomment": "fbcommentreply"}
_COMMENT_CLASS_OF = {reply: comment for comment, reply in _REPLY_CLASS_OF.items()}


def _replies_named_like(root, found: list) -> list:
    """Replies named after the system's comments (Giscus's div.gsc-reply beside div.gsc-comment; DC Inside's
    li#reply_li_880200 beside li#comment_li_880100; VK's div#wcomments_reply-38063 inside div#wcomments_post-87841),
    in page order."""
    names = {m.group(1).lower() + "reply" for el in found for tok in (el.get("class") or "").split()
             if (m := _COMMENT_PREFIX.match(tok))}
    names |= {_REPLY_CLASS_OF[tok.lower()] for el in found for tok in (el.get("class") or "").split() if tok.lower() in _REPLY_CLASS_OF}
    ids = {m.group(1).lower() for el in found if (m := _COMMENT_ID.match(el.get("id") or ""))}
    # the comments' numbered ids, the number left out ("wcomments_post-"): a reply's id says "reply" where theirs say "post"
    shapes = {shape for el in found if (shape := _numbered_id_shape(el.get("id"))) and "post" in shape}
    if not names and not ids and not shapes:
        return []
    found_set = set(found)
    return [el for el, cls, ident, _ in _page_index(root)["named"] if el not in found_set and (
        cls and not names.isdisjoint(tok.lower() for tok in cls.split())
        or (as_comment := _reply_id_as_comment(ident)) and as_comment[7:].rstrip("0123456789").lower() in ids
        or shapes and _numbered_id_shape(_reply_id_as_post(ident)) in shapes)]


def _reply_id_as_post(ident: str | None) -> str | None:
    """A reply's id in a thread whose comments' ids say "post" ("wcomments_reply-38063" -> "wcomments_post-38063")."""
    low = (ident or "").lower()
    return low.replace("reply", "post") if "comment" in low and "reply" in low else None


def _numbered_id_shape(ident: str | None) -> str | None:
    """A numbered id without its number ("wcomments_post-87841" -> "wcomments_post-"), lower-cased."""
    return ident.rstrip("0123456789").lower() if ident and ident[-1:].isdigit() else None


def _reply_id_as_comment(ident: str | None) -> str | None:
    """A reply's id written as its system's comments' ("reply_li_2" -> "comment_li_2"), if it is a reply's."""
    return "comment" + ident[5:] if ident and ident[:5].lower() == "reply" and ident[5:] else None


def _signature(el) -> tuple:
    if _hooked_comment(el):
        # (its test hook or its element's name says comment, whatever its classes: data-qa="comment" and
        # data-qa="comment-reply" sign alike, and so do <comment-item>s)
        return (el.tag, ("hooked-comment",))
    classes = [tok for tok in (el.get("class") or "").split() if _ITEM_TOKEN.match(tok)]
    if _ITEMTYPE_COMMENT.search(el.get("itemtype") or "") or el.get("itemprop") in ("comment", "comments") or el.tag == _REDDIT_COMMENT or (
            _reader_answer(el)):
        classes.append("schema")
    if not classes and (_comment_id(el) is not None or _aria_comment(el)):
        classes.append("comment-id")
    if _is_tumblr_note(el):
        classes.append("tumblr-note")
    if not classes and _is_bbpress_post(el):
        classes.append("bbpress")
    if not classes and _is_forum_post(el):
        classes.append("forum-post")
    if not classes:
        first = next((ch for ch in el if isinstance(ch.tag, str)), None)
        if first is not None and first.tag == "a" and _COMMENT_ANCHOR.match(first.get("name") or first.get("id") or ""):
            classes.append("anchored")
    if not classes:  # a reply named after its system's comments signs as they do (gsc-reply: gsc-comment)
        classes += [m.group(1) + "comment" for tok in (el.get("class") or "").split() if (m := _REPLY_PREFIX.match(tok))]
        classes += [_COMMENT_CLASS_OF[tok.lower()] for tok in (el.get("class") or "").split() if tok.lower() in _COMMENT_CLASS_OF]
    if not classes and (el.get("class") or "").split()[:1] == ["post"] and el.tag == "li":
        classes.append("disqus-post")
    if not classes and el.get("id") and _ITEM_ID.search(el.get("id")):
        classes.append(re.sub(r"\d+", "N", el.get("id")))
    if not classes:
        # (a reply numbered after its system's comments signs as they do: reply_li_2 as comment_li_1)
        word = _comment_word(el) or _reply_id_as_comment(el.get("id")) or _reply_id_as_post(el.get("id")) or ""
        classes.append(re.sub(r"\d+", "N", word))  # IDComment123, IDComment124: one name
    return (el.tag, tuple(sorted(set(c.lower() for c in classes))))


_HASHED_ITEM_ID = re.compile(r"^(comment|cmt)[-_](?=[a-z]*\d)[a-z0-9]{4,}$", re.I)  # FastComments' #comment-kxa821


def _id_pattern(el) -> str | None:
    ident = el.get("id")
    if not ident:
        return None
    if _ITEM_ID.search(ident):
        return re.sub(r"\d+", "N", ident.lower())
    hashed = _HASHED_ITEM_ID.match(ident)
    return f"{hashed.group(1).lower()}-id" if hashed else None


def _merge_variants(groups: dict) -> dict:
    """One thread often marks some comments with an extra or alternate class (HuffPost's
    "superuser_comment", "alt-comment", the post author's own): groups of the same tag whose classes
    contain one another, or whose ids follow one pattern (comment-123), are one group, unless one
    group's elements sit inside the other's (a comment and its body) without ids of one pattern."""
    if len(groups) < 2:
        return groups
    keys = sorted(groups, key=lambda k: -len(groups[k]))
    merged: dict = {}
    merged_ids: dict = {}
    for key in keys:
        els = groups[key]
        ids = {_id_pattern(el) for el in els} - {None}
        b = set(key[1]) - {""}
        target = None
        for other in merged:
            if other[0] != key[0]:
                continue
            a = set(other[1]) - {""}
            if not ((a and b and (a <= b or b <= a)) or ids & merged_ids[other]):
                continue
            members, own = set(merged[other]), set(els)
            # (nested, and ids of one pattern: replies inside their comments, FastComments' div.comment.reply
            # in div.comment.root-comment, each #comment-<id>; a comment's body has no such id; or nested in a
            # group that nests in itself, its replies in its comments: Thesis's dd.comment.author_comment, the
            # post author's reply, in dd.comment > dl.children)
            if not ids & merged_ids[other] and (any(anc in members for el in els for anc in el.iterancestors()) or any(
                    anc in own for el in merged[other] for anc in el.iterancestors())) and not any(
                    anc in members for el in merged[other] for anc in el.iterancestors()):
                continue
            target = other
            break
        if target is None:
            merged[key], merged_ids[key] = list(els), ids
        else:
            merged[target].extend(els)
            merged_ids[target] |= ids
            merged[target].sort(key=_doc_position)  # page order, as the comments are read
    return merged


_PINGBACK = re.compile(r"pingback|trackback", re.I)


def _is_pingback(el) -> bool:
    """A pingback or trackback: another blog's link into the thread, named so by its class or its byline
    ("Pingback by ...", "Pingback: | title | site"). The thread shows it among the comments."""
    for node in (el, *itertools.islice(el.iterancestors(), 2)):  # the pingback's li, or its inner div.comment-body
        if _PINGBACK.search(node.get("class") or ""):
            return True
    texts, size = [], 0
    for piece in el.itertext():  # the first few hundred characters, not a long item's whole text
        texts.append(piece)
        size += len(piece)
        if size > 300:
            break
    head = " ".join("".join(texts)[:300].split())
    return bool(re.match(r"^(?:\[(?:\.\.\.|…)\].{0,200})?(?:pingback|trackback)\b", head, re.I))


def _is_byline_block(el) -> bool:
    """A short block named as a byline or a date ("td.author", "div.comment-meta")."""
    return (_has(el, _AUTHOR_TOKEN) or _has(el, _TIME_TOKEN) or _has(el, _BYLINE_BOX)) and _words(el) <= 30


def _with_answers(chosen: list, schema_groups: list[list]) -> list:
    """The thread with the answers its comments sit in: a question page (Stack Exchange) marks each answer
    a schema.org Answer and gives it comments of its own, so the comments make the bigger group; the
    answers are readers' posts too (the comments inside one answer it). Only where no answer holds the
    whole thread (a UserComments box around all the comments is a wrapper, not a comment)."""
    members = set(chosen)
    for els in schema_groups:
        extra = [el for el in els if el not in members]
        if not extra or any(anc in members for el in extra for anc in el.iterancestors()):
            continue
        held = [sum(d in members for d in el.iterdescendants()) for el in extra]
        if any(held) and max(held) < len(chosen) or not any(held) and len(extra) >= 2 and all(_reader_answer(el) for el in extra):
            # (or readers' answers that hold none of the comments, which sit beside them: Question2Answer's
            # div.qa-a-list-item.answer and its comment lists)
            return sorted(chosen + extra, key=_doc_position)
    return chosen


def _with_comments_inside(chosen: list, comment_groups: list[list]) -> list:
    """The answers of a question page with the comments each holds (Stack Exchange's li.comment under a
    div.answer), where every such comment sits inside one of them."""
    members = set(chosen)
    for els in comment_groups:
        if els and all(any(anc in members for anc in el.iterancestors()) for el in els):
            return sorted(chosen + els, key=_doc_position)
    return chosen


def _pick_group(candidates: list) -> list[list]:
    """The group of same-signature candidates that holds the thread (the most items with text, then the
    outermost), each item as its list of parts: a <dt> header with its <dd> body is one comment."""
    groups: dict[tuple, list] = defaultdict(list)
    for el in candidates:
        groups[_signature(el)].append(el)
    groups = _merge_variants(groups)
    scored = []
    for sig, els in groups.items():
        # Items of two words or more say which group is the thread; once chosen, its one-word comments
        # ("Idiot.", "+1", an author-less "Agreed.") are comments too: dropped, they would go unmoderated.
        if any(_words(el) >= 2 for el in els):
            with_text = [el for el in els if _words(el) >= 1]
            scored.append((sum(1 for el in with_text if _words(el) >= 2), sig, with_text))
    if not scored:
        return []
    # Pingbacks are links to other blogs: a list of them loses to a thread of readers' words (a
    # Livefyre comment beside WordPress's pingback list), but is kept when it is all there is.
    readers = [(sum(1 for el in with_text if _words(el) >= 2 and not _is_pingback(el)), sig, with_text)
               for _, sig, with_text in scored]
    if any(n for n, _, _ in readers):
        scored = [s for s in readers if s[0]]
    best = max(n for n, _, _ in scored)
    contenders = [s for s in scored if s[0] >= 0.8 * best]
    contenders.sort(key=lambda s: (sum(_depth(e) for e in s[2]) / len(s[2]), -s[0]))
    chosen = _with_answers(contenders[0][2], [els for _, sig, els in scored if "schema" in sig[1]])
    if "schema" in contenders[0][1][1]:
        # the question and its answers chosen (outermost): the comments under them are readers' posts too
        # (however few: one comment under one answer)
        chosen = _with_comments_inside(chosen, [els for _, sig, els in scored if sig != contenders[0][1] and "comment" in sig[1]])
    # Siblings that share a parent with a cycle (dt.author, dd.body, dd.footer) are one comment per cycle.
    # (a cell alone in its row stands for the row: SharePoint's rows of a comment's title, body, footer and separator)
    standing_for = {row: el for el in chosen if el.tag == "td" and (row := el.getparent()) is not None and row.tag == "tr"
                    and sum(1 for c in row if isinstance(c.tag, str)) == 1}
    by_parent: dict = defaultdict(list)
    for el in chosen:
        unit = el.getparent() if el.getparent() in standing_for else el
        by_parent[unit.getparent()].append(unit)
    expanded: dict = {}
    members_all = set(chosen)
    for parent, els in by_parent.items():
        if parent is None or len(els) < 2:
            continue
        members = set(els)
        cycles = _cycles(parent, min_words=0)
        owners = [[part for part in cycle if part in members] for cycle in cycles]
        if cycles and all(len(o) <= 1 for o in owners) and sum(len(o) for o in owners) == len(els):
            for cycle, owner in zip(cycles, owners):
                if owner:
                    expanded[standing_for.get(owner[0], owner[0])] = cycle
    for el in chosen:
        if el in expanded:
            continue
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if el.tag == "dd" and prev is not None and prev.tag == "dt" and prev not in members_all:
            # A lone <dd> comment (Blogger's dd.comment-body of a one-comment thread): the <dt> before
            # it is its byline ("Emily said..."), the <dd>s after it up to the next <dt> its footer.
            parts = [prev, el]
            for sib in el.itersiblings():
                if not isinstance(sib.tag, str):
                    continue
                if sib.tag != "dd" or sib in members_all:
                    break
                parts.append(sib)
            expanded[el] = parts
        elif _is_bbpress_post(el) and prev is not None and "bbp-reply-header" in (prev.get("class") or "").split():
            expanded[el] = [el, prev]  # the post's date and permalink
        elif prev is not None and prev.tag == el.tag == "td" and prev not in members_all and _is_byline_block(prev):
            # a table row's author cell beside the comment cell: read for the author and time, never as
            # text (only in a row: before a block elsewhere a byline may be the story's own)
            expanded[el] = [prev, el]
        elif el.tag == "td" and (after := el.getnext()) is not None and after.tag == "td" and after not in members_all \
                and "comment" in (after.get("class") or "").lower() and _words(el) <= 30 and _words(after) > 2 * _words(el):
            # the row's poster cell, named as a comment's part, beside the cell of the same name that holds the
            # text (MySpace's td.blogCommentsProfile + td.blogCommentsContent): the row's two cells are the comment
            expanded[el] = [el, after]
    for el in chosen:
        if el.tag == "dt" and el not in expanded:
            # A definition-list term is the byline; its <dd> siblings up to the next <dt> are the comment.
            parts = [el]
            for sib in el.itersiblings():
                if not isinstance(sib.tag, str):
                    continue
                if sib.tag != "dd":
                    break
                parts.append(sib)
            expanded[el] = parts
    return [expanded.get(el, [el]) for el in chosen]


# A block named "reviews" (and nothing more thread-like) holds readers' reviews only where they are signed.
_REVIEWS_NAME = re.compile(r"reviews", re.I)


def _named_only_as_reviews(container) -> bool:
    names = " ".join(_tokens(container))
    return _REVIEWS_NAME.search(names) is not None and _THREADISH.search(_REVIEWS_NAME.sub(" ", names)) is None


def _container_items(root) -> list[list]:
    """Repeated children inside a container whose name says thread."""
    best: list = []
    page_words = _words(root)
    for container in _NAMED_THREADISH(root):
        if container.tag in ("html", "body", "head") or _in_sidebar(container):
            continue
        if not (_has(container, _CONTAINER_TOKEN) or any(
                "comment" in tok.lower() and not _not_item_word(tok) for tok in _tokens(container))):
            continue
        if _words(container) > 0.7 * page_words:
            continue  # a page-wide flag such as <div class="comments-enabled"> wraps everything
        if _is_thread_note(container):
            continue  # "comments-guidelines": the thread's rules, not its comments
        items = _repeated_children(container) or _single_byline_pair(container)
        if items and _named_only_as_reviews(container) and sum(1 for c in _to_comments(items) if c.author) < max(2, len(items) / 2):
            continue  # "reviews" names readers' reviews, each signed, or the publisher's lists of its own (albums of the year)
        if sum(len(i) for i in items) > sum(len(i) for i in best):
            best = items
    return _with_nested_replies(best)


_REPLIES_NAME = re.compile(r"(?:^|[-_])(?:replies|children|reply[-_]?list|child[-_]?list)$", re.I)  # (Yahoo! Japan's ul.replyList; LiveRe's reply-child-list)


def _with_nested_replies(items: list[list]) -> list[list]:
    """The repeated level holds the top of each thread; replies nested inside an item in the item's own
    named shape (OpenWeb's li.spcv_list-item in a ul.spcv_children-list), or each block of a list inside it
    named as its replies (Muut's li.m-thread > ul.m-replies > li), are items too, in page order."""
    if not items:
        return items
    shapes = {_child_sig(item[0]) for item in items if len(item) == 1}
    replies = []
    # (unnamed blocks nest plain divs in plain divs: their shape is no sign of a reply, a box named for replies is)
    if shapes and len(shapes) <= 3 and all(classes for _, classes in shapes):
        taken = {part for item in items for part in item}
        # (a reply may add a class to its comment's, as Facebook's li._44ri._2pis._44rj does; and the replies may stand in a block
        # after their comment rather than inside it, OSNews's div.cmnt then div.cmntReplies > div.cmnt.cmntReply)
        level = items[0][0].getparent()  # (the repeated level: one parent's children, _cycles's items)
        replies = [[d] for d in level.iterdescendants() if isinstance(d.tag, str) and d not in taken and _shaped_as(_child_sig(d), shapes)]
    if not replies:
        replies = [[child] for item in items for box in item[0].iterdescendants() if isinstance(box.tag, str)
                   and any(_REPLIES_NAME.search(tok) for tok in (box.get("class") or "").split())
                   for child in box if isinstance(child.tag, str) and _words(child) >= 1]
    if not replies:
        return items
    return sorted(items + replies, key=lambda item: _doc_position(item[0]))


def _shaped_as(sig: tuple, shapes: set) -> bool:
    return sig in shapes or any(sig[0] == tag and set(classes) < set(sig[1]) for tag, classes in shapes)


def _single_byline_pair(container) -> list[list]:
    """A thread of one comment does not repeat; in a thread container, a definition list of one
    byline term and its text (about.com: <dt>date (1) Mike says:</dt><dd>text</dd>) is that comment."""
    for dl in container.iter("dl"):
        parts = [ch for ch in dl if isinstance(ch.tag, str)]
        if [p.tag for p in parts] == ["dt", "dd"] and _words(parts[1]) >= 3 and _words(parts[0]) <= 20:
            return [parts]
    return []


def _child_sig(el) -> tuple:
    # (a number in a name is the item's own, "comment-4417", "depth-2": what repeats is the rest of its names; but a block
    # named by hashes alone, Facebook's div._4k-6 beside div._5o4h, keeps their letters, which tell one kind from another)
    if el.tag == "tr" and not el.get("class") and len(cells := [c for c in el if isinstance(c.tag, str)]) == 1 and cells[0].get("class"):
        # an unnamed row of one named cell is shaped as its cell: SharePoint's rows of a comment's td.ms-CommentTitle,
        # td.ms-CommentBody, td.ms-CommentFooter and td.ms-CommentSeparator
        return ("tr", tuple(f"{cells[0].tag}.{name}" for name in _child_sig(cells[0])[1]))
    names = [tok for tok in (el.get("class") or "").split() if not _NOT_SHAPE.search(tok)]
    classes = [tok for tok in names if not _DIGIT.search(tok)] or sorted({_HEX_RUN.sub("#", tok) for tok in names})
    return (el.tag, tuple(sorted(classes)))


_DIGIT = re.compile(r"\d")
_HEX_RUN = re.compile(r"[0-9a-f]*\d[0-9a-f]*", re.I)  # (a run of hexadecimal digits with a digit in it: "comment-14df6595")
# (names a comment may add to its thread's shape: its place, its state, or that the post's author wrote it,
# WordPress's li.bypostauthor, K2's li.authorResponse)
_NOT_SHAPE = re.compile(r"(?:^|[-_])(?:odd|even|alt|first|last|byuser|bypostauthor|me|parent|selected|active|new)$|^comment-author-|"
                        r"^author[-_]?[Rr]esponse$")


_NOT_ITEM_TAGS = {"small", "font", "code", "a", "span", "br", "img", "option", "input", "script", "style", "b", "i", "em", "strong", "h1", "h2",
                  "h3", "h4", "h5", "h6", "label", "button", "select", "textarea", "hr"}


def _cycles(parent, min_items: int = 2, min_words: int = 3) -> list[list]:
    """Children of `parent` cut into repeating runs: (div, div, div...) gives one item each; a cycle
    such as (dt.author, dd.body, dd.footer) gives one item per cycle."""
    children = [ch for ch in parent if isinstance(ch.tag, str) and ch.tag not in _NOT_ITEM_TAGS]
    if len(children) < min_items:
        return []
    sigs = [_child_sig(ch) for ch in children]
    counts = Counter(sigs)
    n = max(counts.values())
    if n < min_items:
        return []
    cycle = [sig for sig, c in counts.most_common() if c >= max(n - 1, min_items)]
    # a variant of a part (a reply's dt.c-meta.c-meta--reply beside dt.c-meta) plays that part, not one of its own
    cycle = [sig for sig in cycle if not any(other[0] == sig[0] and other[1] and set(other[1]) < set(sig[1]) for other in cycle)]
    # A child with extra or fewer classes (the post author's own comment) still plays its part.
    def role(sig):
        if sig in cycle:
            return sig
        for known in cycle:
            if known[0] == sig[0] and (set(known[1]) <= set(sig[1]) or set(sig[1]) <= set(known[1])) and (known[1] or not sig[1]):
                return known
        return None
    roles = [role(sig) for sig in sigs]
    start = next(r for r in roles if r is not None)
    items: list[list] = []
    for ch, r in zip(children, roles):
        if r == start:
            items.append([ch])
        elif r is not None and items:
            items[-1].append(ch)
    return [item for item in items if sum(_words(part) for part in item) >= min_words]


def _repeated_children(container, min_items: int = 2) -> list[list]:
    """The level under `container` whose children repeat one shape (or one cycle of shapes) with the most text."""
    best, best_words = [], 0
    for parent in container.iter():
        if not isinstance(parent.tag, str) or len(parent) < min_items or parent.tag == "form":
            continue
        if _in_small_form(parent):
            continue  # the reply form's fields and hints (not ASP.NET's form around the whole page)
        if _in_named(parent, container, _THREAD_NOTE_NAME):
            continue  # the thread's rules or notices: "Comments have to be in English ...", paragraph by paragraph
        if _in_named(parent, container, _ELSEWHERE_NAME):
            continue  # the widget's box of other stories: their readers, not this page's
        # (nor the thread's own notes repeated as blocks: the Black Press's two p.commentPolicy over an empty thread)
        items = [item for item in _cycles(parent, min_items) if not _is_named(item[0], _ELSEWHERE_NAME) and not _is_named(item[0], _THREAD_NOTE_NAME)]
        if len(items) < min_items:
            continue
        words = sum(_words(part) for item in items for part in item)
        if words > best_words:
            best, best_words = items, words
    return best


# A thread's own notes: its guidelines, policy, rules or terms, a closed-thread or moderation notice.
# (and as Spanish and Portuguese sites name them: Semana's div.foroCerrado, "normas", "reglas", "regras", "fechado")
_THREAD_NOTE_NAME = re.compile(r"(?:^|[-_])(?:guidelines?|polic(?:y|ies)|rules|terms|disclaimer|etiquette|notice|closed|help"
                               r"|normas|reglas|regras|cerrados?|fechados?)(?:$|[-_])", re.I)
# The widget's box of other stories and their comments (Disqus's section#recommendations, "Also on SITE"):
# none of them is this page's.
_ELSEWHERE_NAME = re.compile(r"(?:^|[-_])(?:recommendations?|discovery)(?:$|[-_])", re.I)


def _in_named(el, container, pattern: re.Pattern) -> bool:
    """Whether `el`, or a block between it and its thread container, has a name `pattern` finds."""
    for node in (el, *el.iterancestors()):
        if node is container:
            return False
        if _is_named(node, pattern):
            return True
    return False


def _is_named(el, pattern: re.Pattern) -> bool:
    # (camelCase names read as their words: Semana's div.foroCerrado, "foro-Cerrado")
    return any(pattern.search(tok) or (not tok.islower() and pattern.search(_CAMEL.sub(r"\1-\2", tok))) for tok in _tokens(el))


def _is_thread_note(el) -> bool:
    return _is_named(el, _THREAD_NOTE_NAME)


def _hidden_box(el) -> bool:
    return _hidden(el) or any(tok.lower().startswith("hidden") for tok in (el.get("class") or "").split())


def _heads_to_comments(items: list[list]) -> list[list]:
    """Items that are each comment's head (DokuWiki's div.comment_head, where the comment's anchor sits, beside
    div.comment_body in an unnamed div.hentry): the blocks around head and body are the comments."""
    if not items or any(len(item) != 1 or not _HEAD_NAME.search(item[0].get("class") or "") for item in items):
        return items
    parents = [item[0].getparent() for item in items]
    if None in parents or len(set(parents)) < len(parents) or not all(
            any(sib is not item[0] and isinstance(sib.tag, str) and _has(sib, _BODY_TOKEN) for sib in parent)
            for item, parent in zip(items, parents)):
        return items
    return [[parent] for parent in parents]


_HEAD_NAME = re.compile(r"(?:^|[-_\s])(?:head|header)(?:\s|$)", re.I)


def _bylines_beside(items: list[list]) -> list[list]:
    """Items named as comments that hold only the reader's words, each alone in a block beside its byline
    (SilverStripe's li > div.comment#PageComment_58 + p.info "Posted by NAME, DATE"): the blocks around
    words and byline are the comments."""
    if len(items) < 2 or any(len(item) != 1 for item in items):
        return items
    parents = [item[0].getparent() for item in items]
    if None in parents or len(set(parents)) < len(parents):
        return items
    for item, parent in zip(items, parents):
        beside = [sib for sib in parent if isinstance(sib.tag, str) and sib is not item[0]]
        # (a byline, not a block of more words: no reply or second comment in it)
        if not beside or _words(parent) > _words(item[0]) + 25 or not any(find_time(" ".join(_text(sib).split())) for sib in beside):
            return items
    if any(c.author or c.time for c in _to_comments(items)):
        return items  # the items have their bylines already
    return [[parent] for parent in parents]


def _shown(items: list[list]) -> list[list]:
    """Items that a reader sees: a block hidden around them (a display:none thread that a script may
    open, badge tooltips, a collapsed pingback list) is not on the page; a collapsed comment itself
    (Slashdot's li.comment.hidden) still is."""
    parts = {part for item in items for part in item}
    hidden_blocks: dict = {}

    def under_hidden(el) -> bool:
        for anc in el.iterancestors():
            if anc.tag in ("body", "html"):
                return False
            if anc in hidden_blocks:
                return hidden_blocks[anc]
            if anc not in parts and _hidden(anc):
                hidden_blocks[anc] = True
                return True
        return False

    return [item for item in items if not under_hidden(item[0])]


_THREAD_LINKS = etree.XPath(".//a[contains(@href, '#comments') or contains(@href, '#respond') or contains(@href, '#disqus_thread')]")


def _is_post_meta(el) -> bool:
    """The post's own byline bar ("Written by Nickel - Leave a Comment", "12 Comments") links to the
    thread; a comment links to itself or to a reply form ("Reply"), never with the word "comment"."""
    return any(re.search(r"comment|respon", a.text_content(), re.I) and not re.search(r"repl", a.text_content(), re.I)
               for a in _THREAD_LINKS(el))


def _only_a_form(el) -> bool:
    """A block named comment that holds a form and little else ("Add new comment" over Drupal's form, its
    text-format help and captcha: session 25) is the reply box, not a comment."""
    # (a form to write in: Question2Answer wraps each answer, words and all, in a form of vote buttons)
    forms = [form for form in el.iter("form") if next(form.iter("textarea"), None) is not None or any(
        (field.get("type") or "text").lower() in ("text", "email") for field in form.iter("input"))]
    return bool(forms) and _words(el) - sum(_words(form) for form in forms) < 5


_THREAD_BOX = re.compile(r"^comments[-_]?(?:container|wrap|wrapper|block|box)$", re.I)


def _signed_blocks_after_story(root) -> list[list]:
    """Without comment markup or a thread's heading: the blocks after the story's own that are named as it is,
    each signed with its writer's name and a time (ExpressionEngine 1's default templates print each comment as a
    div.entry, as the story is, closed by "Posted by NAME on 04/25 at 10:05 PM")."""
    for heading in itertools.islice(root.iter("h1", "h2", "h3"), 6):
        story = next((anc for anc in heading.iterancestors() if anc.get("class") and anc.tag in ("div", "td", "table")), None)
        if story is None or story.getparent() is None or _in_sidebar(story):
            continue
        blocks = [sib for sib in story.itersiblings() if sib.tag == story.tag and sib.get("class") == story.get("class")]
        if len(blocks) < 2 or any(next(b.iter(*_HEADINGS), None) is not None or _words(b) > 400 for b in blocks):
            continue
        items = [[b] for b in blocks]
        return items if _each_signed(items) else []
    return []


# A block its id names as a comment's replies box, whatever its class says (Commento's div#commento-children-... is
# classed commento-body, as each comment's own text is)
_CHILDREN_ID = re.compile(r"(?:^|[-_])(?:children|replies)(?:[-_]|$)", re.I)


def find_items(root) -> tuple[list[list], bool]:
    """Comment items, each the list of its elements, in page order; and whether a thread container was
    found but its blocks turned down (then no looser rule should read a thread into the page)."""
    items = _shown(_bylines_beside(_heads_to_comments(_pick_group([el for el in _markup_items(root)
                                                                  if not _is_post_meta(el) and not _only_a_form(el)
                                                                  and not _CHILDREN_ID.search(el.get("id") or "")]))))
    if sum(_words(part) for item in items for part in item) < 5:
        items = []  # a lone "Comments (1)" link named comment is not the thread
    if len(items) == 1 and (next(items[0][0].iter("textarea"), None) is not None or _has(items[0][0], _THREAD_BOX)) and not any(
            c.author or c.time for c in _to_comments(items)):
        # a block holding the box to write in, or named as the thread's box ("comments-wrap"), is the thread's, not a
        # comment, when nothing in it names a commenter or a time: an empty widget's (its count "0 коментарів", sign-in
        # buttons, a share bar over an empty Facebook plugin) or one whose comments the looser rules below find
        items = []
    if len(items) == 1:
        # a lone block named as a comment that holds a thread's repeated blocks is the thread's wrapper
        # (Waline's div.comment-wrap around its div.wl-card-item comments)
        contained = _container_items(root)
        inside = [item for item in contained if items[0][0] in item[0].iterancestors()]
        if len(inside) >= 2 and sum(1 for c in _to_comments(inside) if c.author) >= 2:
            items = _shown(inside)  # (each with its commenter's name: not the paragraphs of one comment)
        elif len(contained) >= 2 and all(item[0].getparent() is items[0][0].getparent() for item in contained) and sum(
                1 for c in _to_comments(contained) if c.author) >= 2:
            # the one comment its system names (Pixelpost's li.admin_comment, the photographer's reply) beside the
            # thread's unnamed blocks: the thread is all of them
            heads = {item[0] for item in contained}
            items = _shown(sorted(contained + [item for item in items if item[0] not in heads], key=lambda item: _doc_position(item[0])))
    if not items:
        items = _shown(_pick_group([el for el in _anchored_items(root) if not _in_sidebar(el)]))
    if not items:
        items = _shown(_anchor_runs(root))
    if not items:
        items = _signed_blocks_after_story(root)
    if not items:
        # Without comment markup the evidence is weaker: a block hidden itself (TypePad's
        # div.hiddenBox previews and captcha notes) is no comment either.
        items = [item for item in _shown(_container_items(root)) if not _hidden_box(item[0])]
        if len(items) == 1 and next(items[0][0].iter("textarea"), None) is not None:
            # a lone block that holds the box to write in is the widget, empty (its "Comments by IntenseDebate"
            # credit reads as a byline), beside its hidden copy for readers without scripts
            return [], True
        comments = _to_comments(items) if items else []
        if comments and not any(c.author or c.time for c in comments) and (
                len(comments) < 2 or sum(len(c.text.split()) for c in comments) < 20 * len(comments)):
            return [], True  # no byline and no prose: contest entries or a sign-up box in #comments
    return items, False
