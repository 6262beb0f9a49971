"""`moderator evaluate`: measure the shipped models on data/eval (measure only: nothing here trains or tunes).

Every decision rule a benchmark needs (OLID's offensive threshold, HateXplain's three classes, CAD's
thresholds) was chosen on the validation split by `moderator train` and is read from models/manifest.json.
Each set is also measured on an obfuscated copy (moderator.perturb), so robustness is a number too.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path
from typing import Callable

import click
import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

from moderator.datapaths import data_dir
from moderator.labels import LABELS

COL = {label: j for j, label in enumerate(LABELS)}


# -- scoring helpers ----------------------------------------------------------------------------------
class Runner:
    """Scores texts with one Moderator, optionally obfuscating them first."""

    def __init__(self, moderator, obfuscate: bool, full: bool | None, no_transformer: bool):
        self.mod = moderator
        self.obfuscate = obfuscate
        self.full = full
        self.no_transformer = no_transformer

    def perturb(self, texts: list[str]):
        from moderator.perturb import perturb

        return [perturb(t, seed=i) for i, t in enumerate(texts)]

    def scores(self, texts: list[str]) -> np.ndarray:
        if self.obfuscate:
            texts = [p.text for p in self.perturb(texts)]
        return self._score(texts)[0]

    def decisions(self, texts: list[str]) -> list[str]:
        """keep / flag / remove under the models' own policy, as the service would decide."""
        out = []
        for start in range(0, len(texts), 2048):
            out += [r.get("decision", "error") for r in self.mod.moderate(
                [{"text": t} for t in texts[start:start + 2048]], full=self.full,
                use_transformer=not self.no_transformer)]
        return out

    def _score(self, texts: list[str], with_spans: bool = False):
        use = not self.no_transformer
        out, spans = [], []
        for start in range(0, len(texts), 2048):
            chunk = texts[start:start + 2048]
            if with_spans:
                s, sp = self.mod.score(chunk, full=self.full, use_transformer=use)
                spans.extend(sp)
            else:
                s, _ = self.mod.ensemble.predict_proba(
                    chunk, band=self.mod.policy.cascade_band,
                    full=bool(self.full) or self.mod.policy.cascade_full, use_expensive=use)
            out.append(s)
        return np.vstack(out) if out else np.zeros((0, len(LABELS))), spans


# -- the sets -------------------------------------------------------------------------------------------
def eval_olid(root: Path, run: Runner, th: dict) -> dict:
    base = root / "olid"
    tweets = pd.read_csv(base / "testset-levela.tsv", sep="\t", quoting=csv.QUOTE_NONE)
    gold = pd.read_csv(base / "labels-levela.csv", header=None, names=["id", "label"])
    df = tweets.merge(gold, on="id")
    p = run.scores(df["tweet"].tolist())[:, COL["toxicity"]]
    y = (df["label"] == "OFF").to_numpy()
    return {"n": len(df), "macro_f1": f1_score(y, p >= th["olid_offensive_toxicity"], average="macro"),
            "auc_toxicity": roc_auc_score(y, p)}


def eval_hatexplain(root: Path, run: Runner, th: dict) -> dict:
    """Three classes from the nine scores by the rule fitted on the validation split (models from before
    that rule: by the two thresholds), and by the two thresholds alongside."""
    from moderator.training import hatexplain_classes, hatexplain_classes_learned

    df = pd.read_csv(root / "hatexplain" / "test.csv")
    df = df[df["label"].isin(["normal", "offensive", "hatespeech"])]
    gold = df["label"].map({"normal": 0, "offensive": 1, "hatespeech": 2}).to_numpy()
    scores = run.scores(df["text"].tolist())
    by_thresholds = hatexplain_classes(scores, th["hatexplain_hate_identity_attack"],
                                       th["hatexplain_offensive_toxicity"])
    pred = hatexplain_classes_learned(scores, th["hatexplain_rule"]) if "hatexplain_rule" in th else by_thresholds
    return {"n": len(df), "accuracy": accuracy_score(gold, pred), "macro_f1": f1_score(gold, pred, average="macro"),
            "accuracy_two_thresholds": accuracy_score(gold, by_thresholds),
            "macro_f1_two_thresholds": f1_score(gold, by_thresholds, average="macro")}


