"""The periodic re-audit (`linkedin-audit reaudit DIR --history FILE.db`): what a monthly cron job or a scheduled
CI workflow calls. It picks the newest export in a folder, audits it unless the history already holds it, writes
dated reports beside it, and leaves to the caller the gates and exit code; for CI it writes a JUnit XML file (each
rule a test case) and a Markdown step summary.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

from auditor.errors import AuditorError
from auditor.i18n import Message, _

EXPORT_PATTERN = "*LinkedInDataExport*"
_NAME_DATE = re.compile(r"(basic|complete)?_?linkedindataexport_(\d{2})-(\d{2})-(\d{4})", re.IGNORECASE)


def _named_date(path: Path) -> dt.date | None:
    match = _NAME_DATE.search(path.name)
    if not match:
        return None
    try:
        return dt.date(int(match[4]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def newest_export(folder: Path) -> Path:
    """The newest `*LinkedInDataExport*.zip` (or extracted export folder) in `folder`: by the date in its name
    (LinkedIn names each archive with the day it was made), then the complete archive before the basic one of the
    same day (it arrives a day later and holds everything), then by modification time."""
    if not folder.is_dir():
        raise AuditorError(_("{path} is not a folder", path=str(folder)))
    try:
        candidates = [
            path
            for path in folder.glob(EXPORT_PATTERN)
            if (path.is_file() and path.suffix.lower() == ".zip") or path.is_dir()
        ]
    except OSError as error:
        raise AuditorError(
            _("cannot read {path} ({reason})", path=str(folder), reason=str(error.strerror or error))
        ) from None
    if not candidates:
        raise AuditorError(_("no {pattern}.zip export in {path}", pattern=EXPORT_PATTERN, path=str(folder)))

    def key(path: Path) -> tuple[dt.date, bool, float]:
        mtime = path.stat().st_mtime
        day = _named_date(path) or dt.date.fromtimestamp(mtime)
        return day, "complete" in path.name.lower(), mtime

    return max(candidates, key=key)


def report_paths(export: Path, as_of: dt.date) -> tuple[Path, Path]:
    """The dated JSON and HTML reports written beside the export."""
    stem = export.name[: -len(".zip")] if export.name.lower().endswith(".zip") else export.name
    base = export.parent / f"{stem}.audit-{as_of.isoformat()}"
    return base.with_name(base.name + ".json"), base.with_name(base.name + ".html")


# --- JUnit XML ---------------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text XML 1.0 can hold: control characters from a hostile archive are dropped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff"))


def junit_xml(audit: object, language: str) -> str:
    """The audit as JUnit XML: one test suite per step, each rule a test case; a rule's findings are its failures,
    a rule skipped, not applicable or turned off is skipped, a crashed rule is an error.

    The document is valid against both published schemas CI systems go by: the Jenkins xunit plugin's junit-10.xsd
    (what Jenkins, pytest and GitLab follow) and the Apache Ant format's JUnit.xsd (Windy Road), the stricter one.
    Hence: a bare <testsuites> (Ant allows no attribute on it, and junit-10 no `skipped` count: readers add up
    the suites), and on each suite the Ant format's required `id`, `package`, `hostname`, `timestamp` (no zone, no
    fraction), `time`, and its <properties>, <system-out> and <system-err>, in that order. A test case holds at
    most one failure, error or skipped (the Ant format's rule), so all of a rule's findings go into one failure."""
    from auditor.findings import STEP_TITLES, STEPS

    result = audit.result  # type: ignore[attr-defined]
    by_step: dict[str, list[object]] = {step: [] for step in STEPS}
    for outcome in result.outcomes:
        by_step.setdefault(outcome.step, []).append(outcome)
    scores = {score.step: score for score in result.steps}
    # The as-of date the audit judges, not the wall clock: a dashboard then orders re-audits by the day they are
    # about, and the same audit always gives the same file.
    timestamp = dt.datetime.combine(result.today, dt.time()).isoformat(timespec="seconds")
    # The Ant format requires a hostname; the machine's own name would be one more thing about the member in a file
    # they may share, and would make the same audit's file differ from one machine to the next.
    hostname = "localhost"
    root = ElementTree.Element("testsuites")
    for step, outcomes in by_step.items():
        if not outcomes:
            continue
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        suite = ElementTree.SubElement(root, "testsuite", name=f"linkedin-audit.{step}")
        properties = ElementTree.SubElement(suite, "properties")
        title = STEP_TITLES.get(step)
        score = scores.get(step)
        values = {
            "step": title.render(language) if title else step,
            "score": "" if score is None or score.score is None else str(score.score),
            "status": score.status if score else "",
            "coverage": f"{score.coverage.judged}/{score.coverage.scored}" if score else "",
            "as-of": result.today.isoformat(),
        }
        for name, value in values.items():
            if value:
                ElementTree.SubElement(properties, "property", name=name, value=_clean(value))
        for outcome in outcomes:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                name=f"{outcome.code} {outcome.name}",  # type: ignore[attr-defined]
                classname=f"linkedin-audit.{step}",
                time="0",
            )
            counts["tests"] += 1
            status = outcome.status  # type: ignore[attr-defined]
            reason = outcome.reason.render(language) if outcome.reason else ""  # type: ignore[attr-defined]
            if status == "failed":
                findings = outcome.findings  # type: ignore[attr-defined]
                counts["failures"] += 1
                failure = ElementTree.SubElement(
                    case,
                    "failure",
                    message=_clean(findings[0].what.render(language)) if findings else "",
                    type=findings[0].severity if findings else "failed",
                )
                failure.text = _clean(
                    "\n\n".join(
                        f"[{f.severity}] {f.what.render(language)}\n{_('Fix').render(language)}: "
                        f"{f.fix.render(language)}"
                        for f in findings
                    )
                )
            elif status == "crashed":
                counts["errors"] += 1
                ElementTree.SubElement(case, "error", message=_clean(reason), type="crashed")
            elif status in ("skipped", "not-applicable", "off"):
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped", message=_clean(f"{status}: {reason}" if reason else status))
        ElementTree.SubElement(suite, "system-out")
        ElementTree.SubElement(suite, "system-err")
        for name, value in counts.items():
            suite.set(name, str(value))
        suite.set("time", "0")
        suite.set("timestamp", timestamp)
        suite.set("hostname", hostname)
        suite.set("id", str(len(root) - 1))
        suite.set("package", "linkedin-audit")
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


# --- GitHub step summary -----------------------------------------------------------------------------------------


def step_summary(markdown: str, since: Sequence[str], gates: Sequence[Message], language: str) -> str:
    """The Markdown report, with what changed since last time and the gates' verdict on top."""
    from auditor.reports.mdtext import md

    lines: list[str] = []
    if gates:
        lines += [f"> **{md(_('gate failed: {gate}', gate=gate).render(language))}**  " for gate in gates]
        lines.append("")
    if since:
        lines += [f"**{md(since[0])}**", ""]
        lines += [f"- {md(line.strip())}" for line in since[1:]]
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "") + markdown
