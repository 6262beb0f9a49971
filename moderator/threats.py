"""Threat phrasing: violence aimed at someone, calls for it, wishes of death, and intimidation.

Threats are rare in the training data (234 labelled rows of the 30,640 that carry the label), too few
for word n-grams to learn that "someone should shoot the mayor" is one while "the mayor shot down the
plan" is not. What generalizes is the shape: a violent verb, a person after it, and a framing before
it that calls for the act, promises it or wishes it ("should", "I'll", "someone", "hope you").
`find_threats` reads that shape in the normalized text (moderator.normalize: lower case, disguises
undone); the lexicon member marks what it finds as `threat` spans with a reason, and a policy's
`[phrases] flag` sends such comments to a person whatever their scores. (As stacking features the same
shapes did not help: 47 threats among the stacker's held-out rows are too few to weigh them.)
Violence named by a weapon, a method or the body it harms instead of a verb ("put a bullet in his head",
"he deserves a rope", "string them up", "slit your throat", "burn down the mosque"), illness or an
accident wished on someone ("I hope you get cancer"), and intimidation by a visit or a lesson promised
("your days are numbered", "we know where your kids go to school") are shapes of their own.

Measured on data/train (2026-11-29): the shapes occur in 460 of 106,336 rows, 326 of them labelled toxic
(436 and 310 before those shapes were added: of the 24 rows they brought, 8 are labelled non-toxic, and
are threats all the same: "I will burn your house down", "Cut his legs off and throw him in a cell");
7 of the 8,665 C3 news comments. The wish that someone had been aborted was added from general
knowledge: no training row has it. Session 19 took out what news comments say without calling for
violence: a call about a thing ("the gas tax should be eliminated", "this bill should be killed"), a
forecast ("smoking will kill you"), a description ("cops that want to shoot you") and someone else's view
reported ("Trump suggests Hillary should be killed"), a thing wished dead ("I hope this policy dies in
committee", "I hope the rumour dies down"): 453 of the 106,336 rows match now, the 15 lost each read.
Session 24 took shapes from a second list of news comments written to be held out: the roles news comments
name ("put a bullet in this councillor", "strangle that presenter"), a person "of" a thing ("the writer of
this article deserves to be stabbed"), a head kicked or punched in, the speaker's own plan ("I'm taking a
hammer to his skull"), "gas" as a verb, and the stock lines of intimidation ("give me ten minutes alone with
him", "consider this your last warning", "we know which car is yours"); a call on "them" before a fixture
("let's smash them on Saturday") is about a match. 10 more training rows match, 8 labelled toxic (of the
other two, "I'm gonna shoot my boss... a quick email" is a joke).
Session 25 took shapes from two more lists of news comments, each written by a helper that read no code and
no earlier list: wishes of death or harm and urging to self-harm ("do us all a favour and jump off the
bridge", "rope's cheap at Bunnings", "hope the striker breaks both legs"), veiled menace and one reader's
stalking promised ("he'll be leaving in an ambulance", "a bullet with your name on it", "I'll be replying to
every comment you post"), and a call carried past an "and" ("should drag him out and string him up"). They
are patterns of their own (_WISHED_HARM, _MENACE), each tried only where one of its rarer words is. 6 more
training rows match, 5 labelled toxic (the sixth reports a family that "would dance on your grave"); a delivered
threat ("tell the umpire we'll be waiting") is no report and a quote after "screams" is one.
Session 27 added a general wish of harm (a wish, a person, and death, an accident or a deadly illness in one
sentence: "hope u get run over on ur way home", "I'd celebrate if that judge got terminal cancer") and took
"I hope the man who was killed gets justice" out of the stock wish (a relative clause in the passive). 4 more
training rows match, each a death wish. It caught 5 of the thirteenth list's wishes it was written beside and
none of a fourteenth list's ten, which wish in new words each ("his plane takes a nice long nosedive", "kicks
the bucket", "his dodgy heart gives out"): shapes reach their own wordings.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from moderator.exclusion import clause_before, gated_shapes, reported_after
from moderator.normalize import letter_words


def _at_word_starts(pattern: str) -> re.Pattern:
    """`pattern`, whose alternatives each begin a word with a letter, tried only where a word begins:
    Python's re otherwise tries every alternative at every character (the intimidation phrases took
    ~270 µs on a 600-character comment so, ~50 µs this way; the same matches on all of data/train)."""
    return re.compile(rf"\b(?=[a-z])(?:{pattern})")


# violent acts: stems and the endings they take ("kill", "killed", "killing", "executes" ...)
_STEMS = (
    "kill", "murder", "shoot", "stab", "lynch", "execut", "behead", "decapitat", "strangl", "slaughter",
    "massacr", "exterminat", "gass", "torch", "bomb", "nuk", "punch", "rap", "tortur", "mutilat", "castrat",
    "drown", "hang", "burn", "beat", "bash", "slit", "smash", "choke", "butcher", "annihilat", "eliminat",
    "pummel", "assassinat",
)
_ENDINGS = ("", "e", "es", "ed", "ing", "s", "en", "t")
_IRREGULAR = ("shot", "hung", "beaten", "burnt", "stabbed", "stabbing", "gas")  # (the doubled b: "stab" + "ed" is no word)
_PHRASAL = r"gun(?:ned)? down|blow(?:n)? up|wipe(?:d)? out|hunt(?:ed)? down"
_VIOLENT = rf"(?:{'|'.join(_STEMS)})(?:{'|'.join(e for e in _ENDINGS if e)})?|{'|'.join(_IRREGULAR)}|{_PHRASAL}"
# the participles a passive call takes ("should be shot", "needs to be nuked"); "ought to be hanging
# your heads in shame" is not one
_PARTICIPLE = (rf"(?:{'|'.join(_STEMS)})(?:ed|d|en)|{'|'.join(_IRREGULAR)}"
               r"|gunned down|blown up|wiped out|hunted down")
# "beat" and "bash" a party or a team are words for winning and for criticizing ("we'll beat the
# Conservatives", "bash the liberals"): an act of violence only with what makes it one ("... to a pulp")
_BEATING = re.compile(r"\b(?:beat|beats|beating|beaten|bash|bashes|bashed|bashing)\b(?:\s+\w+)??\s+"
                      r"(?:liberal|conservative|democrat|republican|lefty|leftist|tory|tories|party|parties|"
                      r"team|em)s?\b")
_BEAT_HOW = re.compile(r"\s+(?:up|senseless|to death|to a pulp|bloody|black and blue)\b")
# a person or group the act lands on, right after the verb: a pronoun, an @name, or a noun phrase
# headed by a word for people ("the mayor", "those filthy traitors"), not any noun ("kill this bill")
_PEOPLE = (
    r"(?:guy|man|men|woman|women|girl|boy|kid|child|children|people|person|folk|family|bitch|bastard|idiot|"
    r"moron|scum|traitor|pig|rat|animal|mayor|president|author|writer|reporter|journalist|editor|politician|"
    r"judge|cop|police|officer|minister|senator|governor|leader|priest|teacher|neighbou?r|immigrant|refugee|"
    r"migrant|foreigner|muslim|jew|christian|gay|liberal|conservative|democrat|republican|lefty|leftist|"
    r"commie|nazi|terrorist|protester|cunt|fag|faggot|whore|slut|"
    # the roles news comments name (session 24): "put a bullet in this councillor", "strangle that presenter"
    r"councillor|councilor|councilman|councilwoman|congressman|congresswoman|mp|presenter|anchor|host|ref|"
    r"referee|umpire|landlord|witness|defendant|vicar|imam|rabbi|pastor|cleric|doctor|nurse|lawyer|boss|"
    r"columnist|pundit|commentator|blogger|candidate|activist|protestor|paedo|pedo|paedophile|pedophile|nonce|"
    r"scumbag|thug|clown|magistrate|campaigner|bishop)(?:e?s)?"
)
_TARGET = (
    r"(?:you|u|ya|yourself|yourselves|him|her|them|em|himself|herself|themselves|everyone|everybody|@\w+|"
    r"(?:the (?:whole )?lot|all|every (?:last )?one|each) of (?:them|you|em|(?:those|these) \w+)|"
    rf"(?:all|every|each|some|these|those|this|that|the|his|her|their|your|ur|my|our)(?: \w+)?? {_PEOPLE})"
)
# what makes it a call, a promise or a wish rather than a report of something that happened
_FRAMING = (
    r"(?:should|shall|must|ought to|needs? to|deserves? to|gonna|going to|will|wanna|want to|would love to|"
    r"i'?ll|we'll|i'?d|let'?s|lets|someone|somebody|anyone|time to|i hope|hope|wish|pray|go|gotta|have to|"
    r"i'?m going to|we need to|i will|we will)"
)
# ("we'll" needs its apostrophe: "well" is an adverb - "knowing full well how likely to kill you")
_CALL = re.compile(rf"\b{_FRAMING}\b(?:\s+\w+){{0,3}}?\s+(?:{_VIOLENT})\s+{_TARGET}\b")
# an order opening a sentence: "Kill them all.", "Shoot the traitors!"
_IMPERATIVE = _at_word_starts(rf"(?:^|(?<=[.!?;:] )|(?<=\n))(?:{_VIOLENT})\s+{_TARGET}\b")
# "should be shot", "needs to be hanged", "deserves to be gassed", "you will be killed"; with "will" after
# anything but a person the same words predict ("small businesses will be wiped out", "innocents will be killed")
_PASSIVE_CALL = re.compile(
    rf"\b(?:should|shall|must|ought to|needs? to|deserves? to|has to|have to|gotta"
    rf"|(?:you|u|ya|he|she|they)(?:'ll| will| are going to| is going to| gonna| are gonna))"
    rf"\s+(?:\w+\s+)?be\s+(?:(?:{_PARTICIPLE})"
    # "should be lined up and shot", "should be thrown off buildings"
    rf"|(?:lined|rounded|dragged|taken|strung) (?:up|out|outside)(?: \w+){{0,3}}? and (?:then )?(?:{_PARTICIPLE})"
    r"|thrown (?:off|from) (?:a |the )?(?:buildings?|roofs?|rooftops?|bridges?|cliffs?|towers?|balcon(?:y|ies)))\b"
)
# A call about no person is the language of policy and of the kitchen: "the gas tax should be eliminated",
# "this bill should be killed in committee", "the plan needs to be executed", "the eggs should be beaten",
# and a forecast is no call: "it will kill him slowly", "cancer will kill you". The word before the modal (past
# a few adverbs) names what the call is about; with one of these heads it is no threat. Persons, groups,
# faiths and ideologies stay out ("islam must be eliminated"), and so do places and words that also name
# people ("the office should be bombed", "any white should be killed").
_THINGS = frozenset("""
    bill law act tax tariff levy fee toll policy plan proposal program programme project motion measure
    legislation amendment clause rule regulation ban mandate subsidy loophole deal agreement treaty
    contract pipeline budget deficit debt spending pension dividend rebate exemption credit scheme system
    warrant order idea notion theory myth argument claim narrative rumour rumor lie story article column
    editorial comment thread tweet headline question topic debate conversation discussion practice tradition
    custom habit file page account app game show series movie film book song script code process task
    virus disease cancer infection tumour tumor smoking drug drinking alcohol weed tree fire flame blaze
    egg cream mixture batter dough steak meat
