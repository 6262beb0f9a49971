"""Undo the ways people disguise words, keeping a map back to what they typed.

`normalize(text)` returns a lower-cased text in which

- Unicode compatibility forms are folded (NFKD: fullwidth, ligatures, mathematical and circled letters),
  accents and other combining marks are dropped, and zero-width / bidi-control characters vanish;
- Cyrillic and Greek look-alikes become the Latin letter they imitate ("ѕһіt" -> "shit"), and so do
  letters drawn as pictures ("🅵🆄🅲🅺", "⒡⒰⒞⒦", and regional indicators "🇫🇺🇨🇰" where they spell a swear
  word rather than flags);
- leetspeak is undone inside words that contain letters ("n1gg3r" -> "nigger", "$hit" -> "shit") but
  numbers stay numbers ("2026", "5 people", "1st", "10am", "50s");
- masked letters are filled in when one of the commonly masked words fits ("f*ck", "s**t", "f#ck",
  "f@#k", "f-ck", "sh_t", "@sshole" -> "fuck", "shit", "asshole"; with one letter masked, a violent word
  too: "k*ll", "r*pe", "m*rder" -> "kill", "rape", "murder"; any symbol may mask a letter, but only
  a fit turns "-", ".", "_", "%" or "^" into letters, so "e-mail" and "u.s." stay); otherwise the
  masking characters become the marker MASK ("*") so the lexicon can treat them as wildcards;
- letters written one at a time are joined ("f u c k", "s.t.u.p.i.d", "f-u-c-k" -> "fuck", "stupid");
- runs of three or more of the same letter shrink to two ("soooo" -> "soo"), or to one where that spells a
  commonly masked word ("stuuupid", "fuuuuck" -> "stupid", "fuck");
- separators put inside such a word are dropped ("id.iot", "f-uck", "bull_shit");
- spellings people use to slip a swear word past filters become the word ("fck", "phuk", "fvck", "btch",
  "sht" -> "fuck", "bitch", "shit"), and so do the two emoji that stand for one (🖕 -> "fuck", 💩 ->
  "shit"): the lexicon already knew these spellings, but the models that read normalized text had seen
  too few of them to score "fck you" or "🖕🖕" as what they say;
- text turned upside down ("ʞɔnɟ noʎ") is read the right way up;
- word breaks moved to hide one of those words are put back (moderator.word_breaks): words run together
  are split ("youareanidiot" -> "you are an idiot"), a word split in two is joined ("nig ger"), a doubled
  letter dropped ("idiiot"), a word written backwards turned round ("kcuf uoy"); other words run together
  ("JewSA") are left as they are: the lexicon finds terms inside them.

Every character of the result knows the index of the original character it came from
(`Normalized.offsets`), so a match in the normalized text maps back to exactly what the user wrote
(`Normalized.to_original`). The work is done with precompiled regexes and a per-character cache so a
typical 200-character comment costs a few tens of microseconds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from moderator import word_breaks

MASK = "*"

# Characters that render as nothing (or only steer layout) and are used to split words invisibly.
ZERO_WIDTH = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)

# Look-alikes NFKD leaves alone: lower-case Cyrillic and Greek letters (upper case is lowered first)
# and a few Latin/IPA letters, each mapped to the Latin letter it imitates.
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "и": "u", "к": "k", "м": "m", "н": "h",
    "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ц": "u", "ч": "4", "ш": "w",
    "щ": "w", "ъ": "b", "ы": "bi", "ь": "b", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ѵ": "v", "ү": "y", "ҝ": "k", "ӧ": "o", "ӓ": "a", "ԍ": "g",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i", "κ": "k",
    "λ": "l", "μ": "u", "ν": "v", "ο": "o", "π": "n", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u",
    "φ": "o", "χ": "x", "ψ": "w", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin, IPA and symbols
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ɪ": "i", "ʀ": "r", "ʏ": "y", "ɴ": "n", "ʜ": "h", "ʟ": "l",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o",
    "ᴘ": "p", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ø": "o", "đ": "d", "ħ": "h",
    "ł": "l", "ŀ": "l", "ƒ": "f", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "p", "ð": "d",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "€": "e", "¡": "i", "¢": "c", "ꜰ": "f", "ꞯ": "q",
}
# Letters drawn as pictures that NFKD leaves alone: negative circled and negative squared capitals
# ("🅵🆄🅲🅺", "🅕🅤🅒🅚") and parenthesized small letters ("⒡⒰⒞⒦", which NFKD would make "(f)(u)(c)(k)").
for _first, _count in ((0x1F150, 26), (0x1F170, 26), (0x249C, 26)):
    for _k in range(_count):
        HOMOGLYPHS[chr(_first + _k)] = chr(ord("a") + _k)

# Leetspeak, applied only inside a word that has letters.
LEET_DIGITS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
LEET_SYMBOLS = {"@": "a", "$": "s", "!": "i", "|": "l", "+": "t"}
_LEET_CHARS = "0-9@$!|+*#"
# A word with at least one letter and at least one leet/mask character, from its first character.
_LEET_WORD = re.compile(rf"(?<![a-z{_LEET_CHARS}])(?:[a-z]+[{_LEET_CHARS}]|[{_LEET_CHARS}]+[a-z])[a-z{_LEET_CHARS}]*")
# Numbers with a unit or ordinal suffix stay numbers: 1st, 50s, 10am, 5k, 4x4, 3d.
_NUMBER_WITH_UNIT = re.compile(
    r"[$#]?\d+(?:st|nd|rd|th|s|am|pm|k|m|b|bn|mm|cm|km|kg|g|mg|lb|lbs|oz|ft|in|mi|mph|kph|hr|hrs|h|min"
    r"|d|x|yr|yrs|gb|mb|tb|kw|mw|gw|v|hz|p|c|f|ish|er|ers)?|\d+x\d+"
)
# The words of a normalized text as the phrase finders' cue checks read them (moderator.threats,
# moderator.exclusion): one scan, shared by the lexicon member.
LETTER_RUNS = re.compile(r"[a-z]+")


def letter_words(text: str) -> frozenset[str]:
    """The distinct `[a-z]+` words of a normalized text: what the phrase finders look their cue words up in
    (made once per comment by the lexicon member and passed to each finder)."""
    return frozenset(LETTER_RUNS.findall(text))

# Letters written one at a time: "f u c k", "s.t.u.p.i.d", "u r a s.t.u.p.i.d" (runs with mixed separators
# are split where the separator changes; see _spaced_groups).
_SPACED = re.compile(
    r"(?<![a-z0-9'])(?<![a-z]\*)[a-z](?: {1,3}[a-z]| ?[._\-~/] ?[a-z]){2,}(?![a-z0-9'])(?!\*[a-z])"
)
_SPACED_SEP = re.compile(r" ?[._\-~/] ?| {1,3}")
# One-letter words ("a", "I", text-speak "u", "r", "y") that may stand before a spaced-out word.
_ONE_LETTER_WORDS = frozenset("aiury")
# Cheap necessary conditions, checked before the costlier patterns run.
_LEET_HINT = re.compile(rf"[{_LEET_CHARS}](?:(?<=[a-z].)|(?=[a-z]))")  # a leet character touching a letter
_RUN_HINT = re.compile(r"(.)\1\1")
_SPACED_HINT = re.compile(r"[ ._\-~/][a-z][ ._\-~/]{1,3}[a-z](?![a-z0-9])")
# Masked words people write most: "f*ck", "s**t", "f***" are read as the first of these that fits.
COMMON_MASKED = tuple(
    "fuck fucking fucked fucker fuckers fucks shit shitty bullshit bitch bitches cunt cunts damn damned hell ass "
    "asshole assholes crap dick dickhead cock piss pissed bastard bastards whore whores slut sluts twat wanker "
    "nigger niggers nigga niggas faggot faggots fag fags retard retarded retards pussy motherfucker "
    "motherfucking goddamn prick idiot idiots stupid moron morons loser losers fool fools dumb jerk".split()
)
# Violent words masked to slip a threat past a filter ("go k*ll yourself", "I will r*pe you"), filled in
# only where one letter is masked: "k***" or "k***s" may as well hide a slur, which the lexicon reads.
MASKED_VIOLENCE = tuple("kill kills killed killing rape raped raping rapist murder murdered stab stabbed "
                        "stabbing shoot shooting hang hanged lynch lynched".split())
_COMMON_MASKED_SET = frozenset(COMMON_MASKED)
# Violent words whose letters are stretched or doubled to slip a threat past a filter ("kiiill", "kiill"):
# not "hang" or "shoot", which run into names and compounds ("Zhang", "photoshoot"), nor "rape", which
# a doubled letter makes of "rappe" (a rapper).
_STRETCHED_VIOLENCE = frozenset("kill kills killed killing murder murdered stab stabbed stabbing".split())
# The words whose hidden word breaks are put back (moderator.word_breaks): the masked words but the mild ones,
# which run into names and compounds ("sternhell", "kneejerk", "damnit") more often than they hide abuse.
_STRETCHED_TARGETS = _COMMON_MASKED_SET | _STRETCHED_VIOLENCE | frozenset("rape raped raping rapist".split())
# (not word-break targets: they run into hashtags, "#nokillshelter", "#killingeve", "#socialismkills")
BREAK_TARGETS = _COMMON_MASKED_SET - frozenset(
    "hell damn damned goddamn crap dumb fool fools jerk ass piss pissed".split())


def _by_first_letter_and_length(words) -> dict[tuple[str, int], list[str]]:
    """The words a masked word may stand for, found by its first letter and length, in their given order."""
    index: dict[tuple[str, int], list[str]] = {}
    for word in words:
        index.setdefault((word[0], len(word)), []).append(word)
    return index


_MASKED_INDEX = _by_first_letter_and_length(COMMON_MASKED)
_VIOLENCE_INDEX = _by_first_letter_and_length(MASKED_VIOLENCE)
# A word written with symbols standing in for letters ("f@#k", "f-ck", "sh_t", "p%ssy"): filled in only
# where one of COMMON_MASKED fits exactly; trailing sentence punctuation is not part of it.
_MASK_SYMBOLS = "-._%^#@*$!"
_PURE_MASKS = "-._%^#*"
_SYMBOL_MASKED = re.compile(
    r"(?<![a-z0-9_%^#@*$!.\-])(?:[a-z]+[-._%^#@*$!]+|[@$])[-a-z._%^#@*$!]*[a-z*](?![a-z0-9_%^#@*$])"
)
# A word split by separators: "id.iot", "f-uck", "bull_shit" (joined where the letters are a masked word)
_SEPARATED = re.compile(r"(?<![a-z0-9_%^#@*$!.\-])[a-z]+(?:[-._~]+[a-z]+)+(?![a-z0-9_%^#@*$])")
_SEPARATOR_RUN = re.compile(r"[-._~]+")
_SYMBOL_HINT = re.compile(r"[-._%^#@*$!][a-z*]")  # cheap: a symbol before a letter
_MASKED_WORD = re.compile(r"(?<![a-z])[a-z][a-z*]*\*[a-z*]*")
_RUN = re.compile(r"([a-z])\1{2,}")
# Disguised spellings of swear words, read as the word (whole words only). Each is a spelling readers
# recognise at once and that has no innocent sense in English comments; "fk" only before the words it
# swears at ("FK Partizan" is a football club).
RESPELLINGS = {
    **dict.fromkeys("fck fcuk fuk fuq fuxk fucc phuck phuk phuq fvck fvk".split(), "fuck"),
    **dict.fromkeys("fcking fckin fkn fking fkin fuking fukin fuqing phucking phuking fvcking fcuking "
                    "fuxking".split(), "fucking"),
    **dict.fromkeys("fcked fuked phucked fvcked".split(), "fucked"),
    **dict.fromkeys("fcker fuker fukker phucker fvcker".split(), "fucker"),
    **dict.fromkeys("sht shyt".split(), "shit"),
    **dict.fromkeys("btch bytch biatch biotch".split(), "bitch"),
    "btches": "bitches", "ahole": "asshole", "aholes": "assholes", "a-hole": "asshole", "a-holes": "assholes",
    "dck": "dick", "dckhead": "dickhead",
    "cvnt": "cunt", "mofo": "motherfucker", "mfer": "motherfucker",
    "niqqa": "nigga", "niqqas": "niggas", "niqqer": "nigger", "niqqers": "niggers",
    # the swearing acronyms, spelled out so the models read what they say ("gtfo" alone scored toxicity 0.22
    # and was kept; 28 of the 33 training rows that hold it are labelled toxic); not "smd" (a surface-mount
    # device) or "fu" (a surname)
    "gtfo": "get the fuck out", "stfu": "shut the fuck up", "gfy": "go fuck yourself",
    "foad": "fuck off and die",
}
_RESPELLED = re.compile(
    r"(?<![a-z0-9'*])(?:" + "|".join(sorted(map(re.escape, RESPELLINGS), key=len, reverse=True))
    + r"|fk(?= (?:off|you|u|ya|yourself|urself|this|that|it|him|her|them|me|outta)\b))(?![a-z0-9'*])"
)
# Regional indicator letters ("🇫🇺🇨🇰", "🇫 🇺 🇨 🇰"): a pair is a flag ("🇺🇸"), so a run is read as letters
# only when it spells a swear word.
_REGIONAL = re.compile("[\U0001F1E6-\U0001F1FF](?: ?[\U0001F1E6-\U0001F1FF]){2,}")
# A cheap necessary condition: every respelling holds one of these (tests/test_normalize.py checks it).
_RESPELL_HINT = re.compile(r"gtfo|stfu|gfy|foad|f[ckv]|fu[kqxc]|ph[uq]|sht|shyt|btch|bytch|bi[ao]tch|a-?hole|dck|cvnt|kunt|mofo|mfer|niqq")
# Emoji that stand for a swear word ("🖕 you", "you piece of 💩"); a skin tone does not change the word.
EMOJI_WORDS = {"\U0001f595": "fuck", "\U0001f4a9": "shit"}
_EMOJI_WORD = re.compile("[" + "".join(EMOJI_WORDS) + "]")
SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
_DIGIT_RUN = re.compile(r"[0-9]+")
# A violent word with one letter doubled ("kiill", "murderr"): where to drop the extra letter.
_DOUBLED_VIOLENCE = {w[:i] + w[i - 1:]: i for w in sorted(_STRETCHED_VIOLENCE) for i in range(1, len(w) + 1)}
_DOUBLED_VIOLENCE = {w: i for w, i in _DOUBLED_VIOLENCE.items() if w not in _STRETCHED_VIOLENCE}
_DOUBLED_VIOLENT_WORD = re.compile(r"(?<![a-z0-9#@])(?:" + "|".join(sorted(_DOUBLED_VIOLENCE, key=len, reverse=True))
                                   + r")(?![a-z0-9])")
_DOUBLED_VIOLENCE_HINT = re.compile(r"k+i+l|m+u+r+d|s+t+a+b")
# A picture or sign typed in place of a letter ("f🍑ck", "b😈tch", "fu©k"): read as a masked letter where
# a commonly masked word fits, else left alone ("I❤NY").
_PICTURE_IN_WORD = re.compile(r"(?<![a-z])[a-z]+(?:[^\x00-\x7f][a-z]*){1,2}(?<=[a-z])(?![a-z])")
# Two capital I's inside a word of small letters are two l's ("kiII", "wiII", "yeIIow"); after a capital
# they are a numeral ("BushII", "KeefeIII").
_I_FOR_L = re.compile(r"(?<![A-Za-z0-9])([a-z]+)II(?![A-Z])")


@dataclass(frozen=True)
class Normalized:
    """A normalized text; `offsets[i]` is the index in `original` of the character text[i] came from."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) that normalized [start, end) came from (end exclusive)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside the normalized text of length {len(self.text)}")
        ostart, oend = self.offsets[start], self.offsets[end - 1] + 1
        if oend <= ostart:  # inside upside-down text, written right to left
            ostart, oend = min(self.offsets[start:end]), max(self.offsets[start:end]) + 1
        # Marks that were dropped after the last character still belong to it ("fúck" typed decomposed,
        # "🖕🏽" with its skin tone).
        original = self.original
        while oend < len(original) and (unicodedata.category(original[oend]).startswith("M")
                                        or original[oend] in SKIN_TONES):
            oend += 1
        return ostart, oend


