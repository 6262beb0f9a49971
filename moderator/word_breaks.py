"""Word breaks people move to slip abuse past a filter, put back where they belong.

- words run together are split apart: "youareanidiot", "shutthefuckup", "gofuckyourself" -> "you are an
  idiot", "shut the fuck up", "go fuck yourself" (wordninja's method and word list: the cheapest split by
  English Wikipedia word frequency);
- a word split in two is joined: "nig ger", "fu ck", "id iot" -> "nigger", "fuck", "idiot";
- a doubled letter is dropped: "idiiot", "fuckk", "shiit" -> "idiot", "fuck", "shit";
- a word written backwards is turned round, and so are the unlisted words beside it that read as common
  words backwards: "kcuf uoy", "toidi" -> "fuck you", "idiot".

Only where the result holds one of the swear words, slurs or insults the caller names (`targets`), and only
where what was typed is no English word of its own: "Scunthorpe", "cocktail", "classassignment" and "who
re-entered" stay as they are. `edits()` returns the changes as (start, end, replacement) ranges of the text;
moderator.normalize applies them with its map back to what was typed.
"""

from __future__ import annotations

import functools
import math
import re

# Parts a split may leave besides the target: one- and two-letter words must be real words ("fucken" is not
# "fuck en", "slutty" not "slut ty"), longer ones common words (the 20,000 most frequent, 5,000 for three
# letters) that are not a suffix ("dumbing" is not "dumb ing", "idiotness" not "idiot ness").
_SHORT_WORDS = frozenset("a i u an am as at be by do go he if im in is it me my no of oh ok on or re so to up "
                         "ur us we ya".split())
_SUFFIXES = frozenset("ing ness ers est ted tin ski ist ism ity ish ier".split())
_COMMON_RANK = 20_000
_COMMON_RANK_THREE_LETTERS = 5_000
_LETTERS = re.compile(r"[a-z]+")
_LONGEST_PART = 20


@functools.cache
def _word_costs() -> dict[str, float]:
    """wordninja's word -> cost table (cost = log(rank * log(N)), Zipf's law): loaded once, ~0.1 s, by the
    first comment normalized (Moderator.warm_up normalizes one)."""
    import wordninja  # pinned in pyproject.toml; the table is its documented language model's

    return wordninja.DEFAULT_LANGUAGE_MODEL._wordcost


def _cost_of_rank(rank: int) -> float:
    return math.log(rank * math.log(len(_word_costs())))


@functools.cache
def _common_cost(three_letters: bool) -> float:
    return _cost_of_rank(_COMMON_RANK_THREE_LETTERS if three_letters else _COMMON_RANK)


@functools.cache
def _target_cost() -> float:
    return _cost_of_rank(100)


def _trie_pattern(strings) -> str:
    """One regex alternation of literal strings, factored by common prefixes ("fu(?:ck|ckk)"...), which
    Python's engine scans many times faster than a flat list of alternatives."""
    trie: dict = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@functools.cache
def _target_forms(targets: frozenset[str]) -> tuple[dict[str, int], frozenset[str], dict[str, frozenset[str]],
                                                   re.Pattern, re.Pattern]:
    """For a set of targets: each spelling with one letter doubled -> where to drop it ("idiiot" -> 3); the
    targets of four letters or more written backwards ("toidi"); the
    targets split in two (first part -> second parts), where not both parts are common words ("ass hole");
    the pattern of such a split by one space; and a pattern any text needing an edit matches (a target,
    a doubled spelling or a split one), which most comments do not."""
    doubled = {w[:i] + w[i - 1:]: i for w in targets for i in range(1, len(w) + 1)}
    doubled = {spelling: i for spelling, i in doubled.items() if spelling not in targets}
    halves: dict[str, set[str]] = {}
    for w in targets:
        for i in range(2, len(w) - 1):
            if not (common_word(w[:i]) and common_word(w[i:])):
                halves.setdefault(w[:i], set()).add(w[i:])
    pairs = [f"{a} {b}" for a, bs in halves.items() for b in bs]
    # not before a hyphen: "who re-entered" is no "whore"
    split = re.compile(r"(?<![a-z'])(?:" + _trie_pattern(pairs) + r")(?![a-z'\-])")
    backwards = frozenset(w[::-1] for w in targets if len(w) >= 4 and w[::-1] not in targets)
    hint = re.compile(_trie_pattern([*targets, *doubled, *backwards, *pairs]))
    return doubled, backwards, {a: frozenset(bs) for a, bs in halves.items()}, split, hint


