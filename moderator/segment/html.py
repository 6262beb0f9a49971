"""HTML pages: comments from the thread's markup (and the shape of its repeated blocks), the article from
trafilatura on the page with the thread taken out.

Comment items are found, in order of trust, by schema.org (`Comment`, `UserComments`,
itemprop=comment), microformats (h-cite, p-comment), Disqus/Coral/WordPress markup and generic
`comment` classes and ids; failing those, by the repeated children of a container named like a
thread (#comments, .commentlist, .discussion, ...): the deepest level whose children repeat one
shape, or one cycle of shapes (dt byline + dd text); failing that, by a heading that names the thread
("Comments", "12 Responses to ...") followed by text with a byline per comment, cut by the plain-text
rules. A page with none of these gives no comments: guessing threads from shape alone costs too many
false comments on article-only pages. Markup that only looks like a thread is left out: hidden
copies of the post (TypePad/Disqus display:none), threads hidden around their comments, sidebars and
widgets ("Recent comments", "Most commented", commentary rails), and the post's own byline bar that
links to the thread. Looser thread markup is still found: empty `<a name="comment123">` anchors,
comments each in its own wrapper (repeated among cousins), and alternate classes of one thread
(`alt-comment`, `superuser_comment`, ids `comment-N`), Reddit's `<shreddit-comment>` elements and Hacker
News's comment rows, IntenseDebate's `#IDComment-N`, news sites' numbered talkbacks, community sites' `.cmt` items and
vBulletin 3's post tables (session 25, from two sets of pages written to be held out); a block named comment
that holds nothing but the reply form is none. Replies are items nested in items, or marked by depth (`depth-N`, `level-N`, `indent-N`
classes, `depth`/`aria-level` attributes, Hacker News's indent cell). A page whose markup holds no thread (a
script draws it) gives the comments its schema.org JSON-LD states, if any (structured.py). Each item's text leaves out its author, time, avatar, "Reply"/"Report" links, vote counts,
forms and text footers ("Posted by: NAME | DATE"), which become the comment's fields or are dropped; it
starts with the comment's own subject line where it has one (Slashdot's, Drupal's), not a "Re: ..." echo.
Lone comments that nothing repeats are still found by their family's markup (Blogger's dt/dd pair,
bbPress posts, a top-level comment holding replies of its own name), and old flat threads by their
comment anchors. Forum software's posts (phpBB, vBulletin, XenForo, Discourse: an id with the post's
number and a body block of the software's own name, two or more of them) are comments too; camelCase
class names (postText, messageText) are read as their words, and a commenter without an author block
is named by WordPress's author link (a.url, rel=nofollow), the link to their member profile, or the
name before the date in the comment's byline box. Sidebars are taken out before the article is
extracted, and the headline is chosen in title.py. A page laid out in one big table (a cell of over a hundred
words) is read as plain blocks, not as a data table. trafilatura's article text is completed: a page
dump of menus keeps only its prose lines, a page without prose (its story built by scripts) gets its
meta description, the byline above the first paragraph comes back, and a story split around
a rail is joined. Last, a learned pass (article_lines.py, models/segment.joblib) drops the lines of that
text that are not the story (teaser lists, share rows, credits); without the model the text stays as is."""

import functools
import itertools
import re
import threading
from collections import Counter, defaultdict

import lxml.html
from lxml import etree

from moderator.segment import Comment
from moderator.segment.decode import HTML_TRUNCATE
from moderator.segment.structured import article_body_from_json_ld, comments_from_json_ld, json_ld_documents
from moderator.segment.text import (addressed_parent, remember_author, _HEADER, _TIME_ANY, _TIME_ONLY, Line, _lines, _mark_authors, _reader_wrote, classify_line,
                                    find_time, group_comments, inline_authors)

# A thread longer than this is cut (the page still answers, in bounded time).
MAX_COMMENTS = 5000
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                               collect_ids=False, huge_tree=True)
# lxml.html picks each element's Python class in a Python method, called for every element the code
# touches (~2 million calls on 415 pages, ~7 % of segmentation); the C default lookup gives every
# element lxml.html's HtmlElement (text_content() and the rest) without that call. Only lxml.html's
# form classes (FormElement, InputElement ...) are lost, which nothing here uses.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas")
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
               "article", "section", "header", "footer", "table", "tr", "dd", "dt", "dl", "hr", "form", "aside"}

class _FoldedPattern:
    """A case-blind pattern written in lower case. An ASCII text is lower-cased and searched with a
    case-sensitive copy: re.I's case folding costs two to four times as much, and these patterns run on
    every class name, id and short line of a page. Other text keeps re.I, which also folds "ſ" to "s"."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.blind = re.compile(pattern, re.I)
        self.lower = re.compile(pattern)

    def search(self, text: str):
        return self.lower.search(text.lower()) if text.isascii() else self.blind.search(text)


# --- what class/id tokens say ------------------------------------------------------------------

_ITEM_TOKEN = re.compile(
    r"^(?:comment|comments?[-_]?(?:item|entry|container|wrap|wrapper|block|box|single|post|row|node|unit|li|thread-item)|"
    r"single[-_]?comment|user[-_]?comment|reader[-_]?comment|commentitem|commententry|commentbox|commentblock|"
    r"comment[-_]?\d+|h-cite|p-comment|comtr|cmt|commento[-_]card|guest[-_]?book[-_]?entry[\w-]*|(?!(?:no|leave|add|post|write|new|your|form|submit|fb)[-_])[a-z0-9]+[-_]comment)$",
    re.I,
)
# (IntenseDebate's comments are div#IDComment-123)
_ITEM_ID = re.compile(r"(?:^|[-_]|(?<=^id))(?:comment|comments|cmt|com|dsq-comment)[-_]?\d+$", re.I)
# Class/id words with "comment" in them that name parts of a thread rather than one comment.
_NOT_ITEM_WORD = _FoldedPattern(r"error|notice|alert|enabled|disabled|has|show|hide|leave|footer|form|respond|count|link|meta|author|date|time|reply|button|title|header|heading|nav|page|rss|feed|number|num|close|open|policy|rules|login|submit|input|text|content|avatar|vote|tool|widget|recent|latest|popular|top|most|commented|commentar|sidebar")


@functools.lru_cache(maxsize=4096)
def _not_item_word(name: str) -> bool:
    """_NOT_ITEM_WORD.search(name), remembered: a thread's few class names come back on every comment,
    and fifty words matched in any case cost ~10 µs a name."""
    return _NOT_ITEM_WORD.search(name) is not None


_CONTAINER_TOKEN = re.compile(
    r"^(?:comments?|commentlist|comment[-_]?list|comments?[-_]?(?:list|area|section|container|wrap|wrapper|block|box|thread|holder|stream|content|main|body)|"
    r"(?:user|reader|article|post|blog)[-_]?comments|discussion|disqus[-_]?thread|dsq[-_]?comments|responses|reactions|talkbacks?|"
    r"coral[-_]?(?:container|stream|talk)|comment[-_]?stream|livefyre|echo[-_]?stream|talk-stream|spcv_conversation|forum|"
    r"wl-cards|(?:[a-z]+[-_])?conversation|responses[-_]?(?:stream|list|thread))$",  # (Medium's div.responsesStream)
    re.I,
)
_AUTHOR_TOKEN = re.compile(r"^(?:[a-z0-9]+[-_])*?(?:(?:comment|cmt)[-_]?)?(?:author|authors|fn|nickname|nick|user|username|user[-_]?name|name|full[-_]?name|display[-_]?name|commenter|poster|byline|by|ljuser|p-author|h-card|vcard|screen[-_]?name|author[-_]?name|comment[-_]?author|comment[-_]?user|dsq[-_]?comment[-_]?header|postedby|posted[-_]?by|tumblelog|hnuser)$", re.I)
_DATE_NAME = re.compile(r"^(?:[a-z0-9]+[-_])*?(?:cmt)?(?:date|time|timestamp|datetime|ago|dt-published)$", re.I)  # no more than the date
_TIME_TOKEN = re.compile(r"^(?:[a-z0-9]+[-_])*?(?:(?:comment|cmt)[-_]?)?(?:date|time|timestamp|datetime|published|posted|dt-published|ago|comment[-_]?date|comment[-_]?time|commentmetadata|comment[-_]?meta|meta|post[-_]?meta|metadata|post[-_]?date|date[-_]?time|posted[-_]?on|info|keyinfo)$", re.I)
_DROP_TOKEN = re.compile(
    r"(?:^|[-_])(?:reply|replies|respond|navs|vote|votes|voting|rating|ratings|like|likes|score|karma|report|flag|share|sharing|edit|permalink|"
    r"toolbar|actions?|controls?|avatar|user[-_]?title|user[-_]?rank|user[-_]?info|user[-_]?stats|postprofile|photo|thumb|thumbs|buttons?|tools|links|footer|form|moderation|awaiting|badge|signature|sig|quote[-_]?link)(?:$|[-_])"
    r"|^(?:[a-z0-9]+[-_])+signature$",  # XenForo's message-signature, vBulletin's post-signature
    re.I,
)
# A byline, date or furniture name: one pattern, so one test per element instead of three.
_META_TOKEN = re.compile("|".join(f"(?:{p.pattern})" for p in (_AUTHOR_TOKEN, _TIME_TOKEN, _DROP_TOKEN)), re.I)
# (not Bootstrap's colour utilities "bg-body" and "text-body")
_BODY_TOKEN = re.compile(r"^(?!bg-body|text-body)(?:[a-z0-9]+[-_])*?(?:(?:comment|cmt)[-_]?)?(?:content|text|message|body|body[-_]?text|entry|e-content|p-content|comment[-_]?text|commenttext|comment[-_]?content|comment[-_]?message|post[-_]?message|comment[-_]?entry|comment[-_]?copy|post_message_\d+|postmessage_\d+|postmsg|kmsg|txtbox|usertxt)$", re.I)
_ARTICLE_TOKEN = re.compile(r"^(?:post|entry|article|story|hentry|h-entry|main|content|post[-_]?\d+|single|blog[-_]?post)$", re.I)
# Lines of thread furniture that sit inside comment markup: previews, forms, empty-thread notes, counters.
_FURNITURE = _FoldedPattern(
    r"this is only a preview|has not yet been posted|could not be posted|notify me of|subscribe without commenting|"
    r"(?:please )?enter your (?:name|e-?mail|comment)|is required|required fields|will not be published|"
    r"no comments(?: yet| found)?|be the first to|loading comments|(?:sign|log) ?(?:in|up) to (?:post|comment|reply)|"
    r"^powered by|^recommend\b|\brecommendations?$|show it anyway|comment hidden|see all \d+ comments|"
    r"^(?:post|add|leave|submit|write) (?:a |your )?(?:comment|reply|response)|^(?:cancel|preview|submit)$|"
    r"(?:reply|comment) has been submitted|awaiting moderation|^comments? (?:help|policy|guidelines)|^sort(?:ed)? by|"
    r"^(?:next|previous|older|newer)(?: comments)?\s*[»«]?$|^[«»‹›]|^(?:newest|oldest)$|trackback|pingback|"
    r"have an opinion|join the (?:conversation|discussion)|closed to new (?:comments|replies|posts)|"
    r"(?:comments? (?:are|is|have been|has been)|commenting (?:is|has been)) (?:turned off|switched off|disabled|closed)|"
    r"^(?:expand|collapse|show|read|see) (?:full|more|the full|whole)(?: comment| reply)?$|comments our editors|(?:comment|replies) (?:has|have) been deleted|"
    r"^(?:\d+|no|one) (?:comments?|responses?|reactions?|trackbacks?|pingbacks?)\W*(?:(?:\d+|no|one) (?:comments?|responses?|reactions?|trackbacks?|pingbacks?))?$|"
    r"^(?:posted|written|submitted) by\W*$|\bliked this(?: post)?\W*$|"
    r"^re:\s.{0,80}$|^(?:top|back to top|reply with quote|quote|multi-?quote|#\d+)$|^reblogged this on|^\[(?:\.\.\.|…)\]|^\(?\d+\)?$|^(?:recent|latest|top|most) (?:comments|commented)|"
    # what stands where a comment was taken down (no reader's words to moderate): "Removed by mod", "(Deleted
    # comment)", "[deleted]", "1 hidden comment", and as Korean, Russian, French, Spanish and German sites write it
    r"^\(?(?:deleted|removed) (?:comment|reply|post)\)?\.?$|^(?:comment|reply|post) (?:deleted|removed)\b|"
    r"^removed by (?:a |the )?(?:mod|moderator|admin)s?\b|^\[(?:deleted|removed)\]$|"
    r"^this (?:comment|reply|post) (?:was|has been|is) (?:deleted|removed|hidden)\b|^\d+ hidden (?:comments?|replies)$|"
    r"삭제된 댓글입니다|클린봇이 .{0,30}감지한 댓글입니다|^комментарий (?:удал[её]н|скрыт)|^commentaire supprimé|"
    r"^comentario (?:eliminado|borrado)|^kommentar (?:gelöscht|entfernt)|^entfernt\. bitte",
)


def _furniture(text: str) -> bool:
    return _FURNITURE.search(text) is not None


# Reddit's pages (2023-) write each comment as a custom element, its author and depth as attributes.
_REDDIT_COMMENT = "shreddit-comment"
_ITEMTYPE_COMMENT = re.compile(r"schema\.org/(?:Comment|UserComments|Answer|Question)\b", re.I)


def _in_faq(el) -> bool:
    """Whether a schema.org Question or Answer is the publisher's own: inside an FAQPage."""
    return any("FAQPage" in (anc.get("itemtype") or "") for anc in el.iterancestors())


