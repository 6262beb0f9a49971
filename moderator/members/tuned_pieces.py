"""The static-embedding member's piece table tuned end to end (model version 2026.11.9).

The distilled table (moderator.members.static_embedding) is fixed: its heads read the mean of vectors
that were made for the transformer's context, not for our labels. Here a copy of the table is trained
with a small network on top, fastText-style: a comment is the unit-length sum of its pieces' rows, one
ReLU layer of 256 units, one logit per label, masked binary cross-entropy over the rows that know each
label (the transformer's multi-task loss). The tuned rows move towards what tells toxic from not
("trash" and "scum" as said of people, slang the transformer's vectors put near neutral words), and the
network's logits join the member's stacking features as "<label>@tuned".

Measured on the validation split only (experiments in models/CARD.md, "The tuned piece table"): added to
the shipped stacking features, the out-of-fold logistic stacker's toxicity AUC 0.9105 -> 0.9128 (OLID
0.835 -> 0.841, HateXplain 0.816 -> 0.823, C3 0.738 -> 0.744), insult 0.883 -> 0.890, harassment 0.865 ->
0.871; the same network with the table frozen added nothing (0.9105), so the gain is the tuning's.
Settings (a sweep of 14 on a GPU, chosen by early-stopping loss and that AUC): Adam 1e-3 for table and
layers, batches of 128, early stopping every quarter epoch on 4,000 held-out training rows (patience 4);
training stops after ~3 epochs, ~4 minutes on 2 cores.

Storage: only the rows training moved (pieces met in the training texts: ~24,000 of 30,523) are kept,
as their change from the distilled row in int8 with one float16 scale per row (6.3 MB instead of 12.5 in
float16); `quantization_error_` records the largest change of a validation logit this costs.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)


@dataclass
class TuneSettings:
    hidden: int = 256
    lr: float = 1e-3
    batch_size: int = 128
    max_epochs: int = 10
    evals_per_epoch: int = 4
    patience: int = 4
    early_stop_rows: int = 4000
    seed: int = 0


class TunedPieces:
    """The tuned rows (as int8 changes of the distilled table) and the network on top."""

    def __init__(self, rows: np.ndarray, delta_q: np.ndarray, scales: np.ndarray, mlp: tuple, labels: list[str]):
        self.rows_ = rows.astype(np.int32)
        self.delta_q_ = delta_q.astype(np.int8)
        self.scales_ = scales.astype(np.float16)
        self.W1_, self.b1_, self.W2_, self.b2_ = (np.asarray(a, dtype=np.float32).copy() for a in mlp)
        tiny = np.finfo(np.float32).tiny  # subnormal weights make x86 arithmetic slow (static_embedding.py)
        for array in (self.W1_, self.b1_, self.W2_, self.b2_):
            array[np.abs(array) < tiny] = 0
        self.labels = list(labels)
        self._table = None

    def table(self, base: np.ndarray) -> np.ndarray:
        """The tuned table in float32: the distilled `base` with the tuned rows' changes added (built once)."""
        if self._table is None:
            table = base.astype(np.float32, copy=True)
            table[self.rows_] += self.delta_q_.astype(np.float32) * self.scales_.astype(np.float32)[:, None]
            self._table = table
        return self._table

    def logits(self, counts, base: np.ndarray) -> np.ndarray:
        """(n, labels) logits for texts given as a sparse (texts, pieces) count matrix."""
        sums = np.asarray(counts @ self.table(base), dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        pooled = np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)
        return np.maximum(pooled @ self.W1_ + self.b1_, 0) @ self.W2_ + self.b2_

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_table"] = None
        return state


