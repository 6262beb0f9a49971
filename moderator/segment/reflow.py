"""Text as tools print a page, brought back to one line per paragraph and plain words before text.py reads it.

lynx -dump, w3m and html2text wrap paragraphs at a fixed width (72 to 80 columns) and mark links; html2text and
other converters write Markdown. text.py reads a line as a paragraph or a block, and a line's marks (a name
alone, a time, "Reply") as plain words, so a printed page is first reflowed:
- hard-wrapped paragraphs are joined again: where the page has a width (most of its lines end just short of
  one column and hardly any passes it), a line ends at that width only because the next line's first word
  would not have fitted, and the two are one paragraph;
- link numbers ("[25]Grumpy_of_Parley", lynx and w3m) are dropped where the page carries them, and Markdown's
  links and images become their words, its emphasis and heading marks go ("**Marcus Bell** says:",
  "## 12 comments", "#### Oskar Lindahl") where the page is written in Markdown.
A browser's copy (one line per paragraph, no width, no marks) goes through unchanged."""

import re
from bisect import bisect_right

_MIN_WIDTH, _MAX_WIDTH = 56, 100
_NEAR = 14  # a wrapped line ends within this many columns of the width
_ITEM_MARK = re.compile(r"^\s*(?:[*+•o-]|\d{1,3}[.)])\s+")
_LIST_ITEM = re.compile(_ITEM_MARK.pattern + r"\S")
_RULE = re.compile(r"^\s*(?:[*_-]\s*){3,}$")  # "* * *", "---": a break between blocks


def _width(lines: list[str]) -> int | None:
    """The column the page's paragraphs were wrapped at, or None when they were not: the narrowest width that no
    more than one line in forty (or one line, on a shorter page) passes, where at least a quarter of the longer lines
    end within _NEAR columns of it. (A URL or a Markdown link is not broken, and converters leave list items, quotes
    and emphasised lines whole: those lines may pass.)"""
    longer = sorted(len(line) for line in lines if len(line.strip()) > 30)
    breakable = sorted(len(line) for line in lines if line.strip() and "://" not in line and "](" not in line
                       and not _LIST_ITEM.match(line) and not line.lstrip().startswith(">"))
    if len(longer) < 8:
        return None
    for width in range(_MIN_WIDTH, _MAX_WIDTH + 1):
        if (len(breakable) - bisect_right(breakable, width)) * 40 <= max(len(breakable), 40):  # (one on any page: a line left whole)
            near = bisect_right(longer, width) - bisect_right(longer, width - _NEAR)
            return width if near * 4 >= len(longer) else None
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues(line: str, following: str, width: int) -> bool:
    """Whether `following` carries on the paragraph that `line` was wrapped out of."""
    if not line.strip() or not following.strip() or _LIST_ITEM.match(following) or following.lstrip().startswith(("#", ">")):
        return False
    if len(line) + 1 + len(following.split()[0]) <= width or len(line) < width - 2 * _NEAR:
        return False  # the next word would have fitted: the line ended there on purpose
    opening = following.lstrip()
    if line[-1:] in '.!?"”' and (opening[:1].isupper() or opening.startswith("[")):
        return False  # (a sentence ends at the width and another block may begin: "Report this comment", a name)
    item = _ITEM_MARK.match(line)  # (a list item's wrapped lines hang under its words: "  1. Merge the two ...")
    return _indent(following) in (_indent(line), len(item.group(0)) if item else -1)


_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
# (a link's text holds no bracket: a line of brackets, "[[[[...", is then read in one pass, not once per bracket)
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^(\s*)#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_STRONG = re.compile(r"(?<!\w)(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")


_EMPTY_ITEM = re.compile(r"^\s*(?:[*+•-]|\d{1,3}[.)])\s*$")


def _is_markdown(lines: list[str]) -> bool:
    marks = sum(bool(_MD_LINK.search(line) or _MD_HEADING.match(line) or _MD_STRONG.search(line)) for line in lines)
    return marks >= 3


def _numbers_links(lines: list[str]) -> bool:
    return sum(len(_LINK_NUMBER.findall(line)) for line in lines) >= 5


# lynx's and w3m's own lines: the page's <link>s over it ("#[1]News RSS [2]alternate") and the list of link
# targets under it ("References", "Visible links", then "  12. https://...")
_HEAD_LINKS = re.compile(r"^\s*#\[\d{1,4}\]")
_LINK_LIST_HEADING = re.compile(r"^\s*(?:references|visible links:?|hidden links:?)\s*$", re.I)
_LINK_TARGET = re.compile(r"^\s*\d{1,4}\.\s+\S+:\S*$")


def _without_link_lists(lines: list[str]) -> list[str]:
    kept, listing = [], False
    for line in lines:
        if _LINK_LIST_HEADING.match(line):
            listing = True
        elif not (listing and (not line.strip() or _LINK_TARGET.match(line))):
            listing = False
            if not _HEAD_LINKS.match(line):
                kept.append(line)
            continue
        kept.append("")
    return kept


def _plain(line: str, markdown: bool, numbered: bool) -> str:
    if numbered:
        line = _LINK_NUMBER.sub("", line)
    if markdown:
        line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line))
        line = _MD_HEADING.sub(r"\1\2", line)
        line = _MD_EMPHASIS.sub(r"\2", _MD_STRONG.sub(r"\2", line))
    if markdown or numbered:
        line = _EMPTY_ITEM.sub("", line)  # (a list item that held only an avatar or a link number: "  * ")
    return line


def reflow(text: str) -> str:
    """The page with its wrapped paragraphs joined and its link numbers and Markdown marks removed; the same text
    where it has none of them."""
    return reflow_page(text)[0]


def reflow_page(text: str) -> tuple[str, str | None]:
    """(the reflowed page, its headline): the headline is the page's first top-level Markdown heading ("# Council
    moves to limit food trucks") in plain words, where the page is written in Markdown (the converter's h1, the
    story's headline); None elsewhere. One reading of the page for both."""
    lines = [line.rstrip().expandtabs(4) for line in text.split("\n")]
    markdown, numbered = _is_markdown(lines), _numbers_links(lines)
    headline = None
    if markdown:
        first = next((line for line in lines if line.startswith("# ")), None)
        headline = _plain(first, markdown=True, numbered=numbered).strip() or None if first is not None else None
    if numbered:
        lines = _without_link_lists(lines)
    width = _width(lines)
    if width is None and not markdown and not numbered:
        return text, headline
    out: list[str] = []
    joining = False
    for i, line in enumerate(lines):
        plain = "" if _RULE.match(line) else _plain(line, markdown, numbered)
        if joining:
            out[-1] = out[-1] + " " + plain.strip()
        else:
            out.append(plain)
        joining = width is not None and i + 1 < len(lines) and _continues(line, lines[i + 1], width)
    return "\n".join(out), headline
