"""`moderator train`: fit every member and the stacker on data/train, write models/.

Reproducible: fixed seeds and a fixed split (moderator.datasets.split_train_valid). Members learn on the
train part; the stacker and every threshold are chosen on the validation part; nothing reads data/eval.
"""

from __future__ import annotations

import inspect
import json
import logging
import platform
import time
from pathlib import Path

import click
import joblib
import numpy as np
from sklearn.metrics import f1_score

from moderator import __version__
from moderator.datapaths import data_dir, models_dir
from moderator.datasets import MAPPING, LabeledSet, load_training, split_train_valid
from moderator.labels import LABELS

log = logging.getLogger(__name__)


# A threshold is the centre of the best neighbourhood of the F1 curve, not its single best point: on a
# few hundred validation positives the curve has spikes one grid step wide (CAD harassment, 172 positives:
# F1 0.358 at 0.11, 0.326 and 0.340 beside it), and a spike is noise the test set will not share.
_SMOOTH_RADIUS = 0.03  # thresholds this close either side are averaged


def _smoothed(f1: np.ndarray, step: float) -> np.ndarray:
    """F1 averaged over the grid points within _SMOOTH_RADIUS along every axis (edges repeat the last)."""
    from scipy.ndimage import uniform_filter

    return uniform_filter(f1, size=2 * round(_SMOOTH_RADIUS / step) + 1, mode="nearest")


def _best_threshold(y: np.ndarray, p: np.ndarray, average: str = "binary") -> float:
    grid = np.linspace(0.05, 0.95, 91)
    f1 = np.array([f1_score(y, p >= t, average=average, zero_division=0) for t in grid])
    return round(float(grid[int(np.argmax(_smoothed(f1, grid[1] - grid[0])))]), 3)


def tune_eval_thresholds(valid: LabeledSet, scores: np.ndarray) -> dict[str, float]:
    """Decision rules for the benchmarks' own label sets, chosen on the validation split only."""
    src = np.array(valid.source)
    col = {l: j for j, l in enumerate(LABELS)}
    out = {}  # a benchmark whose dataset the training data lacks gets no rule
    olid = src == "olid"
    if olid.any():
        out["olid_offensive_toxicity"] = _best_threshold(valid.Y[olid, col["toxicity"]] >= .5,
                                                         scores[olid, col["toxicity"]], "macro")
    cad = src == "cad"
    for label in ("harassment", "identity_attack") if cad.any() else ():
        out[f"cad_{label}"] = _best_threshold(valid.Y[cad, col[label]] >= .5, scores[cad, col[label]])
    hx = src == "hatexplain"
    if not hx.any():
        return out
    gold = np.where(valid.Y[hx, col["identity_attack"]] >= .5, 2, np.where(valid.Y[hx, col["toxicity"]] >= .5, 1, 0))
    grid = np.linspace(0.1, 0.9, 33)
    f1 = np.array([[f1_score(gold, hatexplain_classes(scores[hx], hate_t, off_t), average="macro")
                    for off_t in grid] for hate_t in grid])
    hate_i, off_i = np.unravel_index(int(np.argmax(_smoothed(f1, grid[1] - grid[0]))), f1.shape)
    out["hatexplain_hate_identity_attack"] = round(float(grid[hate_i]), 3)
    out["hatexplain_offensive_toxicity"] = round(float(grid[off_i]), 3)
    if np.bincount(gold, minlength=3).min() >= 10:  # training data without HateXplain keeps the thresholds
        out["hatexplain_rule"] = fit_hatexplain_rule(scores[hx], gold)
    return out


def full_mode_thresholds(ensemble, valid: LabeledSet) -> dict[str, float] | None:
    """The benchmark decision rules for `--full` scores (every member on every comment), chosen the same
    way on the validation rows of the benchmarks' own datasets; None without a transformer."""
    if not ensemble.expensive_available():
        return None
    rows = np.flatnonzero(np.isin(valid.source, ["olid", "cad", "hatexplain"]))
    part = valid.subset(rows)
    scores, _ = ensemble.predict_proba(part.texts, full=True)
    return tune_eval_thresholds(part, scores)


