"""The stable label names of the output contract (GUIDE.md), in their fixed order."""

LABELS: tuple[str, ...] = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "insult",
    "threat",
    "identity_attack",
    "sexual_explicit",
    "slur",
    "harassment",
)
LABEL_INDEX = {name: i for i, name in enumerate(LABELS)}
