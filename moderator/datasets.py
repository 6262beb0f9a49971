"""Readers for the labeled training sets, each mapped onto our labels (moderator.labels).

Every dataset labels only some of our nine labels, so each reader returns a label matrix Y and a mask
saying which cells are known: a dataset trains only the labels it has (multi-task with missing labels).
The mapping is written out in MAPPING (and in models/CARD.md); keep the two in step.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from moderator.labels import LABEL_INDEX, LABELS

# dataset -> how its labels become ours; "0" means the label is known to be absent.
MAPPING: dict[str, str] = {
    "davidson": "class hate -> toxicity=1, identity_attack=1; offensive -> toxicity=1, identity_attack=0; "
    "neither -> toxicity=0, identity_attack=0",
    "olid": "OFF -> toxicity=1; NOT -> every label 0; TIN+IND -> insult=1, harassment=1; TIN+GRP/OTH -> "
    "insult=1, harassment=0; UNT -> insult=0, harassment=0",
    "hatexplain": "hatespeech -> toxicity=1, identity_attack=1; offensive -> toxicity=1, identity_attack=0; "
    "normal -> toxicity=0, identity_attack=0, insult=0, harassment=0, threat=0",
    "cad": "PersonDirectedAbuse -> harassment=1, insult=1; IdentityDirectedAbuse -> identity_attack=1; any abuse "
    "-> toxicity=1; Neutral/CounterSpeech alone -> toxicity=0; absent kinds -> 0",
    "stormfront": "hate -> toxicity=1, identity_attack=1; noHate -> toxicity=0, identity_attack=0; "
    "relation/idk dropped",
    "ethos": "isHate >= 0.5 -> toxicity=1 else 0; multi-label file: violence >= 0.5 -> threat, any target "
    "group >= 0.5 -> identity_attack",
    "civil_comments_spans": "per-rater typed spans: a label is 1 when at least half the raters marked a span "
    "of its type (Insult -> insult, Threat -> threat, Identity based Attack -> identity_attack, "
    "Profane/Obscene -> obscene); toxicity = fewer than half ticked 'not toxic'",
    "c3": "mean crowd_toxicity_level >= 2 -> toxicity=1; >= 3 -> severe_toxicity=1; "
    "personal_attack by most experts -> insult",
    "jigsaw": "toxic, severe_toxic, obscene, threat, insult, identity_hate -> toxicity, severe_toxicity, "
    "obscene, threat, insult, identity_attack",
}


@dataclass
class LabeledSet:
    """Texts with a (n, 9) label matrix and the mask of known cells; `source` names each row's dataset."""

    texts: list[str] = field(default_factory=list)
    Y: np.ndarray = field(default_factory=lambda: np.zeros((0, len(LABELS)), dtype=np.float32))
    mask: np.ndarray = field(default_factory=lambda: np.zeros((0, len(LABELS)), dtype=bool))
    source: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def subset(self, index) -> "LabeledSet":
        index = np.asarray(index)
        return LabeledSet(
            [self.texts[i] for i in index], self.Y[index], self.mask[index], [self.source[i] for i in index]
        )

    @staticmethod
    def concat(parts: list["LabeledSet"]) -> "LabeledSet":
        return LabeledSet(
            [t for p in parts for t in p.texts],
            np.concatenate([p.Y for p in parts]),
            np.concatenate([p.mask for p in parts]),
            [s for p in parts for s in p.source],
        )


def _build(name: str, texts, labels: dict[str, np.ndarray]) -> LabeledSet:
    """labels: our label name -> float array with NaN where unknown."""
    n = len(texts)
    Y = np.zeros((n, len(LABELS)), dtype=np.float32)
    mask = np.zeros((n, len(LABELS)), dtype=bool)
    for label, values in labels.items():
        values = np.asarray(values, dtype=np.float32)
        known = ~np.isnan(values)
        Y[known, LABEL_INDEX[label]] = values[known]
        mask[:, LABEL_INDEX[label]] = known
    keep = [i for i, t in enumerate(texts) if isinstance(t, str) and t.strip()]
    return LabeledSet([texts[i] for i in keep], Y[keep], mask[keep], [name] * len(keep))


def _where(cond, yes=1.0, no=0.0) -> np.ndarray:
    return np.where(np.asarray(cond), yes, no).astype(np.float32)


