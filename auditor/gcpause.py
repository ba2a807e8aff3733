"""Pausing Python's cyclic garbage collector around bulk work.

Reading an export and analysing it allocate hundreds of thousands of small acyclic objects (records, ties,
dates). Every so many allocations the collector rescans the survivors, finds nothing to free and costs about a
quarter of the run. Reference counting still frees everything as usual while the collector is paused.

When the collector resumes, its first pass rescans every object allocated during the pause (70 ms after reading
the largest export). A one-shot process, the command line, may skip that: what it read is kept until it exits,
so `collector_paused(keep=True)` then moves it out of the collector's sight (`gc.freeze`). Only there:
`gc.freeze` moves every object of the process, garbage cycles included, which could then never be freed; a
library caller or a test suite that reads export after export would leak them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_one_shot = False


def one_shot_process() -> None:
    """Declare that this process does one job and exits (the command line): objects made in a `keep=True` block
    are then frozen rather than rescanned."""
    global _one_shot
    _one_shot = True


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Pause the cyclic collector for the block (re-entrant: an inner pause leaves it as the outer one set it).

    `keep=True` when what the block made lives on until the process ends (an export read, an audit): in a
    one-shot process it is frozen before the collector resumes (see the module docstring)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep and _one_shot and collecting:
            gc.freeze()
        if collecting:
            gc.enable()
