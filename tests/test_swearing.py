"""Swearing aimed at no one (moderator.swearing): kept under `[profanity] aimed_at_no_one = "keep"`, flagged
by the shipped policies; swearing at someone, insult words and other labels flag under both."""

import pytest

from moderator.lexicon import Lexicon
from moderator.policy import PolicyError, load_policy
from moderator.swearing import aimed_at_no_one

ALLOWS_SWEARING = {"extends": "default", "profanity": {"aimed_at_no_one": "keep"}}


@pytest.mark.parametrize("text", [
    "House prices round here are fucking insane. My kids will never buy.",
    "Crap, I missed the deadline to register to vote.",
    "Hell of a game. Gutted we lost but what a fucking comeback in the second half.",
])
def test_swearing_at_no_one_is_kept_where_the_policy_allows_it(moderator_models, text):
    flagged, = moderator_models.moderate([{"text": text}])
    kept, = moderator_models.moderate([{"text": text}], policy=load_policy(ALLOWS_SWEARING))
    assert flagged["decision"] == "flag" and all(r.startswith("toxicity") for r in flagged["reasons"]), flagged
    assert kept["decision"] == "keep" and kept["reasons"] == [] and kept["spans"] == [], kept


@pytest.mark.parametrize("text", [
    "The reporter who wrote this is a lazy fucking hack.",  # a person named
    "What a fucking idiot.",  # an insult word
    "Fuck off, Dave.",  # told off
    "You lot are fucking clueless.",  # the reader
    "Fuck the council and their fucking parking fines.",  # sworn at
])
def test_swearing_at_someone_is_still_flagged(moderator_models, text):
    by_default, = moderator_models.moderate([{"text": text}])
    allowing, = moderator_models.moderate([{"text": text}], policy=load_policy(ALLOWS_SWEARING))
    assert by_default["decision"] != "keep" and allowing["decision"] == by_default["decision"], (by_default, allowing)


def test_the_rule_needs_profanity_alone_and_score_reasons_alone():
    lexicon = Lexicon.load_default()
    text = "Crap, I missed the bus again."
    calm = {"toxicity": 0.6, "insult": 0.1, "harassment": 0.1, "threat": 0.0, "identity_attack": 0.0}
    assert aimed_at_no_one(text, lexicon.find(text), calm, ["toxicity >= 0.50"])
    assert not aimed_at_no_one(text, lexicon.find(text), {**calm, "insult": 0.35}, ["toxicity >= 0.50"])
    assert not aimed_at_no_one(text, lexicon.find(text), calm, ["toxicity >= 0.50", "threat: wish of death"])
    assert not aimed_at_no_one("I missed the bus again.", [], calm, ["toxicity >= 0.50"])  # no swear word at all
    idiot = "Crap, what an idiot."
    assert not aimed_at_no_one(idiot, lexicon.find(idiot), calm, ["toxicity >= 0.50"])


def test_the_policy_key_is_checked_and_reported():
    assert load_policy("default").profanity_aimed_at_no_one == "flag"
    assert load_policy(ALLOWS_SWEARING).to_dict()["profanity"] == {"aimed_at_no_one": "keep"}
    with pytest.raises(PolicyError, match="aimed_at_no_one"):
        load_policy({"extends": "default", "profanity": {"aimed_at_no_one": "remove"}})
