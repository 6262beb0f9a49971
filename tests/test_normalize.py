"""moderator.normalize: every disguise it undoes, and offsets that always point at what the user typed."""

import re

import pytest

from moderator.normalize import Normalized, normalize


@pytest.mark.parametrize(
    "typed, expected",
    [
        # leetspeak inside words
        ("n1gg3r", "nigger"),
        ("$hit", "shit"),
        ("a55hole", "asshole"),
        ("sh!t happens", "shit happens"),
        ("b1+ch", "bitch"),
        ("th3!r", "their"),
        ("b@stard", "bastard"),
        # numbers stay numbers
        ("In 2026, 5 people came", "in 2026, 5 people came"),
        ("the 1st and 3rd at 10am in the 1990s", "the 1st and 3rd at 10am in the 1990s"),
        ("covid19 and the g20", "covid19 and the g20"),
        ("wow! really!", "wow! really!"),
        ("@john said", "@john said"),
        ("#metoo", "#metoo"),
        # masked letters
        ("f*ck", "fuck"),
        ("s**t", "shit"),
        ("f#ck", "fuck"),
        ("what the f***", "what the fuck"),
        ("c*ckw*mbl*", "c*ckw*mbl*"),  # no common word fits: the marker stays for the lexicon
        # a violent word with one letter masked, to slip a threat past a filter
        ("go k*ll yourself", "go kill yourself"),
        ("i will r-pe you", "i will rape you"),
        ("m*rder them", "murder them"),
        ("k***s run it", "k***s run it"),  # three letters masked: a slur as likely, the lexicon reads it
        ("they kill*", "they kill*"),  # a whole word with a footnote, not a masked "kills"
        # any symbol may stand in for letters where a commonly masked word fits
        ("f@#k you", "fuck you"),
        ("f-ck off", "fuck off"),
        ("sh_t happens.", "shit happens."),
        ("p%ssy", "pussy"),
        ("f.cking", "fucking"),
        ("@sshole", "asshole"),
        # separators put inside a word
        ("id.iot", "idiot"),
        ("you f-uck off", "you fuck off"),
        ("bull_shit", "bullshit"),
        ("a-hole", "asshole"),
        ("fuck** you", "fuck** you"),  # emphasis after a whole word
        # ... and nowhere else
        ("e-mail the u.s. co-op", "e-mail the u.s. co-op"),
        ("the f-word, an x-ray", "the f-word, an x-ray"),
        ("j.r.r. tolkien", "jrr. tolkien"),
        ("@john and $5", "@john and $5"),
        ("well-known dumb-ass", "well-known dumb-ass"),
        ("h!ll and h@ll", "hill and hall"),  # leetspeak for the letter they look like, not a mask
        ("f@ck you, m@rket w@nker", "fuck you, market wanker"),  # "fack" is no word: the @ masks a letter
        ("5 * 3 = 15", "5 * 3 = 15"),
        # letters written one at a time
        ("f u c k you", "fuck you"),
        ("s.t.u.p.i.d", "stupid"),
        ("f-u-c-k off", "fuck off"),
        ("I am a man", "i am a man"),
        ("e.g. this", "e.g. this"),
        ("u r a s.t.u.p.i.d", "u r a stupid"),  # one-letter words before a dotted word stay words
        ("u r a i d i o t", "u r a idiot"),
        ("you are a f u c k i n g idiot", "you are a fucking idiot"),
        ("go to a s s", "go to ass"),
        ("a s s h o l e", "asshole"),
        ("s.t.u-p-i-d x", "stupid x"),
        # a wider space between spaced-out letters is a word break
        ("f u c k  y o u", "fuck you"),
        ("g o  b a c k  to where", "go back  to where"),
        ("y o u  a r e  a  f o o l", "you are a fool"),
        ("f  u  c  k", "fuck"),  # every gap the same width: one word
        ("h  e l l  no", "hell  no"),  # a lone letter that is no word joins the letters after it
        # repeated letters
        ("stuuupid", "stupid"),  # a run that spells a masked word in one letter
        ("soooo cool", "soo cool"),  # else two letters stay
        ("fuuuuuck", "fuck"),
        ("assss", "ass"),
        ("hellll no", "hell no"),
        ("cool", "cool"),
        ("!!!!", "!!!!"),
        # homoglyphs, compatibility forms, zero-width and combining characters
        ("ѕһіt", "shit"),  # Cyrillic
        ("ιdιοt", "idiot"),  # Greek
        ("Ｆｕｃｋ", "fuck"),  # fullwidth
        ("𝐟𝐮𝐜𝐤", "fuck"),  # mathematical bold
        ("sh\u200bit", "shit"),
        ("f\u200du\u2060c\ufeffk", "fuck"),
        ("fu\u0301ck", "fuck"),
        ("café", "cafe"),
        ("It’s", "it's"),
        # spellings that slip a swear word past filters, and the emoji that stand for one
        ("fck you", "fuck you"),
        ("phuk off, u btch", "fuck off, u bitch"),
        ("go fvck yourself", "go fuck yourself"),
        ("FK off", "fuck off"),
        ("FK Partizan won", "fk partizan won"),  # a football club, not a swear word
        ("🖕🖕", "fuck fuck"),
        ("🖕🏽 you", "fuck you"),  # the skin tone does not change the word
        ("piece of💩!", "piece of shit!"),
        # letters drawn as pictures
        ("🅵🆄🅲🅺 you", "fuck you"),
        ("⒡⒰⒞⒦ you", "fuck you"),
        ("ꜰᴜᴄᴋ ʏᴏᴜ", "fuck you"),
        ("ƒυ¢к", "fuck"),
        ("🇫🇺🇨🇰 you", "fuck you"),
        ("🇫 🇺 🇨 🇰 off", "fuck off"),
        ("I love 🇨🇦 and 🇺🇸🇺🇸", "i love 🇨🇦 and 🇺🇸🇺🇸"),  # flags stay flags
        ("(a) and (b) cost 50¢", "(a) and (b) cost 50c"),
        ("the fuckers", "the fuckers"),
        ("fcker's", "fcker's"),  # glued to an apostrophe: left to the lexicon, which knows the spelling
        # word breaks moved to hide a word (moderator.word_breaks)
        ("youareanidiot", "you are an idiot"),
        ("#shutthefuckup", "#shut the fuck up"),
        ("you are an idiiot", "you are an idiot"),
        ("what a nig ger", "what a nigger"),
        ("FU CK you", "fuck you"),
        ("Scunthorpe United", "scunthorpe united"),  # a word of its own
        ("cocktail hour in the classassignment", "cocktail hour in the classassignment"),
        ("who re-entered", "who re-entered"),
        # text turned upside down: letters flipped, words right to left
        ("noʎ ʞɔnɟ", "fuck you"),
        ("ʇoᴉpᴉ uɐ ǝɹɐ noʎ", "you are an idiot"),
        ("lol ʇoᴉpᴉ", "lol idiot"),  # a word with no flipped letter stays where it is
        ("İstanbul ılık bir gün", "istanbul ilik bir gun"),  # dotless i is no upside-down text
        ("the vowel ɐ in IPA", "the vowel ɐ in ipa"),  # one odd letter is no upside-down text
        # found by a red-team probe list (session 22)
        ("f\U000e0075uck you", "fuck you"),  # a Unicode tag character inside the word
        ("you f . u . c . k", "you fuck"),  # spaces around the dots
        ("f\U0001f351ck you", "fuck you"),  # a picture for a letter
        ("shut up b\U0001f608tch", "shut up bitch"),
        ("fu\u00a9k you", "fuck you"),
        ("you sh\U0001f4a9t head", "you shit head"),
        ("I \u2764NY and a\u00d7b", "i \u2764ny and a\u00d7b"),  # no word fits: the signs stay
        ("I will kiiiill you", "i will kill you"),  # a violent word stretched or doubled
        ("I will kiill you", "i will kill you"),
        ("I wiII kiII you", "i will kill you"),  # capital I's for l's
        ("McIntosh in WWII", "mcintosh in wwii"),
        ("the killer skill", "the killer skill"),
        ("kkill him and murderr them", "kill him and murder them"),
        ("#nokillshelter #killshot", "#nokillshelter #killshot"),  # hashtags are not split at violent words
        ("f0ck off, you stupid c0nt", "fuck off, you stupid cunt"),  # a digit for a letter it does not look like
        ("the F35, the A10 and a Ford F150", "the fes, the aio and a ford fiso"),  # codes: no masked word read
        ("GTFO of my country", "get the fuck out of my country"),  # swearing acronyms spelled out
        ("stfu, gfy and foad", "shut the fuck up, go fuck yourself and fuck off and die"),
        ("an SMD resistor, Mr Fu", "an smd resistor, mr fu"),  # not these: a part, a surname
    ],
)
def test_disguises_are_undone(typed, expected):
    assert normalize(typed).text == expected


