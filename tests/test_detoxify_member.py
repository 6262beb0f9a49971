"""The detoxify member against a tiny checkpoint built here (random weights, a local tokenizer folder), loaded
through detoxify's own loader. Expected scores are recomputed from the same weights with transformers, so
the member's label mapping and batching are checked against the network itself, not against made-up numbers."""

import logging
import pickle

import joblib
import numpy as np
import pytest
import torch

from moderator.labels import LABELS
from moderator.members.detoxify_member import DetoxifyMember

# Jigsaw 2018 class names, which detoxify renames (toxic -> toxicity, severe_toxic -> severe_toxicity,
# identity_hate -> identity_attack), in an order unlike ours
CLASSES = ["insult", "toxic", "identity_hate", "threat", "severe_toxic", "obscene"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "you", "are", "an", "idiot", "what", "a", "nice",
         "day", "thank", "for", "the", "article", "i", "will", "hurt", "stupid", "people", "."]
TEXTS = ["You are an idiot.", "What a nice day", "thank you for the article", "i will hurt you",
         "stupid people", "unknown words only"]


def build_tiny_checkpoint(root, relative=True, vocab=VOCAB):
    """A detoxify checkpoint whose model_type is a local folder with config.json and tokenizer files."""
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder = root / "tiny_model"
    folder.mkdir(parents=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n")
    (folder / "tokenizer_config.json").write_text('{"do_lower_case": true, "model_max_length": 32}')
    # transformers 5 ignores BertTokenizerFast(vocab_file=...); from_pretrained(folder) reads vocab.txt
    tokenizer = BertTokenizerFast.from_pretrained(folder)
    assert tokenizer.vocab_size == len(vocab)
    tokenizer.save_pretrained(folder)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32, num_labels=len(CLASSES), dtype="float32")
    config.save_pretrained(folder)
    torch.manual_seed(0)
    model = BertForSequenceClassification(config).eval()
    with torch.no_grad():  # a classifier with spread-out outputs, so a wrong column would show
        model.classifier.weight.normal_(0, 2.0)
        model.classifier.bias.copy_(torch.linspace(-2, 2, len(CLASSES)))
    checkpoint = {
        "config": {
            "arch": {"args": {"model_type": "tiny_model" if relative else str(folder),
                              "model_name": "BertForSequenceClassification", "tokenizer_name": "BertTokenizer",
                              "num_classes": len(CLASSES)}},
            "dataset": {"args": {"classes": CLASSES}},
        },
        "state_dict": model.state_dict(),
    }
    path = root / "tiny.ckpt"
    torch.save(checkpoint, path)
    return path, model, tokenizer


def expected_scores(model, tokenizer, texts):
    """sigmoid(logits) straight from transformers, one text at a time (no padding involved)."""
    with torch.no_grad():
        return np.vstack([torch.sigmoid(model(**tokenizer(t, return_tensors="pt")).logits).numpy()[0]
                          for t in texts])


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_checkpoint(tmp_path_factory.mktemp("detox"))


def test_loads_through_detoxify_and_maps_labels(tiny):
    path, model, tokenizer = tiny
    member = DetoxifyMember(checkpoint=str(path), batch_size=4)
    assert member.available, member.error
    # detoxify's renamed classes land on our names, in our label order
    assert member.labels == ("toxicity", "severe_toxicity", "obscene", "insult", "threat", "identity_attack")
    assert set(member.labels) <= set(LABELS)
    P = member.predict_proba(TEXTS)
    assert P.shape == (len(TEXTS), 6) and P.dtype == np.float32
    assert np.all((P > 0) & (P < 1))
    want = expected_scores(model, tokenizer, TEXTS)
    detox_name = {"toxicity": "toxic", "severe_toxicity": "severe_toxic", "identity_attack": "identity_hate"}
    for k, label in enumerate(member.labels):
        col = CLASSES.index(detox_name.get(label, label))
        np.testing.assert_allclose(P[:, k], want[:, col], atol=1e-5, err_msg=label)
    # the columns really differ, so the comparison above can tell them apart
    assert np.ptp(P.mean(axis=0)) > 0.05


