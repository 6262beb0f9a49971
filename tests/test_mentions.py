"""Abuse quoted to report or condemn it (moderator.mentions): the quotes found, and the phrases the lexicon
member no longer reads in them."""

import pytest

from moderator.lexicon import Lexicon
from moderator.members.lexicon import LexiconMember
from moderator.mentions import reported_quotes
from moderator.normalize import normalize


def _quoted(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[a:b] for a, b in reported_quotes(norm)]


@pytest.mark.parametrize("text, quoted", [
    ('Quoting the tweet: "someone should shoot the judge". That\'s a criminal threat, police need to act.',
     ["someone should shoot the judge"]),
    ('Folks telling the senator to "go hang herself" online should face the same consequences.', ["go hang herself"]),
    ('"We\'ll burn your house down" is not a protest slogan. The council was right to call the police.',
     ["we'll burn your house down"]),
    ('"Go back where you came from" isn\'t an opinion, it\'s racism.', ["go back where you came from"]),
    ('The pupils hear "tranny" and “freak” every day and the school does nothing. Shameful.', ["tranny", "freak"]),
    ("A boy called her a 'dirty p*ki' on the bus and the driver did nothing. Disgusting.", ["dirty p*ki"]),
    ("I've been called a \"faggot\" more times than I can count. This law matters, it's not banter.", ["faggot"]),
    ('The letters sent to the mayor said "we know where your kids go to school". Chilling.',
     ["we know where your kids go to school"]),
])
def test_reported_quotes_are_found(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize("text", [
    'I\'d call him a "lying rat" to his face, and I\'d be right. Disgusting man.',  # the writer's own words
    'As I always say, "the only good politician is a dead one". Shameful lot.',
    'They call you a "worthless whore" because you are one, and it is not wrong.',  # aimed at the reader
    'My message to the mayor: "you\'ll hang for this". Disgusting decision.',  # the writer's message
    'He said "send them all back" and honestly he was right. The courts are a joke.',  # agreed with
    'When Tupac said "I ain\'t a killer but don\'t push me" lol',  # repeated in fun: nothing judged
    'This "journalist" is a disgrace.',  # scare quotes: nobody's saying
    'Someone should shoot the judge. "Justice" my foot, it is disgusting.',  # the threat is outside the quotes
    'Someone should tell that disgusting woman to "go kill herself".',  # saying called for, not reported
    'Tell her "you\'re next". Vile cow.',
    "Let's all call him a 'nonce' until he quits. Disgusting man.",
])
def test_the_writers_own_and_unjudged_quotes_are_not_reported(text):
    assert _quoted(text) == []


def _phrase_kinds(member: LexiconMember, text: str) -> list[str]:
    return [kind for _, _, kind in member._analyze(text)[2]]


def test_phrases_inside_reported_quotes_are_dropped_and_others_kept():
    member = LexiconMember(Lexicon.load_default())  # the shipped lexicon
    assert _phrase_kinds(member, 'Quoting the tweet: "someone should shoot the judge". That is a criminal threat.') == []
    assert _phrase_kinds(member, '"We\'ll burn your house down" is not a protest slogan, it is intimidation.') == []
    # the same threat as the writer's own, quoted or not
    assert _phrase_kinds(member, 'Someone should shoot the judge. Disgusting ruling.') == ["call"]
    assert _phrase_kinds(member, 'I said "someone should shoot the judge" and I meant it. Disgusting ruling.') == ["call"]
    # a threat beside a reported quote still counts
    assert "call" in _phrase_kinds(member, 'He was called a "traitor" in court, disgusting. Someone should shoot him.')
    # an address quoted is given all the same
    assert "personal_info" in _phrase_kinds(
        member, 'The post said "she lives at 14 Mill Lane, Leeds LS6 2AB" and the police did nothing. Disgusting.')


@pytest.mark.parametrize("text", [
    "The man who screamed I'll slit your throat at the nurse got a suspended sentence. Disgusting.",
    "My sister got texts saying we know where you live after the hearing. The police did nothing.",
    "She was being told she should be raped every day on that app. Vile.",
    "He told me I'll break your legs and the court let him walk. Shameful.",
])
def test_threats_reported_without_quote_marks_are_dropped(text):
    assert _phrase_kinds(LexiconMember(Lexicon.load_default()), text) == []


@pytest.mark.parametrize("text", [
    "I said I'll break your legs and I meant it. Disgusting ruling.",  # the writer's own saying
    "They told you we know where you live, and we do. Disgusting.",  # aimed at the reader
    "He shouted at me and I'll break his legs next time. Disgusting.",  # the report ended before the threat
    "I'm telling you, someone should break his legs. Disgusting.",
    "The lad who shouted I'll stab you at the driver got twelve weeks.",  # reported, but nothing judges it
    "He told me I'll break your legs, so you know what you'll get if you cross him. Police won't help.",
])
def test_unquoted_threats_the_writer_makes_or_does_not_judge_are_kept(text):
    assert _phrase_kinds(LexiconMember(Lexicon.load_default()), text) != []


def test_a_reported_threat_is_kept_and_the_same_threat_made_is_flagged(moderator_models):
    texts = ['Quoting the tweet: "someone should shoot the judge". That is a criminal threat and police need to act.',
             'Someone should shoot the judge. That is what I think and police can come and get me.']
    reported, made = moderator_models.moderate([{"text": t} for t in texts])
    assert reported["decision"] == "keep", reported
    assert made["decision"] != "keep" and any(r.startswith("threat:") for r in made["reasons"]), made
