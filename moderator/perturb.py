"""A deterministic obfuscation of comments, for measuring how much disguise costs the models.

`perturb(text, seed)` disguises a fraction of the words the way abusive commenters do: leetspeak
("n1gg3r"), masking ("f*ck", "f-ck", "sh_t"), spacing ("f u c k"), homoglyphs (Cyrillic/Greek look-alikes) and
zero-width characters. Offensive words (those the lexicon finds, or a short built-in list when no lexicon
is at hand) are disguised most of the time, other words now and then. The random choices are seeded by
(seed, text), so the same text with the same seed always gives the same result, in any process.

Every character of the result knows the original character it stands for (`Perturbed.offsets`; inserted
spaces and zero-width characters belong to the letter before them), so gold character offsets follow
the text with `map_spans`. Every disguise here is one that moderator.normalize undoes, so
normalize(perturb(t).text).text equals normalize(t).text except where letters were masked.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from typing import Iterable

from moderator.normalize import COMMON_MASKED, HOMOGLYPHS, normalize

KINDS = ("leet", "mask", "spacing", "homoglyph", "zero_width")
OFFENSIVE_RATE = 0.85  # share of offensive words disguised
OTHER_RATE = 0.08  # share of other words (4+ letters) disguised

# letter -> leet characters normalize() maps back to it (never the first letter: "@" there is a mention)
_LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7"}
# letter -> look-alike that normalize() maps back to exactly that letter
_LOOKALIKE: dict[str, list[str]] = {}
for _glyph, _latin in HOMOGLYPHS.items():
    # only look-alikes that normalize() folds back to exactly that letter ("ŀ" folds to "l·": left out)
    if len(_latin) == 1 and _latin.isalpha() and _latin.isascii() and _glyph.isalpha() \
            and normalize(_glyph).text == _latin:
        _LOOKALIKE.setdefault(_latin, []).append(_glyph)
for _options in _LOOKALIKE.values():
    _options.sort()
_MASK_SYMBOLS = "**#-_%"  # the star twice as likely as each of the others
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_WORD = re.compile(r"[A-Za-z]+")
_FALLBACK_OFFENSIVE = frozenset(
    "fuck fucking fucked fucker shit shitty bitch bitches ass asshole bastard cunt dick cock pussy whore slut "
    "nigger nigga faggot fag retard retarded idiot idiots stupid moron morons dumb crap damn hell piss twat "
    "wanker kike spic chink tranny dyke".split()
)


@dataclass(frozen=True)
class Perturbed:
    """A disguised text; offsets[i] is the index of the original character text[i] stands for."""

    original: str
    text: str
    offsets: tuple[int, ...]
    changed: tuple[tuple[int, int, str], ...] = ()  # (start, end, kind) of each disguised original word


_default_lexicon = None


def _lexicon():
    """The shipped lexicon when there is one (cached), else None (the built-in word list is used)."""
    global _default_lexicon
    if _default_lexicon is None:
        try:
            from moderator.lexicon import Lexicon

            _default_lexicon = Lexicon.load_default()
        except (FileNotFoundError, ValueError):
            _default_lexicon = False
    return _default_lexicon or None


def _rng(text: str, seed: int | str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x00{text}".encode("utf-8", "surrogatepass")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _offensive_ranges(text: str, lexicon) -> list[tuple[int, int, str]]:
    """(start, end, how) of offensive words; how is the lexicon's way of finding them ('word', 'compound', ...)."""
    if lexicon is not None:
        return [(m.start, m.end, m.how) for m in lexicon.find(text) if m.how != "emoji"]
    return [(m.start(), m.end(), "word") for m in _WORD.finditer(text) if m.group(0).lower() in _FALLBACK_OFFENSIVE]


def _leet(word: str, rng: random.Random) -> str | None:
    spots = [j for j in range(1, len(word)) if word[j].lower() in _LEET]
    if not spots:
        return None
    chars = list(word)
    for j in rng.sample(spots, min(len(spots), rng.choice((1, 2)))):
        options = _LEET[word[j].lower()]
        # "!" only between letters, where normalize reads it as "i"
        if j == len(word) - 1:
            options = options.replace("!", "")
        chars[j] = rng.choice(options)
    return "".join(chars)  # the first letter stays a letter, so normalize reads the rest as leet


def _mask(word: str, rng: random.Random) -> str | None:
    vowels = [j for j in range(1, len(word) - 1) if word[j].lower() in "aeiou"]
    if len(word) < 3 or not vowels:
        return None
    # a commonly masked word may be masked with any symbol ("f-ck", "sh_t", "f#ck"); normalize reads those
    # only where the word fits, so other words keep the star the lexicon reads as a wildcard
    symbols = _MASK_SYMBOLS if word.lower() in COMMON_MASKED else "*"
    chars = list(word)
    for j in rng.sample(vowels, 1 if len(vowels) == 1 or rng.random() < 0.7 else 2):
        chars[j] = rng.choice(symbols)
    return "".join(chars)


