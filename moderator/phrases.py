"""The phrases the lexicon member marks besides its words (moderator.threats, moderator.accusations,
moderator.exclusion, moderator.stereotypes, moderator.sexual_harassment, moderator.dehumanization,
moderator.personal_info, moderator.coded_hate, moderator.pile_on, moderator.put_downs): what each is called, the label its span carries, and the reason a moderator reads.
A policy's `[phrases] flag` names the kinds it sends to a person."""

# a phrase finder's kind -> (the phrase kind a policy's [phrases] flag names, the span's label, its reason)
PHRASES = {
    "call": ("threat", "threat", "threat: violence called for or promised"),
    "death_wish": ("threat", "threat", "threat: wish of death"),
    "intimidation": ("threat", "threat", "threat: intimidation"),
    "accusation": ("accusation", "harassment", "accusation: calls someone a sex offender or a murderer"),
    "exclusion": ("exclusion", "identity_attack", "identity attack: exclusion of a group"),
    "stereotype": ("stereotype", "identity_attack", "identity attack: a group stereotyped"),
    "sexual_harassment": ("sexual_harassment", "harassment", "harassment: sexual remarks aimed at a person"),
    "dehumanization": ("dehumanization", "harassment", "harassment: people called vermin or beasts"),
    "personal_info": ("personal_info", "harassment", "personal information: contact details, an address, a plate, an account or a real name"),
    "coded_hate": ("coded_hate", "identity_attack", "identity attack: a hate symbol or catchphrase"),
    "pile_on": ("pile_on", "harassment", "harassment: a call to pile on someone"),
    "put_down": ("put_down", "insult", "insult: a stock put-down"),
}
PHRASE_KINDS = tuple(dict.fromkeys(kind for kind, _, _ in PHRASES.values()))
# a policy's phrase kind -> the label of its spans ("threat" -> "threat", "accusation" -> "harassment")
PHRASE_LABELS = {kind: label for kind, label, _ in PHRASES.values()}
PHRASE_REASONS = frozenset(reason for _, _, reason in PHRASES.values())


def phrase_span(text: str, start: int, end: int, kind: str, found_by: str = "") -> dict:
    """The span a finder kind's phrase gives a result (text as typed); `found_by` is added to its reason."""
    phrase, label, reason = PHRASES[kind]
    return {"start": start, "end": end, "label": label, "text": text[start:end], "reason": reason + found_by,
            "phrase": phrase}


# Where a comment that a phrase flagged sorts in the moderators' queue (which orders by the highest label
# score): with comments near removal, not below every comment that crossed a flag threshold. Phrases are
# flagged because their scores run low ("Someone should shoot the mayor." scores threat 0.22), and a
# threat or an attack on a group should not wait behind hundreds of rude comments.
PHRASE_SEVERITY = 0.8