def quantize_rows(delta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: (int8 values, float16 scales) with values * scale ~ delta."""
    scales = np.abs(delta).max(axis=1) / 127.0
    scales = np.where(scales > 0, scales, 1.0).astype(np.float16)
    q = np.clip(np.rint(delta / scales.astype(np.float32)[:, None]), -127, 127).astype(np.int8)
    return q, scales


def tune(base: np.ndarray, flat: np.ndarray, ends: np.ndarray, Y: np.ndarray, mask: np.ndarray,
         labels: list[str], label_columns: list[int], settings: TuneSettings | None = None,
         frozen_rows: list[int] = ()) -> TunedPieces:
    """Train the table (initialised from `base`) and a one-hidden-layer network on texts given as their
    pieces (`flat` ids, `ends` each text's end offset into them) for the `labels` (columns
    `label_columns` of Y and mask). `frozen_rows` keep their distilled vectors."""
    import torch

    s = settings or TuneSettings()
    torch.manual_seed(s.seed)
    rng = np.random.default_rng(s.seed)
    starts = np.concatenate([[0], ends[:-1]]).astype(np.int64)
    ends = ends.astype(np.int64)
    flat_t = torch.from_numpy(flat.astype(np.int64))
    Yt = torch.from_numpy(Y[:, label_columns].astype(np.float32))
    Mt = torch.from_numpy(mask[:, label_columns].astype(np.float32))
    order = rng.permutation(len(ends))
    held = min(s.early_stop_rows, max(1, len(ends) // 10))  # a tenth where the data are few (tests)
    held_out, fit_rows = order[:held], order[held:]

    class Network(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.table = torch.nn.EmbeddingBag.from_pretrained(torch.from_numpy(base.astype(np.float32)),
                                                               freeze=False, mode="sum")
            self.hidden = torch.nn.Linear(base.shape[1], s.hidden)
            self.out = torch.nn.Linear(s.hidden, len(labels))

        def forward(self, ids, offsets):
            sums = self.table(ids, offsets)
            pooled = sums / sums.norm(dim=1, keepdim=True).clamp_min(1e-6)
            return self.out(torch.relu(self.hidden(pooled)))

    def batch(rows):
        lengths = ends[rows] - starts[rows]
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        ids = np.repeat(starts[rows] - offsets, lengths) + np.arange(lengths.sum())
        return flat_t[torch.from_numpy(ids)], torch.from_numpy(offsets)

    def loss_of(logits, rows):
        losses = torch.nn.functional.binary_cross_entropy_with_logits(logits, Yt[rows], reduction="none") * Mt[rows]
        return losses.sum() / Mt[rows].sum().clamp_min(1)

    network = Network()
    frozen = list(frozen_rows)
    frozen_vectors = network.table.weight.detach()[frozen].clone()
    optimizer = torch.optim.Adam(network.parameters(), lr=s.lr)

    def held_out_loss() -> float:
        network.eval()
        with torch.no_grad():
            value = float(loss_of(network(*batch(held_out)), held_out))
        network.train()
        return value

    steps_per_epoch = -(-len(fit_rows) // s.batch_size)
    every = max(1, steps_per_epoch // s.evals_per_epoch)
    best, best_state, best_step, worse, step = held_out_loss(), None, 0, 0, 0
    started = time.perf_counter()
    try:
        from tqdm import tqdm
        progress = tqdm(total=s.max_epochs * steps_per_epoch, desc="tuning the piece table", unit="step",
                        mininterval=5, leave=False)
    except ImportError:  # pragma: no cover - tqdm is a dependency
        progress = None
    for _ in range(s.max_epochs):
        rng.shuffle(fit_rows)
        for first in range(0, len(fit_rows), s.batch_size):
            rows = fit_rows[first:first + s.batch_size]
            loss = loss_of(network(*batch(rows)), rows)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if frozen:
                with torch.no_grad():
                    network.table.weight[frozen] = frozen_vectors
            step += 1
            if progress is not None:
                progress.update()
            if step % every == 0:
                value = held_out_loss()
                if value < best - 1e-4:
                    best, best_step, worse = value, step, 0
                    best_state = {k: v.detach().clone() for k, v in network.state_dict().items()}
                else:
                    worse += 1
            if worse >= s.patience:
                break
        if worse >= s.patience:
            break
    if progress is not None:
        progress.close()
    if best_state is not None:
        network.load_state_dict(best_state)
    log.info("piece table tuned: %d steps, best held-out loss %.4f at step %d, %.0fs", step, best, best_step,
             time.perf_counter() - started)
    table = network.table.weight.detach().numpy()
    moved = np.flatnonzero(np.any(table != base.astype(np.float32), axis=1))
    delta_q, scales = quantize_rows(table[moved] - base[moved].astype(np.float32))
    mlp = (network.hidden.weight.detach().numpy().T, network.hidden.bias.detach().numpy(),
           network.out.weight.detach().numpy().T, network.out.bias.detach().numpy())
    tuned = TunedPieces(moved, delta_q, scales, mlp, labels)
    tuned.steps_, tuned.best_step_, tuned.held_out_loss_ = step, best_step, best
    # what int8 storage costs: the held-out rows' logits, stored table against the trained one
    network.eval()
    with torch.no_grad():
        trained = network(*batch(held_out)).numpy()
    tuned.quantization_error_ = float(np.abs(tuned.logits(piece_counts(flat, starts, ends, held_out, len(base)), base)
                                             - trained).max())
    return tuned


def piece_counts(flat: np.ndarray, starts: np.ndarray, ends: np.ndarray, rows: np.ndarray, pieces: int):
    """Sparse (rows, pieces) counts of the given texts' piece ids."""
    import scipy.sparse as sp

    lengths = ends[rows] - starts[rows]
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    ids = flat[np.repeat(starts[rows] - indptr[:-1], lengths) + np.arange(lengths.sum())]
    return sp.csr_matrix((np.ones(len(ids), dtype=np.float32), ids.astype(np.int64), indptr),
                         shape=(len(rows), pieces))
