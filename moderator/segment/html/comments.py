"""Comment items to Comment records: each item's own text (without its byline, quotations, buttons and vote
counts; with the poster's signature), its subject line, and its place in the thread (the comment it replies to)."""

import re

from lxml import etree

from moderator.segment import Comment
from moderator.segment.text import (addressed_parent, classify_line, find_time, Line, _ACTIONS, _reader_wrote, remember_author,
                                    _TIME_ANY)
from moderator.segment.html.markup import (_AUTHOR_TOKEN, _BODY_TOKEN, _furniture, _has, _HEADINGS, _HIDDEN_STYLE, _holds_most_of,
                                           _is_tumblr_note, _ITEM_TOKEN, MAX_COMMENTS, _META_TOKEN, _text, _TIME_TOKEN,
                                           _words)
from moderator.segment.html.quotes import _is_quotation, _quoted_parent, _REFERENCE_NUMBER
from moderator.segment.html.bylines import (_byline_text, _clean_author, _find_meta, _follows_by, _IN_REPLY_TO, _is_bare_byline,
                                            _JOINED_LINE, _longest_time, _name_before_time, _opens_a_byline, _posted_byline,
                                            _POSTED_LINE, _REPLY_WORDS, _short)


_DEPTH = re.compile(r"^(?:[a-z0-9]+[-_])*(?:depth|level|lvl|indent|nest(?:ing)?)[-_]?(\d+)$|^l(\d{1,2})$", re.I)  # (SB Nation's div.citem.l1)
_DEPTH_ATTRIBUTES = ("data-depth", "depth", "data-level", "aria-level")


# a comment's first line naming whom it answers, and nothing else ("↩ Replying to Kevin R.")
_REPLYING_TO_LINE = re.compile(rf"^[^\w\n]*{_REPLY_WORDS}:?\s+@?([^\n]{{1,40}}?)\s*:?\s*(?:\n|$)", re.I)  # (Jive's "in response to: NAME")


def _replied_to(item: list, id_index: dict) -> int | None:
    for part in item:
        for a in part.iter("a"):
            href = a.get("href") or ""
            if href.startswith("#") and href[1:] in id_index and _IN_REPLY_TO.search(" ".join(filter(None, (
                    a.get("data-link-name"), a.get("title"), a.text_content()[:60], _words_before(a))))):
                return id_index[href[1:]]
    return None


def _words_before(a) -> str:
    """The words just before a link in its line ("In reply to <a href="#c2">Ana</a>")."""
    parent = a.getparent()
    if parent is None:
        return ""
    before = parent.text or ""
    for child in parent:
        if child is a:
            break
        before = child.tail or ""  # (the run of text right before the link)
    return before[-40:]


_ACTION_HREF = re.compile(r"^\s*(?:#?$|javascript:)", re.I)


def _goes_nowhere(el) -> bool:
    """A short link to no page: it runs a script (Reply, Report, Like); not a mention ("@cmendez"), the reader's words,
    nor a link that opens a window (uCoz's commenter name opens their profile: onclick="window.open(...)")."""
    if el.tag != "a" or _ACTION_HREF.match(el.get("href") or "-") is None or "window.open" in (el.get("onclick") or ""):
        return False
    words = el.text_content().split()
    return len(words) <= 6 and not (words and words[0].startswith("@"))


def _is_mention(el) -> bool:
    """A mention in the reader's text, marked up as a person's card or link (Mastodon's span.h-card > a.u-url.mention
    "@amaraosei", NodeBB's a.plugin-mentions-user "@copperlist"): the reader's words, not the byline."""
    return el.tag in ("span", "a") and any("mention" in (d.get("class") or "") and d.text_content().lstrip().startswith("@")
                                           for d in el.iter("a"))