""".split())
# what a bombing or a burning does to a thing is still violence ("the project should be bombed")
_LITERAL_VIOLENCE = re.compile(r"(?:bomb|firebomb|gass|torch|nuk)(?:ed|d)$|blown up$")
# "it will kill you", "smoking is going to kill him"; and "cops that want to shoot you" describes someone
_NO_PERSON_BEFORE_CALL = _THINGS | {"it", "this", "that", "which", "who", "what"}
_NO_PERSON_BEFORE_PASSIVE = _THINGS | {"it", "this", "what"}  # ("politicians that should be hanged" is one)
_BARE_MODAL = re.compile(r"(?:will|should|shall|must|ought to|needs? to|deserves? to|gonna|going to|wanna"
                         r"|want to|would love to|have to|has to|gotta)\b")
_ADVERB = r"(?:just|really|also|simply|all|completely|entirely|probably|definitely|immediately|then|still" \
          r"|totally|absolutely|both|either|too|quickly|now|seriously|honestly|eventually|slowly)"
_SUBJECT_HEAD = re.compile(rf"([a-z]+)(?:'s|'re)?(?:\s+(?:{_ADVERB}|is|are|was|were))*\s*$")  # "it's going to"
# "the idea was shot down", "shot down in flames": rejected, not fired at ("shot down like a dog" still is)
_SHOT_DOWN = re.compile(r" down\b(?! like\b)")


def _said_of(normalized: str, modal_start: int, heads: frozenset[str] | set[str]) -> bool:
    """Whether the word before the modal at `modal_start` (past a few adverbs) is one of `heads`, and
    not the object of a person ("the writer of this article deserves to be stabbed" is said of the writer)."""
    head = _SUBJECT_HEAD.search(normalized, max(0, modal_start - 80), modal_start)
    if head is None:
        return False
    return _one_of(head.group(1), heads) and not _PERSON_OF.search(normalized, max(0, head.start() - 40), head.start())


# "the writer of this article", "the author of the bill": a person, whatever the thing after "of"
_PERSON_OF = re.compile(rf"\b{_PEOPLE} of (?:the|this|that|a|an|his|her|their|these|those|our|your) (?:\w+ )?$")


def _one_of(word: str, heads: frozenset[str] | set[str]) -> bool:
    """Whether `word` or its singular ("taxes", "subsidies", "eggs") is one of `heads`."""
    return not heads.isdisjoint((word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,))


# Someone else's view reported, not the writer's call: "people who believe atheists should be executed",
# "Trump suggests Hillary should be killed" ("I said he should be shot" and "I think ..." are the writer's)
_REPORTED_VIEW = re.compile(
    r"\b(?:who|they|people|some|many|others|those|extremists|islamists)\s+(?:\w+\s+)?"
    r"(?:believe|think|say|claim|argue|insist|preach|teach|suggest)\b"
    r"|(?<!\bi )(?<!\bwe )\b(?:believes|thinks|says|said|claims|claimed|argues|argued|insists|insisted|suggests"
    r"|suggested|preaches|teaches)\b")


def _reported(normalized: str, call_start: int) -> bool:
    return bool(_REPORTED_VIEW.search(clause_before(normalized, call_start, width=60)))


# A thing wished dead is politics, not violence: "I hope this policy dies in committee", "I hope his career
# is dead", "I hope the campaign burns out"; nor is a verb that means no dying: "I hope the rumour dies
# down", "I wish I was dead tired"
_WISH_WORD = re.compile(r"\b(?:hope|hoping|wish|wishing|pray|praying|wait|day)\b")
_AUXILIARY = frozenset("is are was were be would will could should gets get got to just finally already soon "
                       "quickly slowly quietly ever".split())
_DEATH_WISH_THINGS = _THINGS | {"career", "campaign", "movement", "party", "company", "business", "brand", "trend",
                                "fad", "industry", "league", "season", "franchise", "government", "agenda",
                                # what "can't wait till ... dies" says of things (session 25)
                                "phone", "battery", "laptop", "computer", "tablet", "car", "engine", "printer", "tv",
                                "telly", "hype", "buzz", "craze", "winter", "summer", "heatwave", "storm", "weather",
                                "noise", "meeting", "shift", "week", "term", "year"}
# what makes the verb no dying, after it: "dies down", "dies out", "burns out", "dead tired", "dead wrong"
_NOT_DYING_AFTER = {
    "die": re.compile(r"\s+(?:down\b(?!\s+(?:there|here|in)\b)|out|off)\b"),
    "burn": re.compile(r"\s+out\b"),
    "dead": re.compile(r"\s+(?:tired|last|set|serious|wrong|right|on arrival|end|heat|ringer|weight|center|centre)\b"),
}


def _wished_on_a_thing(normalized: str, m: re.Match) -> bool:
    """Whether a wish of death ("I hope ... dies") is said of a thing, or its verb means no dying."""
    wish = _WISH_WORD.search(m.group())
    if wish is None:
        return False  # "kill yourself", "rot in hell": no wish to read
    verb = m.group().rsplit(None, 1)[-1].rstrip("s")  # "dies" -> "die", "burns" -> "burn"
    after = _NOT_DYING_AFTER.get(verb)
    if after is not None and after.match(normalized, m.end()):
        return True
    between = re.findall(r"[a-z']+", m.group()[wish.end():])[:-1]  # up to the dying word
    heads = [word for word in between if word not in _AUXILIARY]
    return bool(heads) and _one_of(heads[-1], _DEATH_WISH_THINGS)


def _passive_is_a_call(normalized: str, m: re.Match) -> bool:
    said = m.group()
    if (said.endswith("shot") and _SHOT_DOWN.match(normalized, m.end())) or _reported(normalized, m.start()):
        return False
    return (not _BARE_MODAL.match(said) or _LITERAL_VIOLENCE.search(said)
            or not _said_of(normalized, m.start(), _NO_PERSON_BEFORE_PASSIVE))


def _active_is_a_call(normalized: str, m: re.Match) -> bool:
    if _reported(normalized, m.start()):
        return False
    return not _BARE_MODAL.match(m.group()) or not _said_of(normalized, m.start(), _NO_PERSON_BEFORE_CALL)


# an illness named for its care, not wished: "I hope she gets cancer treatment soon", "hope my dad gets his
# cancer results", "hope they catch cancer early"
_MEDICAL_AFTER = (r"(?! (?:of|treatment|screening|research|care|support|help|drugs?|patients?|free|checks?|tests?|scans?"
                  r"|results|vaccines?|nurses?|specialists?|diagnosis|all clear|jab|early)\b)")
_DEATH_WISH = _at_word_starts(
    # (a relative clause reports a deed: "I hope they catch the scum that killed them")
    r"(?:(?:i |we )?(?:hope|wish|pray)\b(?:\s+\S+){0,5}?\s+(?<!\bthat )(?<!\bwho )(?<!\bwhoever )(?<!\bwhich )"
    # (and in the passive: "I hope the man who was killed gets justice")
    r"(?<!\bwho was )(?<!\bwho were )(?<!\bthat was )(?<!\bthat were )(?<!\bwho got )"
    r"(?:die|dies|dead|death|killed|shot|raped|burn|burns|rot)s?"
    r"|kill (?:yo)?urself|kill yourselves|kys|drop dead|go die|die in a fire|rot in hell|burn in hell"
    # telling someone to kill themselves in the words people use for it ("unalive yourself", "neck
    # yourself", "go drink bleach"); "shoot yourself in the foot" is an idiom, "take the weight off
    # yourself" and "the right to end your life" are no orders
    r"|(?:un ?alive|neck|rope|hang|shoot) (?:yo)?(?:urself|urselves|yourselves)"
    r"|(?:go|just|should|could|please|pls|plz) (?:un ?alive|off|end) (?:yo)?urself"
    r"|(?:go|just|should|could|please|pls|plz|and|you) (?:go )?(?:drink|chug) (?:some |a gallon of )?bleach"
    r"|(?:should|need to|needs to|go|just|please|pls|plz) end (?:your|ur) (?:own |miserable |pathetic )?life"
    r"|(?:go|should|just|please|pls|plz) (?:go )?jump off (?:a|the) (?:bridge|cliff|building|roof)"
    r"|go play in (?:the )?traffic|(?:take|go take) a long walk off a short pier"
    r"|(?:should|needs? to|could|would|please|pls|plz|just) (?:\w+ )?(?:quietly |just )?stop breathing"
    r"|(?:(?:you|u|he|she|they)(?:'ll| will| should| belong| belongs| deserves? to)(?: be| end up)?|preferably|hopefully)"
    r" (?:six|6) (?:feet|ft) under"
    r"|a favou?r and (?:just |go |quietly )?(?:die|drop dead|stop breathing)\b"
    # an illness or an accident wished on someone: "I hope you get cancer", "I hope he gets hit by a bus"
    r"|(?:hope|hoping|wish|wishing|pray|praying)\b(?:\s+\S+){0,4}?\s+(?:gets?|catch(?:es)?|contracts?|develops?|dies? of"
    r"|has|have|suffers?)(?: the same)?"
    r" (?:cancer|aids|ebola|a (?:brain )?tumou?r|a heart attack|a stroke)"
    rf"{_MEDICAL_AFTER}"
    r"|(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+(?:gets?|is|are) (?:hit|run over) by (?:a|the) (?:bus|car|truck|train)"
    # "Die, you scum." "Just die."
    r"|(?:^|(?<=[.!?;:] )|(?<=\n))(?:just |please )?die(?:,? (?:you|u)\b|(?=\s*[.!]|\s*$))"
    # a wish that someone had never lived: "your mother should have aborted you"
    r"|(?:you|u|he|she|they)(?: all| too)? should(?: have|'ve| of) been aborted"
    r"|should(?: have|'ve| of) aborted (?:you|u|him|her|them)"
    r"|(?:your|ur|his|her|their) (?:mother|mom|mum|momma|mama|father|dad) should(?: have|'ve| of)"
    r" (?:swallowed|aborted) (?:you|u|him|her|them))\b"
)
# Intimidation without a violent verb: the stock phrases of a threat against the reader's safety ("I know
# where you live", "you're a dead man", "watch your back"), read as promises of harm by moderators.
_YOU = r"(?:you|u|ya)"
_INTIMIDATION = _at_word_starts(
    rf"(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| can| already)? "
    rf"(?:know|find|found|find out|found out|track down|tracked down|look up|looked up) where {_YOU} (?:live|sleep|work)s?\b(?! (?:is|was|has|had)\b)"
    rf"|(?:i'?ll|we'?ll|i will|we will|gonna|going to) (?:(?:hunt|track) {_YOU} down|find {_YOU}(?=\s*(?:[.!,;]|$)))"
    rf"|(?:i'?m|i am|we'?re|we are) coming (?:for|after) {_YOU}\b"
    rf"|(?:i'?ll|we'?ll|i will|we will|gonna|going to) make {_YOU} pay\b(?!\s+(?:a|an|the|more|less|for (?!this|that|it\b)|\d|\$|taxes|tax))"
    rf"|(?:{_YOU}(?:'re| are)?|ur) (?:a )?dead (?:man|woman|meat)\b"
    r"|watch (?:your|ur|yo) back\b|\bsleep with one eye open\b"
    r"|(?:your|ur) days are numbered\b"
    r"|enjoy (?:your|ur) last (?:days|breaths?|moments|day)\b(?! (?:of|in|at|on|before)\b)"
    rf"|(?:wait|wait till|wait until|just wait|when|once) (?:till |until )?(?:i|we) get (?:my|our) hands"
    rf" on (?:{_YOU}|him|her|them)\b"
    rf"|(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| can| already)? know where"
    r" (?:your|ur) (?:kids?|children|family|wife|husband|mother|mom|daughters?|sons?)"
    r" (?:go to school|lives?|sleeps?|works?)\b"
    # "I'm going to find this reporter and teach her a lesson"; "someone should pay him a visit" (a visit
    # that the speaker plans is a visit: "we will pay them a visit next summer")
    rf"|(?:i'?ll|we'?ll|i will|we will|i'?m going to|i am going to|we'?re going to|gonna|going to|let'?s"
    rf"|(?:someone|somebody) (?:should|needs to|will|ought to)) (?:\w+ ){{0,4}}?"
    rf"teach {_TARGET} a (?:lesson|thing or two)"
    r"(?! (?:in|about|on)\b| (?:at|in|on) (?:the )?(?:polls|ballot box|ballot|next election|election day|november))"
    rf"|(?:someone|somebody) (?:should|needs to|ought to|oughta) (?:go )?"
    rf"pay {_TARGET} a (?:little |friendly |late night |late-night |personal )?visit"
    # an order with a threat behind it: "shut your mouth or I'll shut it for you"
    rf"|or (?:else )?(?:i'?ll|we'?ll|i will|we will|someone will) (?:shut it for {_YOU}|shut {_YOU} up"
    rf"|make {_YOU} (?:shut up|regret it|sorry|pay))\b"
    # a livelihood threatened, or a call to publish someone's private details: "I'll get you fired", "I'll
    # make sure you never work again", "I will ruin your career", "Let's dox her"
    rf"|(?:i'?ll|i will|we'?ll|we will|gonna|going to|i'?m going to|i am going to) (?:personally )?"
    # (the span stops before "never", which the negation check would read as taking the threat back)
    rf"(?:make sure {_YOU}(?= never work(?: \w+){{0,3}}? again)|(?:get|have) {_YOU} fired(?! up)"
    rf"|(?:ruin|destroy|end) (?:your|ur) (?:life|career|reputation|livelihood))\b"
    rf"|(?:let'?s|lets|someone should|somebody should|we should|we need to|i'?ll|i will|we'?ll|we will|gonna"
    rf"|going to|time to|go) dox+ (?:him|her|them|{_YOU}|this \w+|that \w+|the \w+)\b"
    r"|(?:^|(?<=[.!?;:] )|(?<=\n))dox+ (?:him|her|them|this \w+|that \w+)\b"
    # a person's home address posted with a call to go there
    r"|(?:his|her|their|your|the \w+'?s|\w+'s) (?:home |house )?address is\b"
    r"(?=.{0,80}\b(?:visit|pay|go|drop by|stop by|show up|look it up|find (?:it|him|her)|in person))"
    # someone else's home or habits hunted for, or shown to be known (session 23): "somebody should find out
    # where Oyelaran lives", "people know where she studies", "post his home address", "let's all show up
    # at her house", "someone needs to follow him home", "snitches end up in the hospital", "watch yourself
    # walking to your car", "make her life a misery until she quits"
    r"|(?:someone|somebody|we|everyone|everybody|let'?s|i'?ll|i will|we'?ll|we will|we need to|we should|anyone"
    r"|anybody)(?: all)?"
    r"(?: should| needs? to| must| ought to| will| can)? (?:go |just )?(?:find out|figure out|look up|track down|dig up)"
    r" where (?:\w+ ){0,3}?(?:lives|live|works|sleeps|parks|studies|goes to school)\b"
    r"|(?:people|we|everyone|everybody|they) (?:already )?knows? where (?:she|he|they) (?:lives|works|studies|sleeps"
    r"|parks|goes to school)\b"
    r"|(?:someone|somebody|everyone|everybody|let'?s|we should|go|please|pls)(?: all)?(?: should| needs? to)?"
    r" (?:post|publish|share|leak|dig up|look up) (?:his|her|their|the \w+'s|\w+'s) (?:home |house |personal |private"
    r" |cell |mobile )?(?:address|phone number|cell number|number)\b"
    r"|(?:let'?s|everyone|everybody|we should|we need to|we all|someone should|somebody should)(?: all)?"
    r"(?: should| needs? to| must)? (?:go |just )?(?:show up|turn up|gather|protest) (?:at|outside) [^.!?\n]{0,40}?"
    r"\b(?:his|her|their|the \w+) (?:house|home|front door|driveway)\b(?! (?:party|parties|warming|for dinner)\b)"
    r"|(?:someone|somebody|we|let'?s|i'?ll|i will|we'?ll|we will)(?: all)?(?: should| needs? to| must| ought to)?"
    r" follow (?:him|her|them|\w+) home\b"
    r"|snitches (?:get stitches|end up (?:in (?:the )?(?:hospital|a ditch|ditches)|dead))\b"
    r"|watch yourself (?:walking|on (?:the|your) way|when you|at night|going home|out there|in the parking lot)\b"
    r"|make (?:his|her|their|your|ur|(?:this|that|the) \w+'s) li(?:fe|ves) (?:a (?:living )?(?:misery|hell)|hell|miserable)\b"
)
# Violence named by its weapon or its method rather than by a violent verb, aimed at a person: "put a
# bullet in his head", "he deserves a bullet", "string them up", "line them up against a wall", "run him
# over", "put down like a dog". A report ("the gunman put a bullet in ...", "the police found a bullet")
# has no call before it; the call is the framing above, an order opening a sentence, or "deserves".
_HIS = r"(?:his|her|their|your|ur|yo|that \w+'?s|the \w+'?s|\w+'s)"
_WEAPON_ACT = (
    rf"(?:put|puts|putting|pump|pumps|pumping|stick|sticks|shove|shoves|lodge|lodges|send|sends)"
    rf" (?:a|one|some|two|three|a few|\d+) (?:bullets?|slugs?|rounds?|knife|knives|blade|shank|bolt)"
    rf" (?:in|into|in to|through|between|to) (?:{_TARGET}|{_HIS}(?: \w+)?)"
    rf"|(?:take|takes|taking) (?:a|an|the|my|our|some) (?:baseball )?(?:bat|hammer|crowbar|tire iron|machete|axe|"
    rf"golf club|brick|pipe) to (?:{_TARGET}|{_HIS} (?:head|skull|face|knees?|legs?))"
    rf"|(?:string|strings|stringing) (?:{_TARGET})(?: all)? up"
    rf"|line (?:{_TARGET})(?: all)? up (?:against|in front of) (?:a|the) wall"
    rf"|(?:run|runs|running) (?:{_TARGET})(?: all)? over|(?:run|runs|running) over {_TARGET}"
    rf"|put (?:{_TARGET})(?: all)? (?:(?:six|6) (?:feet|ft) under|in the ground|in (?:a|their|his|her|the) grave)"
    # "put a bomb in that synagogue"
    rf"|(?:put|plant|leave|throw|toss) (?:a|some) (?:pipe |petrol |nail )?(?:bomb|grenade|molotov(?: cocktail)?|firebomb)s?"
    rf" (?:in|into|under|through|at) (?:the|that|this|your|ur|their|his|her|every|a) (?:\w+ )?"
    rf"(?:mosque|synagogue|church|temple|gurdwara|school|house|home|office|newsroom|clinic|car)s?"
    # harm to the body: "slit your throat", "smash your face in", "beat the shit out of him"
    rf"|(?:slit|cut|smash|smashing|break|breaking|bash|bashing|snap|cave|crush|rip|knock|knocking|kick|kicking|punch"
    rf"|punching|stamp on|stamping on|stomp on|stomping on) {_HIS}"
    rf" (?:\w+ )?(?:throat|face|head|skull|neck|legs?|arms?|jaw|teeth|nose|kneecaps?|ribs?|spine|fingers|hands?|ears?"
    rf"|tongue)"
    rf"|beat (?:the (?:shit|crap|hell|snot|living daylights|life)) out of {_TARGET}"
    rf"|break every bone in {_HIS} (?:body|hands?|face|legs?|arms?)"
    # session 24's third list: "I'm punching him straight in the mouth", "burn the place down with him in it"
    rf"|(?:punch|punching|smack|smacking|hit|hitting|kick|kicking) (?:him|her|them|you|u) (?:straight |right |square )?"
    rf"in the (?:mouth|face|head|teeth|nose|jaw|throat)"
    rf"|burn (?:the place|the house|it|the building|the school|the office) down with (?:him|her|them|you|u) (?:still )?in"
    # places of worship, schools, homes and newsrooms burnt, bombed or shot up
    rf"|(?:burn(?: down)?|torch|firebomb|bomb|blow up|shoot up) (?:the|that|this|your|ur|their|his|her|every|all the|a)"
    rf" (?:\w+ )?(?:mosque|synagogue|church|temple|gurdwara|school|house|home|office|newsroom|clinic)s?"
    rf"(?! (?:of|board|boards|district|bus|budget|policy|plan|rules|floor)\b)"
    rf"|end {_YOU}(?! (?:a|an|the|with|some|up)\b)"
    rf"|(?:run|runs|running) (?:{_TARGET}) off the road"
    # "hope someone puts a brick through that mosque's windows" (session 25)
    rf"|(?:put|puts|throw|throws|chuck|chucks|lob|lobs|send|sends|hurl|hurls) (?:a|some|the) (?:brick|rock|stone"
    rf"|petrol bomb|molotov)s? through (?:{_HIS}|the|that|this|their|every) (?:\w+'?s? )?(?:windows?|windscreen|door)"
)
_WEAPON_CALL = _at_word_starts(
    rf"(?:{_FRAMING}\b(?:\s+\w+){{0,3}}?\s+|(?:i'?m|we'?re|i am|we are)\s+|(?:^|(?<=[.!?;:] )|(?<=\n)))"
    rf"(?:{_WEAPON_ACT})\b"
    # "round them up and shoot them"
    rf"|round (?:{_TARGET}|\w+)(?: all)? up and (?:then )?(?:{_VIOLENT})\b"
    # "he deserves a bullet", "that traitor needs a rope", "she deserves a bullet to the head"
    r"|(?:deserves?|deserved|needs?|earned|has earned|is asking for)"
    r" (?:a|the|one|some) (?:bullet|noose|rope|firing squad|gallows|bullet to the head|brick through (?:the|their|his|her|your)"
    r" windows?"
    r"|knife in the (?:ribs|back|chest|gut|throat))"
    r"(?! point| list| train| proof| journal| hole| ?-)\b"
    # "the reporter deserves a beating" ("the Leafs deserved the beating they got", "a good hiding" and "a
    # thrashing" are what a team gets on the pitch)
    r"|(?:deserves?|needs?|is asking for) a (?:good )?beating\b"
    # "traitors like him should be dragged out and strung up"
    r"|(?:should|ought to|needs? to|must|deserves? to) be (?:\w+ ){0,6}?strung up\b"
    # "should be put down like a dog"
    r"|put (?:down|to sleep) like (?:a|an|the) (?:rabid |mad |sick )?(?:dog|animal|dogs|animals)\b"
    # "that ref needs his kneecaps sorted out", "he deserves his face rearranged" (session 25)
    # (teeth and knees "sorted out" are a dentist's and a surgeon's work)
    r"|(?:needs?|deserves?|wants?|is asking for|could do with|should get|should have) (?:his|her|their|your|ur)"
    r" (?:kneecaps? (?:sorted(?: out)?|done)|(?:kneecaps?|legs?|teeth|jaw|face|head|skull|nose|fingers) (?:done in"
    r"|kicked in|smashed(?: in)?|broken|rearranged|caved in|knocked (?:in|out|off)|knocking (?:in|out|off)|kicking in"
    r"|smashing in))\b"
    # a call carried on past an "and": "the locals should drag him out of his house and string him up"
    rf"|(?:should|must|ought to|needs? to|gonna|going to|let'?s)\b[^.!?;:\n-]{{0,60}}?\band (?:then )?"
    # (not "... and beat them", "... and kill them off": words of a match; "... and beat her" is violence)
    rf"(?:(?:string|strings) (?:him|her|them|em)(?: all)? up|(?!(?:beat|bash|smash)\w* (?:them|em)\b)(?:{_VIOLENT}) (?:him|her|them|em)\b"
    rf"(?! off\b| at\b| in the (?:game|match|polls|election)\b))"
)
# Harm the speaker promises without a violent verb: "I will hurt you", "I'm going to find you and hurt you",
# "we'll make you suffer". A policy that "will hurt you" is no threat, so only "I" or "we" promise it, and
# not a harm at the polls or to someone's feelings.
_WE_WILL = (r"(?:i|we)(?:'ll| will|'?m going to|'?m gonna| am going to|'re going to|'re gonna| are going to"
            r"| gonna| wanna| want to)")
_NOT_BODILY = (r"(?! (?:feelings|chances|pride|ego|financially|economically|politically|at the polls|in the polls"
               r"|at the ballot box|in the election|at the election|in november)\b)")
_PROMISED_HARM = re.compile(
    rf"\b{_WE_WILL} (?:\w+ ){{0,4}}?(?:hurt|harm|injure|maim|cripple) (?:{_YOU}|him|her|@\w+)\b{_NOT_BODILY}"
    rf"|\b{_WE_WILL} make (?:{_YOU}|him|her|@\w+) (?:suffer|bleed|scream)\b{_NOT_BODILY}"
)
# Veiled intimidation: harm hinted at, never named ("It would be a shame if something happened to your
# kids", "accidents happen to people like her", "you won't leave in one piece", "nobody would miss you if
# you disappeared", "we know your address"). Their negations are part of the threat, so the negation check
# below does not apply to them.
_VEILED = _at_word_starts(
    rf"(?:shame|pity) if (?:something|anything)(?: bad)? (?:happened|happens|were to happen|was to happen) to"
    rf" (?:{_YOU}|your|ur|him|her|them|his|their|that|this|those|it)\b"
    # "be a pity if that nice new mosque had a little 'accident'"
    rf"|(?:shame|pity) if (?:your|ur|his|her|their|that|this|the) (?:\w+ ){{0,6}}?(?:had|has|were to have) (?:a|an)"
    rf" (?:little |nasty |unfortunate |tragic )?'?accident\b"
    rf"|funny how accidents (?:\w+ ){{0,2}}?happen\b"
    # the stock lines of a threat: "give me ten minutes alone with him", "consider this your last warning"
    rf"|give me (?:\d+|a few|two|five|ten|fifteen|one) (?:minutes?|mins?|seconds?) (?:alone )?(?:in a room )?with"
    rf" (?:him|her|them|@\w+|(?:that|this|the|those|these) (?:\w+ )?{_PEOPLE}|(?:that|this|the) \w+ (?:who|that))\b"
    rf"|(?:give anything|pay (?:good money )?) for (?:\d+|a few|two|five|ten|fifteen|one) (?:minutes?|mins?) alone"
    rf" (?:in a room )?with (?:that|this|those|these) (?:\w+ )?{_PEOPLE}\b"
    rf"|(?:he|she|you|u|they)(?:'ll| will) never walk again\b"
    rf"|(?:consider this|this is) (?:your|ur) (?:last|final|only) warning\b"
    # "he's getting glassed next time I see him", "this journalist is getting a brick through her window",
    # "they'll be leaving in body bags"
    rf"|(?:he|she|you|u|they|him|her)(?:'s|'re| is| are)? (?:getting|gonna get|going to get) (?:glassed|stabbed|knifed"
    rf"|battered|shot(?! of)|done in)\b"
    rf"|(?:getting|gonna get|going to get) a brick through (?:his|her|their|your|ur) (?:window|windscreen|door)\b"
    rf"|(?:leave|leaving|go home|going home) in (?:a )?body ?bags?\b"
    rf"|(?:had )?better hope (?:you|u|he|she|they) never (?:run into|bump into|meet|cross paths with) (?:me|us|any of us)\b"
    rf"|(?:i|we) know (?:which|what) (?:car|house|flat|door|school|office|bus|train) (?:is )?(?:yours|his|hers|theirs)\b"
    rf"|accidents (?:happen|can happen|do happen)(?: all the time)? to (?:people like )?(?:{_YOU}|him|her|them)\b"
    rf"|see what happens to {_YOU} and (?:your|ur) (?:family|kids|children|wife|husband|loved ones)\b"
    rf"|shut (?:{_YOU}|him|her|them) up for good\b"
    rf"|(?:won'?t|will not|wouldn'?t|would not|never) (?:leave|walk away|walk out|get out|make it (?:home|out)|go home)"
    rf" in one piece\b"
    rf"|(?:nobody|no one|no-one) would (?:miss|notice) (?:{_YOU}|him|her|them|the \w+ )?(?:if|when) (?:{_YOU}|he|she|they)"
    rf" (?:disappeared|vanished|went missing|were gone|was gone)\b"
    rf"|(?:i|we)(?: already)? (?:know|have|got|found) (?:your|ur) (?:home |house )?address\b(?! (?:is wrong|on file)\b)"
    rf"|(?:nobody|no one|no-one) (?:will|would|is going to|gonna) (?:cry|care|notice|mourn|miss (?:you|him|her|them))"
    rf" when (?:you'?re|you are|he'?s|he is|she'?s|she is|they'?re|they are) gone\b"
    # exposure held over someone's family: "be a shame if his classmates found out what grandpa's like"
    rf"|(?:shame|pity) if (?:his|her|their|your|ur) (?:classmates|friends|kids|children|neighbou?rs|boss|employer|wife"
    rf"|husband|family|school) (?:found out|learned|knew|were told)\b"
)
# Wishes of death or harm, and veiled menace and stalking, in the words of two lists of news comments written to
# be held out (session 25): "do us all a favour and jump off the bridge", "people like you should just end it",
# "go play on the motorway", "I'd chip in for the rope", "hope the virus finishes the job", "can't wait till
# the old fossil croaks", "wish your whole family had been on that ferry", "take a handful of pills and call it
# a day", "rope's cheap at Bunnings", "hope the striker breaks both legs"; "I know which pub he drinks in",
# "he'll be leaving in an ambulance", "keep running your mouth and see what happens", "people like you end up
# in the canal", "a bullet with your name on it", "settle this the old-fashioned way", "I'm putting you through
# a wall", "let's see how brave you are face to face", "I'll be replying to every comment you post", "I'm going
# to follow you round this site", "make it a day she'll never forget". Each is tried only where one of its own
# words is: as alternatives of _DEATH_WISH and _VEILED they cost every comment with a trigger word ~60 us;
# gated, ~25 us a C3 comment on average (2026-11-30).


# whom a wish of harm names, and the harm (the general wish shape in _WISHED_HARM)
_WISHED_ON = (rf"(?:you|u|ya|he|she|they|them|him|her|(?:the|that|this|your|ur|his|her|their) (?:\w+ )?{_PEOPLE}s?"
              r"|every (?:one|last one|single one) of them|all of them|the lot of them)")
_HARM = (rf"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?:dies|die|died|dying|(?:gets?|got) (?:hit(?! (?:by|with) (?:the |a |an )?"
         r"(?:recession|cuts?|tax|taxes|bill|fines?|storm|rises?|prices?|inflation|rates?|costs?|crisis|changes?"
         r"|sanctions?|tariffs?|strikes?|bans?)\b)|run over|knocked down|shot|stabbed|killed|mauled|crushed"
         r"|murdered|blown up)|(?:is|are|was|were) (?:killed|murdered)|drowns?|burns? (?:to death|alive)"
         r"|(?:gets?|got|develops?|contracts?) (?:terminal |incurable |bowel |brain |lung )?(?:cancer|a stroke"
         rf"|a heart attack|dementia|ebola|aids){_MEDICAL_AFTER})")
_WISHED_HARM = gated_shapes(
    ("favour favor",
     r"a favou?r and (?:just |go |quietly )?(?:jump (?:off|in front of) (?:a|an|the|that|your|ur)(?: \w+)?"
     r" (?:bridge|cliff|roof|building|pier|tower|ledge|balcony|train|bus|lorry|truck)|throw (?:yo)?urself"
     r" (?:off|under|in front of)|walk into (?:the )?(?:sea|traffic|a river)|top (?:yo)?urself|hang"
     r" (?:yo)?urself|end it(?: all)?)"),
    ("end",
     r"(?:you|u|people like (?:you|u)|(?:your|ur) (?:sort|kind|type))(?: lot)? (?:should|could|need to"
     r"|ought to|might as well)(?: just| all| really| honestly| seriously)* end it(?: all)?\b(?! (?:for"
     r"|with)\b|,? and (?:start|find|move|date|go|get|try|look)\b)"),
    ("myself",
     r"if i were (?:you|u),? i'?d(?: have)? (?:topped|killed|hanged|offed|shot) myself"),
    ("motorway freeway highway railway tracks traffic",
     r"(?:go|should|just|please|pls|plz) (?:go )?(?:and )?play (?:in|on) (?:the )?(?:traffic|motorway"
     r"|freeway|highway|railway|train tracks|tracks)"),
    ("rope noose bullet bullets",
     r"(?:i'?d|i would|i'?ll|i will|happy to|gladly|we'?d)(?: happily| gladly| personally)? (?:chip in|pay"
     r"|donate|contribute|buy)(?: \w+)? for (?:the|a|his|her|their|your) (?:rope|noose|bullets?)(?!"
     r" (?:swing|ladder|course|bridge))"),
    ("choke chokes",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+chokes? (?:on (?:(?:your|ur|his|her|their) (?:\w+ ){0,2}?(?:dinner|food|tea"
     r"|lunch|breakfast|supper|own vomit|vomit|tongue)|a (?:bone|chicken bone|pretzel))|to death)"),
    ("virus covid cancer disease illness tumour tumor stroke flu pneumonia",
     r"(?:hope|hopefully|wish|pray)\b(?:\s+\S+){0,2}?\s+(?:the )?(?:virus|covid|cancer|disease|illness|tumou?r"
     r"|stroke|flu|pneumonia) (?:finishes (?:the job|(?:\w+ ){1,3}off)|gets (?:you|u|him|her|them) (?:this time"
     r"|next time|in the end))"),
    ("rope",
     r"rope[.,!]* tree[.,!]* (?:you|u|him|her|them|journalists?|journos?|reporters?)"),
    ("die dies croak croaks snuff snuffs bucket clogs",
     r"(?:can'?t|cannot|can not) wait (?:till|until|for the day|for) (?:\w+ ){0,4}?(?:die|dies|croaks?"
     r"|snuffs? it|kicks? the bucket|pops? (?:his|her|their) clogs)"),
    ("die dies croak croaks snuffs bucket",
     r"roll on the day (?:\w+ ){0,3}?(?:die|dies|croaks?|snuffs? it|kicks? the bucket)"),
    ("croak croaks snuff snuffs bucket clogs",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,5}?\s+(?:croaks?|snuffs? it|kicks? the bucket|pops? (?:his|her"
     r"|their) clogs)"),
    ("ferry plane flight boat ship building tower train bus car",
     r"(?:wish|hope|shame)\b(?:\s+\S+){0,2}?\s+(?:you|u|he|she|they|(?:your|ur|his|her|their)(?: whole)?"
     r" \w+)(?: had|'d) been (?:on|in|aboard) (?:that|the) (?:ferry|plane|flight|boat|ship|train|bus|car"
     r"|building|tower)(?! with (?:us|me)\b)"),
    ("plane flight helicopter jet boat ferry yacht car",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,3}?\s+(?:his|her|their|your|ur|the \w+'s) (?:plane|flight|helicopter|jet|boat"
     r"|ferry|yacht|car) (?:goes down|crashes|sinks|blows up|explodes)"),
    ("under",
     r"(?:with|once) (?:you|u|him|her|them)(?: all| lot)? (?:six|6) (?:feet|ft) under"),
    ("obituary obituaries obits notices",
     r"(?:hop(?:e|ing)|wish(?:ing)?|can'?t wait|looking forward|long) (?:\w+ ){0,2}?(?:to )?(?:see|read"
     r"|find) (?:your|ur|his|her|their) name in the (?:obituar(?:y|ies)|death notices|obits)"),
    ("obituary obituaries obits notices",
     r"(?:obituar(?:y|ies)|death notices|obits)\b(?:\s+\S+){0,2}?\s+hoping (?:to )?(?:see|find|read)"
     r" (?:your|ur|his|her|their) name"),
    ("pills tablets paracetamol",
     r"(?:you|u|people like (?:you|u))(?: \w+){0,3}? (?:should|could|need to|ought to|might as well)(?:"
     r" just)? take a (?:handful|bottle|pot|load|fistful) of (?:pills|tablets|sleeping pills|paracetamol)"),
    ("obituary obit notice",
     r"(?:can'?t wait|hope|hoping|long|looking forward)(?:\s+\S+){0,5}?\s+(?:read|see|write) (?:his|her"
     r"|your|ur|their) (?:obituary|obit|death notice)"),
    ("rope",
     r"(?:you|u)\b[^.!?\n]{0,60}?\brope(?:'s| is) cheap\b"),
    ("plane flight helicopter jet",
     r"(?:wish|hope|pray)\b(?:\s+\S+){0,2}?\s+(?:the|that|his|her) (?:plane|flight|helicopter|jet)"
     r" (?:she'?s|he'?s|they'?re) on (?:\w+ ){0,3}?(?:drop|drops|fall|falls|crash|crashes|goes down|go"
     r" down)"),
    ("disease virus plague",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,5}?\s+(?:gets?|catch(?:es)?) the (?:disease|virus|plague)"),
    ("breaks snaps",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+(?:breaks?|snaps?) (?:both |his |her |their )?(?:legs?|necks?"
     r"|arms?|backs?)"),
    ("breathing",
     r"the day (?:\w+ ){1,3}stops breathing"),
    # the sixth list (session 25): "why don't you just end it", "may the cyclone hit your house first", "hope
    # the floods take your house", "swallow a bottle of pills", "I'd dance on her grave", "hope the striker's
    # knee snaps", "give this guy a rope", "wishing you a long and painful illness", "can't wait for the day
    # this columnist's obituary is in the paper"
    ("end", r"why don'?t (?:you|u) (?:just )?end it(?: all)?\b(?! (?:for|with)\b)"),
    # the seventh list (session 25): "if I were as useless as you I'd have jumped off a bridge", "praying that
    # landlord's house burns down with him in it", "wish the cyclist had been hit harder", "hope your kids get
    # hooked", "starve yourself", "do the decent thing and stop breathing", "hope the CEO's car takes him into
    # a wall", "RIP in advance", "may your pension vanish", "cut deeper next time", "struck by lightning"
    ("bridge cliff building", r"if i were (?:as \w+ as )?(?:you|u),? i'?d(?: have)? (?:jumped|thrown myself) off (?:a|the)"
                              r" (?:bridge|cliff|building)\b"),
    ("burns burn", r"(?:hope|hoping|wish|pray|praying)\b(?:\s+\S+){0,5}?\s+(?:house|home|flat|office) burns? down with"
                   r" (?:him|her|them|you) (?:still )?in it\b"),
    ("harder", r"(?:wish|hope)\b(?:\s+\S+){0,3}?\s+had been hit harder\b"),
    ("hooked overdose sick", r"hope (?:your|ur) (?:kids|children|son|daughter|family) (?:gets? hooked|overdoses?|gets? sick"
                             r"|dies|die)\b"),
    ("starve", r"starve (?:yo)?urself\b"),
    ("breathing", r"decent thing and stop breathing\b"),
    ("car bus train truck", r"(?:hope|wish)\b[^.!?\n]{0,60}?\b(?:car|bus|train|truck) (?:takes|drives|runs|ploughs) (?:him|her"
                            r"|them|you) (?:straight )?(?:into|off)\b"),
    ("advance", r"\brip in advance\b"),
    ("vanish cave collapse rot", r"may (?:your|ur) (?:\w+ ){0,2}?(?:vanish|cave in|collapse|rot|burn down)\b"),
    ("deeper", r"cut deeper next time\b"),
    ("lightning", r"(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+gets? (?:struck|hit) by lightning\b"),
    ("cyclone hurricane flood floods fire bushfire tornado earthquake storm plague lightning tsunami",
     r"(?:may|hope|wish|pray)\b(?:\s+\S+){0,2}?\s+(?:the|a) (?:cyclone|hurricane|flood|floods|fire|bushfire|tornado"
     r"|earthquake|storm|plague|lightning|tsunami) (?:hits?|takes?|destroys?|flattens?|gets?|finds?|strikes?|sweeps? away)"
     r" (?:your|ur|you|u|his|her|their)\b"),
    ("pills tablets paracetamol", r"swallow (?:a|the) (?:bottle|handful|pot|load|packet|box) of (?:pills|tablets|paracetamol)"),
    ("grave", r"dance on (?:his|her|their|your|ur) grave"),
    ("snaps breaks shatters", r"(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+(?:knee|leg|neck|arm|back|ankle)s? (?:snaps?|breaks?"
                              r"|shatters?)"),
    ("rope", r"give (?:him|her|them|(?:this|that) \w+) a rope\b(?=\s*(?:[.!,;]|$))"),
    ("illness death disease", r"wish(?:ing)? (?:you|u|him|her|them) a (?:long |slow |painful |long and painful )*(?:illness"
                              r"|death|disease)"),
    ("obituary obit", r"(?:can'?t wait|hope|hoping|looking forward)\b[^.!?\n]{0,40}?\b(?:obituary|obit)\b"),
    ("drowns drown suffocates burns",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,8}?\s+(?:she|he|they|you) (?:drowns?|suffocates?|burns? to death)"),
    ("broken smashed caved knocked kicked",
     r"(?:hope|wish|pray)\b(?:\s+\S+){0,4}?\s+gets? (?:his|her|their|your|ur) (?:jaw|legs?|arms?|neck|nose"
     r"|skull|head|teeth|face) (?:broken|smashed|kicked in|caved in|knocked out)"),
    # the eighth list (session 26): "hope the senator gets a nasty case of something incurable", "I pray the judge
    # develops dementia", "I'd laugh if her house burned down with her in it", "rope's cheap", "your family would
    # be better off if you weren't around", "hope the writer of this garbage gets hit by a bus", "may your kids go
    # hungry", "starve it off", "cut a bit deeper next time", "if karma exists that CEO dies alone", "log off
    # permanently, and I don't mean from this site", "a heart attack on live TV would be the best thing that
    # could happen to him", "wishing a long painful illness on everyone at that company", "bridge is right
    # there"
    ("incurable terminal cancer disease illness dementia stroke tumour tumor alzheimers parkinsons aids ebola plague"
     " leprosy",
     r"(?:hope|hoping|pray|praying|wish|wishing)\b[^.!?\n]{0,60}?\b(?:gets?|catch(?:es)?|develops?|contracts?|comes? down"
     r" with) (?:a |an |the |some )?(?:\w+ ){0,4}?(?:incurable|terminal|cancer|disease|illness|dementia|stroke|tumou?r"
     rf"|alzheimer'?s|parkinson'?s|aids|ebola|plague|leprosy)\b{_MEDICAL_AFTER}"),
    ("laugh cheer celebrate dance", r"(?:i'?d|i would|i'?ll|i will|we'?d|we'?ll) (?:laugh|cheer|celebrate|dance|throw a"
                                   r" party) (?:if|when) (?:\w+'?s? ){1,6}?(?:died|dies|burned|burnt|burns|drowned|drowns"
                                   r"|got hit|gets hit|was killed|is killed|got shot|gets shot)\b"),
    ("rope ropes", r"ropes?(?:'s| is| are) cheap(?:,? (?:mate|love|pal|lad|son|hun))?[.!]*\s*(?:just saying\b|$)"),
    ("better", r"(?:would be|'d be|are|is) better off (?:without (?:you|u)\b(?! (?:in charge|as|at the helm|running))"
               r"|if (?:you|u) (?:weren'?t|were not|wasn'?t) (?:around|here|alive|born)|if (?:you|u) (?:were|was) (?:gone"
               r"|dead)|if (?:you|u) died)"),
    ("bus train truck lorry tram", r"hope\b[^.!?\n]{0,50}?\b(?:gets?|get) (?:hit|run over|knocked down|flattened) by a"
                                   r" (?:bus|train|truck|lorry|tram)\b"),
    ("hungry starve suffer", r"may (?:your|his|her|their) (?:kids|children|family|babies|grandkids) (?:go hungry|starve"
                             r"|suffer|die)\b"),
    ("starve", r"starve (?:yourself|it off|it away)\b"),
    ("deeper", r"cut (?:a bit |a little |a lot |much )deeper\b"),
    ("alone slowly painfully agony", r"(?:hope|karma|pray|wish)\b[^.!?\n]{0,50}?\bdies? (?:alone|slowly|painfully|in"
                                     r" agony|in pain|screaming)\b"),
    ("permanently", r"log (?:off|out) permanently\b[^.!?\n]{0,40}?\bdon'?t mean\b"),
    ("attack stroke aneurysm crash", r"(?:heart attack|stroke|aneurysm|car crash|plane crash)\b[^.!?\n]{0,40}?\bbest"
                                     r" thing that (?:could|ever|will|would) happen\b"),
    ("wishing", r"wishing (?:a |an )?(?:long |slow |painful |lingering |horrible |agoni[sz]ing )+(?:illness|death"
                r"|disease|end) on\b"),
    ("bridge cliff ledge tracks rope", r"(?:the )?(?:bridge|cliff|ledge|train tracks|tracks|rope)(?:'s| is| are) right"
                                      r" (?:there|over there)\b"),
    # the ninth list (session 26): "swallow the whole packet this time", "deserves to lose his own child", "wish a bus would come along and flatten
    # them", "hand the MP a rope", "the sooner she pops her clogs the better", "I'd stop eating altogether",
    # "hope the ref crashes on the motorway", "stop posting and start cutting", "when that landlord dies I'll be
    # throwing a street party", "fingers crossed for a heart attack", "praying for a long painful sickness", "you
    # die alone", "the next fire takes him with it"
    ("swallow", r"swallow the (?:whole )?(?:packet|bottle|lot|box)(?: \w+)? (?:this|next) time\b"),
    ("lose", r"deserves? to lose (?:his|her|their) (?:own )?(?:child|kid|kids|son|daughter|wife|husband|family)\b"),
    ("flatten", r"(?:bus|train|truck|lorry|tram) (?:would|to|will) come along and (?:flatten|hit|run over|take out)\b"),
    ("rope", r"(?:hand|give|pass|buy|send) (?:him|her|them|the \w+|that \w+) a rope\b(?! (?:to|and|for|ladder|swing)\b)"),
    ("sooner", r"the sooner (?:he|she|they|that|the)\b[^.!?\n]{0,50}?\b(?:pops? (?:his|her|their) clogs|croaks?|dies|kicks?"
               r" the bucket|snuffs? it)\b[^.!?\n]{0,25}?\bthe better\b"),
    ("eating", r"stop eating (?:altogether|completely|entirely|for good)\b"),
    ("crashes crash", r"hope (?:he|she|they|the \w+|that \w+) crash(?:es)? (?:on|into|his|her|their)\b"),
    ("cutting", r"stop \w+ and start cutting\b"),
    ("party", r"(?:when|the day) (?:he|she|they|that \w+|the \w+) (?:dies|croaks|goes)\b[^.!?\n]{0,25}?\b(?:i'?ll|we'?ll|i will"
              r"|we will) (?:be )?(?:throw(?:ing)?|hav(?:e|ing)) a (?:street )?party\b"),
    ("fingers", r"fingers crossed for a (?:heart attack|stroke|car crash|fatal \w+|slow death)\b"),
    ("sickness illness disease death", r"(?:praying|pray|hoping)(?: every night| daily)? for a (?:long |slow |painful |lingering"
                                       r" |horrible |nasty )+(?:illness|sickness|death|disease)\b"),
    ("alone", r"(?:hope|wish)\b[^.!?\n]{0,80}?\b(?:you|u|he|she|they) die alone\b"),
    ("takes", r"(?:fire|flood|crash|explosion|bomb)\b[^.!?\n]{0,40}?\btakes? (?:him|her|them) with it\b"),
    # the general shape (session 27), where the stock phrasings above miss a new wording: a wish, a person and
    # death, an accident or a deadly illness in one sentence ("hope u get run over on ur way home", "Hope the
    # councillor gets hit by one of his own buses", "I hope every one of them catches it and dies", "I'd
    # celebrate if that judge got terminal cancer"); a thing wished dead, a negation or a question is none
    ("hope hoping wish wishing pray praying celebrate",
     rf"(?:hope|hoping|wish|wishing|pray|praying|(?:i'?d|i would|we'?d|we would) celebrate (?:if|when))\b[^.!?\n]{{0,40}}?"
     rf"\b{_WISHED_ON}\b[^.!?\n]{{0,30}}?\b{_HARM}\b"),
    # "the day this reporter dies I'm opening champagne"
    ("champagne celebrate celebrating celebration cheer dance dancing bubbly",
     rf"(?:the day|when) {_WISHED_ON} (?:dies|croaks|finally dies|kicks the bucket|snuffs it)\b[^.!?\n]{{0,30}}?"
     r"\b(?:champagne|bubbly|celebrat\w*|cheer\w*|danc\w*)\b"),
    at_word_starts=True,
)
_MENACE = gated_shapes(
    ("pub bar club gym church mosque school street road estate car bus train route shop cafe stand seat gate block",
     r"(?:i|we)(?: already| all)? know (?:which|what) (?:pub|bar|club|gym|church|mosque|school|street|road"
     r"|estate|car park|bus|train|route|shop|cafe|stand|seat|gate|entrance|block) (?:you|u|he|she|they"
     rf"|(?:your|ur|his|her|their) \w+|(?:the|that|this) (?:\w+ )?{_PEOPLE}\b(?: \w+){{0,4}}?) (?:drinks?|goes?|go"
     r"|lives?|live|works?|work|trains?|parks?|takes?|uses?|walks?|shops?|eats?|prays?|sits?|stands?|stays?)\b"),
    ("ambulance bag bodybag wheelchair coffin box",
     r"(?:he|she|you|u|they)(?:'ll| will|'s going to| is going to|'re going to| are going to| gonna) (?:be"
     r" )?(?:leaving|leave|going home|go home|ending up|end up) in (?:a|an) (?:ambulance|body ?bag"
     r"|wheelchair|coffin|box)\b"),
    ("mouth",
     r"keep (?:running|flapping|mouthing|shooting) (?:your|ur) mouth(?: off)? and (?:you'?ll )?(?:see|find"
     r" out) what happens\b"),
    ("keyboard screen computer phone",
     r"(?:see|find out) what happens when (?:you'?re|you are|u r|ur) not (?:hiding )?behind (?:a|your|ur"
     r"|the) (?:keyboard|screen|computer|phone)\b"),
    ("canal river ditch morgue harbour harbor boot floating",
     r"(?:people like (?:you|u|him|her|them)|(?:your|ur) (?:sort|kind|type)|grasses|snitches|rats) (?:\w+"
     r" ){0,3}?end up (?:in (?:the|a) (?:canal|river|ditch|morgue|harbou?r|boot of a car)|floating)\b"),
    ("name",
     r"(?:a|one|the) (?:bullet|round|knife|noose|rope|grave) with (?:your|ur|his|her|their|the \w+'?s"
     r"|\w+'s) name on it\b"),
    ("happens",
     r"(?:you'?ll|you will|u'?ll|he'?ll|she'?ll|they'?ll) (?:soon )?find out what happens to (?:people"
     r"|those|anyone|folk|grasses|snitches|\w+s) (?:who|that|like)\b[^.!?\n]{0,40}?\b(?:a?round here|in"
     r" this (?:town|area|city))\b"),
    ("coming",
     r"(?:you'?ll|you will|u'?ll|you'?re going to|you are going to|you'?re gonna) get what'?s coming(?: to"
     r" (?:you|u|ya))?\b"),
    ("settle",
     r"settle (?:this|it|things) (?:the old[- ]fashioned way|in the car park|with (?:fists|our fists))\b"),
    ("waiting",
     r"(?:i'?ll|we'?ll|i will|we will|(?:a few|some|plenty|lots) of us (?:will|'ll)) be waiting (?:for"
     r" (?:you|u|him|her|them) )?(?:by the (?:gate|gates|exit|car)|in the car ?park|after the (?:game"
     r"|match)|when (?:you|he|she|they) (?:come|comes|get|gets) out)\b"),
    ("miss notice",
     r"(?:nobody|no one|no-one) would (?:even )?(?:miss (?:you|u)|notice)(?=\s*(?:[.!]|$))"),
    ("ambulance bag bodybag wheelchair coffin box",
     r"(?:he|she|you|u|they)(?:'s| is|'re| are) (?:leaving|going home) in (?:a|an) (?:ambulance|body ?bag"
     r"|wheelchair|coffin|box)\b"),
    ("wall window windscreen table",
     r"(?:i'?m|i am|i'?ll|i will|we'?ll|we will|gonna|going to) (?:put|putting|throw|throwing) (?:you|u|him"
     r"|her|them) (?:through|into) (?:a|the) (?:wall|window|windscreen|table)\b"),
    ("talking",
     r"(?:some of us|we|i)(?:'re| are|'m| am) done talking\b(?!\s+about)(?=\s*(?:[.!,;]|$))"),
    ("happens",
     r"see what happens when (?:we|i) (?:find|catch|get|meet) (?:you|u|him|her|them)\b"),
    ("stretch time jail prison years",
     r"(?:do|doing|serve|serving) (?:a stretch|time|jail time|prison time|a few years)(?: inside)? for"
     r" (?:putting|sending|killing|stabbing|hurting|battering|glassing) (?:you|u|him|her|them|that \w+|the"
     r" \w+)\b"),
    ("face person life irl keyboard",
     r"let'?s see how (?:brave|tough|hard|big|clever|mouthy|gobby) (?:you are|u are|you'?re|he is|he'?s|she"
     r" is|she'?s) (?:face to face|in person|in real life|irl|without a keyboard)\b"),
    ("replying responding commenting reading",
     r"(?:i'?ll|i will|i'?m going to) be (?:replying|responding|commenting|reading) (?:to|on|under)? ?every (?:single"
     r" )?(?:comment|post|tweet|thing) (?:you|u|he|she|they|@\w+) (?:post|posts|make|makes|write|writes)\b"),
    ("keeping",
     r"(?:i'?ll|i will|i'?m) (?:be )?keeping (?:an|my) eye on (?:you|u|him|her|this \w+) (?:across|on|in)"
     r" every\b"),
    ("follow",
     r"follow (?:you|u|him|her|them) (?:round|around|across|from) (?:this|the|every) (?:site|forum"
     r"|comments?|thread|comment sections?)\b"),
    ("reporting",
     r"(?:i'?ll|i will) be reporting every (?:single )?(?:comment|post|thing) (?:you|u)\b"),
    ("profiles",
     r"(?:i'?ll|i will|will) be visiting (?:all )?(?:your|ur) profiles\b"),
    ("exactly",
     r"i know exactly who (?:you|u) (?:really )?are\b"),
    ("forever ever every until",
     r"(?:i'?ll|i will|i'?m going to) be (?:under|on|in|all over) (?:your|ur|her|his) (?:posts|comments"
     r"|replies|page|mentions) (?:forever|for ever|every day|until)\b"),
    ("wherever",
     r"wherever (?:you|u|she|he) (?:post|posts|go|goes|comment|comments),? (?:i'?ll|i will) be (?:there"
     r"|waiting)\b"),
    ("replying waiting watching",
     r"every time (?:you|u|he|she) (?:comment|comments|post|posts)(?: \w+)?,? (?:i'?ll|i will) be"
     r" (?:replying|waiting|watching)\b"),
    ("reposting repost",
     r"(?:i'?ll|i will) (?:be )?(?:reposting|re-posting|repost|re-post) (?:it|this|them|that) (?:every day"
     r"|daily|everywhere|under every)\b"),
    ("forget",
     r"make it a day (?:she|he|they|you|u)(?:'ll| will) never forget\b"),
    ("school",
     r"(?:who|that) know where (?:his|her|their|the \w+'s|\w+'s) (?:kids?|children|daughters?|sons?) go to"
     r" school\b"),
    ("address",
     r"and (?:post|publish|share|leak) (?:his|her|their|the \w+'s|\w+'s) (?:home |house )?address\b"),
    ("gym pub bar school church club mosque street office road",
     r"(?:we|let'?s|someone|somebody|i'?ll|we'?ll)(?: all)?(?: should| need to| will| can)? find out"
     r" (?:which|what) (?:gym|pub|bar|school|church|club|mosque|street|office|road|block|building|hotel)"
     r" (?:he|she|they|\w+(?: \w+)?) (?:goes|go|drinks|works|trains|lives|prays|stays)\b"),
    # the sixth list (session 25): "you'll find out what happens to people who do", "he won't be getting up
    # again", "take care of that headteacher permanently", "we'll be bringing more than placards", "I'll find
    # you after the match and break every bone", "people like you get what's coming", "he's getting carried
    # out on a stretcher", "hope your security guard is good", "taught a lesson he'll never forget", "come
    # to your shop and sort you out", "I've got a shotgun and a lot of free time", "whatever article you
    # comment on, I'll be right under it", "keep tabs on where the councillor goes", "let him know we're
    # watching", "noted your username", "we'll get round to each of them", "I'll keep making new accounts as
    # fast as you block them", "we follow the magistrate to her car park", "I know your schedule better than
    # you do", "we're building a file on her", "every day until she quits"
    ("happens", r"find out what happens to (?:people|those|anyone) (?:who|that) do(?:es)?(?=\s*(?:[.!]|$))"),
    ("getting", r"(?:won'?t|will not|wouldn'?t) be getting up (?:again|after that)\b(?=\s*(?:[.!,;]|$))"),
    ("permanently", r"take care of (?:him|her|them|you|(?:that|the|this) (?:\w+ )?\w*(?:teacher|judge|ref|referee|mp"
                    r"|councillor|reporter|journalist|landlord|doctor|guy|man|woman|bloke|cop|officer|mayor|minister|boss"
                    r"|manager|coach|umpire|author|writer|presenter))(?: \w+)? permanently\b"),
    ("placards banners signs petitions", r"bring(?:ing)? more than (?:placards|banners|signs|petitions)\b(?=\s*(?:[.!,;]|$))"),
    ("break smash kick punch stab knock batter rearrange hurt",
     r"(?:i'?ll|we'?ll|i will|we will) (?:find|catch|get) (?:you|u|him|her)\b[^.!?\n]{0,40}?\band (?:then )?(?:break"
     r"|smash|kick|punch|stab|knock|batter|rearrange|hurt)\b"),
    ("coming", r"(?:people like (?:you|u|him|her|them)|(?:your|ur) (?:sort|kind)) (?:always )?(?:get|gets|will get)"
               r" what'?s coming\b"),
    ("stretcher", r"(?:he|she|you|u|they)(?:'s| is|'re| are|'ll be| will be) (?:getting |going to be |gonna be )?carried"
                  r" (?:out|off) on a stretcher\b"),
    ("security bodyguard bodyguards", r"hope (?:your|ur|his|her|their) (?:security(?: guards?| team)?|bodyguards?)"
                                      r" (?:is|are) (?:good|any good|up to it|paid well|on the ball)\b(?=\s*(?:[.!,;]|$))"),
    ("taught", r"taught a (?:lesson|thing or two) (?:he|she|they|you)(?:'ll| will) never forget\b"
               r"|(?:should|must|needs? to|ought to) be (?:\w+ ){0,6}?taught a (?:lesson|thing or two)\b"),
    ("sort teach", r"(?:come|coming|be coming|be round|come round) (?:to |round to |over to |round )?(?:your|ur)"
                   r" (?:shop|house|home|office|work|place|door|flat)(?: \w+)? and (?:sort (?:you|u) out|teach (?:you|u))\b"),
    ("shotgun gun rifle crossbow machete", r"(?:i'?ve got|i have|i own) a (?:shotgun|gun|rifle|crossbow|machete)(?: \w+)?"
                                           r" and (?:a lot of|plenty of|lots of) (?:free )?time\b"),
    ("whatever", r"(?:whatever|every|any) (?:article|post|thread|story) (?:you|u|she|he) (?:comment|post|write)s?"
                 r"(?: on| in| under)?,? (?:i'?ll|i will) be\b"),
    ("tabs", r"keep(?:ing)? tabs on (?:where|what|who) (?:the \w+|he|she|they|you) (?:goes|go|is|are|does|meets)\b"),
    ("watching", r"let (?:him|her|them|you) know (?:we'?re|we are|i'?m|i am) watching\b"),
    ("noted", r"noted (?:your|ur) (?:username|user name|name|handle)\b"),
    ("round", r"(?:we'?ll|i'?ll|we will|i will) get round to (?:each|every one|all) of (?:them|you)\b"),
    ("accounts", r"(?:keep making|make|making) (?:a )?new accounts? (?:as fast as|every time|whenever) (?:you|u|they)"
                 r" (?:block|ban|report)\b"),
    ("follow", r"(?:we|i)(?:'ll| will)? follow (?:the \w+|him|her|them) to (?:his|her|their) (?:car|car park|house|home"
               r"|office|gym)\b"),
    ("schedule routine movements", r"i know (?:your|ur|his|her) (?:schedule|routine|movements) (?:better than|by heart)\b"),
    ("file dossier", r"building a (?:file|dossier|case file) on (?:her|him|them|you)\b"),
    ("until", r"every (?:day|night|morning) until (?:she|he|they) (?:quits|resigns|leaves|goes|breaks)\b"),
    # the seventh list (session 25): "pay a visit to his house with a tin of petrol", "people like her should be
    # careful walking home at night", "you'll be eating through a straw", "with something heavier than a flag",
    # "I'd check under your car", "bring security, you'll need it", "long memories and sharp knives", "I'm
    # driving straight through them", "enjoy your drive while it lasts", "you're lucky I don't know your address
    # yet", "if anyone wants to pay him a visit", "I've replied to every post you've made", "following this
    # journalist to every site she writes for", "I saw you at the station ... see you tomorrow", "I'll be here
    # on the next one too", "every time this councillor posts, we show up", "do us all a favour and don't wake
    # up tomorrow"
    ("petrol lighter matches gasoline", r"(?:visit|pay a visit to|go round to|go to) (?:his|her|their|the \w+'s) (?:house|home"
                                        r"|office|shop)\b[^.!?\n]{0,30}?\b(?:petrol|gasoline|a lighter|matches)\b"),
    ("careful", r"(?:people like (?:you|u|him|her|them)|(?:he|she|you|u|they)|the \w+)(?: \w+){0,6}? (?:should|had better|better)"
                r" be (?:very |really )?careful (?:walking|going|driving) (?:home|to (?:his|her|their|your) car)(?: at night)?\b"),
    ("straw", r"eating through a straw\b"),
    ("heavier", r"(?:with|bring(?:ing)?) something heavier than (?:a|an|the) \w+\b"),
    ("check", r"check under (?:your|ur|his|her) car(?: tomorrow(?: morning)?| in the morning| before you (?:drive|start it))?"
              r"(?: if i were you)?(?=\s*(?:[.!,;]|$))"),
    ("security protection bodyguard", r"(?:bring|hire|get) (?:some )?(?:security|protection|a bodyguard),? (?:you'?ll|you will)"
                                      r" need (?:it|them|one)\b"),
    ("knives blades", r"(?:long|good) memories and sharp (?:knives|blades)\b"),
    ("driving drive ploughing plough plowing plow", r"(?:i'?m|i'?ll|i will|i am|gonna) (?:just )?(?:driving|drive|ploughing"
                                                    r"|plough|plowing|plow) (?:straight |right )?(?:through|into) (?:them|him"
                                                    r"|her|the \w+|those \w+)\b"),
    ("lasts", r"enjoy (?:your|ur) (?:\w+ )?while it lasts\b"),
    ("lucky", r"(?:you'?re|ur|you are|u r) lucky (?:i|we) (?:don'?t|do not) know (?:your|ur) (?:address|house|street)\b"),
    ("visit", r"if (?:anyone|anybody) (?:wants|fancies) to (?:go )?pay (?:him|her|them) a (?:little |friendly )?visit\b"),
    ("replied responded", r"(?:replied|responded) to every (?:single )?(?:post|comment) (?:you'?ve|you have) (?:made|posted"
                          r"|written)\b"),
    ("following", r"following (?:this|that|the) \w+ to every (?:site|forum|paper|platform)\b"),
    ("saw", r"i saw you (?:at|in|on|outside) (?:the|your|ur) \w+\b[^\n]{0,80}?\bsee you (?:tomorrow|again|soon|around)\b"),
    ("next", r"i'?ll be (?:here|there) (?:on|for) the next one too\b"),
    ("posts", r"every time (?:this|that|the) \w+ (?:posts|comments|writes),? we (?:show up|turn up|pile in)\b"),
    ("wake", r"a favou?r and (?:just )?(?:don'?t|never) wake up\b"),
    # the eighth list (session 26): "should start checking under his car", "someone will be waiting outside the
    # courthouse", "people like this reporter need a visit", "we'll see how brave you are when we meet", "next
    # time they block my road I'm not braking", "fill the office with petrol and find a match", "better hope I
    # never recognise his face", "names are written down", "be a shame if something happened", "bring bats",
    # "won't be leaving on his own two feet", "a brick through the window of that newsroom", "what I'm going to
    # do to the guy who ...", "ready to do things the old way"
    ("checking", r"(?:start|starts|be|keep) checking under (?:his|her|their|your|ur) (?:car|van|bonnet)\b"),
    ("waiting", r"(?:someone|somebody|a few of us|the lads)(?:'ll| will|'s going to| is going to|'re going to| are going to)"
                r" be waiting (?:for (?:him|her|them|you|u) )?(?:outside|at|by|when)\b"
                r"|(?:we|they)(?:'ll| will) be waiting (?:for (?:him|her|them|you|u)) (?:outside|at|by|when)\b"),
    ("visit", r"(?:need|needs|deserve|deserves|could do with|is due|are due) a (?:little |proper |late[- ]night |friendly"
              r" |personal |quiet )?visit\b(?! (?:from|to|by|at|with|in)\b)"),
    ("brave tough hard big mouthy gobby", r"see how (?:brave|tough|hard|big|mouthy|gobby) (?:you|u|he|she|they)"
                                          r" (?:are|is|really are|really is) when (?:we|i) (?:meet|see|find|catch|get)\b"),
    ("braking brake stopping slowing", r"(?:block|blocks|blocking) (?:my|the|our) (?:road|way|street|car)\b[^.!?\n]{0,30}?"
                                       r"\b(?:i'?m not|i am not|i won'?t be|i will not be|i won'?t) (?:braking|brake|stopping"
                                       r"|stop|slowing down)\b"),
    ("match lighter", r"(?:petrol|gasoline|fuel|paraffin)(?: \w+){0,2}? and (?:find|strike|light|bring|grab) a"
                      r" (?:match|lighter)\b"),
    ("hope", r"(?:he|she|they|you|u)(?:'d| had)? better hope (?:i|we) never (?:see|recogni[sz]e|meet|run into|bump into"
             r"|find|catch)\b"),
    ("names reckoning", r"names (?:are |have been |)(?:being )?(?:written|taken|noted|kept)(?: down)?(?=\s*(?:[.!]|$))"
                        r"|a reckoning for (?:every|each|all) (?:one )?of\b"),
    ("shame pity", r"(?:be|would be|'d be) a (?:shame|pity) if something (?:happened|were to happen|was to happen"
                   r"|should happen) to (?:him|her|you|u|them|your|ur|his|their)\b"
                   r"|enjoys? (?:his|her|your|ur|their) \w+,? (?:it )?(?:would |'d )?be a (?:shame|pity) if something"
                   r" (?:happened|were to happen)\b"),
    ("bats bricks crowbars knives machetes", r"bring (?:your |the |some )?(?:bats|bricks|crowbars|knives|machetes"
                                             r"|baseball bats)\b(?! (?:and|for) (?:balls|gloves|the nets))"),
    ("feet", r"(?:won'?t|will not|wouldn'?t|not) be (?:leaving|walking out|going home|walking away) on (?:his|her|their"
             r"|your|ur) own (?:two )?feet\b"),
    ("brick rock stone", r"(?:a|another) (?:brick|rock|stone|petrol bomb)(?: to go| going| goes| went)? through (?:the"
                         r"|his|her|their|your|that) (?:\w+ )?window\b"),
    ("going gonna", r"what (?:i'?m|i am|we'?re|we are) (?:going to|gonna) do to (?:him|her|them|you|u|the \w+|that \w+)\b"
                    r"(?! (?:the|our|this) (?:garden|house|kitchen|car|bathroom|budget|recipe|plan))"),
    ("old fashioned", r"(?:done|finished) (?:voting|talking|protesting) and ready to do things the old(?:[- ]fashioned)?"
                      r" way\b"),
    # the ninth list (session 26): "be a shame if his windows didn't survive the winter", "put the head teacher
    # through the staffroom window", "I'm breaking both his legs", "remember his face and where he parks", "sort it
    # out ourselves", "hope that reporter has good locks on her doors", "a shovel in my shed with the chairman's
    # name on it", "he won't be walking out", "coming down to your office with a bat", "will be found in the
    # canal", "I'll rearrange yours", "should watch themselves", "a rope and a tall tree", "will be seeing me.
    # Soon.", "I'd glass him", "pay a visit to the family ourselves", "dark road that. Lots can happen."
    ("survive", r"(?:be|would be|'d be) a (?:shame|pity) if (?:his|her|their|your|ur) \w+ (?:didn'?t|did not|don'?t|do not"
                r"|wouldn'?t) survive\b"),
    ("window", r"(?:put|throw|chuck|lob) (?:him|her|them|the \w+(?: \w+)?) through (?:the|a|his|her|their) (?:\w+ )?window\b"),
    ("legs arms neck jaw fingers knees", r"(?:i'?m|i am|i'?ll|i will|gonna|going to) (?:break|breaking|snap|snapping)"
                                        r" (?:both )?(?:his|her|your|ur|their) (?:legs|arms|neck|jaw|fingers|knees)\b"),
    ("parks lives drinks", r"(?:remember|know) (?:his|her|their|your) face and where (?:he|she|they|you) (?:parks|lives|drinks"
                           r"|works|park|live|drink|work)\b"),
    ("ourselves", r"sort (?:it|him|her|them) out ourselves\b|pay (?:a|them a|him a|her a) visit (?:to (?:the|his|her|their)"
                  r" \w+ )?ourselves\b"),
    ("locks", r"(?:has|have|got) good locks on (?:her|his|their|your|ur) doors?\b"),
    ("name", r"(?:shovel|spade|bullet|rope|knife|bat|grave)\b[^.!?\n]{0,30}? with (?:his|her|your|ur|their|the \w+'s) name"
             r" on it\b"),
    ("walking", r"(?:won'?t|will not|wouldn'?t) be walking out\b(?! (?:on|of) (?:the|this|that) (?:deal|contract|job|talks))"),
    ("bat knife gun crowbar hammer machete", r"(?:coming|come|going|go) (?:down |round |over )?to (?:your|ur|his|her|their)"
                                             r" (?:office|house|home|shop|work|door) with a (?:bat|knife|gun|crowbar|hammer"
                                             r"|machete)\b"),
    ("canal river ditch woods lake harbour", r"(?:will|'ll) be found (?:face down )?in (?:the|a) (?:canal|river|ditch|woods"
                                             r"|lake|harbour)\b"),
    ("rearrange", r"(?:i'?ll|i will|we'?ll) rearrange (?:yours|your face|ur face|his face|her face)\b"),
    ("watch", r"(?:should|better|had better|'d better) watch (?:themselves|himself|herself|yourself|their backs|his back"
              r"|her back|your back)\b"),
    ("tree", r"a rope and a (?:tall |big |sturdy )?tree\b"),
    ("seeing", r"(?:will|'ll) be seeing me\W+soon\b"),
    ("glass", r"(?:i'?d|id|i would|i'?ll|i will) glass (?:him|her|them|you|u)\b"),
    ("happen", r"(?:alone|dark road|dark lane|on (?:his|her) own)\b[^\n]{0,60}?\b(?:lots|anything|a lot) (?:can|could)"
               r" happen\b"),
    # (wishes of death that a negation carries, read here where no negation filter runs, as "a favour and don't
    # wake up" above: "better if the reporter didn't wake up tomorrow", "you shouldn't be alive")
    ("wake", r"(?:better|happier|nicer) (?:off |place )?if (?:he|she|they|you|u|the \w+|that \w+)(?: just)? (?:didn'?t|did not"
             r"|never) wake up(?= (?:tomorrow|again|one day|ever)\b|\s*[.!]*\s*$)"),
    ("alive", r"shouldn'?t be alive and (?:you|u)(?:'re| are)\b|(?:you|u) (?:shouldn'?t|should not|don'?t deserve to) be alive\b"),
    at_word_starts=True,
)
_WISHED_HARM_AND_MENACE_WORDS = frozenset().union(*(words for words, _ in _WISHED_HARM + _MENACE))
# a veiled shape someone else is reported saying ("my dad always said you won't leave in one piece if ...",
# "..., the mobster said in the film") or named a threat ("... is a veiled threat")
_REPORTING_IN_CLAUSE = re.compile(r"\b(?:said|says|say|saying|told|tells|wrote|writes|heard|warned|warns|"
                                  r"texted|tweeted|posted)\b")
_NAMED_A_THREAT_AFTER = re.compile(r"\W*(?:is|was|are|sounds like|reads like)\s+(?:a\s+|an\s+)?"
                                   r"(?:veiled\s+|thinly[ -]veiled\s+|clear\s+|obvious\s+)?(?:threat|intimidation)\b")


def _veiled_is_meant(normalized: str, start: int, end: int) -> bool:
    return not (_REPORTING_IN_CLAUSE.search(clause_before(normalized, start)) or reported_after(normalized, end)
                or _NAMED_A_THREAT_AFTER.match(normalized, end) or _quoted_report(normalized, start, end)
                or _condemned(normalized, start, end))


# a call on "them" with a fixture after it is about a match: "let's smash them on saturday lads", "we'll
# kill them in the derby" (session 24; "tonight" and "at home" stay threats)
_FIXTURE_AFTER = re.compile(r"(?:(?<=\bthem)|(?<=\bem))\s+(?:on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday"
                            r"|the weekend)|this (?:weekend|saturday|sunday|season)|next (?:week|season|game|match|time)"
                            r"|in the (?:final|derby|cup|league|playoffs?|semis?|semi-final"
                            r"|replay|return leg|second leg)|at (?:their|its) own game|at the (?:polls|ballot box)"
                            r"|to all (?:parts|corners)|out of the (?:park|ground)|for (?:six|four|a six)"
                            r"|all over the (?:park|pitch|ground|field))\b")
_IN_THE_FOOT = re.compile(r" in (?:the|their|his|her|your|ur|its|our|my) (?:own )?(?:foot|feet)\b"
                          r"| out to dry\b")  # ("hang them out to dry": leave them exposed)
_NEGATION = re.compile(r"\b(?:no one|nobody|never|not|no|(?<!\bwhy )don'?t|won'?t|wouldn'?t|shouldn'?t|didn'?t|doesn'?t|"
                       r"can'?t(?! wait)|cannot(?! wait)|isn'?t|wasn'?t|hadn'?t|hasn'?t|haven'?t)\b")  # ("can't wait till he croaks" is eager)
# A text without one of these words has none of the shapes above: most texts stop at this set lookup
# (the patterns cost ~15 us each per comment; the lookup a few).
_TRIGGERS = frozenset(
    [stem + ending for stem in _STEMS for ending in _ENDINGS] + list(_IRREGULAR)
    + ["gun", "gunned", "blow", "blown", "wipe", "wiped", "hunt", "hunted", "die", "dies", "dead", "death",
       "rot", "kys", "alive", "unalive", "yourself", "urself", "yourselves", "urselves", "bleach", "life",
       "jump", "traffic", "fired", "career", "reputation", "livelihood", "dox", "doxx", "work",
       "live", "lives", "sleep", "sleeps", "find", "track", "coming", "pay", "back", "eye",
       "bullet", "bullets", "slug", "slugs", "rounds", "knife", "knives", "blade", "shank", "bolt", "bat",
       "hammer", "crowbar", "iron", "machete", "axe", "club", "brick", "pipe", "string", "strings",
       "stringing", "line", "run", "runs", "running", "under", "noose", "rope", "squad", "gallows",
       "dog", "dogs", "animal", "animals", "lesson", "thing", "visit", "aborted", "swallowed",
       "end", "numbered", "last", "hands", "cancer", "aids", "ebola", "tumor", "tumour", "heart", "stroke",
       "bus", "car", "truck", "train", "round", "throat", "face", "head", "skull", "neck", "leg", "legs",
       "arm", "arms", "jaw", "teeth", "nose", "kneecap", "kneecaps", "rib", "ribs", "spine", "firebomb",
       "mosque", "synagogue", "church", "temple", "gurdwara", "school", "house", "home", "office",
       "newsroom", "clinic", "kids", "children", "family", "shut", "regret", "sorry", "address",
       "hurt", "harm", "injure", "maim", "cripple", "suffer", "bleed", "scream", "shame", "pity", "accidents",
       "piece", "pier", "breathing", "strung", "bone", "snitches", "thrown", "ground", "grave", "grenade", "molotov",
       # the words the session-23 shapes end on (rarer than the verbs they open with: "make", "show", "where")
       "wife", "husband", "loved", "disappeared", "vanished", "missing", "gone", "works", "parks", "studies",
       "number", "door", "driveway",
       # session 24's shapes
       "accident", "minutes", "minute", "mins", "seconds", "walk", "warning", "bump", "meet",
       "paths", "kick", "kicking", "stamp", "stamping", "stomp", "stomping",
       # ("accidents", "bone", "brick", "knife" and "punch" with its endings are above: "every bone in your
       # hand", "a brick through her window", "a knife in the ribs", "punching him in the mouth")
       "fingers", "ears", "tongue", "smack", "smacking", "beating", "glassed", "knifed", "battered", "bags",
       "bodybags",
       "road"]
)


@dataclass(frozen=True)
class ThreatPhrase:
    start: int  # offsets into the normalized text
    end: int
    kind: str  # "call" | "death_wish" | "intimidation"


# Another's threat quoted in a report: "the court heard he texted 'I will kill you' to his ex-partner"
# (a quote that opens after someone else's verb of saying; "I said 'I will kill you'" is the writer's)
_SAID_BEFORE_QUOTE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:said|says|saying|texted|texting|wrote|writes|shouted|shouting|yelled|yelling|screamed|"
    r"screaming|screams|shouts|yells|told|tweeted|posted|messaged|threatened|chanted|chanting|sent|heard|quoted|quotes|quote"
    # "the messages read out in court included '...'" (session 24)
    r"|included|includes|read out|reads"
    # "messages like 'you should be raped'", "threats such as ..."
    r"|(?:messages?|comments?|threats?|tweets?|e-?mails?|letters?|posts?|notes?|things|words|phrases?|lines?|signs?"
    r"|graffiti|chants?)\s+(?:like|such as|saying|reading|that said))\b[^'\"\n]{0,40}$")
# Abuse named to condemn it: "telling someone to kill themselves is never okay", "it is wrong to tell
# someone to kys"
_TELLING_BEFORE = re.compile(r"\b(?:telling|tell|told|asking|urging|encouraging)\s+"
                             r"(?:(?:someone|somebody|people|anyone|others|a person|them|him|her|kids)\s+to\s+)?$")
_CONDEMNED_BEFORE = re.compile(r"\b(?:wrong|never (?:ok|okay|acceptable)|not (?:ok|okay|acceptable)|unacceptable|"
                               r"don'?t|do not|never|stop|shouldn'?t|should not|against the rules|banned for)\b")
_CONDEMNED_AFTER = re.compile(r"\W*(?:is|was|are|isn'?t)\s+(?:never\s+|not\s+|always\s+|just\s+)?(?:ok|okay|"
                              r"acceptable|wrong|abuse|abusive|harassment|bullying|cruel|vile|disgusting|unacceptable|"
                              r"a crime|illegal|against the rules)\b")


def _quoted_report(normalized: str, start: int, end: int) -> bool:
    before = normalized[max(0, start - 80):start]
    opened = max(before.rfind("'"), before.rfind('"'))
    if opened < 0 or (opened > 0 and before[opened - 1].isalnum()):
        return False  # no quote mark, or an apostrophe ("he'd")
    if any(c in before[opened + 1:] for c in "'\"\n"):
        return False
    closing = before[opened]
    after = normalized[end:end + 40].split("\n", 1)[0]
    return closing in after and bool(_SAID_BEFORE_QUOTE.search(before[:opened]))


def _condemned(normalized: str, start: int, end: int) -> bool:
    before = normalized[max(0, start - 60):start]
    if not _TELLING_BEFORE.search(before):
        return False
    return bool(_CONDEMNED_BEFORE.search(before) or _CONDEMNED_AFTER.match(normalized, end))


def find_threats(normalized: str, words: AbstractSet[str] | None = None) -> list[ThreatPhrase]:
    """Calls for violence, wishes of death and intimidation in a normalized text, left to right, not overlapping.
    `words`: the text's `[a-z]+` words, where the caller has them already."""
    words = letter_words(normalized) if words is None else words
    stock = not _TRIGGERS.isdisjoint(words)
    newer = not _WISHED_HARM_AND_MENACE_WORDS.isdisjoint(words)
    if not (stock or newer):
        return []
    found = []
    if stock:
        found += [ThreatPhrase(m.start(), m.end(), "call") for pattern in (_CALL, _IMPERATIVE)
                  for m in pattern.finditer(normalized)
                  if (not _BEATING.search(normalized, m.start(), m.end()) or _BEAT_HOW.match(normalized, m.end()))
                  and _active_is_a_call(normalized, m)]
        found += [ThreatPhrase(m.start(), m.end(), "call") for m in _PASSIVE_CALL.finditer(normalized)
                  if _passive_is_a_call(normalized, m)]
        found += [ThreatPhrase(m.start(), m.end(), "call") for pattern in (_WEAPON_CALL, _PROMISED_HARM)
                  for m in pattern.finditer(normalized)]
        found += [ThreatPhrase(m.start(), m.end(), "intimidation") for m in _INTIMIDATION.finditer(normalized)]
    present = words if newer else frozenset()
    wishes = ([_DEATH_WISH] if stock else []) + [pattern for cues, pattern in _WISHED_HARM if not cues.isdisjoint(present)]
    found += [ThreatPhrase(m.start(), m.end(), "death_wish") for pattern in wishes for m in pattern.finditer(normalized)
              if not _wished_on_a_thing(normalized, m)]
    # "nobody will kill him", "you should not be shot": negated, not a call; "you'll shoot yourself in
    # the foot": an idiom
    found = [p for p in found if not _NEGATION.search(normalized, max(0, p.start - 12), p.end)
             and not _IN_THE_FOOT.match(normalized, p.end) and not _FIXTURE_AFTER.match(normalized, p.end)
             and not _quoted_report(normalized, p.start, p.end) and not _condemned(normalized, p.start, p.end)]
    menaces = ([_VEILED] if stock else []) + [pattern for cues, pattern in _MENACE if not cues.isdisjoint(present)]
    found += [ThreatPhrase(m.start(), m.end(), "intimidation") for pattern in menaces for m in pattern.finditer(normalized)
              if _veiled_is_meant(normalized, m.start(), m.end())]
    phrases: list[ThreatPhrase] = []
    # where a call and a wish of death cover the same words ("kill yourself": an order aimed back at the
    # reader), the wish says what it is
    for phrase in sorted(found, key=lambda p: (p.start, -p.end, p.kind != "death_wish")):
        if not phrases or phrase.start >= phrases[-1].end:
            phrases.append(phrase)
    return phrases