SAMPLES = [
    "You are a f u c k i n g  idiot",
    "JewSA and the ZioCorporatist demoncrazy",
    "ѕһіt and sh\u200bit and Ｆｕｃｋ and 𝐟𝐮𝐜𝐤",
    "stuuuupid n1gg3r s.t.u.p.i.d f*ck",
    "fu\u0301ck e\u0301\u0301 the ﬁnal ﬂag",
    "İstanbul ß straße",
    "emoji 👨\u200d👩\u200d👧 and 🍆",
    "fck🖕🖕 you phuk💩",
    "ѕһіtholeyouareanidiiot and a nig​ger",
    "🇫🇺🇨🇰 ⒡⒰⒞⒦ 🅵🆄🅲🅺 🇺🇸",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_offsets_point_into_the_original(text):
    norm = normalize(text)
    assert isinstance(norm, Normalized)
    assert len(norm.offsets) == len(norm.text)
    assert list(norm.offsets) == sorted(norm.offsets)
    assert all(0 <= o < len(text) for o in norm.offsets)


@pytest.mark.parametrize(
    "typed, word, original",
    [
        ("You are a f u c k i n g  idiot", "fucking", "f u c k i n g"),
        ("what a stuuupid take", "stupid", "stuuupid"),
        ("you n1gg3r!", "nigger", "n1gg3r"),
        ("total ѕһіt here", "shit", "ѕһіt"),
        ("zero sh\u200b\u200bit width", "shit", "sh\u200b\u200bit"),
        ("such fu\u0301ck", "fuck", "fu\u0301ck"),  # the trailing mark of the last letter stays with it
        ("go Ｆｕｃｋ yourself", "fuck", "Ｆｕｃｋ"),
        ("the ﬁnal word", "final", "ﬁnal"),
        ("s.t.u.p.i.d.", "stupid", "s.t.u.p.i.d"),
        ("ok fck this", "fuck", "fck"),
        ("so 🖕🏽 you", "fuck", "🖕🏽"),
        ("a f@#k off", "fuck", "f@#k"),
        ("an id.iot", "idiot", "id.iot"),
        ("lol youareanidiot ok", "idiot", "idiot"),
        ("lol youareanidiot ok", "you are an idiot", "youareanidiot"),
        ("a nig ger here", "nigger", "nig ger"),
        ("an idiiot", "idiot", "idiiot"),
        # a respelling's last letter maps onto the last character typed
        ("phuck you", "fuck", "phuck"),
        ("shut up biatch", "bitch", "biatch"),
        ("so f\U0001f351ck it", "fuck", "f\U0001f351ck"),
        ("you f . u . c . k", "fuck", "f . u . c . k"),
        # upside down: the offsets run backwards inside the flipped words
        ("lol noʎ ʞɔnɟ ok", "fuck", "ʞɔnɟ"),
        ("lol noʎ ʞɔnɟ ok", "you", "noʎ"),
        ("ʇoᴉpᴉ uɐ ǝɹɐ noʎ", "you are", "ǝɹɐ noʎ"),
        # each word of a spelled-out acronym points at all of it
        ("ok GTFO now", "fuck", "GTFO"),
        ("ok GTFO now", "get the fuck out", "GTFO"),
        ("ok GTFO now", "out now", "GTFO now"),
        ("just foad", "die", "foad"),
    ],
)
def test_to_original_gives_exactly_what_was_typed(typed, word, original):
    norm = normalize(typed)
    m = re.search(word, norm.text)
    assert m, norm.text
    start, end = norm.to_original(m.start(), m.end())
    assert typed[start:end] == original


def test_upside_down_text_reads_every_typed_letter_once():
    norm = normalize("lol noʎ ʞɔnɟ ok")
    assert sorted(norm.offsets) == list(range(len("lol noʎ ʞɔnɟ ok")))


def test_upside_down_tokens_point_at_what_was_typed():
    from moderator.spans import tokenize

    typed = "hey noʎ ʞɔnɟ"
    words, offsets = tokenize(typed, normalize)
    assert [typed[a:b] for a, b in offsets.tolist()] == ["hey", "ʞɔnɟ", "noʎ"]
    assert words == ["hey", "fuck", "you"]


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="needs a str"):
        normalize(None)
    with pytest.raises(ValueError, match="outside"):
        normalize("abc").to_original(2, 5)
    with pytest.raises(ValueError):
        normalize("abc").to_original(1, 1)


def test_plain_text_only_changes_case():
    text = "The council voted 7-2 on Tuesday to approve the $5.5m budget for 2027."
    assert normalize(text).text == text.lower()


def test_every_respelling_passes_the_cheap_check_before_it():
    # the hint regex is a necessary condition: a spelling it misses would never be respelled
    from moderator.normalize import _RESPELL_HINT, RESPELLINGS

    missed = [word for word in [*RESPELLINGS, "fk"] if not _RESPELL_HINT.search(word)]
    assert missed == []
