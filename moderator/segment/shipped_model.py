"""Loading a segmentation model from models/ once per process: the page segmenter's learned passes
(article_lines.py, reader_voice.py) each work without their file, and say so in one log line."""

import logging
import threading
from pathlib import Path
from typing import Callable

_LOCK = threading.Lock()
_LOADED: dict = {}


def default_path(file_name: str) -> Path:
    from moderator.datapaths import models_dir

    return Path(models_dir()) / file_name


def load_once(where: Path, read: Callable[[Path], object | None], log: logging.Logger, what: str, without: str):
    """read(where), remembered per path; None, with one warning, when the file is absent, foreign (read gives
    None) or broken (read raises). `what` names the model and `without` what happens then, in the warnings."""
    key = (what, str(where))
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        bundle = None
        if not where.is_file():
            log.warning("segment: no %s at %s; %s", what, where, without)
        else:
            try:
                bundle = read(where)
                if bundle is None:
                    log.warning("segment: %s holds another model; %s", where, without)
            except Exception as exc:  # noqa: BLE001 - a broken or foreign file must not stop segmentation
                log.warning("segment: cannot load %s (%s); %s", where, exc, without)
                bundle = None
        _LOADED[key] = bundle
        return bundle
