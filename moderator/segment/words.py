"""Counting a line's words in any script, for the text and HTML readers alike."""

import re

# Chinese and Japanese write no spaces between words: two of their characters count as a word. (Korean writes spaces.)
_CJK_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words in `text`: its spaced words, and two Chinese or Japanese characters for each further word."""
    count = len(text.split())
    if not text.isascii():
        count += len(_CJK_CHARS.findall(text)) // 2
    return count