def _asked_by_reader(el) -> bool:
    """A schema.org Question with an author is a reader's ("Asked by Sam Okafor" in a buying guide's questions
    and answers); an FAQ's questions, written by the publisher, name none."""
    return any(d.get("itemprop") == "author" for d in el.iter(etree.Element))
_DEPTH = re.compile(r"^(?:[a-z0-9]+[-_])*(?:depth|level|indent)[-_](\d+)$", re.I)
_DEPTH_ATTRIBUTES = ("data-depth", "depth", "data-level", "aria-level")


# (an obituary's guest book: its entries are readers' condolences, "GuestBookEntry")
_COMMENTISH = re.compile(r"comment|cmt|comtr|talkback|h-cite|bbp-reply-position-|type-reply|guest-?book-?entr", re.I)
# (OpenWeb, formerly Spot.IM, names its thread div.spcv_conversation; Waline div.wl-cards)
_THREADISH = re.compile(r"comment|discussion|respons|reaction|talkback|disqus|dsq|coral|livefyre|echo|talk-stream|guest-?book"
                        r"|conversation|forum|wl-cards", re.I)  # (Micro.blog: div.microblog_conversation)
_COMMENT_OR_THREAD = _FoldedPattern(f"{_COMMENTISH.pattern}|{_THREADISH.pattern}")  # on every named element


# Per-page caches, per thread (the service may segment pages on several threads at once).
_PAGE = threading.local()


def _page_cache(root) -> dict:
    """A dict that lives as long as the page being segmented on this thread."""
    cache = getattr(_PAGE, "cache", None)
    if cache is None or cache.get("root") is not root:
        cache = _PAGE.cache = {"root": root}
    return cache


def _tops(root) -> list:
    """The document's top-level elements in order: the root, and beside it the second <html> block
    that a few broken pages parse into (XPath's // sees it too, root.iter() does not)."""
    return [*reversed(list(root.itersiblings(etree.Element, preceding=True))), root,
            *root.itersiblings(etree.Element)]


_COMMENT_ID_ATTRIBUTES = frozenset(("comment_id", "commentid", "data-comment-id", "data-commentid"))


_ARIA_COMMENT = re.compile(r"^(?:comment|reply|kommentar|kommentti|komentar|commentaire|comentario|commento|reactie|yorum)\b", re.I)


_ARIA_BY = re.compile(r"^\w+\s+(?:by|from|fra|från|von|de|da|di|van|od|af|par)\s+(.+)$", re.I)


def _aria_comment(el) -> bool:
    """An element its accessible name calls a comment ("Comment by Kari", "Kommentar fra Kari")."""
    return el.tag in ("article", "li", "div", "section") and _ARIA_COMMENT.match(el.get("aria-label") or "") is not None


def _comment_id(el) -> str | None:
    return next((el.get(name) for name in _COMMENT_ID_ATTRIBUTES if el.get(name)), None)


def _page_index(root) -> dict:
    """The page's elements that the rules look up by attribute, from one walk over the document.
    Each lookup used to be an XPath over the whole page ("//*[@class or @id]", "//*[@style]", ...):
    libxml2's // scans cost more than one Python pass over the elements that have attributes.
    Lists are in document order; "named" holds (element, class, id, "class id"). Built on the page
    as parsed (before any block is taken out): a lookup made after removals drops the elements no
    longer in the document (_attached)."""
    cache = _page_cache(root)
    index = cache.get("index")
    if index is None:
        named, schema, styled, anchors, forms, articlebody = [], [], [], [], [], []
        tops = _tops(root)
        for top in tops:
            for el in top.iter(etree.Element):
                keys = el.keys()
                if not keys:
                    continue
                if "class" in keys or "id" in keys:
                    cls, ident = el.get("class"), el.get("id")
                    named.append((el, cls, ident, f"{cls or ''} {ident or ''}"))
                if "itemprop" in keys or "itemtype" in keys:
                    if el.get("itemprop") == "articleBody":
                        articlebody.append(el)
                    # as //*[@itemprop='comment' or @itemprop='comments' or contains(@itemtype, 'Comment')
                    #        or contains(@itemtype, 'Answer')]
                    itemtype = el.get("itemtype") or ""
                    if el.get("itemprop") in ("comment", "comments") or "Comment" in itemtype or (
                            ("Answer" in itemtype or ("Question" in itemtype and _asked_by_reader(el)))
                            and not _in_faq(el)):
                        schema.append(el)
                elif el.tag == _REDDIT_COMMENT:
                    schema.append(el)  # a comment by its element's name, as schema.org's would say
                if "style" in keys:
                    styled.append(el)
                if (not _COMMENT_ID_ATTRIBUTES.isdisjoint(keys) or "aria-label" in keys and _aria_comment(el)) and (
                        not schema or schema[-1] is not el):
                    # a comment by its attribute (Weibo's div[comment_id]; article[aria-label="Kommentar fra Kari"]
                    # where hashed classes say nothing), as schema.org's would say
                    schema.append(el)
                if el.tag == "a" and ("name" in keys or "id" in keys):
                    anchors.append(el)
            forms += top.iter("form")
        index = cache["index"] = {"tops": tops, "named": named, "schema": schema, "styled": styled,
                                  "anchors": anchors, "forms": forms, "articlebody": articlebody}
    return index


def _attached(el, tops: list) -> bool:
    """Whether `el` is still in the document (not inside a block taken out)."""
    node = el
    while (parent := node.getparent()) is not None:
        node = parent
    return any(node is top for top in tops)


def _named(root, pattern: re.Pattern) -> list:
    cache = _page_cache(root)
    if "named" not in cache:
        # One pass over the page's named elements, kept when the name could say comment or thread.
        cache["named"] = [(el, name) for el, _, _, name in _page_index(root)["named"] if (
            _COMMENT_OR_THREAD.search(name))]
    return [el for el, name in cache["named"] if pattern.search(name)]


def _NAMED_COMMENTISH(root) -> list:
    schema = _page_index(root)["schema"]
    seen = set(schema)
    return schema + [el for el in _named(root, _COMMENTISH) if el not in seen]


def _NAMED_THREADISH(root) -> list:
    return _named(root, _THREADISH)


# Forum software's posts (phpBB div.post#p123, vBulletin li.postcontainer#post_123, XenForo li.message#post-123,
# Discourse article#post_12): named "post" or "message", not "comment". Each has an id with its number
# and a body block of the software's own name, which a blog's list of posts (article#post-12) has not.
def _forum_candidates(root) -> list:
    """Elements whose id starts with p or m (p123, post_123, msg-12, message-12), in page order."""
    return [el for el, _, ident, _ in _page_index(root)["named"] if ident is not None and ident.startswith(("p", "m"))]


_FORUM_POST_ID = re.compile(r"^(?:p|post|post[-_]|post[-_]id[-_]|msg|msg[-_]|message[-_])\d+$")  # (IP.Board 3: post_id_123)
# (MyBB: post_body; Discuz!: td.t_f#postmessage_123)
_FORUM_BODY = re.compile(r"^(?:postbody|post_body|post_message_\d+|postmessage_\d+|postcontent|messageText|message-body|cooked|kmsg|commentText)$")


def _unnumbered_posts(root) -> list:
    """Posts named "message" and not numbered (no id), each with the software's body block, two or more side
    by side (Kunena: div.row.message > ... div.kmsg)."""
    cache = _page_cache(root)
    if "unnumbered_posts" not in cache:  # (_markup_items and _topic_opener both ask)
        posts = [el for el, cls, ident, _ in _page_index(root)["named"] if cls and not ident and "message" in cls.split()]
        parents = Counter(el.getparent() for el in posts)
        cache["unnumbered_posts"] = [el for el in posts if parents[el.getparent()] >= 2 and _has_forum_body(el)]
    return cache["unnumbered_posts"]


