import numpy as np
import pytest

from moderator.datapaths import data_dir
from moderator.datasets import load_training, split_train_valid
from moderator.labels import LABELS

DATA = data_dir()
needs_data = pytest.mark.skipif(DATA is None, reason="needs the datasets (MODERATOR_DATA or ../shared/data)")


@needs_data
def test_every_dataset_maps_onto_our_labels():
    data = load_training(DATA)
    assert len(data) > 100_000
    assert data.Y.shape == data.mask.shape == (len(data), len(LABELS))
    assert set(np.unique(data.Y[data.mask])) <= {0.0, 1.0}
    assert not data.Y[~data.mask].any()  # unknown cells carry no label
    sources = set(data.source)
    assert {"davidson", "olid", "hatexplain", "cad", "stormfront", "ethos", "civil_comments_spans", "c3",
            "jigsaw"} == sources
    # OLID: a targeted insult at an individual is harassment
    olid = np.array(data.source) == "olid"
    h = LABELS.index("harassment")
    assert data.Y[olid, h].sum() > 1000


@needs_data
def test_split_is_reproducible_and_disjoint():
    data = load_training(DATA, ["olid", "cad"])
    a_train, a_valid = split_train_valid(data)
    b_train, b_valid = split_train_valid(data)
    assert a_valid.texts == b_valid.texts
    assert len(a_train) + len(a_valid) == len(data)
    assert abs(len(a_valid) / len(data) - 0.2) < 0.01
