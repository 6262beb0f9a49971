"""Publisher policies: TOML files mapping calibrated scores to keep / flag / remove, with reasons."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from moderator.labels import LABELS
from moderator.phrases import PHRASE_KINDS, PHRASE_LABELS

DEFAULT_POLICY = Path(__file__).parent / "policies" / "default.toml"
DECISIONS = ("keep", "flag", "remove")


class PolicyError(ValueError):
    """A policy file that cannot be used; the message says which key is wrong."""


@dataclass(frozen=True)
class Policy:
    name: str
    remove: dict[str, float]
    flag: dict[str, float]
    cascade_band: tuple[float, float] = (0.15, 0.85)
    cascade_full: bool = False
    flag_phrases: tuple[str, ...] = ()
    # comments compared by meaning with the phrase finders' examples too (moderator.resemblance; slow)
    phrase_resemblance: bool = False
    not_english: str = "keep"  # "flag": a comment in another language goes to a person (moderator.language)
    # "keep": a comment flagged only for swearing that targets nobody is kept (moderator.swearing)
    profanity_aimed_at_no_one: str = "flag"
    # labels that remove only where the lexicon marks words of that label; on the score alone they flag
    remove_needs_words: tuple[str, ...] = ()
    digest: str = ""
    raw: dict = field(default_factory=dict, compare=False)

    @classmethod
    def from_dict(cls, data: dict, name: str | None = None) -> "Policy":
        if not isinstance(data, dict):
            raise PolicyError("a policy is a table (JSON object) of settings")
        data = _with_base(data)
        thresholds = {}
        for section in ("remove", "flag"):
            table = data.get(section, {})
            if not isinstance(table, dict):
                raise PolicyError(f"[{section}] must be a table of label = threshold")
            for label, value in table.items():
                if label not in LABELS:
                    raise PolicyError(f"[{section}] {label}: unknown label (known: {', '.join(LABELS)})")
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                    raise PolicyError(f"[{section}] {label}: threshold must be a number in [0, 1]")
            thresholds[section] = {k: float(v) for k, v in table.items()}
        cascade = data.get("cascade", {})
        band = cascade.get("band", [0.15, 0.85]) if isinstance(cascade, dict) else None
        if (not isinstance(band, (list, tuple)) or len(band) != 2
                or not all(isinstance(x, (int, float)) and 0 <= x <= 1 for x in band) or band[0] > band[1]):
            raise PolicyError("[cascade] band must be two numbers low <= high in [0, 1]")
        if not isinstance(cascade.get("full", False), bool):
            raise PolicyError("[cascade] full must be true or false")
        phrases = data.get("phrases", {})
        flag_phrases = phrases.get("flag", []) if isinstance(phrases, dict) else None
        if not isinstance(flag_phrases, (list, tuple)) or not all(k in PHRASE_KINDS for k in flag_phrases):
            raise PolicyError(f"[phrases] flag must be a list of phrase kinds (known: {', '.join(PHRASE_KINDS)})")
        resemblance = phrases.get("resemblance", False)
        if not isinstance(resemblance, bool):
            raise PolicyError("[phrases] resemblance must be true or false")
        language = data.get("language", {})
        not_english = language.get("not_english", "keep") if isinstance(language, dict) else None
        if not_english not in ("keep", "flag"):
            raise PolicyError("[language] not_english must be \"flag\" or \"keep\"")
        profanity = data.get("profanity", {})
        aimed_at_no_one = profanity.get("aimed_at_no_one", "flag") if isinstance(profanity, dict) else None
        if aimed_at_no_one not in ("keep", "flag"):
            raise PolicyError("[profanity] aimed_at_no_one must be \"flag\" or \"keep\"")
        evidence = data.get("evidence", {})
        needs_words = evidence.get("remove_needs_words", []) if isinstance(evidence, dict) else None
        if not isinstance(needs_words, (list, tuple)) or not all(k in LABELS for k in needs_words):
            raise PolicyError(f"[evidence] remove_needs_words must be a list of labels (known: {', '.join(LABELS)})")
        canonical = repr(sorted((k, repr(v)) for k, v in data.items())).encode()
        return cls(
            name=str(data.get("name") or name or "custom"),
            remove=thresholds["remove"],
            flag=thresholds["flag"],
            cascade_band=(float(band[0]), float(band[1])),
            cascade_full=bool(cascade.get("full", False)),
            flag_phrases=tuple(dict.fromkeys(flag_phrases)),
            phrase_resemblance=resemblance,
            not_english=not_english,
            profanity_aimed_at_no_one=aimed_at_no_one,
            remove_needs_words=tuple(dict.fromkeys(needs_words)),
            digest=hashlib.sha256(canonical).hexdigest()[:12],
            raw=data,
        )

    def to_dict(self) -> dict:
        return {"name": self.name, "digest": self.digest, "remove": self.remove, "flag": self.flag,
                "cascade": {"band": list(self.cascade_band), "full": self.cascade_full},
                "phrases": {"flag": list(self.flag_phrases), "resemblance": self.phrase_resemblance}, "language": {"not_english": self.not_english},
                "profanity": {"aimed_at_no_one": self.profanity_aimed_at_no_one},
                "evidence": {"remove_needs_words": list(self.remove_needs_words)}}

    def decide(self, scores: dict[str, float], span_reasons: list[str] = (),
               phrases: list[tuple[str, str]] = (), language: str | None = None,
               marked: frozenset[str] | set[str] = frozenset()) -> tuple[str, list[str]]:
        """The decision and its reasons: lexicon/span reasons first, then each threshold crossed.
        `phrases` are the (kind, reason) of phrases the lexicon marked; those of the kinds in
        [phrases] flag flag a comment that no threshold would. `language`: the comment's language
        where it is not English; with [language] not_english = "flag" it flags the comment too.
        `marked`: the labels of the words the lexicon marked (a phrase's label counts too); a label in
        [evidence] remove_needs_words removes only with words of its own marked, and flags on its score
        alone."""
        phrase_reasons = [reason for kind, reason in phrases if kind in self.flag_phrases]
        if language and self.not_english == "flag":
            phrase_reasons.append(f"language: not English ({language}), the scores may miss abuse")
        marked = {*marked, *(PHRASE_LABELS[kind] for kind, _ in phrases)}
        held_back = {label for label in self.remove_needs_words if label not in marked}
        unproven = [f"{label} >= {threshold:.2f} but no {label} words marked: a person decides"
                    for label, threshold in self.remove.items()
                    if label in held_back and scores.get(label, 0.0) >= threshold]
        for decision, table in (("remove", self.remove), ("flag", self.flag)):
            crossed = [f"{label} >= {threshold:.2f}" for label, threshold in table.items()
                       if scores.get(label, 0.0) >= threshold and not (decision == "remove" and label in held_back)]
            if crossed:
                if decision == "flag":
                    crossed = [*unproven, *crossed]
                return decision, list(dict.fromkeys([*span_reasons, *phrase_reasons, *crossed]))
        if unproven:  # a publisher's remove threshold below its flag threshold
            return "flag", list(dict.fromkeys([*span_reasons, *phrase_reasons, *unproven]))
        if phrase_reasons:
            return "flag", list(dict.fromkeys(phrase_reasons))
        return "keep", []


def _with_base(data: dict, depth: int = 0) -> dict:
    """`extends = "default"`: the named shipped policy's settings, with this policy's keys and table
    entries on top, so a policy states only what it changes."""
    base_name = data.get("extends")
    if base_name is None:
        return data
    if not isinstance(base_name, str) or base_name not in shipped_policies():
        raise PolicyError(f"extends: {base_name!r} is not a shipped policy ({', '.join(shipped_policies())})")
    if depth > 3:
        raise PolicyError("extends: policies extend each other in a loop")
    base_path = DEFAULT_POLICY.parent / f"{base_name}.toml"
    merged = _with_base(tomllib.loads(base_path.read_text(encoding="utf-8")), depth + 1)
    for key, value in data.items():
        if key == "extends":
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def shipped_policies() -> list[str]:
    """Names of the policies shipped in the package ("default", "thorough", ...)."""
    return sorted(path.stem for path in DEFAULT_POLICY.parent.glob("*.toml"))


def load_policy(source: str | Path | dict | None = None) -> Policy:
    """A Policy from a TOML file path, the name of a shipped policy ("thorough"), a dict (as sent to
    the API), or None for the shipped default."""
    if isinstance(source, dict):
        return Policy.from_dict(source)
    path = Path(source) if source else DEFAULT_POLICY
    shipped = DEFAULT_POLICY.parent / f"{source}.toml"
    if source and not path.exists() and isinstance(source, str) and source.isidentifier() and shipped.exists():
        path = shipped  # a policy shipped in the package, by name: "default", "thorough"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{path}: no such policy file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: not valid TOML: {exc}") from None
    return Policy.from_dict(data, name=path.stem)
