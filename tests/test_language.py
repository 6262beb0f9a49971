"""Comments in other languages (moderator.language): named, flagged under the default policy, kept where a
policy says so; English in slang and dialect is not taken for another language."""

import pytest

from moderator.datapaths import models_dir
from moderator.language import ENGLISH_WORDS_FILE, LanguageCheck, build_english_words
from moderator.policy import PolicyError, load_policy


@pytest.fixture(scope="module")
def check():
    found = LanguageCheck.load(models_dir())
    if found is None:
        pytest.skip(f"{models_dir() / ENGLISH_WORDS_FILE} is missing: run `moderator train`")
    return found


@pytest.mark.parametrize("text, language", [
    ("Ce journaliste est un imbécile, il ne comprend rien à la politique.", "fr"),
    ("Eres un idiota, no sabes nada de lo que estás hablando.", "es"),
    ("Du bist ein Vollidiot, halt endlich die Klappe.", "de"),
    ("Você é um idiota, cala a boca e vai embora daqui.", "pt"),
    ("Questo giornalista è un cretino, non sa scrivere niente.", "it"),
    ("Wat een domme reactie, je snapt er helemaal niets van.", "nl"),
    ("Ты идиот, ничего не понимаешь в политике.", "ru"),
])
def test_other_languages_are_named(check, text, language):
    assert check.foreign_language(text) == language


@pytest.mark.parametrize("text", [
    "lol wtf r u doin this is so dumb smh",
    "Nobody wit me im on all alone so dont think im actin funny",  # fastText alone reads German here
    "Eattin all this pussy im startin to get chubby",
    "Beyoncé and Jay-Z were at the café in Montréal last night.",
    "Deja vu all over again with this council, c'est la vie I guess.",
    "Kudos to Nguyen and Papadopoulos for their work on Bill C-21.",
    "Merci beaucoup!",  # too short to tell
    "@user @user https://t.co/xyz #MAGA",
])
def test_english_in_slang_names_and_short_texts_is_not_named(check, text):
    assert check.foreign_language(text) is None


def test_the_word_list_leaves_out_the_words_of_rows_in_other_languages():
    english = ["the cat sat on the mat today"] * 3 + ["the dog sat on the mat again"] * 3
    # "de" occurs in three rows, but each of them reads as another language on the first count
    dutch = ["de kat zat vandaag hoor", "de hond liep gisteren snel", "de stad was erg druk"]
    words = build_english_words(english + dutch)
    assert {"the", "cat", "dog", "mat", "sat"} <= set(words)
    assert "de" not in words


def test_the_default_policy_flags_a_comment_in_another_language_and_a_policy_can_keep_it(moderator_models):
    if moderator_models.language is None:
        pytest.skip("no English word list beside the models")
    text = "Eres un idiota, no sabes nada de lo que estás hablando."
    result = moderator_models.moderate([{"id": "es-1", "text": text}])[0]
    assert result["scores"]["toxicity"] < 0.5  # the English models read it as mild: the reason for the check
    assert result["decision"] == "flag"
    assert "language: not English (es), the scores may miss abuse" in result["reasons"]
    keep = load_policy({"extends": "default", "language": {"not_english": "keep"}})
    assert moderator_models.moderate([{"id": "es-1", "text": text}], policy=keep)[0]["decision"] == "keep"
    english = moderator_models.moderate([{"id": "en-1", "text": "Thanks, a clear and useful explainer."}])[0]
    assert english["decision"] == "keep" and english["reasons"] == []


def test_a_bad_language_setting_is_refused():
    with pytest.raises(PolicyError, match="not_english"):
        load_policy({"language": {"not_english": "remove"}})
