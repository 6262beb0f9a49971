"""One OpenMP thread for small tree-model predictions.

scikit-learn's gradient-boosted trees predict with an OpenMP thread team, one thread per core by default.
For the few dozen rows of one comment's tokens or one page's lines the threads only wait on each other,
and on a busy machine their spinning costs ten times the work (page segmentation: 4.5 s -> 47 s of CPU
for 100 Dragnet pages on 2 cores). The limit is the calling thread's own and is restored after the call.
"""

from __future__ import annotations

import threading

_CONTROLLER: list = []
_LOCK = threading.Lock()


def one_openmp_thread():
    """A context manager: OpenMP code called inside it runs on one thread. The controller is built once,
    because inspecting the loaded libraries is itself slow."""
    if not _CONTROLLER:
        from threadpoolctl import ThreadpoolController

        with _LOCK:
            if not _CONTROLLER:
                _CONTROLLER.append(ThreadpoolController())
    return _CONTROLLER[0].limit(limits=1, user_api="openmp")
