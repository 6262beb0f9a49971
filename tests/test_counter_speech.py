"""A group defended (moderator.counter_speech): found in the text, and held below the flag thresholds when
the comment says nothing else."""

import pytest

from moderator.counter_speech import defends_groups_only, find_group_defenses
from moderator.normalize import normalize

DEFENCES = [
    "Muslims are not terrorists.",
    "Muslims aren't terrorists!",
    "Not all Muslims are terrorists.",
    "Immigrants are not criminals.",
    "Gay men are not pedophiles.",
    "Immigrants are people too.",
    "Immigrants are people, not criminals.",
    "Gay people are human beings.",
    "Black people are our neighbours.",
    "Women are equal to men.",
    "Refugees are welcome here.",
    "Muslims belong here.",
    "Arabs are people like us.",
    "Women are women.",
    "Trans women are women.",
    "Black lives matter.",
    "Trans rights are human rights.",
    "Muslims are people too. Period.",
    "Calling all Muslims terrorists is wrong.",  # a stereotype named and condemned
    "Muslims are wonderful neighbours.",  # praise before the word for people
    "Refugees are not invaders, they are people too.",  # going on about the group as "they"
    "Black lives matter. End of story.",
]


@pytest.mark.parametrize("text", DEFENCES)
def test_a_comment_that_only_defends_a_group_is_counter_speech(text):
    assert defends_groups_only(text)


@pytest.mark.parametrize("text", [
    "Muslims are terrorists.",  # the attack itself
    "Trans women are men.",
    "Black people are not people.",  # humanity denied, not affirmed
    "Jews are not welcome here.",
    "Women are women, and they belong in the kitchen.",  # a defence with more said after it
    "Muslims are not terrorists, they are animals.",
    "Muslims are people too but they carry a medieval mindset.",
    "Faggots are people too.",  # a group named by a slur is not defended
    "White lives matter.",  # a white-supremacist slogan
    "Immigrants are people who should go home.",
    "Muslims are not terrorists. " * 20,  # too long to be only a defence
    "Calling Muslims terrorists is what I do.",
    "Calling women whores is fine.",
    "Muslims are great terrorists.",
    "Muslims are people too. NOT.",  # taken back
])
def test_anything_else_is_not(text):
    assert not defends_groups_only(text)


def test_the_defence_is_found_inside_a_longer_comment():
    norm = normalize("Of course Black lives matter. So do native peoples.").text
    assert [norm[a:b] for a, b in find_group_defenses(norm)] == ["black lives matter"]


def test_defences_are_kept_while_the_attacks_they_answer_are_flagged(moderator_models):
    """The shipped models score "Muslims are not terrorists." about as high as the attack it answers (0.86
    against 0.87 before this rule); the defence is now kept with every score at most 0.2."""
    defences = ["Muslims are not terrorists.", "Immigrants are people.", "Black lives matter.", "Women are women."]
    attacks = ["Muslims are terrorists.", "Immigrants are criminals."]
    results = moderator_models.moderate([{"id": str(i), "text": t} for i, t in enumerate(defences + attacks)])
    for result in results[: len(defences)]:
        assert result["decision"] == "keep", result
        assert max(result["scores"].values()) <= 0.2, result
    for result in results[len(defences):]:
        assert result["decision"] == "flag", result
        assert result["scores"]["toxicity"] >= 0.5, result
