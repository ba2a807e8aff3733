"""HYG-001 hygiene.export-age."""

from __future__ import annotations

import datetime as dt

from auditor.rules import hygiene_export_age as rule

from ..factory import TODAY, model_export, run_rule, skip_reason


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_on_the_last_day() -> None:
    assert run_rule(rule, today=TODAY + dt.timedelta(days=45)) == []


def test_fail_old_archive() -> None:
    (finding,) = run_rule(rule, model_export(exported_on=dt.date(2026, 8, 1)))
    assert finding.what.en.startswith("Your archive dates from August 1, 2026 (3 months ago)")
    assert finding.what.fr.startswith("Votre archive date du 1er août 2026 (il y a 3\u00a0mois)\u00a0:")
    assert "Re-download your archive" in finding.fix.en
    assert "Téléchargez de nouveau votre archive" in finding.fix.fr
    assert finding.evidence[0].file == "Complete_LinkedInDataExport_11-02-2026.zip"
    assert finding.evidence[0].text("en") == "exported on August 1, 2026, 93 days ago"
    assert finding.evidence[0].text("fr") == "exportée le 1er août 2026, il y a 93 jours"


def test_fail_as_of_a_later_date() -> None:
    assert len(run_rule(rule, today=TODAY + dt.timedelta(days=46))) == 1


def test_is_not_scored() -> None:
    assert rule.SCORED is False


def test_skips_without_export_date() -> None:
    assert "unknown" in skip_reason(rule, model_export(exported_on=None))
