"""Pausing the cyclic collector (auditor.gcpause)."""

from __future__ import annotations

import gc

from auditor.gcpause import collector_paused


def test_pause_restores_the_collector_and_nests() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves it as the outer one set it
    assert gc.isenabled()


def test_keep_moves_what_the_block_made_out_of_the_collectors_sight() -> None:
    frozen = gc.get_freeze_count()
    try:
        with collector_paused(keep=True):
            kept = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= frozen + len(kept)
        assert gc.get_count()[0] < 100  # the next pass does not start with a thousand young objects to rescan
    finally:
        gc.unfreeze()
