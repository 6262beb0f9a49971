from moderator.web.highlight import segments


def test_pieces_cover_the_text_once_in_order():
    text = "you idiot, go away moron"
    spans = [{"start": 19, "end": 24, "label": "insult"}, {"start": 4, "end": 9, "label": "insult"}]
    pieces = segments(text, spans)
    assert "".join(piece for piece, _ in pieces) == text
    assert [p for p, label in pieces if label] == ["idiot", "moron"]


def test_bad_and_overlapping_spans_are_skipped_not_fatal():
    text = "abcdef"
    spans = [{"start": 1, "end": 4, "label": "x"}, {"start": 2, "end": 5, "label": "y"}, {"start": "q"},
             {"start": 5, "end": 99, "label": "z"}, {"start": -3, "end": 0}, {}]
    pieces = segments(text, spans)
    assert "".join(piece for piece, _ in pieces) == text
    assert pieces == [("a", None), ("bcd", "x"), ("e", None), ("f", "z")]


def test_no_spans():
    assert segments("<b>hi</b>", []) == [("<b>hi</b>", None)]
    assert segments("", None) == []
