"""People called vermin: "you are all vermin", "you're nothing but parasites", "these people are
cockroaches", "shut up, you filthy animal".

Calling people pests or beasts denies them their humanity, and it is how incitement against them starts;
yet the words are ordinary nouns, so the classifiers read such comments as mild ("you are all vermin"
scored toxicity 0.20 and "you are vermin" 0.20: both kept; "you are all animals" 0.18). What they share is
a shape: "you" (or "you all", "you guys", "you lot", "y'all"), a copula ("are", "'re", "r", with "all",
"just", "nothing but", "a bunch of" ...) and a word for vermin or beasts; or "you" with an epithet before
the noun ("you filthy animal", "you dirty rat"); or people pointed at ("these people", "those guys",
"people like that") or one person ("he", "she", "that man", "the mayor", "Trump": a name read as typed)
called pests. `find_dehumanization` reads
that shape in the normalized text (moderator.normalize); the lexicon member marks it as a `harassment`
span with a reason, and a policy's `[phrases] flag = [..., "dehumanization"]` sends such comments to a
person.

Only the nouns that are not also praise or pet names: "you're an animal in the gym" and "you beast" are
how friends cheer, so "animal", "beast" and "savage" count only in the plural after "you are all", "you
are just" or "nothing but" ("you are all animals"). A group named by identity ("Mexicans are animals",
"you people are animals") is moderator.stereotypes' shape; negated ("you are not vermin") and questioned
("are you all animals?") sentences do not match. Session 25 added the noun first, then everyone of them
("Parasites, the lot of them", "scum, every last one of them"): 3 training rows, 2 labelled toxic (the
third calls customers who touch the produce "animals, the lot of them").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from moderator.exclusion import negated, questioned
from moderator.normalize import LETTER_RUNS, Normalized, letter_words

_YOU = r"(?:you(?:\s+(?:all|guys|lot))?|y'?all|ya|u)"
_COPULA = r"(?:\s+are|'re|\s+r|\s+were)"
_FILLERS = (r"(?:\s+(?:all|just|only|simply|really|truly|literally|basically|nothing\s+but|no\s+better\s+than|"
            r"a\s+bunch\s+of|bunch\s+of|a\s+pack\s+of|a\s+nest\s+of|a\s+swarm\s+of|such|"
            r"filthy|dirty|disgusting|vile|stinking|fucking|damn|worthless|subhuman))*")


def _any_of(words: list[str]) -> str:
    """A regex alternation of the words, longest first (so "cockroaches" is taken whole, not "cockroach")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# pests and parasites: never praise ("pest" alone is a nuisance: "you're such a pest")
_VERMIN_WORDS = ("vermin cockroach cockroaches roach roaches parasite parasites maggot maggots rats rodent rodents "
                 "leech leeches lice louse pests insects termites subhuman subhumans sub-human sub-humans untermensch "
                 "untermenschen mongrel mongrels swine worm worms toad toads slug slugs weasel weasels").split()
# beasts: praise among friends in the singular ("you're an animal"), so plural and after a filler only
_BEAST_WORDS = "animals beasts savages apes monkeys".split()
# after an epithet any of them is an insult, singular too: "you filthy animal", "you dirty rat"
_EPITHET_NOUN_WORDS = _VERMIN_WORDS + "rat animal animals beast beasts savage savages ape apes monkey monkeys pig pigs".split()
# (not the idiom "a can of worms")
_VERMIN, _BEASTS = r"(?<!can of )(?<!bag of )" + _any_of(_VERMIN_WORDS), _any_of(_BEAST_WORDS)
# "you are all animal lovers", "you were rats' best friends": the noun names something else
_NOT_PEOPLE_AFTER = (r"(?!\s*(?:lovers?|rights|welfare|control|shelters?|activists?|experts?|researchers?|scientists?"
                     r"|specialists?|biologists?|infestations?|removal|traps?|farmers?|farms?|farming|breeders?"
                     r"|catchers?|keepers?|hunters?|populations?|species|'s?\b))")
