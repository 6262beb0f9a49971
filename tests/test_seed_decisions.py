"""The seed page's ten comments, scored with the article as context, get a careful moderator's decisions."""

import pytest

ARTICLE_END = "MORE ON THE TOPIC:"


@pytest.fixture(scope="module")
def seed_results(moderator_models, seed_page):
    article, comments = seed_page.split(ARTICLE_END)
    texts = [line for line in comments.strip().splitlines() if line.strip()]
    assert len(texts) == 10
    results = moderator_models.moderate([{"id": str(i), "text": t, "article": article} for i, t in enumerate(texts)])
    return texts, results


def test_clean_comments_are_kept(seed_results):
    texts, results = seed_results
    # "peace for all good people nevermind of nationality, religion or race": identity words, no abuse
    assert results[5]["decision"] == "keep", results[5]
    # political opinion without abuse
    assert results[8]["decision"] == "keep", results[8]


def test_slurs_and_sexual_abuse_are_removed(seed_results):
    texts, results = seed_results
    for i in (7, 9):  # "JewSA demoncrazy"; "ZioCorporatist WankOFF" with the sexual emoji
        assert results[i]["decision"] == "remove", (texts[i], results[i])
        assert results[i]["scores"]["slur"] >= 0.80
        assert any(s["label"] == "slur" for s in results[i]["spans"])
    jewsa = next(s for s in results[7]["spans"] if s["label"] == "slur")
    assert jewsa["text"] == "JewSA" and texts[7][jewsa["start"]:jewsa["end"]] == "JewSA"
    assert any(r.startswith("slur: antisemitic") for r in results[7]["reasons"])


def test_abuse_of_people_is_not_kept(seed_results):
    texts, results = seed_results
    for i in (2, 3):  # sexual rant about the CIA; "you eat Blinkens shit"
        assert results[i]["decision"] in ("flag", "remove"), (texts[i], results[i])
    # "... and you eat Blinkens shit" is aimed at the reader and at a person the article names
    assert results[3]["scores"]["harassment"] > 3 * results[5]["scores"]["harassment"]
