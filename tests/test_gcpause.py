"""Pausing the cyclic collector (auditor.gcpause)."""

from __future__ import annotations

import gc
import weakref

from auditor.gcpause import collector_paused


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector can free it


def test_pause_restores_the_collector_and_nests() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves it as the outer one set it
    assert gc.isenabled()


def test_cycles_made_during_a_pause_are_collected_after_it() -> None:
    # Nothing is frozen: a library caller or a test suite reading export after export leaks nothing.
    with collector_paused():
        node = _Node()
        gone = weakref.ref(node)
        del node
        gc.collect()  # an explicit collection still runs; the pause only stops the automatic ones
        assert gone() is None
        node = _Node()
        gone = weakref.ref(node)
        del node
    gc.collect()
    assert gone() is None and gc.get_freeze_count() == 0
