"""What a page's markup says: the class and id words of threads, comments and their parts, the page's index of
named elements (per page, per thread), sidebars, and the text and word counts of subtrees."""

import functools
import re
import threading
from collections import Counter

from lxml import etree

from moderator.segment.words import word_count


# A thread longer than this is cut (the page still answers, in bounded time).
MAX_COMMENTS = 5000


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
    r"comment[-_]?\d+|h-cite|p-comment|comtr|cmt|contribution|posting|memory[-_]entry|tribute(?:[-_]item)?|condolence[-_]entry|gb[-_]entry|donation|status-reply|(?:user|customer|reader)[-_]?review|(?:[a-z0-9]+[-_])*k?discuss(?:ion)?[-_](?:post|item|entry)|commento[-_]card|guest[-_]?book[-_]?entry[\w-]*|feedback-list__item|(?!(?:no|leave|add|post|write|new|your|form|submit|fb|block)[-_])[a-z0-9]+[-_]comment)$",
    re.I,
)
# (the messages left on a memorial, a wedding site or a fundraiser: Tributes.com's div.memory_entry, ForeverMissed's
# div.tribute-item, MuchLoved's table.tribute, a guest book's div.gb-entry, JustGiving's li.donation with its message;
# Kunena's discuss bot under a Joomla article: div.kdiscuss-item; IntenseDebate's comments are div#IDComment-123; iDNES's and Le Monde's div.contribution; Mastodon's replies
# div.status.status-reply; readers' reviews, Metacritic's li.review.user_review: not a critic's review, the page's story)
# (and Wikia's li#comm-18811; uCoz's div#comEnt1; Salon's readers' letters, div.letter#letter_1088410, not a newsletter box; LiveJournal's div#ljcmt4471263)
_ITEM_ID = re.compile(r"(?:^|[-_]|(?<=^id)|(?<=^lj))(?:comment|comments|cmt|com|comm|coment|dsq-comment|letter)[-_]?\d+$", re.I)
# Class/id words with "comment" in them that name parts of a thread rather than one comment.
# ("top" alone or as in "topcomments": not Topix's div#topix_comments; "block-" opens the name of a Drupal
# sidebar block, div#block-comment-0.block-comment: the recent comments of other pages)
_NOT_ITEM_WORD = _FoldedPattern(r"^block[-_]|error|notice|alert|enabled|disabled|has|show|hide|leave|footer|form|respond|count|link|meta|author|date|time|reply|button|title|header|heading|nav|page|rss|feed|number|num|close|open|policy|rules|login|submit|input|text|content|avatar|vote|tool|widget|recent|latest|popular|top(?![a-z])|topcomment|toprated|most|commented|commentar(?!ea)|sidebar")


@functools.lru_cache(maxsize=4096)
def _not_item_word(name: str) -> bool:
    """_NOT_ITEM_WORD.search(name), remembered: a thread's few class names come back on every comment,
    and fifty words matched in any case cost ~10 µs a name."""
    return _NOT_ITEM_WORD.search(name) is not None


