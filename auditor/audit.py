"""The main job, as a library call: export in, audit result out (used by the CLI, the demo and the reports)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor.analysis import Analyses, analyse
from auditor.analysis.language import guess_language
from auditor.config import Config
from auditor.engine import AuditResult, run_rules, select_rules
from auditor.errors import AuditorError
from auditor.export import load_export
from auditor.gcpause import collector_paused
from auditor.model import Export
from auditor.rule import PhotoReport, Rule

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Audit:
    export: Export
    analyses: Analyses
    result: AuditResult
    config: Config
    language: str
    rules: tuple[Rule, ...]


def _measure_photo(options: AuditOptions, say: Progress) -> PhotoReport | None:
    if options.photo is None:
        return None
    say("measuring the photo")
    from auditor.photo import measure_photo  # Pillow and OpenCV load only when a photo is given

    return measure_photo(options.photo)


@dataclass(frozen=True)
class AuditOptions:
    """What the command line lets the user choose for one audit."""

    # "today" for the rules; default: the day the audit runs. Freshness (of the archive, the photo, the goals) is
    # judged against it, while activity is measured up to the export date (see auditor.analysis.analyse).
    as_of: dt.date | None = None
    photo: Path | None = None  # a photo file to check (--photo)
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    language: str | None = None  # default: the config's, else the profile's


def run_audit(
    export_path: Path | str,
    config: Config,
    rules: Sequence[Rule],
    options: AuditOptions = AuditOptions(),
    progress: Progress | None = None,
) -> Audit:
    say = progress or (lambda _message: None)
    photo = _measure_photo(options, say)  # first: a wrong --photo should not wait for a large export to load
    # The export (a million objects on the largest ones), its analyses and findings are made once and kept until
    # the audit is reported, all acyclic: the collector stays paused throughout (see auditor.gcpause).
    with collector_paused():
        say("reading the export")
        export = load_export(export_path, progress=lambda section: say(f"reading {section}"))
        return audit_export(export, config, rules, options, progress=say, photo=photo)


def audit_export(
    export: Export,
    config: Config,
    rules: Sequence[Rule],
    options: AuditOptions = AuditOptions(),
    progress: Progress | None = None,
    photo: PhotoReport | None = None,
) -> Audit:
    """Audit an export already read; `photo` is the --photo measurement when the caller already took it."""
    say = progress or (lambda _message: None)
    today = options.as_of or dt.date.today()
    photo_report = photo if photo is not None else _measure_photo(options, say)
    say("analysing")
    analyses = analyse(export, today)
    chosen = select_rules(rules, options.select, options.ignore)
    if not chosen:
        raise AuditorError("--select/--ignore leave no rule to run")
    say(f"running {len(chosen)} rules")
    with collector_paused():  # thousands of findings on a large export, all acyclic (see auditor.gcpause)
        result = run_rules(export, analyses, config, chosen, photo=photo_report)
    return Audit(
        export=export,
        analyses=analyses,
        result=result,
        config=config,
        language=options.language or config.language or analyses.text.main_language() or guess_language(export),
        rules=tuple(chosen),
    )