def _named_text(el) -> bool:
    """A block named as the comment's text, though its system names every part "reply-" (LiveRe's
    div.reply-content-text): the text, not the reply button."""
    return _has(el, _BODY_TOKEN) and not _has(el, _AUTHOR_TOKEN) and not _has(el, _TIME_TOKEN)


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
    if _goes_nowhere(el) and not _is_subject_line(el.getparent()) and not _follows_by(el):
        # a link that goes nowhere runs a script: Reply, Report, Like in any language (but the comment's
        # title that opens or folds it is the commenter's: SB Nation's h5.comment_title > a[href="#"]; and
        # the name after "by" is the commenter's: "Posted by <a href="#">Frank</a> on ...")
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
    if el.tag in ("div", "p", "span", "small") and _opens_a_byline(el) and len(el.text_content()) < 160:
        return True  # a byline, read for the author and time: "by <a>NAME</a> on <span>DATE</span>
    if el.tag == "article" or not _has(el, _META_TOKEN) or _is_mention(el) or _named_text(el):
        return False  # (an <article> is a writing of its own: Yahoo! Japan's article.reply is a reply, not its button)
    # A byline box that wraps the comment's own text (Guardian: li.comment-author > div.comment-body) is walked;
    # so is a box named for the post's author that holds the comment's whole byline, its name and its date
    # (Atahualpa's div.bfa-comment-author around the blogger's own reply): a byline holds no byline.
    def named():
        return (d for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class"))
    if any(_has(d, _BODY_TOKEN) for d in named()):
        return False
    return not (_has(el, _AUTHOR_TOKEN) and any(_has(d, _AUTHOR_TOKEN) for d in named()) and any(_has(d, _TIME_TOKEN) for d in named()))


# What is left of a date line once its dates are taken out: joining words and separators.
_TIME_LINE_REST = re.compile(r"^(?:[\W_]|\b(?:at|on|posted|updated|edited|said|says|wrote)\b|\[[^\]]{0,20}\]|(?<!\w)#\d+\b|\b\d+\s+(?:recs?|recommends?|likes?|votes?|points?)\b"
                             r"|(?<=[·•|] )\d{1,5}\b)*$",
                             re.I)  # ("[ 編集]"; SB Nation's "on Mar 12, 2012 | 3:22 PM 14 recs"; Launchpad's "wrote on 2012-03-12: #3";
# Facebook's "Like · Reply · 3 · 12 March at 18:31", its links left out: a count between middle dots)


# what stands where a comment is held back or taken down, however long ("This comment is pending approval and won't be
# displayed until it has been approved by a moderator."; the writer's own "Your comment is awaiting approval"; MetaFilter's
# "[One comment deleted. Please don't ...]")
_PLACEHOLDER = re.compile(r"^(?:this|your) (?:comment|reply|post) (?:is|was|has been) (?:pending|awaiting|held for) (?:approval|moderation|review)\b"
                          r"|^\[(?:one|a|\d+|a few|several|some) (?:comments?|replies|posts?) (?:deleted|removed)\b"
                          # (the Guardian's, however long: "This comment was removed by a moderator because it didn't abide by ...")
                          r"|^this (?:comment|reply|post) (?:was|has been) (?:removed|deleted) by (?:a|the) (?:moderator|site staff|administrator)s?\b", re.I)
# a label whose values were links, once they are left out: "Рейтинг: / | |" ("Rating: +28 / −1 | Reply | Report")
_EMPTIED_LABEL = re.compile(r"^[^\W\d_]+\s*:(?:\s*[|/·•])+\s*$")
_SIGNATURE_LINE = re.compile(r"^(?:--|—|–)\s*([^\W\d_][\w.' -]{0,38}\w)$")
_POST_NUMBER = re.compile(r"(?<!\w)#\d+\b")
_HIDING_CLASSES = frozenset("hidden hide d-none is-hidden u-hidden gt-hidden".split())


_SIGNATURE_RULE = re.compile(r"^_{8,}$")
_BADGE_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_SPACED_BADGE = re.compile(r"(?:top |verified |founding |premium )?(?:neighbou?r|subscriber|member|moderator|staff|author|editor|admin|"
                           r"commenter|contributor|supporter|insider|guest|reader|abonnent|abonné|suscriptor|assinante|abbonato)", re.I)
_PLACE_AND_BADGE = re.compile(r"\s*\([^()\d\n]{1,40}\)(?:\s*[^\W\d_]+(?: [^\W\d_]+)?)?\s*")
_RUN_TOGETHER = re.compile(r"(?<=[a-z)\]])(?=[A-Z])")
_REPUTATION = re.compile(r"[+\-−]?\d{1,6}\s?(?:p|pts|points?)?", re.I)
_VOTE_COUNT = re.compile(r"^[\s·•|]*[+\-−±]?\s?\d{1,5}[\s·•|]*$")  # (and with what parted it from its links: "· · 8 · ·")


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
    text = _text(body, skip, fields_apart=True) if body is not None else _text(item, skip, fields_apart=True)
    if not text and body is not None:
        text = _text(item, skip, fields_apart=True)
    lines, found_author, found_time = [], None, None
    if body is not None and body is not item and text:
        # The comment's byline as loose text beside its body block: "jorge jacobo on November 8, 2012 3:33 pm".
        for line in _text(item, lambda e: e is body or skip(e), fields_apart=True).split("\n")[:3]:
            if (signed := _SIGNATURE_LINE.match(line)) and not found_author:
                found_author = signed.group(1)  # the letter's signature beside its body: "-- marthaj"
                continue
            if (posted := _posted_byline(line)) is not None and not (found_author or found_time):
                found_author, found_time = posted  # LWN's "Posted Mar 12, 2024 17:22 UTC (Tue) by wtarreau (subscriber, #1296)"
                break
            if len(line) < 120:
                probe = Line(no=0, text=line, indent=0, blank_before=False)
                classify_line(probe)
                if probe.kind == "meta" and (probe.author or probe.time) and not _JOINED_LINE.match(line):
                    found_author, found_time = probe.author, probe.time
                    # "#2 2024-05-02 19:47:13" reads as author "2024-05-02" at "19:47:13": the date is the time
                    # (vBulletin's "08-27-2012, 10:05 PM" too, which find_time reads as its clock alone)
                    when = _longest_time(line)
                    if when and len(when.group(0).strip()) > len(found_time or ""):
                        found_time = when.group(0).strip()
                        if found_author and found_author in found_time:
                            found_author = None
                    break
                when = _longest_time(line)  # (vBulletin's "04-04-2012, 08:31 AM", of which find_time reads only the clock)
                if when and found_time is None and _TIME_LINE_REST.match(
                        _TIME_ANY.sub(" ", _POST_NUMBER.sub(" ", line[:when.start()] + " " + line[when.end():]))):
                    # the post's number and date alone: "#412213 - 03/12/24 08:14 PM", "04-04-2012, 08:31 AM #2"
                    found_time = when.group(0).strip()
                elif when and found_time is None and not found_author and _TIME_LINE_REST.match(line[when.end():]) and (
                        name := _name_before_time(line[:when.start()].rstrip(" ("))) and not re.search(r"[\d,()]", name):
                    # a name in any script before the date: uCoz's "1 Сергей_К (12.03.2011 19:21)"
                    found_author, found_time = name, when.group(0).strip()
                    break
    for line in text.split("\n"):
        bare = line.strip()
        if _SIGNATURE_RULE.match(bare):
            continue  # the rule phpBB 2 and vBulletin print over the poster's signature (the signature, theirs, is kept)
        if len(bare) < 120:
            probe = Line(no=0, text=bare, indent=0, blank_before=False)
            classify_line(probe)
            if probe.kind == "boiler" and _reader_wrote(probe):
                probe.kind = "content"  # "Subscribe to my channel you morons": the reader's words
            if probe.kind in ("meta", "header", "boiler"):
                if probe.author and probe.time and (when := _longest_time(bare)) and len(when.group(0)) > len(probe.time) \
                        and when.start() < bare.find(probe.author) + len(probe.author) and (name := _name_before_time(bare[:when.start()])):
                    # a name run into its date, two spans side by side: "Karşıyakalı3512.03.2012 14:40" is Karşıyakalı35's,
                    # at 12.03.2012 14:40, not "Karşıyakalı3512.03.2012"'s at 14:40
                    probe.author, probe.time = name, when.group(0).strip()
                found_author = found_author or probe.author
                if probe.kind == "meta" and not probe.time:
                    # "Posted by: marry john on Oct 31, 2012 6:44:07 AM": the byline's date is the comment's time.
                    when = find_time(bare)
                    found_time = found_time or (when and when.group(0).strip())
                found_time = found_time or probe.time
                continue
        if (posted := _posted_byline(bare)) is not None:
            found_author, found_time = found_author or posted[0], found_time or posted[1]
            continue
        if (len(bare.split()) <= 16 and _furniture(bare)) or not _WORD_OR_PICTURE.search(bare) or _PLACEHOLDER.match(bare) \
                or _EMPTIED_LABEL.match(bare) \
                or _SAYS_ALONE.match(bare):
            continue
        if len(bare) < (120 if author else 80) and find_time(bare) and _TIME_LINE_REST.match(
                _TIME_ANY.sub(" ", bare).replace(author, " ") if author else _TIME_ANY.sub(" ", bare)):
            # a line that is only the comment's date ("August 9, 2012 02:07 pm at 2:07 pm |"), or its date and its
            # author ("2009/03/10(木) 22:01:33 | | Hannah Cole")
            found_time = found_time or find_time(bare).group(0).strip()
            continue
        if author and bare.lower().rstrip(":.… ") in (author.lower().rstrip(":.… "), f"{author.lower()} says",
                                                      f"{author.lower()} said", f"by {author.lower()}"):
            continue
        if author and bare.startswith(author) and len(bare) <= len(author) + 45 and (
                _BADGE_WORDS.fullmatch(bare[len(author):]) or _REPUTATION.fullmatch(bare[len(author):].strip())
                # (or a badge set apart from it: "Linda Marsh Neighbor"; not a surname: "Robin Yaeger" signing as "Robin")
                or bare[len(author):len(author) + 1] == " " and _SPACED_BADGE.fullmatch(bare[len(author):].strip())
                or _PLACE_AND_BADGE.fullmatch(bare[len(author):])):
            # the name with its badge run into it: "Siri HalvorsenAbonnent"; or its points: IntenseDebate's "Harold P. 16p";
            # or the reader's town and a button: "Arvind Sharma (Chandrapuri) Follow"
            continue
        if _RUN_TOGETHER.search(bare) and _ACTIONS.match(_RUN_TOGETHER.sub(" ", bare)):
            continue  # an action row whose spans ran together: "Up Vote (38)Down Vote (4)ReplyReport"
        lines.append(bare)
    if len(lines) > 1 and not (author or found_author) and (signed := _SIGNATURE_LINE.match(lines[-1])):
        found_author = signed.group(1)  # a letter signed under its text: "-- marthaj" (Salon's letters)
        lines.pop()
    if len(lines) > 1:
        # (a count left alone on its line once its "Reply" link is skipped, "+3", is the votes, not the reader's)
        lines = [line for line in lines if not _BADGE.match(line) and not _VOTE_COUNT.match(line)] or lines
    if len(lines) > 1 and _TAGLINE.match(lines[0]) and not lines[1].startswith("·"):
        lines.pop(0)  # (not the first point of a list the reader wrote with middle dots)
    if len(lines) > 1 and not (author or found_author) and _ANONYMOUS.match(lines[0]):
        found_author = lines.pop(0)  # the name a thread gives a reader who gave none: LiveJournal's "(Anonymous)"
    text = "\n".join(lines).strip()
    name = author or found_author
    if name and text.startswith(name) and text[len(name):len(name) + 1] in ("：", ":"):
        text = text[len(name) + 1:].lstrip()  # the name run into the text: Weibo's "晴天小猪猪：我家楼下..."
    if body is not None and body is not item and text and primary:
        subject = _subject(item, body, nested, author or found_author, text)
        if subject:
            text = f"{subject}\n{text}"
    return text, found_author, found_time


_REPLY_SUBJECT = re.compile(r"^re\b", re.I)
_SCORE_SUFFIX = re.compile(r"\s*\(\s*Score:[^)]*\)\s*$", re.I)  # Slashdot's "(Score:2, Insightful)"


# A comment's own subject line (Slashdot's, Drupal's "Subject" field, forum posts', talkbacks' span.tb-title,
# derStandard's div.upost-title): a heading or a block named as a title, before the comment's body block. It is
# the commenter's words: scored with the rest.
# (not a control's or a badge's: Vanilla's span.OptionsTitle, the Guardian's span.d-comment__pick-title "Guardian Pick")
_TITLE_NAME = re.compile(r"^(?!.*(?:option|menu|pick|badge|tooltip|flyout|modal|dialog|nav|bar))(?:.*[-_]|comment)?(?:title|subject|headline)$",
                         re.I)


def _is_subject_line(el) -> bool:
    """A heading or a block named as a title (Ynet's div.art_tkb_talkback_title)."""
    return el is not None and (el.tag in _HEADINGS or _has(el, _TITLE_NAME))


def _subject(item, body, nested: set, author: str | None, text: str) -> str | None:
    """The subject line of a comment whose body sits in a block of its own, if it has one."""
    for el in item.iterdescendants():
        if el is body:
            return None  # only what comes before the body
        if not isinstance(el.tag, str) or not _is_subject_line(el):
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
            return int(match.group(1) or match.group(2))
    for name in _DEPTH_ATTRIBUTES:
        value = el.get(name)
        if value is not None and value.strip().isdigit():
            return int(value)
    if el.tag == "tr":
        for cell in el.iter("td"):
            if "ind" in (cell.get("class") or "").split() and (cell.get("indent") or "").isdigit():
                return int(cell.get("indent"))
    return None


_INDENT_STYLE = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+)(?:px|em|%)", re.I)


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
    if el.tag == "td":
        # a spacer picture as wide as the indent in a cell before the comment's (Hacker News until 2014:
        # <td><img src="s.gif" height=1 width=40></td>)
        for cell in el.itersiblings("td", preceding=True):
            pictures = list(cell.iter("img"))
            if len(pictures) == 1 and (pictures[0].get("height") or "").strip() in ("0", "1") and (
                    pictures[0].get("width") or "").strip().isdigit() and not cell.text_content().strip():
                return int(pictures[0].get("width"))
    return None


