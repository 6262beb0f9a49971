"""Stock put-downs (moderator.put_downs): the idioms that insult a person's mind, worth or looks without an
insult word, flagged by the default policy; the same words said of a thing, of oneself, negated or reported
are not."""

import pytest

from moderator.put_downs import find_put_downs
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    """The put-downs' spans: their own words, without the subject, articles and intensifiers before them."""
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_put_downs(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("@TomH you're a complete waste of oxygen mate, genuinely", "waste of oxygen"),
    ("You're just a waste of space.", "waste of space"),
    ("I'd explain it to you @KarenW but I left my crayons at home", "left my crayons"),
    ("Clearly working with a brain the size of a pea.", "brain the size of a pea"),
    ("@patriot1776 your parents must be so disappointed in how you turned out", "your parents must be so disappointed"),
    ("You typed a whole paragraph without a single working brain cell involved.", "without a single working brain cell"),
    ("The writer is a talentless hack.", "talentless hack"),
    ("He is an embarrassment to the human race.", "embarrassment to the human race"),
    ("The senator has two brain cells and both are fighting.", "two brain cells"),
    ("Room temperature IQ take as usual.", "room temperature iq"),
    ("Not the sharpest tool in the shed, is he?", "not the sharpest tool in the shed"),
    ("She's a few sandwiches short of a picnic.", "few sandwiches short of a picnic"),
    ("He is as dumb as a bag of hammers.", "dumb"),  # the adjective, as annotators mark it
    ("Go crawl back under your rock.", "crawl back under your rock"),
    ("She's got a face for radio.", "face for radio"),
    ("Wh4t a w@ste of 0xygen", "waste of oxygen"),  # read through the normalization
])
def test_put_downs_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "The stadium was a waste of space and money.",  # a thing
    "What a waste of air conditioning.",
    "I have a face for radio, which is why I write.",  # oneself
    "I'm so ugly in the morning I have a face that only a mother could love.",
    "He is not a waste of space, he works hard.",  # negated
    "\"You're a waste of oxygen,\" he told her, and was banned.",  # reported
    "The lights are on in the stadium tonight.",
    "The rock band played two sets.",
    "Brain cells regenerate slower than we thought.",
])
def test_things_oneself_and_negations_are_not_put_downs(text):
    assert _found(text) == []


def test_a_put_down_is_an_insult_span_and_the_default_policy_flags_it(moderator_models):
    text = "@TomH you're a complete waste of oxygen mate, genuinely"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "put_down"]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [("waste of oxygen", "insult")]
    result = moderator_models.moderate([{"id": "0", "text": text}])[0]
    assert result["decision"] == "flag", result
    assert "insult: a stock put-down" in result["reasons"]
