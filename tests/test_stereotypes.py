"""A group stereotyped (moderator.stereotypes), its spans through the lexicon member, and the decision."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.stereotypes import find_stereotypes


def _found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_stereotypes(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("Jews are greedy.", "jews are greedy"),
    ("Women are too emotional to lead.", "women are too emotional to lead"),
    ("Black people are lazy, everyone knows it", "black people are lazy"),
    ("Mexicans are animals", "mexicans are animals"),
    ("These Muslims are all terrorists", "these muslims are all terrorists"),
    ("Most women are bad at math.", "most women are bad at math"),
    ("Trans people are mentally ill.", "trans people are mentally ill"),
    ("Gay people are disgusting", "gay people are disgusting"),
    ("Women are the problem with this country.", "women are the problem"),
    ("Muslims are a fifth column.", "muslims are a fifth column"),
    ("Jews are a threat to our way of life", "jews are a threat to our way of life"),
    ("You people are animals.", "you people are animals"),  # the readers singled out as a group
    ("Gay men are groomers", "gay men are groomers"),  # a group accused of a crime
    ("Mexicans breed like rabbits", "mexicans breed like rabbits"),  # likened to vermin
    ("Jews are greedy, I said it and I mean it", "jews are greedy"),  # the writer's own words
    ("Typical Jew banker behaviour.", "typical jew banker behaviour"),  # conduct put down to the group
    ("typical Muslim tactics again", "typical muslim tactics"),
    ("Muslims are just like rats.", "muslims are just like rats"),
    ("You people are like cockroaches", "you people are like cockroaches"),
    ("Disabled people are a waste of resources.", "disabled people are a waste of resources"),  # a burden
    ("Disabled people are a drain on society.", "disabled people are a drain on society"),
    ("Mexicans are an infestation.", "mexicans are an infestation"),
    ("Indigenous people are drunks.", "indigenous people are drunks"),
    ("Roma are thieves.", "roma are thieves"),
    ("Somalis are pirates and leeches.", "somalis are pirates and leeches"),  # the trait second in a list
    # a habit pinned on a group by its verb, where they are between, the people named by how they came (session 24)
    ("Gypsies steal, thats not racism its statistics.", "gypsies steal"),
    ("Indians cheat in every business deal.", "indians cheat"),
    ("Jews only ever care about money.", "jews only ever care about money"),
    ("Women in politics are too emotional.", "women in politics are too emotional"),
    ("Catholic priests are all nonces.", "catholic priests are all nonces"),
    ("Asylum seekers are cockroaches.", "asylum seekers are cockroaches"),
    ("Mexicans are an invasive species.", "mexicans are an invasive species"),  # session 25
    ("Disabled people are a drain on the rest of us.", "disabled people are a drain on the rest of us"),
    ("The gays are grooming our kids in schools.", "the gays are grooming our kids"),
    ("Africans simply don't have the capacity to run a country.", "africans simply don't have the capacity to"),
    ("Muslims aren't compatible with civilisation.", "muslims aren't compatible with civilisation"),
    ("Travellers are vermin.", "travellers are vermin"),
    ("These Eastern Europeans are a plague on the building trade.", "these eastern europeans are a plague"),
    ("Honestly Africans just aren't capable of running a country.", "africans just aren't capable of running a country"),
    ("Bisexuals are greedy and can't be trusted.", "bisexuals are greedy and can't be trusted"),
    ("Every Roma family I've met is a pack of thieves. It's in their blood.",
     "roma family i've met is a pack of thieves. it's in their blood"),
    ("Autistic people are basically robots without feelings.", "autistic people are basically robots"),
    ("Polish workers are like rats, twenty to a house.", "polish workers are like rats"),
    ("Africans have lower intelligence, that's just science.", "africans have lower intelligence"),
    ("Atheists have no morals whatsoever.", "atheists have no morals"),
    ("Gay teachers are grooming kids, everybody knows it.", "gay teachers are grooming kids"),
    ("Somalis are just not capable of running anything.", "somalis are just not capable of running"),  # session 26
    ("Gypsies are a thieving breed.", "gypsies are a thieving breed"),
    # session 28: a group as the pests that infest a place
    ("The council let an infestation of migrants into the old hotel.", "an infestation of migrants"),
    ("The whole town is crawling with Romanians now.", "crawling with romanians"),
    ("Our schools are infested with these Muslims.", "infested with these muslims"),
])
def test_stereotypes_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "Women are underrepresented in engineering.",  # a fact about a group, no demeaning trait
    "Muslims are the fastest growing religion.",
    "Immigrants are the backbone of our economy.",
    "Not all Muslims are terrorists.",  # negated
    "I don't think women are too emotional to lead.",
    "Some Muslims are terrorists, most are not.",  # a part of the group, not all of it
    "The myth that women are bad at math is harmful.",  # named a myth
    "Saying Jews are greedy is antisemitic.",  # reported, and judged
    "\"Jews are greedy\" is an antisemitic trope.",
    "Would you say all Muslims are terrorists?",  # a question
    "Muslims are a threat to our country, they say, but the data shows otherwise.",  # reported
    "\"Jews are greedy,\" the man shouted at the rally.",  # reported after the words, as exclusions are
    "Chest tattoos on women are trash.",  # the group is not the subject
    "Illegal immigrants are criminals.",  # legal status: a policy argument
    "Liberals are idiots.",  # a political group: an insult the scores read
    "Women are problem solvers by training.",
    "Great article, thanks.",
    "You people are right about the budget.",
    "People are animals when they are hungry.",  # no group singled out
    "Jews are like everyone else.",  # likened, but to no vermin
    "Not all Muslims are like that.",
    "Some say Mexicans breed like rabbits.",  # reported
    "Mexicans breed like rabbits, which is a racist trope.",  # judged after it
    "Rabbits breed like rabbits.",
    "That was typical teenager behaviour.",  # no group named by identity
    "Not typical Jewish behaviour at all, the rabbi said.",
    "Disabled people are not a burden on society.",  # negated
    "Immigrants are hardworking and not criminals.",
    "Roma are top of the league.",
    "Being told 'you people are all criminals' by a police officer stays with you.",  # reported
    "Muslims steal the show at the awards.",  # session 24's look-alikes
    "Not all gypsies steal, obviously.",
    "Illegal immigrants are criminals under the act.",  # a legal status
    "Immigrants are hard working.",
    "Women in prison are a disaster for the system to house.",
    "Travellers are advised to check their flights.",  # session 25's look-alikes
    "Grey squirrels are an invasive species.",
    "Women don't have the same access to capital.",
    "Muslims aren't compatible with the caricature the tabloids paint.",
    "Bisexuals are underrepresented in the survey.",
    "Football is in their blood, the whole family plays.",
    "Polish workers are in demand on building sites.",
    "The beach was crawling with tourists and the bins were infested with rats.",  # session 28's look-alikes
    "The cathedral was full of Catholics for Easter.",
    "Calling migrants a swarm is dehumanising.",
    "Nobody should call refugees an infestation of anything.",
])
def test_facts_negations_reports_and_questions_are_not_stereotypes(text):
    assert _found(text) == []


def test_disguised_stereotypes_are_read_through_the_normalization():
    assert _found("J3ws are gr33dy") == ["jews are greedy"]
    assert _found("W o m e n are dumb") == ["women are dumb"]


def test_stereotype_spans_point_at_the_text_as_typed():
    text = "Honestly? B l a c k people are l@zy!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "stereotype"]
    assert len(spans) == 1
    span = spans[0]
    assert text[span["start"] : span["end"]] == span["text"] == "B l a c k people are l@zy"
    assert span["label"] == "identity_attack"
    assert span["reason"] == "identity attack: a group stereotyped"


def test_stereotypes_are_flagged_and_a_policy_can_turn_them_off(moderator_models):
    from moderator.policy import load_policy

    texts = ["Women are too emotional to lead.", "Jews are greedy.", "Women are underrepresented in engineering."]
    results = moderator_models.moderate([{"id": str(i), "text": t} for i, t in enumerate(texts)])
    for result, text in zip(results[:2], texts):
        assert result["decision"] == "flag", result
        assert "identity attack: a group stereotyped" in result["reasons"], result
        assert [s["text"] for s in result["spans"] if s["label"] == "identity_attack"] == [text.rstrip(".")]
    assert results[2]["decision"] == "keep", results[2]
    off = load_policy({"extends": "default", "phrases": {"flag": ["threat", "accusation", "exclusion"]}})
    assert moderator_models.moderate([{"id": "0", "text": texts[0]}], policy=off)[0]["decision"] == "keep"
