"""Bad input: empty, binary, huge, truncated or malformed pages, and every common encoding, with or
without a declared charset. Each gives a clear PageError or a correct (possibly empty) result."""

import time

import pytest

from moderator.segment import PageError, segment
from moderator.segment.decode import decode, sniff_format

ARTICLE = ("Le café de la rue Saint-Honoré a rouvert ses portes lundi, après deux ans de travaux. "
           "« Nous avons tout refait », a déclaré la propriétaire, Hélène Marchal, 54 ans.")
COMMENTS = ["Très bien, j'y vais demain matin !", "Enfin... c'était trop long ces travaux lol"]
TEXT_PAGE = ARTICLE + "\nComments (2)\n" + "\n".join(COMMENTS) + "\n"
HTML_PAGE = """<html><head>{meta}<title>Café rouvert</title></head><body>
<article><h1>Le café rouvre</h1><p>{article}</p><p>Les clients étaient nombreux dès l'ouverture, selon la mairie.</p></article>
<ol class="commentlist">
<li class="comment" id="comment-1"><cite class="fn">Zoë</cite><p>{c0}</p></li>
<li class="comment" id="comment-2"><cite class="fn">Jérôme</cite><p>{c1}</p></li>
</ol></body></html>"""


def _html(meta: str = "") -> str:
    return HTML_PAGE.format(meta=meta, article=ARTICLE, c0=COMMENTS[0], c1=COMMENTS[1])


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", "", b"\xef\xbb\xbf"])
def test_empty_page_is_an_empty_result(data):
    page = segment(data)
    assert page.comments == [] and page.article.text == "" and page.article.title == ""


@pytest.mark.parametrize("data", [b"<html></html>", b"<html><body></body></html>", b"<!DOCTYPE html>"])
def test_empty_html_is_an_empty_result(data):
    page = segment(data, format="html")
    assert page.comments == [] and page.article.text == ""


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    bytes(range(256)) * 64,
    b"\x7fELF\x02\x01\x01" + b"\x00" * 500,
])
def test_binary_input_is_a_clear_error(data):
    with pytest.raises(PageError, match="binary"):
        segment(data)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_text_page_in_any_encoding_without_declaration(encoding):
    data = TEXT_PAGE.encode(encoding)
    page = segment(data)
    assert page.article.text == ARTICLE
    assert [c.text for c in page.comments] == COMMENTS


@pytest.mark.parametrize("encoding,declared", [
    ("cp1252", "windows-1252"), ("latin-1", "iso-8859-1"), ("utf-8", "utf-8"),
    ("cp1252", None), ("latin-1", None), ("utf-16", None), ("utf-16-le", None),
    ("utf-8", "iso-8859-1"),  # a wrong declaration loses to bytes that are valid UTF-8
])
def test_html_page_in_any_encoding(encoding, declared):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    page = segment(_html(meta).encode(encoding))
    assert page.format == "html"
    assert [(c.author, c.text) for c in page.comments] == [("Zoë", COMMENTS[0]), ("Jérôme", COMMENTS[1])]
    assert "Hélène Marchal" in page.article.text


def test_cp1252_smart_quotes_decode():
    assert decode("“Hello” – it’s €5".encode("cp1252")) == "“Hello” – it’s €5"


def test_truncated_and_malformed_html():
    html = _html()
    truncated = html[: html.index("Jérôme") + 3]  # cut inside the second comment's author
    page = segment(truncated.encode("utf-8")[:-1])  # and inside a UTF-8 character
    assert page.comments[0].text == COMMENTS[0]
    assert "Hélène Marchal" in page.article.text
    malformed = html.replace("</p>", "").replace("</li>", "<div><span>").replace("</ol>", "</table></td>")
    page = segment(malformed)
    assert [c.author for c in page.comments] == ["Zoë", "Jérôme"]
    assert page.comments[1].text == COMMENTS[1]


def test_script_and_style_content_never_appears():
    html = _html().replace("<p>Les clients", "<script>alert('SCRIPT_X')</script><style>p{x:1}/*STYLE_X*/</style>"
                           "<noscript>NOSCRIPT_X</noscript><p>Les clients")
    html = html.replace(f"<p>{COMMENTS[0]}</p>", f"<p>{COMMENTS[0]}</p><script>SCRIPT_Y()</script>")
    page = segment(html)
    everything = page.article.text + " ".join(c.text for c in page.comments)
    for leak in ("SCRIPT_X", "STYLE_X", "NOSCRIPT_X", "SCRIPT_Y"):
        assert leak not in everything
    assert page.comments[0].text == COMMENTS[0]


def _big_html(megabytes: float) -> bytes:
    comment = ("<li class='comment' id='comment-{i}'><cite class='fn'>reader{i}</cite>"
               "<p>I disagree with the council on this, number {i}.</p></li>")
    items, size, i = [], 0, 0
    while size < megabytes * 2**20:
        item = comment.format(i=i)
        items.append(item)
        size += len(item)
        i += 1
    return ("<html><body><article><h1>Big thread</h1><p>" + "The council met on Monday. " * 40
            + "</p></article><ol class='commentlist'>" + "".join(items) + "</ol></body></html>").encode()


def test_20_megabytes_of_html_in_bounded_time():
    data = _big_html(20)
    started = time.perf_counter()
    page = segment(data)
    elapsed = time.perf_counter() - started
    # The machine running the tests is shared and slow; on one free core this is a few seconds.
    assert elapsed < 90, elapsed
    assert page.comments[0].author == "reader0"
    assert page.comments[0].text == "I disagree with the council on this, number 0."
    assert 1000 <= len(page.comments) <= 5000
    assert "The council met on Monday." in page.article.text
    # what was left unread is said, in the page JSON too: those comments were not moderated
    assert any("page cut at its first 4 MiB" in note for note in page.notes)
    assert any("thread cut at its first 5000 comments" in note for note in page.notes)
    assert page.to_dict()["notes"] == page.notes


def test_a_page_within_the_limits_has_no_notes():
    page = segment(_big_html(0.2))  # ~2,000 comments
    assert page.notes == [] and "notes" not in page.to_dict() and len(page.comments) > 1000


def test_oversized_input_is_a_clear_error():
    with pytest.raises(PageError, match="limit"):
        segment(b"a" * (65 * 2**20))


def test_format_sniffing():
    assert sniff_format(_html()) == "html"
    assert sniff_format(TEXT_PAGE) == "text"
    assert sniff_format("He wrote <b>bold</b> in his comment, and that is all.\nAnother line") == "text"
    with pytest.raises(ValueError):
        segment("x", format="pdf")


@pytest.mark.parametrize("piece", ["- ", "* ", "1. ", "[", "| reply ", "Reply · ", "0"])
def test_a_line_of_one_piece_repeated_segments_in_bounded_time(piece):
    # (a row of list marks recursed once a mark and crashed; a row of brackets or of action words was read once per
    # piece, the square of the line's length; bench/adversarial.py --pages times every such piece)
    line = (piece * 20_000)[:20_000]
    started = time.perf_counter()
    page = segment(("Library keeps Saturday hours\n" + "The library board voted on Tuesday to keep all four branches open, "
                    "the chair said.\n" * 5 + line + "\n").encode(), format="text")
    assert time.perf_counter() - started < 30  # (a few tenths of a second on one free core)
    assert "keep all four branches open" in page.article.text