def _indent_depths(items: list[list]) -> dict:
    """Each item's depth by its left margin (the smallest margin is depth 0), where the thread's items
    have two margins or more and every item has one; {} otherwise. Where only replies carry a margin
    (iDNES: style="margin-left:5%" on a reply, none on a top comment), an item without one is at the left,
    if the first item is and at least two items are indented."""
    margins = {item[0]: _indent(item[0]) for item in items}
    if None in margins.values():
        indented = [margin for margin in margins.values() if margin]
        if margins[items[0][0]] not in (None, 0) or len(indented) < 2:
            return {}
        margins = {el: margin or 0 for el, margin in margins.items()}
    values = sorted(set(margins.values()))
    if len(values) < 2:
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


# A line of a comment holds a word or a picture ("🎉", "🖕" are comments too; "|" and "•" are not).
_WORD_OR_PICTURE = re.compile(r"\w|[\u2600-\u27bf\U0001f000-\U0001faff]")
# the byline's verb on its own line, or with the word that joined it to the date taken out (TownNews BLOX's
# "<a>NAME</a> posted at <span>9:14 pm on Mon, Mar 12, 2012</span>.")
# (a reader's own "Posted on" over the list of where they posted it stays: the remnant keeps the byline's full stop)
_SAYS_ALONE = re.compile(r"^(?:(?:says|said|wrote|writes|commented)\s*[:.…]*|(?:posted|replied)\s+(?:at|on)\s*[:.…]+)$", re.I)
# A badge beside the commenter's name on a line of its own (GitHub's "Member", "Author"); dropped only
# from a comment with other lines, so that a comment reading "Author" stays one.
# The line the Facebook comments plugin puts under a commenter's name: "Top Commenter · Grandview, Missouri",
# "Works at Park University" (read only as a comment's first line of several; a dot more where a link was left out: "· · Works at ...")
_TAGLINE = re.compile(r"^(?:·\s*)*(?:[Tt]op [Cc]ommenter(?:\s*·\s*[^.!?·]{1,60})?|(?:Works at|Studied at|Attended|Lives in) [A-Z0-9][^!?·]{0,60})$"
                      r"|^·\s*[A-Z0-9][^!?·]{0,60}(?<!\.)$")  # (or a school or employer alone after the dot: "· Nova Scotia Community College")
