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
her know"; still no training row. Session 25 added, from two more lists written to be held out, "let's
get her name trending", "report her account en masse", "tag her employer", "make her unemployable", "review
bomb her restaurant", "500 emails each", "make sure she can't speak", "her bosses should hear about this",
"I'm sending the list to their employers" (each tried only where its own rarer word is: _GATED); no
training row has any of them.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from moderator.exclusion import asserted_gated_spans, asserted_spans, gated_shapes, without_overlaps

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
# the call to many named, not an order alone ("Tell her on Twitter? She blocked me" asks)
_MANY_NAMED = (r"(?:(?:everyone|everybody|all of you|y'?all|you guys|we all|let'?s(?: all)?|we should all|go)"
               r"(?:\s+(?:should|needs? to|must|go|just|please|and))*\s+)")
# (each alternative begins a word: tried only where one begins, as threats._at_word_starts does)
_SHAPES = re.compile(
    r"\b(?=[a-z@])(?:"
    # "everyone spam the coach's inbox", "let's flood Ruiz's phone", "Bury his inbox."
    rf"\b{_MANY}(?:flood|spam|bombard|bury|blow up|fill up|swamp|clog|hit)\s+{_WHOSE}\s+(?:\w+\s+)?{_PLACE}\b"
    # "mass report @naomifeld", "everyone report her account until they ban her"
    rf"|\bmass[- ]?report\s+(?:her|him|@\w+|{_WHOSE}\s+\w+)\b"
    rf"|\b{_MANY}report\s+(?:her|his|their|@\w+'?s?|{_WHOSE})\s+(?:account|page|profile|posts?|channel)\s+until\b"
    # "everyone go leave one-star reviews on his bakery until he shuts up"
    rf"|\b{_MANY}(?:leave|post|give|write)\s+(?:(?:him|her|them)\s+)?(?:one|1|zero|0)[- ]star\s+reviews?\b"
    # "keep calling until she cries", "call it 100 times a day until she drops this"
    r"|\b(?:keep\s+)?(?:calling|emailing|messaging|texting|tagging|posting|commenting|replying|reposting|call|email|message"
    r"|text|tag)\b(?:\s+[\w,']+){0,6}?"
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
                  "tagging posting commenting replying reposting until email contact ratio pile harass hound troll brigade reply respond tag drive abuse grief stick "
                  "dogpile twitter instagram facebook tiktok inbox dms voicemail mentions".split())
