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


def test_read_gold_reads_utf16_files(tmp_path):
    # A few Dragnet gold files are UTF-16 with a byte-order mark; read as UTF-8 they scored one token per letter.
    (tmp_path / "Corrected").mkdir()
    text = f"Forgiving your enemies\nThe abbot asked his pupil.\n{SEPARATOR}\nDeborah: How do you forgive?\n"
    (tmp_path / "Corrected" / "u.html.corrected.txt").write_bytes(text.encode("utf-16"))
    article, comments = read_gold(tmp_path, "u")
    assert article.startswith("Forgiving your enemies") and "abbot asked" in article
    assert comments.strip() == "Deborah: How do you forgive?"
    assert token_f1(comments, "Deborah: How do you forgive?") == 1.0


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