def read_davidson(root: Path) -> LabeledSet:
    df = pd.read_csv(root / "davidson" / "labeled_data.csv")
    cls = df["class"].to_numpy()
    return _build("davidson", df["tweet"].tolist(), {"toxicity": _where(cls < 2), "identity_attack": _where(cls == 0)})


def read_olid(root: Path) -> LabeledSet:
    df = pd.read_csv(root / "olid" / "olid-training-v1.0.tsv", sep="\t", quoting=csv.QUOTE_NONE)
    off = (df["subtask_a"] == "OFF").to_numpy()
    tin = (df["subtask_b"] == "TIN").to_numpy()
    ind = (df["subtask_c"] == "IND").to_numpy()
    nan = np.nan
    labels = {
        "toxicity": _where(off),
        "insult": np.where(off, _where(tin), 0.0),
        "harassment": np.where(off, _where(tin & ind), 0.0),
    }
    for name in ("severe_toxicity", "threat", "identity_attack", "slur", "obscene", "sexual_explicit"):
        labels[name] = np.where(off, nan, 0.0)
    return _build("olid", df["tweet"].tolist(), labels)


def read_hatexplain(root: Path) -> LabeledSet:
    df = pd.read_csv(root / "hatexplain" / "train.csv")
    lab = df["label"].to_numpy()
    normal = lab == "normal"
    nan = np.nan
    return _build(
        "hatexplain",
        df["text"].tolist(),
        {
            "toxicity": _where(~normal),
            "identity_attack": _where(lab == "hatespeech"),
            "insult": np.where(normal, 0.0, nan),
            "harassment": np.where(normal, 0.0, nan),
            "threat": np.where(normal, 0.0, nan),
        },
    )


def _read_cad_file(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE)
    df["text"] = df["text"].fillna("").astype(str).str.replace("[linebreak]", "\n", regex=False)
    return df


def cad_targets(labels: pd.Series) -> dict[str, np.ndarray]:
    """CAD's comma-separated labels -> our harassment / identity_attack / toxicity (shared with evaluation)."""
    labels = labels.fillna("").astype(str)
    person = labels.str.contains("PersonDirectedAbuse").to_numpy()
    identity = labels.str.contains("IdentityDirectedAbuse").to_numpy()
    affiliation = labels.str.contains("AffiliationDirectedAbuse").to_numpy()
    return {
        "harassment": _where(person),
        "identity_attack": _where(identity),
        "toxicity": _where(person | identity | affiliation),
    }


def read_cad(root: Path) -> LabeledSet:
    df = pd.concat([_read_cad_file(root / "cad" / f"cad_v1_1_{s}.tsv") for s in ("train", "dev")])
    labels = cad_targets(df["labels"])
    labels["insult"] = labels["harassment"]
    return _build("cad", df["text"].tolist(), labels)


def read_stormfront(root: Path) -> LabeledSet:
    df = pd.read_csv(root / "stormfront" / "stormfront_hate_speech.csv")
    df = df[df["label"].isin(["hate", "noHate"])]
    hate = (df["label"] == "hate").to_numpy()
    return _build("stormfront", df["text"].tolist(), {"toxicity": _where(hate), "identity_attack": _where(hate)})


def read_ethos(root: Path) -> LabeledSet:
    binary = pd.read_csv(root / "ethos" / "Ethos_Dataset_Binary.csv", sep=";")
    multi = pd.read_csv(root / "ethos" / "Ethos_Dataset_Multi_Label.csv", sep=";")
    groups = ["gender", "race", "national_origin", "disability", "religion", "sexual_orientation"]
    multi_by_text = {
        row.comment: (row.violence >= 0.5, max(getattr(row, g) for g in groups) >= 0.5)
        for row in multi.itertuples()
    }
    texts = binary["comment"].tolist()
    hate = (binary["isHate"] >= 0.5).to_numpy()
    threat = np.array([float(multi_by_text[t][0]) if t in multi_by_text else (np.nan if h else 0.0)
                       for t, h in zip(texts, hate)])
    identity = np.array([float(multi_by_text[t][1]) if t in multi_by_text else (np.nan if h else 0.0)
                         for t, h in zip(texts, hate)])
    return _build("ethos", texts, {"toxicity": _where(hate), "threat": threat, "identity_attack": identity})


