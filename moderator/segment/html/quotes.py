"""Quotations of other comments inside a reply: told apart from the reply's own words, and read for the
reply's parent."""

import re

from moderator.segment import Comment


# A quotation of another comment inside a reply: phpBB's blockquote with its "X wrote:" cite, XenForo's
# bbCodeBlock--quote, vBulletin's bbcode_quote, Discourse's aside.quote. The other commenter's words, not
# the replier's: left out of the reply's text (they are scored once, in their own comment: a reply that
# quotes an insult to answer it is no insult) and read for the reply's parent. An unattributed
# blockquote stays: it may be the reader's own emphasis.
_QUOTE_CLASSES = frozenset("quote bbcode_quote bbcodeblock--quote quotebox quotecontainer quote-container "
                           "quoted-post post-quote quoteheader bbc_standard_quote bbc_alternate_quote ubbcode-block".split())
_QUOTE_REFERENCE_ATTRIBUTES = ("data-post-id", "data-source", "data-post", "cite")
_QUOTE_AUTHOR_ATTRIBUTES = ("data-username", "data-quote", "data-author")
# ("X 发表于 <date>": Discuz!'s "X posted on")
# the verbs of "NAME wrote:" (English, Spanish, Bulgarian and Russian)
_WROTE_WORDS = "wrote|said|says|escribió|написа|написал|написала"
_QUOTE_BYLINE = re.compile(rf"^\s*(?:originally posted by\s+(.+?)|quote from:?\s*(.+?)(?:\s+on\s|:)|(?:cita:\s*)?(.+?)\s+(?:{_WROTE_WORDS})\s*:"
                           r"|(\S+)\s+发表于)", re.I)
_POSTED_BY_ALONE = re.compile(r"^\s*originally posted by:?\s*(\S.{0,59}?)\s*$", re.I)
_REFERENCE_NUMBER = re.compile(r"(\d+)\D*$")
_POST_PARAMETER = re.compile(r"[?&#](?:p|pid|post|msg)[=_]?(\d+)")


def _is_quotation(el) -> bool:
    if el.tag not in ("blockquote", "aside", "div"):
        return False
    classes = (el.get("class") or "").lower().split()
    # (and a BEM element named quote: RichText__quote)
    # (and a system's own quote class: the Bulgarian div.c-quote "<b>NAME</b> написа:", with its source named)
    # (and NetEase's "building" of quoted floors: div.tie-floors > div.floor, each floor holding the ones before it)
    if not _QUOTE_CLASSES.isdisjoint(classes) or any(tok.endswith("__quote") for tok in classes) or (
            el.tag in ("div", "blockquote") and any(tok.endswith(("-quote", "_quote", "-floors")) for tok in classes)):
        # (a forum's own blockquote class is a quotation as "quote" is: blockquote.fp-quote)
        return el.tag != "div" or _quote_source(el) != (None, None)
    # (phpBB 3.2+ wraps the quote in a div: blockquote > div > cite "X wrote:")
    first = next((ch for ch in el.iter() if ch is not el and isinstance(ch.tag, str) and ch.tag != "div"), None)
    if el.tag != "blockquote":
        # a block headed by its quotation's line: Changyan's div.comment-floor-gw > span "引用 秦淮老住户 的评论："
        # (or Taringa's div.citacuerpo > p "<b>Cita:</b> NAME escribió:")
        if first is None or first.tag not in ("span", "b", "strong", "p") or first.getparent() is not el:
            return False
        head = first.text_content()
        after = [sib for sib in first.itersiblings() if isinstance(sib.tag, str)]
        quote_at = next((i for i, sib in enumerate(after) if sib.tag == "blockquote"), None)
        if quote_at is not None and any(sib.text_content().strip() for sib in after[quote_at + 1:]):
            return False  # a comment's body: "NAME said:", the blockquote it quotes, then its own words (Movable Type's)
        # (and the words it quotes after it: a comment's own header ending in "NAME wrote:" quotes nothing, the
        # Motley Fool's div.comment-header "CAPS Rating: ★ / On March 12, 2012, at 2:48 PM, NewbieNora wrote:")
        quoted = (first.tail or "").strip() or any(isinstance(sib.tag, str) and sib.text_content().strip() or (sib.tail or "").strip()
                                                  for sib in first.itersiblings())
        return bool(quoted) and (_QUOTING.match(head) is not None or _WROTE.match(head) is not None)
    # (a cite attribute is an address: some themes write the post's author there on every comment body)
    return _quote_head(el) is not None or any(el.get(a) for a in _QUOTE_REFERENCE_ATTRIBUTES[:-1] + _QUOTE_AUTHOR_ATTRIBUTES) \
        or bool(re.search(r"[/#?]", el.get("cite") or "")) or (first is not None and first.tag == "cite") \
        or (first is not None and _QUOTE_FROM.match(first.text_content()) is not None) \
        or (first is not None and first.tag in ("b", "strong") and _WROTE.match(first.text_content()) is not None)


