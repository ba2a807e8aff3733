"""`linkedin-audit sample --months-later N`: the same member's later export, and three monthly samples re-audited
into a three-point history."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from auditor.cli import cli
from auditor.history import open_history
from auditor.sample.later import add_months

MONTHS = [(0, "11-02-2026", "2026-11-02"), (1, "12-02-2026", "2026-12-02"), (2, "01-02-2027", "2027-01-02")]


def test_add_months() -> None:
    import datetime as dt

    assert add_months(dt.date(2026, 11, 2), 2) == dt.date(2027, 1, 2)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_three_monthly_samples_build_a_three_point_history(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = tmp_path / "downloads"
    folder.mkdir()
    db = tmp_path / "history.db"
    config = tmp_path / "linkedin-audit.toml"
    for months, named, day in MONTHS:
        archive = folder / f"Complete_LinkedInDataExport_{named}.zip"
        args = ["sample", str(archive), "--size", "small", "--months-later", str(months)]
        if months == 0:
            args += ["--config", str(config)]
        assert runner.invoke(cli, args).exit_code == 0
        result = runner.invoke(
            cli, ["reaudit", str(folder), "--config", str(config), "--history", str(db), "--as-of", day,
                  "--fail-on", "never", "--fail-on-regression", "7"],
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
    with open_history(db) as history:
        points = history.audits()
    assert [p.as_of.isoformat() for p in points] == [day for _, _, day in MONTHS]
    assert [p.exported_on.isoformat() if p.exported_on else None for p in points] == [d for _, _, d in MONTHS]
    # Two months on: new connections and posts (NET-001, NET-002 and the silence of posts about the goal are
    # fixed); the About section was cut short (PRO-004 is new, TXT-004: the short About lost its call to action, and
    # TXT-011: its figures).
    report = json.loads((folder / "Complete_LinkedInDataExport_01-02-2027.audit-2027-01-02.json").read_text())
    since = report["since"]
    assert [f["code"] for f in since["new"]] == []  # against December, which already had the short About
    december = json.loads((folder / "Complete_LinkedInDataExport_12-02-2026.audit-2026-12-02.json").read_text())
    assert sorted(f["code"] for f in december["since"]["new"]) == ["PRO-004", "TXT-004", "TXT-011"]
    assert {"NET-001", "NET-002", "GOA-005"} <= {f["code"] for f in december["since"]["fixed"]}
    assert points[1].metrics["connections"] > points[0].metrics["connections"]
    assert points[2].metrics["posts_per_week"] > points[0].metrics["posts_per_week"]
    trend = runner.invoke(cli, ["history", str(db)])
    assert trend.output.startswith("3 audits, from November 2, 2026 to January 2, 2027")
    # The last report has the trend charts: the score, connections and posts per week of the three audits.
    html = (folder / "Complete_LinkedInDataExport_01-02-2027.audit-2027-01-02.html").read_text()
    for chart in ("trend-score", "trend-connections", "trend-posts_per_week"):
        assert f'id="chart-{chart}"' in html
    assert "Score over time" in html and '<th scope="row">2026-12-02</th>' in html
    first = (folder / "Complete_LinkedInDataExport_11-02-2026.audit-2026-11-02.html").read_text()
    assert "trend-score" not in first and 'id="chart-since"' not in first  # one audit is no trend
    assert 'id="chart-since"' in html and "Since the audit as of December 2, 2026" in html


def test_a_later_sample_is_deterministic(tmp_path: Path) -> None:
    runner = CliRunner()
    for name in ("a.zip", "b.zip"):
        assert (
            runner.invoke(cli, ["sample", str(tmp_path / name), "--size", "small", "--months-later", "3"]).exit_code
            == 0
        )
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_demo_history(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--history", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "Since the audit as of December 2, 2026:" in result.output
    assert "3 audits, from November 2, 2026 to January 2, 2027" in result.output
    assert sorted(p.name for p in (tmp_path / "exports").glob("*.audit-*")) == [
        "Complete_LinkedInDataExport_01-02-2027.audit-2027-01-02.html",
        "Complete_LinkedInDataExport_01-02-2027.audit-2027-01-02.json",
    ]
    with open_history(tmp_path / "history.db") as history:
        assert len(history.audits()) == 3
