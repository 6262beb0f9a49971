"""The fine-tuned MiniLM shipped as a detoxify checkpoint (models/transformer), and the export code behind it.
CI does not train: the export is checked with untrained weights, the shipped file as it is."""

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from moderator.datapaths import models_dir
from moderator.labels import LABELS
from moderator.members.detoxify_member import DetoxifyMember
from moderator.transformer import CHECKPOINT_NAME, base_model_dir, MODEL_FOLDER, checkpoint_dict, masked_bce, write_model_folder

TEXTS = ["Thank you for a careful, well sourced article.", "You are a worthless idiot and everyone knows it.",
         "The council meets on Tuesday to vote on the budget.", "I will find you and hurt you.",
         "Go back to your own country, you filthy animals.", "what a load of shit"]

SHIPPED = models_dir() / "transformer" / CHECKPOINT_NAME


def test_masked_bce_ignores_unknown_cells():
    logits = torch.tensor([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]], requires_grad=True)
    targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
    mask = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    loss = masked_bce(logits, targets, mask)
    known = mask.bool()
    want = torch.nn.functional.binary_cross_entropy_with_logits(logits[known], targets[known])
    assert torch.isclose(loss, want)
    loss.backward()
    assert torch.all(logits.grad[~known] == 0) and torch.all(logits.grad[known] != 0)
    # nothing known: zero loss, not a division by zero
    assert masked_bce(logits.detach(), targets, torch.zeros_like(mask)).item() == 0.0


def test_export_loads_through_detoxify_from_another_folder(tmp_path, monkeypatch):
    """write_model_folder + checkpoint_dict (what train_transformer saves) with untrained weights."""
    from transformers import BertForSequenceClassification

    out = tmp_path / "transformer"
    folder = write_model_folder(out, max_length=48)
    torch.manual_seed(0)
    # the encoder as pre-trained, the nine-label head random: what train_transformer starts from
    model = BertForSequenceClassification.from_pretrained(base_model_dir(), num_labels=len(LABELS)).eval()
    fp16 = {k: (v.half() if v.is_floating_point() else v) for k, v in model.state_dict().items()}
    torch.save(checkpoint_dict(fp16, ["toxicity", "insult"], {"max_length": 48}), out / CHECKPOINT_NAME)
    monkeypatch.chdir(tmp_path)  # the stored model_type "model" is relative to the checkpoint, not the cwd
    member = DetoxifyMember(checkpoint=str(out / CHECKPOINT_NAME))
    assert member.available, member.error
    assert member.labels == ("toxicity", "insult")  # only the heads recorded as trained are offered
    P = member.predict_proba(TEXTS)
    from transformers import BertTokenizerFast

    tok = BertTokenizerFast.from_pretrained(folder)
    with torch.no_grad():
        want = torch.sigmoid(model(**tok(TEXTS, padding=True, truncation=True, max_length=48,
                                         return_tensors="pt")).logits).numpy()
    np.testing.assert_allclose(P, want[:, [LABELS.index("toxicity"), LABELS.index("insult")]], atol=5e-3)


needs_shipped = pytest.mark.skipif(not SHIPPED.is_file(),
                                   reason=f"no shipped checkpoint at {SHIPPED} (made by python -m moderator.transformer)")


@needs_shipped
def test_shipped_checkpoint_is_portable_and_small():
    loaded = torch.load(SHIPPED, map_location="cpu", weights_only=False)
    args = loaded["config"]["arch"]["args"]
    assert args["model_type"] == MODEL_FOLDER and not Path(args["model_type"]).is_absolute()
    assert args["num_classes"] == len(LABELS)
    assert loaded["config"]["dataset"]["args"]["classes"] == list(LABELS)
    assert all(v.dtype in (torch.float16, torch.int64) for v in loaded["state_dict"].values())
    folder = SHIPPED.parent / MODEL_FOLDER
    # transformers 5 writes no num_labels: the label count is that of id2label
    assert list(json.loads((folder / "config.json").read_text())["id2label"].values()) == list(LABELS)
    total = sum(f.stat().st_size for f in SHIPPED.parent.rglob("*") if f.is_file())
    assert total <= 50 * 1024 * 1024, f"models/transformer is {total / 1e6:.1f} MB"


@needs_shipped
def test_shipped_checkpoint_through_detoxify_matches_the_member(tmp_path):
    import detoxify

    # detoxify itself needs model_type to be a real folder: hand it a copy with the absolute path
    loaded = torch.load(SHIPPED, map_location="cpu", weights_only=False)
    loaded["config"]["arch"]["args"]["model_type"] = str(SHIPPED.parent / MODEL_FOLDER)
    torch.save(loaded, tmp_path / "abs.ckpt")
    detox = detoxify.Detoxify(checkpoint=str(tmp_path / "abs.ckpt"))
    assert detox.class_names == list(LABELS)
    raw = detox.predict(TEXTS)

    member = DetoxifyMember()  # the default: the shipped checkpoint
    assert member.available, member.error
    trained = loaded["config"]["moderator"]["trained_labels"]
    assert member.labels == tuple(trained) and "toxicity" in trained
    P = member.predict_proba(TEXTS)
    for k, label in enumerate(member.labels):
        np.testing.assert_allclose(P[:, k], raw[label], atol=1e-4, err_msg=label)
    tox = P[:, member.labels.index("toxicity")]
    # the trained model tells an insult from a thank-you and a council notice
    assert tox[1] > max(tox[0], tox[2])

    # the ensemble's own member: the same checkpoint in fp32, so the same scores as detoxify's own loader
    import joblib

    shipped = joblib.load(models_dir() / "ensemble.joblib").expensive
    assert shipped is not None and not shipped.quantize and shipped.labels == member.labels
    np.testing.assert_allclose(shipped.predict_proba(TEXTS), P, atol=1e-5)


@needs_shipped
def test_a_comment_scores_the_same_alone_and_in_any_batch():
    """A re-score must not change a decision because other comments came in the same request. (With
    int8 dynamic quantization, activations are scaled per batch: scores moved by up to 0.27.)"""
    import joblib

    member = joblib.load(models_dir() / "ensemble.joblib").expensive
    together = member.predict_proba(TEXTS + [TEXTS[1] * 6, "ok"])[: len(TEXTS)]
    alone = np.vstack([member.predict_proba([text]) for text in TEXTS])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_length_bucketed_batches_cover_every_row_once_with_similar_lengths():
    from moderator.transformer import length_bucketed_batches

    rng = np.random.default_rng(0)
    lengths = rng.integers(1, 500, size=1000)
    order = rng.permutation(1000)
    batches = length_bucketed_batches(order, lengths, batch_size=32, bucket_batches=10, rng=rng)
    rows = np.concatenate(batches)
    assert sorted(rows.tolist()) == list(range(1000))
    assert all(len(b) <= 32 for b in batches)
    spread = np.mean([np.ptp(lengths[b]) for b in batches if len(b) > 1])
    assert spread < 0.25 * np.ptp(lengths)  # a random batch would span nearly the whole range
