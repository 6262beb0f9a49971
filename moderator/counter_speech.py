"""A group defended: "Muslims are not terrorists", "Immigrants are people too", "Trans women are women",
"Black lives matter", "Refugees are welcome here".

Counter-speech of this kind names a group and often the very slur-free trait a stereotype pins on it, so the
classifiers read it as the attack it answers: "Muslims are not terrorists." scored toxicity 0.86, as high
as "Muslims are terrorists." (0.87); "Women are women." 0.66, "Immigrants are people." 0.65 and "Black
lives matter." 0.58, each flagged by the default policy. The training sets teach this: most short "<group>
are <...>" sentences in them are attacks, and the n-gram and embedding members cannot read the negation or
the predicate that turns one round.

What these share is a shape, read in the normalized text (moderator.normalize):
- a stereotype denied: a group, a negated copula and one of moderator.stereotypes' demeaning traits ("Muslims
  are not terrorists", "immigrants aren't criminals", "not all Mexicans are rapists");
- a group's humanity, equality or belonging affirmed: a group, "are" and a word for people, equals,
  neighbours or welcome ("immigrants are people too", "gay people are human beings", "women are equal to
  men", "refugees are welcome here", "Muslims belong here"), or its own noun ("trans women are women");
- the slogans "<group> lives matter" and "<group> rights are human rights".
`defends_groups_only` answers whether a comment holds nothing else: one word more ("Women are women, and
they belong in the kitchen", "Muslims are not terrorists, they are animals") and the scores stand as the
models gave them. Groups named by a slur never count ("... are people too" after a slur is no defence).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from moderator.exclusion import GROUP_NAMES
from moderator.normalize import LETTER_RUNS, letter_words, normalize
from moderator.stereotypes import DEMEANING_TRAIT, GROUP_ADJECTIVES, PEOPLE_NOUNS

# group names that are slurs: naming a group by one is no defence of it
_SLUR_NAMES = frozenset(["muzzies", "kikes", "negroes", "niggers", "niggas", "spics", "faggots", "fags", "dykes",
                         "retards", "trannies", "queers", "transgenders", "gypsies"])
_NAMES = sorted({*(n for n in GROUP_NAMES if n not in _SLUR_NAMES),
                 "men", "boys", "males", "immigrants", "migrants", "refugees", "asylum seekers", "natives",
                 "trans women", "trans men", "lgbt people", "lgbtq people", "muslim women", "black women",
                 "black men", "indigenous people", "native people", "palestinians", "israelis"},
                key=len, reverse=True)
_GROUP = rf"(?:(?:{'|'.join(GROUP_ADJECTIVES)}) {PEOPLE_NOUNS}|{'|'.join(_NAMES)})"
_DETERMINER = r"(?:(?:all|most|the|our)\s+)?"
_NOT = r"(?:\s+(?:are|r)\s*(?:n'?t|not|never)|\s+aren'?t)"
_DENIED = re.compile(
    rf"\b(?:not\s+(?:all|every|most)\s+{_GROUP}\s+(?:are|r)|{_DETERMINER}{_GROUP}{_NOT})"
    rf"(?:\s+(?:all|just|only|simply|a bunch of|bunch of))*\s+{DEMEANING_TRAIT}\b")
# what a group is affirmed to be: people, equals, neighbours, welcome, valid
_WORTH_WORDS = [
    "people", "persons", "human", "humans", "human beings", "individuals", "citizens", "neighbours", "neighbors",
    "our neighbours", "our neighbors", "our friends", "our family", "family", "families", "our brothers and sisters",
    "brothers and sisters", "our fellow citizens", "fellow citizens", "fellow americans", "fellow canadians",
    "equal", "equals", "equal to men", "equal to women", "equal to everyone", "equal to anyone", "equal to us",
    "welcome", "valid", "loved", "americans", "canadians", "british", "australians", "people like us",
    "people like you", "people like everyone else", "people just like us", "people just like you",
    "not the enemy", "not our enemy", "not a threat",
]
# praise that may stand before them: "Muslims are wonderful neighbours", "refugees are resilient people"
_PRAISE = (r"(?:good|great|wonderful|lovely|kind|decent|hard ?working|hard-working|loyal|peaceful|resilient|brave|"
           r"valued|valuable|productive|law ?abiding|law-abiding|caring|generous|honest|ordinary|normal)")
# longest first: "human beings" is taken whole, not "human" and a stray "beings"
_WORTH = (rf"(?:(?:just\s+|also\s+|still\s+)?(?:{_PRAISE}\s+)?(?:"
          + "|".join(sorted(_WORTH_WORDS, key=len, reverse=True)) + ")"
          r"(?:,?\s+not\s+" + DEMEANING_TRAIT + r")?(?:\s+(?:too|as well|also|here))*)")
# (a defence may go on about the group as "they": "Refugees are not invaders, they are people too")
_AFFIRMED = re.compile(rf"\b{_DETERMINER}{_GROUP}\s+(?:are|r)(?:\s+(?:all|also|still|just))*\s+{_WORTH}\b"
                       rf"|\b{_DETERMINER}{_GROUP}\s+(?:belong|are welcome)\s+here\b"
                       rf"|\b(?:they|these people|those people)(?:'re|\s+are)(?:\s+(?:all|also|still|just))*\s+{_WORTH}\b")
# a stereotype named and condemned: "Calling all Muslims terrorists is wrong."
_CONDEMNED = re.compile(
    rf"\b(?:calling|to call|labell?ing|branding)\s+{_DETERMINER}{_GROUP}\s+(?:a\s+bunch\s+of\s+)?{DEMEANING_TRAIT}\s+"
    r"(?:is|was)\s+(?:just\s+|simply\s+|plain\s+)?(?:wrong|racist|bigoted|bigotry|hateful|hate|prejudice|ignorant|"
    r"disgusting|unacceptable|not ok(?:ay)?|shameful|a lie|false|untrue|nonsense)\b")
# a group named again as what it is: "trans women are women", "women are women"
_OWN_NOUN = re.compile(r"\b(?:(?:trans|transgender|black|gay|muslim|disabled)\s+)?(women|men|people)\s+(?:are|r)\s+\1\b")
# not "white lives matter", a white-supremacist slogan
_SLOGAN = re.compile(rf"\b(?:{'|'.join(a for a in GROUP_ADJECTIVES if a != 'white')}|trans|women'?s|gay|lgbtq?)\s+"
                     r"(?:lives\s+matter|rights\s+are\s+human\s+rights)\b")
_SHAPES = (_DENIED, _AFFIRMED, _OWN_NOUN, _SLOGAN, _CONDEMNED)
# what may stand beside the defences in a comment that holds nothing else
_FILLER = frozenset(["and", "too", "also", "yes", "period", "full", "stop", "simple", "as", "that", "so",
                     "just", "remember", "folks", "people", "everyone", "all", "of", "them", "they", "end", "story",
                     "enough", "said", "absolutely", "exactly", "indeed"])
_CUES = frozenset(["are", "r", "aren", "arent", "re", "belong", "lives", "rights", "calling", "call", "labeling",
                   "labelling", "branding"])
# the first word of every group a defence names: most comments stop at these two set lookups
_GROUP_CUES = frozenset([name.split()[0] for name in _NAMES] + list(GROUP_ADJECTIVES) + ["not", "trans", "lgbt", "lgbtq"])
# a comment longer than this holds more than a defence or two
MAX_DEFENSE_CHARS = 300


def find_group_defenses(normalized: str, words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each group defended in a normalized text, left to right."""
    words = letter_words(normalized) if words is None else words
    if _CUES.isdisjoint(words):
        return []
    found = {(m.start(), m.end()) for shape in _SHAPES for m in shape.finditer(normalized)}
    return sorted(found)


def defends_groups_only(text: str) -> bool:
    """Whether a comment does nothing but defend groups: every word of it inside a defence, but for a few
    fillers ("Muslims are people too. Period.")."""
    if len(text) > MAX_DEFENSE_CHARS:
        return False
    typed = set(LETTER_RUNS.findall(text.lower()))  # a disguised defence ("Mu$lims ...") is left to the scores
    if _CUES.isdisjoint(typed) or _GROUP_CUES.isdisjoint(typed):
        return False
    normalized = normalize(text).text
    found = find_group_defenses(normalized)
    if not found:
        return False
    rest = list(normalized)
    for start, end in found:
        rest[start:end] = " " * (end - start)
    return set(LETTER_RUNS.findall("".join(rest))) <= _FILLER
