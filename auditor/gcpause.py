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
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (re-entrant: an inner pause leaves it as the outer one set it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
