"""A group stereotyped: "Jews are greedy", "women are too emotional to lead", "black people are lazy",
"Mexicans are animals".

A trait pinned on everyone of a group named by identity attacks people for who they are, without a slur or
an insult word aimed at anyone present, so the classifiers often read it as mild ("Women are too emotional
to lead." scored toxicity 0.34, "Jews are greedy." 0.43: both kept). What these share is a shape: a group
named by identity, a copula ("are", "are all", "are just", "are naturally"), then a demeaning trait from a
short list (vermin and animals, crime, filth, stupidity, laziness, greed, illness, "too emotional to ...",
"can't be trusted"). `find_stereotypes` reads that shape in the normalized text (moderator.normalize); the
lexicon member marks it as an `identity_attack` span with a reason, and a policy's
`[phrases] flag = ["stereotype"]` sends such comments to a person.

Not counted: a negated or reported claim ("not all Muslims are terrorists", "the myth that women are bad
at math", "saying Jews are greedy is antisemitic", "... are a threat, they say, but ..."), neutral facts
about a group ("women are underrepresented in engineering"), and political or legal-status groups
("liberals are idiots" is an insult the scores read; "illegal immigrants are criminals" a policy
argument). The enemy-within traits ("a fifth column", "traitors", "a threat to our way of life") were
added later from general knowledge; no training row has them. "You people" (the readers singled out as a
group: "You people are animals" scored toxicity 0.14, kept) was added in session 17: 4 training rows hold
it in the shape, all labelled toxic; no C3 news comment. A group likened to vermin ("Mexicans breed like
rabbits", "Muslims are just like rats") was added in session 19: 2 training rows, both labelled toxic.
A habit pinned on a group by its verb ("gypsies steal", "Indians cheat", "Jews only care about money"),
where the group is between it and the trait ("women in politics are too emotional"), more nationalities,
people named by how they came ("asylum seekers are cockroaches"; not in exclusion.GROUP_NAMES) and a few
nouns ("lads", "priests", "builders") were added in session 24 from a second list of news comments: 29
more training rows, 23 labelled toxic. Session 25 added "an invasive species", "a drain on the rest of us",
"are grooming our kids", "don't have the capacity to", "aren't compatible with civilisation", "aren't capable
of running a country", bisexuals, Aboriginal people, and Travellers and Eastern Europeans named only before a
demeaning trait ("travellers are advised to check their flights" is travel news); no training row changes.
Session 28 added a group as the pests that infest a place ("an infestation of migrants", "crawling with
Romanians", "infested with ..."; not "swarming" or "teeming", said of crowds): 1 training row, labelled toxic.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from moderator.exclusion import GROUP_NAMES, NAMED_BEFORE, negated, questioned, reported_after
from moderator.normalize import letter_words

# "black people", "muslim men", "jewish women": a group named by an identity adjective and a plural noun
GROUP_ADJECTIVES = (
    "black", "white", "brown", "gay", "trans", "transgender", "jewish", "muslim", "asian", "arab", "african",
    "indian", "chinese", "mexican", "hispanic", "latino", "disabled", "autistic", "christian", "catholic",
    "hindu", "sikh", "native", "indigenous", "immigrant", "aboriginal",
    # nationalities news comments single out, as adjectives before a plural noun ("Polish workers are like rats")
    "polish", "romanian", "pakistani", "somali", "albanian", "nigerian", "filipino", "bangladeshi",
)
PEOPLE_NOUNS = (r"(?:people|men|women|folks?|guys|girls|kids|americans|lads|blokes|priests|drivers|builders|workers|teachers"
                r"|communities)")
# "you people": the readers addressed as a group, the way a group is singled out ("You people are animals")
# people named by how they came (session 24: "asylum seekers are cockroaches"); named here and not in
# exclusion.GROUP_NAMES, where "deport the migrants" is a policy position the scores weigh
_BY_ARRIVAL = ("asylum seekers", "migrants", "refugees", "immigrants", "foreigners")
# groups whose names are also everyday words ("travellers are advised to check their flights"): named only
# before a demeaning trait, never in exclusion's calls (session 25: "Travellers are vermin", "these Eastern
# Europeans are a plague on the building trade")
_TRAIT_ONLY_GROUPS = ("travellers", "travelers", "eastern europeans")
_GROUP = (rf"(?:(?:{'|'.join(GROUP_ADJECTIVES)}) {PEOPLE_NOUNS}|you people"
          rf"|{'|'.join(sorted(GROUP_NAMES + _BY_ARRIVAL + _TRAIT_ONLY_GROUPS, key=len, reverse=True))})")
# what may stand between the group and its trait: "are", "are all", "are just", "are nothing but",
# "are naturally", "tend to be", "are always so"
_COPULA = (r"(?:are|r|tend to be|will always be)"
           r"(?:\s+(?:all|just|only|so|such|nothing but|a bunch of|bunch of|naturally|inherently|genetically|"
           r"basically|literally|really|simply|always|mostly|fucking|damn|clearly|obviously|born))*")
# demeaning traits: dehumanizing nouns, crime, filth, stupidity, laziness, greed, illness
DEMEANING_TRAIT = (
    r"(?:animals|beasts|vermin|parasites|leeches|cockroaches|rats|pigs|dogs|apes|monkeys|snakes|savages|"
    r"barbarians|subhumans?|sub-humans?|not human|less than human|not (?:real )?people|inferior|"
    r"genetically inferior|degenerates?|perverts|pedophiles|paedophiles|pedos|paedos|groomers|molesters|"
    r"child molesters|rapists|criminals|thieves|terrorists|"
    r"murderers|liars|cheats|scum|trash|garbage|filth|filthy|dirty|disgusting|smelly|a disease|a cancer|"
    r"cancer|a plague|a virus|a curse|the enemy|the problem(?! solv)|evil|stupid|dumb|idiots|morons|retards|retarded|"
    r"lazy|greedy|violent|primitive|backward|uncivili[sz]ed|inbred|mentally ill|sick in the head|freaks|"
    r"abominations?|an abomination|unnatural|worthless|useless|whores|sluts|hoes|"
    r"too (?:emotional|stupid|dumb|weak|lazy|irrational|hysterical) to \w+|"
    r"(?:bad|terrible|hopeless) at (?:math|maths|science|driving|leading|leadership|thinking|logic)|"
    r"(?:can ?not|can'?t|never) (?:be trusted|think|lead|drive|be civili[sz]ed)|incapable of \w+|"
    r"(?:bad|terrible|horrible) drivers|less intelligent|unintelligent|all the same|"
    # a burden or a plague on the rest: "disabled people are a waste of resources", "... are an infestation"
    r"an infestation|a pestilence|drunks|drunkards|alcoholics|junkies|freeloaders|moochers|scroungers|"
    # the eighth list (session 26): "Africans are simply not capable of running a country", "the Irish are a
    # drunk breed of people", "... just want handouts", "... have no respect for life"
    r"not capable of \w+|a (?:\w+ )?breed(?: of people)?|(?:just |only )?(?:want|after) handouts|"
    r"welfare (?:cheats|queens|bums)|benefit cheats|a waste of (?:space|resources|money|oxygen|air)|"
    r"a (?:burden|drain) on (?:society|the taxpayers?|taxpayers|us|the system|the state|resources|everyone)|"
    r"faking it|broken|"
    # a group cast as the enemy within: "Muslims are a fifth column", "... are a threat to our way of life"
    r"a fifth column|fifth columnists|invaders|an invasion|traitors|"
    r"a (?:threat|danger) to (?:our|this|the) (?:country|nation|society|way of life|civili[sz]ation|west)|"
    # session 24: "women in politics are a disaster, too emotional", "autistic kids are badly behaved brats"
    r"brats|nonces|too (?:emotional|irrational|hysterical)\b|"
    # session 25: "Mexicans are an invasive species", "disabled people are a drain on the rest of us"
    r"an invasive species|invasive species|a plague of locusts|locusts|"
    r"a (?:burden|drain) on the rest of us|a plague on (?:the|our|this) \w+(?: \w+)?|"
    # the sixth list (session 25): "autistic people are basically robots", "... a pack of thieves"
    r"robots|a pack of (?:thieves|animals|liars|savages|rats|wolves|hyenas|criminals))"
)
# a demeaning habit pinned on a group by its verb: "gypsies steal", "Indians cheat in every deal", "Jews
# only ever care about money" (session 24)
_HABIT_VERBS = ("steal", "cheat", "lie", "rob", "scam", "swindle", "stink", "rape")
DEMEANING_HABIT = (r"(?:(?:all|always|only|just|ever|never stop|constantly)\s+)*"
                   rf"(?:{'|'.join(_HABIT_VERBS)}|(?:care|cares) about (?:money|themselves|nothing but money)"
                   # session 25: "the gays are grooming our kids", "Africans simply don't have the capacity to run a
                   # country", "Muslims aren't compatible with civilisation"
                   r"|are grooming (?:our |the |your )?(?:kids|children)"
                   # the seventh list (session 25): "Africans have lower intelligence", "atheists have no morals"
                   r"|(?:have|has) (?:a )?lower (?:intelligence|iqs?|average iqs?)|(?:have|has) no morals"
                   r"|(?:simply |just )?(?:don'?t|do not|haven'?t|have not)(?: got)?(?: have)? the (?:capacity|brains?"
                   r"|intelligence|iq|mental capacity|intellect) (?:to|for)"
                   r"|(?:are|r)(?:n'?t| not) capable of (?:running|governing|ruling|leading|managing) (?:a|their|any|our) \w+"
                   r"|(?:are|r)(?:n'?t| not) (?:compatible with|fit for|capable of living in) (?:civili[sz]ation|democracy"
                   r"|western (?:values|society|life|civili[sz]ation)|our (?:values|way of life|society|culture)|modern"
                   r" (?:society|life)))\b"
                   r"(?! the (?:show|spotlight|headlines)\b| (?:a march|hearts|the limelight)\b)")
# "illegal immigrants are criminals": a legal status, not an identity (see moderator.exclusion)
_STATUS_BEFORE = re.compile(r"\b(?:illegal|undocumented|criminal)\s+$")
# "all", "most", "these", "the" before the group belong to the claim ("would you say all Muslims are ...")
# (a trait may come second in a list: "Somalis are pirates and leeches")
_SHAPE = re.compile(rf"\b(?:(?:all|most|these|those|the|you|dirty|filthy|fucking)\s+)*{_GROUP}"
                    # where they are may stand between: "women in politics are ...", "muslims in this country are ..."
                    rf"(?:\s+(?:in|from|on)\s+(?:the\s+|this\s+|our\s+)?[a-z]+)?"
                    rf"(?:\s+{_COPULA}\s+(?:[a-z]+,?\s+and\s+)?{DEMEANING_TRAIT}|\s+{DEMEANING_HABIT})\b")
# a group likened to vermin or said to breed like them: "Mexicans breed like rabbits", "Muslims are like
# rats", "immigrants spread like a plague of locusts"
_LIKENED = (r"(?:(?:are|r)(?:\s+(?:all|just|basically|literally|really))*\s+like|breed(?:ing)?\s+like"
            r"|multiply(?:ing)?\s+like|reproduce\s+like|swarm(?:ing)?\s+(?:in\s+)?like|spread(?:ing)?\s+like)"
            r"\s+(?:a\s+(?:pack|swarm|plague|horde|bunch|nest|herd)\s+of\s+)?"
            r"(?:rats|rabbits|cockroaches|roaches|vermin|locusts|flies|lice|maggots|insects|termites|parasites|"
            r"animals|a virus|a disease|a cancer|a plague)")
_LIKE_SHAPE = re.compile(rf"\b(?:(?:all|most|these|those|the|you|dirty|filthy|fucking)\s+)*{_GROUP}\s+{_LIKENED}\b")
# a group as the pests that infest a place (session 28): "an infestation of migrants", "a plague of Gypsies",
# "the town is crawling with Romanians", "infested with Muslims"
_INFESTED_SHAPE = re.compile(
    r"\b(?:(?:an?\s+)?(?:infestation|plague|swarm|swarms|scourge)\s+of|(?:infested|crawling|overrun)"
    rf"\s+(?:with|by))\s+(?:(?:these|those|the|more|dirty|filthy|fucking|foreign)\s+)*{_GROUP}\b")
_INFESTED_CUES = frozenset("infestation plague swarm swarms scourge infested crawling overrun".split())
# a trait put down to a group's blood, a sentence later: "Every Roma family I've met is a pack of thieves. It's in
# their blood." (session 25; "football is in their blood" names no group)
_IN_THEIR_BLOOD = re.compile(rf"\b{_GROUP}\b[^!?\n]{{0,100}}?\b(?:it'?s|its|it is) in their (?:blood|genes|dna)\b")
# a person's conduct put down to their group: "typical Jew banker behaviour", "typical Muslim tactics"
_SINGULARS = ("jew", "muslim", "arab", "mexican", "immigrant", "gypsy", "chinaman")
_TYPICAL_SHAPE = re.compile(
    rf"\btypical\s+(?:{'|'.join(sorted({*GROUP_ADJECTIVES, *_SINGULARS}, key=len, reverse=True))}|{_GROUP})"
    r"(?:\s+\w+)?\s+(?:behaviou?r|mentality|tactics?|tricks?|logic|attitude|nonsense|crap|bs|bullshit)\b")
# a claim named as a stereotype before it ("the myth that women are bad at math": exclusion.NAMED_BEFORE)
# or judged after it ("... is a racist stereotype", "..., which is antisemitic")
_JUDGED_AFTER = re.compile(r"\s*['\"]?\s*(?:,\s*which\s+)?(?:is|was|are|=)\s+(?:a\s+|an\s+|just\s+)?"
                           r"(?:racist|sexist|antisemitic|"
                           r"bigoted|homophobic|transphobic|false|untrue|wrong|nonsense|a myth|myth|stereotype|"
                           r"stereotyping|offensive|hateful|hate speech|lie|prejudice)")
# reported after it: "Muslims are a threat to our country, they say, but ..."
_REPORTED_AFTER = re.compile(r"\s*['\"]?\s*,?\s*(?:they|some|people|many|critics|bigots|racists)\s+"
                             r"(?:say|said|claim|claimed|think|believe|argue|argued)\b")
# quantifiers before the group that make it a part of it, not all of it: "some", "a few", "not all"
_PART_BEFORE = re.compile(r"\b(?:some|a few|few|certain|many of the|several)\s+(?:of\s+)?(?:the\s+)?$")
# the group is not the subject: "chest tattoos on females are trash"
_OBJECT_BEFORE = re.compile(r"\b(?:on|for|with|about|by|from|at|in|to|against|like)\s+$")
# Every shape holds "are" (or "r", "tend", "always", "like", a habit's verb) and a group's word: most texts
# stop at these lookups.
_BLOOD_WORDS = frozenset(["blood", "genes", "dna"])
_COPULA_CUES = frozenset(["are", "r", "tend", "always", "like", "typical", "care", "cares", *_HABIT_VERBS, *_INFESTED_CUES,
                          "don", "do", "haven", "have", "aren", *_BLOOD_WORDS])
_GROUP_CUES = frozenset([name.split()[0] for name in GROUP_NAMES + _BY_ARRIVAL + _TRAIT_ONLY_GROUPS] + list(GROUP_ADJECTIVES)
                        + list(_SINGULARS)
                        + ["people"])


def find_stereotypes(normalized: str, words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each group stereotyped in a normalized text, left to right.
    `words`: the text's `[a-z]+` words, where the caller has them already."""
    words = letter_words(normalized) if words is None else words
    if _COPULA_CUES.isdisjoint(words) or _GROUP_CUES.isdisjoint(words):
        return []
    found = []
    for match in [*_SHAPE.finditer(normalized), *(_LIKE_SHAPE.finditer(normalized) if "like" in words else ()),
                  *(_TYPICAL_SHAPE.finditer(normalized) if "typical" in words else ()),
                  *(_INFESTED_SHAPE.finditer(normalized) if not _INFESTED_CUES.isdisjoint(words) else ()),
                  *(_IN_THEIR_BLOOD.finditer(normalized) if not _BLOOD_WORDS.isdisjoint(words) else ())]:
        start = match.start()
        before = normalized[max(0, start - 40):start]
        if (negated(normalized, start) or _STATUS_BEFORE.search(before) or NAMED_BEFORE.search(before)
                or _PART_BEFORE.search(before) or _OBJECT_BEFORE.search(before)
                or _JUDGED_AFTER.match(normalized, match.end()) or _REPORTED_AFTER.match(normalized, match.end())
                or reported_after(normalized, match.end())
                or questioned(normalized, match.end())):  # "would you say all Muslims are terrorists?"
            continue
        found.append((start, match.end()))
    return sorted(set(found))
