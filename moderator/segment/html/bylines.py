"""Who wrote a comment and when: the author and time of one comment item, from its markup (bylines, author
links, profile links, dates) or its byline written as text."""

import re

from moderator.segment.text import find_time, _TIME_ONLY
from moderator.segment.html.markup import (_ARIA_BY, _aria_comment, _AUTHOR_TOKEN, _BODY_TOKEN, _DATE_NAME, _furniture,
                                           _has, _HEADINGS, _text, _TIME_TOKEN, _words)
from moderator.segment.html.quotes import _is_quotation


# --- one item -> Comment ------------------------------------------------------------------------

def _short(text: str, limit: int = 80) -> str | None:
    text = re.sub(r"\s+", " ", text).strip().strip(":,·|-–—").strip()
    return text if 0 < len(text) <= limit else None


_BYLINE_BOX = re.compile(r"^(?:[a-z0-9]+[-_])*(?:post|comm|cmt)?(?:footer|byline|meta|info|posted|submitted|signature|details|header)(?:$|[-_])", re.I)
_POSTED_BY = re.compile(r"\b(?:posted|written|submitted|comment(?:ed)?|sent)\s+by\s*:?\s*(.+?)\s*(?:\||•|·|@|\bon\b|\bat\b|\bin reply\b|$)", re.I)


# Link texts in a byline box that are not the commenter's name.
_NOT_A_NAME = {"reply", "anonymous said", "profile", "view profile", "website", "permalink", "link", "avatar", "report",
               "report comment", "report abuse", "quote", "share", "flag", "like", "edit", "delete",
               # (the thread's sign-in links, which point under /users/ too: "Please <a href=/users/login/>log in</a> to comment")
               "log in", "login", "sign in", "signin", "sign up", "signup", "register", "log out", "logout", "create an account"}


# (or the date right after the verb: LWN's "Posted Mar 12, 2024 17:22 UTC (Tue) by NAME")
_POSTED_LINE = re.compile(r"^(?:posted|written|submitted|published)\b(?:\s+(?:on|at|by)\b|\s+(?=[A-Z][a-z]{2,8}\.? \d|\d))", re.I)


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
_SAYS_WORDS = "says|said|wrote|writes|commented|replied|a posté(?: le)?|a écrit"  # (French blogs: Skyrock's "NAME a posté le DATE")
_SAYS_END = re.compile(rf"\b(?:{_SAYS_WORDS})\s*[:,.…]*\s*$")  # as bylines write it: "says", not "Says"


_HAS_ALNUM = re.compile(r"[^\W_]")  # a letter or digit ("4-6-3" is a name)


_AVATAR = re.compile(r"avatar|avtr", re.I)


def _controls_and_more(el) -> bool:
    """Whether `el` holds a button and text beside it."""
    button = next(el.iter("button"), None)
    return button is not None and " ".join(button.text_content().split()) != " ".join(el.text_content().split())


# a label and its count or stars, no letters after the colon: the poster's "CAPS Rating: ★★★★" (the Motley Fool), "Posts: 2,341"
_LABELLED_SCORE = re.compile(r"^[^:\n]{1,30}:[\W\d_]*$")


def _first_name(candidates: list) -> str | None:
    """The first of the elements whose text reads as a commenter's name (not a time, a link word or furniture)."""
    for cand in candidates:
        if cand is None or _controls_and_more(cand):
            continue  # (a block of controls, "3 Like Reply Report", holds no name; a name may be a button of its own)
        name = _short(_SAYS_END.sub("", _name_line(_text(cand))), 60)
        if name and len(name) == 1 and _AVATAR.search(cand.get("class") or ""):
            continue  # a letter avatar ("M", Talkyard's a.esAvtr.esAvtrName), not the name beside it
        if name and not _TIME_ONLY.match(name) and name.lower() not in _NOT_A_NAME and not _furniture(name) \
                and not _IN_REPLY_TO.match(name) and not _LABELLED_SCORE.match(name) \
                and _HAS_ALNUM.search(name):  # a permalink's "#" or "¶" is no name
            return name
    return None


# a date forum software prints dashed, in a block named as the post's date ("04-15-2024, 07:41 PM"), or as
# Czech and German sites write it ("12. 3. 2024 15:02"); not read as a date elsewhere, where "08-14-2012"
# in a story's dateline is left as the gold texts leave it
_DASHED_DATE = re.compile(r"\b\d{1,2}(?:-|\.\s?)\d{1,2}(?:-|\.\s?)\d{4}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?![\d:])", re.I)


