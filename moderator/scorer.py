"""Comments in, decisions out: the one entry point the CLI, the service and the batch job share.

    mod = Moderator.load()
    mod.moderate([{"id": "c1", "text": "...", "article": "..."}])  # -> GUIDE's result per comment
"""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path
from typing import Any, Iterable

import joblib
import numpy as np

from moderator import __version__
from moderator.counter_speech import defends_groups_only
from moderator.datapaths import models_dir
from moderator.labels import LABELS
from moderator.language import LanguageCheck
from moderator.lexicon import LEXICON_FILE, Lexicon
from moderator.policy import Policy, load_policy
from moderator.resemblance import resemblance_for
from moderator.resemblance import span as resemblance_span
from moderator.swearing import aimed_at_no_one
from moderator.targets import ArticleContext, targets_person

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 20_000
# A targeted insult is harassment; P(harassment | insult aimed at a person) as set in models/CARD.md.
TARGETED_INSULT_WEIGHT = 0.9
# A comment that does nothing but defend a group ("Muslims are not terrorists.", "Immigrants are people
# too.") reads to the models as the attack it answers (moderator.counter_speech); its scores are held at
# most this, below every shipped flag threshold.
DEFENDED_GROUP_CAP = 0.2

ENSEMBLE_FILE = "ensemble.joblib"
SPANS_FILE = "spans.joblib"
MANIFEST_FILE = "manifest.json"


class ModelsMissing(RuntimeError):
    """models/ has no trained ensemble: run `moderator train`."""


def validate_text(text: Any) -> str | None:
    """Why a comment's text cannot be scored, or None when it can."""
    if not isinstance(text, str):
        return "text must be a string"
    if not text.strip():
        return "text is empty"
    if len(text) > MAX_TEXT_CHARS:
        return f"text is longer than {MAX_TEXT_CHARS} characters ({len(text)})"
    if "\x00" in text:
        return "text contains NUL bytes (binary data?)"
    return None


def validate_comment(comment: Any) -> str | None:
    """Why a comment (an object with "text", optional "article") cannot be scored, or None when it can."""
    if not isinstance(comment, dict):
        return "comment must be an object"
    article = comment.get("article")
    if article is not None and not isinstance(article, str):
        return f"article must be a string (the article's text), not {type(article).__name__}"
    return validate_text(comment.get("text"))


def _span_order(span: dict) -> tuple[int, int]:
    return span["start"], span["end"]


def _round(x: float) -> float:
    return round(float(x), 4)