def _read_cad(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE)
    df["text"] = df["text"].fillna("").astype(str).str.replace("[linebreak]", "\n", regex=False)
    return df[df["text"].str.strip() != ""]


def cad_baseline(data_root: Path, test_texts: list[str]) -> dict[str, np.ndarray]:
    """The reference the issue asks us to beat: plain TF-IDF (word + char) LR per label, trained on CAD's
    train split, threshold chosen on CAD's dev split. No normalization, no other data."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    from moderator.datasets import cad_targets

    train = _read_cad(data_root / "train" / "cad" / "cad_v1_1_train.tsv")
    dev = _read_cad(data_root / "train" / "cad" / "cad_v1_1_dev.tsv")
    out = {}
    for label in ("harassment", "identity_attack"):
        model = make_pipeline(
            make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                       TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)),
            LogisticRegression(C=4.0, solver="liblinear", class_weight="balanced"),
        )
        model.fit(train["text"], cad_targets(train["labels"])[label])
        pdev = model.predict_proba(dev["text"])[:, 1]
        ydev = cad_targets(dev["labels"])[label]
        t = max(np.linspace(0.05, 0.95, 91), key=lambda t: f1_score(ydev, pdev >= t, zero_division=0))
        out[label] = model.predict_proba(test_texts)[:, 1] >= t
    return out


def eval_cad(root: Path, run: Runner, th: dict, data_root: Path, baseline: bool) -> dict:
    from moderator.datasets import cad_targets

    df = _read_cad(root / "cad" / "cad_v1_1_test.tsv")
    gold = cad_targets(df["labels"])
    scores = run.scores(df["text"].tolist())
    res = {"n": len(df)}
    for label in ("harassment", "identity_attack"):
        res[f"f1_{label}"] = f1_score(gold[label], scores[:, COL[label]] >= th[f"cad_{label}"], zero_division=0)
    if baseline:
        base = cad_baseline(data_root, df["text"].tolist())
        for label in ("harassment", "identity_attack"):
            res[f"baseline_f1_{label}"] = f1_score(gold[label], base[label], zero_division=0)
    return res


def eval_toxic_spans(root: Path, run: Runner, th: dict) -> dict:
    from moderator.datasets import read_toxic_spans
    from moderator.spans import span_f1

    rows = read_toxic_spans(root / "toxic_spans" / "tsd_test.csv")
    texts = [t for t, _ in rows]
    golds = [set(g) for _, g in rows]
    if run.obfuscate:
        from moderator.perturb import map_spans

        perturbed = run.perturb(texts)
        texts = [p.text for p in perturbed]
        golds = [set(map_spans(sorted(g), p)) for p, g in zip(perturbed, golds)]
    _, spans = run._score(texts, with_spans=True)
    f1s = [span_f1({i for s in sp for i in range(s["start"], s["end"])}, g) for sp, g in zip(spans, golds)]
    return {"n": len(rows), "span_f1": float(np.mean(f1s))}


def madlibs_term(text: str, template: str) -> str | None:
    """The identity term of a bias-madlibs sentence, read from the template's fixed word positions."""
    words = text.rstrip(".").split()
    if template in ("name_adj", "you_are_adj"):
        return " ".join(words[4:]).lower() or None
    if template == "verb_adj":
        return " ".join(words[1:]).lower() or None
    if template == "am_hate_adj":
        return " ".join(words[2:]).lower() or None
    if template == "being_adj" and "is" in words:
        return " ".join(words[1:words.index("is")]).lower() or None
    return None  # you_occupation names occupations, not identities