_ANONYMOUS = re.compile(r"^\(?anonymous\)?$", re.I)
_BADGE = re.compile(r"^(?:member|author|owner|contributor|collaborator|maintainer|moderator|admin|staff|verified|op)$", re.I)


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


_COUNTED_HEADING = re.compile(r"^[^\d()\n]{2,40}\(\d{1,6}\)$")


_TRAILING_DASH = re.compile(r"\s+[–—]$")


def _to_comments(items: list[list], thread: list[list] | None = None) -> list[Comment]:
    """The comments of `items`; the parts of `thread` (all the thread's items, where `items` are some of
    them) are left out of their text too: a topic's opening post holds the replies in Moodle."""
    all_parts = {part for item in (thread or items) for part in item}
    comments: list[Comment] = []
    index_of: dict = {}
    depth_stack: list[tuple[int, int]] = []
    read = []
    byline_only = None  # (the last part, author, time) of an item that held only a byline
    for item in items[:MAX_COMMENTS]:
        for keep_quotes in (False, True):  # a comment that is all quotation is still a comment
            author = time = None
            texts = []
            for part in item:
                if not keep_quotes and len(item) > 1 and _is_quotation(part):
                    continue  # (a part of a flat comment that quotes another: read for the parent only)
                nested = {d for d in part.iterdescendants() if d in all_parts}
                part_author, part_time, body = _find_meta(part, nested)
                author, time = author or part_author, time or part_time
                text, line_author, line_time = _item_text(part, body, nested, author, primary=part is item[0],
                                                          keep_quotes=keep_quotes)
                author, time = author or line_author, time or line_time
                texts.append(text)
            while author and len(texts) > 1 and texts[0].strip().lower() in ("", author.lower()):
                # (the name in a part read before the part that named the author: MySpace's poster cell; a
                # sign-off at the end is the reader's own)
                texts = texts[1:]
            text = "\n".join(t for t in texts if t).strip()
            if author:
                text = _TRAILING_DASH.sub("", text)  # (the dash into the signature after the text: Stack Exchange's "TEXT – NAME DATE")
            if text or not any(_is_quotation(el) for part in item for el in part.iter("blockquote", "aside", "div")):
                break
        if text and not (author or time) and byline_only is not None and next(
                byline_only[0].itersiblings(etree.Element), None) is item[0]:
            # a thread of rows named alike, a byline row then the text's row (ASP.NET's tr.commentRow for both): one comment
            author, time = byline_only[1], byline_only[2]
        byline_only = (item[-1], author, time) if not text and (author or time) else None
        if text and not (author or time) and _COUNTED_HEADING.match(text):
            continue  # the thread's heading with its count, in any language ("வாசகர் கருத்து (6)")
        if text:
            # (A Tumblr reblog's added words are a link to the reblog itself: still the reader's words.)
            links = _link_density(item, all_parts) > 0.6 and len(text.split()) < 25 and not _is_tumblr_note(item[0])
            read.append((item, text, author, time, links))
        elif _depth_class(item[0]) is not None or _indent(item[0]) is not None or any(
                d in all_parts for d in item[0].iterdescendants()):
            # a comment taken down, still in its place in the thread (by its depth, or holding its replies)
            read.append((item, None, None, None, False))
    # Widgets (top commenters, recent posts) are names and links, not prose: when most of the items are
    # links, those are dropped. In a thread of prose a comment that is only a link (spam, a reader's
    # "see this") is a comment like the others, to be moderated.
    widget = sum(links for *_, links in read) > 0.5 * sum(1 for _, text, *_ in read if text is not None)
    indent_depth = _indent_depths([item for item, *_ in read])
    gone = {part for item, text, *_ in read if text is None for part in item}
    number_of: dict[str, int] = {}  # post numbers in the ids of the comments' elements -> comment index
    id_index: dict[str, int] = {}  # the ids of the comments' elements -> comment index
    latest: dict[str, int] = {}  # earlier commenters by name, for addressed replies
    for item, text, author, time, links in read:
        depth = _depth_class(item[0])
        if depth is None:
            depth = indent_depth.get(item[0])
        if text is None:
            # the replies to a comment taken down answer no comment shown: none of the comments before it
            while depth is not None and depth_stack and depth_stack[-1][0] >= depth:
                depth_stack.pop()
            if depth is not None:
                depth_stack.append((depth, None))
            continue
        if links and widget:
            continue
        parent = None
        for level, anc in enumerate(item[0].iterancestors()):
            if anc in index_of or anc in gone:
                parent = index_of.get(anc)
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
        if named and (named.group(1).lower() in latest or text[named.end():].strip()):
            # OpenWeb's "↩ Replying to Kevin R." over a reply: thread furniture naming an earlier commenter (or the
            # topic's opener: Jive's "in response to: NAME" over a reply to the first post)
            text = text[named.end():].lstrip()
            if named.group(1).lower() in latest:
                parent = parent if parent is not None else latest[named.group(1).lower()]
        replied_to = _replied_to(item, id_index) if id_index else None
        parent = replied_to if replied_to is not None else parent
        if parent is None:
            parent = _quoted_parent(item, comments, number_of, latest)
        if parent is None:
            parent = addressed_parent(text, latest)
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