def _quote_head(blockquote):
    """The line right before a blockquote that says whose words it holds ("<p><a href="#comment-302214">Truth Seeker
    said:</a></p>", Movable Type's), if there is one."""
    prev = blockquote.getprevious()
    if prev is None or not isinstance(prev.tag, str) or prev.tag not in ("p", "b", "strong", "span") or (prev.tail or "").strip():
        return None
    return prev if _WROTE.match(prev.text_content()) else None


# a quotation's head naming whom it quotes, on a line of its own: SPIEGEL's "Zitat von NAME"
# (or NodeBB's "@NAME said in TOPIC:")
_QUOTE_FROM = re.compile(r"^\s*(?:(?:zitat von|quote from|quoting)\s+(\S{1,40})\s*:?|@(\S{1,40}) said in .{1,160}:)\s*$", re.I)
# a quotation's head in another language, on its own: "引用 X 的评论：" ("quoting X's comment")
_QUOTING = re.compile(r"^\s*引用\s*(\S.{0,40}?)\s*的(?:评论|評論|回复|回覆)\s*[:：]?\s*$")
# a quotation's head in bold: "<b>Taxpayer wrote:</b>" (Topix)
# (and as other languages write it, after "Quote:": "Cita: NAME escribió:", "Zitat von NAME:" is not one)
_WROTE = re.compile(r"^\s*(?:(?:quote|cita|zitat|citation|citazione)\s*:\s*)?\S.{0,40}?\s"
                    rf"(?:{_WROTE_WORDS}|escribio|a écrit|schrieb|scrisse|schreef|escreveu)\s*:\s*$", re.I)


_FLOOR_NAME = re.compile(r"(?:^|\s)floor[-_](?:user|name|author[-_]name)(?:\s|$)", re.I)


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
        # the floor quoted last: the outermost floor's own name (the floors it holds are older)
        floor_names = [(sum(1 for _ in node.iterancestors()), node) for node in el.iter()
                       if isinstance(node.tag, str) and _FLOOR_NAME.search(node.get("class") or "")]
        if floor_names:
            author = " ".join(min(floor_names, key=lambda pair: pair[0])[1].text_content().split()) or None
    if author is None and el.tag == "blockquote" and (head := _quote_head(el)) is not None:
        byline = _QUOTE_BYLINE.match(head.text_content())
        author = byline and next((name for name in byline.groups() if name), "").strip() or None
    if author is None:
        # the header line on its own ("Originally Posted By: walleyewill" in UBB.threads' div.ubbcode-header),
        # else the quotation's opening words
        head = next((piece for piece in el.itertext() if piece.strip()), "")
        posted = _POSTED_BY_ALONE.match(head) or _QUOTING.match(head) or _QUOTE_FROM.match(head)
        byline = posted or _QUOTE_BYLINE.match(el.text_content()[:200])
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