# Session 25's shapes, from two lists of news comments written to be held out: each tried only where its own
# rarer word is (in the alternation above they cost every comment with a cue ~100 us): "everyone go tell her
# on twitter", "let's get her name trending", "report her account en masse", "tag her employer", "make her
# unemployable", "tag her husband in this", "spam the restaurant's google reviews", "ring the station and
# demand that presenter is sacked", "comment on every one of her posts", "email his school", "let's bury him",
# "so she can't walk down the street", "her bosses should hear about this", "you'll find her workplace", "I'm
# sending the list to their employers", "everyone report her youtube channel", "500 emails each", "review bomb
# her restaurant", "tell her family what sort of person she is", "make sure she can't speak", "pile on,
# everyone", "trend her name", "till her sponsors drop her", "let's get her exposed", "tag her full name"
_GATED = gated_shapes(
    ("twitter facebook instagram tiktok page account wall",
     rf"\b{_MANY_NAMED}(?:tell|show|let)\s+(?:him|her|them|@\w+)\s+(?:\w+\s+){{0,2}}?(?:on|over on)\s+(?:twitter|facebook"
     r"|instagram|tiktok|x|(?:his|her|their) (?:page|account|wall))\b"),
    ("trending", rf"\b{_MANY}get\s+(?:his|her|their|@\w+'?s?)\s+name\s+trending\b"),
    ("masse", r"\breport\s+(?:her|his|their|@\w+'?s?)\s+(?:account|page|profile|posts?|channel)\s+en\s+masse\b"),
    ("tag", rf"\b{_MANY}tag\s+(?:his|her|their|@\w+'?s?)\s+(?:employer|boss|work|workplace|school|sponsors?)\b"
            rf"|\b{_MANY}tag\s+(?:his|her|their|@\w+'?s?)\s+(?:wife|husband|mum|mom|dad|parents|family|kids|boss|employer)"
            r"\s+in\s+(?:this|it|that|all|every)\b"
            r"|\btag\s+(?:his|her|their)\s+full\s+name\b"),
    ("unemployable", r"\bmake\s+(?:him|her|them)\s+unemployable\b"),
    ("reviews review", rf"\b{_MANY}(?:spam|flood|bombard|bury)\s+(?:the|their|his|her|@\w+|[a-z]+'s)\s+"
                       r"(?:[a-z]+'?s?\s+){0,2}?(?:google |yelp |tripadvisor |facebook )?reviews?\b"),
    ("demand insist", rf"\b{_MANY}(?:email|e-mail|call|ring|phone|write to|contact|message)\s+the\s+(?:station|paper|network"
                      r"|channel|club|school|company|firm|shop|restaurant|hospital|university)\s+and\s+(?:demand|insist|ask"
                      r"|make sure)\s+(?:that\s+)?"
                      rf"(?:he|she|they|him|her|them|@\w+|(?:the|this|that) (?:{'|'.join(_ROLES)}))\s+(?:be\s+|gets?\s+|is\s+)?"
                      r"(?:fired|sacked|expelled|dropped|kicked out|struck off)"),
    ("every", rf"\b{_MANY}(?:comment|reply)\s+on\s+every\s+(?:single\s+)?(?:one\s+of\s+)?(?:his|her|their|@\w+'?s?)\s+"
              r"(?:posts?|photos?|pictures?|tweets?|comments?|articles?|videos?)\b"),
    ("email message contact", rf"\b{_MANY}(?:email|e-mail|message|contact)\s+(?:his|her|their)\s+(?:school|(?:\w+\s+)?club"
                              r"|boss|employer|sponsors?|university|workplace)\b"),
    ("bury destroy", r"\b(?:let'?s|we|we'?ll|we will|we need to|we should|everyone)(?: all)?\s+(?:bury|destroy|finish)\s+"
                     r"(?:him|her|them)(?=\s*(?:[.!]|$))"),
    ("street house face", r"\bso\s+(?:she|he|they)\s+(?:can'?t|cannot|can never|won'?t be able to)\s+(?:walk down the street"
                          r"|leave (?:the|her|his|their) house|go out|show (?:her|his|their) face)\b"),
    # (about the comment itself: "... about this award" is praise)
    ("boss bosses employer employers manager sponsors",
     r"\b(?:his|her|their)\s+(?:boss|bosses|employers?|manager|school|club|sponsors?)\s+(?:should|need to|needs to|will|are"
     r" going to|is going to|ought to)\s+(?:\w+\s+)?(?:hear|know|find out|learn|be told)\s+about\s+(?:this|it|these|that)\b"
     r"(?=\s*(?:[.!,;]|$))"
     r"|\b(?:i'?m|i am|we'?re|we are|i'?ll|we'?ll|i will|we will)\s+(?:be\s+)?(?:sending|forwarding|send|forward)\s+(?:it"
     r"|this|them|these|the list|the screenshots?|screenshots?|(?:his|her|their)\s+\w+)\s+to\s+(?:his|her|their)\s+"
     r"(?:employers?|boss(?:es)?|school|work|family|wife|husband|parents)\b"),
    ("workplace", r"\b(?:you'?ll|you will|u'?ll|you can|anyone can)\s+find\s+(?:his|her|their)\s+(?:workplace|home|address"
                  r"|street|house|employer|kids'? school)\b"),
    ("report", rf"\b{_MANY_NAMED}report\s+(?:her|his|their|@\w+'?s?)\s+(?:\w+\s+)?(?:account|page|profile|channel)\b"),
    ("each", r"(?<=\d )(?:emails|calls|messages|complaints|reports|texts)\s+each\b(?=\s*(?:[.!,;]|$|let'?s\b|and\b))"),
    ("bomb", rf"\b{_MANY}review[- ]?bomb\s+(?:her|his|their|the)\b"),
    ("sort kind type", r"\btell\s+(?:his|her|their)\s+(?:family|wife|husband|kids|mum|mom|parents|boss|employer)\s+what\s+"
                       r"(?:sort|kind|type)\s+of\s+(?:person|man|woman|monster|creep)\b"),
    ("sure", r"\bmake\s+sure\s+(?:she|he|they|(?:that|the|this)\s+\w+)\s+(?:can'?t|cannot|never|won'?t)\s+(?:speak|talk"
             r"|work|works|show\s+(?:her|his|their)\s+face|teach|teaches|play|plays|get\s+(?:a\s+job|hired))\b"),
    ("pile", r"\bpile[- ]on,?\s+(?:everyone|everybody|lads|folks|people)\b"),
    ("trend", r"\btrend\s+(?:his|her|their|@\w+'?s?)\s+name\b"),
    ("sponsors", r"\b(?:till|until)\s+(?:his|her|their)\s+sponsors\s+(?:drop|dump|abandon)\s+(?:him|her|them)\b"),
    ("exposed", r"\blet'?s\s+get\s+(?:him|her|them)\s+exposed\b"),
    # the sixth list (session 25): "tag her in every post", "everyone go comment on the ref's daughter's Insta",
    # "let's mass-DM the author", "organising a pile-on against @x", "ring the clinic nonstop", "coordinating
    # calls to the teacher's home phone"
    ("tag tagging", r"\btag(?:ging)?\s+(?:her|him|them|the\s+(?:\w+\s+)?(?:girl|boy|kid|woman|man|author|writer|reporter"
                    r"|journalist|ref|referee|teacher|councillor|mp|presenter))\s+in\s+every\s+(?:post|comment|tweet|photo)\b"),
    # the seventh list (session 25): "flood her replies", "mass-report every one of her comments", "comment the
    # clown emoji on every picture", "will have a thousand messages waiting", "find her on Facebook ... too",
    # "give him the inbox he deserves", "everyone makes fresh accounts and downvotes", "send it to his wife",
    # "your employer would love to see them"
    ("replies", rf"\b{_MANY}(?:flood|spam|bombard|swamp|fill)\s+{_WHOSE}\s+replies\b"),
    ("report", r"\bmass[- ]?report\s+(?:every|all)\s+(?:one\s+of\s+|of\s+)?(?:her|his|their|@\w+'s)\b"),
    ("clown", r"\b(?:comment|post|leave)\s+(?:a\s+|the\s+)?clown\s+(?:emoji\s+)?on\s+every\b"),
    ("waiting", r"\b(?:he|she|they|(?:this|that|the)\s+\w+)\s+will\s+have\s+(?:a\s+thousand|hundreds\s+of|thousands\s+of|\d+)\s+"
                r"(?:messages|emails|calls)\s+waiting\b"),
    ("inbox", r"\bgive\s+(?:him|her|them)\s+the\s+inbox\s+(?:he|she|they)\s+deserves?\b"),
    ("accounts", r"\b(?:make|makes|making)\s+(?:fresh|new)\s+accounts\s+and\s+(?:downvote|report|spam|flag)s?\b"),
    ("wife husband boss employer mum", r"\b(?:send|sending|forward)\s+(?:it|this|them)\s+to\s+(?:his|her)\s+(?:wife|husband|boss"
                                       r"|employer|mum|mom|kids)\b(?!'s)"),
    ("employer", r"\b(?:your|ur|his|her)\s+employer\s+would\s+(?:love|like|be\s+interested)\s+to\s+see\b"),
    ("insta instagram facebook page tiktok account twitter",
     rf"\b{_MANY}(?:comment|post)\s+on\s+(?:his|her|their|the\s+\w+'s)\s+(?:daughter|son|wife|husband|kids?|mum|mom|family"
     r"|partner)'s\s+(?:insta|instagram|facebook|page|tiktok|account|twitter)\b"),
    ("mass", r"\bmass[- ]?(?:dm|message|email|text|tag)\s+(?:her|him|them|@\w+|the\s+(?:author|writer|reporter|journalist"
             r"|columnist|editor|presenter|ref|referee|mp|councillor|teacher|judge))\b"),
    ("pile", r"\b(?:organi[sz]ing|organi[sz]e|start(?:ing)?|planning)\s+a\s+pile[- ]?on\b"),
    ("nonstop", r"\b(?:ring|call|phone|email)\s+(?:the|his|her|their)\s+\w+\s+non-?stop\b"),
    ("coordinating organising organizing", r"\b(?:coordinating|organising|organizing)\s+(?:calls|messages|emails|complaints)"
                                           r"\s+to\s+(?:the\s+\w+'s|his|her)\s+(?:home|personal|private|mobile)\b"),
    # the eighth list (session 26): "I'm going to reply to every single comment you make", "you know what to do,
    # folks. One-star reviews, all of us", "I'll be following you to every article", "we should all turn up at the
    # author's book signing", "I've got six other accounts", "report every post this woman makes until she gets
    # banned everywhere", "a group dedicated to making this councillor's life miserable", "keep calling, he'll get
    # the message", "every time she posts anything anywhere, we show up", "I'll be at every council meeting ...
    # until you apologise", "raid her stream", "spam the chat till she quits", "I keep a list of usernames", "make
    # sure her phone never stops ringing", "I'll find your comments on the Herald too", "let his dad know how we feel"
    ("reply respond", r"\b(?:i'?m\s+going\s+to|i'?ll|i\s+will|gonna)\s+(?:reply|respond)\s+to\s+every\s+(?:single\s+)?"
                      r"(?:comment|post|thing)\s+(?:you|u)\b"),
    ("star stars", r"\b(?:one|1)[- ]?star\s+reviews?,?\s+(?:all\s+of\s+us|everyone|everybody|folks)\b"),
    ("follow following", r"\b(?:i'?ll|i\s+will|i'?m|we'?ll|we\s+will)\s+(?:be\s+)?follow(?:ing)?\s+(?:you|u|her|him|them)"
                         r"\s+(?:to|into|onto)\s+every\b"),
    ("turn show", r"\b(?:we\s+should|let'?s|everyone|everybody|we'?ll)\s+(?:all\s+)?(?:turn|show)\s+up\s+at\s+(?:his|her"
                  r"|their|the\s+\w+'s)\b[^.!?\n]{0,60}?\b(?:make\s+it\s+impossible|let\s+(?:him|her|them|his\s+\w+|her\s+\w+)"
                  r"\s+know|give\s+(?:him|her|them)\s+(?:hell|grief|a\s+piece))"),
    ("accounts", r"\b(?:i'?ve\s+got|i\s+have|got)\s+(?:\w+\s+)?(?:other|more|spare|backup)\s+accounts\b"),
    ("report banned", r"\breport\s+every\s+(?:single\s+)?(?:post|comment|video|tweet)\s+(?:this|that|the|she|he)\b"
                      r"|\buntil\s+(?:she|he|they)\s+(?:gets?|is|are)\s+banned\s+everywhere\b"),
    ("miserable hell", r"\bmak(?:e|ing)\s+(?:this|that|his|her|their|the)\s+(?:\w+'s\s+)?life\s+(?:miserable|hell"
                       r"|a\s+(?:living\s+)?hell)\b"),
    ("message", r"\bkeep\s+(?:calling|ringing|phoning|emailing|messaging)\b[^.!?\n]{0,60}?\bget\s+the\s+message\b"),
    ("posts", r"\bevery\s+time\s+(?:she|he|they)\s+posts?\s+(?:anything|something)?\s*(?:anywhere)?,?\s+we\s+(?:show"
              r"|turn)\s+up\b"),
    ("until", r"\bi'?ll\s+be\s+at\s+every\s+\w+[^.!?\n]{0,60}?\buntil\s+(?:you|u)\b"),
    ("raid spam", r"\braid\s+(?:her|his|their)\s+(?:stream|chat|channel|page)\b|\bspam\s+the\s+chat\s+(?:till|until)\b"),
    ("list", r"\b(?:i|we)\s+keep\s+a\s+list\s+of\s+(?:usernames|names|people|accounts)\b"),
    ("ringing buzzing", r"\bmake\s+sure\s+(?:his|her|their|the\s+\w+'s)\s+(?:phone|inbox)\s+never\s+stops\s+(?:ringing|buzzing|pinging)\b"),
    ("find", r"\b(?:i'?ll|i\s+will)\s+find\s+(?:your|ur)\s+(?:comments|posts|accounts)\s+on\b"),
    ("feel", r"\blet\s+(?:his|her|their)\s+\w+\s+know\s+how\s+we\s+(?:all\s+)?feel\b"),
    # the ninth list (session 26): "leave a one-star review on her salon's page", "hundreds of emails a day till she
    # resigns", "she'll never be rid of me", "comments are open. You know what to do", "wait for him in the car
    # park", "keep ringing till they sack him", "share her photo everywhere", "nobody serve the Hendersons ...
    # make them move", "anyone who sees them out, post where and when", "don't let him have a single comment in
    # peace", "let the whole congregation know", "every post you make, I'll answer it", "she'll crack eventually",
    # "a convoy past the planning officer's house", "keeping a file on you", "she's already cracking"
    ("star", r"\b(?:leave|give|post)\s+(?:a\s+|her\s+|him\s+|them\s+)?(?:one|1)[- ]?star\s+reviews?\b"),
    ("day", r"\b(?:emails?|messages|calls|texts)\s+a\s+day\s+(?:till|until)\s+(?:she|he|they)\s+(?:resigns?|quits?|leaves?"
            r"|goes)\b"),
    ("rid", r"\b(?:never|won'?t\s+ever)\s+be\s+rid\s+of\s+me\b"),
    ("open", r"\b(?:comments|replies)\s+are\s+open\W+you\s+know\s+what\s+to\s+do\b"),
    ("park", r"\bwait\s+for\s+(?:him|her|them)\s+in\s+the\s+car\s*park\b"),
    ("sack sacked fire fired", r"\bkeep\s+(?:ringing|calling|emailing|phoning)\s+(?:till|until)\s+they\s+(?:sack|fire)\b"),
    ("everywhere", r"\bshare\s+(?:her|his|their)\s+(?:photo|picture|face|pic|address)\s+everywhere\b"),
    ("move", r"\bnobody\s+(?:serve|talk\s+to|speak\s+to)\s+(?:the\s+\w+|them|him|her)\b[^\n]{0,80}?\bmake\s+them\s+move\b"),
    ("when", r"\bpost\s+where\s+and\s+when\b"),
    ("peace", r"\b(?:don'?t|dont|do\s+not)\s+let\s+(?:him|her|them)\s+have\s+a\s+single\s+(?:comment|post|moment|day)\s+in"
              r"\s+peace\b"),
    ("whole", r"\blet\s+the\s+whole\s+(?:congregation|street|school|town|village|office|estate|club)\s+know\s+what\s+(?:she"
              r"|he|they)\b"),
    ("answer", r"\bevery\s+(?:post|comment)\s+(?:you|u)\s+make,?\s+i'?ll\s+(?:answer|reply\s+to|respond\s+to)\s+it\b"),
    ("crack cracking", r"\b(?:she|he|they)(?:'ll|\s+will)\s+crack\s+(?:eventually|soon)\b|\b(?:she|he)(?:'s|\s+is)\s+(?:already"
                       r"\s+)?cracking\b"),
    ("convoy", r"\bconvoy\s+past\s+(?:the\s+\w+(?:\s+\w+)?'s|his|her|their)\s+(?:house|home)\b"),
    ("file dossier", r"\bkeeping\s+a\s+(?:file|dossier)\s+on\s+(?:you|u|her|him)\b"),
)


def find_pile_ons(normalized: str, words: AbstractSet[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each pile-on called for in a normalized text, not negated or reported."""
    return without_overlaps(asserted_spans(_SHAPES, _CUES, normalized, words)
                            + asserted_gated_spans(_GATED, normalized, words))