def _longest_time(line: str) -> re.Match | None:
    """The longer reading of a line's date: "11.03.2011 a las 22:10hs" is more than its dashed date, "04-04-2012, 08:31 AM" more
    than the clock find_time reads in it."""
    return max(filter(None, (_DASHED_DATE.search(line), find_time(line))), key=lambda m: len(m.group(0)), default=None)
# the date a poster joined, in the poster's box: never the comment's time
# (Topix's "Since: Mar 09", vBulletin's "Join Date: Mar 2009")
_JOINED = r"(?:joined|join date|registered|member since|since(?=\s*:)|reg(?:istration)? date)"
_JOINED_LINE = re.compile(rf"^\s*{_JOINED}\b", re.I)
_JOINED_BEFORE = re.compile(rf"{_JOINED}\s*:?\s*$", re.I)


def _is_leaf_postbody(el) -> bool:
    """A block named "postbody" that holds no other body block: the post's text (phpBB 2's span.postbody).
    Elsewhere the name is the post's whole column, poster box and all (FluxBB's and phpBB 3's div.postbody
    around div.postmsg or div.content)."""
    return "postbody" in (el.get("class") or "").split() and not any(
        _has(d, _BODY_TOKEN) for d in el.iterdescendants() if isinstance(d.tag, str))


def _only_a_link_of_furniture(el) -> bool:
    """A block named as the text that holds only a control's link: PHP-Nuke's font.content "[ Reply to This ]" (not a
    removed comment's notice, which stands for its text)."""
    if _words(el) > 8 or not _furniture(" ".join(el.text_content().split())):
        return False
    return 2 * sum(len(a.text_content().split()) for a in el.iter("a")) >= _words(el)


_BY_NAME_ON = re.compile(r"^\s*by\s+\S.{0,60}?\s+on\s", re.I)


def _holds_only_a_byline(el) -> bool:
    """A block named as the text that holds the commenter's name and a few words more: Facebook's div.UFIImageBlockContent
    and div.UFICommentActorAndBody around the name and its tagline ("· Top Commenter · Works at ..."), the reader's words
    in a block beside it."""
    if _words(el) <= 25 and (_opens_a_byline(el) or _BY_NAME_ON.match(text := el.text_content()) and find_time(text)):
        return True  # PHP-Nuke's font.content "by <a>NAME</a> on DATE (User Info | Send a Message)" over the text's cell
    names = [d for d in el.iterdescendants() if isinstance(d.tag, str) and _has(d, _AUTHOR_TOKEN)]
    return bool(names) and _words(el) - max(_words(name) for name in names) <= 12 and el.getnext() is not None


def _in_toggle(el) -> bool:
    """Whether `el` is, or sits right in, the <summary> that folds a comment (Forem's span.js-collapse-comment-content
    holding the replies' count): a control, not the comment's text."""
    parent = el.getparent()
    return el.tag == "summary" or (parent is not None and parent.tag == "summary")


def _posted_byline(line: str) -> tuple[str | None, str | None] | None:
    """(author, time) of a byline written as text, "posted on Wednesday, October 24, 2012 at 7:26 PM by Darren";
    None where the line is no such byline."""
    if len(line) >= 160 or not _POSTED_LINE.match(line):
        return None
    by = re.search(r"\bby:?\s+(.+?)\s*$", line, re.I)
    when = find_time(line)
    if not by and not when:
        return None
    # (the name ends where its date begins: "Posted by Bottom of the Hill on Sunday, June 17, 2007"; a member number in
    # brackets after it is the site's, not the name: "wtarreau (subscriber, #1296)")
    name = by and (line[by.start(1):when.start()] if when and when.start() > by.start(1) else by.group(1))
    name = name and _MEMBER_NUMBER.sub("", _ON_AT_END.sub("", name.strip(" ,·|-–—")))
    return (name and _short(name, 60)) or None, when and when.group(0).strip()


_MEMBER_NUMBER = re.compile(r"\s*\([^()]*#\d+[^()]*\).*$")  # (and what follows it: "[LWN editor]")


_ON_AT_END = re.compile(r"\s+(?:on|at)$", re.I)


def _form_field(el) -> bool:
    """A reply form's field, named for what it asks ("form-item-name": its label "Your name *" over a text box), is no byline."""
    return el.tag == "label" or next(el.iter("input", "textarea", "select"), None) is not None and _words(el) <= 12


