"""Imported by the rescore pool's fork server before it forks any worker (multiprocessing's
`set_forkserver_preload`): the models load once, in the server, and every worker forked from it
shares their memory copy-on-write instead of loading its own copy (about 0.6 GiB each).

Forking is safe here because nothing in the server has started a thread pool: the thread limits
are set before numpy and torch load, and torch runs on one thread. A failure is left to the
workers, which load the models themselves and report it on the first chunk."""

import gc
import logging

from moderator.rescore.worker import limit_threads, moderator

limit_threads()
try:
    moderator().warm_up()  # the transformer loads lazily: load it here too, so it is shared
except Exception as exc:  # the fork server must start whatever happens (it ignores only ImportError)
    logging.getLogger(__name__).warning("models not preloaded for the rescore workers: %s", exc)
# What is loaded now stays as it is: no garbage collection pass may touch (and so copy) its pages.
gc.freeze()
