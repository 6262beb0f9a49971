"""The lexicon (built from the three public lists) and its ensemble member."""

import json

import joblib
import numpy as np
import pytest

from moderator.datapaths import data_dir
from moderator.identity import IDENTITY_TERMS
from moderator.labels import LABELS
from moderator.lexicon import FORMAT, Lexicon
from moderator.members.lexicon import FEATURE_NAMES, LexiconMember


@pytest.fixture(scope="module")
def lexicon():
    root = data_dir()
    if root is None or not (root / "train" / "lexicons").is_dir():
        pytest.skip("the lexicon tests build from the lists and need the datasets (MODERATOR_DATA or ../shared/data)")
    return Lexicon.build(root / "train" / "lexicons")


def abuse(lexicon, text):
    return [m for m in lexicon.find(text) if m.is_abuse]


@pytest.mark.parametrize(
    "text, typed, term, target",
    [
        ("The JewSA strikes again", "JewSA", "jew", "religion"),
        ("another ZioCorporatist puppet", "ZioCorporatist", "zio", "religion"),
        ("shut up you n1gg3r", "n1gg3r", "nigger", "race/ethnicity"),
        ("typical libtard", "libtard", "libtard", None),
        ("what a fucktard", "fucktard", "fuck", "disability"),
        ("you f a g g o t", "f a g g o t", "faggot", "sexual orientation"),
        ("you are a ѕһіthead", "ѕһіthead", "shit", "any"),
        ("go f u c k yourself", "go f u c k yourself", "fuck", None),
        ("this is sh\u200bit", "sh\u200bit", "shit", None),
        ("what a stuuupid idea", "stuuupid", "stupid", None),
        ("f*ck that", "f*ck", "fuck", None),
        ("you r3t@rd", "r3t@rd", "retard", "disability"),
        ("a niger fom da hood", "niger", "nigger", "race/ethnicity"),  # the slur misspelled, not the place
        ("KEEP THE NIGER OUT", "NIGER", "nigger", "race/ethnicity"),
        ("shut up you b\U0001f608tch", "b\U0001f608tch", "bitch", "gender"),
        ("send the Pakis back", "Pakis", "paki", "race/ethnicity"),  # plurals the lists leave out
        ("lesbians are all ugly dykes", "dykes", "dyke", "sexual orientation"),
        ("trannies are disgusting", "trannies", "trannies", "gender"),  # judges people, not the word
    ],
)
def test_seed_comments_are_found_where_typed(lexicon, text, typed, term, target):
    found = abuse(lexicon, text)
    assert found, text
    m = next(m for m in found if m.text.startswith(typed) or typed.startswith(m.text))
    assert text[m.start:m.end] == m.text  # spans point at what the user typed
    assert m.term == term
    if target != "any":
        assert m.target == target


def test_coinages_are_political_insults_not_slurs(lexicon):
    (m,) = abuse(lexicon, "the demoncrazy party")
    assert m.text == "demoncrazy" and m.kind == "insult" and "slur" not in m.labels


def test_slur_match_supports_slur_and_identity_attack(lexicon):
    (m,) = abuse(lexicon, "The JewSA strikes again")
    assert {"slur", "identity_attack", "toxicity"} <= set(m.labels)
    assert m.reason == "slur: antisemitic slur"
    assert m.how == "compound" and m.obfuscated is False


