"""Cut a comment into plain and highlighted pieces from its spans, for the template to render.

The pieces are plain strings; the template escapes each one and wraps the highlighted ones in
<mark>. No markup is ever built from the comment's text, so hostile text stays text."""


def segments(text: str, spans: list[dict] | None) -> list[tuple[str, str | None]]:
    """[(piece, label or None)], covering `text` exactly once, in order. Spans that are malformed,
    out of range or overlap an earlier one are skipped (the text is still shown in full)."""
    cuts = []
    for span in spans or []:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            continue
        start, end = max(0, start), min(len(text), end)
        if start < end:
            cuts.append((start, end, str(span.get("label") or "span")))
    cuts.sort()
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for start, end, label in cuts:
        if start < position:  # overlaps the previous highlight
            continue
        if start > position:
            pieces.append((text[position:start], None))
        pieces.append((text[start:end], label))
        position = end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces
