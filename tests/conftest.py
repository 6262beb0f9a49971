import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fed4981eb2cd7fd5.txt"


@pytest.fixture(scope="session")
def moderator_models():
    """The shipped models (models/ in the checkout), loaded once per test session."""
    from moderator.scorer import Moderator

    return Moderator.load()


@pytest.fixture(scope="session")
def seed_page() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def store(tmp_path):
    """A migrated SQLite database in a real file, holding one publisher ("daily")."""
    from moderator.store import Store, upgrade
    from moderator.store.models import Publisher

    store = Store(f"sqlite:///{tmp_path / 'moderator.db'}")
    upgrade(store.engine)
    with store.write() as session:
        session.add(Publisher(name="daily"))
    yield store
    store.dispose()