_CONTAINER_TOKEN = re.compile(
    r"^(?:comments?|commentlist|comment[-_]?list|comments?[-_]?(?:list|area|section|container|wrap|wrapper|block|box|thread|holder|stream|content|main|body)|"
    r"(?:user|reader|article|post|blog)[-_]?comments|discussion|disqus[-_]?thread|dsq[-_]?comments|responses|replies|reviews|reviews[-_](?:list|section)|reactions|talkbacks?|(?:have[-_]?)?your[-_]?say|"
    r"coral[-_]?(?:container|stream|talk)|comment[-_]?stream|livefyre|echo[-_]?stream|talk-stream|spcv_conversation|forum|"
    r"wl-cards|(?:[a-z]+[-_])?conversation|responses[-_]?(?:stream|list|thread)|[a-z]{1,3}[-_]reactions|(?:[a-z]+[-_])?guest[-_]?book)$",  # (Medium's div.responsesStream; RTBF's c-reactions; TownNews's div.tncms-guestbook)
    re.I,
)
# (a comment's part may glue its name to "comment", "comm" or "cmt": New Scientist's p.commdate, div.commtext, p.commreport;
# a badge that says "Author" is no name: Pluck's span.pluck-comm-badge-author)
_AUTHOR_TOKEN = re.compile(r"^(?!.*badge[-_])(?:[a-z0-9]+[-_])*?(?:(?:comment|comm|cmt)[-_]?)?(?:author|authors|fn|nickname|nick|user|username|user[-_]?name|name|full[-_]?name|display[-_]?name|commenter|poster|byline|by|ljuser|p-author|h-card|vcard|screen[-_]?name|author[-_]?name|comment[-_]?author|comment[-_]?user|dsq[-_]?comment[-_]?header|postedby|posted[-_]?by|tumblelog|hnuser)$", re.I)
_DATE_NAME = re.compile(r"^(?:[a-z0-9]+[-_])*?(?:cmt|comm)?(?:date|time|timestamp|datetime|ago|dt-published)$", re.I)  # no more than the date
_TIME_TOKEN = re.compile(r"^(?:[a-z0-9]+[-_])*?(?:(?:comment|comm|cmt)[-_]?)?(?:date|time|timestamp|datetime|published|posted|dt-published|ago|comment[-_]?date|comment[-_]?time|commentmetadata|comment[-_]?meta|meta|post[-_]?meta|metadata|post[-_]?date|date[-_]?time|posted[-_]?on|info|keyinfo|date[-_]?link|time[-_]?link|datetime[-_]?link)(?:[-_](?:above|below))?$", re.I)  # (ProPhoto's span.comment-meta-above)
_DROP_TOKEN = re.compile(
    r"(?:^|[-_]|^(?:comment|comm|cmt|msg|message|answer)[-_]?)(?:reply|replies|respond|navs|vote|votes|voting|rating|ratings|like|likes|score|karma|report|report[-_]?links|flag|share|sharing|edit|permalink|"
    r"toolbar|actions?|controls?|avatar|user[-_]?title|user[-_]?rank|user[-_]?info|user[-_]?stats|postprofile|photo|thumb|thumbs|buttons?|tools|links|footer|form|moderation|awaiting|badge|flair|userattrs|quote[-_]?link|disclaimer)(?:$|[-_])"
    r"|^(?:[a-z0-9]+[-_])*item[-_](?:from|via)$",  # (where the item was posted from: Echo's div.echo-item-from "from Discovery News", div.echo-item-via; not Weibo's div.WB_from, its time)
    re.I,
)  # (read from a name's start, or after "comment-" or "msg-" (Metro's div.comment-rating, WordPress.com's div.comment-likes,
# CodeProject's div.msg-actions "Reply · Email · View Thread · Permalink"; session 34: five
# of the blind sets' pages lose their rating rows, Dragnet unchanged), not anywhere in it: that cost Dragnet comment F1 in session 33)
# (nor CommentLuv's "NAME recently posted..TITLE" line, p.cluv: the Dragnet gold keeps it with the comment; dropped, session 34,
# Dragnet comment F1 fell 0.8988 -> 0.8969 on the test pages, 0.9716 -> 0.9702 on the training pages)
# (not a poster's signature, SB Nation's div.sig or a forum's post-signature: their own words under each comment, which
# the gold texts keep and a moderator should see; session 33: Dragnet comment F1 0.895 -> 0.899 on the test pages)
# A byline, date or furniture name: one pattern, so one test per element instead of three.
_META_TOKEN = re.compile("|".join(f"(?:{p.pattern})" for p in (_AUTHOR_TOKEN, _TIME_TOKEN, _DROP_TOKEN)), re.I)
# (not Bootstrap's colour utilities "bg-body" and "text-body", nor the poster's box: UBB.threads' td.author-content)
_BODY_TOKEN = re.compile(r"^(?!bg-body|text-body|author[-_]|poster[-_])(?:[a-z0-9]+[-_])*?(?:(?:comment|comm|cmt)[-_]?)?(?:content|text|message|body|body[-_]?text|entry|e-content|p-content|comment[-_]?text|commenttext|comment[-_]?content|comment[-_]?message|post[-_]?message|comment[-_]?entry|comment[-_]?copy|post[-_]?text|(?:post|comment)_message_\d+|postmessage_\d+|postmsg|kmsg|txtbox|usertxt|tie[-_]cnt)$", re.I)  # (NetEase's p.tie-cnt; "cnt" alone is as often a count)
_ARTICLE_TOKEN = re.compile(r"^(?:post|entry|article|story|hentry|h-entry|main|content|post[-_]?\d+|single|blog[-_]?post)$", re.I)
# Lines of thread furniture that sit inside comment markup: previews, forms, empty-thread notes, counters.
_FURNITURE = _FoldedPattern(
    r"this is only a preview|has not yet been posted|could not be posted|notify me of|subscribe without commenting|follow this conversation by subscribing|"
    r"(?:please )?enter your (?:name|e-?mail|comment)|is required|required fields|will not be published|"
    r"no comments(?: yet| found)?|be the first to|loading comments|^showing 0 of 0\b|(?:sign|log) ?(?:in|up)(?: or (?:register|sign ?up|create an account))? to (?:post|comment|reply)|"
    r"^powered by|^recommend\b|\brecommendations?$|show it anyway|comment hidden|see all \d+ comments|"
    r"^(?:post|add|leave|submit|write) (?:a |your )?(?:comment|reply|response)|^(?:cancel|preview|submit)$|"
    r"(?:reply|comment) has been submitted|awaiting moderation|pending approval|管理人のみ閲覧できます|^comments? (?:help|policy|guidelines)|^sort(?:ed)? by|"
    r"^(?:next|previous|older|newer)(?: comments)?\s*[»«]?$|^[«»‹›]|^(?:newest|oldest)$|trackback|pingback|"
    r"have an opinion|join the (?:conversation|discussion)|closed to new (?:comments|replies|posts)|"
    r"(?:comments?(?: (?:on|for) this (?:story|article|post|page|entry|blog post))? (?:are|is|have been|has been)|commenting(?: on this (?:story|article|post|page|entry))? (?:is|has been)) (?:turned off|switched off|disabled|closed)|"
    r"^(?:expand|collapse|show|read|see) (?:full|more|the full|whole)(?: comment| reply)?$|comments our editors|(?:comment|replies) (?:has|have) been deleted|"
    r"^(?:\d+|no|one) (?:comments?|responses?|reactions?|trackbacks?|pingbacks?)\W*(?:(?:\d+|no|one) (?:comments?|responses?|reactions?|trackbacks?|pingbacks?))?$|"
    r"^(?:posted|written|submitted) by\W*$|\bliked this(?: post)?\W*$|^(?:[\w .'-]{1,60} and \d+ others?|\d+ (?:people|others)) likes? this\.?$|"
    r"^from(?: (?:web|facebook|twitter|mobile|comments|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))?$|^(?:last )?edited by\b.{0,80}$|"
    r"^re:\s.{0,80}$|^(?:top|back to top|reply with quote|quote|multi-?quote|#\d+|comment link|link to (?:this )?comment)$|^reblogged this on|^\[(?:\.\.\.|…)\]|^\[\s*(?:reply(?: to this)?|quote|report(?: abuse)?)\s*\]$|^\(?\d+\)?$|^(?:recent|latest|top|most) (?:comments|commented)|"
    # what stands where a comment was taken down (no reader's words to moderate): "Removed by mod", "(Deleted
    # comment)", "[deleted]", "1 hidden comment" (by whom or alone: not a moderator's own "Comment removed. Let's keep it civil."), and as Korean, Russian, French, Spanish, Czech, Slovak, Thai and German sites write it
    # (and Pantip's comment number alone: "ความคิดเห็นที่ 1-1"; a Chinese thread's floor: "[1楼]")
    r"^\(?(?:deleted|removed) (?:comment|reply|post)\)?\.?$|^(?:comment|reply|post|message) (?:deleted|removed)(?:\s+(?:by|at the request of|for)\b|\W*$)|"
    r"^removed by (?:a |the )?(?:mod|moderator|admin)s?\b|^\[(?:deleted|removed)\]$|^\(?(?:post|comment|reply) withdrawn by (?:the |its )?author\b|"
    r"^this (?:comment|reply|post) (?:was|has been|is) (?:deleted|removed|hidden|minimized|marked as (?:off-topic|spam|abuse|outdated|duplicate))\b|"
    r"^answer selected by\b|^\(\s*user info\s*(?:\|[^)]{0,40})?\)$|^(?:best|accepted|top|chosen) answer$|^(?:show|hide) comment|^sign in to view$|^\d+ hidden (?:comments?|replies)$|"
    r"삭제된 댓글입니다|클린봇이 .{0,30}감지한 댓글입니다|^комментарий (?:удал[её]н|скрыт)|^(?:удал[её]нный|скрытый) комментарий$|^commentaire supprimé|^ce commentaire a été (?:supprimé|modéré|masqué)|"
    r"^comentario (?:eliminado|borrado)|^este comentario (?:está|esta) pendiente de (?:aprobación|aprobacion|moderación|moderacion)|^este (?:foro|hilo) ya (?:está|esta) cerrado|^os comentários (?:estão|estao) fechados|^este artigo já não aceita comentários|^příspěvek byl (?:smazán|odstraněn)|^(?:opinia|komentarz) (?:usunięt[ay]|został[ao]? usunięt[ay])|^ความคิดเห็นนี้ถูกลบ|^ความคิดเห็นที่ \d+(?:-\d+)?$|^\[?\d+\s?楼\]?$|^príspevok bol (?:zmazaný|odstránený)|^kommentar (?:gelöscht|entfernt)|^entfernt\. bitte|^dieses posting wurde .{0,40}gelöscht|^(?:#\d+\s+)?коментарът е скрит",
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
    and answers); an FAQ's questions, written by the publisher, name none. A question that holds the page's
    headline is the page's subject, its story (a question page of Avvo's: the answers are the thread)."""
    return any(d.get("itemprop") == "author" for d in el.iter(etree.Element)) and next(el.iter("h1"), None) is None


# A reader's answer on a question page where no schema.org Answer marks it: Stack Exchange's div.answer#answer-123,
# Answerbag's div.answer-wrap, Askville's table.answerTable#ans_1730021. Not an FAQ's, a poll's or a quiz's answer
# (the publisher's words, or a choice to tick).
_ANSWER_TOKEN = re.compile(r"^answer(?:[-_]?(?:wrap|wrapper|card|item|entry|block|table))?$", re.I)
_ANSWER_ID = re.compile(r"^(?:answer|ans)[-_]?\d+$", re.I)
_NOT_READERS_ANSWERS = re.compile(r"faq|poll|quiz|survey|trivia|vote", re.I)


def _named_answer(el) -> bool:
    return _has(el, _ANSWER_TOKEN) or _ANSWER_ID.match(el.get("id") or "") is not None


def _reader_answer(el) -> bool:
    """The outermost block named as a reader's answer (AskBot's div.answer around its div.answer-table)."""
    if not _named_answer(el):
        return False
    return not _NOT_READERS_ANSWERS.search(f"{el.get('class') or ''} {el.get('id') or ''}") and not any(
        _named_answer(anc) or _NOT_READERS_ANSWERS.search(f"{anc.get('class') or ''} {anc.get('id') or ''}")
        or "FAQPage" in (anc.get("itemtype") or "") for anc in el.iterancestors())


# (an obituary's guest book: its entries are readers' condolences, "GuestBookEntry")
# (and Tumblr's replies, li.note.reply, beside its reblogs li.note.reblog.with_commentary)
# (and the readers' reviews under a Dotdash Meredith recipe, div.feedback-list__item)
_COMMENTISH = re.compile(r"comment|cmt|comtr|(?:^|[\s_-])comm-\d|(?:^|\s)(?:memory[-_]entry|tribute(?:[-_]item)?|condolence[-_]entry|gb[-_]entry|donation)(?:\s|$)|contribution|(?:^|\s)posting(?:\s|$)|status-reply|(?:user|customer|reader)[-_]?review|discuss(?:ion)?-(?:post|item|entry)|(?:^|[\s_-])letter[-_]\d|talkback|h-cite|bbp-reply-position-|type-reply|guest-?book-?entr|coment\d|note reply|feedback-list__item", re.I)
# (OpenWeb, formerly Spot.IM, names its thread div.spcv_conversation; Waline div.wl-cards)
_THREADISH = re.compile(r"comment|discussion|respons|repl(?:y|ies)|reviews|reaction|talkback|disqus|dsq|coral|livefyre|echo|talk-stream|guest-?book"
                        r"|conversation|forum|wl-cards|your-?say", re.I)  # (Micro.blog: div.microblog_conversation)
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


_COMMENT_ID_ATTRIBUTES = frozenset(("comment_id", "commentid", "comment-id", "data-comment-id", "data-commentid"))
# The hooks sites put on elements for their own tests, where hashed classes say nothing (data-qa="comment",
# data-testid="comment-reply"), and custom elements named for one comment (<comment-item>, Lit's and Stencil's)
_TEST_HOOKS = frozenset(("data-qa", "data-testid", "data-test", "data-test-id", "data-cy", "data-hook"))
_HOOKED_COMMENT = re.compile(r"^(?:[a-z]+[-_])?(?:(?:comment|reply)(?:[-_]?(?:item|reply|card|entry|container|wrapper))?"
                             r"|response[-_]?(?:item|card|entry))$", re.I)  # (Medium's data-testid="responseCard")
_COMMENT_TAG = re.compile(r"^(?:[a-z0-9]+-)*(?:comment|reply)(?:-(?:item|card|entry))?$")
_NOT_A_BLOCK = frozenset(("a", "button", "span", "input", "label", "svg", "img", "form", "textarea", "time"))
_COMMENT_TYPES = frozenset(("item", "comment", "reply", "replyitem"))


_ARIA_COMMENT = re.compile(r"^(?:comment|reply|kommentar|kommentti|komentar|commentaire|comentario|commento|reactie|yorum)\b", re.I)


_ARIA_BY = re.compile(r"^\w+\s+(?:by|from|fra|från|von|de|da|di|van|od|af|par)\s+(.+)$", re.I)


def _aria_comment(el) -> bool:
    """An element its accessible name calls a comment ("Comment by Kari", "Kommentar fra Kari")."""
    return el.tag in ("article", "li", "div", "section") and _ARIA_COMMENT.match(el.get("aria-label") or "") is not None


def _hooked_comment(el, keys=None) -> bool:
    """A block its test hook or its custom element's name calls one comment: data-qa="comment", <comment-item>."""
    if el.tag in _NOT_A_BLOCK:
        return False
    if "-" in el.tag and _COMMENT_TAG.match(el.tag):
        return True
    return not _TEST_HOOKS.isdisjoint(keys if keys is not None else el.keys()) and any(
        _HOOKED_COMMENT.match(el.get(hook) or "") for hook in _TEST_HOOKS)