def hatexplain_classes(scores: np.ndarray, hate_t: float, off_t: float) -> np.ndarray:
    """0 normal, 1 offensive, 2 hatespeech from our scores by two thresholds (shared with evaluation)."""
    hate = np.maximum(scores[:, LABELS.index("identity_attack")], scores[:, LABELS.index("slur")]) >= hate_t
    off = scores[:, LABELS.index("toxicity")] >= off_t
    return np.where(hate, 2, np.where(off, 1, 0))


def _score_logits(scores: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(scores, dtype=np.float64), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def fit_hatexplain_rule(scores: np.ndarray, gold: np.ndarray) -> dict:
    """HateXplain's three classes from all nine scores: a multinomial logistic regression on their logits.
    Two thresholds read toxicity and identity_attack/slur one at a time; the regression draws its lines
    through them together (and the other seven where they help). Classes weighted equally, as macro-F1
    weighs them."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(_score_logits(scores), gold)
    return {"labels": list(LABELS), "coef": np.round(model.coef_, 6).tolist(),
            "intercept": np.round(model.intercept_, 6).tolist()}


def hatexplain_classes_learned(scores: np.ndarray, rule: dict) -> np.ndarray:
    """0 normal, 1 offensive, 2 hatespeech by the rule `fit_hatexplain_rule` wrote."""
    if rule["labels"] != list(LABELS):
        raise ValueError(f"the HateXplain rule was fitted on labels {rule['labels']}, not {list(LABELS)}")
    z = _score_logits(scores) @ np.asarray(rule["coef"]).T + np.asarray(rule["intercept"])
    return np.argmax(z, axis=1)


def build_members(data_root: Path, out: Path, train: LabeledSet, embeddings: bool) -> list:
    from moderator.ensemble import member_input, normalized_texts
    from moderator.language import ENGLISH_WORDS_FILE, LanguageCheck, build_english_words
    from moderator.lexicon import LEXICON_FILE, Lexicon
    from moderator.members.lexicon import LexiconMember
    from moderator.members.linear import LinearMember
    from moderator.members.profanity_check import ProfanityCheckMember

    lexicon = Lexicon.build(data_root / "train" / "lexicons")
    lexicon.save(out / LEXICON_FILE)
    # the words that tell an English comment from one in another language (moderator.language)
    LanguageCheck(build_english_words(train.texts)).save(out / ENGLISH_WORDS_FILE)
    members = [LexiconMember(lexicon), LinearMember(), ProfanityCheckMember()]
    static = static_embedding_member(out)
    if static is not None:
        members.append(static)
    if embeddings:
        from moderator.members.embedding import EmbeddingMember
        # heads fitted on 30,000 of the training rows: encoding all 85,000 takes an hour on 2 cores;
        # fp32, not int8: see expensive_member
        members.append(EmbeddingMember(max_fit_rows=30_000))
    # the members that read normalized text learn from it too (the lexicon member, fitted first, spells
    # out the masked words it reads)
    normalized = None
    for member in members:
        started = time.perf_counter()
        # members that learn per-dataset heads take the rows' dataset names
        extra = {"groups": train.source} if "groups" in inspect.signature(member.fit).parameters else {}
        if getattr(member, "reads_normalized", False) and normalized is None:
            normalized = normalized_texts(members, train.texts)
        member.fit(member_input(member, train.texts, normalized), train.Y, train.mask, **extra)
        log.info("member %s fitted in %.0fs", member.name, time.perf_counter() - started)
        click.echo(f"  member {member.name}: fitted in {time.perf_counter() - started:.0f}s", err=True)
    return members


def static_embedding_member(out: Path):
    """Static vectors distilled from the fine-tuned transformer (the one `--transformer` just wrote to
    out/, else the shipped one), or None where there is no checkpoint to distil from."""
    from moderator.members.detoxify_member import default_checkpoint
    from moderator.members.static_embedding import StaticEmbeddingMember
    from moderator.transformer import CHECKPOINT_NAME

    checkpoint = out / "transformer" / CHECKPOINT_NAME
    checkpoint = checkpoint if checkpoint.is_file() else default_checkpoint()
    if not checkpoint.is_file():
        log.warning("no transformer checkpoint at %s: the static-embedding member is left out", checkpoint)
        click.echo(f"  no transformer checkpoint ({checkpoint}): static-embedding member left out", err=True)
        return None
    return StaticEmbeddingMember(checkpoint)


def refit_eval_rules(data_root: Path, out: Path) -> dict:
    """Choose the benchmark decision rules again for the models in `out`, which stay as they are: the same
    validation rows, scores and band as `train`, for a rule added after the models were fitted. Returns
    the updated manifest (written back)."""
    from moderator.ensemble import Ensemble

    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    ensemble = joblib.load(out / "ensemble.joblib")
    if not isinstance(ensemble, Ensemble):
        raise click.ClickException(f"{out / 'ensemble.joblib'} holds no ensemble")
    ensemble.expensive = expensive_member(out)
    _, valid = split_train_valid(load_training(data_root))
    scores, _ = ensemble.predict_proba(valid.texts, band=tuple(manifest.get("cascade_band") or (1.0, 0.0)))
    manifest["eval_thresholds"] = tune_eval_thresholds(valid, scores)
    manifest["eval_thresholds_full"] = full_mode_thresholds(ensemble, valid)
    manifest["eval_rules_command"] = "moderator train --only-eval-rules"
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def expensive_member(out: Path):
    """The transformer member when a checkpoint ships in models/transformer, else None."""
    from moderator.members.detoxify_member import DetoxifyMember

    # fp32, not int8: dynamic quantization scales activations per batch, so a comment's int8 score
    # depended on the comments batched with it (by up to 0.27 on validation rows) and a re-score could
    # change a decision; fp32 answers the same alone or in any batch (1e-7) and costs ~1.2x the time on
    # news-comment lengths. The stacker is fitted on these very outputs.
    member = DetoxifyMember(quantize=False)
    return member if member.available else None


def train_spans(data_root: Path, out: Path) -> None:
    from moderator.spans import SpanTagger

    started = time.perf_counter()
    tagger = SpanTagger().fit_from_data(data_root)
    joblib.dump(tagger, out / "spans.joblib", compress=3)
    click.echo(f"  span tagger: fitted in {time.perf_counter() - started:.0f}s", err=True)


def train(data_root: Path, out: Path, embeddings: bool = False, spans: bool = True, members: list | None = None,
          command: str = "moderator train") -> dict:
    """Fit the members (unless `members`, already fitted, are given), then the stackers, the cascade band and
    the thresholds on the validation part; write out/ensemble.joblib and out/manifest.json."""
    from moderator.ensemble import Ensemble

    np.random.seed(0)
    out.mkdir(parents=True, exist_ok=True)
    data = load_training(data_root)
    train_part, valid = split_train_valid(data)
    click.echo(f"training on {len(train_part)} rows, stacking on {len(valid)} validation rows", err=True)
    if members is None:
        members = build_members(data_root, out, train_part, embeddings)
    ensemble = Ensemble(members, expensive=expensive_member(out)).fit_stacker(valid.texts, valid.Y, valid.mask)
    # uncompressed: the static-embedding member's float16 table hardly compresses, and decompressing the
    # file took 0.66 s of every process's start against 0.31 s (38 MB on disk instead of 30)
    joblib.dump(ensemble, out / "ensemble.joblib", compress=0)
    band = ensemble.choose_band(valid.texts) if ensemble.expensive_available() else None
    scores, _ = ensemble.predict_proba(valid.texts, band=band or (1.0, 0.0))
    manifest = {
        "model_version": __version__,
        "command": command,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "members": [m.name for m in members],
        "expensive_member": ensemble.expensive.name if ensemble.expensive_available() else None,
        "cascade_band": band,
        "stacked_labels": sorted(ensemble.stackers_),
        "few_positives": ensemble.few_positives,
        "stackers": ensemble.choices_,
        "stacked_on_own_columns": sorted(label for label, (_, columns) in ensemble.stackers_.items()
                                         if columns is not None),
        "fallback_labels": {k: members[i].name for k, (i, _) in ensemble.fallback_.items()},
        "train_rows": len(train_part),
        "valid_rows": len(valid),
        "eval_thresholds": tune_eval_thresholds(valid, scores),
        "eval_thresholds_full": full_mode_thresholds(ensemble, valid),
        "python": platform.python_version(),
        "scikit_learn": __import__("sklearn").__version__,
        "joblib": joblib.__version__,
        "label_mapping": MAPPING,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    if spans:
        train_spans(data_root, out)
    return manifest


@click.command("train")
@click.option("--data", "data_path", type=click.Path(exists=True, file_okay=False),
              help="Folder holding train/ (default: MODERATOR_DATA or ../shared/data).")
@click.option("--out", "out_path", type=click.Path(file_okay=False), help="Where to write models (default models/).")
@click.option("--embeddings/--no-embeddings", default=False, show_default=True,
              help="Include the sentence-embedding member (MiniLM + heads).")
@click.option("--transformer", is_flag=True,
              help="Fine-tune the MiniLM transformer first: two epochs, ~100 min on 2 cores.")
@click.option("--only-spans", is_flag=True, help="Retrain only the span tagger (models/spans.joblib).")
@click.option("--only-stacker", is_flag=True,
              help="Keep the members of <out>/ensemble.joblib; re-fit the stackers, band and thresholds (~4 min).")
@click.option("--only-eval-rules", is_flag=True,
              help="Keep every model; choose the benchmarks' decision rules in <out>/manifest.json again (~2 min).")
def train_command(data_path: str | None, out_path: str | None, embeddings: bool, transformer: bool,
                  only_spans: bool, only_stacker: bool, only_eval_rules: bool) -> None:
    """Train the ensemble on data/train and write models/ (reproducible: fixed seeds and split)."""
    root = Path(data_path) if data_path else data_dir()
    if root is None or not (root / "train").is_dir():
        raise click.ClickException("no training data: pass --data or set MODERATOR_DATA (a folder holding train/)")
    out = Path(out_path) if out_path else models_dir()
    started = time.perf_counter()
    if only_spans:
        out.mkdir(parents=True, exist_ok=True)
        train_spans(root, out)
        return
    if only_eval_rules:
        refit_eval_rules(root, out)
        click.echo(f"decision rules written to {out / 'manifest.json'} in {time.perf_counter() - started:.0f}s",
                   err=True)
        return
    if transformer:
        from moderator.transformer import CHECKPOINT_NAME, second_epoch_config, train_transformer

        # the shipped checkpoint: one epoch within a 50-minute budget, then a second epoch continued from it
        train_transformer(root, out / "transformer", command="moderator train --transformer (first epoch)")
        train_transformer(root, out / "transformer", second_epoch_config(out / "transformer" / CHECKPOINT_NAME),
                          command="moderator train --transformer (second epoch)")
    members = None
    if only_stacker:
        if not (out / "ensemble.joblib").is_file():
            raise click.ClickException(f"--only-stacker: no {out / 'ensemble.joblib'} to take the members from")
        members = joblib.load(out / "ensemble.joblib").members
    command = " ".join(["moderator train", *(["--embeddings"] if embeddings else []),
                        *(["--transformer"] if transformer else []), *(["--only-stacker"] if only_stacker else [])])
    manifest = train(root, out, embeddings=embeddings, spans=not only_stacker, members=members, command=command)
    from moderator.card import write_training_card

    write_training_card(out, manifest, time.perf_counter() - started)
    click.echo(f"models written to {out} in {time.perf_counter() - started:.0f}s", err=True)
