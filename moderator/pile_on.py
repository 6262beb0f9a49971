"""A pile-on called for: many readers sent after one person. "Everyone spam the coach's inbox", "let's flood
Ruiz's phone", "mass report @naomifeld", "everyone go leave one-star reviews on his bakery until he shuts
up", "keep calling until she cries", "email Paley's editor and demand he be fired".

Brigading is how comment sections harass the people a story names, a private citizen among them, and it
needs no insult: the classifiers read these comments as mild (toxicity 0.02-0.17 on a development list of
120 abusive comments aimed at people named in six articles, session 23; each was kept). What they share is
a shape: a call to many ("everyone", "let's all", "go", an order opening a sentence), then a flood of
messages, reports, reviews or calls aimed at someone's phone, inbox, account, page or employer.
`find_pile_ons` reads it in the normalized text (moderator.normalize); the lexicon member marks it as a
`harassment` span with a reason, and a policy's `[phrases] flag = [..., "pile_on"]` sends such comments to a
person. A campaign aimed at an office or a company ("everyone should email their MP", "flood the
council's inbox with objections") is how readers take part in politics: only a person's own phone, inbox,
account or employer counts. No training row has the shape (2026-11-30; "mass report me", said of oneself, is
not it). Session 24 added, from a second list of news comments: "ratio the journalist", "anyone else want to
pile on @name", "go and harass every shop", "reply to every comment @name makes", "tag his employer in every
post", "let's drive him off this site", "give @name the abuse he deserves", "go to the author's twitter and let
her know"; still no training row.
"""

from __future__ import annotations

import re

from moderator.exclusion import asserted_spans

# whose: a person's, by pronoun, by name ("Ruiz's") or by handle; "the council's" names an office, so a
# possessive after "the" counts only for a person's role ("the coach's", "the author's")
_ROLES = ("coach author writer reporter journalist editor columnist host anchor witness nurse teacher baker "
          "owner ceo mayor minister senator councillor councilor premier president player striker referee "
          "student girl guy woman man lady kid vicar mp presenter judge ref pastor priest imam rabbi officer cop doctor "
          "driver").split()
_WHOSE = (rf"(?:his|her|their|(?:the|this|that) (?:{'|'.join(_ROLES)})'s|(?!the\b|our\b|their\b|your\b)[a-z][a-z-]+'s"
          rf"|@\w+'?s?)")
_SOMEONE = rf"(?:him|her|them|@\w+|(?:the|this|that) (?:{'|'.join(_ROLES)}))"
# where the flood lands
_PLACE = (r"(?:phone|phone line|cell|cellphone|mobile|inbox|email|e-mail|dms|mentions|voicemail|comments|page|account"
          r"|instagram|twitter|facebook|tiktok|website|reviews?|office line)")
# the call to many: "everyone", "let's all", "we should all", "go", or an order opening a sentence
_MANY = (r"(?:(?:everyone|everybody|all of you|y'?all|you guys|we all|let'?s(?: all)?|we should all|we need to"
         r"|we must|go)(?:\s+(?:should|needs? to|must|go|just|please|and))*\s+|(?:^|(?<=[.!?;:] )|(?<=\n)|(?<=\band )))")
