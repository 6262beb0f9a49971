"""models/CARD.md: the model card. `moderator train` writes its training part and `moderator evaluate`
its figures, each between markers, so hand-written prose outside the markers survives."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from moderator.datapaths import models_dir

CARD = "CARD.md"
EVAL_JSON = "eval.json"

DATASETS = """| dataset (data/train) | license | used for |
|---|---|---|
| Davidson et al. 2017 hate/offensive tweets | MIT | toxicity, identity_attack |
| OLID (OffensEval 2019) training set | research use | toxicity, insult, harassment (targeted at an individual) |
| HateXplain train split | MIT / Apache-2.0 | toxicity, identity_attack |
| CAD (Contextual Abuse Dataset) train + dev | see its README | harassment, identity_attack, toxicity, insult |
| Stormfront hate speech | CC BY-SA 3.0 | toxicity, identity_attack |
| ETHOS binary + multi-label | GPLv3 | toxicity, threat, identity_attack |
| Civil Comments toxic spans (comments, rater spans, tsd_train/trial) | CC0 | toxicity, insult, threat, identity_attack, obscene; the span tagger |
| C3 Globe and Mail comments (train articles) | see README_C3.txt | toxicity, severe_toxicity, insult |
| Jigsaw 2018 samples | CC0 / CC BY-SA 3.0 | all six Jigsaw labels |
| lexicons: surge_profanity (MIT), dsojevic_profanity (MIT), LDNOOBW (CC BY 4.0) | as listed | the lexicon member (models/lexicon.json) |
"""


def _replace_section(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        return re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    return text.rstrip() + "\n\n" + block + "\n"


def _read(folder: Path) -> str:
    path = folder / CARD
    if path.exists():
        return path.read_text()
    return "# moderator model card\n\nSelf-hosted comment moderation: an ensemble of classifiers over nine labels.\n"


def _thresholds_only(rules: dict) -> dict:
    return {k: v for k, v in rules.items() if not isinstance(v, dict)}


def _stacker_kinds(manifest: dict) -> str:
    choices = manifest.get("stackers") or {}
    parts = [f"{mode} {label} {c['stacker']}" for mode, labels in choices.items() for label, c in labels.items()
             if "out_of_fold_auc" in c]
    return "; ".join(parts) or "logistic regression throughout"


def write_training_card(folder: Path | None, manifest: dict, seconds: float) -> None:
    folder = Path(folder or models_dir())
    mapping = "\n".join(f"- **{name}**: {rule}" for name, rule in manifest["label_mapping"].items())
    body = f"""## Training

Command: `{manifest.get('command', 'moderator train')}` ({seconds / 60:.1f} min on this 2-core machine, {manifest['trained_at']}).
Model version {manifest['model_version']}. Pins: Python {manifest['python']}, scikit-learn
{manifest['scikit_learn']}, joblib {manifest['joblib']} (joblib artifacts load only under that exact
scikit-learn; `pyproject.toml` pins it).

- Members: {', '.join(manifest['members'])}; expensive (cascade) member: {manifest['expensive_member'] or 'none'}.
- Rows: {manifest['train_rows']} for the members, {manifest['valid_rows']} held out (20 % of every dataset, seed 13)
  to fit the per-label stackers and choose every threshold. Nothing is trained or tuned on data/eval.
- Stacked on the held-out rows: {', '.join(manifest['stacked_labels'])}. Per label, boosted trees that can only rise
  with the label's own columns, or a logistic regression, whichever ranks held-out folds better (5-fold AUC;
  `stackers` in manifest.json): {_stacker_kinds(manifest)}.
  Labels with fewer than {manifest.get('few_positives', 100)} held-out positives are stacked on their own columns only (each member's
  head or lexicon count for that label), not on all of them: {', '.join(manifest.get('stacked_on_own_columns', [])) or 'none'}.
  (Over every column, severe_toxicity's 15 positives, all C3 news comments, made the stacker read harsh
  words about politicians as severe: "The senator is a liar and a hypocrite." scored 0.90, a removal.)
- Too few held-out examples to stack, answered by one member: {', '.join(f'{k} ({v})' for k, v in manifest['fallback_labels'].items()) or 'none'}.
- Benchmark decision rules chosen on the held-out rows (each the centre of the best ±0.03 stretch of its
  F1 curve, not its single best point: moderator/training.py): `{json.dumps(_thresholds_only(manifest['eval_thresholds']))}`.
  HateXplain's three classes are read from all nine scores by a multinomial logistic regression on their
  logits, fitted on the held-out HateXplain rows (`hatexplain_rule` in manifest.json); `moderator evaluate` also
  reports the two thresholds above (`accuracy_two_thresholds`, `macro_f1_two_thresholds` in eval.json).

### Datasets and licenses
{DATASETS}
### Label mapping (each dataset trains only the labels it has)
{mapping}
"""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CARD).write_text(_replace_section(_read(folder), "training", body))


def write_eval_card(folder: Path | None, results: dict, table: str, command: str, run_label: str,
                    seconds: float) -> None:
    folder = Path(folder or models_dir())
    store = folder / EVAL_JSON
    runs = json.loads(store.read_text()) if store.exists() else {}
    runs[run_label] = {"command": command, "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                       "seconds": round(seconds), "results": results, "table": table}
    store.write_text(json.dumps(runs, indent=1, default=float) + "\n")
    parts = ["## Evaluation (data/eval; measured, never trained or tuned on)\n"]
    for label, run in runs.items():
        parts.append(f"### {label}\n\nCommand: `{run['command']}` ({run['when']}, {run['seconds']} s)\n\n{run['table']}\n")
        extra = run["results"].get("bias_madlibs", {}).get("plain", {})
        if extra:
            parts.append(f"Bias madlibs, lowest per-term AUC (toxicity): "
                         f"{json.dumps({k: round(v, 4) for k, v in extra.get('worst_terms_toxicity', {}).items()})}\n")
    (folder / CARD).write_text(_replace_section(_read(folder), "evaluation", "\n".join(parts)))