def _find_meta(item, nested: set):
    """(author, time, body element or None) of one item, looking only at its own subtree."""
    time = body = text_name = header_name = machine_el = None
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
        if author is None and (itemprop in ("author", "creator", "name") or el.tag == "cite" or _has(el, _AUTHOR_TOKEN)) and not _form_field(el):
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
            # (the cheap test first: most bylines are no "Posted DATE by NAME" line, and _text walks the block)
            posted = _posted_byline(_text(el).split("\n")[0]) if el is not item and _POSTED_LINE.match(
                " ".join(el.text_content()[:80].split())) else None
            if posted is not None and posted[0]:
                candidate, time = posted[0], time or posted[1]  # "Posted Mar 12, 2024 17:22 UTC (Tue) by wtarreau (...)"
            if name_el is not None and name_el.tag == "meta" and (name_el.get("content") or "").strip():
                candidate = _short(name_el.get("content").strip(), 60)  # NodeBB's <meta itemprop="name" content="NAME">
            if candidate:
                author = re.sub(r"^(?:by|posted by)\s+", "", candidate, flags=re.I)
                if (when := _longest_time(author)) and when.start() > 0 and (name := _name_before_time(author[:when.start()])) and (
                        not _HAS_ALNUM.search(rest := author[when.end():].strip()) or rest[:1].isalnum() and _furniture(rest)):
                    # the box's whole text, its name not a link: "By Marcus Hale, March 19 at 1:40 pm Link to this comment",
                    # "lolliepop on 3/12/2011 3:52pm" (not a pingback's title with a date in it: "Links: June 15 « Notes")
                    author, time = name, time or when.group(0).strip()
            if author is not None and time is None:
                # One byline box for both: "Posted by: marry john on Oct 31, 2012 6:44:07 AM".
                # (read block by block: "Posts: 14" above "November 7, 2012" is no "14 November")
                if len(" ".join(el.text_content().split())) < 160:
                    for part in _text(el).split("\n"):
                        when = find_time(part)
                        # (not the date a forum's poster box says they joined: "Posts: 2,611 Joined: Nov 2008")
                        if when and not _JOINED_BEFORE.search(part, 0, when.start()):
                            time = when.group(0).strip()
                            break
        # (or the comment's permalink, which shows its date: Wikia's div.permalink > a "15:40, March 12, 2012 (UTC)")
        if time is None and (el.tag == "time" or itemprop in ("datecreated", "datepublished", "commenttime") or _has(el, _TIME_TOKEN)
                             or _has(el, _PERMALINK) and _words(el) <= 8 or _dated_abbreviation(el) or _dated_link(el)):
            for line in _text(el).split("\n"):
                match = _longest_time(line)
                if match and not _JOINED_BEFORE.search(line, 0, match.start()):
                    time = _with_clock(line, match)
                    if author is None and text_name is None:
                        # the name written before the date in the date's block: Antville's "<a>Lotte Kramer</a>, 12. März 2008"
                        text_name = _name_before_time(line[:match.start()])
                    break
            if time is None and el.get("datetime"):
                time, machine_el = el.get("datetime"), el  # (the machine's date: what the element shows may replace it)
        if (time is None or len(time) <= 20 or el is machine_el) and (el.tag == "time" or _has(el, _DATE_NAME)):
            # a date in words of another language, in a block named as the date: "πριν από 3 ώρες", "há 2 dias",
            # "12. März 2024, 20:14", "12.3.2024 klo 15.22" (where only part of it was read as a date): as shown
            shown = " ".join(el.text_content().split())
            if text_name and time and shown.startswith(text_name):
                shown = shown[shown.find(time):]  # (the date without the name before it)
            if len(shown.split()) <= 5 and any(ch.isdigit() for ch in shown) and ":" not in shown.rstrip(":0123456789 ") \
                    and (time is None or el is machine_el or time in shown and re.search(r"\d", shown.replace(time, " "))):
                time = shown  # (what the page shows, "2h", over the machine's datetime="2024-03-12" behind it)
        # (the post itself named "message", Kunena's div.row.message, holds its body further in)
        if body is None and (itemprop in ("text", "commenttext", "description", "articlebody") or el.get("slot") == "comment"
                             or _has(el, _BODY_TOKEN) and not (el is item and "message" in (el.get("class") or "").split())
                             or _is_leaf_postbody(el)) and _words(el) >= 1 and not _in_toggle(el) and not _holds_only_a_byline(el) and not _only_a_link_of_furniture(el):
            body = el
        if author is None and header_name is None and (el.tag in ("header", "thead") or _is_bare_byline(el)) and el is not item and not any(
                _has(d, _AUTHOR_TOKEN) for d in el.iterdescendants() if isinstance(d.tag, str) and d.get("class")):
            # (a header holding a block named for the author leaves the name to that block)
            # HTML5's comment markup: <article><header><h4>Name</h4><time>...</time></header>
            # (a name written after "by" is the commenter's, before any heading: Moodle's header holds the post's
            # subject in an h3 over "by <a>Amira Hussain</a> - <time>")
            name = _first_name([*_after_by(el), *(c for tags in (_HEADINGS, ("strong", "b"), ("a",), ("span",))
                                                  for c in el.iter(*tags))])
            if el.tag != "header" or next(el.iter("time"), None) is not None or find_time(_text(el)):
                author = name
            else:
                # a header without a time may head the post with its title ("Not so simple") while its
                # byline is elsewhere: its heading is the name only when nothing else names one
                header_name = name
        if (author is None or time is None) and el.tag in ("p", "div", "span", "footer", "small") and (
                _has(el, _BYLINE_BOX) or el.tag == "footer" or el.tag in ("span", "small", "div", "p") and _opens_a_byline(el)):
            # (or a byline whatever its name: AkoComment's <span class="small">Written by NAME on DATE</span>, SB Nation's
            # div.cmeta "by <a>NAME</a> on <span>DATE</span>"; or
            # the comment's <footer>: Shopify's "<span>Katie Lindqvist</span><span>March 13, 2024</span>")
            # A footer written as text: "Posted by: Sharon in Chicago | May 20, 2012 at 12:55 AM".
            # (its blocks' text apart: ExpressionEngine's <h5>Priya N</h5><p>on 02-17-2013 10:12 AM</p>, not "Priya Non")
            line = " ".join(_text(el, _is_badge).split())  # (a badge run into the name is not the name: "Philip AshcroftAuthor")
            if len(line) < 160:
                match = _POSTED_BY.search(line)
                found = _longest_time(line)
                if author is None and match:
                    # (the name ends where the date begins: "Posted by みどり 2024年03月12日 20:14")
                    end = found.start() if found and match.start(1) < found.start() < match.end(1) else match.end(1)
                    author = _short(line[match.start(1):end].strip(), 60)
                elif author is None and found and text_name is None:
                    # the name written before the date: kept for last, after any markup that names the author
                    text_name = _name_before_time(line[:found.start()]) or _name_among_parts(line[found.end():]) \
                        or _name_then_wrote(line[found.end():]) or _name_by_after_time(line[found.end():])
                if time is None and found and not _JOINED_BEFORE.search(line, 0, found.start()):
                    time = found.group(0).strip()
        stack.extend(el)
    if author is None:
        author = _author_link_name(item, nested) or _profile_link_name(item, nested) or text_name or header_name
    return author, time, body