# (each alternative begins a word: tried only where one begins, as threats._at_word_starts does)
_SHAPES = re.compile(
    r"\b(?=[a-z@])(?:"
    # "everyone spam the coach's inbox", "let's flood Ruiz's phone", "Bury his inbox."
    rf"\b{_MANY}(?:flood|spam|bombard|bury|blow up|fill up|swamp|clog)\s+{_WHOSE}\s+(?:\w+\s+)?{_PLACE}\b"
    # "mass report @naomifeld", "everyone report her account until they ban her"
    rf"|\bmass[- ]?report\s+(?:her|him|@\w+|{_WHOSE}\s+\w+)\b"
    rf"|\b{_MANY}report\s+(?:her|his|their|@\w+'?s?|{_WHOSE})\s+(?:account|page|profile|posts?|channel)\s+until\b"
    # "everyone go leave one-star reviews on his bakery until he shuts up"
    rf"|\b{_MANY}(?:leave|post|give|write)\s+(?:(?:him|her|them)\s+)?(?:one|1|zero|0)[- ]star\s+reviews?\b"
    # "keep calling until she cries", "call it 100 times a day until she drops this"
    r"|\b(?:keep\s+)?(?:calling|emailing|messaging|texting|tagging|call|email|message|text|tag)\b(?:\s+[\w,']+){0,6}?"
    r"\s+until\s+(?:she|he|they)\s+(?:cries|cry|quits|quit|breaks|break down|breaks down|gives up|give up|shuts up"
    r"|shut up|drops (?:this|it)|resigns|deletes|(?:'s|is|are|'re) gone|leaves|goes)"
    # "everyone email Paley's editor and demand he be fired"
    rf"|\b{_MANY}(?:email|e-mail|call|write to|contact|message|tweet at)\s+{_WHOSE}\s+(?:editor|boss|employer"
    r"|publisher|manager|school|university|sponsors?|club)\s+and\s+(?:demand|insist|ask|make sure)\s+(?:that\s+)?"
    r"(?:he|she|they|him|her|them)\s+(?:be\s+|gets?\s+|is\s+)?(?:fired|sacked|expelled|dropped|kicked out)"
    # session 24: "ratio the journalist into oblivion", "anyone else want to pile on @KarenW", "go and harass
    # every shop that put a flag up", "everyone reply to every comment @Ellie_M makes", "tag his employer in
    # every post"
    rf"|\b{_MANY}ratio\s+{_SOMEONE}\b|\bdogpile(?:\s+(?:on\s+)?{_SOMEONE}|\s+time)\b"
    rf"|\b(?:{_MANY}|(?:anyone|who) (?:else )?(?:wants? to|fancy|fancies)\s+)pile[- ]?on\s+{_SOMEONE}\b"
    rf"|\b{_MANY}(?:harass|hound|troll|brigade)\s+(?:{_SOMEONE}|every \w+|his|her|their)\b"
    rf"|\b{_MANY}(?:reply|respond)\s+to\s+every\s+(?:comment|post|tweet|message)\s+(?:@\w+|he|she|they)\b"
    rf"|\b{_MANY}tag\s+{_WHOSE}\s+(?:employer|boss|work|workplace|school|club|sponsors?|wife|husband|mum|mom|family)"
    rf"\s+in\s+every\b"
    # "let's drive him off this site", "give @jj the abuse he deserves", "everyone go to the author's twitter
    # and let her know what you think"
    rf"|\b{_MANY}drive\s+{_SOMEONE}\s+(?:off|out of)\s+(?:this|the|these|our)\s+(?:site|platform|forum|comments|town"
    rf"|internet)\b"
    rf"|\b{_MANY}give\s+{_SOMEONE}\s+(?:the|some|all the)\s+(?:abuse|grief|stick)\b"
    rf"|\b{_MANY}(?:go\s+)?(?:to|on|onto)\s+{_WHOSE}\s+{_PLACE}\s+and\s+(?:let|tell|show|give)\s+(?:her|him|them)\b"
    r")",
)
# every shape holds one of these words: most texts stop at this set look-up
_CUES = frozenset("flood spam bombard bury blow fill swamp clog report mass star calling emailing messaging texting "
                  "tagging until email contact ratio pile harass hound troll brigade reply respond tag drive abuse grief stick "
                  "dogpile twitter instagram facebook tiktok inbox dms voicemail mentions".split())


def find_pile_ons(normalized: str, words: list[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each pile-on called for in a normalized text, not negated or reported."""
    return asserted_spans(_SHAPES, _CUES, normalized, words)
