"""The story: trafilatura's text of the page with the thread, forms and sidebars taken out, completed with
what trafilatura leaves out of a story (its byline, loose runs, continuations, a script-built story's
description)."""

import re
from contextlib import contextmanager

from lxml import etree

from moderator.segment.structured import article_body_from_json_ld
from moderator.segment.text import find_time
from moderator.segment.html.markup import (_attached, _furniture, _has, _HEADINGS, _HIDDEN_STYLE, _may_name_sidebar, _MIN_PROSE,
                                           _PAGE, _page_index, _prose_words, _remove, _SIDEBAR_TOKEN, _text, _words)


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
    with _joiners_kept(root) as restore:
        doc = trafilatura.bare_extraction(root, include_comments=False, fast=True, with_metadata=False, favor_recall=False)
    text = _without_menus(restore(doc.text), root) if doc is not None and doc.text else ""
    text = _with_article_body(text, root)
    if json_ld:
        text = _with_body(text, (article_body_from_json_ld(json_ld) or "").split("\n"))
    if _prose_words(text) < _MIN_PROSE:
        text = _with_description(text, root)
    if not text:
        return ""
    return _complete_story(text, root)


# Zero-width joiners are spelling, not noise: Persian, Urdu and the Indic scripts write words with the
# non-joiner ("حمل‌ونقل") and emoji sequences hang on the joiner (👨‍👩‍👧). trafilatura drops every character
# that is not printable, these with them; they cross its extraction as two rare printable stand-ins.
_JOINERS = {"\u200c": "\U0001f700", "\u200d": "\U0001f701"}  # alchemical symbols: unseen in comments and news
_JOINER_NODES = etree.XPath("//text()[contains(., '\u200c') or contains(., '\u200d')]")
_STAND_IN_NODES = etree.XPath("//text()[contains(., '\U0001f700') or contains(., '\U0001f701')]")


@contextmanager
def _joiners_kept(root):
    """Within the block, the page's zero-width joiners stand in as printable characters; yields the function
    that turns an extracted text's stand-ins back. The page is as before when the block ends."""
    nodes = _JOINER_NODES(root) if not _STAND_IN_NODES(root) else []  # a page with the stand-ins keeps trafilatura's way
    swapped = [_swap_node(node, _JOINERS) for node in nodes]
    back = {stand_in: joiner for joiner, stand_in in _JOINERS.items()}
    try:
        yield (lambda text: _swapped(text, back)) if swapped else (lambda text: text)
    finally:
        for el, attr in swapped:
            setattr(el, attr, _swapped(getattr(el, attr), back))


def _swap_node(node, table: dict) -> tuple:
    el, attr = node.getparent(), ("tail" if node.is_tail else "text")
    setattr(el, attr, _swapped(getattr(el, attr), table))
    return el, attr


def _swapped(text, table: dict):
    for old, new in table.items():
        text = text.replace(old, new) if text else text
    return text


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
    # (the story's first paragraph, not its deck when that is a <p>: the byline goes between them)
    first = next((p for p, line in paragraphs if line in present and not _is_deck(p)), None)
    if first is None:
        first = next(p for p, line in paragraphs if line in present)
    text = _with_byline(text, scope, first, flat or lines)
    text = _with_deck(text, scope, first, flat or lines)
    text = _with_loose_runs(text, main, flat)
    text = _with_lists(text, main, present, flat)
    text = _with_slides(text, main, flat)
    return _with_continuations(text, paragraphs, present, kept, main, scope)


_SLIDE = re.compile(r"^slide$", re.I)


def _with_slides(text: str, main, flat: str) -> str:
    """A list story shown on one page keeps each item in a block named "slide" (Bleacher Report's div.slide: the
    item's heading, its stat line, its paragraphs), which trafilatura drops as a slideshow's furniture. In the
    block that holds the story's paragraphs, such blocks of prose are the story, in their order."""
    if not flat:
        return text
    added = []
    for block in main:
        if not isinstance(block.tag, str) or not any(_SLIDE.match(tok) for tok in (block.get("class") or "").split()):
            continue
        lines = [" ".join(el.text_content().split()) for el in block.iter("h2", "h3", "h4", "p", "li")]
        lines = [line for line in lines if line and line not in flat]
        if sum(len(line.split()) for line in lines) >= 25:
            added += lines
    return "\n".join([text, *added]) if added else text


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


_LIST_ITEM_WORDS = 6


