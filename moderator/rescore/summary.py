"""A re-scoring job's counts: decisions, how decisions moved from the previous ones (keep->flag,
flag->remove, remove->keep, ...) and rejects. Each chunk's counts are stored with its checkpoint, so
the summary of a resumed job is the sum over all chunks, not only over the last run's."""

from __future__ import annotations

import re
from collections import Counter

from moderator.policy import DECISIONS


def chunk_stats(rows_in: int, rows: list[dict], rejects: list[dict]) -> dict:
    decisions = Counter(r["decision"] for r in rows)
    transitions = Counter(
        f"{r['previous_decision']}->{r['decision']}" for r in rows if r.get("previous_decision") is not None
    )
    reasons = Counter(reject_kind(r["reason"]) for r in rejects)
    return {"rows_in": rows_in, "scored": len(rows), "rejected": len(rejects),
            "decisions": dict(decisions), "transitions": dict(transitions), "reject_reasons": dict(reasons)}


def reject_kind(reason: str) -> str:
    """The reason without its particulars ("not JSON: Expecting value at column 3" -> "not JSON")."""
    return re.split(r"[:(]", reason, maxsplit=1)[0].strip()


class Summary:
    def __init__(self):
        self.rows_in = self.scored = self.rejected = 0
        self.decisions: Counter = Counter()
        self.transitions: Counter = Counter()
        self.reject_reasons: Counter = Counter()

    def add(self, stats: dict) -> None:
        self.rows_in += stats["rows_in"]
        self.scored += stats["scored"]
        self.rejected += stats["rejected"]
        self.decisions.update(stats["decisions"])
        self.transitions.update(stats["transitions"])
        self.reject_reasons.update(stats["reject_reasons"])

    def changed(self) -> int:
        return sum(n for key, n in self.transitions.items() if key.split("->")[0] != key.split("->")[1])

    def to_dict(self) -> dict:
        return {
            "comments": self.rows_in,
            "scored": self.scored,
            "rejected": self.rejected,
            "decisions": {d: self.decisions.get(d, 0) for d in DECISIONS},
            "with_previous_decision": sum(self.transitions.values()),
            "changed": self.changed(),
            # every pair that occurred, most frequent first; unchanged pairs (keep->keep) included
            "transitions": dict(sorted(self.transitions.items(), key=lambda kv: (-kv[1], kv[0]))),
            "reject_reasons": dict(self.reject_reasons.most_common()),
        }

    def format(self) -> str:
        """A few lines for the terminal."""
        d = self.to_dict()
        lines = [
            f"{d['comments']:,} comments: {d['scored']:,} scored, {d['rejected']:,} rejected",
            "decisions: " + ", ".join(f"{k} {v:,}" for k, v in d["decisions"].items()),
        ]
        moved = {k: v for k, v in d["transitions"].items() if k.split("->")[0] != k.split("->")[1]}
        if d["with_previous_decision"]:
            lines.append(f"changed: {d['changed']:,} of {d['with_previous_decision']:,} with a previous decision"
                         + (" (" + ", ".join(f"{k} {v:,}" for k, v in moved.items()) + ")" if moved else ""))
        if d["reject_reasons"]:
            lines.append("rejects: " + ", ".join(f"{k} {v:,}" for k, v in d["reject_reasons"].items()))
        return "\n".join(lines)