def common_word(word: str) -> bool:
    """A short word, or one of the common words that is not a suffix (three letters: one of the 5,000
    commonest, so that "cuntbollock" is no "cunt bol lock")."""
    if len(word) <= 2:
        return word in _SHORT_WORDS
    return word not in _SUFFIXES and _word_costs().get(word, math.inf) < _common_cost(len(word) == 3)


def more_common(word: str, other: str) -> bool:
    """True when `word` is a listed word more frequent than `other`."""
    costs = _word_costs()
    return costs.get(word, math.inf) < costs.get(other, math.inf)


def _split_words(word: str, targets: frozenset[str]) -> list[str]:
    """The cheapest split of `word` into listed words (wordninja's dynamic programme over its Zipf costs),
    with the targets as cheap as the 100 commonest words, so that "fagshit" splits as "fag shit" rather
    than "fags hit"."""
    costs, target_cost = _word_costs(), _target_cost()
    best, back = [0.0] + [math.inf] * len(word), [0] * (len(word) + 1)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - _LONGEST_PART), end):
            piece = word[start:end]
            cost = target_cost if piece in targets else costs.get(piece)
            if cost is not None and best[start] + cost < best[end]:
                best[end], back[end] = best[start] + cost, start
    if best[-1] == math.inf:
        return [word]
    parts, end = [], len(word)
    while end:
        parts.append(word[back[end]:end])
        end = back[end]
    return parts[::-1]


def _split_edit(word: str, at: int, text: str, targets: frozenset[str]) -> list[tuple[int, int, str]]:
    """Spaces put into a word run together, at `at` in text, where a target is among its parts."""
    parts = _split_words(word, targets)
    if len(parts) < 2 or not any(p in targets for p in parts) or not all(p in targets or common_word(p) for p in parts):
        return []
    if parts[-1] in ("a", "i"):
        return []  # no English phrase ends so: "idiota" is Spanish, not "idiot a"
    if word.endswith("in") and word + "g" in _word_costs():
        return []  # a word with its g dropped: "killin", not "kill in"
    out = []
    for part in parts[:-1]:
        at += len(part)
        out.append((at, at + 1, " " + text[at]))  # the space maps onto the next word's first letter
    return out


def _backwards(word: str, backwards: frozenset[str], costs: dict) -> bool:
    """A target written backwards ("toidi"); not "saggin", which is "sagging" with its g dropped."""
    return word in backwards and not (word.endswith("in") and word + "g" in costs)


def _join_edits(text: str, split: re.Pattern) -> list[tuple[int, int, str]]:
    out = []
    for m in split.finditer(text):
        space = m.group(0).index(" ") + m.start()
        out.append((space, space + 1, ""))
    return out


def edits(text: str, targets: frozenset[str]) -> list[tuple[int, int, str]]:
    """The sorted, non-overlapping (start, end, replacement) ranges that put the word breaks of the
    lower-cased `text` back where they belong, around the `targets` words."""
    doubled, backwards, halves, split, hint = _target_forms(targets)
    if not hint.search(text):
        return []  # no target, doubled spelling or split one anywhere: most comments
    costs = _word_costs()
    words = _LETTERS.findall(text)
    present = set(words)
    # "looser" is a word; "idiiot" is not (the subset test runs in C: most comments pass it)
    odd = [] if present <= costs.keys() else [w for w in present if w not in costs]
    if odd:
        odd = {w for w in odd if w in doubled or _backwards(w, backwards, costs)
               or len(w) >= 6 and w not in targets and any(t in w for t in targets)}
    split_in_two = any(not halves[head].isdisjoint(present) for head in present.intersection(halves))
    if not odd and not split_in_two:
        return []
    found = _join_edits(text, split) if split_in_two else []
    turned = any(_backwards(w, backwards, costs) for w in odd)
    for m in _LETTERS.finditer(text) if odd else ():
        word = m.group(0)
        if _backwards(word, backwards, costs) or turned and word not in costs and common_word(word[::-1]):
            found.append((m.start(), m.end(), word[::-1]))  # "kcuf uoy": the words beside it backwards too
        elif word in doubled:
            found.append((m.start() + doubled[word], m.start() + doubled[word] + 1, ""))
        elif word in odd:
            found += _split_edit(word, m.start(), text, targets)
    found.sort()
    kept, end = [], -1
    for edit in found:  # a word takes one kind of change
        if edit[0] >= end:
            kept.append(edit)
            end = edit[1]
    return kept
