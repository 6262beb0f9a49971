"""The tuned piece table (moderator.members.tuned_pieces) on a synthetic task: texts are random pieces, a
text is toxic when it holds one of ten "rude" pieces. Training must learn that, move only the rows of pieces
it met, and its stored form (int8 row changes) must answer like the trained network."""

import joblib
import numpy as np
import pytest
import torch
from sklearn.metrics import roc_auc_score

from moderator.labels import LABELS
from moderator.members.tuned_pieces import TuneSettings, TunedPieces, piece_counts, quantize_rows, tune

PIECES, DIMS, RUDE = 60, 16, range(10)
UNSEEN = range(50, 60)  # never in a training text
FROZEN = 20  # in many training texts, but kept as it was (the static member's blinded group token)


def texts(n: int, seed: int, pieces: int = 50) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(flat ids, ends, toxic) of n random texts of 3-12 pieces drawn from the first `pieces` ids."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(3, 13, size=n)
    flat = rng.integers(10, pieces, size=lengths.sum())
    ends = np.cumsum(lengths)
    toxic = rng.random(n) < 0.4
    for i in np.flatnonzero(toxic):  # one rude piece somewhere in each toxic text
        flat[ends[i] - lengths[i] + rng.integers(lengths[i])] = rng.integers(0, 10)
    return flat, ends, toxic


@pytest.fixture(scope="module")
def trained():
    base = np.random.default_rng(1).normal(size=(PIECES, DIMS)).astype(np.float16)
    flat, ends, toxic = texts(3000, seed=2)
    Y = np.zeros((len(ends), len(LABELS)), dtype=np.float32)
    Y[:, LABELS.index("toxicity")] = toxic
    mask = np.zeros_like(Y, dtype=bool)
    mask[:, LABELS.index("toxicity")] = True
    insult = LABELS.index("insult")  # a label no row knows: masked out, it must not break training
    tuned = tune(base, flat, ends, Y, mask, ["toxicity", "insult"], [LABELS.index("toxicity"), insult],
                 TuneSettings(hidden=16, lr=1e-2, max_epochs=5, early_stop_rows=300), frozen_rows=[FROZEN])
    return base, tuned


def test_learns_the_rude_pieces(trained):
    base, tuned = trained
    flat, ends, toxic = texts(1000, seed=3)  # texts it never saw
    starts = np.concatenate([[0], ends[:-1]])
    logits = tuned.logits(piece_counts(flat, starts, ends, np.arange(len(ends)), PIECES), base)
    assert logits.shape == (1000, 2)
    assert roc_auc_score(toxic, logits[:, 0]) > 0.97
    assert tuned.best_step_ > 0 and tuned.held_out_loss_ < 0.4


def test_only_the_rows_of_pieces_met_move_and_frozen_rows_stay(trained):
    base, tuned = trained
    moved = set(tuned.rows_.tolist())
    assert moved and moved <= set(range(50)) - {FROZEN} and moved.isdisjoint(UNSEEN)
    table = tuned.table(base)
    np.testing.assert_array_equal(table[[*UNSEEN, FROZEN]], base[[*UNSEEN, FROZEN]].astype(np.float32))
    assert not np.allclose(table[list(RUDE)], base[list(RUDE)].astype(np.float32))


def test_stored_form_answers_like_the_trained_network(trained):
    _, tuned = trained
    # the largest change of a held-out logit that int8 storage costs, measured in training
    assert 0 <= tuned.quantization_error_ < 0.05


def test_int8_rows_round_trip_within_half_a_step():
    delta = np.random.default_rng(4).normal(scale=0.02, size=(50, DIMS)).astype(np.float32)
    delta[3] = 0  # an unmoved row: no division by zero
    q, scales = quantize_rows(delta)
    assert q.dtype == np.int8 and scales.dtype == np.float16
    back = q.astype(np.float32) * scales.astype(np.float32)[:, None]
    step = scales.astype(np.float32)[:, None]
    assert np.all(np.abs(back - delta) <= step / 2 + 1e-6)
    assert not back[3].any()


def test_logits_match_a_torch_forward_of_the_stored_table(trained):
    """The numpy scoring path (sparse counts times the table, unit length, ReLU layer) is the network's own
    forward pass: rebuilt in torch from the stored arrays it must give the same logits."""
    base, tuned = trained
    flat, ends, _ = texts(200, seed=5, pieces=60)  # unseen pieces too
    starts = np.concatenate([[0], ends[:-1]])
    ours = tuned.logits(piece_counts(flat, starts, ends, np.arange(len(ends)), PIECES), base)
    bag = torch.nn.EmbeddingBag.from_pretrained(torch.from_numpy(tuned.table(base)), mode="sum")
    sums = bag(torch.from_numpy(flat), torch.from_numpy(starts))
    pooled = sums / sums.norm(dim=1, keepdim=True)
    hidden = torch.relu(pooled @ torch.from_numpy(tuned.W1_) + torch.from_numpy(tuned.b1_))
    theirs = (hidden @ torch.from_numpy(tuned.W2_) + torch.from_numpy(tuned.b2_)).numpy()
    np.testing.assert_allclose(ours, theirs, atol=1e-4)


def test_pickles_without_its_float32_table(trained, tmp_path):
    base, tuned = trained
    tuned.table(base)
    joblib.dump(tuned, tmp_path / "t.joblib")
    again = joblib.load(tmp_path / "t.joblib")
    assert isinstance(again, TunedPieces) and again._table is None
    np.testing.assert_array_equal(again.table(base), tuned.table(base))
