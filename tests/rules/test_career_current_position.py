"""CAR-001 career.current-position."""

from __future__ import annotations

import dataclasses

from auditor.model import PartialDate
from auditor.rules import career_current_position as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_every_position_ended() -> None:
    current, *past = model_export().positions
    ended = dataclasses.replace(current, finished_on=PartialDate(2025, 6))
    (finding,) = run_rule(rule, model_export(positions=(ended, *past)))
    assert finding.evidence[0].file == model_export().sources["positions"].files[0]
    assert finding.evidence[0].row == 2
    assert finding.evidence[0].text("en") == "Latest: Acme Industries, Supply Chain Manager, ended June 2025"
    assert (
        finding.evidence[0].text("fr")
        == "Dernier poste\u00a0: Acme Industries, Supply Chain Manager, terminé en juin 2025"
    )
    assert "current position" in finding.what.en and "poste actuel" in finding.what.fr
    assert_bilingual(finding)


def test_fail_open_position_without_start_date_is_not_current() -> None:
    current, *past = model_export().positions
    undated = dataclasses.replace(current, started_on=None)
    (finding,) = run_rule(rule, model_export(positions=(undated, *past)))
    assert finding.evidence[0].text("en") == "Latest: Beta Foods, Demand Planner, ended February 2021"


def test_fail_empty_file() -> None:
    (finding,) = run_rule(rule, model_export(positions=()))
    assert finding.evidence[0].text("en") == "0 positions, none with a start date"
    assert finding.evidence[0].text("fr") == "0\u00a0poste, sans date de début"


def test_pass_year_only_current_position() -> None:
    current, *past = model_export().positions
    assert (
        run_rule(rule, model_export(positions=(dataclasses.replace(current, started_on=PartialDate(2021)), *past)))
        == []
    )


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