def _homoglyph(word: str, rng: random.Random) -> str | None:
    spots = [j for j, c in enumerate(word) if c.lower() in _LOOKALIKE]
    if not spots:
        return None
    chars = list(word)
    for j in rng.sample(spots, min(len(spots), rng.choice((1, 2, 3)))):
        glyph = rng.choice(_LOOKALIKE[word[j].lower()])
        if word[j].isupper() and glyph.upper().lower() == glyph:
            glyph = glyph.upper()
        chars[j] = glyph
    return "".join(chars)


def _disguise(word: str, kind: str, rng: random.Random) -> list[tuple[str, int]] | None:
    """The disguised word as (piece, index of the original letter it belongs to) pairs."""
    if kind == "spacing":
        sep = rng.choice((" ", " ", ".", "-"))
        out = []
        for j, c in enumerate(word):
            out.append((c, j))
            if j < len(word) - 1:
                out.append((sep, j))
        return out
    if kind == "zero_width":
        if len(word) < 2:
            return None
        cuts = set(rng.sample(range(1, len(word)), min(len(word) - 1, rng.choice((1, 2)))))
        out = []
        for j, c in enumerate(word):
            if j in cuts:
                out.append((rng.choice(_ZERO_WIDTH), j - 1))
            out.append((c, j))
        return out
    new = {"leet": _leet, "mask": _mask, "homoglyph": _homoglyph}[kind](word, rng)
    if new is None:
        return None
    return [(c, j) for j, c in enumerate(new)]


def perturb(text: str, seed: int | str = 0, lexicon=None, offensive_rate: float = OFFENSIVE_RATE,
            other_rate: float = OTHER_RATE, kinds: tuple[str, ...] = KINDS) -> Perturbed:
    """Disguise some of the words of `text`, deterministically for a given (seed, text).

    `kinds` limits the disguises used (all of KINDS by default)."""
    if not isinstance(text, str):
        raise TypeError(f"perturb() needs a str, not {type(text).__name__}")
    unknown = set(kinds) - set(KINDS)
    if unknown or not kinds:
        raise ValueError(f"kinds must be a non-empty subset of {KINDS}, got {kinds!r}")
    lexicon = lexicon if lexicon is not None else _lexicon()
    rng = _rng(text, seed)
    offensive = _offensive_ranges(text, lexicon)
    words = list(_WORD.finditer(text))
    plan: dict[int, str] = {}  # word index -> kind
    offensive.sort()
    k = 0  # offensive ranges ending before the current word are behind us (both lists are in text order)
    for i, m in enumerate(words):
        a, b = m.span()
        while k < len(offensive) and offensive[k][1] <= a:
            k += 1
        hit = offensive[k][2] if k < len(offensive) and offensive[k][0] < b else None
        if hit is None and (len(m.group(0)) < 4 or rng.random() >= other_rate):
            continue
        if hit is not None and rng.random() >= offensive_rate:
            continue
        options = ["leet", "homoglyph", "zero_width", "spacing"]
        if hit in ("word", "masked"):
            options.append("mask")  # a masked compound or phrase could not be read back
        # spacing joins single letters: not next to a one-letter word, an apostrophe, or another spaced word
        prev_w = words[i - 1] if i else None
        next_w = words[i + 1] if i + 1 < len(words) else None
        if (not 3 <= len(m.group(0)) <= 10 or (prev_w and (len(prev_w.group(0)) == 1 or plan.get(i - 1) == "spacing"))
                or (next_w and len(next_w.group(0)) == 1)
                or text[max(0, a - 1):a] in ("'", "’") or text[b:b + 1] in ("'", "’")
                or (a and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum())):
            options.remove("spacing")
        options = [k for k in options if k in kinds]
        if options:
            plan[i] = rng.choice(options)
    pieces: list[str] = []
    offsets: list[int] = []
    changed = []
    pos = 0
    for i, m in enumerate(words):
        kind = plan.get(i)
        if kind is None:
            continue
        a, b = m.span()
        disguised = _disguise(m.group(0), kind, rng)
        if disguised is None:
            continue
        pieces.append(text[pos:a])
        offsets.extend(range(pos, a))
        for piece, j in disguised:
            pieces.append(piece)
            offsets.append(a + j)
        changed.append((a, b, kind))
        pos = b
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return Perturbed(text, "".join(pieces), tuple(offsets), tuple(changed))


def map_spans(original_char_offsets: Iterable[int], perturbed: Perturbed) -> list[int]:
    """Gold character offsets of the original text, moved onto the perturbed text (sorted)."""
    wanted = set(original_char_offsets)
    return [j for j, o in enumerate(perturbed.offsets) if o in wanted]
