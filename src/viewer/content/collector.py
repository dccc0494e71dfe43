"""Pausing Python's cycle collector while a large structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block, then restore it.

    Building a report (or the matches of a search in it) makes objects by the
    hundred thousand and keeps nearly all of them. The collector runs every few
    hundred new objects, and now and then walks everything alive; here it would
    walk the whole report again and again to find no cycles, which took a third
    of the time of loading a large report. Nothing that needs collecting is
    made meanwhile: the objects are freed by their reference counts as usual.
    What was made is then set aside from the collector for good (``gc.freeze``):
    the first collection after the block would otherwise walk all of it once
    more (0.4 s for a report of a million blocks), as would every full one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