@pytest.mark.parametrize(
    "text",
    [
        "I am a gay man",
        "Muslims pray five times a day",
        "Jews and Zionists marched together",
        "My black neighbour is a teacher",
        "The queer film festival opens today",
        "She is a proud lesbian and a mother",
        "Jesus Christ is at the centre of Christian belief",
        "Jewish jewelry from Scunthorpe",
        "We should assess the hot water pipes",
        "he'll be back in a month",
        "Dick Cheney spoke on Sunday",
        "moderate republicans like Gaylord Nelson",  # a first name, as the lists spell an insult
        "That was a knee-jerk reaction",
        "a chink in the armour of the government",
        # words with an everyday sense that the context names
        "The dyke along the river held during the flood",
        "My nan made faggots and peas for Sunday dinner",
        "I'm going outside for a fag, back in five minutes",
        "We toured the Spic and Span factory",
        "Our Maine Coon sleeps all day",
        "The coon hounds treed a raccoon behind the barn",
        "A blue tit at the feeder, and pussy willows in bloom",
        "Spotted dick with custard, then the Dick Van Dyke show",
        "Pissing it down at the festival again",  # rain, and a march's own name (session 24)
        "My mum marched in the Dyke March in 1987",
        "Roll out the barrel",
        "2026: 5 people, 1st place, 10am",
        # a place a lexicon lists as a misspelled slur: written as a name, or beside a word of place or news
        "The Niger river flows through Mali",
        "Niger is a country in West Africa",
        "four soldiers were killed in niger last year",
        "the junta in niger expelled the ambassador",
        "Sugar causes insulin spikes",  # a word of its own, not a plural the lists leave out
        "Find an agent at whorepresents.com",  # a web address is a name: words run together there
        "see www.expertsexchange.com or mail dickens@penisland.net",
    ],
)
def test_innocent_text_is_not_abuse(lexicon, text):
    assert abuse(lexicon, text) == [], [(m.text, m.term) for m in abuse(lexicon, text)]


def test_identity_terms_alone_never_match(lexicon):
    templates = ["I am {}", "{} people are wonderful", "My friend is {}", "Being {} is normal", "The {} community"]
    hits = [(t.format(w), [m.text for m in abuse(lexicon, t.format(w))])
            for w in sorted(IDENTITY_TERMS) for t in templates]
    assert [h for h in hits if h[1]] == []


@pytest.mark.parametrize(
    "text, use",
    [
        ("Calling people faggot is wrong", "counter"),
        ("Don't ever call anyone a retard", "counter"),
        ('The word "kike" is a slur', "counter"),
        ("He called me a retard in front of everyone", "quoted"),
        ("My son was called a retard at school and the principal did nothing", "quoted"),
        ("I got called a faggot for wearing pink", "quoted"),
        ("Using the term 'nigger' shows who you are", "quoted"),
        ("I'm a proud dyke", "reclaimed"),
        ("You can call people nigger, kike, spic or any other slur on that site", "quoted"),
        ('They yelled "this is our country, nigger!" at him', "quoted"),
        # a single-quoted stretch after a verb of saying or a sign (session 23)
        ("A boy at school called her a 'dirty Paki'. She's eight.", "quoted"),
        ("The protester held a sign saying 'God hates fags' outside the church.", "quoted"),
        # the slur right after the opening mark, words written on a wall (session 24)
        ("Someone scrawled 'P*ki go home' on the shop shutters. Disgusting.", "quoted"),
        ("Vandals sprayed 'faggots out' across the pub door.", "quoted"),
        # words said to someone, reported in the passive; the word as the subject of its use (session 27)
        ("The student who was told trannies aren't welcome by a landlord should go to a tribunal.", "quoted"),
        ("Retard is still used casually in my office and nobody says a thing.", "quoted"),
        ("The word retard gets thrown around at school like nothing.", "quoted"),
        ("Stop calling people retards", "counter"),
        ("I'm such a bitch before my morning coffee", "self"),
        ("I was a total moron to vote for this guy", "self"),
        ("I'm an idiot, I misread the article", "self"),
    ],
)
def test_quoted_counter_and_reclaimed_uses(lexicon, text, use):
    found = lexicon.find(text)
    assert found and all(m.use == use for m in found), [(m.text, m.use) for m in found]
    assert abuse(lexicon, text) == []


@pytest.mark.parametrize("text", [
    "Every time he opens his mouth he looks like a 'damn fool'.",  # scare quotes hold the word, not a mention
    "Don't listen to that 'stupid bitch' and her friends.",
    "It's the Jones' car, and that bitch parked it on my lawn.",  # apostrophes open no quotation
])
def test_single_quotes_without_a_verb_of_saying_are_still_abuse(lexicon, text):
    assert abuse(lexicon, text), [(m.text, m.use) for m in lexicon.find(text)]


