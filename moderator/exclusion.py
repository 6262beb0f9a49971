"""Exclusion of a group: "go back where you came from", "women shouldn't be allowed to vote", "deport all
Muslims", "women belong in the kitchen", "the Jews control the media".

These attack people for who they are without a slur or an insult word, so the classifiers read them as
mild ("Women shouldn't be allowed to vote." scored identity_attack 0.16, kept). What they share is a
shape: a group named by identity, then its removal, its exclusion from rights, its belonging denied
("Muslims can never be real Canadians") or a conspiracy about it; or the stock order to leave ("go back
to your own country"). `find_exclusions` reads those shapes in the normalized text
(moderator.normalize); the lexicon member marks them as `identity_attack` spans with a reason, and a
policy's `[phrases] flag = ["exclusion"]` sends such comments to a person.

Measured on data/train (2026-11-29): 53 of 106,336 rows, 44 of them labelled toxic (51 and 43 before the
order "get out of our country" and a country denied to the reader were added); none of the 8,665 C3 news
comments. Belonging denied ("... can never be real Canadians", "... don't belong in this
country") was added later from general knowledge: no training row has that shape. Political groups
("conservatives should not be allowed to vote"), groups named by legal status and statements of law
("foreigners can't vote") are left to the scores. Session 25 added people sent back to the boats ("they
should all be put back on the boats") and more denied roles ("women shouldn't be allowed to referee",
"lesbians shouldnt be allowed anywhere near kids"); no training row changes.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from moderator.normalize import letter_words

# groups named by identity (religion, origin, race, gender, sexuality, disability), plural; not groups
# named by legal status ("illegal immigrants should be deported", "foreigners can't vote"): whether to
# deport them or let them vote is a policy question news readers argue about
GROUP_NAMES = (
    "women", "girls", "females", "muslims", "moslems", "muzzies", "islamists", "jews", "kikes", "jewish people",
    "blacks", "black people", "whites", "white people", "asians", "mexicans", "gays", "gay people", "homosexuals",
    "lesbians", "bisexuals", "queers", "trans people", "transgenders", "trannies", "arabs", "africans", "indians", "chinese",
    "hispanics", "latinos", "catholics", "christians", "atheists", "hindus", "sikhs", "somalis", "syrians",
    "pakistanis", "negroes", "niggers", "niggas", "spics", "faggots", "fags", "dykes", "retards", "disabled people",
    "roma", "gypsies",
    # nationalities news comments single out (session 24)
    "romanians", "albanians", "nigerians", "jamaicans", "poles", "afghans", "somalians", "eritreans",
)
# "go back where you came from", "send them back to Africa", "go back to your own country"
_BACK = re.compile(
    r"\b(?:go|get|send (?:them|em|those|these|all)(?: \w+)?|ship (?:them|em)(?: all)?|kick (?:them|em)(?: all)?"
    r"|deport (?:them|em)(?: all)?)\s+back\s+(?:to\s+)?"
    r"(?:where (?:you|they|u|ya|he|she) (?:came|come|crawled)(?: from)?"
    r"|(?:your|their|ur|his|her|yer) (?:own )?(?:country|countries|homeland|shithole|village|cave|jungle|desert|hut|tribe)s?"
    r"|africa|the middle east|arabia|the jungle|the desert)\b"
    # people who came by sea sent back to it (session 25): "they should all be put back on the boats"
    r"|\b(?:(?:put|send|ship|tow)(?: them| em)?(?: all)?|be (?:put|sent|towed|shipped)) back on (?:the|their)"
    r" (?:boats|dinghies|rafts|rubber dinghies)\b"
)
# the same order without "back": "get out of our country"; and a country denied to the reader: "you don't
# belong in this country", "your kind will never belong in America" (not "you don't belong here", said on
# a forum to someone off topic)
_OUT = re.compile(r"\bget (?:the (?:hell|fuck|f) )?out of (?:our|my|this) (?:country|nation)\b")
_READER_DOES_NOT_BELONG = re.compile(
    r"\b(?:you|u|ya|you people|your kind|y'?all|your lot)\s+(?:do(?:n'?t| not)|will never|can never|never will)"
    r"\s+belong\s+(?:in (?:this|our|my) (?:country|nation)|in (?:america|canada|europe|britain|england"
    r"|the us|the usa|the uk|australia|the west))\b"
)
# The reader's kind denied the right to have children or to live: "people like you should not be allowed to
# breed", "your kind shouldn't exist"
_READER_DENIED = re.compile(
    r"\b(?:people like (?:you|u|ya)|the likes of (?:you|u)|you people|your kind|you and your kind|your lot)\s+"
    r"(?:should(?:n'?t| not| never)|must not|mustn'?t|do(?:n'?t| not) deserve to)\s+(?:even\s+)?"
    r"(?:be\s+allowed\s+to\s+)?(?:breed|reproduce|procreate|have (?:kids|children|babies)|exist|live)\b"
)
# "go back ..." is an exclusion when it is an order or a demand made of others: at the start of a clause
# ("Go back to Africa"), after someone and a modal ("they should go back where they came from"), after
# "get / tell them to", or sent to the reader ("... go back to your own country"); not a plan or a habit
# ("we will go back to Africa for a safari", "my parents go back to their country every summer")
_MODAL = (r"(?:should|must|need to|needs to|have to|has to|ought to|oughta|can|could|better|gotta|had better|"
          r"will have to)")
_ORDER_BEFORE = re.compile(
    rf"(?:^|\b(?:just|please|pls|now|so|why don'?t you|why not)"
    rf"|\b(?:you|u|ya|y'?all|all of you|you people)(?:\s+all)?(?:\s+{_MODAL})?"
    rf"|\b(?!(?:i|we)\b)\w+(?:\s+all)?\s+{_MODAL}"
    r"|\b(?:get|make|force|tell|send)\s+(?:\w+\s+)?\w+\s+to)(?:\s+just)?$"
)
# "go back to where you came from", "go back to your own country": said to the reader, whatever comes before
_TO_THE_READER = re.compile(r"\b(?:you|u|ya|your|ur|yer)\b")
# the people of a country, as a group one belongs to
_NATIONALS = (r"(?:americans|canadians|brits|british|englishmen|australians|germans|frenchmen|europeans|citizens|"
              r"patriots|countrymen)")
# What follows a group's name: "women shouldn't be allowed to vote", "gay people should not exist", "women
# belong in the kitchen", "Muslims should be deported"
_AFTER_GROUP = re.compile(
    r"\s+(?:(?:should(?:n'?t| not| never)|must not|mustn'?t|shall not|have no right to|do(?:n'?t| not) deserve to)"
    r"\s+(?:even\s+)?(?:be\s+allowed\s+(?:to\s+)?)?"
    r"(?:vote|work|drive|marry|adopt|teach|serve|hold office|run for|live|exist|breed|immigrate|enter|speak|lead|"
    r"own|have rights|have children|"
    # session 25: "women shouldn't be allowed to referee men's football", "lesbians shouldnt be allowed anywhere
    # near kids"
    r"referee|umpire|coach|manage|compete|preach|work with (?:kids|children)|be (?:anywhere )?near (?:our |the )?(?:kids"
    r"|children)|(?:anywhere )?near (?:our |the )?(?:kids|children)"
    # the eighth list (session 26): "women shouldn't be allowed on juries"
    r"|on (?:juries|a jury|the jury|the bench)|sit on (?:juries|a jury))"
    r"|(?:belong|should be kept|should stay)\s+(?:in|at)\s+(?:the\s+)?(?:kitchen|cages?|zoos?|jail|prison|ovens?|gas chambers?|camps?)"
    r"|(?:should|must|need to|needs to|have to|ought to)\s+(?:all\s+)?"
    r"(?:be\s+(?:deported|sent back|banned|expelled|kicked out|rounded up)|go back|leave (?:our|this) country)"
    # session 28: "Muslims should be barred from standing for parliament"
    r"|(?:should|must)\s+(?:all\s+)?be\s+(?:barred|banned|excluded|disqualified)\s+from\s+"
    r"(?:voting|the vote|office|public office|parliament|standing|running|politics|government|teaching|working|"
    r"our (?:schools|country)|the (?:army|police|military|country))"
    # belonging denied: "Muslims can never be real Canadians", "... don't belong in this country"
    r"|(?:can|could|will|would)\s*(?:never|not|n'?t)\s+(?:ever\s+)?be\s+(?:real|true|proper|loyal)\s+"
    rf"{_NATIONALS}"
    rf"|(?:are|r)\s+(?:not|never)\s+(?:real|true|proper|loyal)\s+{_NATIONALS}"
    r"|do(?:n'?t| not)\s+belong\s+(?:here|in (?:this|our|my) country|in (?:america|canada|europe|britain|england"
    r"|the us|the usa|the uk|australia|the west)))\b"
)
# "we don't want their kind here": people turned away for who they are
_THEIR_KIND = re.compile(
    r"\b(?:do(?:n'?t| not)|never)\s+want\s+(?:their|your|his|her|that|them|you|any of (?:their|your))\s+"
    r"(?:kind|sort|type|lot)\s+(?:here|around here|in (?:this|our|my) (?:country|town|city|neighbou?rhood|street))\b")
_READER_CUES = frozenset(["kind", "lot", "likes", "people"])  # with one of _READER_WORDS
_READER_WORDS = frozenset(["you", "your", "u", "ya"])
_LIKE_THEM = re.compile(r"\s+like\s+(?:her|him|them|that|this|these|those|you|u)\b")
_PEOPLE_AFTER = re.compile(r"\s+(?:people|men|women|folks|kids|children)\b")
# antisemitic conspiracy: "the Jews control the media", "Jews run the world"
_CONSPIRACY_GROUPS = frozenset(["jews", "zionists", "jewish people", "kikes"])
_NAME = re.compile(rf"\b(?:{'|'.join(sorted({*GROUP_NAMES, *_CONSPIRACY_GROUPS}, key=len, reverse=True))})\b")
_IDENTITY_GROUPS = frozenset(GROUP_NAMES)
_CONTROL = re.compile(
    r"\s+(?:control|controls|run|runs|own|owns)\s+(?:the\s+|our\s+|all\s+the\s+)?"
    r"(?:media|banks|world|government|money|hollywood|press|country)\b"
)
# What comes before it: "deport all the Muslims", "kick out the Arabs", "get rid of these ..."
_EXPEL_BEFORE = re.compile(
    r"\b(?:deport|ban|expel|kick out|round up|get rid of)\s+(?:(?:all|most|many|some|any)\s+(?:of\s+)?)?"
    r"(?:(?:the|these|those)\s+)?(?:(?:dirty|filthy)\s+)?$"
)
# "I would never tell anyone to go back where they came from"; reports: "they were told to go back ...",
# "are you suggesting women shouldn't work", "Trump made sure to say ban Muslims", words heard or shouted
# in quotes ("I hear 'go back to where you came from'", "she was told to \"go back ...\"")
_QUOTE_OPENS = r"\s*[\"'“‘]?\s*$"
# ("wouldn't mind" and "don't mind" say yes: "wouldn't mind bending her over", "I don't mind if they all go")
_NEGATION = re.compile(r"\b(?:not|never|no one|nobody|don'?t(?! mind\b)|won'?t|wouldn'?t(?! mind\b)|shouldn'?t|stop|quit)\b"
                       rf"|\b(?:told|telling|tells|says?|said|saying)(?: \w+)? to{_QUOTE_OPENS}"
                       r"|\b(?:say|says|said|saying|told|suggest|suggests|suggesting|claim|claims|claiming|imply|implies|"
                       rf"implying|argue|argues|arguing)(?: that)?{_QUOTE_OPENS}"
                       r"|\b(?:hear|hears|heard|hearing|shout|shouts|shouted|shouting|yell|yells|yelled|yelling|"
                       r"scream|screamed|screaming|chant|chanted|chanting|wrote|written)\s*[\"'“‘]\s*$")
# a claim named before it as a myth or a stereotype: "the myth that women are bad at math", "the idea that
# Jews control the media is an old conspiracy theory"
NAMED_BEFORE = re.compile(r"\b(?:myth|stereotypes?|tropes?|idea|notion|belief|assumption|prejudice|claim|lie|"
                          r"conspiracy theory|canard)(?: that)?\s+(?:all\s+|most\s+|the\s+)?$")
# Every shape holds "back" or a group's name: most texts stop at this set lookup instead of the patterns.
_CUES = frozenset(["back", "country", "nation", "belong", "want"] + [name.split()[0] for name in GROUP_NAMES] + list(_CONSPIRACY_GROUPS))


# said by someone the comment reports, right after it: "Go back to your own country, the protesters were
# told", "..., they shouted at her", "...," he said" ("..., I said" is the writer's own)
_REPORTED_AFTER = re.compile(
    r"\s*['\"”]?\s*[,!]?\s*['\"”]?\s*(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:was|were|had been|has been|have been|got|get|gets)\s+told\b"
    r"|\s*['\"”]?\s*[,!\-–—]\s*['\"”]?\s*(?!(?:i|we)\s)(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:said|says|shouted|yelled|screamed|told|wrote|tweeted)\b")


def reported_after(normalized: str, end: int) -> bool:
    """Whether someone the comment reports said the words ending at `end` ("..., the protesters were told",
    "...," he said"; not "..., I said")."""
    return bool(_REPORTED_AFTER.match(normalized, end))


def clause_before(normalized: str, start: int, width: int = 30) -> str:
    """The words before `start` in its clause (up to `width` characters)."""
    return re.split(r"[,.;:!?\n]", normalized[max(0, start - width):start])[-1].strip()


# the condition of the stock order, whose "don't" negates nothing after it: "if you don't like this
# country go back where you came from"
_IF_YOU_DO_NOT_LIKE = re.compile(r"\bif\s+(?:you|u|ya|y'?all|you people|they)\s+(?:don'?t|do not|dont)\s+like\s+"
                                 r"(?:it|this|that|(?:it|this|that|our|my|the)\s+\w+)(?:\s+(?:here|then|so))?\s*$")


def negated(normalized: str, start: int) -> bool:
    """A negation or a verb of reporting just before, in the same clause ("if you don't like it, go back
    to your own country" is not negated)."""
    clause = clause_before(normalized, start)
    if "like" in clause:
        clause = _IF_YOU_DO_NOT_LIKE.sub("", clause_before(normalized, start, 60))[-30:]
    return bool(_NEGATION.search(clause))


_SENTENCE_END = re.compile(r"[.!?\n]")


def asserted_spans(shapes: "re.Pattern[str]", cues: frozenset[str], normalized: str,
                   words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each match of `shapes` in a normalized text that is neither negated nor reported; texts
    holding none of the `cues` words stop at a set look-up."""
    words = letter_words(normalized) if words is None else words
    if cues.isdisjoint(words):
        return []
    return [m.span() for m in shapes.finditer(normalized)
            if not negated(normalized, m.start()) and not reported_after(normalized, m.end())]


def gated_shapes(*shapes: tuple[str, str],
                 at_word_starts: bool = False) -> tuple[tuple[frozenset[str], re.Pattern], ...]:
    """(cue words, regex) pairs compiled: each shape is tried only on texts holding one of its own words, so a
    list of rare shapes costs most comments a set look-up each instead of a pass of one long alternation.
    `at_word_starts`: the shapes begin a word with a letter or an "@" and are tried only where a word begins
    (Python's re otherwise tries them at every character)."""
    return tuple((frozenset(words.split()), re.compile(rf"\b(?=[a-z@])(?:{pattern})" if at_word_starts else pattern))
                 for words, pattern in shapes)


def asserted_gated_spans(shapes: tuple[tuple[frozenset[str], re.Pattern], ...], normalized: str,
                         words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """asserted_spans over `gated_shapes`: the spans of the shapes whose words the text holds."""
    words = letter_words(normalized) if words is None else words
    return sorted(m.span() for cues, pattern in shapes if not cues.isdisjoint(words)
                  for m in pattern.finditer(normalized)
                  if not negated(normalized, m.start()) and not reported_after(normalized, m.end()))


def without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans left to right, the longest where several start together, none overlapping one kept."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def questioned(normalized: str, end: int) -> bool:
    """Whether the sentence holding `end` ends with a question mark: a claim put up for debate."""
    stop = _SENTENCE_END.search(normalized, end)
    return stop is not None and stop.group() == "?"


def _group_exclusions(normalized: str, words: AbstractSet[str]) -> list[tuple[int, int]]:
    """The exclusion shapes that hold "back", "belong" or a group's name (find_exclusions filters them)."""
    found = []
    if "back" in words:
        found += [(m.start(), m.end()) for m in _BACK.finditer(normalized)
                  if not m.group().startswith(("go ", "get ")) or _TO_THE_READER.search(m.group())
                  or _ORDER_BEFORE.search(clause_before(normalized, m.start()))]
    if "out" in words:
        found += [(m.start(), m.end()) for m in _OUT.finditer(normalized)
                  if _ORDER_BEFORE.search(clause_before(normalized, m.start()))]
    if "belong" in words:
        found += [(m.start(), m.end()) for m in _READER_DOES_NOT_BELONG.finditer(normalized)]
    if "want" in words:
        found += [(m.start(), m.end()) for m in _THEIR_KIND.finditer(normalized)]
    for name in _NAME.finditer(normalized):
        group = name.group()
        # "women like her belong in the kitchen": the group pointed at through one of its members; "Chinese
        # people should be banned": the group named by its adjective
        like = _LIKE_THEM.match(normalized, name.end()) or _PEOPLE_AFTER.match(normalized, name.end())
        after = (_AFTER_GROUP.match(normalized, like.end() if like else name.end())
                 if group in _IDENTITY_GROUPS else None)
        if after is None and group in _CONSPIRACY_GROUPS:
            after = _CONTROL.match(normalized, name.end())
        if after is not None:
            found.append((name.start(), after.end()))
        if group in _IDENTITY_GROUPS:
            before = _EXPEL_BEFORE.search(normalized, max(0, name.start() - 40), name.start())
            if before is not None:
                found.append((before.start(), name.end()))
    return found


def find_exclusions(normalized: str, words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each exclusion of a group in a normalized text, left to right, not overlapping.
    `words`: the text's `[a-z]+` words, where the caller has them already."""
    words = letter_words(normalized) if words is None else words
    found = []
    if not _READER_CUES.isdisjoint(words) and not _READER_WORDS.isdisjoint(words):
        found += [(m.start(), m.end()) for m in _READER_DENIED.finditer(normalized)]
    if not _CUES.isdisjoint(words):
        found += _group_exclusions(normalized, words)
    if not found:
        return []
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if (negated(normalized, start) or reported_after(normalized, end)
                or NAMED_BEFORE.search(normalized, max(0, start - 40), start)):
            continue
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
