"""Separate a page (plain text or HTML) into its article and its reader comments.

    page = segment(open("story.html", "rb").read())
    page.article.title, page.article.text
    [c.text for c in page.comments]

Boilerplate ("MORE ON THE TOPIC:", share buttons, reply forms, vote counts) belongs to neither part.
Nothing here loads a model: scoring happens in the caller (see cli.py)."""

from dataclasses import asdict, dataclass, field

from moderator.segment.decode import PageError, decode, sniff_format

__all__ = ["Article", "Comment", "Page", "PageError", "segment"]


@dataclass
class Article:
    title: str = ""
    text: str = ""


@dataclass
class Comment:
    index: int
    text: str
    author: str | None = None
    time: str | None = None
    parent: int | None = None  # index of the comment this one replies to


@dataclass
class Page:
    source: str | None = None
    article: Article = field(default_factory=Article)
    comments: list[Comment] = field(default_factory=list)
    format: str = "text"
    notes: list[str] = field(default_factory=list)  # what the page's limits left unread, said aloud

    def to_dict(self) -> dict:
        doc = {
            "source": self.source,
            "article": asdict(self.article),
            "comments": [asdict(comment) for comment in self.comments],
        }
        if self.notes:
            doc["notes"] = list(self.notes)
        return doc


def segment(data: bytes | str, format: str | None = None, source: str | None = None) -> Page:
    """Split one page. `format` is "text" or "html" (sniffed when None). Raises PageError on input
    that is not a page (binary, undecodable, too large)."""
    if format not in (None, "text", "html"):
        raise ValueError(f"format must be 'text' or 'html', not {format!r}")
    text = decode(data)
    format = format or sniff_format(text)
    if format == "html":
        from moderator.segment.html import segment_html

        title, article, comments, notes = segment_html(text)
    else:
        from moderator.segment.text import segment_text

        title, article, comments = segment_text(text)
        notes = []
    return Page(source=source, article=Article(title=title, text=article), comments=comments, format=format,
                notes=notes)
