"""Who a comment is aimed at: the reader, an @name, or a person named in the article.

Harassment is abuse aimed at a person. The classifiers learn second person and @mentions from the
training data, but only the article knows who "Blinken" or "Lavrov" is: people it names, public
figures included, are possible targets (GUIDE.md: the page's article is context).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SECOND_PERSON = re.compile(r"\b(?:you|your|you'?re|yours|yourself|u|ur|ya)\b", re.IGNORECASE)
_MENTION = re.compile(r"(?<!\w)@\w{2,}")
# Capitalized words, possibly several in a row ("Antony Blinken", "Sergei Lavrov").
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+(?:['’]s)?\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n)\s*$")
# Capitalized words that are not people (titles, months, common starts of news sentences).
_NOT_NAMES = frozenset(
    """The A An And But Or If In On At To Of For By With From As Is It Its This That These Those He She They We
    I His Her Their Our Mr Mrs Ms Dr Sir President Minister Secretary Foreign State Department House Senate
    Congress Court Party Government Prime Deputy Chief General Officials Official News Reuters Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
    October November December According Before After During Just Overall Blinken's Russian American British
    Canadian United States Kingdom Council Union European Arctic National Security Ministry Washington Moscow
    Comments Reply Share More Topic""".split()
)


@dataclass(frozen=True)
class ArticleContext:
    """What a comment's article tells the scorer: the names of the people it mentions."""

    names: frozenset[str] = frozenset()

    @classmethod
    def from_text(cls, article: str | None) -> "ArticleContext":
        if not article:
            return cls()
        names = set()
        for match in _CAPITALIZED.finditer(article):
            word = re.sub(r"['’]s$", "", match.group(0))
            if word in _NOT_NAMES or len(word) < 3:
                continue
            # a capitalized word at a sentence start is only a name if it also appears mid-sentence
            if _SENTENCE_START.search(article[: match.start()]) and not re.search(
                r"[a-z,]\s+" + re.escape(word) + r"\b", article
            ):
                continue
            names.add(word.lower())
        return cls(frozenset(names))


def targets_person(text: str, context: ArticleContext | None = None) -> bool:
    """True when the comment addresses the reader, an @name, or a person the article names.

    Names match on their first five letters too, so nicknames such as "Blinky" for "Blinken" count."""
    if _SECOND_PERSON.search(text) or _MENTION.search(text):
        return True
    if context and context.names:
        prefixes = {n[:5] for n in context.names if len(n) >= 5}
        for word in re.findall(r"[A-Za-z]{3,}", text):
            w = word.lower()
            if w in context.names or (len(w) >= 5 and w[:5] in prefixes):
                return True
    return False