@pytest.mark.parametrize("text", [
    "That retard was told to leave and he still came back.",  # told, but the word is aimed at him
    "You retard, you were told already.",
    "Their attitudes toward faggots are used as an excuse.",  # plural: the people, not the word
])
def test_words_near_told_or_used_that_name_people_are_still_abuse(lexicon, text):
    assert abuse(lexicon, text), [(m.text, m.use) for m in lexicon.find(text)]


@pytest.mark.parametrize("text", ["I call her retarded because she lies", "you retard",
                                  "after calling the other guy a retard five times",
                                  "The dyke next door is a disgrace", "You are such a bitch",
                                  "I'm not the idiot, you are", "you gaylord"])
def test_abuse_that_only_looks_like_counter_speech(lexicon, text):
    assert [m.use for m in lexicon.find(text)] == ["abuse"]


def test_other_senses_need_their_context_and_self_insults_their_subject(lexicon):
    assert [(m.term, m.use) for m in lexicon.find("I am fucking sick of this coon")] == [
        ("fuck", "abuse"), ("coon", "abuse")]  # no hound, no raccoon: the slur
    assert [m.use for m in lexicon.find("I'm a bitch? No, you are the bitch")] == ["self", "abuse"]


def test_emoji_with_abusive_use(lexicon):
    (m,) = abuse(lexicon, "go back to the zoo you 🐒")
    assert m.text == "🐒" and m.target == "race/ethnicity" and "slur" in m.labels
    (m,) = abuse(lexicon, "send me 🍆")
    assert "sexual_explicit" in m.labels
    assert abuse(lexicon, "🐒") == []  # an animal emoji alone is aimed at nobody


def test_spans_equal_the_typed_substring(lexicon):
    texts = ["You are a f u c k i n g  idiot, ѕһіt-for-brains 🖕", "F*CK this, stuuupid n1gg@ and sh\u200bit",
             "ﬁne, you fúck", "@ss and @sshole and the JewSA"]
    for text in texts:
        for m in lexicon.find(text):
            assert text[m.start:m.end] == m.text
            assert m.start < m.end


def test_bad_input_finds_nothing(lexicon):
    assert lexicon.find("") == []
    assert lexicon.find(None) == []


def test_save_and_load_round_trip(lexicon, tmp_path):
    path = lexicon.save(tmp_path / "lexicon.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT
    assert any("MIT" in line for line in data["licenses"]) and any("CC BY 4.0" in line for line in data["licenses"])
    again = Lexicon.load(path)
    text = "The JewSA, n1gg3r, f u c k and 🍆 — calling people faggot is wrong"
    assert again.find(text) == lexicon.find(text)
    assert len(again) == len(lexicon)


def test_load_errors_are_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="moderator train"):
        Lexicon.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    with pytest.raises(ValueError, match="lexicon"):
        Lexicon.load(bad)


# -- the ensemble member ----------------------------------------------------------------------------

TEXTS = [
    "You are a f u c k i n g idiot",
    "What a lovely day at the lake",
    "Calling people faggot is wrong",
    "you faggot",
    "The JewSA runs the banks",
    "I am a gay man",
    "shut up @mike you moron",
    "send me 🍆",
]


def test_member_features_and_spans(lexicon):
    member = LexiconMember(lexicon)
    X = member.features(TEXTS)
    assert X.shape == (len(TEXTS), len(FEATURE_NAMES)) == (len(TEXTS), len(member.feature_names))
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    assert X[1].sum() == 0 and X[5].sum() == 0  # nothing in plain or identity-only text
    assert X[3, col["max_severity_slur"]] > 0 and X[2, col["max_severity_slur"]] == 0  # counter-speech
    assert X[2, col["quoted_or_counter"]] > 0
    assert X[4, col["slur_target_religion"]] == 1
    assert X[6, col["second_person_near"]] == 1
    spans = member.spans("The JewSA runs the banks")
    assert spans == [{"start": 4, "end": 9, "label": "slur", "text": "JewSA", "reason": "slur: antisemitic slur"}]
    assert member.spans("Calling people faggot is wrong") == []
    # a phrase is marked at its abusive word, like human span annotations
    (span,) = member.spans("you piece of sh1t")
    assert span["text"] == "sh1t" and "you piece of sh1t"[span["start"]:span["end"]] == "sh1t"


