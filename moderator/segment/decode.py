"""Bytes in, text out: charset detection, format sniffing and the limits that keep a page's cost bounded.

Order of evidence for the charset: a byte-order mark, then a charset the page declares (HTTP-equiv
meta, <meta charset>, XML prolog) when it really decodes the bytes, then strict UTF-8, then
UTF-16 without a BOM (every other byte NUL), then charset-normalizer's guess, then Windows-1252 (which
decodes any byte, and is what "Latin-1" pages almost always are)."""

import codecs
import re

import charset_normalizer

# Pages above this are refused outright; HTML above HTML_TRUNCATE is cut (the comments of a real page
# never sit 4 MB deep, and the tree stays cheap to parse and walk).
MAX_BYTES = 64 * 1024 * 1024
HTML_TRUNCATE = 4 * 1024 * 1024


class PageError(ValueError):
    """The input cannot be read as a page (binary, too large, undecodable)."""


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,80}?encoding\s*=\s*["'])\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Signatures of common binary formats that would otherwise decode as cp1252 noise.
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
          b"MZ", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00",
          b"SQLite format 3")


def _declared_charset(head: bytes) -> str | None:
    match = _DECLARED.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # A page declaring ISO-8859-1 is, per the HTML standard and in practice, Windows-1252.
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    # A UTF-16 declaration inside bytes we could read as ASCII is a lie (the standard says use UTF-8).
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return None
    return name


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# The same characters one by one: `in` scans at memory speed, and most pages hold none of them.
_CONTROL_LIST = tuple(chr(c) for c in (*range(0x00, 0x09), *range(0x0e, 0x20)))


def _is_binary(text: str) -> bool:
    """Text whose sample is full of control characters was not written to be read."""
    sample = text[:20000]
    if not sample or not any(char in sample for char in _CONTROL_LIST):
        return False
    controls = len(_CONTROL.findall(sample))
    return "\x00" in sample or controls / len(sample) > 0.01


def decode(data: bytes | str) -> str:
    """Text of a page, or PageError when it is binary, too large or not text at all."""
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise PageError(f"page is {len(data) / 2**20:.0f} MiB; the limit is {MAX_BYTES // 2**20} MiB")
        text = _decode_bytes(data)
    if _is_binary(text):
        raise PageError("input looks binary, not a text or HTML page")
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _decode_bytes(data: bytes) -> str:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    if any(data.startswith(magic) for magic in _MAGIC):
        raise PageError("input looks binary (a known file signature), not a text or HTML page")
    utf16 = _looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares (mislabelled pages are common;
    # text in a single-byte charset is almost never valid UTF-8 by accident).
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3:
            return data.decode("utf-8", errors="replace")  # a page truncated mid-character
    declared = _declared_charset(data[:4096])
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = charset_normalizer.from_bytes(data[:65536]).best()
    name = best.encoding if best is not None else "cp1252"
    # DOS and Mac code pages are all but extinct on the web, and on short samples charset-normalizer
    # confuses Windows-1250 with 1252: all of these guesses are read as Windows-1252, the Western web's
    # default. (Cyrillic, Greek, CJK and other guesses are kept.)
    if name.startswith(("cp4", "cp8", "mac_", "latin_1", "iso8859_15", "ascii", "utf_8", "cp1250", "iso8859_2")):
        name = "cp1252"
    try:
        return data.decode(name, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:div|p|article|section|span|table|ul|ol|li|a|br|meta|title|script)[\s/>]", re.I)


def sniff_format(text: str) -> str:
    """'html' when the text carries HTML markup, else 'text'."""
    head = text[:65536]
    stripped = head.lstrip()
    if stripped[:1] == "<" and _HTML_SNIFF.search(stripped[:2048]):
        return "html"
    # A text page quoting one tag stays text: demand several tags, near the start or dense overall.
    tags = len(_HTML_SNIFF.findall(head))
    return "html" if tags >= 5 and tags * 200 > len(head) else "text"
