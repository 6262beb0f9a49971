"""Personal information posted in a comment: an email address, a phone number, a home address, a car's
plate, someone's social accounts or real name.

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
# North American numbers ("555-123-4567", "(555) 123 4567", "+1 555.123.4567"), international ones
# written with their country code ("+44 20 7946 0958"), and national ones dialled with a leading 0 (the UK's
# "07700 900217", "020 7946 0958", "01632 960418"; ten or eleven digits, see _national); not years,
# scores, prices or dates
_PHONE = re.compile(
    r"(?<![\w+.$-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])"
    r"|(?<![\w+])\+\d{1,3}(?:[ .-]?\d{2,4}){2,4}(?![\w-])"
)
# (a pattern of its own that opens with its literal "0", so the regex engine skips to each "0"; the sign
# before it is checked right after it)
_NATIONAL = re.compile(r"0(?<![\w+.$/-]0)\d{2,4}(?:[ .-]?\d{3,4}){2}(?![\w/-]|\.\d)")
_STREET_NAMES = ("Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Way Place Pl Crescent Cres "
                 "Terrace Circle Cir Highway Hwy Close Gardens Grove Mews Row Square Sq Rise Walk Parade Parkway Pkwy "
                 "Trail Alley Loop").split()
_STREET = rf"(?:{'|'.join(_STREET_NAMES)})"
_ADDRESS = re.compile(
    r"(?i:\b(?:lives?|living|resides?|residing|(?:home|house|apartment|street) (?:is|address is)|address is|"
    r"home address:?|address:|lives?,? it'?s|(?:he|she|they)(?:'s| is| are) at|(?:victim|owner|driver|cyclist|suspect"
    r"|family|mum|mom|dad|guy|woman|man|girl|boy|kid) is at|address (?:for|of) [^:\n]{1,60}:)(?: at| on| in)?)\s+"
    # (a flat or an apartment first: "Flat 3, 22 Arundel Road")
    rf"((?:(?:Flat|Apt|Apartment|Unit) \w+,?\s+)?\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{1,3}}{_STREET}\b\.?)"
)
# a seven-digit local number after a word for it ("his home number: 555-0173", "personal cell is 555-0148")
_LOCAL = re.compile(r"(?i:\b(?:number|cell|phone|mobile|landline)\b(?: is|:)?\s*)(\d{3}[ .-]\d{4})(?![\w-]|\.\d)")
# Someone's car, social accounts and real name posted about them (session 24): "plate YD19 KTR", "her
# instagram is @lucy.h", "his facebook: facebook.com/steve.m", "@KarenW real name Karen Walsh". A
# plate needs its word and a digit; an account needs a possessive ("our facebook page is ..." is the
# writer's own); a real name is a commenter's unmasked ("@name is actually ..."): a public figure's
# ("his real name is Alan Shenu") is news. A profile address alone is as often a public page's.
_PLATE = re.compile(
    r"(?i:\b(?:number ?plate|licen[cs]e plate|plates?|reg(?:istration)?)(?: number)?(?: is|:)?)\s+"
    r"((?=[A-Z0-9 -]{5,9}\b)(?=[A-Z -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3,4})\b"
)
_ACCOUNT = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'?s|\w+'s) (?:real |personal |private )?(?:instagram|insta|ig|facebook|fb|tiktok"
    r"|twitter|snapchat|snap|linkedin)(?: account| page| profile| handle)?(?: is|:)?)\s+"
    r"(@[\w.]{2,}|(?:https?://)?(?:www\.)?(?:facebook|instagram|tiktok|twitter|x|linkedin)\.com/[\w./@-]+"
    r"|[a-z]+[\d_]\w*)"  # a bare handle only with a digit or an underscore ("is amazing" is no handle)
)
_REAL_NAME = re.compile(r"@\w+(?:'s)?,? (?i:(?:whose )?real name(?: is|:)?|is (?:actually|really))\s+"
                        r"([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2})\b")
# Where someone's children or someone can be found: "his kids go to St Bede's primary", "she works at the
# Costa on Broad Street" (a child's school, a workplace with its street; "the PM's kids went to Eton" is
# politics, and no primary school)
_SCHOOL = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'?s|\w+'s) (?:kids?|children|sons?|daughters?|boys?|girls?|lads?) (?:go|goes) to)\s+"
    r"((?:the )?[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3}\s+(?i:primary|elementary|nursery|infants?|junior)(?: school)?)\b"
)
_WORKPLACE = re.compile(
    rf"(?i:\bworks? (?:at|in))\s+((?:the\s+)?[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){{0,3}}\s+(?:on|in)\s+"
    rf"[A-Z][\w']*(?:\s+[A-Z][\w']*)?\s+{_STREET})\b"
)
_CUES = re.compile(r"@|\d")
# Each shape is tried only where its own words are (a set look-up on the comment's lower-cased words; most
# comments have none): an address and a workplace hold a street word, an account its site, a school its kind.
_LOWER_WORDS = re.compile(r"[a-z]+")
_STREET_WORDS = frozenset(name.lower() for name in _STREET_NAMES)
_ACCOUNT_WORDS = frozenset("instagram insta ig facebook fb tiktok twitter snapchat snap linkedin".split())
_SCHOOL_WORDS = frozenset("primary elementary nursery infant infants junior".split())
_PLATE_WORDS = frozenset("plate plates numberplate reg registration".split())
_LOCAL_WORDS = frozenset("number cell phone mobile landline".split())
# help lines shared to help, not to harass: the US suicide and crisis line (1-800-273-8255), the US domestic
# violence hotline, Canada's suicide crisis line and Kids Help Phone
HELP_LINES = frozenset({"18002738255", "18007997233", "18334564566", "18006686868"})
# North American toll-free codes: a business's or a service's line ("Cancelling subscription now.
# 1-855-813-6111"), never a person's
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def find_personal_info(text: str) -> list[tuple[int, int]]:
    """(start, end) of each email address, phone number, home address, plate, account, unmasked name,
    child's school and workplace in the text as typed."""
    found = []
    words = set(_LOWER_WORDS.findall(text.lower()))
    street = not _STREET_WORDS.isdisjoint(words)
    if _CUES.search(text):
        found += [m.span() for m in _EMAIL.finditer(text)] if "@" in text else []
        found += [m.span() for pattern in (_PHONE, _NATIONAL) for m in pattern.finditer(text)
                  if not _public_line(_digits(m.group())) and _national(m.group())]
        tried = [(_ADDRESS, street), (_PLATE, not _PLATE_WORDS.isdisjoint(words)), (_REAL_NAME, "@" in text),
                 (_LOCAL, not _LOCAL_WORDS.isdisjoint(words))]
        found += [m.span(1) for pattern, cued in tried if cued for m in pattern.finditer(text)]
    for cue_words, pattern in ((_ACCOUNT_WORDS, _ACCOUNT), (_SCHOOL_WORDS, _SCHOOL)):
        if not cue_words.isdisjoint(words):
            found += [m.span(1) for m in pattern.finditer(text)]
    if street and ("works" in words or "work" in words):
        found += [m.span(1) for m in _WORKPLACE.finditer(text)]
    if not found:
        return []
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _national(number: str) -> bool:
    """A number dialled with its leading 0 has ten or eleven digits, in groups, or written as one a
    mobile's eleven ("07700900217"; ten digits in a row are as often an ISBN or an order number). Free
    (0800, 0808) and organisations' (03...) lines are no one's personal details. The other forms are
    whole by their pattern."""
    if number[0] != "0":
        return True
    digits = re.sub(r"\D", "", number)
    if digits == number and not (len(digits) == 11 and digits.startswith("07")):
        return False
    return len(digits) in (10, 11) and not digits.startswith(("0800", "0808", "03"))


def _public_line(digits: str) -> bool:
    return digits in HELP_LINES or (len(digits) == 11 and digits[0] == "1" and digits[1:4] in TOLL_FREE)


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return digits if len(digits) != 10 else "1" + digits  # with the North American country code