_COPULA_SHAPE = re.compile(
    rf"\b{_YOU}{_COPULA}(?:{_FILLERS}(?:\s+(?:a|an))?\s+{_VERMIN}"
    rf"|(?:\s+(?:all|just|nothing\s+but|no\s+better\s+than|a\s+bunch\s+of|bunch\s+of|a\s+pack\s+of)){_FILLERS}"
    rf"\s+{_BEASTS})\b{_NOT_PEOPLE_AFTER}")
# people pointed at: "these people are vermin", "those guys are nothing but parasites" (not a bare "they":
# "raccoons are cute, but they are pests" is about raccoons); pests only, as "those guys are animals" is
# often said of criminals in plain outrage
_POINTED_AT = (r"(?:(?:these|those)\s+(?:people|guys|folks|men|women|kids|types|ones)|such\s+people"
               r"|people\s+like\s+(?:that|this|them|him|her|you))")
_POINTED_SHAPE = re.compile(rf"\b{_POINTED_AT}{_COPULA}{_FILLERS}(?:\s+(?:a|an))?\s+{_VERMIN}\b{_NOT_PEOPLE_AFTER}")
# and likened to them: "these people breed like cockroaches", "those guys are just like rats" (not "you are
# like rats in a maze": a bare "you" is how a study's finding is told)
_POINTED_LIKE_SHAPE = re.compile(
    rf"\b{_POINTED_AT}(?:{_COPULA}(?:\s+(?:all|just|basically|literally))*\s+like|\s+breed\s+like|\s+multiply\s+like)"
    rf"\s+(?:a\s+(?:pack|swarm|plague|nest|bunch)\s+of\s+)?{_VERMIN}\b{_NOT_PEOPLE_AFTER}")
# one person: "he is vermin", "that man is a cockroach", or someone named by office or trade ("the mayor is a
# maggot", "our premier is a parasite"); any other noun before "is" may as well be a tick or a plan
_ROLE_WORDS = ("mayor premier president pm minister senator governor councillor councilor congressman congresswoman "
               "mp mla judge author writer reporter journalist editor columnist politician leader chief ceo "
               "officer cop priest pastor teacher host anchor commentator").split()
_PERSON = (r"(?:he|she|(?:that|this)\s+(?:man|woman|guy|girl|person|creature)"
           rf"|(?:the|this|that|our|your|their|his|her)(?:\s+(?:prime|former|current|new|deputy|vice))?"
           rf"\s+{_any_of(_ROLE_WORDS)})")
_PERSON_SHAPE = re.compile(rf"\b{_PERSON}(?:\s+is|'s|\s+was){_FILLERS}(?:\s+(?:a|an)(?:\s+[a-z]+){{0,2}}?)?\s+{_VERMIN}\b"
                           rf"{_NOT_PEOPLE_AFTER}")
# someone named: "Trump is vermin", "I think Justin Trudeau is a parasite". Lower-cased text cannot tell a
# name from a noun, so the words before "is" are read as typed (`name_words`)
# (with up to two words between the article and the noun: "Whitfield is a greedy little rodent")
_NAMED_SHAPE = re.compile(rf"\b([a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*)?)(?:\s+is|'s|\s+was){_FILLERS}"
                          rf"(?:\s+(?:a|an)(?:\s+[a-z]+){{0,2}}?)?\s+{_VERMIN}\b{_NOT_PEOPLE_AFTER}")
# what opens a sentence capitalized without being anyone's name: "Government is a parasite", "Capitalism is
# a parasite", "Mistletoe is a parasite"; pronouns are _PERSON's
_NOT_NAMES = frozenset("""he she it this that they who what which there here everyone everybody someone somebody
    nobody anyone anybody user government state church religion money debt greed welfare bureaucracy media
    mistletoe mold mould lice tick toxoplasma malaria cancer""".split())
_ABSTRACT_ENDING = re.compile(r"(?:ism|ity|ness|ment|tion|sion|ance|ence|cy|ship|hood|dom)$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n\"“(])\s*$")


