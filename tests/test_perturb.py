"""moderator.perturb: deterministic disguises that moderator.normalize undoes, with gold offsets that follow."""

import csv
import json
import re

import pytest

from moderator.datapaths import data_dir
from moderator.lexicon import Lexicon
from moderator.normalize import normalize
from moderator.perturb import KINDS, Perturbed, map_spans, perturb

TEXT = "You are a stupid idiot and your ideas are pathetic garbage, you moron."


@pytest.fixture(scope="module")
def lexicon():
    root = data_dir()
    if root is None or not (root / "train" / "lexicons").is_dir():
        pytest.skip("needs the datasets (MODERATOR_DATA or ../shared/data) to build the lexicon")
    return Lexicon.build(root / "train" / "lexicons")


def test_same_seed_same_text_different_seed_differs():
    a = perturb(TEXT, seed=1, offensive_rate=1.0, other_rate=0.5)
    assert a == perturb(TEXT, seed=1, offensive_rate=1.0, other_rate=0.5)
    assert a.text != TEXT
    others = {perturb(TEXT, seed=s, offensive_rate=1.0, other_rate=0.5).text for s in range(2, 8)}
    assert len(others | {a.text}) > 1
    assert perturb(TEXT, seed="eval").text == perturb(TEXT, seed="eval").text


CHECKS = {
    "leet": lambda w: re.search(r"[0-9@$!]", w),
    "mask": lambda w: re.search(r"[*#%_-]", w),
    "spacing": lambda w: re.fullmatch(r"(?:[A-Za-z][ .\-])+[A-Za-z]", w),
    "homoglyph": lambda w: not w.isascii() and all(c.isalpha() for c in w),
    "zero_width": lambda w: any(c in w for c in "\u200b\u200c\u200d\u2060\ufeff"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_disguise_is_undone_by_normalize(kind):
    text = "Those idiots are stupid morons and total losers."
    p = perturb(text, seed=3, kinds=(kind,), offensive_rate=1.0, other_rate=0.0)
    assert p.changed and all(k == kind for _, _, k in p.changed)
    for start, end, _ in p.changed:
        new = [j for j, o in enumerate(p.offsets) if start <= o < end]
        disguised = p.text[new[0]:new[-1] + 1]
        assert CHECKS[kind](disguised), (kind, disguised)
    assert normalize(p.text).text == normalize(text).text


def test_offsets_and_map_spans_follow_the_text():
    p = perturb(TEXT, seed=5, offensive_rate=1.0, other_rate=0.3)
    assert isinstance(p, Perturbed) and len(p.offsets) == len(p.text)
    assert list(p.offsets) == sorted(p.offsets)
    for word in ("stupid", "idiot", "moron"):
        start = TEXT.index(word)
        gold = list(range(start, start + len(word)))
        moved = map_spans(gold, p)
        piece = p.text[moved[0]:moved[-1] + 1]
        assert moved == list(range(moved[0], moved[-1] + 1))  # still one contiguous span
        assert normalize(piece).text.replace(" ", "") == word or "*" in piece
    # untouched characters keep their identity
    for j, o in enumerate(p.offsets):
        if p.text[j] == TEXT[o]:
            continue
        assert any(s <= o < e for s, e, _ in p.changed)


def test_bad_input():
    with pytest.raises(TypeError):
        perturb(None, 1)
    with pytest.raises(ValueError, match="kinds"):
        perturb("text", 1, kinds=("rot13",))
    assert perturb("", 1).text == ""
    assert map_spans([], perturb("abc", 1)) == []


def test_lexicon_words_are_favoured_and_recovered(lexicon):
    text = "Shut up you fucking idiot, the council meeting starts at noon."
    p = perturb(text, seed=11, lexicon=lexicon, offensive_rate=1.0, other_rate=0.0)
    changed = {text[s:e] for s, e, _ in p.changed}
    assert {"fucking", "idiot"} <= changed and "council" not in changed
    before = {(m.term, m.use) for m in lexicon.find(text)}
    after = {(m.term, m.use) for m in lexicon.find(p.text)}
    assert before == after
    for m in lexicon.find(p.text):
        assert p.text[m.start:m.end] == m.text


def test_round_trip_on_real_comments(lexicon):
    root = data_dir()
    path = root / "train" / "civil_comments_spans" / "tsd_train.csv"
    if not path.exists():
        pytest.skip("needs the toxic spans training file")
    with path.open(newline="", encoding="utf-8") as f:
        rows = [row for _, row in zip(range(400), csv.DictReader(f))]
    same = recovered = total = 0
    for row in rows:
        text = row["text"]
        p = perturb(text, seed="test", lexicon=lexicon)
        same += normalize(p.text).text == normalize(text).text
        before = {(m.term, m.use) for m in lexicon.find(text)}
        total += len(before)
        recovered += len(before & {(m.term, m.use) for m in lexicon.find(p.text)})
        gold = json.loads(row["spans"])
        moved = map_spans(gold, p)
        assert [p.offsets[j] for j in moved] == sorted(o for o in gold for _ in range(p.offsets.count(o)))
    assert same / len(rows) >= 0.85
    assert recovered / total >= 0.97