def test_masked_words_are_spelled_out_for_the_other_members(lexicon):
    """The normalizer fills in only the words people mask most; the lexicon reads the rest ("path*tic")
    and spells them out letter for letter, so the n-gram and embedding members see the word too."""
    from moderator.normalize import normalize

    typed = "go back to your tr*sh's bin, you path*tic cl*wn"
    normalized = normalize(typed).text
    filled = lexicon.fill_masked(normalized)
    assert filled == "go back to your trash's bin, you pathetic clown"
    assert len(filled) == len(normalized)  # offsets into the text as typed still hold
    for text in ("*really* good", "5* hotel, b*ll game", "no masks at all"):  # emphasis, no term fits, none
        assert lexicon.fill_masked(normalize(text).text) == normalize(text).text


def test_second_person_near_is_counted_in_the_normalized_text(lexicon):
    """Spaced-out letters between "you" and the insult do not push them apart: 51 characters as typed,
    24 once "w r i t e" reads "write"."""
    member = LexiconMember(lexicon)
    X = member.features(["you w r i t e  l i k e  a  l i t t l e  c h i l d, idiot",
                         "you write like a little child, idiot",
                         "you know, the article about the council budget was written by an idiot"])
    assert X[:, FEATURE_NAMES.index("second_person_near")].tolist() == [1, 1, 0]


def test_member_predicts_before_and_after_fit(lexicon, tmp_path):
    member = LexiconMember(lexicon, min_positives=2)
    P = member.predict_proba(TEXTS)
    assert P.shape == (len(TEXTS), len(member.labels))
    assert ((P >= 0) & (P <= 1)).all()
    slur = member.labels.index("slur")
    assert P[3, slur] > P[2, slur] and P[3, slur] > P[5, slur]
    # fit on real labels from the texts: toxic where a careful reader would say so
    toxic = np.array([1, 0, 0, 1, 1, 0, 1, 1], dtype=float)
    Y = np.zeros((len(TEXTS), len(LABELS)))
    mask = np.zeros_like(Y, dtype=bool)
    Y[:, LABELS.index("toxicity")] = toxic
    mask[:, LABELS.index("toxicity")] = True
    member.fit(TEXTS * 3, np.vstack([Y] * 3), np.vstack([mask] * 3))
    assert set(member.models_) == {"toxicity"}
    P = member.predict_proba(TEXTS)
    tox = member.labels.index("toxicity")
    assert P[toxic == 1, tox].min() > P[toxic == 0, tox].max()
    path = tmp_path / "member.joblib"
    joblib.dump(member, path)
    again = joblib.load(path)
    np.testing.assert_allclose(again.predict_proba(TEXTS), P)
    assert again.spans("you faggot") == member.spans("you faggot")


def test_load_default_reads_models_dir(lexicon, tmp_path, monkeypatch):
    lexicon.save(tmp_path / "lexicon.json")
    monkeypatch.setenv("MODERATOR_MODELS", str(tmp_path))
    assert len(Lexicon.load_default()) == len(lexicon)
    member = LexiconMember()  # no lexicon given: the shipped one is loaded when first needed
    assert member.spans("you n1gg3r")[0]["text"] == "n1gg3r"
    # a phrase is marked at its abusive words, but one typed as one word is marked whole
    assert [s["text"] for s in member.spans("you piece of shit")] == ["shit"]
    assert [s["text"] for s in member.spans("filthy shitskins everywhere")] == ["shitskins"]
    assert member.features([None, "", "plain words"]).sum() == 0


