"""moderator.word_breaks: word breaks moved to hide abuse are put back, and only there."""

import pytest

from moderator.normalize import BREAK_TARGETS
from moderator.word_breaks import edits


def apply(text: str) -> str:
    out, prev = [], 0
    for start, end, new in edits(text, BREAK_TARGETS):
        out += [text[prev:start], new]
        prev = end
    return "".join(out) + text[prev:]


@pytest.mark.parametrize("typed, expected", [
    # words run together around a swear word, slur or insult
    ("youareanidiot", "you are an idiot"),
    ("shutthefuckup", "shut the fuck up"),
    ("gofuckyourself", "go fuck yourself"),
    ("fuckingidiot", "fucking idiot"),
    ("youstupidbitch", "you stupid bitch"),
    ("sonofabitch", "son of a bitch"),
    ("fagshit", "fag shit"),  # the target is preferred: not "fags hit"
    # a word split in two where a part is no common word
    ("nig ger", "nigger"),
    ("fu ck off", "fuck off"),
    ("id iot", "idiot"),
    ("as shole", "asshole"),
    ("ass hole", "asshole"),  # the same word either way
    # a doubled letter
    ("idiiot", "idiot"),
    ("fuckk you", "fuck you"),
    ("loosers", "losers"),
    # a word written backwards, and the unlisted words beside it
    ("kcuf uoy", "fuck you"),
    ("what a toidi", "what a idiot"),
    ("reggin", "nigger"),
])
def test_hidden_word_breaks_are_put_back(typed, expected):
    assert apply(typed) == expected


@pytest.mark.parametrize("text", [
    "scunthorpe", "cocktail", "classassignment", "assassination", "dickens",  # words of their own
    "hellomynameis",  # run together, but nothing to hide
    "killallmuslims",  # no target among the parts: left to the other rules
    "fucken", "slutty", "dumbing", "idiotness",  # a part that is a suffix or no word
    "idiota", "stupido",  # words of other languages
    "cuntbollock",  # "bol" is no common word
    "kneejerk", "sternhell", "damnit",  # mild words are no targets
    "god damn", "who re-entered", "who re elected", "the pen is",  # two words of their own
    "looser", "fool", "hello",  # a doubled letter that belongs there
    "live evil", "eros and sore", "gaf",  # words backwards that are words, or short
    "saggin pants",  # "sagging" with its g dropped, not a word backwards
    "",
])
def test_words_and_compounds_stay(text):
    assert edits(text, BREAK_TARGETS) == []


def test_edits_are_sorted_and_do_not_overlap():
    found = edits("youareanidiot and a nig ger, fuckk that idiiot", BREAK_TARGETS)
    assert found == sorted(found)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:]))
    assert apply("youareanidiot and a nig ger, fuckk that idiiot") == "you are an idiot and a nigger, fuck that idiot"


@pytest.mark.parametrize("text, span, label", [
    ("lol youareanidiot", "idiot", "insult"),
    ("what a nig ger", "nig ger", "slur"),
])
def test_the_shipped_models_decide_on_the_hidden_word_and_point_at_it_as_typed(moderator_models, text, span, label):
    result = moderator_models.moderate([{"id": "1", "text": text}])[0]
    assert result["decision"] != "keep"
    assert any(s["label"] == label and text[s["start"]:s["end"]] == span == s["text"] for s in result["spans"])