def _comment_id(el) -> str | None:
    found = next((el.get(name) for name in _COMMENT_ID_ATTRIBUTES if el.get(name)), None)
    if found is None and (el.get("comment-type") or "").lower() in _COMMENT_TYPES:
        return el.get("data-mid") or el.get("comment-type")  # Sina's div.item[comment-type="item"][data-mid=...]
    return found


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
                if ("class" in keys or "id" in keys) and "ns" in named[-1][3] and (not schema or schema[-1] is not el) and (
                        _reader_answer(el)):
                    schema.append(el)  # (a reader's answer, as schema.org's Answer would say)
                if "style" in keys:
                    styled.append(el)
                if (not _COMMENT_ID_ATTRIBUTES.isdisjoint(keys) or "aria-label" in keys and _aria_comment(el) or _hooked_comment(el, keys)
                        or "comment-type" in keys and _comment_id(el) is not None) and (
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


def _holds_most_of(text: str, part: str) -> bool:
    """Whether `text` holds four in five of the words of `part`."""
    have, want = Counter(re.findall(r"\w+", text.lower())), Counter(re.findall(r"\w+", part.lower()))
    return sum((have & want).values()) >= 0.8 * sum(want.values())


_SIDEBAR_TOKEN = re.compile(r"^(?:(?:[a-z0-9]{1,5}[-_])?(?:sidebar|side-bar)(?:[-_]?(?:left|right|\d+|inner|content|widgets?))?|widget[-_]?area|widget_recent_comments|recentcomments|recent[-_]comments)$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# The publisher's chosen quotes of its customers (Avada's div.fusion-testimonials > div.reviews > div.review, signed):
# never readers' comments, wherever they stand.
_TESTIMONIALS = re.compile(r"testimonial", re.I)


def _may_name_sidebar(name: str) -> bool:
    """A cheap test before _SIDEBAR_TOKEN: each of its names holds "side", "widget" or "recent"
    (camelCase read as words only adds dashes). Names with non-ASCII letters go to the pattern."""
    if not name.isascii():
        return True
    low = name.lower()
    return "side" in low or "widget" in low or "recent" in low


def _in_sidebar(el) -> bool:
    """Sidebars, widgets ("Recent comments") and testimonial boxes never hold the page's own thread. A block
    named "sidebar" that holds most of the page (Newsvine's div.sidebar#body_main) is the page's body."""
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
        if _TESTIMONIALS.search(f"{anc.get('class') or ''} {anc.get('id') or ''}"):
            answer = True
            break
        # (an <aside> named as the thread holds the thread: RTBF's aside.c-reactions, set beside the story)
        if anc.tag == "aside" and not (_THREADISH.search(f"{anc.get('class') or ''} {anc.get('id') or ''}")
                                       and not _has(anc, _SIDEBAR_TOKEN)) or _has(anc, _SIDEBAR_TOKEN):
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


_SIZES = frozenset(("xs", "sm", "md", "lg", "xl"))  # (Bootstrap's and Tailwind's: "user-name-lg" is a size)
_PART_WORDS = frozenset(("time", "date", "author"))  # marked alone ("time-gw"; not SMF's "poster_ip", "text-sm")


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
        if tok[-3:-2] in ("-", "_") and tok[-2:] not in _SIZES and (tok.count(tok[-3]) >= 2 or tok[:-3] in _PART_WORDS) \
                and pattern.match(tok[:-3]):
            return True  # a system's two-letter mark on every name it uses: Changyan's "user-name-gw", "time-gw"
    return False


# --- text of a subtree --------------------------------------------------------------------------

def _walk_text(el, skip, out: list[str], preformatted: bool = False, fields_apart: bool = False) -> None:
    """Text of `el` into `out`, block elements on their own lines, subtrees where skip(e) is true left out.
    A line break in the page's source is a space, as a browser shows it, except where the text is
    preformatted (<pre>, <textarea>, a style with "white-space: pre", "pre-wrap" or "pre-line")."""
    preformatted = preformatted or el.tag in _PREFORMATTED_TAGS or bool(_PREFORMATTED_STYLE.search(el.get("style") or ""))
    fold = (lambda s: s) if preformatted else _source_breaks_as_spaces
    if el.tag in _BLOCK_TAGS:
        out.append("\n")
    elif el.tag in _CELL_TAGS:
        out.append(" ")  # (a row's cells apart, as a browser shows them: "From: Jerry D." | "Posted: 4/11/2012")
    if el.text:
        out.append(fold(el.text))
    named_before = False  # (the last child was a named inline element with no text after it)
    for child in el:
        if not isinstance(child.tag, str):
            if child.tail:
                out.append(fold(child.tail))
            continue
        if child.get("aria-hidden") == "true" and _is_initial(child.text_content()):
            named_before = False
            if child.tail:
                out.append(fold(child.tail))
            continue  # an avatar's initial, hidden from screen readers: no one's words (a divider's glyph stays, as a separator)
        named = child.tag in _FIELD_TAGS and bool(child.get("class"))
        if fields_apart and named and named_before and out and out[-1][-1:] not in ("", " ", "\n"):
            out.append(" ")  # two fields side by side, a name and its time ("<strong class=u>Ana</strong><span class=t>2 h</span>"), apart
        named_before = named and not (child.tail or "").strip()
        if not skip(child):
            _walk_text(child, skip, out, preformatted, fields_apart)
        elif child.tag in _BLOCK_TAGS:
            out.append("\n")
        if child.tail:
            out.append(fold(child.tail))
    if el.tag in _BLOCK_TAGS:
        out.append("\n")
    elif el.tag in _CELL_TAGS:
        out.append(" ")


def _is_initial(text: str) -> bool:
    """An avatar's letters standing in for its picture: one or two letters or digits."""
    text = text.strip()
    return len(text) <= 2 and text.isalnum()


_CELL_TAGS = {"td", "th"}
_FIELD_TAGS = {"span", "strong", "b", "em", "i", "a", "time", "small", "cite", "abbr", "label"}
_PREFORMATTED_TAGS = {"pre", "textarea", "plaintext", "xmp", "listing"}
_PREFORMATTED_STYLE = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)


def _source_breaks_as_spaces(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ") if "\n" in text or "\r" in text else text


def _clean_lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


def _text(el, skip=lambda e: False, fields_apart: bool = False) -> str:
    """The text of `el` as a browser shows it; with `fields_apart`, a comment's byline fields that its styles set apart
    (named inline elements side by side) apart by a space."""
    out: list[str] = []
    _walk_text(el, skip, out, fields_apart=fields_apart)
    return "\n".join(_clean_lines("".join(out)))


def _is_tumblr_note(el) -> bool:
    """Tumblr's notes: a reblog "with_commentary" or a reply is a reader's comment; a like is not."""
    classes = (el.get("class") or "").split()
    return el.tag == "li" and "note" in classes and ("with_commentary" in classes or "reply" in classes)


def _words(el) -> int:
    # Remembered per page until a block is taken out (_remove): finding the thread asks about the same
    # blocks many times (six calls in ten are repeats).
    counts = _page_cache(el.getroottree().getroot()).setdefault("word_counts", {})
    count = counts.get(el)
    if count is None:
        count = counts[el] = word_count(el.text_content())
    return count




def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())


def _doc_position(el) -> tuple:
    path = []
    node = el
    while node.getparent() is not None:
        parent = node.getparent()
        path.append(parent.index(node))
        node = parent
    return tuple(reversed(path))


def _is_bbpress_post(el) -> bool:
    """bbPress (WordPress forums, also used as a post's discussion): each post, the topic's lead post
    included, carries bbp-reply-position-N (type-reply in older versions); its date and permalink sit
    in the div.bbp-reply-header just before it."""
    classes = (el.get("class") or "").split()
    return "type-reply" in classes or any(tok.startswith("bbp-reply-position-") for tok in classes)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


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


def _hidden(el) -> bool:
    return bool(_HIDDEN_STYLE.search(el.get("style") or "")) or el.get("hidden") is not None or any(
        tok in ("hidden", "hide") for tok in (el.get("class") or "").split())


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