# Text turned upside down ("ʞɔnɟ noʎ" is "you fuck": each letter flipped, the words written right to left),
# as the folded characters come out of _fold. Letters that read as other letters upside down ("u" for n,
# "d" for p) count only between words that hold one of the flipped letters no English word has.
FLIPPED = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ɾ": "j", "ʞ": "k", "ɯ": "m",
    "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "∀": "a", "ꓭ": "b", "ᗡ": "d", "ⅎ": "f", "⅁": "g",
    "ꓘ": "k", "˥": "l", "ᴚ": "r", "⊥": "t", "∩": "u", "⅄": "y",
    "q": "b", "p": "d", "d": "p", "b": "q", "u": "n", "n": "u", "l": "l", "o": "o", "s": "s", "x": "x", "z": "z",
    "'": ",", ",": "'", "(": ")", ")": "(", "[": "]", "]": "[", "⅋": "&",
}
_FLIPPED_ONLY = frozenset(c for c in FLIPPED if not c.isascii())
_FLIPPED_HINT = re.compile("[" + "".join(sorted(_FLIPPED_ONLY)) + "]")
_FLIPPED_WORD = re.compile("[" + re.escape("".join(sorted(FLIPPED))) + "]+")

_CHAR_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One original character as lower-case Latin text ('' for invisible characters and marks)."""
    if ch in ZERO_WIDTH or ch in SKIN_TONES or unicodedata.category(ch) == "Cf":
        return ""  # Cf: format characters, Unicode tag characters (U+E0020-E007F) among them
    if ch in HOMOGLYPHS and not ch.isascii() and ord(ch) > 0x2000:
        return HOMOGLYPHS[ch]  # letters drawn as pictures: before NFKD, which would bracket "⒡" as "(f)"
    lowered = ch.lower()
    out = []
    for c in unicodedata.normalize("NFKD", lowered):
        if unicodedata.category(c).startswith("M") or c in ZERO_WIDTH:
            continue
        c = c.lower()
        out.append(HOMOGLYPHS.get(c, c))
    return "".join(out)


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Stage 1: per-character folding. Offsets are None when they are the identity (ASCII text)."""
    if text.isascii():
        return text.lower(), None
    cache = _CHAR_CACHE
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = cache.get(ch)
        if folded is None:
            folded = _fold_char(ch)
            if len(cache) < 50_000:
                cache[ch] = folded
        if folded:
            out.append(folded)
            if len(folded) == 1:
                offsets.append(i)
            else:
                offsets.extend([i] * len(folded))
    return "".join(out), offsets


