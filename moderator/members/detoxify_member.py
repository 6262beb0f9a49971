"""The detoxify member: a transformer classifier loaded through detoxify's own loader (`detoxify.Detoxify`).

It is configured by a local checkpoint in detoxify's format (default: the shipped
`models/transformer/checkpoint.ckpt`, our fine-tuned MiniLM, see moderator.transformer) or by an official
model name (`original`, `unbiased`, `multilingual`, which detoxify downloads: only where the network allows).
When nothing loads it logs one line and reports `available == False`; the ensemble then leaves it out.

detoxify reads `config.arch.args.model_type` from the checkpoint and always calls `from_pretrained(model_type)`,
so offline that must name a local folder holding config.json and the tokenizer. Our checkpoints store it
relative to the checkpoint's own folder; here it is rewritten to an absolute path in an in-memory copy of the
checkpoint, which is what detoxify is handed (its `torch.load` takes a file object as well as a path).

Only the configuration pickles: `__getstate__` drops the loaded network, which is loaded again lazily.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Sequence

import numpy as np

from moderator.labels import LABELS
from moderator.members import quantize_int8

log = logging.getLogger(__name__)

OFFICIAL_MODELS = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")

# detoxify's class names (after its own renaming of toxic/severe_toxic/identity_hate) -> ours.
# The official models use our names already; the multilingual/unbiased ones add a few we have no use for.
CLASS_TO_LABEL = {
    "toxicity": "toxicity",
    "severe_toxicity": "severe_toxicity",
    "obscene": "obscene",
    "threat": "threat",
    "insult": "insult",
    "identity_attack": "identity_attack",
    "sexual_explicit": "sexual_explicit",
    "slur": "slur",
    "harassment": "harassment",
}


def default_checkpoint() -> Path:
    from moderator.datapaths import models_dir

    return models_dir() / "transformer" / "checkpoint.ckpt"


def _resolved_checkpoint(path: Path):
    """The checkpoint with a relative `model_type` made absolute (against the checkpoint's folder), as a
    file object for detoxify; also returns its `moderator` section (trained labels etc.)."""
    import torch

    loaded = torch.load(path, map_location="cpu", weights_only=False)
    if not isinstance(loaded, dict) or "config" not in loaded or "state_dict" not in loaded:
        raise ValueError(f"{path} is not a detoxify checkpoint (needs 'config' and 'state_dict')")
    args = loaded["config"]["arch"]["args"]
    model_type = Path(args["model_type"])
    if not model_type.is_absolute() and (path.parent / model_type).is_dir():
        args["model_type"] = str((path.parent / model_type).resolve())
    buffer = io.BytesIO()
    torch.save(loaded, buffer)
    buffer.seek(0)
    return buffer, loaded["config"].get("moderator", {})


# A batch holds at most batch_size * this many tokens, padding included (see DetoxifyMember._batches).
PADDED_TOKENS_PER_TEXT = 24


class DetoxifyMember:
    """Ensemble member over detoxify. `labels` are the labels it scores (those its model has and was trained
    on, unless given); `quantize=True` applies int8 dynamic quantization to the Linear layers (faster on CPU,
    the accuracy cost is recorded in models/transformer/metrics.json; but its activations are scaled per
    batch, so a text's scores then depend on the texts batched with it: the ensemble runs fp32)."""

    reads_normalized = True  # the ensemble hands it moderator.normalize output (uncased model: no loss)

    name = "detoxify"

    def __init__(self, checkpoint: str | None = None, model_type: str | None = None,
                 labels: Sequence[str] | None = None, batch_size: int = 32, quantize: bool = False,
                 threads: int | None = None):
        self.checkpoint = checkpoint
        self.model_type = model_type
        self.batch_size = batch_size
        self.quantize = quantize
        self.threads = threads
        self._requested_labels = tuple(labels) if labels is not None else None
        self._detox = None
        self._tried = False
        self.error: str | None = None
        self._classes: list[str] = []
        self._labels: tuple[str, ...] = self._requested_labels or ()

    # --- loading -------------------------------------------------------------------------------------
    def _source(self) -> tuple[str, str | Path]:
        if self.checkpoint:
            return "checkpoint", Path(self.checkpoint)
        if self.model_type:
            return "model_type", self.model_type
        return "checkpoint", default_checkpoint()

    def _load(self) -> None:
        if self._tried:
            return
        self._tried = True
        kind, source = self._source()
        try:
            import detoxify
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # its "Loading weights" bar, once per process

            if kind == "checkpoint":
                if not Path(source).is_file():
                    raise FileNotFoundError(f"no checkpoint at {source}")
                buffer, info = _resolved_checkpoint(Path(source))
                detox = detoxify.Detoxify(checkpoint=buffer)
            else:
                if source not in OFFICIAL_MODELS:
                    raise ValueError(f"unknown detoxify model {source!r}; known: {', '.join(OFFICIAL_MODELS)}")
                info = {}
                detox = detoxify.Detoxify(model_type=source)
        except Exception as exc:  # a missing file, no network, a broken checkpoint: leave the member out
            self.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
            log.warning("detoxify member unavailable (%s %s): %s", kind, source, self.error)
            return
        detox.model.eval()
        if self.quantize:
            # in place: no second fp32 copy of the network in memory (each rescore worker holds one)
            detox.model = quantize_int8(detox.model, inplace=True)
        self._classes = list(detox.class_names)
        known = [CLASS_TO_LABEL[c] for c in self._classes if c in CLASS_TO_LABEL]
        trained = info.get("trained_labels")
        if self._requested_labels is not None:
            missing = [label for label in self._requested_labels if label not in known]
            if missing:
                self.error = f"model has no class for {missing}"
                log.warning("detoxify member unavailable (%s %s): %s", kind, source, self.error)
                return
            self._labels = self._requested_labels
        else:
            self._labels = tuple(label for label in LABELS if label in known and (trained is None or label in trained))
        self._detox = detox

    @property
    def available(self) -> bool:
        self._load()
        return self._detox is not None

    @property
    def labels(self) -> tuple[str, ...]:
        self._load()
        return self._labels

    # --- estimator contract ----------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], Y: np.ndarray, mask: np.ndarray) -> "DetoxifyMember":
        """Nothing to learn here: the checkpoint is trained by moderator.transformer. Loads it."""
        self._load()
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        self._load()
        if self._detox is None:
            raise RuntimeError(f"detoxify member is unavailable: {self.error}")
        import torch

        if self.threads:
            torch.set_num_threads(self.threads)
        texts = list(texts)
        columns = [self._classes.index(next(c for c in self._classes if CLASS_TO_LABEL.get(c) == label))
                   for label in self._labels]
        out = np.zeros((len(texts), len(self._labels)), dtype=np.float32)
        for idx in self._batches(texts):
            scores = self._detox.predict([texts[i] for i in idx])  # detoxify's own tokenize + sigmoid
            for k, col in enumerate(columns):
                out[idx, k] = np.atleast_1d(scores[self._classes[col]])
        return out

    def _batches(self, texts: list[str]) -> list[np.ndarray]:
        """Indices of texts in batches of similar token counts, each at most `batch_size` texts and
        `batch_size * PADDED_TOKENS_PER_TEXT` tokens once padded: every token of a batch is padded to
        its longest text and costs as much as a real one, so short texts go many to a batch and long
        ones few (on the cascade's few dozen texts per call, 15 % less time than fixed batches)."""
        if not texts:
            return []
        # token counts as detoxify's predict will see them (cut at the model's length)
        lengths = np.array([len(ids) for ids in self._detox.tokenizer(texts, truncation=True)["input_ids"]])
        budget = self.batch_size * PADDED_TOKENS_PER_TEXT
        batches, current, longest = [], [], 0
        for i in np.argsort(lengths, kind="stable"):
            tokens = max(longest, int(lengths[i]))
            if current and (len(current) == self.batch_size or tokens * (len(current) + 1) > budget):
                batches.append(np.asarray(current))
                current, tokens = [], int(lengths[i])
            current.append(i)
            longest = tokens
        batches.append(np.asarray(current))
        return batches

    # --- pickling: configuration only ------------------------------------------------------------------
    def __getstate__(self):
        state = self.__dict__.copy()
        state.update(_detox=None, _tried=False, error=None, _classes=[])
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
