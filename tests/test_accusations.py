"""Accusations of grave crimes (moderator.accusations), their spans through the lexicon member, the decision."""

import pytest

from moderator.accusations import find_accusations
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_accusations(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("Antony looks like a pedophile in kindergarten", "antony looks like a pedophile"),
    ("He's a rapist and everyone knows it", "he's a rapist"),
    ("you are a murderer", "you are a murderer"),
    ("@kelly90 is a creepy predator", "@kelly90 is a creepy predator"),
    ("Blinken was a child molester", "blinken was a child molester"),
])
def test_accusations_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "The court convicted the rapist yesterday.",  # a report of a verdict
    "He is not a murderer, the jury said.",  # negated
    "Prosecutors say he is an alleged rapist",  # a report of an accusation
    "Who is the murderer? Read chapter 12.",  # a question, no one accused
    "There is a predator loose in the park",  # a dummy subject
    "If I were a sex offender I would move there",  # the first person
    "The senator is hiding sex offenders in his staff",  # not what he is
    "Great article, thanks.",
    "Trump said that Mexicans were rapists.",  # a group, and reported: no person accused
    "Muslims are murderers",  # a group named by identity: a stereotype (moderator.stereotypes)
])
def test_reports_questions_and_negations_are_not_accusations(text):
    assert _found(text) == []


def test_disguised_accusations_are_read_through_the_normalization():
    assert _found("Ant0ny l00ks like a p3d0phile") == ["antony looks like a pedophile"]


def test_accusation_spans_point_at_the_text_as_typed():
    text = "Honestly, Ant0ny l\u200books like a p3d0phile."
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "accusation"]
    assert len(spans) == 1
    span = spans[0]
    assert text[span["start"] : span["end"]] == span["text"] == "Ant0ny l\u200books like a p3d0phile"
    assert span["label"] == "harassment"
    assert span["reason"] == "accusation: calls someone a sex offender or a murderer"


def test_accusations_are_flagged_with_their_phrase_and_reports_are_kept(moderator_models):
    article = "Secretary of State Antony Blinken met Sergei Lavrov in Reykjavik on Wednesday."
    texts = ["Antony looks like a pedophile in kindergarten \u2013 all happy and excited.",
             "The court convicted the rapist yesterday."]
    results = moderator_models.moderate([{"id": str(i), "text": t, "article": article}
                                         for i, t in enumerate(texts)])
    accused = results[0]
    assert accused["decision"] == "flag", accused
    assert "accusation: calls someone a sex offender or a murderer" in accused["reasons"], accused
    assert "Antony looks like a pedophile" in [s["text"] for s in accused["spans"]], accused
    assert results[1]["decision"] == "keep", results[1]
    from moderator.policy import load_policy

    off = load_policy({"extends": "default", "phrases": {"flag": ["threat"]}})
    assert moderator_models.moderate([{"id": "0", "text": texts[0], "article": article}],
                                     policy=off)[0]["decision"] == "keep"
