"""Dates at the edges of what `datetime.date` holds: a record dated year 0, 1, 9999 or 10000 never crashes an
analysis or a rule (the reader keeps dates plausible, but an export may be built otherwise), and `--as-of` is
refused outside 1900 .. today + 5 years in one line."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.analysis import analyse, measured_until
from auditor.analysis.career import day_after, first_day, last_day
from auditor.cli import cli
from auditor.engine import run_rules
from auditor.model import Certification, Education, PartialDate, Position, Project, plausible_days
from auditor.rules import RULES

from .factory import TODAY, model_config, model_export

P = PartialDate
EDGES = [P(0), P(0, 6), P(1), P(1, 1, 1), P(2020), P(9999), P(9999, 12), P(9999, 12, 31), P(10000), P(10000, 1)]
FIRST, LAST = plausible_days()


def _crashed(positions: tuple[Position, ...], today: dt.date, dated: tuple[PartialDate | None, ...] = ()) -> list[str]:
    export = model_export(
        positions=positions,
        education=tuple(Education("School", d, d, "", "", "", n) for n, d in enumerate(dated)),
        certifications=tuple(Certification("Cert", "", "", d, d, "", n) for n, d in enumerate(dated)),
        projects=tuple(Project("Project", "", "", d, None, n) for n, d in enumerate(dated)),
    )
    result = run_rules(export, analyse(export, today), model_config(), RULES)
    return [f"{o.code}: {o.reason.en if o.reason else ''}" for o in result.outcomes if o.status == "crashed"]


def test_helpers_never_overflow() -> None:
    assert first_day(P(0)) == dt.date.min and last_day(P(0, 6)) == dt.date.min
    assert first_day(P(10000)) == dt.date.max and last_day(P(9999, 12)) == dt.date.max
    assert last_day(P(2006)) == dt.date(2006, 12, 31) and first_day(P(2016, 6)) == dt.date(2016, 6, 1)
    assert day_after(dt.date.max) == dt.date.max and day_after(dt.date(2026, 2, 28)) == dt.date(2026, 3, 1)


@pytest.mark.parametrize("today", [FIRST, TODAY, LAST])
@pytest.mark.parametrize("edge", EDGES, ids=str)
def test_edge_dates_crash_no_rule(edge: PartialDate, today: dt.date) -> None:
    cases = [
        (Position("Edge", "Boss", "", "", edge, None), Position("Now", "Lead", "", "", P(2020, 1), None)),
        (Position("Now", "Lead", "", "", P(2020, 1), None), Position("Edge", "Boss", "", "", edge, None)),
        (Position("Edge", "Boss", "", "", P(2019), edge),),
        (Position("Edge", "Boss", "", "", edge, edge), Position("Far", "Boss", "", "", P(9999, 12, 1), None)),
    ]
    for positions in cases:
        assert _crashed(positions, today, dated=(edge, None)) == []


years = st.one_of(st.integers(0, 10001), st.sampled_from([0, 1, 1899, 1900, 9998, 9999, 10000]))
partial_dates = st.builds(
    PartialDate, years, st.one_of(st.none(), st.integers(1, 12)), st.one_of(st.none(), st.integers(1, 28))
).map(lambda d: d if d.month is not None or d.day is None else PartialDate(d.year))
positions = st.builds(
    Position,
    company=st.sampled_from(["Acme", "Beta", "Board of Gamma"]),
    title=st.sampled_from(["Boss", "Volunteer", ""]),
    description=st.just(""),
    location=st.just(""),
    started_on=st.one_of(st.none(), partial_dates),
    finished_on=st.one_of(st.none(), partial_dates),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    positions=st.lists(positions, max_size=4).map(tuple),
    dated=st.lists(st.one_of(st.none(), partial_dates), max_size=3).map(tuple),
    today=st.dates(min_value=FIRST, max_value=LAST),
)
def test_any_record_date_crashes_no_rule(
    positions: tuple[Position, ...], dated: tuple[PartialDate | None, ...], today: dt.date
) -> None:
    assert _crashed(positions, today, dated) == []


def test_activity_is_measured_up_to_a_plausible_export_date() -> None:
    assert measured_until(model_export(exported_on=dt.date(9999, 12, 31)), TODAY) == TODAY
    assert measured_until(model_export(exported_on=dt.date(1, 1, 1)), TODAY) == TODAY
    assert measured_until(model_export(exported_on=TODAY - dt.timedelta(days=9)), TODAY) == TODAY - dt.timedelta(days=9)


def test_plausible_days_on_29_february() -> None:
    assert plausible_days(dt.date(2028, 2, 29)) == (dt.date(1900, 1, 1), dt.date(2033, 2, 28))


@pytest.fixture
def edge_zip(tmp_path: Path) -> Path:
    path = tmp_path / "Complete_LinkedInDataExport_11-02-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Acme,Boss,,,Jun 0000,\nBeta,Lead,,,2020,Dec 9999\nGamma,Analyst,,,Jan 0001,Feb 0001\n",
        )
    return path


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "1899-12-31", "0000-01-01", "tomorrow"])
def test_as_of_outside_the_plausible_is_one_line(edge_zip: Path, as_of: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "auditor", "audit", str(edge_zip), "--as-of", as_of],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--as-of" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("as_of", [FIRST.isoformat(), LAST.isoformat(), None])
def test_edge_records_audit_and_inspect_cleanly(edge_zip: Path, as_of: str | None) -> None:
    runner = CliRunner()
    inspected = runner.invoke(cli, ["inspect", str(edge_zip)])
    assert inspected.exit_code == 0, inspected.output
    options = ["--as-of", as_of] if as_of else []
    audited = runner.invoke(cli, ["audit", str(edge_zip), *options, "--json", "-", "--fail-on", "never"])
    assert audited.exit_code == 0, audited.output
    assert '"crashed"' not in audited.stdout