def test_the_build_does_not_depend_on_string_hashing(lexicon, tmp_path):
    """Two processes hash strings differently (PYTHONHASHSEED): a term tagged with several categories
    once took its target from set order, so two trainings built different lexicons."""
    import os
    import subprocess
    import sys

    built = []
    for seed in ("1", "3"):  # (under the old set-order choice these two seeds built different lexicons)
        out = tmp_path / f"lexicon{seed}.json"
        code = ("import sys; from pathlib import Path; from moderator.lexicon import Lexicon; "
                "Lexicon.build(Path(sys.argv[1])).save(Path(sys.argv[2]))")
        subprocess.run([sys.executable, "-c", code, str(data_dir() / "train" / "lexicons"), str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        built.append(out.read_bytes())
    assert built[0] == built[1]
    dumb = next(t for t in lexicon.terms if t.term == "dumb bastard")  # "mental disability" and "general insult"
    assert (dumb.kind, dumb.target) == ("insult", None)


def test_the_shipped_lexicon_is_what_the_build_makes(lexicon):
    """models/lexicon.json is the build's output, not a hand edit: curated changes go through this module."""
    from moderator.datapaths import models_dir

    shipped = json.loads((models_dir() / "lexicon.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(lexicon.to_dict(), ensure_ascii=False))


@pytest.mark.parametrize("text, term, reason", [
    ("the joos control the banks", "joos", "slur: antisemitic slur"),
    ("another holohoax lie", "holohoax", "slur: antisemitic slur"),
    ("mudslimes everywhere", "mudslimes", "slur: anti-Muslim slur"),
    ("rapefugees welcome, lol", "rapefugees", "slur: slur against refugees"),
    ("dindu nuffin", "dindu nuffin", "slur: racial slur"),
    ("they chimped out again", "chimped out", "slur: racial slur"),
    ("the troons are at it", "troons", "slur: transphobic slur"),
    ("subhuman filth", "subhuman", "insult: insult"),
    # regional slurs (session 25)
    ("These k@ff!rs think they can run a municipality", "kaffirs", "slur: racial slur"),
    ("Typical g y p p o s, nicked the lead again", "gyppos", "slur: slur against Travellers"),
    ("Curry munchers have taken over the helpdesk", "curry munchers", "slur: racial slur"),
    ("That spaz of a minister", "spaz", "slur: ableist slur"),
    ("that poofter presenter", "poofter", "slur: homophobic slur"),
    ("Behenchod you are the biggest", "behenchod", "obscene: profanity"),
    ("Abbos got their new community centre and trashed it", "abbos", "slur: racial slur"),
])
def test_coined_slurs_of_hate_forums_are_entries(lexicon, text, term, reason):
    found = abuse(lexicon, text)
    assert [(m.term, m.reason) for m in found] == [(term, reason)]


def test_the_models_folder_s_lexicon_file_reaches_scoring_without_a_retrain(tmp_path):
    """Moderator.load reads models/lexicon.json over the copy pickled with the member, so a curated
    lexicon update ships as that one file."""
    from moderator.datapaths import models_dir
    from moderator.scorer import Moderator

    shipped = models_dir()
    for path in shipped.iterdir():
        (tmp_path / path.name).symlink_to(path)
    (tmp_path / "lexicon.json").unlink()
    data = json.loads((shipped / "lexicon.json").read_text(encoding="utf-8"))
    entry = next(t for t in data["terms"] if t["term"] == "kike")
    data["terms"].append({**entry, "term": "zorblax", "canonical": "zorblax"})  # a made-up coinage
    (tmp_path / "lexicon.json").write_text(json.dumps(data), encoding="utf-8")
    moderator = Moderator._load_uncached(tmp_path)
    result = moderator.moderate([{"id": "1", "text": "those zorblax again"}])[0]
    assert {"start": 6, "end": 13, "label": "slur", "text": "zorblax"} in [
        {k: s[k] for k in ("start", "end", "label", "text")} for s in result["spans"]], result
    assert "slur: antisemitic slur" in result["reasons"], result


@pytest.mark.parametrize("text", [
    "Add two kaffir lime leaves to the curry.",  # the lime (session 25)
    "His ABO blood group matched the donor's.",
    "What a half-a**s editorial.",  # a masked word is no "abos"
])
def test_regional_slurs_other_senses_are_not_abuse(lexicon, text):
    assert abuse(lexicon, text) == []
