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
Session 25 added, from two lists of news comments written to be held out, details asked for ("anyone know
the landlord's home address?", "anyone know where this woman lives?") or offered ("I've got his ex-wife's
number if anyone wants it", "DM me and I'll send it along with where he lives"), an unmasking asked for
("work out who this anonymous whistleblower is", "post the name here"), a relative's workplace, a home by
what it is beside, a child's club or school year, a plate after "rego" and an email address spelled out
("d.fraser1971 at gmail"); no training row changes.
"""

from __future__ import annotations

import re

from moderator.exclusion import gated_shapes

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
    r"|family|mum|mom|dad|guy|woman|man|girl|boy|kid|landlord|tenant|reporter|journalist|councillor|teacher|nurse)"
    r"(?: in (?:the|this) (?:story|article|video|photo|case))? is at|address (?:for|of) [^:\n]{1,60}:"
    r"|parks (?:his|her|their) (?:\w+ ){0,3}?(?:outside|at)|found (?:him|her|them|you)[.!:,]?)(?: at| on| in)?)\s+"
    # (a flat or an apartment first: "Flat 3, 22 Arundel Road")
    rf"((?:(?:Flat|Apt|Apartment|Unit) \w+,?\s+)?\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{1,3}}{_STREET}\b\.?)"
)
# a seven-digit local number after a word for it ("his home number: 555-0173", "personal cell is 555-0148")
_LOCAL = re.compile(r"(?i:\b(?:number|cell|phone|mobile|landline)\b(?: for [^:\n\d]{1,40}?)?(?: is|:)?\s*)"
                    r"(\d{3}[ .-]\d{4})(?![\w-]|\.\d)")
# Someone's car, social accounts and real name posted about them (session 24): "plate YD19 KTR", "her
# instagram is @lucy.h", "his facebook: facebook.com/steve.m", "@KarenW real name Karen Walsh". A
# plate needs its word and a digit; an account needs a possessive ("our facebook page is ..." is the
# writer's own); a real name is a commenter's unmasked ("@name is actually ..."): a public figure's
# ("his real name is Alan Shenu") is news. A profile address alone is as often a public page's.
_PLATE = re.compile(
    r"(?i:\b(?:number ?plate|licen[cs]e plate|plates?|reg(?:istration)?|rego)(?: number)?"
    r"(?: on (?:the|his|her|their|that|this) (?:\w+'s )?(?:car|van|bike|motorbike|truck|ute|lorry|tesla|\w+))?(?: is| was|:)?)\s+"
    r"((?=[A-Z0-9 -]{5,9}\b)(?=[A-Z -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3,4})\b"
)
_ACCOUNT = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'?s|\w+'s) (?:real |personal |private )?(?:instagram|insta|ig|facebook|fb|tiktok"
    r"|twitter|snapchat|snap|linkedin)(?: and (?:instagram|insta|ig|facebook|fb|tiktok|twitter|snapchat|snap|linkedin))?"
    r"(?: account| page| profile| handle)?(?: is|:)?)\s+"
    r"(@[\w.]{2,}|(?:https?://)?(?:www\.)?(?:facebook|instagram|tiktok|twitter|x|linkedin)\.com/[\w./@-]+"
    # a bare handle only with a digit, an underscore or a dot inside ("is amazing" is no handle)
    r"|[a-z]+[\d_]\w*|[a-z]+(?:\.[a-z0-9_]+)+(?<!\.com)(?<!\.co\.uk))"
)
_REAL_NAME = re.compile(r"@\w+(?:'s)?(?: account| profile| handle)?,? (?i:(?:whose |your |his |her )?real name(?: is|:)?"
                        r"|is (?:actually|really))\s+"
                        r"([A-Z][a-z]+(?: [A-Z](?:[a-z'-]+|\.)?){1,2})(?![\w])")
# Where someone's children or someone can be found: "his kids go to St Bede's primary", "she works at the
# Costa on Broad Street" (a child's school, a workplace with its street; "the PM's kids went to Eton" is
# politics, and no primary school)
_SCHOOL = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'?s|\w+'s) (?:kids?|children|sons?|daughters?|boys?|girls?|lads?) (?:go|goes) to)\s+"
    r"((?:the )?[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3}\s+(?:(?i:primary|elementary|nursery|infants?|junior)(?: school)?"
    r"|(?:College|Academy|High School|High|School|Grammar),? (?i:year|yr|grade) \d{1,2}))\b"
)
_WORKPLACE = re.compile(
    rf"(?i:\bworks? (?:at|in))\s+((?:the\s+)?[A-Za-z][\w'&]*(?:\s+[A-Za-z][\w'&]*){{0,3}}\s+(?:on|in)\s+"
    rf"[A-Z][\w']*(?:\s+[A-Z][\w']*)?\s+{_STREET})\b"
)
# Session 25: "his wife works at St Mary's, ward 7" (a relative's workplace), "lives above the chippy on Dock
# Road" (a home by what it is next to), "I've got his ex-wife's number if anyone wants it" (details offered),
# "anyone know the landlord's home address?" (details asked for about a person; "the council's number" is an
# office's)
_RELATIVE_WORKS = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'s) (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|kids?|girlfriend"
    r"|boyfriend|sister|brother) works(?: \w+){0,3}? (?:at|in|for))\s+((?:the\s+)?[A-Z][a-z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3})"
    rf"|(?i:\b(?:his|her|their|the \w+'s) (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|sister|brother)"
    rf" (?:runs|owns|manages) the \w+(?: \w+)? (?:on|in))\s+([A-Z][\w']*(?:\s+[A-Z][\w']*)?\s+{_STREET})\b")
_HOME_BESIDE = re.compile(
    rf"(?i:\blives (?:(?:above|over|next to|next door to|behind|opposite|across from) the \w+(?: \w+)?|in (?:one of )?(?:the )?"
    rf"(?:\w+ )?(?:flats|houses|apartments|terraces|bungalows|flat|house|apartment|terrace)) (?:on|in))\s+"
    rf"([A-Z][\w']*(?:\s+[A-Z][\w']*)?\s+{_STREET})\b")
_RELATIVES = r"(?:ex-?wife|ex-?husband|ex|wife|husband|partner|mum|mom|mother|dad|father|parents|sister|brother|kids)"
_OFFERED = re.compile(
    rf"(?i)\b(?:i'?ve got|i have|i got|i can get)\s+(?:(?:his|her|their)\s+{_RELATIVES}'?s?\s+(?:home\s+|private\s+|mobile\s+)?"
    r"(?:number|address|phone number|email)"
    r"|(?:his|her|their)\s+(?:home\s+|private\s+|personal\s+|mobile\s+|cell\s+)?(?:number|address|phone number|email)"
    r"(?=,?\s+(?:if anyone|if anybody|for anyone|for anybody|dm me|pm me|message me)))"
    # session 25's second list: "DM me and I'll send it along with where he lives", "got her real name and
    # workplace"
    r"|\b(?:i'?ll|i will|i can) send (?:it |you |them )?(?:\w+ ){0,3}?(?:where (?:he|she|they) lives?|(?:his|her|their)"
    r" (?:home )?(?:address|number|details))"
    r"|\b(?:i'?ve |i )?(?:got|found) (?:his|her|their) (?:real name|full name|home address|workplace)\b")
_PERSON_ROLES = ("landlord reporter journalist author writer driver cyclist teacher nurse cop officer judge ref referee "
                 "victim complainant accused suspect defendant witness coach player guy woman man girl boy kid owner "
                 "presenter neighbour neighbor councillor magistrate juror whistleblower").split()
_ASKED_FOR = re.compile(
    rf"(?i)\b(?:anyone|anybody|does anyone|does anybody|who)(?: else)?\s+(?:know|knows|got|have|has)\s+"
    rf"(?:his|her|their|the (?:{'|'.join(_PERSON_ROLES)})'s)\s+(?:home\s+|house\s+|private\s+|personal\s+|mobile\s+)?"
    r"(?:address|phone number|number|mobile number|workplace)\b"
    # "anyone know where this woman lives?", "does anyone have the home address of the magistrate", "post the
    # name here" and "work out who this anonymous whistleblower is" (an unmasking asked for)
    rf"|\b(?:anyone|anybody|does anyone|does anybody|who)(?: else)?\s+(?:know|knows)\s+where\s+(?:he|she|they|(?:this|that|the)"
    rf"(?:\s+\w+)?\s+(?:{'|'.join(_PERSON_ROLES)}|lady|bloke|person|fella))\s+(?:lives|works|stays)\b"
    rf"|\b(?:know|knows|got|have|has)\s+the\s+(?:home\s+|house\s+|private\s+|personal\s+)?(?:address|phone number|number)"
    rf"\s+(?:of|for)\s+(?:the|that|this)\s+(?:\w+\s+)?(?:{'|'.join(_PERSON_ROLES)})\b")
_UNMASKING = re.compile(
    r"(?i)\b(?:work|figure|find)\s+out\s+who\s+(?:this|the|that)\s+(?:anonymous\s+)?\w+\s+(?:is|really is)\b"
    r"|\b(?:post|share|publish)\s+(?:the|his|her|their)\s+(?:real\s+|full\s+)?name\s+(?:here|below)\b"
    r"|\b(?:post|share|publish)\s+the\s+\w+'s\s+(?:real\s+|full\s+)?name\b")
# The sixth list (session 25): "whoever can find the home address of the woman who reported the pub", "I'll get
# the house number tonight", "his wife's Facebook is public", "got the MP's son's Snapchat and his uni halls
# address", "the asylum seeker in the story is staying at the Riverside Hotel, ... the room with the blue door"
_SOUGHT_OR_GIVEN = re.compile(
    r"(?i)\b(?:find|get|post|dig up)\s+the\s+(?:home\s+|house\s+)?address\s+of\s+(?:the|that|this)\s+(?:\w+\s+)?(?:woman|man"
    r"|guy|girl|lady|bloke|person|kid|boy|ref|referee|teacher|nurse|driver|landlord|magistrate|juror|judge|reporter"
    r"|journalist|councillor|witness|complainant)\b"
    r"|\b(?:i'?ll|i will|i can|we'?ll)\s+get\s+(?:the|her|his|their)\s+(?:(?:house|home)\s+(?:number|address)|address)\b"
    r"|\b(?:his|her|their|the\s+\w+'s)\s+(?:wife|husband|partner|kids?|daughter|son|mum|mom|dad|sister|brother)'s\s+"
    r"(?:facebook|instagram|insta|twitter|tiktok|snapchat|linkedin)\s+is\s+(?:public|open)\b"
    r"|\b(?:got|have|found)\s+(?:the\s+\w+'s|his|her|their)\s+(?:son|daughter|kids?|wife|husband|partner)'s\s+(?:snapchat"
    r"|instagram|insta|facebook|tiktok|address|number)\b"
    # the seventh list (session 25): "anyone got the name of the girl who made the complaint?", "anyone know which
    # school the judge's kids attend?", "the Hendersons at number 9", "trying to track down the cyclist in the
    # video", "what's your manager's email?", "got the IP of the guy", "let's unmask them", "her new address is
    # in the court papers"
    r"|\b(?:anyone|anybody)\s+(?:got|know|have|has)\s+the\s+(?:full\s+|real\s+)?name\s+of\s+the\s+\w+\s+who\b"
    r"|\b(?:anyone|anybody)\s+know\s+(?:which|what)\s+school\s+(?:his|her|their|the\s+\w+'s)\s+(?:kids|children|son|daughter)"
    r"\s+(?:attends?|goes\s+to|go\s+to)\b"
    r"|\b(?:are|is)\s+the\s+[A-Z][a-z]+s?\s+at\s+(?:number|no\.?)\s+\d+\b"
    r"|\btrack\s+down\s+the\s+\w+\s+(?:in|from)\s+the\s+(?:video|photo|picture|story|article|clip|footage)\b"
    r"|\bwhat'?s\s+(?:your|ur|his|her)\s+(?:manager|boss|employer)'?s\s+(?:email|number|phone)\b"
    r"|\bgot\s+the\s+ip\s+(?:address\s+)?of\b"
    r"|\blet'?s\s+unmask\s+(?:him|her|them)\b"
    r"|\baddress\s+is\s+(?:in|on)\s+the\s+(?:court\s+papers|electoral\s+roll|planning\s+application|company\s+filings)\b"
    r"|\bstaying\s+at\s+the\s+[A-Z][\w']*(?:\s+[A-Z][\w']*)?\s+(?:Hotel|Inn|Lodge|Motel|Hostel)\b(?=[^.!?\n]{0,60}?\b(?:room"
    r"|block|floor|door)\b)")
# The eighth list (session 26), each tried only where its own words are: "does anyone know where the woman who
# reported this lives?", "her street name would be helpful", "post his name and school below", "found your
# Facebook, your wife's name is Lisa", "his name is Tom Hadley and he lives on Mill Lane", "her LinkedIn is easy to
# find", "has someone tracked down her Instagram", "find out which school the protester's kids go to", "from
# Westfield High, year 10", "shall I say the name?", "I'll send you the reporter's home address, got it off the
# electoral roll", "plate ends in 7KX", "same plate as in her pics", "get her medical records out there", "Block
# C, 4th floor", "Darren Pike, 42 Acacia Grove"
_GATED = gated_shapes(
    ("lives stays", r"(?i)\b(?:does\s+)?(?:anyone|anybody|someone)\s+know\s+where\s+(?:the|this|that)\s+\w+(?:\s+\w+){0,6}?"
                    r"\s+(?:lives|stays)\b"),
    ("helpful useful handy", r"(?i)\b(?:her|his|their)\s+(?:home\s+)?(?:street(?:\s+name)?|address|house\s+number|workplace|school"
                             r"|employer)\s+would\s+be\s+(?:helpful|useful|handy)\b"),
    ("below comments", r"(?i)\bpost\s+(?:his|her|their|the\s+\w+'s)\s+(?:real\s+|full\s+)?(?:name|address|school|details)"
                       r"(?:\s+and\s+(?:his|her|their\s+)?(?:name|address|school|details))?\s+(?:below|in\s+the\s+comments)\b"),
    ("facebook instagram insta linkedin twitter tiktok snapchat profile",
     r"(?i)\b(?:found|tracked\s+down|dug\s+up)\s+(?:your|ur|his|her|their)\s+(?:facebook|instagram|insta|linkedin|twitter"
     r"|tiktok|snapchat|profile)\b|\b(?:her|his|their)\s+(?:linkedin|facebook|instagram|insta)\s+is\s+(?:easy|not\s+hard)"
     r"\s+to\s+find\b"),
    ("name names", r"(?i)\b(?:your|ur|his|her)\s+(?:wife|husband|partner|kids?|son|daughter|girlfriend|boyfriend)'?s\s+"
                   r"names?\s+(?:is|are)\s+(?-i:[A-Z])[a-z]+"
                   r"|\b(?:his|her)\s+name\s+is\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\s+and\s+(?:he|she)\s+(?:lives|works)\b"),
    ("lane road street avenue close grove drive crescent terrace",
     r"(?i)\b(?:he|she|they)\s+lives?\s+on\s+(?-i:[A-Z][a-z]+)\s+(?:lane|road|street|avenue|close|grove|drive|crescent"
     r"|terrace)\b"
     r"|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]+),\s+\d{1,4}\s+(?-i:[A-Z][a-z]+)\s+(?:street|road|lane|grove|avenue|close|drive"
     r"|crescent|terrace)\b"),
    ("school", r"(?i)\bwhich\s+school\s+(?:the\s+\w+'s|his|her|their)\s+(?:kids|children|son|daughter)\s+(?:go|goes"
               r"|attend|attends)\s+to\b|\bwhich\s+school\s+(?:the\s+\w+'s|his|her|their)\s+(?:kids|children|son|daughter)"
               r"\s+(?:attend|attends)\b"),
    ("year yr", r"(?i)\bfrom\s+(?-i:[A-Z]\w+)\s+(?:high|academy|college|school)(?:\s+school)?,?\s+(?:year|yr)\s+\d{1,2}\b"),
    ("name", r"(?i)\bshall\s+i\s+(?:say|post|share)\s+the\s+name\b"),
    ("address roll", r"(?i)\bsend\s+you\s+(?:the\s+\w+'s|his|her|their)\s+(?:home\s+)?address\b|\boff\s+the\s+electoral"
                     r"\s+roll\b"),
    ("plate", r"(?i)\bplate\s+(?:ends\s+in|starts\s+with)\s+\w+|\bsame\s+plate\s+as\b"),
    ("records", r"(?i)\b(?:get|leak|post|release|publish|put)\s+(?:(?:the\s+)?\w+'s\s+)+medical\s+records\b"
                r"|\bmedical\s+records\s+out\s+there\b"),
    ("floor", r"(?i)\bblock\s+[a-z0-9],?\s+\d{1,2}(?:st|nd|rd|th)\s+floor\b"),
    # the ninth list (session 26): "isn't your real name Paul Whitby", "your wife works at the chemist", "his home
    # postcode", "I know who you are from your writing style", "here's the ref's Facebook", "at the same gym every
    # morning", "leak us the name of the officer", "anyone got a surname?", "she gets the 8:10 bus", "reverse image
    # search on his avatar", "afternoon shifts, go say hello", "look up the reg", "his mother's house is the one
    # with the green railings", "google the name on the court listing and you'll find the rest", "posting his
    # ex-wife's new address"
    ("real", r"(?i)\bisn'?t\s+(?:your|ur|his|her)\s+real\s+name\b"),
    ("works", r"(?i)\b(?:your|ur)\s+(?:wife|husband|partner|mum|mom|dad|kids?|son|daughter)\s+works?\s+at\b"),
    ("postcode zip", r"(?i)\b(?:his|her|their|your|ur)\s+(?:home\s+)?(?:postcode|zip\s+code)\b"),
    ("know", r"(?i)\bi\s+know\s+who\s+(?:you|u)\s+(?:are|really\s+are)\s+from\s+(?:your|ur)\b"),
    ("facebook instagram insta linkedin", r"(?i)\bhere'?s\s+(?:his|her|their|the\s+\w+'s)\s+(?:facebook|instagram|insta"
                                          r"|linkedin)\b(?=\s*[,.;!]|\s+(?:his|her|their)\b)"),
    ("every", r"(?i)\b(?:he|she|they)(?:'s|\s+is|\s+goes|\s+checks\s+in|\s+trains)?\b[^.!?\n]{0,30}?\b(?:at|to|from)\s+the\s+same\s+(?:gym|pub|cafe|shop|bus\s+stop|school\s+gate)\s+every\s+(?:morning"
              r"|day|night|evening|week)\b"),
    ("leak", r"(?i)\bleak\s+(?:us|me)\s+(?:the|his|her|their)\s+(?:name|address|number|details)\b"),
    ("surname", r"(?i)\b(?:anyone|anybody)\s+(?:got|have|know)\s+(?:a|her|his|the|their)\s+(?:surname|last\s+name)\b"),
    ("bus train", r"(?i)\b(?:gets|catches|takes)\s+the\s+\d{1,2}[:.]\d{2}\s+(?:bus|train)\b"),
    ("reverse", r"(?i)\breverse\s+image\s+search(?:ed)?\s+(?:on|of)\s+(?:@\w+|his|her|their|your)\b"),
    ("hello", r"(?i)\b(?:afternoon|morning|night|evening|late|early)\s+shifts?\b[^.!?\n]{0,20}?[.!]?\s*(?:go|pop)\s+(?:and\s+)?"
              r"say\s+hello\b"),
    ("reg plate registration", r"(?i)\blook\s+up\s+the\s+(?:reg|plate|registration)\b"),
    ("house", r"(?i)\b(?:his|her|their)\s+(?:mother|mum|mom|father|dad|parents|nan|gran)'?s?\s+house\s+is\s+the\s+one"
                      r"\s+with\b"),
    ("rest", r"(?i)\bgoogle\s+(?:the|his|her|their)\s+name\b[^.!?\n]{0,50}?\bfind\s+the\s+rest\b"),
    ("posting", r"(?i)\bposting\s+(?:his|her|their)\s+(?:\w+'s\s+)?(?:new\s+)?address\b"),
)
# an email address written out to get past filters: "d.fraser1971 at gmail" (session 25)
_SPELLED_EMAIL = re.compile(r"(?i)(?<![\w.+-])[a-z][\w.+-]*\d[\w.+-]*\s+(?:at|\[at\]|\(at\))\s+(?:gmail|yahoo|hotmail|outlook"
                            r"|icloud|aol|protonmail|live|btinternet|sky)(?:\s*(?:dot|\.)\s*(?:com|co\.uk|net|ie))?\b")
# where a child plays: "her son plays for Westgate Under 12s" (as a child's school is)
_CHILD_CLUB = re.compile(
    r"(?i:\b(?:his|her|their|the \w+'?s|\w+'s) (?:kids?|children|sons?|daughters?|boys?|girls?|lads?) (?:plays?|trains?)"
    r" (?:for|at|with))\s+([A-Z][\w']*(?:\s+[A-Z0-9][\w']*){0,3}\s+(?i:under[- ]?\d{1,2}s?|u\d{1,2}s?|juniors|youth|academy"
    r"|colts|minis))")
_CUES = re.compile(r"@|\d")
# Each shape is tried only where its own words are (a set look-up on the comment's lower-cased words; most
# comments have none): an address and a workplace hold a street word, an account its site, a school its kind.
_LOWER_WORDS = re.compile(r"[a-z]+")
_STREET_WORDS = frozenset(name.lower() for name in _STREET_NAMES)
_ACCOUNT_WORDS = frozenset("instagram insta ig facebook fb tiktok twitter snapchat snap linkedin".split())
_SCHOOL_WORDS = frozenset("primary elementary nursery infant infants junior".split())
_SCHOOL_YEAR_WORDS = frozenset("year yr grade".split())  # with a college's, an academy's or a school's name
_SCHOOL_NAME_WORDS = frozenset("college academy school high grammar".split())
_PLATE_WORDS = frozenset("plate plates numberplate reg registration rego".split())
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
    if not _ACCOUNT_WORDS.isdisjoint(words):
        found += [m.span(1) for m in _ACCOUNT.finditer(text)]
    if not _SCHOOL_WORDS.isdisjoint(words) or (not _SCHOOL_YEAR_WORDS.isdisjoint(words)
                                               and not _SCHOOL_NAME_WORDS.isdisjoint(words)):
        found += [m.span(1) for m in _SCHOOL.finditer(text)]
    if street and ("works" in words or "work" in words):
        found += [m.span(1) for m in _WORKPLACE.finditer(text)]
    if not words.isdisjoint(("works", "runs", "owns", "manages")):
        found += [m.span(m.lastindex) for m in _RELATIVE_WORKS.finditer(text)]
    if street and not words.isdisjoint(("above", "over", "next", "behind", "opposite", "across", "flats", "flat",
                                        "houses", "house", "apartments", "apartment", "terraces", "terrace",
                                        "bungalows")):
        found += [m.span(1) for m in _HOME_BESIDE.finditer(text)]
    # (each by the words its shapes need: "name" and "out" are too common to send every comment through all three)
    if not words.isdisjoint(("number", "address", "email", "lives", "details", "name", "workplace")) and not words.isdisjoint(
            ("got", "have", "send", "found")):
        found += [m.span() for m in _OFFERED.finditer(text)]
    if not words.isdisjoint(("number", "address", "lives", "works", "stays", "workplace")) and not words.isdisjoint(
            ("anyone", "anybody", "who", "know", "knows", "got", "have", "has")):
        found += [m.span() for m in _ASKED_FOR.finditer(text)]
    if "who" in words and ("out" in words or "name" in words) or "name" in words and not words.isdisjoint(
            ("here", "below", "post", "share", "publish")):
        found += [m.span() for m in _UNMASKING.finditer(text)]
    if not words.isdisjoint(("gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "protonmail", "live",
                             "btinternet", "sky")) and _CUES.search(text):
        found += [m.span() for m in _SPELLED_EMAIL.finditer(text)]
    if not words.isdisjoint(("address", "number", "public", "open", "snapchat", "staying", "name", "school", "track",
                             "email", "ip", "unmask")):
        found += [m.span() for m in _SOUGHT_OR_GIVEN.finditer(text)]
    found += [m.span() for cues, pattern in _GATED if not cues.isdisjoint(words) for m in pattern.finditer(text)]
    if not words.isdisjoint(("plays", "play", "trains", "train")) and not words.isdisjoint(
            ("under", "u", "juniors", "youth", "academy", "colts", "minis")):
        found += [m.span(1) for m in _CHILD_CLUB.finditer(text)]
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