def name_words(original: str, start: int, end: int) -> int:
    """How many of the words typed at original[start:end] make a name at their end: capitalized words,
    more than one or not opening the sentence, or one opening it that is no common noun or pronoun
    ("think Trump" -> 1, "Justin Trudeau" -> 2, "Government" -> 0)."""
    words = original[start:end].split()
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.lower().strip("'.@") in _NOT_NAMES:
            break
        if name and word.endswith((".", "!", "?")) and len(word) > 2:  # "Well. Capitalism": a sentence ends
            break
        name.insert(0, word)
    if not name:
        return 0
    name_start = start + original[start:end].rfind(name[0])
    if len(name) > 1 or not _SENTENCE_OPEN.search(original, 0, name_start):
        return len(name)
    return 0 if _ABSTRACT_ENDING.search(name[0].lower()) else 1


# "you filthy animal", "shut up you dirty rat": an epithet before the noun makes it an insult
_EPITHET_SHAPE = re.compile(
    rf"\b(?:you|u|ya)\s+(?:filthy|dirty|disgusting|vile|stinking|fucking|worthless|subhuman)"
    rf"(?:\s+(?:filthy|dirty|disgusting|vile|stinking|fucking|little|worthless))*"
    rf"\s+{_any_of(_EPITHET_NOUN_WORDS)}\b{_NOT_PEOPLE_AFTER}")
# people named by the word alone, pointed at: "these savages should be sent back", "those subhumans" (a word
# that names no animal: "these animals" and "those rats" may be animals)
_POINTED_NOUN_SHAPE = re.compile(r"\b(?:these|those)\s+(?:filthy\s+|dirty\s+|disgusting\s+)?(?:savages|subhumans)\b")
# the noun first, then everyone of them: "Parasites, the lot of them", "animals, every last one of them"
# (session 25)
_LOT_SHAPE = re.compile(
    rf"\b(?:{_VERMIN}|{_BEASTS}|savages|scum)\s*[,.!:-]+\s*(?:the\s+(?:whole\s+)?lot|(?:every|each)\s+(?:last\s+|single\s+)?"
    rf"one|all)\s+of\s+(?:them|em|'em|you)\b")
# Every shape holds one of these words: most texts stop at this set look-up.
_CUES = frozenset("you ya u yall y all people guys folks men women kids types ones he she man woman guy girl person "
                  "creature".split() + _ROLE_WORDS)
_NOUN_CUES = frozenset([piece for word in _EPITHET_NOUN_WORDS for piece in LETTER_RUNS.findall(word)] + ["subhumans", "scum"])


def find_dehumanization(normalized: str, words: AbstractSet[str] | None = None,
                         typed: Normalized | None = None) -> list[tuple[int, int]]:
    """(start, end) of each time people are called vermin or beasts in a normalized text, left to right.
    `typed`: the normalization the text came from, to read names as typed (without it, none is read)."""
    words = letter_words(normalized) if words is None else words
    if _NOUN_CUES.isdisjoint(words):
        return []
    shapes = ([_COPULA_SHAPE, _POINTED_SHAPE, _POINTED_LIKE_SHAPE, _PERSON_SHAPE, _EPITHET_SHAPE]
              if not _CUES.isdisjoint(words) else [])
    if "savages" in words or "subhumans" in words:
        shapes.append(_POINTED_NOUN_SHAPE)
    if "of" in words:
        shapes.append(_LOT_SHAPE)
    if typed is not None:
        shapes.append(_NAMED_SHAPE)
    found = []
    for shape in shapes:
        for match in shape.finditer(normalized):
            if negated(normalized, match.start()) or questioned(normalized, match.end()):
                continue
            if shape is _NAMED_SHAPE:
                named = name_words(typed.original, *typed.to_original(*match.span(1)))
                if not named:
                    continue
                subject = list(re.finditer(r"\S+", match.group(1)))
                # from the name on (the normalization may have joined typed words: "J. R." -> "jr")
                found.append((match.start(1) + subject[-min(named, len(subject))].start(), match.end()))
                continue
            found.append(match.span())
    return sorted(set(found))
