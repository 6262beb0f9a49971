"""The Dragnet measurement: its metric, and a short run on a few training pages when the data is here."""

import pytest

from moderator.segment.evaluate import SEPARATOR, evaluate_pages, format_table, read_gold, read_stems, token_f1


def test_token_f1_is_bag_of_words():
    assert token_f1("the cat sat", "the cat sat") == 1.0
    assert token_f1("The CAT, sat!", "the cat sat") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("dog", "") == 0.0 and token_f1("", "dog") == 0.0
    # 2 of 3 predicted tokens are right, 2 of 4 gold tokens found: P=2/3, R=1/2.
    assert token_f1("the cat ran", "the cat sat down") == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert token_f1("a a a", "a") == pytest.approx(0.5)  # multiset overlap, not set overlap


def test_read_gold_splits_on_the_separator(tmp_path):
    (tmp_path / "Corrected").mkdir()
    (tmp_path / "Corrected" / "x.html.corrected.txt").write_text(f"Title\n\nBody text.\n{SEPARATOR}\n\nNice post!\n")
    article, comments = read_gold(tmp_path, "x")
    assert "Body text." in article and "Nice post" not in article
    assert comments.strip() == "Nice post!"


@pytest.mark.parametrize("marker", ["!@#$%^&*() COMMENTS", "!@ $%^&*()  COMMENTS", "!@#$%^&*   COMMENTS",
                                    "!#@$%^&*()  COMMENTS", "!@#$%^&*()  \tCOMMENTS\r", "!@#$%^&*()  COMMNENTS",
                                    "!@#$%^&*()  CORRECTED", "!@#$%^&*()"])
def test_read_gold_finds_hand_typed_markers(tmp_path, marker):
    # Dragnet's annotators typed the marker by hand; a variant still starts the thread.
    (tmp_path / "Corrected").mkdir()
    text = f"Title\nThe story has COMMENTS in capitals.\n{marker}\nNice post!\n"
    (tmp_path / "Corrected" / "v.html.corrected.txt").write_text(text)
    article, comments = read_gold(tmp_path, "v", variants=True)
    assert "story has COMMENTS" in article and "Nice post" not in article
    assert comments.strip() == "Nice post!"
    # The exact reading (the measure, the default) takes the variant for article text.
    article, comments = read_gold(tmp_path, "v")
    assert "Nice post" in article and not comments.strip()


def test_read_gold_without_a_marker_is_all_article(tmp_path):
    (tmp_path / "Corrected").mkdir()
    text = "Title\nComments welcome! !@ is no marker.\n*  *  *  *  *  *\n***** Spoiler Alert *****\n(((((hugs)))))\n"
    (tmp_path / "Corrected" / "n.html.corrected.txt").write_text(text)
    assert read_gold(tmp_path, "n", variants=True) == (text, "")


def test_read_gold_reads_utf16_files(tmp_path):
    # A few Dragnet gold files are UTF-16 with a byte-order mark; read as UTF-8 they scored one token per letter.
    (tmp_path / "Corrected").mkdir()
    text = f"Forgiving your enemies\nThe abbot asked his pupil.\n{SEPARATOR}\nDeborah: How do you forgive?\n"
    (tmp_path / "Corrected" / "u.html.corrected.txt").write_bytes(text.encode("utf-16"))
    article, comments = read_gold(tmp_path, "u")
    assert article.startswith("Forgiving your enemies") and "abbot asked" in article
    assert comments.strip() == "Deborah: How do you forgive?"
    assert token_f1(comments, "Deborah: How do you forgive?") == 1.0


def test_one_run_scores_both_readings_of_the_marker(tmp_path):
    # A page whose annotator typed the marker with one space: its thread is comments, not article;
    # the exact reading (reported beside it) takes the page for one without comments.
    (tmp_path / "HTML").mkdir()
    (tmp_path / "Corrected").mkdir()
    thread = "".join(f'<li class="comment" id="comment-{i}"><cite class="fn">{name}</cite>'
                     f'<div class="comment-body"><p>{text}</p></div></li>'
                     for i, (name, text) in enumerate([("Hannah", "Best thing the library has done in years."),
                                                      ("Tomasz", "Do they take hybrid tomato seeds too?")]))
    story = ("<p>The county library opened a seed bank on Saturday, letting residents borrow packets of tomato, "
             "bean and squash seeds and return seeds saved from their own harvest.</p>")
    html = (f"<html><head><title>Seed bank opens</title></head><body><h1>Seed bank opens</h1>{story}"
            f'<ol class="commentlist">{thread}</ol></body></html>')
    (tmp_path / "HTML" / "p1.html").write_text(html)
    gold = ("Seed bank opens\nThe county library opened a seed bank on Saturday, letting residents borrow packets of "
            "tomato, bean and squash seeds and return seeds saved from their own harvest.\n!@#$%^&*() COMMENTS\n"
            "Hannah\nBest thing the library has done in years.\nTomasz\nDo they take hybrid tomato seeds too?\n")
    (tmp_path / "Corrected" / "p1.html.corrected.txt").write_text(gold)
    exact = evaluate_pages(tmp_path, ["p1"], baseline=False)  # the measure: the exact marker
    assert exact["pages_with_comments"] == 0 and exact["no_comment_clean"] == 0.0
    assert exact["article_f1"] < 0.8  # the thread read as article text the page does not give
    variants = exact["other_reading"]
    assert variants["pages_with_comments"] == 1 and variants["comment_f1"] == 1.0
    assert variants["article_f1"] > 0.95
    assert "typed variants of the marker too" in format_table(exact)
    tolerant = evaluate_pages(tmp_path, ["p1"], baseline=False, marker_variants=True)
    assert tolerant["pages_with_comments"] == 1 and tolerant["other_reading"]["pages_with_comments"] == 0
    assert "exact marker only" in format_table(tolerant)


def _dragnet():
    from moderator.segment.evaluate import default_dragnet_dir

    found = default_dragnet_dir()
    if found is None:
        pytest.skip("needs the datasets (MODERATOR_DATA or ../shared/data)")
    return found


def test_short_run_on_training_pages():
    dragnet = _dragnet()
    stems = read_stems(dragnet, "training")
    assert len(stems) == 966 and not set(stems) & set(read_stems(dragnet, "test"))
    # WordPress, Blogger, Movable Type and TypePad threads, and two pages without comments.
    chosen = ["R894", "R49", "R197", "R532", "69", "R760", "R427"]
    assert set(chosen) <= set(stems)
    result = evaluate_pages(dragnet, chosen)
    assert result["pages"] == 7 and result["pages_with_comments"] == 5
    assert result["comment_f1"] > 0.9
    assert result["no_comment_clean"] == 1.0
    assert 0.0 <= result["trafilatura"]["comment_f1"] <= 1.0
    table = format_table(result)
    assert "trafilatura" in table and "comment token F1" in table
    # none of these gold files has a hand-typed variant of the marker: both readings agree
    assert {k: result["other_reading"][k] for k in ("comment_f1", "no_comment_clean", "article_f1")} == {
        k: result[k] for k in ("comment_f1", "no_comment_clean", "article_f1")}


def test_a_music_sites_section_named_reviews_is_no_thread():
    # Pitchfork's review page (a training page): its navigation, div#nav.reviews, holds lists of the years' best albums,
    # repeated blocks without a name or a date: the publisher's, not readers' reviews
    from moderator.segment import segment

    page = segment((_dragnet() / "HTML" / "R185.html").read_bytes(), format="html")
    assert page.comments == [] and "Andy Stott" in page.article.text
