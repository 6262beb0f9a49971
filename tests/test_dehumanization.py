"""People called vermin or beasts (moderator.dehumanization), its spans through the lexicon member, and the
decision; the praise, pet names and look-alikes that share its words are not it."""

import pytest

from moderator.dehumanization import find_dehumanization
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    typed = normalize(text)
    return [typed.text[start:end] for start, end in find_dehumanization(typed.text, typed=typed)]


@pytest.mark.parametrize("text, phrase", [
    ("you are all vermin", "you are all vermin"),
    ("Whitfield is a greedy little rodent.", "whitfield is a greedy little rodent"),  # words between (session 23)
    ("Oyelaran is a spineless worm.", "oyelaran is a spineless worm"),
    ("The senator is a slimy weasel.", "the senator is a slimy weasel"),
    ("These savages should be sent back where they came from.", "these savages"),
    ("You're nothing but parasites.", "you're nothing but parasites"),
    ("shut up, you filthy animal", "you filthy animal"),
    ("you guys are just animals", "you guys are just animals"),
    ("y'all are cockroaches", "y'all are cockroaches"),
    ("u r all rats", "u r all rats"),
    ("You are a parasite on society", "you are a parasite"),
    ("you lot are a bunch of savages", "you lot are a bunch of savages"),
    ("you dirty rat", "you dirty rat"),
    ("You are subhuman", "you are subhuman"),
    ("you are all filthy animals", "you are all filthy animals"),
    ("Y0u are all v3rmin", "you are all vermin"),  # leetspeak, read through the normalization
    ("These people are cockroaches.", "these people are cockroaches"),
    ("those guys are nothing but parasites", "those guys are nothing but parasites"),
    ("People like that are subhuman", "people like that are subhuman"),
    ("He is vermin.", "he is vermin"),
    ("that man is a cockroach", "that man is a cockroach"),
    ("She's nothing but a parasite", "she's nothing but a parasite"),
    ("The mayor is a maggot.", "the mayor is a maggot"),  # someone named by office
    ("Our prime minister is nothing but a leech", "our prime minister is nothing but a leech"),
    ("Trump is vermin.", "trump is vermin"),  # a name, read as typed
    ("I think Justin Trudeau is a parasite", "justin trudeau is a parasite"),
    ("Honestly, Pelosi is nothing but a leech.", "pelosi is nothing but a leech"),
    ("@USER Ezra is a cockroach", "ezra is a cockroach"),
    ("These people breed like cockroaches.", "these people breed like cockroaches"),  # likened
    ("Those guys are just like rats", "those guys are just like rats"),
    ("Another Roma family on benefits. Parasites, the lot of them.", "parasites, the lot of them"),  # session 25
    ("Scum, every last one of them.", "scum, every last one of them"),
])
def test_people_called_vermin_or_beasts_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "you are not vermin",  # negated
    "He is a worm farmer.",  # the noun names something else
    "Smith is a leading slug researcher.",
    "Lying is a can of worms.",  # an idiom
    "These animals need protection from poachers.",  # may be animals
    "The book calls them noble savages, a myth the author takes apart.",
    "are you all animals?",  # questioned
    "you're an animal in the gym bro",  # praise: singular beasts do not count
    "you beast!",
    "you guys are animals lol what a workout",  # plural beasts only after "all", "just", "nothing but"
    "you dirty dog you, congrats on the win",
    "you are all animal lovers",
    "you are all animals lovers",
    "you are all animal rights activists",
    "you are like rats in a maze, says the study",
    "the rats in the subway are huge, did you see them",
    "you pig out on pizza every friday",
    "thank you all for the parasites article",
    "you are all welcome",
    "Raccoons are cute, but they are pests",  # a bare "they" may be animals
    "rats are vermin, the city says",
    "those guys are animals, lock them up",  # beasts said of people pointed at: left to the scores
    "these people are not vermin",
    "are these people parasites?",
    "you're such a pest, stop it",  # a nuisance, not vermin: a pest counts only in the plural
    "he's a pest",
    "she is a parasite expert at the university",
    "he studies cockroaches",
    "the house is a cockroach nest",  # a noun before "is" is not taken for a person
    "a tick is a parasite that feeds on blood",
    "the mayor is not a parasite, whatever you think",
    "the mayor is a pest control expert",
    "Dr. Okafor is a parasite researcher at the university",
    "Government is a parasite on the economy",  # capitalized as the sentence opens, and no name
    "Capitalism is a parasite",
    "Well. Capitalism is a parasite",  # a sentence ends before it: no two-word name
    "Mistletoe is a parasite that grows on oaks",
    "I think trump is a parasite",  # lower case: a card game's word as much as a name
    "Trump is not vermin",
    "Is Trudeau a parasite?",
    "Animals are lovely, all of them.",  # session 25
])
def test_praise_pet_names_and_look_alikes_are_not_found(text):
    assert _found(text) == []


def test_span_and_decision(moderator_models):
    """Scored mild by the models (toxicity ~0.2), flagged with the reason by the default policy."""
    text = "Great article. As for the rest of you, you are all vermin."
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "dehumanization"]
    assert [(s["text"], s["label"]) for s in spans] == [("you are all vermin", "harassment")]
    result = moderator_models.moderate([{"id": "dh-1", "text": text}])[0]
    assert result["decision"] == "flag"
    assert "harassment: people called vermin or beasts" in result["reasons"]


def test_a_name_is_marked_as_typed_and_flagged(moderator_models):
    """A named person called vermin (kept on its scores, toxicity ~0.45): the span points at the name as
    typed, and the comment waits for a moderator."""
    text = "Good reporting. Honestly, Trump is vermin."
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "dehumanization"]
    assert [(s["text"], s["label"]) for s in spans] == [("Trump is vermin", "harassment")]
    result = moderator_models.moderate([{"id": "dh-2", "text": text}])[0]
    assert result["decision"] == "flag"
    assert "harassment: people called vermin or beasts" in result["reasons"]
