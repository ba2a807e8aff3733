"""Pausing Python's cyclic garbage collector around bulk work.

Reading an export and analysing it allocate hundreds of thousands of small acyclic objects (records, ties,
dates). Every so many allocations the collector rescans the survivors, finds nothing to free and costs about a
quarter of the run. Reference counting still frees everything as usual while the collector is paused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Pause the cyclic collector for the block (re-entrant: an inner pause leaves it as the outer one set it).

    `keep=True` when what the block made lives on for the rest of the run (the analyses of an audit): it is then
    moved out of the collector's sight (`gc.freeze`) before the collector resumes, or its first pass would rescan
    every object allocated during the pause (some 35 ms after analysing the largest export). Frozen objects are
    still freed by reference counting when nothing uses them any more."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if collecting:
            gc.enable()
