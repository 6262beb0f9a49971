"""The reader's-voice model of plain-text pages (segment/reader_voice.py): its features, its absence (the hand
score alone), a foreign file, and the shipped model on readers who write plain sentences."""

import logging

import pytest

from moderator.segment import reader_voice, segment
from moderator.segment.text import comment_likeness

REPORT = """Hornets rally past Central in overtime, clinch first league title since 2004
By Kyle Drummond
GRANDVIEW — For three quarters on Friday night, it looked like the Grandview Hornets' dream season would end the way so many others have, with a loss to Central in front of a stunned home crowd of nearly four thousand.
Down 21-7 with nine minutes left, the Hornets scored twice in under five minutes, then won it 27-21 in overtime when senior receiver Isaiah Greene caught a 12-yard pass in the corner of the end zone.
"These kids never quit," coach Ray Dempsey said after his players doused him with a cooler of ice water. "Never. Not once this year."
Grandview (9-1) will host a first-round playoff game next Friday at Memorial Field.
"""
READERS = ["What a game. Haven't seen the stands that loud in years.",
           "Refs were terrible all night both ways.",
           "Leave the kicker alone, he's 16 years old. Grow up.",
           "Anyone know if the game will be replayed on local access?",
           "Congrats coach Dempsey, long time coming!",
           "Zay Greene is the real deal. D1 offers coming.",
           "That fourth down stop by Kowalski was the play of the year.",
           "Central fans were classless throwing stuff on the field at the end. Embarrassing.",
           "First round vs Lakeside probably. Should be a good one.",
           "Proud of these boys. Class of 2004 alum here, been waiting a long time."]


def test_hashed_words_are_unit_length_and_stable():
    words = reader_voice.hashed_words("Refs were terrible all night both ways.")
    assert len(words) > 5 and all(0 <= slot < reader_voice.HASHED_FEATURES for slot in words)
    assert abs(sum(v * v for v in words.values()) - 1.0) < 1e-9
    assert words == reader_voice.hashed_words("refs were TERRIBLE all night both ways.")  # (CRC-32: the same in every process)
    assert reader_voice.numbers("refs were bad", 0.5) == pytest.approx([0.5, 1.3862944, 0.0, 1.0])


def test_absent_model_leaves_the_hand_score(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("MODERATOR_MODELS", str(tmp_path))  # a models folder without reader_voice.npz
    with caplog.at_level(logging.WARNING, logger="moderator.segment.reader_voice"):
        assert reader_voice.load() is None
        assert reader_voice.load() is None  # cached: one log line per process, not per page
    assert sum("no reader's-voice model" in r.getMessage() for r in caplog.records) == 1
    hand = [comment_likeness(line) for line in READERS]
    assert reader_voice.evidence(READERS, hand, None) == hand


def test_a_foreign_or_broken_file_is_refused(tmp_path):
    import numpy as np

    with open(tmp_path / "small.npz", "wb") as handle:
        np.savez(handle, words=np.zeros(10), numbers=np.zeros(4), intercept=0.0, weight=1.0, shift=0.0)
    assert reader_voice.load(tmp_path / "small.npz") is None
    (tmp_path / "broken.npz").write_bytes(b"not an archive")
    assert reader_voice.load(tmp_path / "broken.npz") is None


def _shipped():
    bundle = reader_voice.load(reader_voice._default_path())
    if bundle is None:
        pytest.skip("needs models/reader_voice.npz (python -m moderator.segment.train_reader_voice)")
    return bundle


def test_shipped_model_hears_readers_in_plain_sentences():
    bundle = _shipped()
    story = REPORT.strip().split("\n")[2:]
    mean = lambda lines: sum(reader_voice.log_odds(line, comment_likeness(line), bundle) for line in lines) / len(lines)
    assert mean(READERS) > mean(story) + 1.5


BRIDGE = """Main Street bridge to close for six months starting Monday
By Dana Ruiz, staff writer
The county will close the Main Street bridge over the Crow River on Monday for a full rebuild, county engineer Tom Haugen said Tuesday, adding that the work should be finished by the end of October if the weather holds.
The 1962 bridge is the most direct route between downtown and the east side, and about 9,400 vehicles cross it on an average day, according to a state traffic count released last year.
Business owners on Mill Street have raised concerns about losing customers during construction, and the county board agreed last month to pay for detour signs that point drivers to the shops.
The $3.8 million project is being paid for with a mix of state bridge bonding money and county sales tax revenue, officials said.
Detour: County Road 12 traffic will follow Highway 23 to County Road 7.
Trucks over 10 tons must use Interstate 94.
"""
BRIDGE_READERS = ["Glad they're fixing it, I drive over it every day and you can see right through the cracks",
                  "The shuttle is a nice touch, my mom doesn't drive and her doctor is on the east side.",
                  "Why does every road project in this county take twice as long and cost twice as much?",
                  "six months my foot. see you all at Christmas"]


def test_readers_after_a_story_without_any_heading_are_the_thread():
    # no heading, no names: the readers' voice alone says where the story ends
    _shipped()
    page = segment(BRIDGE + "\n".join(BRIDGE_READERS) + "\n", format="text")
    assert [c.text for c in page.comments] == BRIDGE_READERS
    assert page.article.text.endswith("Trucks over 10 tons must use Interstate 94.")

