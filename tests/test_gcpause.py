"""Pausing the cyclic collector (auditor.gcpause)."""

from __future__ import annotations

import gc
import weakref

import pytest

from auditor import gcpause
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


def test_keep_freezes_nothing_outside_a_one_shot_process() -> None:
    # Tests and library callers: a cycle dropped before the block is still collected after it.
    node = _Node()
    gone = weakref.ref(node)
    del node
    frozen = gc.get_freeze_count()
    with collector_paused(keep=True):
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() == frozen
    gc.collect()
    assert gone() is None and len(kept) == 1000


def test_keep_freezes_what_a_one_shot_process_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gcpause, "_one_shot", True)
    frozen = gc.get_freeze_count()
    try:
        with collector_paused(keep=True):
            kept = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= frozen + len(kept)
        assert gc.get_count()[0] < 100  # the next pass does not start with a thousand young objects to rescan
    finally:
        gc.unfreeze()
