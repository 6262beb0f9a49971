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
    # a second held-out list (session 24)
    "The weather girl can forecast in my bedroom any time ;)",
    "Wouldn't mind bending that MP over the despatch box if you know what I mean.",  # "wouldn't mind" is a yes
    "Forget the article, look at the reporter's ass in the video.",
    "Bet the female ref gets on her knees for the managers, how else did she get the job.",
    "She only got promoted cause she slept with the whole board.",
    "@KarenW you sound frigid, what you need is a good seeing to.",
    "What a pair on the new presenter.",
    "I'd smash the defendant's wife.",
    "Female pundits are eye candy, I'd ruin her.",
    "All that anger, sounds like you haven't been laid in years.",
    "Look at the mouth on that singer, built for one thing only.",
    "DM me and I'll show you what a real man's like.",
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
    "He bent over backwards to help the council.",  # session 24's look-alikes
    "I'd ruin her career if I published that.",
    "Look at the player's legs after that tackle.",
    "This car is built for one thing: speed.",
    "She went on her knees for the coach to pray.",
    "The steak needs a good pounding before it goes on the grill.",
    "What a pair on the bench, both of them injured again.",
    "I don't want to look at her ass, thanks.",  # negated
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
