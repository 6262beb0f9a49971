"""A learned last pass over the article text: which of its lines are not the story?

trafilatura's text (completed by html/article.py) still holds lines a reader would not count as the story:
teaser lists after it ("Related Posts", headlines with dates), share/print rows, photo credits, blog
taglines. A small gradient-boosted tree model reads each line's own evidence (length, position from
the start and the end, whether it is a link's text or opens with one, a list item, a date, digits,
capitalised words, final punctuation, furniture words) and drops the lines it gives a probability of
at least the stored threshold of not being the story. It costs about 3 ms a page (features, then one
predict call), which the --no-score speed goal allows; the reader-register score of text.py was a
feature too, but cost half of that for +0.0002 cross-validated F1.

The model is `models/segment.joblib`, trained by `python -m moderator.segment.train_article_lines`
on the Dragnet training stems only (cross-validated by stem). Without it the article is left as the
rules made it, and one log line says so."""

import logging
import math
import re
from pathlib import Path

from lxml import etree

from moderator.segment.shipped_model import default_path, load_once
from moderator.segment.text import _TIME_ANY

log = logging.getLogger(__name__)

MODEL_FILE = "segment.joblib"
OWN_FEATURES = (
    "log_words", "position", "is_first", "is_last", "from_end", "from_start", "is_link", "link_prefix",
    "ends_sentence", "list_item", "has_date", "digit_share", "capitalised", "furniture",
    "starts_by", "length_vs_median", "share_of_words", "log_lines", "has_title",
)
# A line is read beside its neighbours too: a headline amid a list of headlines is a teaser, the same
# words between two paragraphs a subheading (cross-validated article F1 0.9404 -> 0.9432).
_NEIGHBOUR_FEATURES = ("log_words", "is_link", "link_prefix", "ends_sentence", "has_date", "list_item",
                       "furniture", "capitalised")
FEATURES = OWN_FEATURES + tuple(f"{side}_{name}" for side in ("previous", "next") for name in _NEIGHBOUR_FEATURES)

_LIST_ITEM = re.compile(r"^[-•*]\s+")
_SENTENCE_END = set('.!?"”:')
# Matched on the lower-cased line (faster than re.I on long paragraphs).
_FURNITURE = re.compile(r"©|copyright|all rights reserved|subscribe|follow|share|tweet|email|e-mail|print|comments?\b|"
                        r"posted|tags?:|filed|related|read more|click|advertis|sign up|newsletter")


def _has_time(line: str, low: str, digits: int) -> bool:
    # Every form of _TIME_ANY has a digit or one of these words: most lines skip the slow regex.
    if not digits and not any(word in low for word in ("ago", "now", "yesterday", "today")):
        return False
    return bool(_TIME_ANY.search(line))


def line_features(lines: list[str], link_texts: set[str], title: str) -> list[list[float]]:
    """One row per line (in FEATURES order: its own, then its neighbours'). `link_texts`: the page's link texts, lower-cased, spaces
    collapsed."""
    n = len(lines)
    counts = [len(line.split()) for line in lines]
    total = max(sum(counts), 1)
    median = sorted(counts)[n // 2] if n else 1
    lowered_title = (title or "").lower()
    rows = []
    for i, (line, k) in enumerate(zip(lines, counts)):
        words = line.split()
        low = " ".join(words).lower()
        digits = sum(line.count(digit) for digit in "0123456789")  # (str.count is faster than translate on paragraphs)
        bare = _LIST_ITEM.sub("", low)
        is_link = bare in link_texts
        prefix = 0.0
        if not is_link:
            bare_words = bare.split()
            for j in range(min(k, 12), 2, -1):  # a teaser: a headline link, then its date or excerpt
                if " ".join(bare_words[:j]) in link_texts:
                    prefix = j / k
                    break
        rows.append([
            math.log1p(k), i / max(n - 1, 1), float(i == 0), float(i == n - 1), min(n - 1 - i, 5) / 5, min(i, 5) / 5,
            float(is_link), prefix, float(line.rstrip()[-1:] in _SENTENCE_END),
            # Dates and register are read on short lines and a long line's opening (the time regex is slow on paragraphs).
            float(bool(_LIST_ITEM.match(line))), float(len(line) <= 200 and _has_time(line, low, digits)),
            digits / max(len(line), 1),
            sum(1 for w in words if w[:1].isupper()) / max(k, 1),
            float(bool(_FURNITURE.search(line.lower()))),
            float(low.startswith("by ")), math.log((k + 1) / (median + 1)), k / total, math.log1p(n),
            float(bool(lowered_title) and lowered_title in low),
        ])
    return _with_neighbours(rows)


_NEIGHBOUR_COLUMNS = [OWN_FEATURES.index(name) for name in _NEIGHBOUR_FEATURES]
_NO_NEIGHBOUR = [-1.0] * len(_NEIGHBOUR_FEATURES)  # before the first line, after the last


def _with_neighbours(rows: list[list[float]]) -> list[list[float]]:
    """Each row followed by some of the previous and the next line's features."""
    picked = [[row[c] for c in _NEIGHBOUR_COLUMNS] for row in rows]
    return [row + (picked[i - 1] if i > 0 else _NO_NEIGHBOUR) + (picked[i + 1] if i + 1 < len(rows) else _NO_NEIGHBOUR)
            for i, row in enumerate(rows)]


def link_texts(root) -> set[str]:
    # tostring(method="text") reads the same text nodes as text_content() (both libxml2's node content)
    # without an XPath context per link: half the cost on a page of a thousand links.
    return {" ".join(etree.tostring(a, method="text", encoding="unicode", with_tail=False).split()).lower()
            for a in root.iter("a")} - {""}


# --- the shipped model ----------------------------------------------------------------------------

def _default_path() -> Path:
    return default_path(MODEL_FILE)


def _read(where: Path):
    import joblib

    bundle = joblib.load(where)
    return bundle if isinstance(bundle, dict) and tuple(bundle.get("features", ())) == FEATURES else None


def load(path: Path | str | None = None):
    """The line model ({"model", "threshold", "features", ...}), loaded once per process; None when
    the file is absent or unusable (then the article stays as the rules made it; one log line)."""
    where = Path(path) if path is not None else _default_path()
    return load_once(where, _read, log, "article line model", "article text from the rules alone")


def drop_probabilities(model, rows: list[list[float]]) -> list[float]:
    """P(not the story) of each line's feature row."""
    import numpy as np

    from moderator.openmp import one_openmp_thread

    # one thread: a page's twenty lines only make a thread team wait (see moderator.openmp)
    with one_openmp_thread():
        return model.predict_proba(np.asarray(rows, dtype=float))[:, 1].tolist()


def story_lines(lines: list[str], drop, threshold: float) -> list[str]:
    """The lines kept at `threshold` (`drop`: each line's P(not the story)); all of them when there are
    fewer than two or the model would drop every one. Training measures exactly this pass."""
    if len(lines) < 2:
        return lines
    kept = [line for line, p in zip(lines, drop) if p < threshold]
    return kept or lines


def filter_article(text: str, root, title: str, bundle) -> str:
    """The article without the lines the model takes for something else; unchanged when it would
    drop every line."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    rows = line_features(lines, link_texts(root), title)
    kept = story_lines(lines, drop_probabilities(bundle["model"], rows), bundle["threshold"])
    return text if kept is lines else "\n".join(kept)  # `lines` itself: nothing dropped by the fallback
