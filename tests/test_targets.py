from pathlib import Path

from moderator.targets import ArticleContext, targets_person

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fed4981eb2cd7fd5.txt"


def test_second_person_and_mentions_are_targets():
    assert targets_person("you are an idiot")
    assert targets_person("@dave is clueless")
    assert not targets_person("the policy is idiotic")


def test_people_named_in_the_article_are_targets():
    article = SEED.read_text().split("MORE ON THE TOPIC:")[0]
    ctx = ArticleContext.from_text(article)
    assert {"blinken", "lavrov"} <= ctx.names
    assert "the" not in ctx.names and "department" not in ctx.names
    assert targets_person("Lavrov looks constipated lol", ctx)
    assert targets_person("Every normal human being standing around Blinky would look like that", ctx)
    assert not targets_person("peace for all good people", ctx)
    assert not targets_person("Lavrov looks constipated lol")  # without the article nobody is named