def _is_forum_post(el) -> bool:
    classes = (el.get("class") or "").split()
    # (vBulletin 3 names its post tables only by id, table.tborder#post123 around div#post_message_123;
    # Discuz! its div#post_123: no class at all; WoltLab numbers li#post123 around article.wbbPost.message)
    if not _FORUM_POST_ID.match(el.get("id") or "") or not (
            any("post" in tok.lower() or "message" in tok.lower() for tok in classes + _first_child_classes(el))
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
_OPENING_POST = re.compile(r"(?:^|\s)(?:topic[-_]main[-_]post|main[-_]post|first[-_]?post|original[-_]post|op[-_]post|first)(?:\s|$)",
                           re.I)


def _marked_opening(el) -> bool:
    """Whether the markup names the post (or the block around it) as the topic's first: by its class, or as
    post number 1 (Flarum's data-number, Discourse's data-post-number)."""
    return any(_OPENING_POST.search(e.get("class") or "") or "1" in (e.get("data-number"), e.get("data-post-number"))
               for e in (el, el.getparent()) if e is not None)


def _a_story(el) -> bool:
    """Whether the block holds a story of paragraphs: a forum's opening post in a block named as the
    discussion (Vanilla's div.Discussion), not an empty thread."""
    return sum(1 for p in el.iter("p") if len(p.text_content().split()) >= 25) >= 3


def _holds_most_of(text: str, part: str) -> bool:
    """Whether `text` holds four in five of the words of `part`."""
    have, want = Counter(re.findall(r"\w+", text.lower())), Counter(re.findall(r"\w+", part.lower()))
    return sum((have & want).values()) >= 0.8 * sum(want.values())


def _topic_opener(root, items: list[list]):
    """The first item, where it is such an opening post; else None."""
    if len(items) < 2:
        return None
    first = items[0][0]
    opener_words = _words(first)
    if opener_words < _OPENER_WORDS:
        return None
    if not (_is_forum_post(first) or _is_smf_post(first) or _is_phpbb2_post(first) or _marked_opening(first)
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


_SIDEBAR_TOKEN = re.compile(r"^(?:(?:[a-z0-9]{1,5}[-_])?(?:sidebar|side-bar)(?:[-_]?(?:left|right|\d+|inner|content|widgets?))?|widget[-_]?area|widget_recent_comments|recentcomments|recent[-_]comments)$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _may_name_sidebar(name: str) -> bool:
    """A cheap test before _SIDEBAR_TOKEN: each of its names holds "side", "widget" or "recent"
    (camelCase read as words only adds dashes). Names with non-ASCII letters go to the pattern."""
    if not name.isascii():
        return True
    low = name.lower()
    return "side" in low or "widget" in low or "recent" in low


def _in_sidebar(el) -> bool:
    """Sidebars and widgets ("Recent comments") never hold the page's own thread. A block named
    "sidebar" that holds most of the page (Newsvine's div.sidebar#body_main) is the page's body."""
    cache = _page_cache(el.getroottree().getroot())
    sidebar = cache.setdefault("sidebar", {})  # element -> whether it is (or sits in) a sidebar
    path = []
    answer = False
    for anc in (el, *el.iterancestors()):
        if anc in sidebar:
            answer = sidebar[anc]
            break
        if anc.tag in ("body", "html"):
            break
        path.append(anc)
        if anc.tag == "aside" or _has(anc, _SIDEBAR_TOKEN):
            if "words" not in cache:
                cache["words"] = _words(cache["root"])
            # (a column that holds the form to write a comment is the page's own thread, set beside the story)
            if _words(anc) < 0.5 * cache["words"] and next(anc.iter("textarea"), None) is None:
                answer = True
                break
    for anc in path:
        sidebar[anc] = answer
    return answer


def _tokens(el) -> list[str]:
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return cls.split() + ([ident] if ident else [])


_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_BEM = re.compile(r"__|--")
# styled-components' generated names end in "-sc-<hash>-<n>" after the component's own name
# (GuestBookEntry__Author-sc-1q9k2ls-2): the name is read without it
_STYLED_SUFFIX = re.compile(r"-sc-[a-z0-9]+-\d+$", re.I)


# _has's answers by (pattern, class, id): a thread repeats the same few names on every comment, and the
# rules ask about each element several times. Bounded: cleared when full.
_HAS_MEMO: dict = {}
_HAS_MEMO_SIZE = 20_000


def _has(el, pattern: re.Pattern) -> bool:
    # Called for most elements of a thread, most of which have neither class nor id: those answer at once.
    cls = el.get("class")
    ident = el.get("id")
    if not cls and not ident:
        return False
    key = (pattern.pattern, pattern.flags, cls, ident)  # (a Pattern's own hash reads its whole program)
    answer = _HAS_MEMO.get(key)
    if answer is None:
        if len(_HAS_MEMO) >= _HAS_MEMO_SIZE:
            _HAS_MEMO.clear()
        answer = _HAS_MEMO[key] = _name_has(cls, ident, pattern)
    return answer


def _name_has(cls: str | None, ident: str | None, pattern: re.Pattern) -> bool:
    # camelCase names (Facebook's postText, XenForo's messageText) are read as their words: post-text;
    # so are BEM names (Remark42's comment__user-name, comment--reply): comment-user-name.
    for tok in (cls.split() if cls else []) + ([ident] if ident else []):
        if "-sc-" in tok:
            tok = _STYLED_SUFFIX.sub("", tok)
        if pattern.match(tok):
            return True
        if not tok.islower() and pattern.match(_CAMEL.sub(r"\1-\2", tok)):
            return True
        if ("__" in tok or "--" in tok) and pattern.match(_BEM.sub("-", tok)):
            return True
    return False


# --- text of a subtree --------------------------------------------------------------------------

def _walk_text(el, skip, out: list[str]) -> None:
    """Text of `el` into `out`, block elements on their own lines, subtrees where skip(e) is true left out."""
    if el.tag in _BLOCK_TAGS:
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        if not isinstance(child.tag, str):
            if child.tail:
                out.append(child.tail)
            continue
        if not skip(child):
            _walk_text(child, skip, out)
        elif child.tag in _BLOCK_TAGS:
            out.append("\n")
        if child.tail:
            out.append(child.tail)
    if el.tag in _BLOCK_TAGS:
        out.append("\n")


def _clean_lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


def _text(el, skip=lambda e: False) -> str:
    out: list[str] = []
    _walk_text(el, skip, out)
    return "\n".join(_clean_lines("".join(out)))


# --- finding the items --------------------------------------------------------------------------

_SKIP_ITEM_TAGS = {"a", "span", "img", "p", "time", "abbr", "cite", "b", "strong", "em", "i", "input", "button",
                   "form", "textarea", "label", "html", "body", "h1", "h2", "h3", "h4", "h5", "h6", "small", "font"}


def _comment_word(el) -> str | None:
    """The class/id token with "comment" in it that could name one comment, if any."""
    for tok in _tokens(el):
        if ("comment" in tok.lower() or "talkback" in tok.lower()) and not _not_item_word(tok):
            return tok.lower()
    return None


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
            seen.add(parent)
            found.append(parent)
    return found


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


def _is_tumblr_note(el) -> bool:
    """Tumblr's notes: a reblog "with_commentary" or a reply is a reader's comment; a like is not."""
    classes = (el.get("class") or "").split()
    return el.tag == "li" and "note" in classes and ("with_commentary" in classes or "reply" in classes)


def _in_small_form(el) -> bool:
    """A "comment" row inside a form is one of its fields (a contact or reply form's "Comment" box).
    ASP.NET pages wrap the whole page in one form: only a form of a few words counts."""
    cache = _page_cache(el.getroottree().getroot())
    if "small_forms" not in cache:
        page_words = _words(cache["root"])
        cache["small_forms"] = {d for form in cache["root"].iter("form") if _words(form) < min(150, page_words / 2)
                                for d in form.iter()}
    return el in cache["small_forms"]


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
    for el in _NAMED_COMMENTISH(root):
        if el.tag in _SKIP_ITEM_TAGS or _in_sidebar(el) or _in_small_form(el):
            continue
        itemtype = el.get("itemtype") or ""
        if _ITEMTYPE_COMMENT.search(itemtype) or el.get("itemprop") in ("comment", "comments") or el.tag == _REDDIT_COMMENT:
            found.append(el)
        elif (number := _comment_id(el)) is not None or _aria_comment(el):
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
    # they are: an element that holds found items of its own name is a comment too.
    lone = [(key, el) for key, el in cousins if cousin_count[key] < 2]
    if lone:
        found_set = set(found)
        for (tag, word, _, _), el in lone:
            if any(d in found_set and d.tag == tag and re.sub(r"\d+", "N", _comment_word(d) or "") == word
                   for d in el.iterdescendants(tag)):
                found.append(el)
        if len(found) > len(found_set):
            found.sort(key=_doc_position)  # page order: the parent before its replies
    return found


# A system's comment class with its prefix ("gsc-comment"): its replies are named "gsc-reply" (Giscus)
_COMMENT_PREFIX = re.compile(r"^([a-z0-9]+[-_])comment$", re.I)
_REPLY_PREFIX = re.compile(r"^([a-z0-9]+[-_])reply$", re.I)


_COMMENT_ID = re.compile(r"^comment([-_][a-z]*[-_]?)\d+$", re.I)


def _replies_named_like(root, found: list) -> list:
    """Replies named after the system's comments (Giscus's div.gsc-reply beside div.gsc-comment; DC Inside's
    li#reply_li_880200 beside li#comment_li_880100), in page order."""
    names = {m.group(1).lower() + "reply" for el in found for tok in (el.get("class") or "").split()
             if (m := _COMMENT_PREFIX.match(tok))}
    ids = {m.group(1).lower() for el in found if (m := _COMMENT_ID.match(el.get("id") or ""))}
    if not names and not ids:
        return []
    found_set = set(found)
    return [el for el, cls, ident, _ in _page_index(root)["named"] if el not in found_set and (
        cls and not names.isdisjoint(tok.lower() for tok in cls.split())
        or (as_comment := _reply_id_as_comment(ident)) and as_comment[7:].rstrip("0123456789").lower() in ids)]


def _reply_id_as_comment(ident: str | None) -> str | None:
    """A reply's id written as its system's comments' ("reply_li_2" -> "comment_li_2"), if it is a reply's."""
    return "comment" + ident[5:] if ident and ident[:5].lower() == "reply" and ident[5:] else None


def _signature(el) -> tuple:
    classes = [tok for tok in (el.get("class") or "").split() if _ITEM_TOKEN.match(tok)]
    if _ITEMTYPE_COMMENT.search(el.get("itemtype") or "") or el.get("itemprop") in ("comment", "comments") or el.tag == _REDDIT_COMMENT:
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
    if not classes and (el.get("class") or "").split()[:1] == ["post"] and el.tag == "li":
        classes.append("disqus-post")
    if not classes and el.get("id") and _ITEM_ID.search(el.get("id")):
        classes.append(re.sub(r"\d+", "N", el.get("id")))
    if not classes:
        # (a reply numbered after its system's comments signs as they do: reply_li_2 as comment_li_1)
        word = _comment_word(el) or _reply_id_as_comment(el.get("id")) or ""
        classes.append(re.sub(r"\d+", "N", word))  # IDComment123, IDComment124: one name
    return (el.tag, tuple(sorted(set(c.lower() for c in classes))))


def _words(el) -> int:
    # Remembered per page until a block is taken out (_remove): finding the thread asks about the same
    # blocks many times (six calls in ten are repeats).
    counts = _page_cache(el.getroottree().getroot()).setdefault("word_counts", {})
    count = counts.get(el)
    if count is None:
        text = el.text_content()
        count = len(text.split())
        if not text.isascii():
            count += len(_CJK_CHARS.findall(text)) // 2  # Chinese and Japanese write no spaces between words
        counts[el] = count
    return count


_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())


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
            # in div.comment.root-comment, each #comment-<id>; a comment's body has no such id)
            if not ids & merged_ids[other] and (any(anc in members for el in els for anc in el.iterancestors()) or any(
                    anc in own for el in merged[other] for anc in el.iterancestors())):
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


def _doc_position(el) -> tuple:
    path = []
    node = el
    while node.getparent() is not None:
        parent = node.getparent()
        path.append(parent.index(node))
        node = parent
    return tuple(reversed(path))


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


def _is_bbpress_post(el) -> bool:
    """bbPress (WordPress forums, also used as a post's discussion): each post, the topic's lead post
    included, carries bbp-reply-position-N (type-reply in older versions); its date and permalink sit
    in the div.bbp-reply-header just before it."""
    classes = (el.get("class") or "").split()
    return "type-reply" in classes or any(tok.startswith("bbp-reply-position-") for tok in classes)


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
        if any(held) and max(held) < len(chosen):
            return sorted(chosen + extra, key=_doc_position)
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
    # Siblings that share a parent with a cycle (dt.author, dd.body, dd.footer) are one comment per cycle.
    by_parent: dict = defaultdict(list)
    for el in chosen:
        by_parent[el.getparent()].append(el)
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
                    expanded[owner[0]] = cycle
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
        items = _repeated_children(container) or _single_byline_pair(container)
        if sum(len(i) for i in items) > sum(len(i) for i in best):
            best = items
    return _with_nested_replies(best)


def _with_nested_replies(items: list[list]) -> list[list]:
    """The repeated level holds the top of each thread; replies nested inside an item in the item's own
    named shape (OpenWeb's li.spcv_list-item in a ul.spcv_children-list) are items too, in page order."""
    shapes = {_child_sig(item[0]) for item in items if len(item) == 1}
    if len(shapes) != 1 or not next(iter(shapes))[1]:
        return items  # unnamed blocks nest plain divs in plain divs: no sign of a reply
    taken = {part for item in items for part in item}
    replies = [[d] for item in items for d in item[0].iterdescendants()
               if isinstance(d.tag, str) and d not in taken and _child_sig(d) in shapes]
    if not replies:
        return items
    return sorted(items + replies, key=lambda item: _doc_position(item[0]))


def _single_byline_pair(container) -> list[list]:
    """A thread of one comment does not repeat; in a thread container, a definition list of one
    byline term and its text (about.com: <dt>date (1) Mike says:</dt><dd>text</dd>) is that comment."""
    for dl in container.iter("dl"):
        parts = [ch for ch in dl if isinstance(ch.tag, str)]
        if [p.tag for p in parts] == ["dt", "dd"] and _words(parts[1]) >= 3 and _words(parts[0]) <= 20:
            return [parts]
    return []


def _child_sig(el) -> tuple:
    classes = tuple(sorted(tok for tok in (el.get("class") or "").split() if not re.search(r"\d|(?:^|[-_])(?:odd|even|alt|first|last|byuser|bypostauthor|parent|selected|active|new)$|^comment-author-", tok)))
    return (el.tag, classes)


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
        items = _cycles(parent, min_items)
        if len(items) < min_items:
            continue
        words = sum(_words(part) for item in items for part in item)
        if words > best_words:
            best, best_words = items, words
    return best


# --- one item -> Comment ------------------------------------------------------------------------

def _short(text: str, limit: int = 80) -> str | None:
    text = re.sub(r"\s+", " ", text).strip().strip(":·|-–—").strip()
    return text if 0 < len(text) <= limit else None


_BYLINE_BOX = re.compile(r"^(?:[a-z0-9]+[-_])*(?:post)?(?:footer|byline|meta|info|posted|signature|details|header)(?:$|[-_])", re.I)
_POSTED_BY = re.compile(r"\b(?:posted|written|submitted|comment(?:ed)?|sent)\s+by\s*:?\s*(.+?)\s*(?:\||•|·|@|\bon\b|\bat\b|\bin reply\b|$)", re.I)


# Link texts in a byline box that are not the commenter's name.
_NOT_A_NAME = {"reply", "anonymous said", "profile", "view profile", "website", "permalink", "link", "avatar", "report",
               "quote", "share", "flag", "like", "edit", "delete"}


_POSTED_LINE = re.compile(r"^(?:posted|written|submitted|published)\b(?:\s+(?:on|at|by)\b)", re.I)


# "23 seconds ago ( 4:28 PM)": the clock time in brackets after a relative one is what stays true once the
# page is old, so it is kept with it
_BRACKETED = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)")


def _with_clock(line: str, match: re.Match) -> str:
    """The time `match` found in `line`, with a bracketed time right after it."""
    aside = _BRACKETED.match(line, match.end())
    if aside and find_time(aside.group(1)):
        return f"{match.group(0).strip()} ({aside.group(1)})"
    return match.group(0).strip()


_AUTHOR_ATTRIBUTES = ("author", "data-author", "data-comment-author")
# The verbs a byline puts after the name ("Joanne said...", "Hannah Cole commented").
_SAYS_WORDS = "says|said|wrote|writes|commented|replied"
_SAYS_END = re.compile(rf"\b(?:{_SAYS_WORDS})\s*[:,.…]*\s*$")  # as bylines write it: "says", not "Says"


_HAS_ALNUM = re.compile(r"[^\W_]")  # a letter or digit ("4-6-3" is a name)


def _first_name(candidates: list) -> str | None:
    """The first of the elements whose text reads as a commenter's name (not a time, a link word or furniture)."""
    for cand in candidates:
        if cand is None:
            continue
        name = _short(_SAYS_END.sub("", _name_line(_text(cand))), 60)
        if name and not _TIME_ONLY.match(name) and name.lower() not in _NOT_A_NAME and not _furniture(name) \
                and not _IN_REPLY_TO.match(name) \
                and _HAS_ALNUM.search(name):  # a permalink's "#" or "¶" is no name
            return name
    return None


# a date forum software prints dashed, in a block named as the post's date ("04-15-2024, 07:41 PM"), or as
# Czech and German sites write it ("12. 3. 2024 15:02"); not read as a date elsewhere, where "08-14-2012"
# in a story's dateline is left as the gold texts leave it
_DASHED_DATE = re.compile(r"\b\d{1,2}(?:-|\.\s?)\d{1,2}(?:-|\.\s?)\d{4}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?![\d:])", re.I)
# the date a poster joined, in the poster's box: never the comment's time
_JOINED = r"(?:joined|registered|member since|reg(?:istration)? date)"
_JOINED_LINE = re.compile(rf"^\s*{_JOINED}\b", re.I)
_JOINED_BEFORE = re.compile(rf"{_JOINED}\s*:?\s*$", re.I)


def _is_leaf_postbody(el) -> bool:
    """A block named "postbody" that holds no other body block: the post's text (phpBB 2's span.postbody).
    Elsewhere the name is the post's whole column, poster box and all (FluxBB's and phpBB 3's div.postbody
    around div.postmsg or div.content)."""
    return "postbody" in (el.get("class") or "").split() and not any(
        _has(d, _BODY_TOKEN) for d in el.iterdescendants() if isinstance(d.tag, str))


def _find_meta(item, nested: set):
    """(author, time, body element or None) of one item, looking only at its own subtree."""
    time = body = text_name = header_name = None
    # The commenter named by the item's own attribute (Reddit's author=, Guardian's data-comment-author=).
    author = next((_short(item.get(name), 60) for name in _AUTHOR_ATTRIBUTES if (item.get(name) or "").strip()), None)
    if author is None and _aria_comment(item):
        by = _ARIA_BY.match(item.get("aria-label"))  # "Kommentar fra Siri Halvorsen"
        author = _short(by.group(1), 60) if by else None
    stack = [item]
    while stack:
        el = stack.pop(0)
        if not isinstance(el.tag, str) or el in nested or (el is not item and _is_quotation(el)):
            continue  # (a quotation's cite names the commenter quoted, not this one)
        itemprop = (el.get("itemprop") or "").lower()
        if author is None and (itemprop in ("author", "creator", "name") or el.tag == "cite" or _has(el, _AUTHOR_TOKEN)):
            name_el = el.find(".//*[@itemprop='name']")
            named = next((d for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class") and _has(d, _AUTHOR_TOKEN)), None)
            # the innermost such block: Flarum's h3.PostUser-name holds the avatar's letter beside span.username
            while named is not None:
                inner = next((d for d in named.iterdescendants() if isinstance(d.tag, str) and d.get("class")
                              and _has(d, _AUTHOR_TOKEN) and _words(d) >= 1), None)
                if inner is None:
                    break
                named = inner
            candidate = _first_name([name_el, named, el.find(".//cite"), *el.findall(".//a")[:3], el])
            if candidate:
                author = re.sub(r"^(?:by|posted by)\s+", "", candidate, flags=re.I)
            if author is not None and time is None:
                # One byline box for both: "Posted by: marry john on Oct 31, 2012 6:44:07 AM".
                line = " ".join(el.text_content().split())
                when = find_time(line) if len(line) < 160 else None
                # (not the date a forum's poster box says they joined: "Posts: 2,611 Joined: Nov 2008")
                time = when.group(0).strip() if when and not _JOINED_BEFORE.search(line, 0, when.start()) else None
        if time is None and (el.tag == "time" or itemprop in ("datecreated", "datepublished", "commenttime") or _has(el, _TIME_TOKEN)):
            for line in _text(el).split("\n"):
                match = _DASHED_DATE.search(line) or find_time(line)
                if match and not _JOINED_BEFORE.search(line, 0, match.start()):
                    time = _with_clock(line, match)
                    break
            if time is None and el.get("datetime"):
                time = el.get("datetime")
        if (time is None or len(time) <= 20) and (el.tag == "time" or _has(el, _DATE_NAME)):
            # a date in words of another language, in a block named as the date: "πριν από 3 ώρες", "há 2 dias",
            # "12. März 2024, 20:14", "12.3.2024 klo 15.22" (where only part of it was read as a date): as shown
            shown = " ".join(el.text_content().split())
            if len(shown.split()) <= 5 and any(ch.isdigit() for ch in shown) and ":" not in shown.rstrip(":0123456789 ") \
                    and (time is None or time in shown and re.search(r"\d", shown.replace(time, " "))):
                time = shown
        # (the post itself named "message", Kunena's div.row.message, holds its body further in)
        if body is None and (itemprop in ("text", "commenttext", "description", "articlebody") or el.get("slot") == "comment"
                             or _has(el, _BODY_TOKEN) and not (el is item and "message" in (el.get("class") or "").split())
                             or _is_leaf_postbody(el)) and _words(el) >= 1:
            body = el
        if author is None and header_name is None and (el.tag in ("header", "thead") or _is_bare_byline(el)) and el is not item and not any(
                _has(d, _AUTHOR_TOKEN) for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class")):
            # (a header holding a block named for the author leaves the name to that block)
            # HTML5's comment markup: <article><header><h4>Name</h4><time>...</time></header>
            name = _first_name([c for tags in (_HEADINGS, ("strong", "b"), ("a",), ("span",)) for c in el.iter(*tags)])
            if el.tag != "header" or next(el.iter("time"), None) is not None or find_time(_text(el)):
                author = name
            else:
                # a header without a time may head the post with its title ("Not so simple") while its
                # byline is elsewhere: its heading is the name only when nothing else names one
                header_name = name
        if (author is None or time is None) and el.tag in ("p", "div", "span", "footer", "small") and _has(el, _BYLINE_BOX):
            # A footer written as text: "Posted by: Sharon in Chicago | May 20, 2012 at 12:55 AM".
            line = re.sub(r"\s+", " ", el.text_content()).strip()
            if len(line) < 160:
                match = _POSTED_BY.search(line)
                found = find_time(line)
                if author is None and match:
                    # (the name ends where the date begins: "Posted by みどり 2024年03月12日 20:14")
                    end = found.start() if found and match.start(1) < found.start() < match.end(1) else match.end(1)
                    author = _short(line[match.start(1):end].strip(), 60)
                elif author is None and found and text_name is None:
                    # the name written before the date: kept for last, after any markup that names the author
                    text_name = _name_before_time(line[:found.start()])
                if time is None and found and not _JOINED_BEFORE.search(line, 0, found.start()):
                    time = found.group(0).strip()
        stack.extend(el)
    if author is None:
        author = _author_link_name(item, nested) or _profile_link_name(item, nested) or text_name or header_name
    return author, time, body


# Disqus's WordPress plugin prints the commenter's profile address as text before the name
# ("http://twitter.com/mkronline Michael Robinson"): the name alone is the author.
_LEADING_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+(?:\s+|$)", re.I)


def _name_line(text: str) -> str:
    """The first line of a byline element's text that is more than a web address, without the address."""
    return next((line for line in (_LEADING_ADDRESS.sub("", line) for line in text.split("\n")) if line.strip()), "")


_BEFORE_TIME = re.compile(rf"^(?:#?\d+\.?\s+)?(?:(?:posted\s+)?by:?\s+)?(.*?)[\s,:·|•—–/-]*(?:\b(?:on|at|posted|{_SAYS_WORDS})\b[\s,:·|•—–/-]*)*$", re.I)


def _name_before_time(text: str) -> str | None:
    """The commenter's name written before the date in a byline box: "Anna — July 18th, 2012",
    "by Kate Klemens on November 29, 2010", "Heather on October 23rd, 2012"; None when what comes
    before the date is not a short name."""
    name = _BEFORE_TIME.match(" ".join(text.split())).group(1)
    if not name or len(name.split()) > 5 or not re.search(r"[^\W\d_]", name) or _furniture(text) or _furniture(name):
        return None
    name = _short(name, 60)
    return name if name and name.lower() not in _NOT_A_NAME else None


def _author_link_name(item, nested: set) -> str | None:
    """WordPress writes the commenter's name as a link to their site, <a class="url" rel="external
    nofollow">NAME</a> (rel="ugc" in later versions), in whatever byline markup the theme has
    ("NAME on DATE", "by NAME on DATE", "NAME — DATE"); links in the comment's own text have no
    class "url"."""
    for a in item.iter("a"):
        if "url" not in (a.get("class") or "").split() or not re.search(r"nofollow|external|ugc", a.get("rel") or ""):
            continue
        if any(anc in nested for anc in a.iterancestors()):
            continue
        name = _short(_text(a), 60)
        if name and not _TIME_ONLY.match(name) and name.lower() not in _NOT_A_NAME:
            return name
    return None


# Links to a member's profile page: forum software and comment systems name the commenter so.
_PROFILE_HREF = re.compile(r"(?:^|/)(?:people|users?|members?|profiles?|memberlist\.php\?[^#]*\bu=|member\.php\?[^#]*\bu="
                           r"|home\.php\?mod=space&(?:amp;)?uid=\d+$)|"  # (Discuz!'s member space)
                           r"^https?://(?:www\.)?facebook\.com/[^/?#]+/?$|"
                           r"(?:^|/)u/[^/?#]+/?$", re.I)  # Reddit's and Lemmy's /u/name


def _profile_link_name(item, nested: set) -> str | None:
    """The commenter's name from the first link in the item to a member's profile ("/people/hannah",
    "memberlist.php?mode=viewprofile&u=12"), not counting links inside the comment's text."""
    for a in item.iter("a"):
        if any(anc in nested for anc in a.iterancestors()):
            continue
        if _PROFILE_HREF.search(a.get("href") or ""):
            name = _short(_text(a), 60)
            if name and not _TIME_ONLY.match(name) and name.lower() not in _NOT_A_NAME:
                return name
    return None


def _is_bare_byline(el) -> bool:
    """A byline told by its shape alone (hashed class names say nothing): a div or span of a few words,
    all of them inside its child elements (name, place, <time>), one of which is a <time>."""
    if el.tag not in ("div", "span", "header") or len(el) < 2 or _words(el) > 10:
        return False
    if (el.text or "").strip(" ·|•,-–—\n\t") or any((ch.tail or "").strip(" ·|•,-–—\n\t") for ch in el):
        return False
    return any(ch.tag == "time" for ch in el) and all(ch.tag in ("span", "a", "time", "strong", "b", "img", "em", "small") for ch in el)


# A quotation of another comment inside a reply: phpBB's blockquote with its "X wrote:" cite, XenForo's
# bbCodeBlock--quote, vBulletin's bbcode_quote, Discourse's aside.quote. The other commenter's words, not
# the replier's: left out of the reply's text (they are scored once, in their own comment: a reply that
# quotes an insult to answer it is no insult) and read for the reply's parent. An unattributed
# blockquote stays: it may be the reader's own emphasis.
_QUOTE_CLASSES = frozenset("quote bbcode_quote bbcodeblock--quote quotebox quotecontainer quote-container "
                           "quoted-post post-quote quoteheader bbc_standard_quote bbc_alternate_quote".split())
_QUOTE_REFERENCE_ATTRIBUTES = ("data-post-id", "data-source", "data-post", "cite")
_QUOTE_AUTHOR_ATTRIBUTES = ("data-username", "data-quote", "data-author")
# ("X 发表于 <date>": Discuz!'s "X posted on")
_QUOTE_BYLINE = re.compile(r"^\s*(?:originally posted by\s+(.+?)|quote from:?\s*(.+?)(?:\s+on\s|:)|(.+?)\s+(?:wrote|said|says)\s*:"
                           r"|(\S+)\s+发表于)", re.I)
_REFERENCE_NUMBER = re.compile(r"(\d+)\D*$")
_POST_PARAMETER = re.compile(r"[?&#](?:p|pid|post|msg)[=_]?(\d+)")


def _is_quotation(el) -> bool:
    if el.tag not in ("blockquote", "aside", "div"):
        return False
    classes = (el.get("class") or "").lower().split()
    # (and a BEM element named quote: RichText__quote)
    if not _QUOTE_CLASSES.isdisjoint(classes) or any(tok.endswith("__quote") for tok in classes):
        return el.tag != "div" or _quote_source(el) != (None, None)
    if el.tag != "blockquote":
        return False
    # (phpBB 3.2+ wraps the quote in a div: blockquote > div > cite "X wrote:")
    first = next((ch for ch in el.iter() if ch is not el and isinstance(ch.tag, str) and ch.tag != "div"), None)
    # (a cite attribute is an address: some themes write the post's author there on every comment body)
    return any(el.get(a) for a in _QUOTE_REFERENCE_ATTRIBUTES[:-1] + _QUOTE_AUTHOR_ATTRIBUTES) \
        or bool(re.search(r"[/#?]", el.get("cite") or "")) or (first is not None and first.tag == "cite")


def _quote_source(el) -> tuple[str | None, str | None]:
    """(number of the quoted post, name of the quoted commenter) a quotation gives, each where known."""
    number = author = None
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in _QUOTE_REFERENCE_ATTRIBUTES + ("href",):
            value = node.get(attr)
            if number is None and value:
                # a link names the post by its parameter ("?p=123#p123", Discuz!'s "&pid=702&ptid=9"), an
                # attribute by its last number ("post: 90030")
                found = _POST_PARAMETER.search(value) if attr == "href" else _REFERENCE_NUMBER.search(value)
                number = found and found.group(1)
        for attr in _QUOTE_AUTHOR_ATTRIBUTES:
            author = author or node.get(attr)
        if number and author:
            break
    if author is None:
        byline = _QUOTE_BYLINE.match(el.text_content()[:200])
        author = byline and next(name for name in byline.groups() if name).strip()
    return number, author


def _quoted_parent(item: list, comments: list[Comment], number_of: dict, latest: dict) -> int | None:
    """The earlier comment a reply quotes: by the quoted post's number in the ids of the comments'
    elements, else by the quoted commenter's name (their latest comment before the reply)."""
    for part in item:
        for el in part.iter("blockquote", "aside", "div"):
            if not _is_quotation(el):
                continue
            number, author = _quote_source(el)
            by_author = latest.get(author.lower()) if author else None  # their latest comment
            if number in number_of and (by_author is None or not comments[number_of[number]].author):
                return number_of[number]
            return by_author  # the name wins where the two disagree: post numbers and ids may count apart
    return None


# A reply's link to the comment it answers (the Guardian's "in reply to Tamsin_K" -> #comment-169887037):
# more exact than the nesting, which such threads keep one level deep.
_REPLY_WORDS = r"(?:in reply to|replying to|reply to|in response to)"
_IN_REPLY_TO = re.compile(rf"\b{_REPLY_WORDS}\b", re.I)
# a comment's first line naming whom it answers, and nothing else ("↩ Replying to Kevin R.")
_REPLYING_TO_LINE = re.compile(rf"^[^\w\n]*{_REPLY_WORDS}\s+@?([^\n]{{1,40}}?)\s*(?:\n|$)", re.I)


def _replied_to(item: list, id_index: dict) -> int | None:
    for part in item:
        for a in part.iter("a"):
            href = a.get("href") or ""
            if href.startswith("#") and href[1:] in id_index and _IN_REPLY_TO.search(
                    " ".join(filter(None, (a.get("data-link-name"), a.get("title"), a.text_content()[:60])))):
                return id_index[href[1:]]
    return None


_ACTION_HREF = re.compile(r"^\s*(?:#?$|javascript:)", re.I)


def _goes_nowhere(el) -> bool:
    """A short link to no page: it runs a script (Reply, Report, Like)."""
    return el.tag == "a" and _ACTION_HREF.match(el.get("href") or "-") is not None and len(el.text_content().split()) <= 6


def _is_meta(el, nested: set) -> bool:
    if el in nested:
        return True
    if _is_quotation(el):
        return True
    if el.tag == "form":
        # a form is a reply box, unless it holds the comment's own text (old Reddit wraps every comment's
        # body in a form.usertext for editing in place)
        return not any(_has(d, _BODY_TOKEN) and _words(d) >= 1 for d in el.iterdescendants()
                       if isinstance(d.tag, str) and d.get("class"))
    if el.tag in ("button", "img", "input", "textarea", "select", "time", "cite", "label", "menu", "nav", "footer"):
        return True
    if _goes_nowhere(el) and not _is_subject_line(el.getparent()):
        # a link that goes nowhere runs a script: Reply, Report, Like in any language (but the comment's
        # title that opens or folds it is the commenter's: SB Nation's h5.comment_title > a[href="#"])
        return True
    if el.tag in ("header", "aside") and not any(_has(d, _BODY_TOKEN) for d in el.iterdescendants()
                                                if isinstance(d.tag, str) and d.get("class")):
        # HTML5's <article><header>name, time</header><p>text: the header is the byline; an aside in a post
        # is the poster's box (WoltLab's aside.messageSidebar: rank, post count, home town)
        return True
    if _is_bare_byline(el):
        return True
    itemprop = (el.get("itemprop") or "").lower()
    if itemprop in ("author", "creator", "datecreated", "datepublished", "image", "upvotecount", "downvotecount"):
        return True
    if not _has(el, _META_TOKEN):
        return False
    # A byline box that wraps the comment's own text (Guardian: li.comment-author > div.comment-body) is walked.
    return not any(_has(d, _BODY_TOKEN) for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class"))


def _byline_text(text: str) -> tuple[str | None, str | None]:
    """(author, time) of a byline written as text: "September 15, 2008 at 6:55 pm (1) Mike says:"."""
    text = re.sub(r"\s+", " ", text).strip()
    when = find_time(text)
    if when:
        text = (text[:when.start()] + " " + text[when.end():]).strip()
    text = re.sub(r"^\(?#?\d+\)?\.?\s*|\s*\b(?:says|said|wrote|writes)\b\s*[:,.…]*\s*$|^(?:by|posted by)\s+", "", text, flags=re.I)
    name = _short(text, 60)
    return (name if name and len(name.split()) <= 5 else None), (when.group(0).strip() if when else None)


# What is left of a date line once its dates are taken out: joining words and separators.
_TIME_LINE_REST = re.compile(r"^(?:[\W_]|\b(?:at|on|posted|updated|edited|said|says|wrote)\b)*$", re.I)


_HIDING_CLASSES = frozenset("hidden hide d-none is-hidden u-hidden gt-hidden".split())


_SIGNATURE_RULE = re.compile(r"^_{8,}$")
_BADGE_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_VOTE_COUNT = re.compile(r"^[+\-−±]?\s?\d{1,5}$")


def _hidden_copies(item) -> set:
    """Blocks the markup hides that repeat the comment's shown words (Gitea keeps each comment's markdown
    in a hidden div.raw-content beside it): read once, not twice. A hidden block of other words (the rest
    of a long comment behind "Read more") stays the reader's text."""
    copies = set()
    for el in item.iterdescendants():
        if isinstance(el.tag, str) and (el.get("hidden") is not None or not _HIDING_CLASSES.isdisjoint(
                (el.get("class") or "").split()) or _HIDDEN_STYLE.search(el.get("style") or "")):
            copy = el.text_content()
            if copy.strip() and _holds_most_of(_text(item, lambda e, hidden=el: e is hidden), copy):
                copies.add(el)
    return copies


def _item_text(item, body, nested: set, author: str | None, primary: bool = True,
               keep_quotes: bool = False) -> tuple[str, str | None, str | None]:
    """(text, author, time) of one part: bylines written as plain text ("Joanne said...",
    "Fri, 2012-11-09 17:18 — Caroline") become the author and time, never the text."""
    copies = _hidden_copies(item)
    skip = lambda e: e in copies or _is_meta(e, nested) and not (keep_quotes and _is_quotation(e))  # noqa: E731
    if item.tag == "dt":
        return ("",) + _byline_text(_text(item, skip))  # the comment's byline term: "date (1) Mike says:"
    if item.tag == "header" or (not primary and _has(item, _META_TOKEN)):
        return "", None, None  # the part is itself the byline or the footer of its comment
    text = _text(body, skip) if body is not None else _text(item, skip)
    if not text and body is not None:
        text = _text(item, skip)
    lines, found_author, found_time = [], None, None
    if body is not None and body is not item and text:
        # The comment's byline as loose text beside its body block: "jorge jacobo on November 8, 2012 3:33 pm".
        for line in _text(item, lambda e: e is body or skip(e)).split("\n")[:3]:
            if len(line) < 120:
                probe = Line(no=0, text=line, indent=0, blank_before=False)
                classify_line(probe)
                if probe.kind == "meta" and (probe.author or probe.time) and not _JOINED_LINE.match(line):
                    found_author, found_time = probe.author, probe.time
                    # "#2 2024-05-02 19:47:13" reads as author "2024-05-02" at "19:47:13": the date is the time
                    when = find_time(line)
                    if when and len(when.group(0).strip()) > len(found_time or ""):
                        found_time = when.group(0).strip()
                        if found_author and found_author in found_time:
                            found_author = None
                    break
    for line in text.split("\n"):
        bare = line.strip()
        if _SIGNATURE_RULE.match(bare):
            break  # phpBB 2 and vBulletin print the poster's signature under a rule of underscores in the post
        if len(bare) < 120:
            probe = Line(no=0, text=bare, indent=0, blank_before=False)
            classify_line(probe)
            if probe.kind == "boiler" and _reader_wrote(probe):
                probe.kind = "content"  # "Subscribe to my channel you morons": the reader's words
            if probe.kind in ("meta", "header", "boiler"):
                found_author = found_author or probe.author
                if probe.kind == "meta" and not probe.time:
                    # "Posted by: marry john on Oct 31, 2012 6:44:07 AM": the byline's date is the comment's time.
                    when = find_time(bare)
                    found_time = found_time or (when and when.group(0).strip())
                found_time = found_time or probe.time
                continue
        if len(bare) < 160 and _POSTED_LINE.match(bare):
            # "posted on Wednesday, October 24, 2012 at 7:26 PM by Darren": the byline written as text.
            by = re.search(r"\bby:?\s+(.+?)\s*$", bare, re.I)
            when = find_time(bare)
            if by or when:
                found_author = found_author or (by and _short(by.group(1), 60))
                found_time = found_time or (when and when.group(0).strip())
                continue
        if (len(bare.split()) <= 16 and _furniture(bare)) or not _WORD_OR_PICTURE.search(bare) \
                or _SAYS_ALONE.match(bare):
            continue
        if len(bare) < 80 and find_time(bare) and _TIME_LINE_REST.match(_TIME_ANY.sub(" ", bare)):
            found_time = found_time or find_time(bare).group(0).strip()
            continue  # a line that is only the comment's date ("August 9, 2012 02:07 pm at 2:07 pm |")
        if author and bare.lower().rstrip(":.… ") in (author.lower().rstrip(":.… "), f"{author.lower()} says",
                                                      f"{author.lower()} said", f"by {author.lower()}"):
            continue
        if author and bare.startswith(author) and len(bare) <= len(author) + 25 and _BADGE_WORDS.fullmatch(bare[len(author):]):
            continue  # the name with its badge run into it: "Siri HalvorsenAbonnent"
        lines.append(bare)
    if len(lines) > 1:
        # (a count left alone on its line once its "Reply" link is skipped, "+3", is the votes, not the reader's)
        lines = [line for line in lines if not _BADGE.match(line) and not _VOTE_COUNT.match(line)] or lines
    text = "\n".join(lines).strip()
    name = author or found_author
    if name and text.startswith(name) and text[len(name):len(name) + 1] in ("：", ":"):
        text = text[len(name) + 1:].lstrip()  # the name run into the text: Weibo's "晴天小猪猪：我家楼下..."
    if body is not None and body is not item and text and primary:
        subject = _subject(item, body, nested, author or found_author, text)
        if subject:
            text = f"{subject}\n{text}"
    return text, found_author, found_time


# A comment's own subject line (Slashdot's, Drupal's "Subject" field, forum posts'): a heading or a block
# named so, before the comment's body block. It is the commenter's words: scored with the rest.
_SUBJECT_TOKEN = re.compile(r"^(?:[a-z0-9]{1,3}[-_])?(?:comment[-_]?)?(?:title|subject)$", re.I)  # (talkbacks' span.tb-title)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_REPLY_SUBJECT = re.compile(r"^re\b", re.I)
_SCORE_SUFFIX = re.compile(r"\s*\(\s*Score:[^)]*\)\s*$", re.I)  # Slashdot's "(Score:2, Insightful)"


_TITLE_NAME = re.compile(r"^(?:.*[-_])?(?:title|subject|headline)$", re.I)


def _is_subject_line(el) -> bool:
    """A heading or a block named as a title (Ynet's div.art_tkb_talkback_title)."""
    return el is not None and (el.tag in _HEADINGS or _has(el, _TITLE_NAME))


def _subject(item, body, nested: set, author: str | None, text: str) -> str | None:
    """The subject line of a comment whose body sits in a block of its own, if it has one."""
    for el in item.iterdescendants():
        if el is body:
            return None  # only what comes before the body
        if not isinstance(el.tag, str) or not (el.tag in _HEADINGS or _has(el, _SUBJECT_TOKEN)):
            continue
        if body is not None and any(d is body for d in el.iterdescendants()):
            continue  # a wrapper around the body (Dreamwidth's div.comment-wrapper.has-subject), not its subject line
        # (a heading in the post's <header> is its title: the header is skipped as the byline's box)
        # (nor is the button that opens a talkback, its title beside its byline)
        if _is_meta(el, nested) or any(_is_meta(a, nested) and a.tag not in ("header", "button")
                                       for a in el.iterancestors() if a is not item):
            continue
        line = _SCORE_SUFFIX.sub("", " ".join(el.text_content().split()))
        if not 1 <= len(line.split()) <= 20 or _furniture(line) or not re.search(r"\w", line) or _REPLY_SUBJECT.match(line):
            return None  # "Re: ..." repeats the parent's subject
        probe = Line(no=0, text=line, indent=0, blank_before=False)
        classify_line(probe)
        if probe.kind in ("meta", "header", "boiler") or find_time(line):
            return None
        if author and author.lower() in line.lower():
            return None
        if text.startswith(line.rstrip(".…")):
            return None  # the first words of the comment shown as its title
        return line
    return None


def _depth_class(el) -> int | None:
    """How deep a comment sits, where flat markup says it: a depth-N, level-N or indent-N class on
    the item or its first block (WordPress's depth-2, wpDiscuz's wpd_comment_level-2, Coral's
    coral-comment-indent-1), a depth or level attribute (Reddit's depth="1", ARIA's aria-level), or
    Hacker News's indent cell (<td class="ind" indent="2">) at the head of the comment's row."""
    first = next(el.iterchildren(etree.Element), None)
    for tok in (el.get("class") or "").split() + ((first.get("class") or "").split() if first is not None else []):
        match = _DEPTH.match(tok)
        if match:
            return int(match.group(1))
    for name in _DEPTH_ATTRIBUTES:
        value = el.get(name)
        if value is not None and value.strip().isdigit():
            return int(value)
    if el.tag == "tr":
        for cell in el.iter("td"):
            if "ind" in (cell.get("class") or "").split() and (cell.get("indent") or "").isdigit():
                return int(cell.get("indent"))
    return None


_INDENT_STYLE = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+)(?:px|em)", re.I)


def _indent(el) -> int | None:
    """The left margin an inline style gives a comment (on it, its first block, or a box of its own):
    LiveJournal's and IntenseDebate's threads nest replies by it alone."""
    first = next(el.iterchildren(etree.Element), None)
    parent = el.getparent()
    own_box = parent if parent is not None and sum(1 for _ in parent.iterchildren(etree.Element)) <= 2 else None
    for node in (el, first, own_box):
        if node is not None and node.get("style"):
            match = _INDENT_STYLE.search(node.get("style"))
            if match:
                return int(match.group(1))
    return None


def _indent_depths(items: list[list]) -> dict:
    """Each item's depth by its left margin (the smallest margin is depth 0), where the thread's items
    have two margins or more and every item has one; {} otherwise."""
    margins = {item[0]: _indent(item[0]) for item in items}
    values = sorted(set(margins.values()) - {None})
    if len(values) < 2 or None in margins.values():
        return {}
    rank = {value: i for i, value in enumerate(values)}
    return {el: rank[margin] for el, margin in margins.items()}


def _link_density(item: list, all_parts: set) -> float:
    """Share of the comment's own words (bylines and nested replies left out) that are link text."""
    words = links = 0
    for part in item:
        stack = [part]
        while stack:
            el = stack.pop()
            if el is not part and (not isinstance(el.tag, str) or (el in all_parts and el not in item) or _is_meta(el, ())):
                continue
            own = len((el.text or "").split())
            words += own + sum(len((ch.tail or "").split()) for ch in el)
            href = (el.get("href") or "").strip() if el.tag == "a" else ""
            if href and not href.startswith(("#", "javascript:")):
                links += own  # a toggle (href="#") around a comment's title is not a link away
            stack.extend(ch for ch in el if isinstance(ch.tag, str))
    return links / words if words else 1.0


# A block of replies placed after the comment they answer rather than inside it.
_REPLIES_BOX = {"indented", "replies", "children", "comment-replies", "comment-children"}
_NOT_VERIFIED = re.compile(r"\s*\(not verified\)\s*$", re.I)
# A line of a comment holds a word or a picture ("🎉", "🖕" are comments too; "|" and "•" are not).
_WORD_OR_PICTURE = re.compile(r"\w|[\u2600-\u27bf\U0001f000-\U0001faff]")
_SAYS_ALONE = re.compile(r"^(?:says|said|wrote|writes|commented)\s*[:.…]*$", re.I)  # the byline's verb on its own line
# A badge beside the commenter's name on a line of its own (GitHub's "Member", "Author"); dropped only
# from a comment with other lines, so that a comment reading "Author" stays one.
_BADGE = re.compile(r"^(?:member|author|owner|contributor|collaborator|moderator|admin|staff|verified|op)$", re.I)
_SAYS_AFTER = re.compile(rf"\s+(?:{_SAYS_WORDS})\s*[:,.…]*\s*$", re.I)


# A list of replies named as one and numbered by its comment (JComments: div#comment-item-1831 holds
# div.comment-box, the comment, and div#comments-list-1831, its replies).
_REPLIES_LIST = re.compile(r"^(?:[a-z]+[-_])*(?:comments?[-_]list|replies|children|sub[-_]?comments)[-_]?(\d+)$", re.I)


def _replies_list_of(box, index_of: dict) -> int | None:
    """The comment a replies list answers: the indexed comment beside it in its parent, where the list's
    id carries a number the comment's box does too."""
    match = _REPLIES_LIST.match(box.get("id") or "")
    holder = box.getparent()
    if not match or holder is None or match.group(1) not in (holder.get("id") or ""):
        return None
    for sib in box.itersiblings(preceding=True):  # the comment's block, or a box around it (JComments' rbox)
        found = next((index_of[el] for el in sib.iter() if el in index_of), None)
        if found is not None:
            return found
    return None


def _clean_author(author: str) -> str:
    """The name alone: not Drupal's "(not verified)", a "Says" after it, or the comment's age run into
    it ("Miles Taylor 12 days ago")."""
    name = _SAYS_AFTER.sub("", _NOT_VERIFIED.sub("", author))
    when = find_time(name)
    if when and when.end() == len(name.rstrip(" .")) and when.start() > 0:
        name = name[:when.start()].rstrip(" ,·|-–—")
    return name or author


_COUNTED_HEADING = re.compile(r"^[^\d()\n]{2,40}\(\d{1,6}\)$")


def _to_comments(items: list[list]) -> list[Comment]:
    all_parts = {part for item in items for part in item}
    comments: list[Comment] = []
    index_of: dict = {}
    depth_stack: list[tuple[int, int]] = []
    read = []
    for item in items[:MAX_COMMENTS]:
        for keep_quotes in (False, True):  # a comment that is all quotation is still a comment
            author = time = None
            texts = []
            for part in item:
                nested = {d for d in part.iterdescendants() if d in all_parts}
                part_author, part_time, body = _find_meta(part, nested)
                author, time = author or part_author, time or part_time
                text, line_author, line_time = _item_text(part, body, nested, author, primary=part is item[0],
                                                          keep_quotes=keep_quotes)
                author, time = author or line_author, time or line_time
                texts.append(text)
            text = "\n".join(t for t in texts if t).strip()
            if text or not any(_is_quotation(el) for part in item for el in part.iter("blockquote", "aside", "div")):
                break
        if text and not (author or time) and _COUNTED_HEADING.match(text):
            continue  # the thread's heading with its count, in any language ("வாசகர் கருத்து (6)")
        if text:
            # (A Tumblr reblog's added words are a link to the reblog itself: still the reader's words.)
            links = _link_density(item, all_parts) > 0.6 and len(text.split()) < 25 and not _is_tumblr_note(item[0])
            read.append((item, text, author, time, links))
    # Widgets (top commenters, recent posts) are names and links, not prose: when most of the items are
    # links, those are dropped. In a thread of prose a comment that is only a link (spam, a reader's
    # "see this") is a comment like the others, to be moderated.
    widget = sum(links for *_, links in read) > 0.5 * len(read)
    indent_depth = _indent_depths([item for item, *_ in read])
    number_of: dict[str, int] = {}  # post numbers in the ids of the comments' elements -> comment index
    id_index: dict[str, int] = {}  # the ids of the comments' elements -> comment index
    latest: dict[str, int] = {}  # earlier commenters by name, for addressed replies
    for item, text, author, time, links in read:
        if links and widget:
            continue
        parent = None
        for level, anc in enumerate(item[0].iterancestors()):
            if anc in index_of:
                parent = index_of[anc]
                break
            replied = _replies_list_of(anc, index_of)
            if replied is not None:
                parent = replied
                break
            if level < 4 or _REPLIES_BOX.intersection((anc.get("class") or "").split()):
                # Drupal's replies sit in a div.indented right after the comment they answer; so do others'
                # lists of replies, unnamed (li > article + ul of replies; DC Inside's li after the comment's li)
                prev = anc.getprevious()
                # (past the "Hide replies (2)" button between a comment and its replies)
                while prev is not None and (not isinstance(prev.tag, str) or prev.tag == "button" and _words(prev) <= 5):
                    prev = prev.getprevious()
                # (not a comment's own block after its sibling: Slashdot's hidden li.comment, holding replies,
                # does not answer the li.comment before it)
                if prev is not None and prev in index_of and not (
                        anc.tag == prev.tag and any(_ITEM_TOKEN.match(tok) for tok in (anc.get("class") or "").split())):
                    parent = index_of[prev]
                    break
        if author:
            author = _clean_author(author)
        named = _REPLYING_TO_LINE.match(text)
        if named and named.group(1).lower() in latest:
            # OpenWeb's "↩ Replying to Kevin R." over a reply: thread furniture naming an earlier commenter
            text = text[named.end():].lstrip()
            parent = parent if parent is not None else latest[named.group(1).lower()]
        replied_to = _replied_to(item, id_index) if id_index else None
        parent = replied_to if replied_to is not None else parent
        if parent is None:
            parent = _quoted_parent(item, comments, number_of, latest)
        if parent is None:
            parent = addressed_parent(text, latest)
        depth = _depth_class(item[0])
        if depth is None:
            depth = indent_depth.get(item[0])
        if parent is None and depth is not None:
            # Flat lists that mark replies only by depth-N classes.
            while depth_stack and depth_stack[-1][0] >= depth:
                depth_stack.pop()
            parent = depth_stack[-1][1] if depth_stack else None
        index = len(comments)
        if depth is not None:
            depth_stack.append((depth, index))
        for part in item:
            index_of[part] = index
            for el in (part, part.getparent()):  # (the li around a comment's block, not the thread's list)
                if el is not None and el.get("id") and (el is part or el.tag == "li"):
                    id_index.setdefault(el.get("id"), index)
            for el in (part, *part.iterancestors()):  # phpBB's div#p90026 holds the post; XenForo's article
                found = _REFERENCE_NUMBER.search(el.get("id") or el.get("data-content") or "")
                if found:
                    number_of.setdefault(found.group(1), index)
                    break
        comments.append(Comment(index=index, text=text, author=author, time=time, parent=parent))
        remember_author(latest, author, index)
    return comments


# --- the page ------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters one by one: `in` scans a string at memory speed, the pattern character by
# character; most pages have none, and then the pattern need not run.
_CONTROL_CHAR_LIST = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f))


def parse(text: str, json_ld: list | None = None):
    """An lxml tree of the page without scripts, styles and other non-text content; None when empty.
    A list passed as `json_ld` receives the page's JSON-LD documents, parsed, before the scripts go."""
    if len(text) > HTML_TRUNCATE:
        text = text[:HTML_TRUNCATE]
    # lxml refuses str input with an encoding declaration; it is already decoded.
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    # A stray control character (a BEL in a story's list) is not XML text: trafilatura then drops the
    # whole article. Tabs and line breaks stay.
    if any(char in text for char in _CONTROL_CHAR_LIST):
        text = _CONTROL_CHARS.sub("", text)
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if json_ld is not None:
        json_ld.extend(json_ld_documents(root))
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    _test_ids_as_classes(root)
    lowered = text.lower()
    if any(word in lowered for word in _FOREIGN_COMMENT_STEMS):  # (cheaper than a walk over the elements)
        _foreign_names_as_classes(root)
    return root


# Sites outside the English-speaking world name their threads in their own language (Polish
# div.komentarz, Brazilian glbComentarios, Italian li.commento): each such class name also joins the
# element's classes in English, so the rules read it.
_FOREIGN_COMMENT = re.compile(
    r"komentarz(?:e|y)?|kommentar(?:e|er|en)?|commentaires?|comentarios?|commenti|commento|reacties?|yorum(?:lar)?"
    r"|komentar(?:e|i|y)?|prispev(?:ek|ky|ok|ky)|sxoli(?:o|a)|kommentt(?:i|it|ien|eja)?", re.I)  # (Czech and Slovak "příspěvek"; Greek "σχόλιο" in Latin letters)
_FOREIGN_COMMENT_STEMS = ("komentar", "kommentar", "commentaire", "comentario", "commento", "commenti", "reactie", "yorum",
                          "prispev", "sxoli", "kommentt")
_PLURAL_ENDINGS = ("e", "y", "er", "en", "s", "i", "lar")
_CLASSED = etree.XPath("//*[@class]")


def _in_english(match: re.Match) -> str:
    word = match.group(0).lower()
    plural = (word.endswith(_PLURAL_ENDINGS) or word == "sxolia") and not word.endswith(("commento", "kommentar", "kommentti"))
    return ("Comments" if plural else "Comment") if match.group(0)[0].isupper() else ("comments" if plural else "comment")


# the parts of such a comment, in the same name ("komentarz__autor", "commento__data", "glbComentarios-nome-usuario")
_FOREIGN_PARTS = {
    "author": re.compile(r"(?<![a-z])(?:autore?|auteur|nome[-_]usuario|nombre[-_]usuario|usuario|utente|utilisateur|"
                         r"u[zż]ytkownik|kullanici|onoma|nimimerkki|nimi)(?![a-z])", re.I),
    "date": re.compile(r"(?<![a-z])(?:data|datum|fecha|czas|cas|tarih|wra|imerominia|aika|pvm)(?![a-z])", re.I),
    "text": re.compile(r"(?<![a-z])(?:testo|texto|tre[sś][cć]|contenu|inhalt|conteudo|contenido|tekst|teksti|corpo|cuerpo|keimeno)(?![a-z])",
                       re.I),
}


def _foreign_names_as_classes(root) -> None:
    comments = []
    for el in _CLASSED(root):
        cls = el.get("class")
        if cls and _FOREIGN_COMMENT.search(cls):
            added = []
            for tok in cls.split():
                if _FOREIGN_COMMENT.search(tok):
                    added.append(_english_part(_FOREIGN_COMMENT.sub(_in_english, tok)))
            el.set("class", f"{cls} {' '.join(added)}")
            comments.append(el)
    # Parts named on their own inside such a comment (Czech li.d-prispevek > a.d-autor + span.d-cas): in English too.
    seen = set()
    for comment in comments:
        for el in comment.iterdescendants():
            cls = el.get("class") if isinstance(el.tag, str) else None
            if not cls or el in seen or _FOREIGN_COMMENT.search(cls):
                continue
            seen.add(el)
            added = [part for tok in cls.split() if (part := _english_part(tok)) != tok]
            if added:
                el.set("class", f"{cls} {' '.join(added)}")


def _english_part(tok: str) -> str:
    for english, foreign in _FOREIGN_PARTS.items():
        tok = foreign.sub(english, tok)
    return tok


# Sites styled by CSS-in-JS have hashed class names ("css-q1w2e3") that say nothing; the names their own
# tests find elements by (data-testid="comment-container", data-qa=...) say what a block is.
_TEST_IDS = etree.XPath("//*[@data-testid or @data-test or @data-qa or @data-test-id]")


def _test_ids_as_classes(root) -> None:
    """Such a name (one word) that says comment or author joins the element's classes, so the rules read it."""
    for el in _TEST_IDS(root):
        for name in ("data-testid", "data-test", "data-qa", "data-test-id"):
            value = el.get(name)
            if value and len(value) <= 80 and " " not in value.strip() and _TEST_ID_WORDS.search(value):
                el.set("class", f"{el.get('class') or ''} {value}".strip())


_TEST_ID_WORDS = re.compile(r"comment|author|byline|username", re.I)  # the thread's words, not the story's


def _title(root) -> str:
    from trafilatura.metadata import extract_title

    from moderator.segment.title import page_title

    def trafilatura_title() -> str:
        try:
            return extract_title(root) or ""
        except Exception:  # noqa: BLE001 - trafilatura's metadata helpers are best effort
            return ""

    return page_title(root, trafilatura_title)


def _article_text(root, json_ld: list = ()) -> str:
    import trafilatura

    # fast=False (trafilatura's comparison with readability and jusText) rescues a few short pages
    # whose fast result is menus and headlines (+0.002 article F1 on the training pages), but costs
    # about a tenth of the segmentation time: the speed goal wins. Run only where the fast result has
    # no prose, it rescued one training page of the 27 it ran on, for ~5 % more time: not kept. Run
    # where the fast text had under 30 words of prose and the page's <p>s 50 words it left out, it
    # rescued 2 of 966 training pages (0.942 -> 0.944) and harmed none, but on the test pages it
    # harmed 2 and rescued none (0.925 -> 0.923, 2026-11-29): not kept either. Such a page may build
    # its story with scripts; then its meta description is the story.
    doc = trafilatura.bare_extraction(root, include_comments=False, fast=True, with_metadata=False, favor_recall=False)
    text = _without_menus(doc.text, root) if doc is not None and doc.text else ""
    text = _with_article_body(text, root)
    if json_ld:
        text = _with_body(text, (article_body_from_json_ld(json_ld) or "").split("\n"))
    if _prose_words(text) < _MIN_PROSE:
        text = _with_description(text, root)
    if not text:
        return ""
    return _complete_story(text, root)


# Fewer words of prose than this and the extraction is taken for menus and headlines.
_MIN_PROSE = 15
_SENTENCE_ENDS = ('.', '!', '?', ':', '"', '”', "'")


def _prose_words(text: str) -> int:
    """Words in the text's prose lines: a paragraph (25 words or more), or a sentence of 8 words or
    more. Headline and menu lines are shorter or end without a full stop."""
    count = 0
    for line in text.split("\n"):
        words = len(line.split())
        if words >= 25 or words >= 8 and line.rstrip().endswith(_SENTENCE_ENDS):
            count += words
    return count


_DESCRIPTION_NAMES = ("og:description", "description", "twitter:description")


def _with_description(text: str, root) -> str:
    """A page that builds its story with scripts leaves no prose in the HTML but its summary in
    <meta name="description"> (or og:/twitter:description): that summary, before what was extracted,
    unless the text already says most of it."""
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name not in _DESCRIPTION_NAMES:
            continue
        summary = " ".join((meta.get("content") or "").split())
        words = re.findall(r"\w+", summary.lower())
        if len(words) < _MIN_PROSE:
            continue
        have = set(re.findall(r"\w+", text.lower()))
        if sum(word in have for word in words) >= 0.5 * len(words):
            return text
        # The summary is most often the story's opening: where the page holds it, the block holding it
        # is the story (a gallery caption trafilatura passed over), whole rather than cut at the summary's end.
        story = _block_opening_with(root, summary)
        return "\n".join(filter(None, [story or summary, text]))
    return text


def _with_article_body(text: str, root) -> str:
    """The page's one schema.org articleBody (itemprop="articleBody"; the thread already taken out) where
    trafilatura lost its opening and it holds half again as much prose as trafilatura kept: a story in
    spans and <br>s (Blogger's post body) is otherwise cut to its last paragraphs."""
    index = _page_index(root)
    bodies = [el for el in index["articlebody"] if _attached(el, index["tops"])]
    if len(bodies) != 1:
        return text
    return _with_body(text, _text(bodies[0]).split("\n"))


def _with_body(text: str, lines: list[str]) -> str:
    """The story's body (its lines) instead of the extracted text, where the text lacks the body's opening
    and holds under two thirds of its prose."""
    lines = [line.strip() for line in lines if line.strip()]
    first = next((line for line in lines if _prose_words(line)), None)
    if first is None or " ".join(first.split()[:12]) in " ".join(text.split()):
        return text  # trafilatura has the story's opening: what it left out of the body is not the story
    body = "\n".join(lines)
    if _prose_words(body) > 1.5 * _prose_words(text) and len(body.split()) <= 5000:
        return body
    return text


_STORY_BLOCKS = ("p", "div", "td", "section", "article", "span", "font", "blockquote")


def _block_opening_with(root, summary: str) -> str | None:
    """The text of the smallest block whose text holds the summary's first and last words (a paragraph:
    its parent block, so that the paragraphs after it come too), or None."""
    words = summary.rstrip(" .…").split()
    opening, closing = " ".join(words[:10]).lower(), " ".join(words[-6:]).lower()
    best = None
    for el in root.iter(*_STORY_BLOCKS):
        if el.getparent() is None or el.tag == "body":
            continue
        joined = " ".join(el.text_content().split()).lower()
        # its closing words too: a teaser of the story elsewhere on the page ("... Read More") stops short
        if opening in joined and closing in joined and (best is None or len(joined) < best[0]):
            best = (len(joined), el)
    if best is None:
        return None
    block = best[1]
    if block.tag in ("p", "span", "font") and block.getparent() is not None and block.getparent().tag != "body":
        block = block.getparent()
    text = "\n".join(line for line in _text(block).split("\n") if line.strip())
    return text if len(text.split()) <= 3000 else None


_LAYOUT_CELL_WORDS = 100
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption")


def _unwrap_layout_tables(root) -> None:
    """Old pages lay out the whole page in a table (menu cell, story cell, sidebar cell): trafilatura
    writes a table as "| cell | cell |" rows, the story one long row among menus (then the line model
    drops it), and scores table cells as data rather than as a story's block. A table with a cell of
    more than a hundred words is layout, not data: it becomes plain blocks (divs) before extraction."""
    for table in list(root.iter("table")):
        if table.tag != "table":
            continue  # a table inside one already unwrapped
        if any(len(cell.text_content().split()) > _LAYOUT_CELL_WORDS for cell in table.iter("td", "th")):
            for el in table.iter(*_TABLE_PARTS):
                el.tag = "div"


_MAX_PARAGRAPHS = 3000
# Class and id words of a byline or dateline block ("byline", "post-date", "entry-meta", "author").
_BYLINE_NAME = re.compile(r"(?:^|[-_\s])(?:byline|author|date|dateline|time|timestamp|posted|postmeta|meta|metadata|"
                          r"postmetadata|stamp|created|published|updated)(?:$|[-_\s])", re.I)
_CAMEL = re.compile(r"([a-z])([A-Z])")  # "dateStamp" -> "date Stamp"
_BYLINE_WORDS = 14
_BY = re.compile(r"^(?:posted |written |published )?by\b", re.I)


def _complete_story(text: str, root) -> str:
    """trafilatura's text with what it leaves out of the story itself: the byline above the first
    paragraph, and the rest of a story split into several blocks."""
    paragraphs = []
    for p in root.iter("p"):
        words = p.text_content().split()
        if len(words) >= 8:
            paragraphs.append((p, " ".join(words)))
            if len(paragraphs) >= _MAX_PARAGRAPHS:
                break  # a story's paragraphs come well before this; a 20 MB page stays quick
    # A paragraph is in the text when it is one of its lines or inside one (trafilatura may join
    # paragraphs); on a huge page only whole lines are compared, so the test stays linear.
    lines = {" ".join(line.split()) for line in text.split("\n")}
    flat = " ".join(text.split()) if len(text) * len(paragraphs) < 50_000_000 else ""
    present = {line for _, line in paragraphs if line in lines or (flat and line in flat)}
    kept: dict = {}
    for p, line in paragraphs:
        if line in present:
            kept[p.getparent()] = kept.get(p.getparent(), 0) + len(line.split())
    if not kept:
        return text
    main = max(kept, key=kept.get)  # the block that holds most of the extracted paragraphs
    scope = main
    for _ in range(3):
        if scope.getparent() is None or scope.getparent().tag in ("body", "html"):
            break
        scope = scope.getparent()
    first = next(p for p, line in paragraphs if line in present)
    text = _with_byline(text, scope, first, flat or lines)
    text = _with_loose_runs(text, main, flat)
    return _with_continuations(text, paragraphs, present, kept, main, scope)


# Tags that flow inside a run of text rather than break it.
_INLINE = {"a", "span", "em", "strong", "b", "i", "u", "font", "abbr", "cite", "code", "small", "sup", "sub",
           "q", "mark", "del", "ins", "s", "strike", "big", "tt", "acronym", "time", "label"}
_BREAKS = ("p", "div", "br", "ul", "ol", "li", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def _loose_runs(block) -> list[tuple[str, int, bool]]:
    """The runs of text a block holds outside any paragraph element (its own text and inline
    children's, up to the next block-level child or line break): each with its words in links and
    whether a <p> came before it."""
    runs, run, linked, after_p = [], [block.text or ""], 0, False
    for child in block:
        # An inline tag left open around paragraphs (<font><em></p><p>Related Posts ...) is no run.
        if isinstance(child.tag, str) and child.tag in _INLINE and next(child.iter(*_BREAKS), None) is None:
            words = child.text_content()
            run.append(words)
            linked += len(words.split()) if child.tag == "a" else 0
        else:
            runs.append((" ".join("".join(run).split()), linked, after_p))
            run, linked = [], 0
            after_p = after_p or child.tag == "p"
        run.append(child.tail or "")
    runs.append((" ".join("".join(run).split()), linked, after_p))
    return runs


def _with_loose_runs(text: str, main, flat: str) -> str:
    """Old blog templates write a post's opening paragraph straight into its block, beside the <p>s
    that hold the rest ("<div id=post><h2>..</h2>We've hit a milestone ...<p>Here's a thanks"):
    trafilatura keeps the <p>s only. Such a run of prose in the block that holds the extracted
    paragraphs (15 words or more, few of them links', ending a sentence) is the story too, before or
    after them as it stands."""
    if not flat:
        return text
    before, after = [], []
    for run, linked, after_p in _loose_runs(main):
        words = len(run.split())
        if words >= 15 and linked < 0.3 * words and run[-1:] in ".!?\"”)" and run not in flat:
            (after if after_p else before).append(run)
    return "\n".join([*before, text, *after])


def _byline_named(el) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_BYLINE_NAME.search(_CAMEL.sub(r"\1 \2", names)))


def _byline_line(el, seen) -> tuple[str, bool, bool] | None:
    """The element's text, whether it opens with "by" and whether it holds a time, when it reads as a
    byline or dateline ("By Scott Shane", "July 23, 2012 10:48 AM EDT") and is not in the text yet."""
    line = " ".join(el.text_content().split())
    if not 1 <= len(line.split()) <= _BYLINE_WORDS or line in seen:
        return None
    by, dated = bool(_BY.match(line)), bool(find_time(line))
    return (line, by, dated) if by or dated else None


def _with_byline(text: str, scope, first, seen) -> str:
    """trafilatura drops the story's byline and dateline ("By Scott Shane", "by John on July 22,
    2012"); readers (and the gold texts) keep them. Of the blocks in the story's scope before its first
    paragraph named as a byline or date ("byline", "post-date", "dateStamp", "blog-info-created",
    "postmetadata") that read as one, the first "by ..." line goes before it, and the first date line
    too when that one has no date (a name and a date are often two blocks). A "Posted by" line under
    the story is left as it is: the gold texts keep it on about half the training pages that have one,
    and adding it moved nothing."""
    taken: list[tuple] = []  # (element, line, opens with "by", holds a time)
    for el in scope.iter():
        if el is first:
            break
        if not isinstance(el.tag, str) or not _byline_named(el):
            continue
        found = _byline_line(el, seen)
        # A block inside one already taken (span.date in div.post-meta) is part of its line.
        if found is not None and not any(old[0] in el.iterancestors() or old[1] == found[0] for old in taken):
            taken.append((el, *found))
    by_line = next((t for t in taken if t[2]), None)
    date_line = None if by_line and by_line[3] else next((t for t in taken if not t[2] and t[3]), None)
    added = [t[1] for t in (by_line, date_line) if t]
    if not added:
        return text
    lines = text.split("\n")
    start = " ".join(first.text_content().split())
    at = next((i for i, old in enumerate(lines) if " ".join(old.split()) == start), len(lines))
    return "\n".join(lines[:at] + added + lines[at:])


def _with_continuations(text: str, paragraphs: list, present: set, kept: dict, main, scope) -> str:
    """News sites split a long story into several blocks of one markup around an inline rail or ad
    (two <article> blocks in div#article_body): trafilatura keeps the first. Blocks of the same tag and
    classes near the extracted one, holding paragraphs it left out and no heading of their own (a
    separate post or teaser has one), are the rest of the story."""
    shape = (main.tag, sorted((main.get("class") or "").split()))
    inside_main = set(main.iterancestors())
    added = []
    for block in scope.iter(main.tag):
        if block is main or block in kept or block in inside_main or (block.tag, sorted((block.get("class") or "").split())) != shape:
            continue
        if any(anc is main for anc in block.iterancestors()) or next(block.iter("h1", "h2", "h3"), None) is not None:
            continue
        missing = [line for p, line in paragraphs if p.getparent() is block and line not in present]
        if len(missing) >= 2 and sum(len(line.split()) for line in missing) >= 50:
            added += missing
    return "\n".join([text, *added]) if added else text


def _without_menus(text: str, root) -> str:
    """When trafilatura finds no article block it falls back to the whole page's text: menus, headline
    lists and the story's few lines. Such a dump is mostly link text; keep only its lines that are
    not a link's text and have a few words (a short photo or video post's caption and intro)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or sum(len(line.split()) <= 15 for line in lines) < 0.3 * len(lines):
        return text  # mostly paragraphs: a story (menu entries and headlines are short)
    link_texts = {" ".join(a.text_content().split()).lower() for a in root.iter("a")}
    is_link = [" ".join(line.split()).lower() in link_texts for line in lines]
    link_words = sum(len(line.split()) for line, linked in zip(lines, is_link) if linked)
    if sum(is_link) < 0.3 * len(lines) or link_words < 0.4 * sum(len(line.split()) for line in lines):
        return text
    return "\n".join(line for line, linked in zip(lines, is_link) if not linked and len(line.split()) >= 3)


def _hidden(el) -> bool:
    return bool(_HIDDEN_STYLE.search(el.get("style") or "")) or el.get("hidden") is not None or any(
        tok in ("hidden", "hide") for tok in (el.get("class") or "").split())


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
    forms = list(el.iter("form"))
    return bool(forms) and _words(el) - sum(_words(form) for form in forms) < 5


def find_items(root) -> tuple[list[list], bool]:
    """Comment items, each the list of its elements, in page order; and whether a thread container was
    found but its blocks turned down (then no looser rule should read a thread into the page)."""
    items = _shown(_heads_to_comments(_pick_group([el for el in _markup_items(root)
                                                   if not _is_post_meta(el) and not _only_a_form(el)])))
    if sum(_words(part) for item in items for part in item) < 5:
        items = []  # a lone "Comments (1)" link named comment is not the thread
    if len(items) == 1 and next(items[0][0].iter("textarea"), None) is not None and not any(
            c.author or c.time for c in _to_comments(items)):
        # a block holding the box to write in is the thread's, not a comment: an empty widget's (its count
        # "0 коментарів", sign-in buttons) or one whose comments the looser rules below find
        items = []
    if len(items) == 1:
        # a lone block named as a comment that holds a thread's repeated blocks is the thread's wrapper
        # (Waline's div.comment-wrap around its div.wl-card-item comments)
        inside = [item for item in _container_items(root) if items[0][0] in item[0].iterancestors()]
        if len(inside) >= 2 and sum(1 for c in _to_comments(inside) if c.author) >= 2:
            items = _shown(inside)  # (each with its commenter's name: not the paragraphs of one comment)
    if not items:
        items = _shown(_pick_group([el for el in _anchored_items(root) if not _in_sidebar(el)]))
    if not items:
        items = _shown(_anchor_runs(root))
    if not items:
        # Without comment markup the evidence is weaker: a block hidden itself (TypePad's
        # div.hiddenBox previews and captcha notes) is no comment either.
        items = [item for item in _shown(_container_items(root)) if not _hidden_box(item[0])]
        comments = _to_comments(items) if items else []
        if comments and not any(c.author or c.time for c in comments) and (
                len(comments) < 2 or sum(len(c.text.split()) for c in comments) < 20 * len(comments)):
            return [], True  # no byline and no prose: contest entries or a sign-up box in #comments
    return items, False


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


def _header_region(root) -> list:
    """Without comment markup: the elements after a heading that names the thread ("Comments",
    "12 Responses to ...", "3 thoughts on ..."), up to the end of its container."""
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
    for header in reversed(headers):
        node = header
        while node is not None and node.tag not in ("body", "html"):
            region = [sib for sib in node.itersiblings() if isinstance(sib.tag, str)]
            if sum(_words(sib) for sib in region) >= 8:
                return region
            node = node.getparent()
    return []


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


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
    cache = getattr(_PAGE, "cache", None)
    if cache is not None:
        cache.pop("word_counts", None)  # the blocks around it hold fewer words now


def _thread_root(items: list[list]):
    """The smallest container that holds every item and not much else (header, form)."""
    parts = [part for item in items for part in item]
    if not parts:
        return None
    others = [set(p.iterancestors()) for p in parts[1:]]
    common = next((anc for anc in parts[0].iterancestors() if all(anc in o for o in others)), None)
    if common is None or common.tag in ("body", "html") or _has(common, _ARTICLE_TOKEN):
        return None  # a thread flat in the post's own block (old TypePad) is taken out part by part
    part_set = set(parts)
    items_words = sum(_words(p) for p in parts if not any(a in part_set for a in p.iterancestors()))
    if _words(common) - items_words > 120:
        return None
    node = common
    # Climb while the parent is still mostly thread (adds the "12 Comments" header and the reply form).
    while node.getparent() is not None and node.getparent().tag not in ("body", "html"):
        up = node.getparent()
        # Stop before the article: a short story beside its thread adds few words but has its headline,
        # or its block named as the post (Blogger's div.post.hentry beside its comments).
        if _words(up) - _words(node) > 60 or _has(up, _ARTICLE_TOKEN) or any(
                h is not node and node not in h.iterancestors() for h in up.iter("h1")) or any(
                _has(d, _ARTICLE_TOKEN) for sib in up if sib is not node and isinstance(sib.tag, str)
                for d in sib.iter() if isinstance(d.tag, str)):
            break
        node = up
    if _words(node) - items_words > 120:
        return None  # the items' common ancestor also holds other text (the article, menus)
    return node


_POST_COPY = re.compile(r"(?:^|[-_ ])(?:post|entry|article)[-_]?(?:title|message|body|content|text)(?:$|[-_ ])", re.I)


def _drop_hidden_copies(root) -> None:
    """Comment systems keep a hidden copy of the post for themselves (TypePad's and Disqus's
    display:none #tpc_post_message, #disqus_post_title): it is neither a comment nor the article."""
    removed = False
    for el in _page_index(root)["styled"]:
        if _HIDDEN_STYLE.search(el.get("style")) and _POST_COPY.search(f"{el.get('id') or ''} {el.get('class') or ''}"):
            _remove(el)
            removed = True
    if removed:
        _PAGE.cache = None  # the index holds the copy: the rules read the page without it


def _position(el, tops: list) -> tuple:
    """Document order of an element still in the document (its top-level block, then its path)."""
    path = []
    node = el
    while (parent := node.getparent()) is not None:
        path.append(parent.index(node))
        node = parent
    return (next(i for i, top in enumerate(tops) if top is node), *reversed(path))


def _reply_forms(root) -> list:
    """Reply forms still in the page, in page order: a form with a text area, and WordPress's #respond
    block around it (was //form[.//textarea] | //*[@id='respond' or @id='commentform' or @id='reply-title'])."""
    index = _page_index(root)
    tops = index["tops"]
    found = [el for el in index["forms"] if _attached(el, tops) and next(el.iterdescendants("textarea"), None) is not None]
    named = [el for el, _, ident, _ in index["named"] if ident in ("respond", "commentform", "reply-title") and _attached(el, tops)]
    if not found or not named:
        return found or named
    return sorted(dict.fromkeys(found + named), key=lambda el: _position(el, tops))


def _drop_sidebars(root) -> None:
    """Sidebars (blogrolls, "Recently cataloged", recent comments) are never the story, but trafilatura
    sometimes keeps one after it. A block named "sidebar" that holds most of the page is its body."""
    index = _page_index(root)
    sidebars = [el for el, _, _, name in index["named"] if _may_name_sidebar(name) and _has(el, _SIDEBAR_TOKEN)
                and _attached(el, index["tops"])]
    page_words = _words(root) if sidebars else 0  # a walk of the whole page: only when there is one
    for el in sidebars:
        if el.getparent() is not None and _words(el) < 0.3 * page_words and next(el.iter("h1"), None) is None:
            _remove(el)


def _story_asides_as_blocks(root, title: str) -> None:
    """An <aside> holding the story's own headline is the story (celebbabylaundry's
    aside.blogPost), but trafilatura drops every <aside> as boilerplate: read it as a plain block."""
    if not title:
        return
    wanted = " ".join(title.split()).lower()
    for el in list(root.iter("aside")):
        if _has(el, _SIDEBAR_TOKEN):
            continue
        if any(" ".join(h.text_content().split()).lower() == wanted for h in el.iter(*_HEADINGS)):
            el.tag = "div"


def segment_html(text: str, article_model: bool = True) -> tuple[str, str, list[Comment], list[str]]:
    """(title, article text, comments, notes) of an HTML page; notes say what the limits left unread.
    With `article_model`, the shipped article line model (article_lines.py) takes its last pass over
    the article text."""
    title, article, comments, extra = split_html(text, article_model=article_model)
    return title, article, comments, extra["notes"]


_THREAD_CUT = f"thread cut at its first {MAX_COMMENTS} comments: any after them were not read"


def split_html(text: str, article_model: bool = True, details: bool = False):
    """(title, article, comments, details). details["notes"] says what the page's limits left unread (a
    page longer than HTML_TRUNCATE, a thread longer than MAX_COMMENTS). With `details` (training the line
    model), details also holds "lines": the article's lines before the line model's pass, with their
    features; the line model is then not applied."""
    notes = []
    if len(text) > HTML_TRUNCATE:
        notes.append(f"page cut at its first {HTML_TRUNCATE // (1024 * 1024)} MiB of HTML: "
                     "comments after that point were not read")
    json_ld: list = []
    root = parse(text, json_ld)
    if root is None:
        return "", "", [], {"lines": ([], []), "notes": notes} if details else {"notes": notes}
    _drop_hidden_copies(root)
    title = _title(root)
    items, turned_down = find_items(root)
    opener = _topic_opener(root, items)
    opener_text = ""
    if opener is not None:
        opener_text = "\n".join(c.text for c in _to_comments(items[:1]))
        items = items[1:]  # left in the page, for the article
    comments = _to_comments(items)
    if len(items) >= MAX_COMMENTS:
        notes.append(_THREAD_CUT)
    thread = _thread_root(items)
    if thread is not None and opener is not None and thread in opener.iterancestors():
        thread = None  # the replies are taken out one by one around it
    if not comments and json_ld:
        # No thread in the markup (a script draws it), but the page states its comments for search engines.
        comments = comments_from_json_ld(json_ld, MAX_COMMENTS)
        if len(comments) >= MAX_COMMENTS:
            notes.append(_THREAD_CUT)
    if not comments and not turned_down:
        region = _header_region(root)
        comments = _region_comments(region)
        if title and any(title.lower() in c.text.lower() for c in comments):
            comments = []  # the "thread" holds the article's own headline: it is the article
        comment_words = sum(len(c.text.split()) + 3 for c in comments)
        # Take the region out of the article only when it is the thread and little else.
        items = [[el] for el in region] if comments and sum(_words(el) for el in region) <= comment_words * 1.3 + 150 else []
        thread = None
    extra = {"notes": notes}
    # Take the thread out before the article is extracted, so no comment leaks into it.
    if thread is not None:
        _remove(thread)
    else:
        part_set = {part for item in items for part in item}
        for part in part_set:
            if part.getparent() is not None and not any(a in part_set for a in part.iterancestors()):
                _remove(part)
    for el in _NAMED_THREADISH(root):
        if _has(el, _CONTAINER_TOKEN) and el.getparent() is not None and _words(el) < 400 and not _a_story(el):
            _remove(el)  # empty threads, comment forms and counters
    for el in _reply_forms(root):
        # ASP.NET pages wrap the whole page in one form: only a form of a few words is the reply form.
        if el.getparent() is not None and _words(el) < 150:
            _remove(el)  # "Leave a reply", "Name (required)", "Mail (will not be published)"
    _drop_sidebars(root)
    _story_asides_as_blocks(root, title)
    _unwrap_layout_tables(root)
    article = _article_text(root, json_ld)
    if opener_text and (not _holds_most_of(article, opener_text) or len(article.split()) > 1.5 * len(opener_text.split())):
        # the extractor passed over the opening post, or read the forum's chrome around it (a table
        # layout's menus and poster boxes): the post is the story all the same
        article = opener_text
    _PAGE.cache = None  # the page's caches go with it
    if title and article.startswith(title):
        article = article[len(title):].lstrip()
    elif title:
        # The headline under a line or two of navigation ("« Previous post | Main"): said once, as the title.
        lines = article.split("\n")
        at = next((i for i, line in enumerate(lines[:3]) if line.strip() == title), None)
        if at is not None:
            article = "\n".join(lines[:at] + lines[at + 1:])
    if details:
        from moderator.segment.article_lines import line_features, link_texts

        lines = [line for line in article.split("\n") if line.strip()]
        extra["lines"] = (lines, line_features(lines, link_texts(root), title))
    elif article_model:
        from moderator.segment import article_lines

        bundle = article_lines.load()
        if bundle is not None:
            article = article_lines.filter_article(article, root, title, bundle)
    return title, article, comments, extra
