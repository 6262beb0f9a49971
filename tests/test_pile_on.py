"""A pile-on called for (moderator.pile_on): many readers sent after one person; flagged by the default
policy; campaigns aimed at an office, a company or one's own representative are not it."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.pile_on import find_pile_ons


def _found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_pile_ons(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("Everyone spam the coach's inbox.", "everyone spam the coach's inbox"),
    ("Let's flood Ruiz's phone.", "let's flood ruiz's phone"),
    ("Bury his inbox.", "bury his inbox"),  # an order opening a sentence
    ("Mass report @naomifeld.", "mass report @naomifeld"),
    ("Everyone report her account until they ban her.", "everyone report her account until"),
    ("Everyone go leave one-star reviews on his bakery.", "everyone go leave one-star reviews"),
    ("Keep calling until she cries.", "keep calling until she cries"),
    ("Everyone email Paley's editor and demand he be fired.", "everyone email paley's editor and demand he be fired"),
    ("3v3ryone sp@m her inb0x", "everyone spam her inbox"),  # read through the normalization
    # session 24
    ("Spam this journalist's DMs till she deletes her account.", "spam this journalist's dms"),
    ("Ratio the journalist into oblivion boys", "ratio the journalist"),
    ("Anyone else want to pile on @KarenW?", "anyone else want to pile on @karenw"),
    ("Go and harass every shop in town that put a flag up.", "go and harass every shop"),
    ("Everyone reply to every comment @Ellie_M makes.", "everyone reply to every comment @ellie_m"),
    ("Tag his employer in every post.", "tag his employer in every"),
    ("Keep replying to him, let's drive him off this site.", "let's drive him off this site"),
    ("All of you go and give @jj the abuse he deserves.", "all of you go and give @jj the abuse"),
    ("Everyone go to the author's twitter and let her know.", "everyone go to the author's twitter and let her"),
    ("Everyone report his account and flood his DMs lads", "flood his dms"),  # a third list (session 24)
    ("Flood the pastor's voicemail, he's earned it.", "flood the pastor's voicemail"),
    ("Dogpile time. This guy thinks he's clever.", "dogpile time"),
])
def test_pile_ons_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "Everyone should email their MP about this bill.",  # readers taking part in politics
    "Flood the council's inbox with objections before Friday.",  # an office, not a person
    "We should all call our MPs until they listen.",
    "I left a one-star review for the hotel.",  # one reader's own review
    "Keep calling the bank until they answer.",
    "Please report the account if you see spam.",
    "Don't spam her inbox, she is busy.",  # negated
    "\"Flood her phone,\" the troll wrote, and was banned.",  # reported
    "They make new accounts and mass report me all day.",  # said of oneself
    "We should reply to every comment with facts.",  # session 24's look-alikes
    "Tag the council in every post about potholes.",
    "The trolls harass her daily and the site does nothing.",
    "I will not pile on him, he has had enough.",
    "Give them hell lads!",
    "Let's drive them out of the league.",
])
def test_campaigns_negations_and_reports_are_not_pile_ons(text):
    assert _found(text) == []


def test_a_pile_on_is_a_harassment_span_and_the_default_policy_flags_it(moderator_models):
    text = "Everyone spam the coach's inbox. Make it rain!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "pile_on"]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [("Everyone spam the coach's inbox", "harassment")]
    result = moderator_models.moderate([{"id": "0", "text": text}])[0]
    assert result["decision"] == "flag", result
    assert "harassment: a call to pile on someone" in result["reasons"]
