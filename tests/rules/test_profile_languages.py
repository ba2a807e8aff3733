"""PRO-012 profile.languages."""

from __future__ import annotations

from auditor.findings import Finding
from auditor.rules import profile_languages as rule

from ..factory import model_export, run_rule, skip_reason


def assert_bilingual(finding: Finding) -> None:
    for text in (finding.what, finding.why, finding.fix):
        assert text.en and text.fr and text.en != text.fr


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_empty_file() -> None:
    (finding,) = run_rule(rule, model_export(languages=()))
    assert finding.evidence[0].file == "Languages.csv"
    assert finding.evidence[0].row is None
    assert "language" in finding.what.en and "langue" in finding.what.fr
    assert_bilingual(finding)


def test_skips_without_the_file() -> None:
    export = model_export()
    export = model_export(sources={k: v for k, v in export.sources.items() if k != "languages"})
    assert "Languages.csv" in skip_reason(rule, export)