def test_deterministic_and_batch_independent(tiny):
    path = tiny[0]
    a = DetoxifyMember(checkpoint=str(path), batch_size=1).predict_proba(TEXTS)
    b = DetoxifyMember(checkpoint=str(path), batch_size=64).predict_proba(TEXTS)
    np.testing.assert_allclose(a, b, atol=1e-5)
    member = DetoxifyMember(checkpoint=str(path))
    np.testing.assert_array_equal(member.predict_proba(TEXTS), member.predict_proba(TEXTS))
    assert member.predict_proba(["you are an idiot"]).shape == (1, 6)  # a single text (detoxify squeezes it)


def test_batches_group_similar_lengths_within_the_padded_token_budget(tiny):
    from moderator.members.detoxify_member import PADDED_TOKENS_PER_TEXT

    member = DetoxifyMember(checkpoint=str(tiny[0]), batch_size=4)
    assert member.available, member.error
    texts = ["idiot"] * 9 + [" ".join(["word"] * n) for n in (3, 40, 41, 60, 7, 90)] + ["fine thanks"] * 3
    tokenizer = member._detox.tokenizer
    tokenizer.model_max_length = 128  # the tiny model's tokenizer would cut every text at a few tokens
    lengths = [len(ids) for ids in tokenizer(texts)["input_ids"]]
    batches = member._batches(texts)
    assert sorted(i for b in batches for i in b) == list(range(len(texts)))  # each text once
    for batch in batches:
        padded = max(lengths[i] for i in batch) * len(batch)
        assert len(batch) <= 4 and (len(batch) == 1 or padded <= 4 * PADDED_TOKENS_PER_TEXT)
    # short texts share batches; the longest go alone (two of ~42 tokens still fit 96)
    assert max(len(b) for b in batches) == 4
    assert [len(b) for b in batches if max(lengths[i] for i in b) > 40] == [2, 1, 1]
    assert member._batches([]) == []


def test_requested_labels_subset(tiny):
    member = DetoxifyMember(checkpoint=str(tiny[0]), labels=("identity_attack", "toxicity"))
    full = DetoxifyMember(checkpoint=str(tiny[0]))
    P, F = member.predict_proba(TEXTS), full.predict_proba(TEXTS)
    np.testing.assert_allclose(P[:, 0], F[:, full.labels.index("identity_attack")])
    np.testing.assert_allclose(P[:, 1], F[:, full.labels.index("toxicity")])
    # a label the model has no class for makes the member unavailable, not wrong
    assert not DetoxifyMember(checkpoint=str(tiny[0]), labels=("slur",)).available


def test_relative_model_folder_resolves_from_any_cwd(tiny, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the relative "tiny_model" does not exist here
    member = DetoxifyMember(checkpoint=str(tiny[0]))
    assert member.available, member.error


def test_pickles_configuration_only(tiny, tmp_path):
    member = DetoxifyMember(checkpoint=str(tiny[0]))
    before = member.predict_proba(TEXTS)
    state = member.__getstate__()
    assert state["_detox"] is None
    assert len(pickle.dumps(member)) < 2000  # no weights inside
    joblib.dump(member, tmp_path / "m.joblib")
    again = joblib.load(tmp_path / "m.joblib")
    np.testing.assert_allclose(again.predict_proba(TEXTS), before, atol=1e-6)


def test_missing_checkpoint_is_unavailable_with_one_log_line(tmp_path, caplog):
    missing = tmp_path / "nothing.ckpt"
    with caplog.at_level(logging.WARNING, logger="moderator.members.detoxify_member"):
        member = DetoxifyMember(checkpoint=str(missing))
        assert member.available is False
        assert member.available is False  # asking again does not retry or log again
        assert member.labels == ()
    lines = [r.getMessage() for r in caplog.records if r.name == "moderator.members.detoxify_member"]
    assert len(lines) == 1 and "unavailable" in lines[0] and str(missing) in lines[0]
    with pytest.raises(RuntimeError, match="unavailable"):
        member.predict_proba(["hello"])


def test_broken_checkpoint_is_unavailable(tmp_path):
    bad = tmp_path / "bad.ckpt"
    torch.save({"state_dict": {}}, bad)  # no config
    member = DetoxifyMember(checkpoint=str(bad))
    assert not member.available and "config" in member.error
    junk = tmp_path / "junk.ckpt"
    junk.write_bytes(b"not a torch file")
    assert not DetoxifyMember(checkpoint=str(junk)).available


def test_unknown_official_name_is_unavailable():
    member = DetoxifyMember(model_type="no-such-model")
    assert not member.available and "unknown detoxify model" in member.error