class Moderator:
    _cache: dict[str, "Moderator"] = {}
    _cache_lock = threading.Lock()

    def __init__(self, ensemble, span_tagger=None, lexicon_member=None, policy: Policy | None = None,
                 manifest: dict | None = None, language: LanguageCheck | None = None, folder: Path | None = None):
        self.ensemble = ensemble
        self.folder = folder  # where the phrase examples are read from when a policy compares with them
        self.language = language
        self.span_tagger = span_tagger
        self.lexicon_member = lexicon_member
        self.policy = policy or load_policy()
        self.manifest = manifest or {}
        self.model_version = self.manifest.get("model_version", __version__)

    @property
    def manifest_thresholds(self) -> dict[str, float]:
        """Benchmark decision rules chosen on the validation split by `moderator train`."""
        return self.manifest.get("eval_thresholds", {})

    @property
    def manifest_thresholds_full(self) -> dict[str, float]:
        """The same rules chosen for `--full` scores (every member on every comment)."""
        return self.manifest.get("eval_thresholds_full") or self.manifest_thresholds

    @classmethod
    def load(cls, path: str | Path | None = None, policy: Policy | str | None = None) -> "Moderator":
        """The shipped models (cached per folder and process)."""
        folder = Path(path or models_dir()).resolve()
        key = str(folder)
        with cls._cache_lock:
            base = cls._cache.get(key)
            if base is None:
                base = cls._cache[key] = cls._load_uncached(folder)
        if policy is None:
            return base
        return cls(base.ensemble, base.span_tagger, base.lexicon_member,
                   policy if isinstance(policy, Policy) else load_policy(policy), base.manifest, base.language,
                   base.folder)

    @classmethod
    def _load_uncached(cls, folder: Path) -> "Moderator":
        if not (folder / ENSEMBLE_FILE).exists():
            raise ModelsMissing(f"{folder / ENSEMBLE_FILE} not found: run `moderator train`")
        started = time.perf_counter()
        ensemble = joblib.load(folder / ENSEMBLE_FILE)
        tagger = joblib.load(folder / SPANS_FILE) if (folder / SPANS_FILE).exists() else None
        manifest = json.loads((folder / MANIFEST_FILE).read_text()) if (folder / MANIFEST_FILE).exists() else {}
        lexicon = next((m for m in ensemble.members if getattr(m, "name", "") == "lexicon"), None)
        if lexicon is not None and (folder / LEXICON_FILE).exists():
            # the lexicon ships as its own file, so a curated update (a new coined slur) reaches scoring
            # without a retrain; the copy pickled with the member is the one it was trained with
            lexicon.lexicon = Lexicon.load(folder / LEXICON_FILE)
        log.info("models loaded from %s in %.2fs", folder, time.perf_counter() - started)
        return cls(ensemble, tagger, lexicon, manifest=manifest, language=LanguageCheck.load(folder), folder=folder)

    def warm_up(self) -> "Moderator":
        """Load what loads lazily (the transformer, the language identifier) and run each member once,
        so that a service's first requests do not wait for it."""
        self.ensemble.expensive_available()
        if self.language is not None:
            self.language.warm_up()
        self.moderate([{"text": "Warming up: you are an idiot."}], full=True)
        return self

    # -- scoring ----------------------------------------------------------------------------------
    def score(self, texts: list[str], articles: list[str | None] | None = None,
              policy: Policy | None = None, full: bool | None = None,
              use_transformer: bool = True) -> tuple[np.ndarray, list[list[dict]]]:
        """(n, 9) calibrated scores and each text's spans (offsets into the text as given)."""
        scores = self._scores(texts, articles, policy, full, use_transformer)
        found = self._lexicon_spans(texts)
        self._add_tagged_spans(texts, found, range(len(texts)))
        return scores, found

    def _scores(self, texts: list[str], articles: list[str | None] | None, policy: Policy | None,
                full: bool | None, use_transformer: bool) -> np.ndarray:
        policy = policy or self.policy
        full = policy.cascade_full if full is None else full
        scores, _ = self.ensemble.predict_proba(texts, band=policy.cascade_band, full=full,
                                                use_expensive=use_transformer)
        articles = articles or [None] * len(texts)
        contexts: dict[str | None, ArticleContext] = {}
        h, ins = LABELS.index("harassment"), LABELS.index("insult")
        for i, (text, article) in enumerate(zip(texts, articles)):
            if article not in contexts:
                contexts[article] = ArticleContext.from_text(article)
            if targets_person(text, contexts[article]):
                scores[i, h] = max(scores[i, h], TARGETED_INSULT_WEIGHT * scores[i, ins])
            if scores[i].max() > DEFENDED_GROUP_CAP and defends_groups_only(text):
                np.minimum(scores[i], DEFENDED_GROUP_CAP, out=scores[i])
        return scores

    def _lexicon_spans(self, texts: list[str]) -> list[list[dict]]:
        """The lexicon's matches: they carry reasons, so they take part in the decision."""
        if self.lexicon_member is None:
            return [[] for _ in texts]
        return [sorted(self.lexicon_member.spans(text), key=_span_order) for text in texts]

    def _add_resemblances(self, texts: list[str], found: list[list[dict]]) -> None:
        """Phrase spans for the comments that read like a phrase finder's example (moderator.resemblance),
        where no phrase is marked already."""
        examples = resemblance_for(self.folder) if self.folder is not None else None
        if examples is None:
            return
        todo = [i for i, spans in enumerate(found) if not any(s.get("phrase") for s in spans)]
        for i, resembling in zip(todo, examples.find([texts[i] for i in todo])):
            found[i].extend(resemblance_span(texts[i], r) for r in resembling)
            found[i].sort(key=_span_order)

    def _add_tagged_spans(self, texts: list[str], found: list[list[dict]], which) -> None:
        """The span tagger's toxic words for the texts at `which`, where no lexicon span already is.
        They only show what drove a score, so moderate() asks for them on flagged and removed
        comments alone (the tagger is a fifth of the scoring time)."""
        which = list(which)
        if self.span_tagger is None or not which:
            return
        for i, spans in zip(which, self.span_tagger.predict([texts[i] for i in which])):
            # the characters lexicon spans cover: one pass each, where testing every pair of spans took
            # seconds on a 20,000-character comment of 10,000 matches
            taken = np.zeros(len(texts[i]) + 1, dtype=bool)
            for s in found[i]:
                taken[s["start"]:s["end"]] = True
            found[i].extend(s for s in spans if not taken[s["start"]:s["end"]].any())
            found[i].sort(key=_span_order)

    def moderate(self, comments: Iterable[dict], policy: Policy | None = None,
                 full: bool | None = None, use_transformer: bool = True) -> list[dict]:
        """GUIDE's result for each comment ({"id", "error"} where its text is unusable), in order."""
        comments = list(comments)
        policy = policy or self.policy
        results: list[dict | None] = [None] * len(comments)
        todo = []
        for i, comment in enumerate(comments):
            problem = validate_comment(comment)
            cid = comment.get("id") if isinstance(comment, dict) else None
            if problem:
                results[i] = {"id": cid, "error": problem}
            else:
                todo.append(i)
        if todo:
            texts = [comments[i]["text"] for i in todo]
            articles = [comments[i].get("article") for i in todo]
            scores = self._scores(texts, articles, policy, full, use_transformer)
            spans = self._lexicon_spans(texts)
            if policy.phrase_resemblance:
                self._add_resemblances(texts, spans)
            rounded = [{label: _round(row[j]) for j, label in enumerate(LABELS)} for row in scores]
            languages = ([self.language.foreign_language(t) for t in texts]
                         if self.language is not None and policy.not_english == "flag" else [None] * len(texts))
            decided = [self._decide(r, s, policy, lang) for r, s, lang in zip(rounded, spans, languages)]
            if policy.profanity_aimed_at_no_one == "keep" and self.lexicon_member is not None:
                decided = [("keep", []) if decision == "flag" and aimed_at_no_one(
                    text, self.lexicon_member.matches(text), r, reasons) else (decision, reasons)
                    for text, r, (decision, reasons) in zip(texts, rounded, decided)]
            self._add_tagged_spans(texts, spans, (k for k, (d, _) in enumerate(decided) if d != "keep"))
            for k, i in enumerate(todo):
                results[i] = self._result(comments[i].get("id"), rounded[k], decided[k], spans[k], policy)
        return results  # type: ignore[return-value]

    @staticmethod
    def _decide(scores: dict[str, float], spans: list[dict], policy: Policy,
                language: str | None = None) -> tuple[str, list[str]]:
        span_reasons = [s["reason"] for s in spans
                        if s.get("reason") and scores.get(s["label"], 0) >= policy.flag.get(s["label"], 0.5)]
        phrases = [(s["phrase"], s["reason"]) for s in spans if s.get("phrase")]  # the policy picks its kinds
        marked = frozenset(s["label"] for s in spans if s.get("reason"))
        return policy.decide(scores, span_reasons, phrases, language, marked)

    def _result(self, cid, scores: dict[str, float], decided: tuple[str, list[str]], spans: list[dict],
                policy: Policy) -> dict:
        decision, reasons = decided
        if decision == "keep":
            spans = []  # spans explain a flag or a removal; a kept comment has nothing to highlight
        # the tagger guesses a span's kind from the words alone; where the comment's own score for that
        # kind is below its flag threshold, the span is shown as plain toxicity
        spans = [s if s.get("reason") or scores.get(s["label"], 0) >= policy.flag.get(s["label"], 0.5)
                 else {**s, "label": "toxicity"} for s in spans]
        # one highlight per stretch of text: "kys" is both an insult term and a wish of death; the
        # phrase says more, and both reasons are already listed
        by_range: dict[tuple[int, int], dict] = {}
        for s in spans:
            if _span_order(s) not in by_range or s.get("phrase"):
                by_range[_span_order(s)] = s
        spans = list(by_range.values())
        return {
            "id": cid,
            "decision": decision,
            "scores": scores,
            "reasons": reasons,
            "spans": [{"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]} for s in spans],
            "model_version": self.model_version,
        }