def _unflip(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """Upside-down runs read the right way up: the words that hold a flipped letter, and the flippable
    words between them, reversed and each letter flipped back. Each letter keeps the offset of the letter
    it was typed as, so those offsets run backwards inside the run (Normalized.to_original allows it)."""
    words = [m for m in _FLIPPED_WORD.finditer(text) if any(c.isalpha() for c in m.group(0))]
    runs, run = [], []
    for m in words:
        flipped = not _FLIPPED_ONLY.isdisjoint(m.group(0))
        gap = text[run[-1].end():m.start()] if run else ""
        # words of one line, with only spaces and signs between them ("pǝʇɐlǝɹ-unƃ", "ǝɹoɔs qi) sʞɔɐlq")
        joined = bool(run) and "\n" not in gap and not any(c.isalnum() for c in gap)
        if joined:
            run.append(m)  # a word without a flipped letter may lie between two flipped ones: trimmed below if not
        else:
            runs.append(run)
            run = [m] if flipped else []
    runs.append(run)
    edits = []
    for run in runs:
        while run and _FLIPPED_ONLY.isdisjoint(run[-1].group(0)):
            run = run[:-1]
        letters = "".join(m.group(0) for m in run)
        if sum(c in _FLIPPED_ONLY for c in letters) < 2 or max(len(m.group(0)) for m in run) < 3:
            continue  # an odd letter or a list of phonetic symbols ("ʎ l ɥ ʍ") is no upside-down text
        a, b = run[0].start(), run[-1].end()
        edits.append((a, b, "".join(FLIPPED.get(c, c) for c in reversed(text[a:b]))))
    return _replace(text, offsets, edits, backwards=True) if edits else (text, offsets)


def _wordish(c: str) -> bool:
    return c.isalpha() or c in LEET_DIGITS or c in "$@"  # not "!": "bitch!!" is shouting, not leet


def _unleet_word(match: re.Match) -> str:
    word = match.group(0)
    if _NUMBER_WITH_UNIT.fullmatch(word):
        return word
    chars = list(word)
    last = len(chars) - 1
    for j, c in enumerate(chars):
        if c in LEET_DIGITS:
            chars[j] = LEET_DIGITS[c]
        elif c == "@":
            if j > 0:  # a leading @ is a mention
                chars[j] = "a"
        elif c == "$":
            chars[j] = "s"
        elif c in "!|+":
            # only between letters: "sh!t", but "wow!" and "c++" stay
            if 0 < j < last and _wordish(word[j - 1]) and _wordish(word[j + 1]):
                chars[j] = LEET_SYMBOLS[c]
        elif c == "#":
            if j > 0:  # a leading # is a hashtag
                chars[j] = MASK
    # a digit run holding a digit leetspeak never uses ("g20", "covid19") is part of a name: keep it
    for run in _DIGIT_RUN.finditer(word):
        if any(d not in LEET_DIGITS for d in run.group(0)):
            chars[run.start():run.end()] = run.group(0)
    reading = "".join(chars)
    if len(word) >= 4 and sum(c.isdigit() for c in word) == 1 and reading not in _COMMON_MASKED_SET \
            and reading.isalpha() and not word_breaks.common_word(reading):
        # one digit for a letter it does not look like ("f0ck", "c0nt" read "fock", "cont"): a mask, where a
        # commonly masked word fits; not in codes and models ("F35", "A10", "P11")
        masked = "".join(MASK if c in LEET_DIGITS else r for c, r in zip(word, reading))
        if masked[0] != MASK:
            return _masked_fit(masked) or reading
    return reading


def _unmask_word(match: re.Match) -> str:
    word = match.group(0)
    core = word.rstrip(MASK)
    if MASK not in core and core in _COMMON_MASKED_SET:
        return word  # "idiot*": a footnote or emphasis after a whole word, not a masked "idiots"
    for stem in (core, word) if core != word else (word,):
        candidate = _masked_fit(stem)
        if candidate is not None:
            return candidate + word[len(stem):]  # "sh*t*" -> "shit*": the trailing star is emphasis
    return word  # unknown: the marker stays for the lexicon's wildcard matching


def _masked_fit(masked: str, typed: str | None = None) -> str | None:
    """The first commonly masked word (or, with one letter masked, violent word) whose letters agree with
    `masked` wherever it has no MASK; with `typed` (the word as written), a leet symbol there must also
    stand for the letter it looks like."""
    candidates = _MASKED_INDEX.get((masked[0], len(masked)), ())
    if masked.count(MASK) == 1 and masked[-1] != MASK:  # "kill*" is a whole word with a footnote, not "kills"
        candidates = (*candidates, *_VIOLENCE_INDEX.get((masked[0], len(masked)), ()))
    for candidate in candidates:
        if all(c == MASK or c == k for c, k in zip(masked, candidate)) and (typed is None or all(
                LEET_SYMBOLS.get(c, k) == k for c, k in zip(typed[1:], candidate[1:]))):
            return candidate
    return None


def _one_letter_runs(word: str) -> bool:
    """Letters one at a time between the symbols: initials ("a.s", "j.r.r") or the spaced pass's ("f.u.c.k")."""
    return all(len(run) == 1 for run in LETTER_RUNS.findall(word))


def _fill_symbol_mask(match: re.Match) -> str:
    word = match.group(0)
    if len(word) > 13:
        return word  # longer than any commonly masked word: a web address, "high-quality-of-life"
    if word.rstrip(_MASK_SYMBOLS) in _COMMON_MASKED_SET:
        return word  # "fuck**", "shit.*": emphasis after a whole word (the masked-word pass reads it)
    if "." in word and _one_letter_runs(word):
        return word  # initials: "a.s", "j.r.r"
    # a leading @ or $ is a letter when the rest is a word with it ("@sshole", "$hit"), else a mention
    first = {"@": "a", "$": "s"}.get(word[0], word[0])
    masked = first + "".join(MASK if c in _MASK_SYMBOLS else c for c in word[1:])
    if MASK not in masked:
        return masked if masked in _COMMON_MASKED_SET else word
    if masked.count(MASK) * 2 > len(masked):
        return word  # mostly symbols: too little to read a word from ("a.-.-")
    # "@", "$" and "!" are leetspeak for a, s and i: they stand for another letter only beside a symbol
    # that is no letter at all ("f@#k") or where the leetspeak reading is no common word
    if any(c in _PURE_MASKS for c in word):
        return _masked_fit(masked) or word
    # "f@ck" read as leetspeak is "fack", no word, so the @ masks a letter; "h@ll" reads "hall" and stays
    leet = first + "".join(LEET_SYMBOLS.get(c, c) for c in word[1:])
    return _masked_fit(masked, word) or (None if word_breaks.common_word(leet) else _masked_fit(masked)) or word


def _fill_picture_mask(match: re.Match) -> str:
    word = match.group(0)
    if not all(c.isascii() or unicodedata.category(c)[0] == "S" for c in word):
        return word  # a letter of another script, not a picture
    return _masked_fit("".join(c if c.isascii() else MASK for c in word)) or word


def _separator_ranges(match: re.Match) -> list[tuple[int, int]]:
    """The separators to delete in a word split by them ("id.iot", "f-uck", "bull_shit"), where the letters
    joined are a commonly masked word; letters one at a time ("f.u.c.k") are the spaced pass's."""
    word = match.group(0)
    letters = "".join(LETTER_RUNS.findall(word))
    if letters not in _COMMON_MASKED_SET or _one_letter_runs(word):
        return []
    return [(match.start() + m.start(), match.start() + m.end()) for m in _SEPARATOR_RUN.finditer(word)]


def _kept_of_run(text: str, run: re.Match) -> int:
    """How many letters of a run of three or more to keep: two ("stuuupid" -> "stuupid", "cool", "soo"), or
    one where that spells a commonly masked word ("fuuuuck" -> "fuck", "idiooot" -> "idiot")."""
    start = run.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    end = run.end()
    while end < len(text) and text[end].isalpha():
        end += 1
    single = text[start:run.start() + 1] + text[run.end():end]
    targets = _STRETCHED_TARGETS
    return 1 if single in targets and _RUN.sub(r"\1\1", text[start:end]) not in targets else 2


def _spaced_groups(seps: list[str]) -> list[tuple[int, int]]:
    """Split a run of single letters into groups of letters [first, last] joined by one kind of separator.

    A letter between a space and a punctuation separator belongs to the punctuation group: in
    "u r a s.t.u.p.i.d" the dots mark the word and the spaces separate the words before it."""
    kinds = ["space" if sep.strip() == "" else sep.strip() for sep in seps]
    groups, start = [], 0
    for i in range(1, len(kinds) + 1):
        if i == len(kinds) or kinds[i] != kinds[start]:
            groups.append([start, i, kinds[start]])  # letters start..i (separators start..i-1)
            start = i
    for a, b in zip(groups, groups[1:]):
        if a[2] != "space" and b[2] == "space":
            b[0] += 1  # the shared letter stays with the punctuation group before it
        elif a[2] == "space":
            a[1] -= 1  # ... or after it
    return [(first, last) for first, last, _ in groups if last - first >= 2]  # three letters at least


def _spaced_word(letters: str) -> int:
    """How many leading letters of a space-separated run are one-letter words of their own ("u r a i d i o t"
    is "u r a idiot"): only where the rest is a word people disguise and the whole run is not, or where
    every letter is such a word."""
    if letters in _COMMON_MASKED_SET:
        return 0
    if all(c in _ONE_LETTER_WORDS for c in letters):
        return len(letters)  # "u r a": words of one letter each, nothing to join
    for k in range(1, min(3, len(letters) - 3) + 1):
        if letters[k - 1] not in _ONE_LETTER_WORDS:
            break
        if letters[k:] in _COMMON_MASKED_SET:
            return k
    return 0


def _spaced_ranges(m: re.Match) -> list[tuple[int, int]]:
    """The separators to delete inside one run of single letters. Where the letters are spaced by one
    width, a wider space is a word break ("f u c k  y o u" is "fuck you", not "fuckyou")."""
    seps = list(_SPACED_SEP.finditer(m.group(0)))
    widths = [len(sep.group(0)) for sep in seps if sep.group(0).strip() == ""]
    narrow = min(widths, default=0)
    breaks = [i for i, sep in enumerate(seps) if sep.group(0).strip() == "" and len(sep.group(0)) > narrow]
    # a lone letter before a break is no word unless it is one of the one-letter words ("h  e l l" is "hell")
    breaks = [i for k, i in enumerate(breaks) if i != (breaks[k - 1] + 1 if k else 0)
              or m.group(0)[seps[i].start() - 1] in _ONE_LETTER_WORDS]
    # the break itself is written as one space, as between any two words
    ranges = [(m.start() + seps[i].start() + 1, m.start() + seps[i].end()) for i in breaks]
    for a, b in zip([-1, *breaks], [*breaks, len(seps)]):
        stretch = seps[a + 1 : b]
        if breaks and len(stretch) == 1 and stretch[0].group(0).strip() == "":
            # two letters between word breaks are a word too: "g o  b a c k" is "go back"
            ranges.append((m.start() + stretch[0].start(), m.start() + stretch[0].end()))
        else:
            ranges.extend(_spaced_word_ranges(m, stretch))
    return sorted(ranges)


def _spaced_word_ranges(m: re.Match, seps: list[re.Match]) -> list[tuple[int, int]]:
    """The separators to delete in one stretch of a run between word breaks."""
    ranges = []
    for first, last in _spaced_groups([sep.group(0) for sep in seps]):
        if all(seps[i].group(0).strip() == "" for i in range(first, last)):
            letters = "".join(m.group(0)[sep.start() - 1] for sep in seps[first:last]) + m.group(0)[seps[last - 1].end()]
            first += _spaced_word(letters)
        ranges.extend((m.start() + sep.start(), m.start() + sep.end()) for sep in seps[first:last])
    return ranges


def _delete(text: str, offsets: list[int] | None, ranges: list[tuple[int, int]]):
    """Remove the sorted, non-overlapping [a, b) ranges from text and its offsets."""
    return _replace(text, offsets, [(a, b, "") for a, b in ranges])


def _replace(text: str, offsets: list[int] | None, edits: list[tuple[int, int, str]], backwards: bool = False):
    """Write each of the sorted, non-overlapping [a, b) ranges of text as its new string; the new
    characters map onto the characters they replace, spread evenly, so offsets stay in order (or, with
    `backwards`, run backwards inside each range: the new string is the old one read right to left). An
    edit may carry a fourth item, True for an acronym spelled out: each of its words then maps onto the
    whole range, so the offsets start over at each word inside it."""
    if offsets is None:
        offsets = list(range(len(text)))
    pieces, offs, prev = [], [], 0
    for a, b, new, *each_word_whole in edits:
        pieces.append(text[prev:a])
        offs.extend(offsets[prev:a])
        pieces.append(new)
        if each_word_whole and each_word_whole[0]:
            # a spelled-out acronym ("gtfo" -> "get the fuck out"): each word starts on its first character
            # and ends on its last, so a span over any of its words points at all that was typed
            spread = [offsets[b - 1] if k + 1 == len(new) or new[k + 1] == " " or c == " " else offsets[a]
                      for k, c in enumerate(new)]
        else:
            # spread evenly, first onto first and last onto last: "phuck" read as "fuck" spans all it typed
            spread = ([offsets[a + round(k * (b - a - 1) / (len(new) - 1))] for k in range(len(new))]
                      if len(new) > 1 else [offsets[a]] * len(new))
        offs.extend(spread[::-1] if backwards else spread)
        prev = b
    pieces.append(text[prev:])
    offs.extend(offsets[prev:])
    return "".join(pieces), offs


def _respell(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    """Disguised swear words and the emoji that stand for them written as the word. The word's letters
    map onto the characters typed (spread evenly), so a span over it points at exactly what was typed."""
    found = []
    if _RESPELL_HINT.search(text):
        # ("fk" is no key: it is read only before the words it swears at, which _RESPELLED checks)
        found = [(m.start(), m.end(), word, " " in word) for m in _RESPELLED.finditer(text)
                 for word in [RESPELLINGS.get(m.group(0), "fuck")]]
    pictures = not text.isascii()
    for m in _REGIONAL.finditer(text) if pictures else ():
        letters = "".join(chr(ord(c) - 0x1F1E6 + ord("a")) for c in m.group(0) if c != " ")
        word = RESPELLINGS.get(letters, letters)
        if word in _COMMON_MASKED_SET:
            found.append((m.start(), m.end(), word, False))
    for m in _EMOJI_WORD.finditer(text) if pictures else ():
        word = EMOJI_WORDS[m.group(0)]
        # a word of its own: "🖕🖕" is "fuck fuck", "of💩!" is "of shit!"
        before = m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in EMOJI_WORDS)
        after = m.end() < len(text) and text[m.end()].isalnum()
        found.append((m.start(), m.end(), (" " if before else "") + word + (" " if after else ""), False))
    return _replace(text, offsets, sorted(found)) if found else (text, offsets)


def normalize(text: str) -> Normalized:
    """The normalized, lower-cased form of `text` with its map back to the original characters.

    Results are cached (Normalized is immutable): the linear member, the lexicon, the span tagger and
    the members reading normalized text all normalize the same comment in one scoring pass."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs a str, not {type(text).__name__}")
    return _normalize_cached(text)


@functools.lru_cache(maxsize=8192)
def _normalize_cached(text: str) -> Normalized:
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs a str, not {type(text).__name__}")
    folded, offsets = _fold(_I_FOR_L.sub(r"\1ll", text) if "II" in text else text)
    if not text.isascii() and _FLIPPED_HINT.search(folded):
        folded, offsets = _unflip(folded, offsets)
    if not folded.isascii():
        folded = _PICTURE_IN_WORD.sub(_fill_picture_mask, folded)  # one-for-one: the offsets do not move
    if _SYMBOL_HINT.search(folded):
        folded = _SYMBOL_MASKED.sub(_fill_symbol_mask, folded)  # one-for-one as well
        joins = [r for m in _SEPARATED.finditer(folded) for r in _separator_ranges(m)]
        if joins:
            folded, offsets = _delete(folded, offsets, joins)
    if _LEET_HINT.search(folded):
        # one-for-one substitutions: the offsets do not move
        folded = _LEET_WORD.sub(_unleet_word, folded)
        if MASK in folded:
            folded = _MASKED_WORD.sub(_unmask_word, folded)
    if _SPACED_HINT.search(folded):
        ranges = []
        for m in _SPACED.finditer(folded):
            ranges.extend(_spaced_ranges(m))
        if ranges:
            folded, offsets = _delete(folded, offsets, ranges)
    # after joining, so "S-o-o-o-o" shrinks like "Soooo"
    if _RUN_HINT.search(folded):
        folded, offsets = _delete(folded, offsets, [(m.start() + _kept_of_run(folded, m), m.end())
                                                    for m in _RUN.finditer(folded)])
    folded, offsets = _respell(folded, offsets)
    if _DOUBLED_VIOLENCE_HINT.search(folded):
        doubled = [(m.start() + _DOUBLED_VIOLENCE[m.group(0)], m.start() + _DOUBLED_VIOLENCE[m.group(0)] + 1)
                   for m in _DOUBLED_VIOLENT_WORD.finditer(folded)]
        if doubled:
            folded, offsets = _delete(folded, offsets, doubled)
    breaks = word_breaks.edits(folded, BREAK_TARGETS)
    if breaks:
        folded, offsets = _replace(folded, offsets, breaks)
    if offsets is None:
        offsets = range(len(folded))
    return Normalized(text, folded, tuple(offsets))
