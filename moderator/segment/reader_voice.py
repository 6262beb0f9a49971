"""A learned reader's-voice score for the lines of plain-text pages: does this line sound like a reader's comment
or like the story?

text.py's hand-made score (comment_likeness: I/you, slang, emoji, lowercase starts, "said", numbers) misses the
plain way most readers write ("Refs were terrible all night both ways.") and the chatty way some stories are
written. A logistic regression over the line's words and word pairs (hashed with CRC-32, so the model holds no
vocabulary) and four numbers (the hand score, the line's length, whether it ends a sentence, whether it opens in
lower case) gives the log-odds that a line is a reader's; text.py adds it, weighted, to the hand score. On the
Dragnet training pages' gold lines, cross-validated by page, it separates story lines from comment lines with an
AUC of about 0.77, against 0.64 for the hand score alone (models/CARD.md).

The model is `models/reader_voice.npz` (its weights as plain arrays: reading a page needs numpy only, no
scikit-learn, so `moderator page --no-score` stays light), trained by `python -m moderator.segment.train_reader_voice`
on the Dragnet training stems only. Without it the hand score works alone, and one log line says so."""

import logging
import math
import re
import zlib
from pathlib import Path

from moderator.segment.shipped_model import default_path, load_once

log = logging.getLogger(__name__)

MODEL_FILE = "reader_voice.npz"
HASHED_FEATURES = 2 ** 18
NUMBERS = ("hand_score", "log_words", "ends_sentence", "lower_start")
_TOKEN = re.compile(r"\w+|[!?…\"“”]")
_SENTENCE_END = set('.!?"”')


def hashed_words(text: str) -> dict[int, float]:
    """The line's words and word pairs, lower-cased, hashed into HASHED_FEATURES slots, counts scaled to unit length."""
    tokens = _TOKEN.findall(text.lower())
    counts: dict[int, float] = {}
    for gram in tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]:
        slot = zlib.crc32(gram.encode("utf-8")) % HASHED_FEATURES
        counts[slot] = counts.get(slot, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {slot: value / norm for slot, value in counts.items()}


def numbers(text: str, hand_score: float) -> list[float]:
    return [hand_score, math.log1p(len(text.split())), float(text[-1:] in _SENTENCE_END), float(text[:1].islower())]


def _default_path() -> Path:
    return default_path(MODEL_FILE)


def _read(where: Path):
    import numpy as np

    with np.load(where) as arrays:
        bundle = {name: arrays[name] for name in ("words", "numbers", "intercept", "weight", "shift")}
    return bundle if bundle["words"].shape == (HASHED_FEATURES,) and bundle["numbers"].shape == (len(NUMBERS),) else None


def load(path: Path | str | None = None):
    """The weights ({"words", "numbers", "intercept", "weight", "shift"}), loaded once per process; None when the
    file is absent or unusable (then the hand score works alone; one log line)."""
    where = Path(path) if path is not None else _default_path()
    return load_once(where, _read, log, "reader's-voice model", "text pages read by the hand score alone")


def log_odds(text: str, hand_score: float, bundle) -> float:
    """The model's log-odds that the line is a reader's."""
    words = bundle["words"]
    z = float(bundle["intercept"]) + sum(float(words[slot]) * value for slot, value in hashed_words(text).items())
    return z + sum(float(w) * x for w, x in zip(bundle["numbers"], numbers(text, hand_score)))


def evidence(texts: list[str], hand_scores: list[float], bundle) -> list[float]:
    """Each line's evidence for the split: its hand score plus the model's weighted log-odds and the stored shift,
    or the hand score alone without a model."""
    if bundle is None:
        return list(hand_scores)
    weight, shift = float(bundle["weight"]), float(bundle["shift"])
    return [score + weight * log_odds(text, score, bundle) + shift for text, score in zip(texts, hand_scores)]
