"""The lexicon as an ensemble member: slurs, profanity, coined compounds and abusive emoji.

`features(texts)` is what the stacking ensemble sees (documented in FEATURE_NAMES); `predict_proba`
answers on the labels the lexicon knows, from a small logistic regression per label over those features
once `fit` has seen labelled data, or from the matched severities before that. Only matches used as abuse
count: quoted words and counter-speech ("calling people X is wrong") are counted apart, so the stacker can
learn they are not abuse. `spans(text)` gives the matched words with offsets into the text as typed.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from typing import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from moderator.accusations import find_accusations
from moderator.coded_hate import find_coded_hate
from moderator.dehumanization import find_dehumanization
from moderator.exclusion import find_exclusions
from moderator.lexicon import TARGETS, Lexicon, Match
from moderator.mentions import drop_reported
from moderator.members import logistic_proba
from moderator.normalize import Normalized, letter_words, normalize
from moderator.personal_info import find_personal_info
from moderator.pile_on import find_pile_ons
from moderator.phrases import phrase_span
from moderator.put_downs import find_put_downs
from moderator.sexual_harassment import find_sexual_harassment
from moderator.stereotypes import find_stereotypes
from moderator.threats import find_threats

LEXICON_LABELS = ("toxicity", "severe_toxicity", "obscene", "insult", "identity_attack", "sexual_explicit",
                  "slur", "harassment")
_MATCH_LABELS = LEXICON_LABELS[:-1]  # harassment is inferred (abuse aimed at a person), never listed
_TARGET_KEYS = tuple(t.replace("/", "_").replace(" ", "_") for t in TARGETS)
FEATURE_NAMES: tuple[str, ...] = (
    *(f"max_severity_{label}" for label in _MATCH_LABELS),  # highest severity (0-1) of an abusive match
    *(f"count_{label}" for label in _MATCH_LABELS),  # log1p of abusive matches supporting the label
    "abuse_matches",  # log1p of all abusive matches
    "quoted_or_counter",  # log1p of matches quoted, in counter-speech or reclaimed (not abuse)
    "compound",  # log1p of coined compounds ("JewSA", "libtard")
    *(f"slur_target_{key}" for key in _TARGET_KEYS),  # 1 when a slur/identity attack aims at the group
    "second_person_near",  # 1 when an abusive match sits within 40 characters of "you"/"your"/@name
    "second_person",  # 1 when the text addresses someone ("you", @name)
    "emoji_abuse",  # log1p of emoji used abusively
    "abuse_word_share",  # abusive matches per word of the normalized text
    "weak_only",  # 1 when every abusive match is weak evidence (clinical or mild words)
)
# Every feature is read from the normalized text, so disguises (moderator.perturb) do not move it: there is
# deliberately no "was it disguised" feature, which would score the same words differently when disguised.
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|yours|yourself|yourselves|u|ur|ya)\b|@\w")
_WORDS = re.compile(r"[a-z*]+")
_PRIMARY = {"slur": "slur", "identity": "identity_attack", "sexual": "sexual_explicit", "profanity": "obscene",
            "insult": "insult"}
_CACHE_SIZE = 20_000


def _second_person_near(norm: Normalized, matches: list[Match], reach: int = 40) -> bool:
    """Whether "you" (or "u", "your", an @mention) stands within `reach` characters of an abusive,
    non-sexual match, counted in the normalized text: "h i l a r i o u s" or zero-width characters
    between them do not push the two apart."""
    if not _SECOND_PERSON.search(norm.text):
        return False
    for m in matches:
        if m.is_abuse and m.kind != "sexual":
            # offsets rise with the text (but inside upside-down text and spelled-out acronyms): bisect
            # finds the match's place, near enough for a reach of 40 characters
            a, b = bisect_left(norm.offsets, m.start), bisect_left(norm.offsets, m.end)
            if _SECOND_PERSON.search(norm.text[max(0, a - reach):b + reach]):
                return True
    return False


class LexiconMember:
    name = "lexicon"
    labels = LEXICON_LABELS
    feature_names = FEATURE_NAMES

    def __init__(self, lexicon: Lexicon | None = None, C: float = 1.0, min_positives: int = 10):
        self.lexicon = lexicon
        self.C = C
        self.min_positives = min_positives

    # -- matching -----------------------------------------------------------------------------------
    @property
    def lexicon_(self) -> Lexicon:
        if self.lexicon is None:
            self.lexicon = Lexicon.load_default()
        return self.lexicon

    def _analyze(self, text: str) -> tuple[list[Match], str, list[tuple[int, int, str]], bool]:
        """(matches, normalized text, phrases (threats, accusations, exclusions, stereotypes, sexual
        harassment, dehumanization, coded hate, pile-ons, stock put-downs, personal information) as (start,
        end, kind) in the text as typed, whether "you" stands near an abusive match), cached: predict_proba,
        features and spans share them."""
        if not isinstance(text, str) or not text:
            return [], "", [], False  # nothing to match (the scorer reports unusable texts itself)
        cache = self.__dict__.setdefault("_cache", {})
        found = cache.get(text)
        if found is None:
            norm = normalize(text)
            words = letter_words(norm.text)  # the phrase finders first look for their cue words
            phrases = [(p.start, p.end, p.kind) for p in find_threats(norm.text, words)]
            phrases += [(start, end, "accusation") for start, end in find_accusations(norm.text)]
            phrases += [(start, end, "exclusion") for start, end in find_exclusions(norm.text, words)]
            phrases += [(start, end, "stereotype") for start, end in find_stereotypes(norm.text, words)]
            phrases += [(start, end, "sexual_harassment") for start, end in find_sexual_harassment(norm.text, words)]
            phrases += [(start, end, "dehumanization") for start, end in find_dehumanization(norm.text, words, norm)]
            phrases += [(start, end, "coded_hate") for start, end in find_coded_hate(norm.text, words)]
            phrases += [(start, end, "pile_on") for start, end in find_pile_ons(norm.text, words)]
            phrases += [(start, end, "put_down") for start, end in find_put_downs(norm.text, words)]
            # '"we'll burn your house" is not a slogan', 'emails saying hope you burn: vile'
            phrases = drop_reported(norm.text, phrases)
            phrases = [(*norm.to_original(start, end), kind) for start, end, kind in phrases]
            # read in the text as typed: the normalization takes "john@mail.com" for leetspeak; an address
            # quoted is given all the same
            phrases = sorted(phrases + [(start, end, "personal_info") for start, end in find_personal_info(text)])
            matches = self.lexicon_.find_normalized(norm)
            found = (matches, norm.text, phrases, _second_person_near(norm, matches))
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[text] = found
        return found

    def fill_masked(self, normalized: Sequence[str]) -> list[str]:
        """Normalized texts with the masked words the lexicon reads spelled out (Lexicon.fill_masked), for
        the members that read normalized text."""
        return [self.lexicon_.fill_masked(t) for t in normalized]

    def matches(self, text: str) -> list[Match]:
        """The lexicon's matches in one text."""
        return self._analyze(text)[0]

    def spans(self, text: str) -> list[dict]:
        """Abusive matches as spans into the text as typed: {"start","end","label","text","reason"}.

        A phrase is marked at its abusive words ("shit" in "piece of shit"), as human annotators mark it."""
        out = []
        for m in self.matches(text):
            if m.is_abuse and m.span:
                for start, end in m.core or ((m.start, m.end),):
                    out.append({"start": start, "end": end, "label": _PRIMARY[m.kind], "text": text[start:end],
                                "reason": m.reason})
        out += [phrase_span(text, start, end, kind) for start, end, kind in self._analyze(text)[2]]
        return out

    # -- features -----------------------------------------------------------------------------------
    def _row(self, text: str) -> np.ndarray:
        row = np.zeros(len(FEATURE_NAMES), dtype=np.float32)
        found, normalized, _, near = self._analyze(text)
        second = bool(_SECOND_PERSON.search(normalized))
        row[FEATURE_NAMES.index("second_person")] = second
        if not found:
            return row
        n_labels = len(_MATCH_LABELS)
        abuse = [m for m in found if m.is_abuse]
        counts = [0] * n_labels
        for m in abuse:
            sev = m.severity / 3.0
            for j, label in enumerate(_MATCH_LABELS):
                if label in m.labels:
                    counts[j] += 1
                    if sev > row[j]:
                        row[j] = sev
            if m.kind in ("slur", "identity") and m.target:
                row[_FEATURE_INDEX[f"slur_target_{_target_key(m.target)}"]] = 1.0
        for j, c in enumerate(counts):
            row[n_labels + j] = math.log1p(c)
        row[_FEATURE_INDEX["abuse_matches"]] = math.log1p(len(abuse))
        row[_FEATURE_INDEX["quoted_or_counter"]] = math.log1p(len(found) - len(abuse))
        row[_FEATURE_INDEX["compound"]] = math.log1p(sum(m.how == "compound" for m in abuse))
        row[_FEATURE_INDEX["emoji_abuse"]] = math.log1p(sum(m.how == "emoji" for m in abuse))
        if abuse:
            row[_FEATURE_INDEX["abuse_word_share"]] = min(1.0, len(abuse) / max(1, len(_WORDS.findall(normalized))))
            row[_FEATURE_INDEX["weak_only"]] = float(all(not m.span for m in abuse))
            row[_FEATURE_INDEX["second_person_near"]] = float(near)
        return row

    def features(self, texts: Sequence[str]) -> np.ndarray:
        """(n, len(FEATURE_NAMES)) dense features for the stacking ensemble."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
        # the ensemble asks for predict_proba and features of the same batch: compute the batch once
        key = tuple(t if isinstance(t, str) else None for t in texts)
        last = self.__dict__.get("_last")
        if last is not None and last[0] == key:
            return last[1].copy()
        X = np.vstack([self._row(t) for t in texts])
        self.__dict__["_last"] = (key, X)
        return X.copy()

    # -- estimator ----------------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "LexiconMember":
        """Calibrate one small logistic regression per label on the features, where that label is known."""
        from moderator.labels import LABELS

        self.lexicon_  # load before fitting so a missing lexicon fails here, clearly
        X = self.features(list(texts))
        Y, mask = np.asarray(Y), np.asarray(mask, dtype=bool)
        self.models_: dict[str, LogisticRegression] = {}
        for label in self.labels:
            j = LABELS.index(label)
            rows = mask[:, j]
            y = Y[rows, j] >= 0.5
            if y.sum() < self.min_positives or (~y).sum() < self.min_positives:
                continue  # too little data: the severity heuristic answers for this label
            model = LogisticRegression(C=self.C, max_iter=1000, class_weight=None)
            model.fit(X[rows], y)
            self.models_[label] = model
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        X = self.features(list(texts))
        out = self._heuristic(X)
        for j, label in enumerate(self.labels):
            model = getattr(self, "models_", {}).get(label)
            if model is not None:
                out[:, j] = logistic_proba(model, X)
        return out

    @staticmethod
    def _heuristic(X: np.ndarray) -> np.ndarray:
        """Before fitting: a probability that rises with the severity of the worst abusive match."""
        n_labels = len(_MATCH_LABELS)
        sev = X[:, :n_labels]
        out = np.zeros((X.shape[0], len(LEXICON_LABELS)), dtype=np.float32)
        out[:, :n_labels] = np.where(sev > 0, 0.15 + 0.8 * sev, 0.02)
        insult = out[:, _MATCH_LABELS.index("insult")]
        out[:, -1] = np.where(X[:, _FEATURE_INDEX["second_person_near"]] > 0, insult, 0.02)
        return out

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_cache", None)
        state.pop("_last", None)
        return state


_FEATURE_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}


def _target_key(target: str) -> str:
    return target.replace("/", "_").replace(" ", "_")