def _dated_abbreviation(el) -> bool:
    """An <abbr> whose title is a date: the date as shown, abbreviated (Facebook's abbr.livetimestamp, title "Tuesday,
    March 12, 2013 at 3:05pm", inside a link; hAtom's abbr.published)."""
    return el.tag == "abbr" and _words(el) <= 8 and find_time(el.get("title") or "") is not None


def _dated_link(el) -> bool:
    """A link whose text is a time and nothing else: the comment's permalink, however its block is named (El País's
    span.fecha_mensaje > a "hace 3 horas")."""
    return el.tag == "a" and _words(el) <= 8 and _TIME_ONLY.match(" ".join(el.text_content().split())) is not None


# "by" as bylines write it in English, French, Spanish, Portuguese, German, Dutch, Swedish and Polish
_PERMALINK = re.compile(r"^(?:[a-z0-9]+[-_])*permalink$", re.I)
_POSTED_START = re.compile(r"^\s*(?:posted|written|submitted)\s+by\b", re.I)


def _opens_a_byline(el) -> bool:
    """Whether the element's own text opens a byline: "Written by NAME on DATE", or "by" alone before the name's
    element ("by <a>NAME</a> on <span>DATE</span>"; not a paragraph opening "By the way")."""
    head = el.text or ""
    return _POSTED_START.match(head) is not None or (head.strip().lower() in ("by", "by:") and len(el) > 0)
