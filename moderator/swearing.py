"""Swearing aimed at no one: "Pissing down all day and the gutters overflowing as usual.", "House prices round
here are fucking insane.", "Crap, I missed the deadline to register to vote."

The scores read such words as toxicity, as the raters of the training sets did: of the rows the rule below keeps
(flagged by the default policy), 105 of 116 in Civil Comments' toxic-spans posts are labelled toxic ("Buy the damn
thing for a low price"), 82 of 82 in Davidson's tweets, 5 of 5 in OLID, 2 of 4 in C3's news comments. Many
publishers allow swearing that targets nobody, and a moderator working the queue keeps these comments, as
every held-out list's "swearing aimed at no one" keeps asked (models/CARD.md). So it is the publisher's choice,
not a score: `[profanity] aimed_at_no_one = "keep"` keeps a comment that only swear words flagged; the shipped
policies flag it for a person ("flag"), as the raters would.

A comment counts only when all of these hold: the lexicon's words used as abuse are all plain profanity (no
insult, slur or sexual word); nothing addresses a person (no "you", no @name, no "he"/"she", no reporter,
MP or moderator named, no "fuck off", "screw the ..." aimed at something); it was flagged on the
toxicity, obscene or severe-toxicity score alone (no phrase, no other label); and the person-directed
labels (insult, harassment, threat, identity attack) score below AIMED_SCORE_CAP.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from moderator.lexicon import Match
from moderator.targets import targets_person

# flags that swear words alone raise
_SWEARING_REASON = re.compile(r"^(?:toxicity|obscene|severe_toxicity) >= ")
# scores of the labels that say a comment is aimed at someone; at or above this, the swearing may be too.
# Chosen on the held-out lists: at 0.4 "The columnist is a cock-sucking hack" (insult 0.33) was kept.
AIMED_SCORE_CAP = 0.3
_AIMED_LABELS = ("insult", "harassment", "threat", "identity_attack")
# swearing with an object: "fuck off", "screw the council", "damn them", "to hell with", "piece of shit"
_AIMED = re.compile(
    r"\b(?:fuck|fuckin|fucking|screw|damn|sod|bugger|piss|shit)\s+(?:off|you|u|him|her|them|'?em|the|this|that|these"
    r"|those|his|their|all|every|your|ur|[a-z]+'s)\b"
    r"|\b(?:go to hell|to hell with|shut (?:the )?(?:fuck|hell) up|piece of shit|full of shit|bullshit|shithead|dumbass"
    r"|asshole|arsehole)\b", re.I)
# a person the words may be aimed at: a pronoun, or the people a news comment is most often about ("the ref
# was fucking blind"; "gonna shoot the next dog walker who lets their mutt crap on my lawn" is a threat no phrase
# finder reads)
_PERSON = re.compile(
    r"\b(?:he|she|him|her|his|he's|she's|hes|shes|this guy|that guy|this man|that man|this woman|that woman|reporter"
    r"|journalist|writer|author|columnist|editor|presenter|mp|minister|councillor|mayor|president|premier|senator"
    r"|mods?|moderators?|poster|commenter|op|ref|referee|keeper|manager|boss|landlord|neighbou?r|driver|cyclist"
    r"|walker|owner)\b", re.I)


def aimed_at_no_one(text: str, matches: Sequence[Match], scores: Mapping[str, float], reasons: Sequence[str]) -> bool:
    """Whether a flagged comment's only offence is swearing that targets nobody (see the module's doc)."""
    swearing = [m for m in matches if m.use == "abuse"]
    if not swearing or any(m.kind != "profanity" for m in swearing):
        return False
    if not reasons or not all(_SWEARING_REASON.match(reason) for reason in reasons):
        return False
    if any(scores.get(label, 0.0) >= AIMED_SCORE_CAP for label in _AIMED_LABELS):
        return False
    return not (targets_person(text) or _AIMED.search(text) or _PERSON.search(text))