def eval_bias_madlibs(root: Path, run: Runner, th: dict) -> dict:
    df = pd.read_csv(root / "bias_madlibs" / "bias_madlibs_77k.csv")
    y = (df["Label"] == "BAD").to_numpy()
    scores = run.scores(df["Text"].tolist())
    res = {"n": len(df)}
    terms = np.array([madlibs_term(t, tpl) for t, tpl in zip(df["Text"], df["Template"])], dtype=object)
    for label in ("toxicity", "identity_attack"):
        p = scores[:, COL[label]]
        res[f"auc_{label}"] = roc_auc_score(y, p)
        per_term = {}
        for term in sorted({t for t in terms if t}):
            rows = terms == term
            if y[rows].all() or not y[rows].any():
                continue
            per_term[term] = roc_auc_score(y[rows], p[rows])
        res[f"min_term_auc_{label}"] = min(per_term.values())
        res[f"worst_terms_{label}"] = dict(sorted(per_term.items(), key=lambda kv: kv[1])[:5])
        res[f"terms_below_0.90_{label}"] = sum(v < 0.9 for v in per_term.values())
        res[f"n_terms_{label}"] = len(per_term)
    return res


def eval_c3(root: Path, run: Runner, th: dict) -> dict:
    """Toxicity AUC on news comments, and (plain text only) what the policy does with them: the share sent
    to the queue or removed, of all comments, of those the crowd found toxic (level >= 2), and of those
    no rater found toxic (level 1) - a moderator's workload and the policy's false alarms."""
    df = pd.read_csv(root / "c3" / "c3_eval.csv")
    df = df[df["comment_text"].fillna("").str.strip() != ""]
    level = df["crowd_toxicity_level"].to_numpy()
    y = level >= 2
    texts = df["comment_text"].tolist()
    p = run.scores(texts)[:, COL["toxicity"]]
    out = {"n": len(df), "auc_toxicity": roc_auc_score(y, p)}
    if not run.obfuscate:
        decisions = np.array(run.decisions(texts))
        acted = decisions != "keep"
        out.update({"acted_share": float(acted.mean()), "acted_share_toxic": float(acted[y].mean()),
                    "acted_share_nontoxic": float(acted[level <= 1].mean()),
                    "removed_share_nontoxic": float((decisions[level <= 1] == "remove").mean())})
    return out


SETS: dict[str, Callable] = {
    "olid": eval_olid,
    "hatexplain": eval_hatexplain,
    "cad": eval_cad,
    "toxic_spans": eval_toxic_spans,
    "bias_madlibs": eval_bias_madlibs,
    "c3": eval_c3,
}

# the decision rules each set needs from manifest.json (models trained without that dataset have none)
RULES_NEEDED = {
    "olid": ("olid_offensive_toxicity",),
    "hatexplain": ("hatexplain_hate_identity_attack", "hatexplain_offensive_toxicity"),
    "cad": ("cad_harassment", "cad_identity_attack"),
}

# the headline measure of each set: (key, goal, higher is better)
HEADLINES = {
    "olid": [("macro_f1", 0.80)],
    "hatexplain": [("accuracy", 0.68), ("macro_f1", 0.66)],
    "cad": [("f1_harassment", None), ("f1_identity_attack", None)],
    "toxic_spans": [("span_f1", 0.65)],
    "bias_madlibs": [("auc_toxicity", 0.97), ("min_term_auc_toxicity", 0.90)],
    "c3": [("auc_toxicity", 0.85), ("acted_share", None), ("acted_share_toxic", None),
           ("acted_share_nontoxic", None), ("removed_share_nontoxic", None)],
}


def run_evaluation(moderator, data_root: Path, sets: list[str], obfuscated: bool, full: bool | None,
                   no_transformer: bool, baseline: bool = True) -> dict:
    root = data_root / "eval"
    full_scores = bool(full) or moderator.policy.cascade_full
    thresholds = moderator.manifest_thresholds_full if full_scores and not no_transformer else moderator.manifest_thresholds
    results: dict = {}
    for name in sets:
        missing = [key for key in RULES_NEEDED.get(name, ()) if key not in thresholds]
        if missing:
            click.echo(f"  {name}: skipped, the models have no decision rule for it ({', '.join(missing)} not in "
                       "manifest.json: their training data had no such rows)", err=True)
            continue
        for variant in (("plain", "obfuscated") if obfuscated else ("plain",)):
            started = time.perf_counter()
            run = Runner(moderator, obfuscate=variant == "obfuscated", full=full, no_transformer=no_transformer)
            fn = SETS[name]
            res = (fn(root, run, thresholds, data_root, baseline and variant == "plain") if name == "cad"
                   else fn(root, run, thresholds))
            res["seconds"] = round(time.perf_counter() - started, 1)
            results.setdefault(name, {})[variant] = res
            click.echo(f"  {name} ({variant}): " + ", ".join(
                f"{k}={v:.4f}" for k, v in res.items() if isinstance(v, float)), err=True)
    return results


