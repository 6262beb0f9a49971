"""Sexual harassment in stock phrases (moderator.sexual_harassment), its spans through the lexicon member,
and the decision; look-alike sentences about legs, shows, sandwiches and kitchens are not it."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.sexual_harassment import find_sexual_harassment


def _found(text: str) -> bool:
    return bool(find_sexual_harassment(normalize(text).text))


@pytest.mark.parametrize("text", [
    "Keep your legs closed next time.",
    "She should have kept her legs shut.",
    "send nudes",
    "Send me ur nudes lol",
    "Show us your tits, sweetheart.",
    "sit on my face",
    "I'd hit that.",
    "id bang her",
    "Get back in the kitchen where you belong.",
    "Make me a sandwich.",
    "You'd be prettier if you smiled.",
    "Open your legs for the boss, that's how you got the job.",
    "k33p y0ur l3gs cl0sed",  # read through the normalization
    "suck my d1ck",
    "You can lick my balls, reporter.",
    "I'd love to see you without the blouse.",  # a development list of news comments, session 23
    "I'd like to show her what a real man can do.",
    "Send me some pictures, darling.",
    "She only got this job because she slept with the editor.",
    "She slept her way to the top.",
])
def test_stock_phrases_are_found(text):
    assert _found(text)


@pytest.mark.parametrize("text", [
    "I'd hit that ball out of the park if I could.",
    "I would do it again tomorrow.",
    "I'd ride that bike every day.",
    "The show starts at nine.",
    "Flash floods hit the valley.",
    "Put the sandwich in the kitchen.",
    "My legs were sore after the run.",
    "I'd never tell anyone to get back in the kitchen.",  # negated
    "She said the senator told her to get back in the kitchen.",  # reported
    "Show us your tits, said the troll; I reported him.",  # reported after the words
    "They'd be prettier if they repainted the bridge.",
    "I'll go home and lick my wounds.",
    "These meetings suck my energy dry.",
    "I would love to see you without the cast soon, get well!",
    "Send me some pictures of the flood, please.",
    "He slept with the editor of his novel open on his chest.",
])
def test_look_alikes_negations_and_reports_are_not_found(text):
    assert not _found(text)


def test_spans_point_at_the_text_as_typed(moderator_models):
    text = "Nice story. K33p your l3gs closed next time!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "sexual_harassment"]
    assert [(s["text"], s["label"]) for s in spans] == [("K33p your l3gs closed", "harassment")]
    result = moderator_models.moderate([{"id": "sh-1", "text": text}])[0]
    assert result["decision"] == "flag"
    assert "harassment: sexual remarks aimed at a person" in result["reasons"]