def read_civil_comments_spans(root: Path) -> LabeledSet:
    base = root / "civil_comments_spans"
    comments = pd.read_csv(base / "comments.csv")
    ann = pd.read_csv(base / "annotations.csv")
    spans = pd.read_csv(base / "spans.csv")
    raters = ann.groupby("comment_id")["annotation"].nunique()
    not_toxic = ann.groupby("comment_id")["not toxic"].mean()
    typed = spans.merge(ann[["annotation", "comment_id"]], on="annotation")
    kinds = {"Insult": "insult", "Threat": "threat", "Identity based Attack": "identity_attack",
             "Profane/Obscene": "obscene"}
    labels: dict[str, np.ndarray] = {}
    ids = comments["comment_id"]
    n_raters = ids.map(raters).fillna(0).to_numpy()
    for kind, label in kinds.items():
        per = typed[typed["type"] == kind].groupby("comment_id")["annotation"].nunique()
        frac = ids.map(per).fillna(0).to_numpy() / np.maximum(n_raters, 1)
        labels[label] = np.where(n_raters > 0, _where(frac >= 0.5), np.nan)
    labels["toxicity"] = np.where(n_raters > 0, _where(ids.map(not_toxic).fillna(1).to_numpy() < 0.5), np.nan)
    return _build("civil_comments_spans", comments["comment_text"].tolist(), labels)


def read_c3(root: Path, path: Path | None = None) -> LabeledSet:
    df = pd.read_csv(path or root / "c3" / "c3_train.csv")
    level = df["crowd_toxicity_level"].to_numpy(dtype=float)
    chars = df["toxicity_characteristics"].fillna("").astype(str)
    attack = pd.to_numeric(chars.str.extract(r"personal_attack:(\d)")[0], errors="coerce").fillna(0).to_numpy()
    return _build(
        "c3",
        df["comment_text"].tolist(),
        {"toxicity": _where(level >= 2), "severe_toxicity": _where(level >= 3), "insult": _where(attack >= 3)},
    )


def read_jigsaw(root: Path) -> LabeledSet:
    base = root / "jigsaw_samples"
    files = [base / "ibm_max" / "test_examples.csv", base / "vaishnawi_sample" / "sample_data.csv",
             base / "detoxify_dummy" / "train.csv", base / "detoxify_dummy" / "test.csv"]
    df = pd.concat([pd.read_csv(f) for f in files]).drop_duplicates("comment_text")
    cols = {"toxic": "toxicity", "severe_toxic": "severe_toxicity", "obscene": "obscene", "threat": "threat",
            "insult": "insult", "identity_hate": "identity_attack"}
    # -1 marks a test row Jigsaw never labeled
    return _build("jigsaw", df["comment_text"].tolist(),
                  {ours: df[theirs].where(df[theirs] >= 0).to_numpy(float) for theirs, ours in cols.items()})


READERS = {
    "davidson": read_davidson,
    "olid": read_olid,
    "hatexplain": read_hatexplain,
    "cad": read_cad,
    "stormfront": read_stormfront,
    "ethos": read_ethos,
    "civil_comments_spans": read_civil_comments_spans,
    "c3": read_c3,
    "jigsaw": read_jigsaw,
}


def load_training(data_dir: Path, names: list[str] | None = None) -> LabeledSet:
    """Every training set under data_dir/train mapped onto our labels, rows in a fixed order."""
    root = Path(data_dir) / "train"
    return LabeledSet.concat([READERS[name](root) for name in (names or list(READERS))])


def split_train_valid(data: LabeledSet, valid_fraction: float = 0.2, seed: int = 13) -> tuple[LabeledSet, LabeledSet]:
    """A stratified-by-source random split: the validation part fits the stacker and picks thresholds."""
    rng = np.random.default_rng(seed)
    train_idx, valid_idx = [], []
    sources = np.array(data.source)
    for name in sorted(set(data.source)):
        idx = np.flatnonzero(sources == name)
        rng.shuffle(idx)
        cut = int(round(len(idx) * valid_fraction))
        valid_idx.extend(idx[:cut])
        train_idx.extend(idx[cut:])
    return data.subset(sorted(train_idx)), data.subset(sorted(valid_idx))


def read_toxic_spans(path: Path) -> list[tuple[str, list[int]]]:
    """SemEval-2021 Task 5 files: (text, sorted character offsets of toxic spans)."""
    df = pd.read_csv(path)
    return [(text, sorted(json.loads(spans))) for spans, text in zip(df["spans"], df["text"])]
