"""Personal information posted in a comment: an email address, a phone number, a home address.

Comment rules forbid posting anyone's contact details: "her number is 555-123-4567" or "he lives at 42 Elm
Street" under a story is an invitation to harass, and none of it reads as abuse to the classifiers.
Moderators want such comments before readers see them, whoever the details belong to (a commenter's own
email is spam or a privacy risk too). `find_personal_info` reads them in the text as typed (the
normalization would read "john@mail.com" as leetspeak); the lexicon member marks them as spans with a
reason, and a policy's `[phrases] flag = [..., "personal_info"]` sends the comment to a person.

A street address counts only where the text says someone lives there ("lives at", "home address is"):
news comments name public places by their address ("the rally at 1600 Pennsylvania Avenue"). Help lines
and toll-free numbers (1-800, 1-855 ...: a business's or a service's line) are no one's personal details.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# North American numbers ("555-123-4567", "(555) 123 4567", "+1 555.123.4567") and international ones
# written with their country code ("+44 20 7946 0958"); not years, scores, prices or dates
_PHONE = re.compile(
    r"(?<![\w+.$-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])"
    r"|(?<![\w+])\+\d{1,3}(?:[ .-]?\d{2,4}){2,4}(?![\w-])"
)
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Crescent|Cres|"
           r"Terrace|Circle|Cir|Highway|Hwy|Close|Gardens|Grove|Mews|Row|Square|Sq|Rise|Walk|Parade|Parkway|Pkwy|"
           r"Trail|Alley|Loop)")
_ADDRESS = re.compile(
    r"(?i:\b(?:lives?|living|resides?|residing|(?:home|house|apartment|street) (?:is|address is)|address is|"
    r"home address:?|address:)(?: at| on| in)?)\s+"
    rf"(\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{1,3}}{_STREET}\b\.?)"
)
_CUES = re.compile(r"@|\d")
# help lines shared to help, not to harass: the US suicide and crisis line (1-800-273-8255), the US domestic
# violence hotline, Canada's suicide crisis line and Kids Help Phone
HELP_LINES = frozenset({"18002738255", "18007997233", "18334564566", "18006686868"})
# North American toll-free codes: a business's or a service's line ("Cancelling subscription now.
# 1-855-813-6111"), never a person's
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def find_personal_info(text: str) -> list[tuple[int, int]]:
    """(start, end) of each email address, phone number and home address in the text as typed."""
    if not _CUES.search(text):
        return []
    found = [m.span() for m in _EMAIL.finditer(text)]
    found += [m.span() for m in _PHONE.finditer(text) if not _public_line(_digits(m.group()))]
    found += [m.span(1) for m in _ADDRESS.finditer(text)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _public_line(digits: str) -> bool:
    return digits in HELP_LINES or (len(digits) == 11 and digits[0] == "1" and digits[1:4] in TOLL_FREE)


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return digits if len(digits) != 10 else "1" + digits  # with the North American country code
