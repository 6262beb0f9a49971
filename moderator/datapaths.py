"""Where the labeled data and the shipped models live.

The datasets are never copied into the project: they are read from MODERATOR_DATA, or from
../shared/data beside the checkout (where CI and the developers have them)."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def data_dir() -> Path | None:
    """The folder holding train/ and eval/, or None when this machine has no datasets."""
    candidates = []
    if os.environ.get("MODERATOR_DATA"):
        candidates.append(Path(os.environ["MODERATOR_DATA"]))
    candidates += [PROJECT_DIR.parent / "shared" / "data", Path.cwd().parent / "shared" / "data"]
    for path in candidates:
        if (path / "train").is_dir() or (path / "eval").is_dir():
            return path.resolve()
    return None


def models_dir() -> Path:
    """The trained artifacts: MODERATOR_MODELS, else models/ in the checkout."""
    return Path(os.environ.get("MODERATOR_MODELS") or PROJECT_DIR / "models")