_BY_WORDS = r"(?:by|par|por|von|door|av|przez)"
_BY_BEFORE = re.compile(rf"(?:^|\s){_BY_WORDS}:?\s*$", re.I)
_BY_NAME = re.compile(rf"(?:^|\s){_BY_WORDS}:?\s+(\S.*)$", re.I)


def _follows_by(el) -> bool:
    """Whether the element comes right after the word "by" ("by <a>Name</a>"): it holds a name."""
    prev = el.getprevious()
    before = prev.tail if prev is not None else el.getparent().text
    return bool(before) and _BY_BEFORE.search(before) is not None


def _after_by(box) -> list:
    """The elements in a byline box that come right after the word "by"."""
    return [el for el in box.iter("a", "span", "strong", "b") if _follows_by(el)]


# Disqus's WordPress plugin prints the commenter's profile address as text before the name
# ("http://twitter.com/mkronline Michael Robinson"): the name alone is the author.
_LEADING_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+(?:\s+|$)", re.I)


def _name_line(text: str) -> str:
    """The first line of a byline element's text that is more than a web address, without the address."""
    return next((line for line in (_LEADING_ADDRESS.sub("", line) for line in text.split("\n")) if line.strip()), "")


# (and "on" as French, Spanish, German, Portuguese, Italian and Dutch bylines write it, lower-case: "Soizic le 12/03/2011", not "Kim Le")
_BEFORE_TIME = re.compile(rf"^(?:#?\d+\.?\s+)?(?:(?:posted\s+)?by:?\s+)?(.*?)[\s,:·|•—–/-]*(?:\b(?:on|at|posted|{_SAYS_WORDS}|(?-i:le|el|am|em|il|op))\b[\s,:·|•—–/-]*)*$", re.I)


def _name_before_time(text: str) -> str | None:
    """The commenter's name written before the date in a byline box: "Anna — July 18th, 2012",
    "by Kate Klemens on November 29, 2010", "Heather on October 23rd, 2012"; None when what comes
    before the date is not a short name."""
    name = _BEFORE_TIME.match(" ".join(text.split())).group(1)
    by = _BY_NAME.search(name)  # ("Kommentar von Monika Hahn | 12.03.2024": the name after the "by")
    name = by.group(1) if by else name
    if not name or len(name.split()) > 5 or not re.search(r"[^\W\d_]", name) or _furniture(text) or _furniture(name) \
            or _LABELLED_SCORE.match(name):
        return None
    name = _short(name, 60)
    return name if name and name.lower() not in _NOT_A_NAME else None


# after the date, the name and "wrote:": the Motley Fool's "On March 12, 2012, at 9:41 AM, dividendgrowthdave wrote:"
_THEN_WROTE = re.compile(r"^[\s,]*([^\s,:][^,:]{0,40}?)\s+(?:wrote|writes|said|says)\s*:?\s*$", re.I)


def _name_then_wrote(rest: str) -> str | None:
    wrote = _THEN_WROTE.match(rest)
    return _name_before_time(wrote.group(1)) if wrote else None


_BADGE_NAME = re.compile(r"^(?:[a-z0-9]+[-_])*badge(?:$|[-_])", re.I)


def _is_badge(el) -> bool:
    """A badge beside a commenter's name (Pluck's span.pluck-comm-badge-author "Author")."""
    return _has(el, _BADGE_NAME)


_BY_AFTER_TIME = re.compile(r"^\s*[-–—,|·]?\s*by\s*:?\s+(\S.{0,59}?)\s*$", re.I)


def _name_by_after_time(rest: str) -> str | None:
    """The name after the date and "by": Community Server's footer "Thursday, March 11, 2010 10:02 AM by Tomasz"."""
    by = _BY_AFTER_TIME.match(rest)
    return _name_before_time(by.group(1)) if by else None


_PARTS = re.compile(r"\s*\|\s*")
_LINK_WORDS = re.compile(r"^(?:url|web|www|home|homepage|website|mail|e-?mail|edit|編集|\[.*\]|#\S*|\W*)$", re.I)


