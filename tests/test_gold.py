"""Gold files: the Markdown report and the Markdown plan of the typical sample, in English and French, compared
whole with files kept in tests/gold/. The audit's date is given (never today's), so the files change only when
what the tool says changes: a wording, a rule, a number. Then look at the diff, and when it is what you meant,
write the files again with `UPDATE_GOLD=1 pytest tests/test_gold.py` and commit them with the change."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from auditor.audit import Audit
from auditor.planner import build_plan
from auditor.reports.markdown import render_markdown
from auditor.reports.plan_markdown import plan_markdown
from auditor.reports.viewmodel import build_view

from .factory import sample_audit

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module", params=["en", "fr"])
def audit(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return sample_audit(tmp_path_factory.mktemp(f"gold-{request.param}"), request.param)


def _compare(name: str, text: str) -> None:
    path = GOLD / name
    if os.environ.get("UPDATE_GOLD"):
        path.write_text(text, encoding="utf-8")
        return
    kept = path.read_text(encoding="utf-8") if path.exists() else ""
    if text != kept:
        diff = "".join(difflib.unified_diff(kept.splitlines(True), text.splitlines(True), str(path), "now", n=1))
        pytest.fail(f"{name} differs from its gold file (UPDATE_GOLD=1 writes it again):\n{diff[:6000]}")


def test_the_markdown_report(audit: Audit) -> None:
    plan = build_plan(audit.export, audit.analyses, audit.config, language=audit.language,
                      findings=audit.result.findings)  # fmt: skip
    _compare(f"report.{audit.language}.md", render_markdown(build_view(audit, plan=plan)))


def test_the_markdown_plan(audit: Audit) -> None:
    plan = build_plan(audit.export, audit.analyses, audit.config, language=audit.language,
                      findings=audit.result.findings)  # fmt: skip
    _compare(f"plan.{audit.language}.md", plan_markdown(plan, audit.language))