def _with_lists(text: str, main, present: set, flat: str) -> str:
    """A story's bulleted or numbered list between two of its paragraphs ("<p>..</p><ul><li>If possible,
    start your search ..</li>..</ul><p>..</p>"): trafilatura's default extraction drops it, readers (and
    the gold texts) keep it. A list in the block holding the story's paragraphs, with kept paragraphs on
    both sides (or after the last, introduced by a line ending in a colon), whose items are sentences (six
    words or more) rather than links, goes in after the paragraph before it."""
    if not flat:
        return text
    children = [child for child in main if isinstance(child.tag, str)]
    kept_at = [i for i, child in enumerate(children)
               if child.tag == "p" and " ".join(child.text_content().split()) in present]
    if len(kept_at) < 2:
        return text
    lines = text.split("\n")
    for i, child in enumerate(children):
        intro = " ".join(children[i - 1].text_content().split()) if i and children[i - 1].tag == "p" else ""
        # (or after the story's last paragraph, where a line of its own introduces it: "Background:" over the list)
        if child.tag not in ("ul", "ol") or not (kept_at[0] < i < kept_at[-1] or kept_at[-1] < i and intro.endswith(":")):
            continue
        items = [" ".join(li.text_content().split()) for li in child if li.tag == "li"]
        linked = sum(len(a.text_content().split()) for a in child.iter("a"))
        words = sum(len(item.split()) for item in items)
        # (items that are sentences, or, in a list without a link, short items: the roads a story lists)
        shortest = _LIST_ITEM_WORDS if linked else 2
        if not items or any(len(item.split()) < shortest for item in items) or linked > 0.3 * words:
            continue
        if any(" ".join(item.split()[:_LIST_ITEM_WORDS]) in flat for item in items):
            continue  # trafilatura kept the list, maybe written its own way ("- item")
        before = " ".join(children[max(j for j in kept_at if j < i)].text_content().split())
        at = next((k + 1 for k, line in enumerate(lines) if " ".join(line.split()) == before), None)
        kept_intro = next((k + 1 for k, line in enumerate(lines) if intro and " ".join(line.split()) == intro), None)
        if kept_intro is not None:
            lines[kept_intro:kept_intro] = items  # under its introduction, where trafilatura kept that line
        elif at is not None:
            lines[at:at] = ([intro] if intro and intro != before else []) + items
    return "\n".join(lines)


def _byline_named(el) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_BYLINE_NAME.search(_CAMEL.sub(r"\1 \2", names)))


def _byline_line(el, seen) -> tuple[str, bool, bool] | None:
    """The element's text, whether it opens with "by" and whether it holds a time, when it reads as a
    byline or dateline ("By Scott Shane", "July 23, 2012 10:48 AM EDT") and is not in the text yet."""
    if not 1 <= len(el.text_content().split()) <= _BYLINE_WORDS:
        return None
    # Its lines as shown: a name and a role in two <p>s of one block are two lines, not "LindahlSeattle".
    line = " ".join(_text(el).split())
    if line in seen:
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


# Class and id words of a story's deck, the sentence under its headline ("standfirst", "dek", "article-subtitle").
_DECK_NAME = re.compile(r"(?:^|[-_\s])(?:deck|dek|standfirst|sub-?head(?:line)?|sub-?title|strap(?:line)?|standalone-deck|teaser|chapo|chapeau|preamble|ingress|perex|entradilla|sumario|bajada|sommario|vorspann)(?:$|[-_\s])"
                        r"|(?:^|\s)(?:[a-z]+-)?(?:lead|lede)(?:$|\s)|__(?:lead|lede)(?:$|\s)", re.I)  # (a class ending in "lead": the story's bold first paragraph)
_DECK_WORDS = (6, 60)


def _is_deck(el) -> bool:
    return bool(_DECK_NAME.search(_CAMEL.sub(r"\1 \2", f"{el.get('class') or ''} {el.get('id') or ''}")))


def _with_deck(text: str, scope, first, seen) -> str:
    """The deck under the headline ("Expedition team returning to Hawaii with no new evidence"), which
    trafilatura drops as a second heading; the gold texts keep it (on all 10 training pages where this
    reads one). The first block so named, after the story's <h1> where the scope holds one and before its
    first paragraph, goes at the top of the text."""
    heading = next(scope.iter("h1"), None)
    started = heading is None
    for el in scope.iter():
        if el is first:
            break
        if el is heading:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag in ("a", "li", "ul", "ol") or not _is_deck(el):
            continue
        line = " ".join(next((line for line in _text(el).split("\n") if line.strip()), "").split())
        # (not a date line under the headline that a theme names so: "Oct 30, 2012 - Leave a Comment")
        if not _DECK_WORDS[0] <= len(line.split()) <= _DECK_WORDS[1] or line in seen or find_time(line) or _furniture(line):
            return text
        return "\n".join([line, text])
    return text


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


# The publisher's own appeals set inside or under the story: to subscribe, to sign up for a newsletter, to give
# ("Since you're here ... we have a small favour to ask", "Get local news delivered to your inbox!", "Contribute now")
_APPEAL = re.compile(
    r"^(?:since you(?:'|’)re here\b|.{0,40}\bwe have a small favou?r to ask\b|get (?:local |the latest |our )?news delivered to your inbox\b|"
    r"subscribe to (?:our|the) .{0,40}newsletter\b|sign up (?:for|to) (?:our|the) .{0,40}newsletter\b|"
    r"\*?\s*i understand and agree that registration on or use of this site|"
    r".{0,80}\bplease (?:make a contribution|consider (?:supporting|donating to|subscribing to))\b|"
    r"(?:contribute|donate|subscribe|support us) now\W*$|(?:learn more\s*)?support (?:the|our) [\w ]{1,30}$|"
    r"readers like you (?:are keeping|keep|make|help)\b|.{0,80}\bhelps? keep (?:the )?paywalls? away\b|"
    r".{0,80}\bif you value (?:this|our) (?:reporting|journalism|work)\b|by clicking (?:on )?the sign[- ]?up button\b)", re.I)


def without_appeals(text: str) -> str:
    """The article without the publisher's appeals to subscribe, sign up or give (the story never holds them)."""
    lines = text.split("\n")
    kept = [line for line in lines if not (len(line.split()) <= 60 and _APPEAL.match(line.strip()))]
    return text if len(kept) == len(lines) or not any(line.strip() for line in kept) else "\n".join(kept)


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
