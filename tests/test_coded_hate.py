"""Coded hate (moderator.coded_hate): hate symbols and catchphrases, their spans through the lexicon member,
and the decision; emoticons, hugs, years, prices, scores and talk about the codes are not it."""

import pytest

from moderator.coded_hate import find_coded_hate
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    normalized = normalize(text).text
    return [normalized[start:end] for start, end in find_coded_hate(normalized)]


@pytest.mark.parametrize("text, code", [
    ("Of course (((they))) own the media.", "(((they)))"),
    ("The ((( globalists ))) are behind this.", "((( globalists )))"),
    ("14/88", "14/88"),
    ("Good post, brother. 14 88", "14 88"),
    ("Sieg heil 1488!!", "1488"),
    ("6MWE", "6mwe"),
    ("Six million wasn't enough.", "six million wasn't enough"),
    ("oy vey the goyim know, shut it down", "the goyim know"),
    ("The happy merchant strikes again", "happy merchant"),
    ("Send them back to the ovens", "send them back to the ovens"),
    ("Another oven dodger in the newsroom.", "oven dodger"),
    ("Remove kebab", "remove kebab"),
    ("The religion of pieces did it again.", "religion of pieces"),
    ("We wuz kangz", "we wuz kangz"),
    ("Despite being 13/50.", "13/50"),
    ("Day of the rope is coming.", "day of the rope"),
    ("RAHOWA!", "rahowa"),
    ("Just join the 41% already.", "join the 41%"),
    ("the g0yim kn0w", "the goyim know"),  # read through the normalization
    ("Bring back the camps for these scroungers.", "bring back the camps"),  # session 24
    ("Time for a proper cleansing of this country.", "time for a proper cleansing of this country"),
    ("The replacement is real. They're importing millions.", "the replacement is real"),  # session 25
    ("They want to outbreed us.", "want to outbreed us"),
    ("Funny how you can guess the skin colour before you read it.", "you can guess the skin colour"),
    ("Look at the surnames of the people who run the banks.", "look at the surnames"),
    ("Jews run the banks, always have.", "jews run the"),  # the eighth and ninth lists (session 26)
    ("Another stabbing downtown, one of the joggers again.", "one of the joggers"),
    ("Saw a gang of googles outside the station.", "gang of googles"),
    ("Typical abo behaviour.", "typical abo"),
    ("The groomers on the school board want your kids.", "the groomers on the school board"),
])
def test_codes_are_found(text, code):
    assert _found(text) == [code]


@pytest.mark.parametrize("text", [
    "Sending (((hugs))) your way.",
    ":((( so sad about this",
    "(((((listen please)))))",
    "Put the turkey in the oven at 180 degrees.",
    "I paid $1488 for the flight.",
    "Call 555-1488 for tickets.",
    "That post got 1488 upvotes.",
    "Columbus was born long before the year 1488.",
    "I scored 13/50 on the quiz.",
    "He said 6 million people were affected.",
    "The merchant was happy with the deal.",
    "The triple parentheses, as in (((them))), are an antisemitic dog whistle.",  # talk about the code
    "14/88 is a neo-Nazi number, the ADL says.",
    "Pieces of the religion puzzle.",
    "Bring back the camps at the scout jamboree!",
    "Time for a purge of the junk in my garage.",
    "White genocide is a myth pushed by racists.",  # session 25's look-alikes
    "The great replacement conspiracy theory has inspired shooters.",
    "Who owns the media? Murdoch and a few billionaires.",
    "Can you guess the colour of the new kit?",
    "The replacement is due next week, said the plumber.",
    "Students found posters with \"(((globalists)))\" on campus. That's antisemitism dressed up as a meme.",
    "Another jogger was hit by a car on the coast road this morning.",  # session 26's look-alikes
    "The abolition of the committee was about time.",
])
def test_look_alikes_and_talk_about_the_codes_are_not_found(text):
    assert _found(text) == []


def test_spans_point_at_the_text_as_typed_and_the_comment_is_flagged(moderator_models):
    text = "Of course (((they))) own the media."
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "coded_hate"]
    assert [(s["text"], s["label"]) for s in spans] == [("(((they)))", "identity_attack")]
    result = moderator_models.moderate([{"id": "ch-1", "text": text}])[0]
    assert result["decision"] == "flag"
    assert "identity attack: a hate symbol or catchphrase" in result["reasons"]
    # a publisher that turns the rule off gets the scores' decision alone
    from moderator.policy import load_policy

    off = load_policy({"extends": "default", "phrases": {"flag": []}})
    assert moderator_models.moderate([{"id": "ch-1", "text": text}], policy=off)[0]["decision"] == "keep"