def format_table(results: dict) -> str:
    lines = ["| set | measure | goal | plain | obfuscated | drop |", "|---|---|---|---|---|---|"]
    for name, variants in results.items():
        plain = variants.get("plain", {})
        obf = variants.get("obfuscated", {})
        measures = list(HEADLINES.get(name, []))
        if name == "cad":
            measures += [("baseline_f1_harassment", None), ("baseline_f1_identity_attack", None)]
        for key, goal in measures:
            if key not in plain:
                continue
            o = obf.get(key)
            lines.append(
                f"| {name} | {key} | {'' if goal is None else f'>= {goal:.2f}'} | {plain[key]:.4f} | "
                f"{'' if o is None else f'{o:.4f}'} | {'' if o is None else f'{plain[key] - o:+.4f}'} |"
            )
    return "\n".join(lines)


@click.command("evaluate")
@click.option("--data", "data_path", type=click.Path(exists=True, file_okay=False),
              help="Folder holding eval/ (default: MODERATOR_DATA or ../shared/data).")
@click.option("--models", "models_path", type=click.Path(exists=True, file_okay=False), help="Models folder.")
@click.option("--sets", default=",".join(SETS), show_default=True, help="Comma-separated sets to measure.")
@click.option("--obfuscated/--plain-only", default=True, show_default=True,
              help="Also measure every set on an obfuscated copy.")
@click.option("--full", is_flag=True, help="No cascade: every member scores every comment.")
@click.option("--no-transformer", is_flag=True, help="Leave the transformer member out (ablation).")
@click.option("--pages", is_flag=True, help="Measure page segmentation on Dragnet instead of scoring.")
@click.option("--write-card/--no-write-card", default=True, show_default=True,
              help="Write the figures into models/CARD.md and models/eval.json.")
@click.option("--label", "run_label", default="", help="A name for this run in the card (e.g. 'no transformer').")
def evaluate_command(data_path, models_path, sets, obfuscated, full, no_transformer, pages, write_card, run_label):
    """Measure the models on data/eval; print a table and write it into the model card."""
    root = Path(data_path) if data_path else data_dir()
    if root is None or not (root / "eval").is_dir():
        raise click.ClickException("no evaluation data: pass --data or set MODERATOR_DATA (a folder holding eval/)")
    if pages:
        from moderator.segment.evaluate import evaluate_pages, format_table as pages_table, read_stems

        dragnet = root / "eval" / "dragnet"
        if not (dragnet / "HTML").is_dir():
            raise click.ClickException(f"{dragnet}: no Dragnet pages here")
        # tuned on the training stems; reported on the test stems, trafilatura measured beside us
        result = evaluate_pages(dragnet, read_stems(dragnet, "test"), baseline=True, progress=True)
        click.echo("Dragnet test split")
        click.echo(pages_table(result))
        return
    from moderator.card import write_eval_card
    from moderator.scorer import Moderator, ModelsMissing

    names = [s.strip() for s in sets.split(",") if s.strip()]
    unknown = [s for s in names if s not in SETS]
    if unknown:
        raise click.ClickException(f"unknown set(s): {', '.join(unknown)} (known: {', '.join(SETS)})")
    try:
        mod = Moderator.load(models_path)
    except ModelsMissing as exc:
        raise click.ClickException(str(exc)) from None
    started = time.perf_counter()
    results = run_evaluation(mod, root, names, obfuscated, full or None, no_transformer)
    table = format_table(results)
    click.echo(table)
    if write_card:
        command = "moderator " + " ".join(sys.argv[1:]) if sys.argv[1:] else "moderator evaluate"
        write_eval_card(Path(models_path) if models_path else None, results, table, command,
                        run_label or ("no transformer" if no_transformer else "full" if full else "default (cascade)"),
                        time.perf_counter() - started)
