"""Exclusion of a group (moderator.exclusion), its spans through the lexicon member, and the decision."""

import pytest

from moderator.exclusion import find_exclusions
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_exclusions(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("Go back to where you came from.", "go back to where you came from"),
    ("If you don't like it, go back to your own country", "go back to your own country"),
    ("Send them all back to Africa", "send them all back to africa"),
    ("People like you should not be allowed to breed.", "people like you should not be allowed to breed"),
    ("Your kind shouldn't exist", "your kind shouldn't exist"),
    ("Women like her belong in the kitchen, not in parliament.", "women like her belong in the kitchen"),
    ("Women shouldn't be allowed to vote.", "women shouldn't be allowed to vote"),
    ("Gay people should not exist", "gay people should not exist"),
    ("Women belong in the kitchen, period.", "women belong in the kitchen"),
    ("Deport all the Muslims now", "deport all the muslims"),
    ("Muslims should be deported", "muslims should be deported"),
    ("The Jews control the media", "jews control the media"),
    ("Zionists run the world", "zionists run the world"),
    ("Muslims can never be real Canadians.", "muslims can never be real canadians"),
    ("Jews are not true Americans", "jews are not true americans"),
    ("Muslims don't belong in this country", "muslims don't belong in this country"),
    ("Get out of our country!", "get out of our country"),
    ("You people don't belong in this country.", "you people don't belong in this country"),
    ("Deport all Muslims, I said.", "deport all muslims"),  # the writer's own words
    ("Chinese people should be banned from buying homes.", "chinese people should be banned"),  # by adjective
    ("Send them home, we don't want their kind here.", "don't want their kind here"),
    ("They should all be put back on the boats.", "be put back on the boats"),  # session 25
    ("Women shouldn't be allowed to referee men's football.", "women shouldn't be allowed to referee"),
    ("Lesbians shouldnt be allowed anywhere near kids.", "lesbians shouldnt be allowed anywhere near kids"),
    ("Women shouldn't be allowed on juries.", "women shouldn't be allowed on juries"),  # session 26
    # session 28: the condition's "don't" negates nothing after it; a group barred from a role
    ("If you don't like this country go back where you came from.", "go back where you came from"),
    ("Muslims should be barred from standing for parliament.", "muslims should be barred from standing"),
])
def test_exclusions_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "I would never tell anyone to go back where they came from.",  # negated
    "People like you should not be allowed to drive after three beers.",  # a right no one has
    "Women like her belong in parliament.",
    "She was told to go back where she came from, and she reported it.",  # a report
    "I want to go back to my country next summer.",  # the writer's own country
    "Illegal immigrants should be deported, the minister said.",  # legal status: a policy question
    "Foreigners can't vote in the U.S. election.",  # a statement of law
    "Conservatives should not be allowed to vote on this bill.",  # a political group
    "Women should be allowed to vote, and they are.",
    "No one says Muslims can never be real Canadians.",  # negated
    "Muslims belong here as much as anyone.",
    "Women don't belong in the kitchen, they belong wherever they want.",
    "Great article, thanks.",
    "Companies get out of this country because of the taxes.",  # not an order
    "I told him to get out of my country, the man said.",  # a report
    "You don't belong here, this forum is for cyclists.",  # off topic, not a country
    "Go back to your own country, the protesters were told.",  # reported after it
    "'Go back to where you came from' - said to a man born in Bradford.",  # reported after a dash (session 24)
    "\"Go back where you came from,\" he said.",
    "We don't want that kind of behaviour here.",  # conduct, not people
    "My friend was told to \"go back to your country\" at the supermarket.",  # words she heard, quoted
    "I hear 'go back to where you came from' and I want to say: he came from Toronto.",
    "The idea that Jews control the media is an old conspiracy theory.",  # named a conspiracy theory
    "Chinese people should be allowed to buy homes.",
    "Put the boats back on the trailer.",  # session 25's look-alikes
    "The fishermen were sent back on the boats at dawn.",
    "Teachers shouldn't be allowed near kids without a check.",
    "I don't like it when people say go back where you came from.",  # session 28's look-alikes
    "Women should not be barred from standing for parliament.",
    "Drunk drivers should be barred from driving for life.",
])
def test_reports_policy_questions_and_negations_are_not_exclusions(text):
    assert _found(text) == []


def test_disguised_exclusions_are_read_through_the_normalization():
    assert _found("W0men sh0uldn't be all0wed t0 v0te") == ["women shouldn't be allowed to vote"]


def test_exclusion_spans_point_at_the_text_as_typed():
    text = "Honestly. G0 back t\u200bo where you came from!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "exclusion"]
    assert len(spans) == 1
    span = spans[0]
    assert text[span["start"] : span["end"]] == span["text"] == "G0 back t\u200bo where you came from"
    assert span["label"] == "identity_attack"
    assert span["reason"] == "identity attack: exclusion of a group"


def test_exclusions_are_flagged_and_a_policy_can_turn_them_off(moderator_models):
    from moderator.policy import load_policy

    texts = ["Women shouldn't be allowed to vote.", "Go back to where you came from.",
             "Women should be allowed to vote, and they are."]
    results = moderator_models.moderate([{"id": str(i), "text": t} for i, t in enumerate(texts)])
    for result, text in zip(results[:2], texts):
        assert result["decision"] == "flag", result
        assert "identity attack: exclusion of a group" in result["reasons"], result
        assert [s["text"] for s in result["spans"] if s["label"] == "identity_attack"] == [text.rstrip(".")]
    assert results[2]["decision"] == "keep", results[2]
    off = load_policy({"extends": "default", "phrases": {"flag": ["threat", "accusation"]}})
    assert moderator_models.moderate([{"id": "0", "text": texts[0]}], policy=off)[0]["decision"] == "keep"


@pytest.mark.parametrize("text", [
    "We will go back to Africa next year for a safari.",  # a plan of the writer's own
    "My parents go back to their country every summer.",  # a habit
    "After the course they go back to their countries to teach.",
    "Buy here, then go back to China, thus becoming non-residents.",
])
def test_going_back_is_an_exclusion_only_as_an_order(text):
    assert _found(text) == []