def _name_among_parts(rest: str) -> str | None:
    """The name among the parts after the date in a byline of parts apart by bars: FC2's "2009/03/12(木) 22:01:33 |
    URL | てつ子 #548 [ 編集]" (the parts that are links' words, a post number or an edit button left out)."""
    parts = [re.sub(r"\s*(?:#[^\s\[\]]+|\[[^\]]*\])", "", part).strip() for part in _PARTS.split(rest)[1:]]
    names = [part for part in parts if part and not _LINK_WORDS.match(part)]
    return _name_before_time(names[0]) if len(names) == 1 and len(names[0].split()) <= 4 else None


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
_PROFILE_HREF = re.compile(r"(?:^|/)(?:people|users?|members?|profiles?|benutzer|utilisateurs?|usuarios?|utenti|gebruikers?|memberlist\.php\?[^#]*\bu=|member\.php\?[^#]*\bu="
                           r"|home\.php\?mod=space&(?:amp;)?uid=\d+$)|"  # (Discuz!'s member space)
                           r"^https?://(?:www\.)?facebook\.com/[^/?#]+/?$|"
                           r"(?:^|/)u/[^/?#]+/?$|"  # Reddit's and Lemmy's /u/name
                           r"(?:^|/)@[\w.\-]+/?(?:[?#]|$)", re.I)  # Medium's, Mastodon's and Substack's /@name


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


# A reply's link to the comment it answers (the Guardian's "in reply to Tamsin_K" -> #comment-169887037):
# more exact than the nesting, which such threads keep one level deep.
# (and as Spanish, Portuguese, Italian, French, German, Dutch, Polish, Czech and Russian sites write it)
_REPLY_WORDS = (r"(?:in reply to|replying to|replied to|reply to|in response to|en respuesta a|respondiendo a|em resposta a|"
                r"in risposta a|en réponse à|als antwort auf|antwort auf|als reactie op|reactie op|w odpowiedzi na|"
                r"odpověď na|reakce na|в ответ на|ответ на)")
_IN_REPLY_TO = re.compile(rf"\b{_REPLY_WORDS}\b", re.I)


def _byline_text(text: str) -> tuple[str | None, str | None]:
    """(author, time) of a byline written as text: "September 15, 2008 at 6:55 pm (1) Mike says:"."""
    text = re.sub(r"\s+", " ", text).strip()
    when = find_time(text)
    if when:
        text = (text[:when.start()] + " " + text[when.end():]).strip()
    text = re.sub(r"^\(?#?\d+\)?\.?\s*|\s*\b(?:says|said|wrote|writes)\b\s*[:,.…]*\s*$|^(?:by|posted by)\s+", "", text, flags=re.I)
    by = _BY_NAME.search(text)  # (the name after "by": Dotclear's "1. Le mardi 12 mars 2024, 20:14 par Yann")
    name = _short(by.group(1) if by else text, 60)
    return (name if name and len(name.split()) <= 5 else None), (when.group(0).strip() if when else None)


_NOT_VERIFIED = re.compile(r"\s*\(not verified\)\s*$", re.I)


_SAYS_AFTER = re.compile(rf"\s+(?:{_SAYS_WORDS})\s*[:,.…]*\s*$", re.I)


# a fediverse account after the name ("@user@instance"; not a handle a commenter typed into the name field, "Betty Ann @Mango_Queen")
_HANDLE_AFTER = re.compile(r"(?<=\S)\s+@[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+\s*$")


_HANDLE_RUN_IN = re.compile(r"(?<=[^\s@])@[\w.\-]+$")


def _clean_author(author: str) -> str:
    """The name alone: not Drupal's "(not verified)", a "Says" after it, or the comment's age run into
    it ("Miles Taylor 12 days ago"). A part in brackets stays: it is how the commenter signs ("Jane Stewart
    (Dances With Crayons)", "Graeme (Hamilton)")."""
    name = _SAYS_AFTER.sub("", _NOT_VERIFIED.sub("", author))
    name = _HANDLE_AFTER.sub("", name) or name  # "Jonas Wiklund @jwiklund@mastodon.example.se": the name shown
    run_in = _HANDLE_RUN_IN.search(name)
    if run_in and (" " in name or name[:run_in.start()].lower() == run_in.group(0)[1:].lower()):
        name = name[:run_in.start()]  # (the username's own element run into it: "Marge Tillotson@marge_tillotson")
    when = find_time(name)
    if when and when.end() == len(name.rstrip(" .")) and when.start() > 0:
        name = name[:when.start()].rstrip(" ,·|-–—")
    return name or author
