"""The `linkedin-audit` command line: a thin click group over the library.

Start-up stays light: heavy modules (parsers, bs4, the sample generator) are imported inside the commands that
need them, so `linkedin-audit --help` answers at once. Every user-fixable problem is one line on stderr and exit
code 2 (see `auditor.exitcodes`); set LINKEDIN_AUDIT_DEBUG=1 to see the traceback of an internal error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import signal
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from click.core import ParameterSource

from auditor import __version__, exitcodes
from auditor.atomicfile import atomic_output, write_text_atomically
from auditor.errors import LANGUAGE_CLUES, AuditorError, Interrupted, error_language
from auditor.i18n import Message, Verbatim, _, available_languages
from auditor.safetext import inert, json_text

LANGUAGES = available_languages()  # English and every language with a catalog

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

SIZES = ("small", "typical", "large", "max")
PERSONAS = ("typical", "model")
F = TypeVar("F", bound=Callable[..., Any])
MAX_ERROR_CHARS = 1000


def echo(text: str, *, nl: bool = True) -> None:
    """Print `text` on stdout: the only way the commands print, so that no control character an export, a config
    or a file name carries ever reaches the terminal raw (see auditor.safetext)."""
    click.echo(inert(text), nl=nl)


def _say_error(message: str) -> None:
    """One line on stderr, whatever the message quotes (a file name with a newline stays on it); on a terminal, it
    first erases the progress line it would otherwise continue."""
    erase = "\r\033[K" if sys.stderr.isatty() else ""
    if len(message) > MAX_ERROR_CHARS:  # an exception may quote a whole hostile field
        message = message[: MAX_ERROR_CHARS - 1] + "…"
    click.echo(f"{erase}linkedin-audit: {inert(message, one_line=True)}", err=True)


def _fail(message: Message, language: str | None = None) -> NoReturn:
    """The one-line error, in the error language (see `error_language`), and exit code 2."""
    language = language or error_language()
    _say_error(_("error: {message}", message=message).render(language))
    sys.exit(exitcodes.USAGE)


def _remember_language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--lang's callback (eager, so it is known before another option's value fails): remembered for the errors
    when given on the command line, not when it is the option's default."""
    if value and param.name and ctx.get_parameter_source(param.name) is not ParameterSource.DEFAULT:
        LANGUAGE_CLUES.given = value
    return value


def _lang(**settings: Any) -> Callable[[F], F]:
    """A command's --lang option, remembered for the errors."""
    return click.option("--lang", callback=_remember_language, is_eager=True, **settings)


class _UsageError(click.UsageError):
    """click's usage error with the tool's own words as a catalog message, said in the error language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.said = message


class _BadParameter(click.BadParameter):
    """click's bad option value with the tool's own words as a catalog message, said in the error language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.said = message


def _interrupted(signum: int) -> NoReturn:
    _say_error(_("interrupted").render(error_language()))
    sys.exit(exitcodes.TERMINATED if signum == signal.SIGTERM else exitcodes.INTERRUPTED)


def _click_error_line(error: click.ClickException, language: str) -> str:
    """A usage error as one line (click's own display takes three, with the usage), pointing at the help. click's
    own messages stay English; the tool's (`_UsageError`, `_BadParameter`) are said in `language`."""
    said: Message | None = getattr(error, "said", None)
    ctx = getattr(error, "ctx", None)
    if said is None:
        message = error.format_message()
    elif isinstance(error, click.BadParameter) and error.param is not None:
        option = error.param.get_error_hint(ctx) if ctx is not None else error.param.name or ""  # type: ignore[arg-type]
        message = _("Invalid value for {option}: {problem}", option=option, problem=said).render(language)
    else:
        message = said.render(language)
    if isinstance(error, click.UsageError) and ctx is not None and "(see '" not in error.format_message():
        message = _("{message} (see '{command} -h')", message=message, command=ctx.command_path).render(language)
    return message


class _Command(click.Group):
    """The group, with the command line's error handling inside `main`: user errors as one line and exit code 2,
    never a traceback, and the same whether run as `linkedin-audit` or through click's test runner."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:  # a program calling the group handles errors itself
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        LANGUAGE_CLUES.forget()
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except Interrupted as stop:
            _interrupted(stop.signum)
        except click.exceptions.Abort as abort:
            if isinstance(abort.__cause__, KeyboardInterrupt):  # Ctrl-C where no handler is installed (tests)
                _interrupted(signal.SIGINT)
            _fail(_("aborted"))
        except click.ClickException as error:
            language = error_language()
            _say_error(_("error: {message}", message=_click_error_line(error, language)).render(language))
            sys.exit(error.exit_code)
        except AuditorError as error:
            _fail(error.message, error_language(error))
        except KeyboardInterrupt:
            _interrupted(signal.SIGINT)
        except Exception as error:  # the last line of defence: never a traceback for the user
            if os.environ.get("LINKEDIN_AUDIT_DEBUG"):
                raise
            _fail(
                _(
                    "internal error: {kind}: {reason} (set LINKEDIN_AUDIT_DEBUG=1 for details)",
                    kind=type(error).__name__,
                    reason=str(error),
                )
            )
        sys.exit(status if isinstance(status, int) else exitcodes.OK)


@click.group(cls=_Command, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="linkedin-audit")
def cli() -> None:
    """Audit your LinkedIn presence and networking habits, offline, from LinkedIn's own data export.

    Get your export from LinkedIn: Settings > Data privacy > Get a copy of your data. Nothing you give this
    tool leaves your machine.

    Example: linkedin-audit demo
    """


export_argument = click.argument(
    "export_path", metavar="EXPORT", type=click.Path(path_type=Path, exists=False, dir_okay=True)
)
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: ./linkedin-audit.toml when present).",
)


def output_option(name: str, help: str, *, stdout: bool = False) -> Callable[[F], F]:
    """`--NAME FILE`, a file the command writes (`NAME_path`); with `stdout`, '-' writes to standard output."""
    return click.option(
        f"--{name}",
        f"{name}_path",
        type=click.Path(path_type=Path, dir_okay=False, allow_dash=stdout),
        help=help,
    )


@cli.command()
@export_argument
@click.option("--json", "as_json", is_flag=True, help="Print the inventory as JSON (schema_version 1).")
@_lang(type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the text.")
def inspect(export_path: Path, as_json: bool, lang: str) -> None:
    """List what the export holds: sections, files, rows, date ranges and parse issues.

    Example: linkedin-audit inspect Basic_LinkedInDataExport_07-11-2023.zip --json
    """
    from auditor.export import load_export
    from auditor.inventory import inventory_dict, inventory_text

    export = load_export(export_path)
    if as_json:
        echo(json_text(inventory_dict(export, lang)))
    else:
        echo(inventory_text(export, language=lang))


def _write_sample(
    out: Path,
    seed: int,
    lang: str,
    size: str,
    variant: str,
    force: bool,
    persona: str = "typical",
    months_later: int = 0,
) -> None:
    from auditor.sample import write_sample

    if out.exists() and not force:
        raise AuditorError(_("{path} already exists; pass --force to replace it", path=str(out)))
    if out.is_dir():
        raise AuditorError(_("{path} is a folder; give a .zip file name", path=str(out)))
    try:
        with atomic_output(out) as file:
            if months_later:  # the same member's export, N months on (auditor.sample.later)
                import io

                from auditor.sample.later import later_archive

                first = io.BytesIO()
                write_sample(first, seed=seed, lang=lang, size=size, variant=variant, persona=persona)
                file.write(later_archive(first.getvalue(), months_later, seed=seed, lang=lang))
            else:
                write_sample(file, seed=seed, lang=lang, size=size, variant=variant, persona=persona)
    except OSError as error:
        raise AuditorError(
            _("cannot write {path} ({reason})", path=str(out), reason=str(error.strerror or error))
        ) from None


@cli.command()
@click.argument("out", metavar="OUT.zip", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--seed", default=0, show_default=True, help="Another seed gives another person.")
@_lang(type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option("--size", type=click.Choice(SIZES), default="typical", show_default=True)
@click.option(
    "--variant",
    type=click.Choice(["basic", "complete", "partial"]),
    default="complete",
    show_default=True,
    help="partial: a complete archive of which only Profile.csv, Positions.csv and Education.csv are left.",
)
@click.option(
    "--persona",
    type=click.Choice(PERSONAS),
    default="typical",
    show_default=True,
    help="typical: a believable member with things to fix; model: one who follows the method.",
)
@click.option(
    "--config",
    "config_out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write a matching linkedin-audit.toml (the person's goals and routines) to this file.",
)
@click.option("--force", is_flag=True, help="Replace existing files.")
@click.option(
    "--months-later",
    type=click.IntRange(0, 24),
    default=0,
    metavar="N",
    help="The same member's export N months later: new connections and posts, a profile edit (for the history).",
)
def sample(
    out: Path,
    seed: int,
    lang: str,
    size: str,
    variant: str,
    persona: str,
    config_out: Path | None,
    force: bool,
    months_later: int = 0,
) -> None:
    """Write a synthetic, deterministic LinkedIn export (no real person's data).

    Example: linkedin-audit sample demo.zip --lang fr --size small --config linkedin-audit.toml
    """
    _write_sample(out, seed, lang, size, variant, force, persona, months_later)
    echo(f"wrote {out}")
    if config_out is not None:
        _write_sample_config(config_out, seed, lang, persona, force)
        echo(f"wrote {config_out}")


def _write_sample_config(path: Path, seed: int, lang: str, persona: str, force: bool) -> None:
    from auditor.sample import sample_config

    if path.exists() and not force:
        raise AuditorError(_("{path} already exists; pass --force to replace it", path=str(path)))
    _write_text(path, sample_config(seed=seed, lang=lang, persona=persona))


@cli.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("linkedin-audit-demo"),
    show_default=True,
    help="Folder for the sample export and what the demo writes.",
)
@_lang(type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option(
    "--persona",
    type=click.Choice(PERSONAS),
    default="typical",
    show_default=True,
    help="typical: a member with things to fix; model: one who follows the method.",
)
@click.option(
    "--history", is_flag=True, help="Three monthly exports of the member re-audited into a history (reaudit)."
)
def demo(out_dir: Path, lang: str, persona: str, history: bool = False) -> None:
    """Generate a sample export and run the main job on it.

    Writes into DIR the sample archive, the sample person's configuration (goals, routines), the audit as JSON,
    the HTML report, the plan as Markdown and its calendar (plan.ics), then prints the summary, this week's
    actions and where the report is. With --history: three monthly exports of the member re-audited into a
    history, the last report with what changed and the trends.

    Example: linkedin-audit demo --lang fr
    """
    if history:
        _demo_history(out_dir, lang, persona)
        return
    from auditor.audit import AuditOptions, run_audit
    from auditor.config import CONFIG_FILE_NAME, load_config
    from auditor.reports.jsonout import audit_dict
    from auditor.reports.terminal import summary_text
    from auditor.rules import RULES
    from auditor.sample.eras import ERA_SPECS

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AuditorError(
            _("cannot write in {path} ({reason})", path=str(out_dir), reason=str(error.strerror or error))
        ) from None
    config_path = out_dir / CONFIG_FILE_NAME
    _write_sample_config(config_path, 0, lang, persona, force=True)
    exported_on = ERA_SPECS["2026"].exported_on
    archive = out_dir / f"Complete_LinkedInDataExport_{exported_on:%m-%d-%Y}.zip"
    _write_sample(archive, 0, lang, "typical", "complete", force=True, persona=persona)
    # The sample is a picture of one day (its export date): audited as of that day, so the demo reads the same
    # whenever it runs, rather than an archive growing older each month.
    options = AuditOptions(language=lang, as_of=exported_on)
    audit = run_audit(archive, load_config(config_path, RULES), RULES, options, progress=_progress_printer())
    from auditor.reports.plan_markdown import plan_summary

    plan = _make_plan(audit)
    json_path = out_dir / "audit.json"
    _write_json(json_path, audit_dict(audit, plan))
    ics_path, md_path = out_dir / "plan.ics", out_dir / "plan.md"
    _write_plan_files(plan, audit.language, None, md_path, ics_path)
    html_path = out_dir / "report.html"
    _write_reports(audit, html_path, None, redact=False, plan=plan)
    echo(summary_text(audit))
    echo("\n" + plan_summary(plan, audit.language), nl=False)
    written = _(
        "Sample export: {archive}\nConfiguration: {config}\nFull result: {json}\nPlan: {plan}\nCalendar: {calendar}\n"
        "Report: {report} (open it in your browser)",
        archive=str(archive),
        config=str(config_path),
        json=str(json_path),
        plan=str(md_path),
        calendar=str(ics_path),
        report=str(html_path.resolve()),
    )
    echo("\n" + written.render(lang))


def _demo_history(out_dir: Path, lang: str, persona: str) -> None:
    """`demo --history`: the sample member's export and the two that follow, a month apart, in DIR/exports, each
    re-audited as of its own day into DIR/history.db; prints the last audit's "since last time" and the trend."""
    from auditor.config import CONFIG_FILE_NAME
    from auditor.sample.eras import ERA_SPECS
    from auditor.sample.later import add_months

    exports = out_dir / "exports"
    try:
        exports.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AuditorError(
            _("cannot write in {path} ({reason})", path=str(out_dir), reason=str(error.strerror or error))
        ) from None
    config_path = out_dir / CONFIG_FILE_NAME
    _write_sample_config(config_path, 0, lang, persona, force=True)
    history_path = out_dir / "history.db"
    first = ERA_SPECS["2026"].exported_on
    context = click.get_current_context()
    for months in range(3):
        day = add_months(first, months)
        archive = exports / f"Complete_LinkedInDataExport_{day:%m-%d-%Y}.zip"
        _write_sample(archive, 0, lang, "typical", "complete", force=True, persona=persona, months_later=months)
        if months < 2:  # the last one is shown by reaudit itself, below
            _record_quietly(archive, config_path, history_path, day, lang)
    context.invoke(reaudit, folder=exports, config_path=config_path, as_of=day, junit_path=None, fail_on="never",
                   lang=lang, history_path=history_path)  # fmt: skip
    echo("")
    context.invoke(history_command, history_path=history_path, as_json=False, forget_before=None, lang=lang)


def _record_quietly(export_path: Path, config_path: Path, history_path: Path, as_of: dt.date, lang: str) -> None:
    """One month of `demo --history`: audited and recorded, nothing printed."""
    from auditor.audit import AuditOptions, run_audit

    rules, config = _load_rules_and_config(config_path)
    tracking = _Tracking.start(history_path, None)
    audit = run_audit(export_path, config, rules, AuditOptions(as_of=as_of, language=lang))
    tracking.finish(audit, export_path)


def _language_option(default: str | None = None) -> Callable[[F], F]:
    return _lang(
        type=click.Choice(LANGUAGES),
        default=default,
        help="Language of the output (default: the config's, else your profile's).",
    )


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from auditor.model import plausible_days

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _BadParameter(_("'{value}' is not a date like 2026-11-02", value=value)) from None
    first, last = plausible_days()
    if not first <= day <= last:
        raise _BadParameter(
            _(
                "{day} is not between {first} and {last}",
                day=Verbatim(day.isoformat()),
                first=Verbatim(first.isoformat()),
                last=Verbatim(last.isoformat()),
            )
        )
    return day


def _load_rules_and_config(config_path: Path | None) -> tuple[Any, Any]:
    from auditor.config import load_config
    from auditor.rules import RULES

    config = load_config(config_path, RULES)
    LANGUAGE_CLUES.configured = config.language  # the errors that follow are said in it
    return RULES, config


# --- History, comparison and gates (issue 14): the audit command's options and steps for periodic re-audits ---


def _history_options(function: F) -> F:
    """--history, --baseline, --fail-under and --fail-on-regression, shared by `audit` and `reaudit`."""
    options = [
        click.option(
            "--history",
            "history_path",
            type=click.Path(path_type=Path, dir_okay=False),
            metavar="FILE.db",
            help="Record this audit in a history file (SQLite; created when absent) and compare it with the latest "
            "one there.",
        ),
        click.option(
            "--baseline",
            "baseline_path",
            type=click.Path(path_type=Path, dir_okay=False),
            metavar="FILE.json",
            help="Compare with an earlier audit's JSON (audit --json) rather than the history's latest audit.",
        ),
        click.option(
            "--fail-under",
            type=click.IntRange(0, 100),
            metavar="SCORE",
            help="Exit with code 1 when the overall score is below SCORE.",
        ),
        click.option(
            "--fail-on-regression",
            type=click.IntRange(0, 100),
            is_flag=False,
            flag_value=0,
            metavar="[POINTS]",
            help="Exit with code 1 on a new error finding, or a step score falling by more than POINTS (default 0) "
            "since the earlier audit.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


class _Tracking:
    """The history and baseline of one audit: opened before the audit (so a bad file costs no audit), then the
    audit is compared with the earlier one and recorded."""

    def __init__(self, history: Any, baseline: Any) -> None:
        self.history = history
        self.baseline = baseline
        self.points: list[Any] = []  # every audit of the history once this one is recorded, oldest first

    @classmethod
    def start(cls, history_path: Path | None, baseline_path: Path | None) -> _Tracking:
        baseline = _load_baseline(baseline_path) if baseline_path is not None else None
        history = None
        if history_path is not None:
            from auditor.history import open_history

            history = open_history(history_path)
        return cls(history, baseline)

    def finish(self, audit: Any, export_path: Path) -> Any:
        """Record the audit (when a history is kept) and return its comparison with the earlier one, if any."""
        if self.history is None and self.baseline is None:
            return None
        from auditor.compare import compare
        from auditor.history import snapshot

        point = snapshot(audit, export_path if self.history is not None else None)
        earlier = self.baseline
        if self.history is not None:
            with self.history:
                if earlier is None:
                    key = (point.content_hash, point.config_fingerprint)
                    earlier = self.history.latest(excluding=key, until=point.as_of)
                self.history.record(point, audit.language)
                self.points = self.history.audits()
        return compare(earlier, point) if earlier is not None else None


def _load_baseline(path: Path) -> Any:
    import json

    from auditor.history import snapshot_from_json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise AuditorError(
            _("cannot read the baseline {path} ({reason})", path=str(path), reason=str(error.strerror or error))
        ) from None
    except ValueError as error:
        raise AuditorError(_("{path} is not JSON ({reason})", path=str(path), reason=str(error))) from None
    if not isinstance(data, dict):
        raise AuditorError(
            _("{path}: not an audit JSON of schema version 3 (linkedin-audit audit --json)", path=str(path))
        )
    return snapshot_from_json(data, str(path))


def _since_text(comparison: Any, language: str) -> str:
    from auditor.compare import comparison_lines
    from auditor.findings import STEP_TITLES

    return "\n".join(comparison_lines(comparison, language, STEP_TITLES))


def _gates(fail_on: str, fail_under: int | None, fail_on_regression: int | None) -> Any:
    from auditor.compare import Gates

    return Gates(fail_on=fail_on, fail_under=fail_under, fail_on_regression=fail_on_regression)


def _failed_gates(audit: Any, gates: Any, comparison: Any) -> Any:
    """The gates an audit fails, each as a message naming it."""
    from auditor.compare import failed_gates

    result = audit.result
    return failed_gates(
        [(f.code, f.severity) for f in result.findings],
        [o.code for o in result.outcomes if o.status == "crashed"],
        result.overall,
        gates,
        comparison,
    )


def _say_gates(failed: Any, language: str) -> int:
    """Say each failing gate on stderr and return the exit code: 1 when one fails."""

    for gate in failed:
        _say_error(_("gate failed: {gate}", gate=gate).render(language))
    return exitcodes.FINDINGS if failed else exitcodes.OK


@cli.command()
@export_argument
@config_option
@click.option(
    "--as-of",
    callback=_parse_date,
    metavar="DATE",
    help="Date the audit to this day (default: today). Freshness is judged against it; activity is measured up "
    "to the export date.",
)
@click.option("--photo", type=click.Path(path_type=Path, dir_okay=False), help="Also check this profile photo file.")
@output_option("json", "Write the full result as JSON to this file ('-' for stdout).", stdout=True)
@output_option("html", "Write the report as one self-contained HTML page to this file.")
@output_option("md", "Write the report as Markdown to this file.")
@click.option(
    "--redact",
    is_flag=True,
    help="In the HTML and Markdown reports, replace other people's names with pseudonyms (stable across runs when "
    "LINKEDIN_AUDIT_SECRET is set).",
)
@click.option("--redact-me", is_flag=True, help="With --redact: your own name becomes a pseudonym too.")
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules: code, name, step, prefix or glob.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules: code, name, step, prefix or glob.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warn", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit with code 1 when a finding reaches this severity.",
)
@click.option(
    "--top", type=click.IntRange(0, 1000), default=10, show_default=True, help="How many findings the summary shows."
)
@_history_options
@_language_option()
def audit(
    export_path: Path,
    config_path: Path | None,
    as_of: dt.date | None,
    photo: Path | None,
    json_path: Path | None,
    html_path: Path | None,
    md_path: Path | None,
    redact: bool,
    redact_me: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    top: int,
    lang: str | None,
    history_path: Path | None = None,
    baseline_path: Path | None = None,
    fail_under: int | None = None,
    fail_on_regression: int | None = None,
) -> None:
    """Audit an export against the five steps of the method: scores, findings and fixes.

    Exit codes: 0 (every gate passes: --fail-on, --fail-under, --fail-on-regression), 1 (a gate fails; the message
    names which), 2 (usage, configuration, input or history error).

    Example: linkedin-audit audit Complete_LinkedInDataExport_11-02-2026.zip --json audit.json
    """
    from auditor.audit import AuditOptions, run_audit
    from auditor.engine import unknown_patterns
    from auditor.reports.jsonout import audit_dict
    from auditor.reports.terminal import summary_text

    rules, config = _load_rules_and_config(config_path)
    unknown = unknown_patterns(rules, [*select, *ignore])
    if unknown:
        raise _UsageError(
            _("no rule matches {patterns} (see 'linkedin-audit rules')", patterns=", ".join(repr(p) for p in unknown))
        )
    tracking = _Tracking.start(history_path, baseline_path)  # a bad history or baseline fails before the audit
    progress = _progress_printer()
    options = AuditOptions(as_of=as_of, photo=photo, select=select, ignore=ignore, language=lang)
    result = run_audit(export_path, config, rules, options, progress=progress)
    progress("")
    # The plan is part of the full result: made once, for the JSON and the report.
    plan = _make_plan(result) if json_path is not None or html_path is not None or md_path is not None else None
    comparison = tracking.finish(result, export_path)
    if json_path is not None:
        data = audit_dict(result, plan)
        if comparison is not None:
            from auditor.compare import comparison_dict

            data["since"] = comparison_dict(comparison)
        _write_json(json_path, data)
    _write_reports(result, html_path, md_path, redact, redact_me, plan, tracking.points, comparison)
    if json_path is None or str(json_path) != "-":
        echo(summary_text(result, top=top))
        if comparison is not None:
            echo("\n" + _since_text(comparison, result.language))
    failed = _failed_gates(result, _gates(fail_on, fail_under, fail_on_regression), comparison)
    status = _say_gates(failed, result.language)
    if status != exitcodes.OK:
        click.get_current_context().exit(status)


def _progress_printer() -> Callable[[str], None]:
    """Progress on stderr, on one self-erasing line, only when a person is watching."""
    if not sys.stderr.isatty():
        return lambda _message: None

    def show(message: str) -> None:
        # The only raw control the tool writes: erase the line; the message itself is made inert.
        sys.stderr.write("\r\033[K" + (f"linkedin-audit: {inert(message, one_line=True)}..." if message else ""))
        sys.stderr.flush()

    return show


def _make_plan(audit: Any) -> Any:
    """The plan of an audit over the planner's default weeks."""
    from auditor.planner import build_plan

    return build_plan(audit.export, audit.analyses, audit.config, language=audit.language,
                      findings=audit.result.findings)  # fmt: skip


def _redaction_secret() -> bytes:
    """The secret that makes pseudonyms stable across runs (LINKEDIN_AUDIT_SECRET), else a new one each run."""
    configured = os.environ.get("LINKEDIN_AUDIT_SECRET", "")
    return configured.encode() if configured else os.urandom(32)


def _write_reports(
    audit: Any,
    html_path: Path | None,
    md_path: Path | None,
    redact: bool,
    redact_me: bool = False,
    plan: Any = None,
    history: Sequence[Any] = (),
    comparison: Any = None,
) -> None:
    """The HTML and Markdown reports, from one view of the audit; with the audits of a history (`history`), what
    changed since the earlier audit and the trend charts too."""
    if html_path is None and md_path is None:
        return
    from auditor.reports.viewmodel import build_view

    secret = _redaction_secret() if redact or redact_me else None
    view = build_view(audit, redact_secret=secret, redact_member=redact_me, plan=plan)
    view = _with_trends(view, history, comparison)
    if html_path is not None:
        from auditor.reports.html import render_html

        _write_text(html_path, render_html(view))
    if md_path is not None:
        from auditor.reports.markdown import render_markdown

        _write_text(md_path, render_markdown(view))


def _with_trends(view: Any, history: Sequence[Any], comparison: Any = None) -> Any:
    """The report's view with, after its own charts, what changed since the earlier audit and the history's
    trends (none before two audits)."""
    from dataclasses import replace

    from auditor.trends import since_chart, trend_charts

    extra = (since_chart(comparison, view.lang),) if comparison is not None else ()
    extra += trend_charts(history, view.lang)
    return replace(view, charts=(*view.charts, *extra)) if extra else view


def _write_text(path: Path, text: str) -> None:
    """`text` written to `path` whole or not at all; a failure is a one-line error."""
    try:
        write_text_atomically(path, text)
    except OSError as error:
        raise AuditorError(
            _("cannot write {path} ({reason})", path=str(path), reason=str(error.strerror or error))
        ) from None


def _write_json(path: Path, data: object) -> None:
    text = json_text(data) + "\n"
    if str(path) == "-":
        echo(text, nl=False)
        return
    _write_text(path, text)


def _write_bytes(path: Path, data: bytes) -> None:
    try:
        with atomic_output(path) as file:
            file.write(data)
    except OSError as error:
        raise AuditorError(
            _("cannot write {path} ({reason})", path=str(path), reason=str(error.strerror or error))
        ) from None


def _write_plan_files(
    plan: Any, language: str, json_path: Path | None, md_path: Path | None, ics_path: Path | None
) -> None:
    if json_path is not None:
        from auditor.reports.planjson import plan_dict

        _write_json(json_path, plan_dict(plan, language))
    if md_path is not None:
        from auditor.reports.plan_markdown import plan_markdown

        _write_text(md_path, plan_markdown(plan, language))
    if ics_path is not None:
        from auditor.calendar import plan_ics

        _write_bytes(ics_path, plan_ics(plan, language))


@cli.command()
@export_argument
@config_option
@click.option("--as-of", callback=_parse_date, metavar="DATE", help="The plan's first day (default: today).")
@output_option("json", "Write the plan as JSON to this file ('-' for stdout).", stdout=True)
@output_option("md", "Write the plan as Markdown.")
@output_option("ics", "Write the routines and the keep-in-touch actions as an iCalendar file.")
@output_option("html", "Write the audit's report with the plan as one self-contained HTML page.")
@click.option(
    "--weeks", type=click.IntRange(1, 52), default=4, show_default=True, help="How many weeks of actions to plan."
)
@_language_option()
def plan(
    export_path: Path,
    config_path: Path | None,
    as_of: dt.date | None,
    json_path: Path | None,
    md_path: Path | None,
    ics_path: Path | None,
    html_path: Path | None,
    weeks: int,
    lang: str | None,
) -> None:
    """Turn the audit into a dated plan: circles, introductions, whom to contact each week, routines calendar,
    pitch drafts, give and take.

    Example: linkedin-audit plan Complete_LinkedInDataExport_11-02-2026.zip --ics plan.ics --md plan.md
    """
    from auditor.audit import AuditOptions, run_audit
    from auditor.planner import build_plan
    from auditor.reports.plan_markdown import plan_summary

    rules, config = _load_rules_and_config(config_path)
    progress = _progress_printer()
    audit = run_audit(export_path, config, rules, AuditOptions(as_of=as_of, language=lang), progress=progress)
    progress("planning")
    result = build_plan(audit.export, audit.analyses, config, language=audit.language, weeks=weeks,
                        findings=audit.result.findings)  # fmt: skip
    progress("")
    _write_plan_files(result, audit.language, json_path, md_path, ics_path)
    _write_reports(audit, html_path, None, redact=False, plan=result)
    if json_path is None or str(json_path) != "-":
        echo(plan_summary(result, audit.language), nl=False)
        for path in (json_path, md_path, ics_path, html_path):
            if path is not None:
                echo(f"wrote {path}")


@cli.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the rules as JSON.")
@click.option("--markdown", is_flag=True, help="Print the rules as the Markdown table of the README.")
@click.option(
    "--write",
    "write_to",
    type=click.Path(path_type=Path, dir_okay=False),
    help="With --markdown: put the table between the <!-- rules:start --> and <!-- rules:end --> lines of FILE.",
)
@_lang(type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the rules' titles.")
def list_rules(as_json: bool, markdown: bool, write_to: Path | None, lang: str) -> None:
    """List every rule: code, name, method step, default severity and options.

    Example: linkedin-audit rules --markdown --write README.md
    """
    from auditor.rules import RULES

    if write_to is not None:
        if not markdown:
            raise _UsageError(_("--write goes with --markdown"))
        _write_rules_table(write_to, rules_markdown(RULES))
        return
    if markdown:
        echo(rules_markdown(RULES))
        return
    if as_json:
        echo(json_text([rule_json(rule, lang) for rule in RULES]))
        return
    for rule in RULES:
        echo(f"{rule.code}  {rule.step}  {rule.severity:<5}  {rule.name:<36} {rule.title_in(lang)}")


RULES_START, RULES_END = "<!-- rules:start -->", "<!-- rules:end -->"


def _write_rules_table(path: Path, table: str) -> None:
    """Replace what stands between the two markers of `path` with `table`; nothing else of the file changes."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise AuditorError(
            _("cannot read {path} ({reason})", path=str(path), reason=str(error.strerror or error))
        ) from None
    head, start, rest = text.partition(RULES_START)
    _ignored, end, tail = rest.partition(RULES_END)
    if not start or not end:
        raise AuditorError(
            _(
                "{path} has no {start} ... {end} lines to write the table between",
                path=str(path),
                start=RULES_START,
                end=RULES_END,
            )
        )
    _write_text(path, f"{head}{RULES_START}\n{table}\n{RULES_END}{tail}")


def rule_json(rule: Any, language: str = "en") -> dict[str, Any]:
    """A rule as `rules --json` prints it: its options with their declarations, its sources with their links."""
    from auditor.i18n import translate
    from auditor.sources import SOURCES_BY_ID

    options = {
        name: {"default": list(spec.default) if isinstance(spec.default, tuple) else spec.default,
               "description": translate(spec.description, language), "unit": spec.unit,
               "low": spec.bounds[0], "high": spec.bounds[1],
               **({"at_most": spec.at_most} if spec.at_most else {})}
        for name, spec in rule.option_specs.items()
    }  # fmt: skip
    cited = [
        {"id": s.id, "title": s.title, "url": s.url, "verified": s.verified}
        for s in (SOURCES_BY_ID[source] for source in rule.sources)
    ]
    return {"code": rule.code, "name": rule.name, "step": rule.step, "severity": rule.severity, "options": options,
            "sources": cited, "scored": rule.scored, "title": rule.title_in(language)}  # fmt: skip


def _options_cell(rule: Any) -> str:
    """The README's options column: each option with its default (a list by its length)."""
    from auditor.rule import toml_value

    cells = []
    for name, spec in rule.option_specs.items():
        default = spec.default
        shown = f"{len(default)} phrases" if isinstance(default, tuple) else toml_value(default)
        cells.append(f"`{name}` = {shown}")
    return ", ".join(cells)


def rules_markdown(rules: Any) -> str:
    """The README's rule table, generated from the rules themselves (a test keeps the README in step)."""
    lines = ["| code | name | step | severity | what it checks | options (default) |", "|---|---|---|---|---|---|"]
    for rule in rules:
        cells = (rule.code, f"`{rule.name}`", rule.step[-1], rule.severity, rule.title, _options_cell(rule))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


@cli.command()
@click.argument("code")
@_lang(type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the text.")
def explain(code: str, lang: str) -> None:
    """Print a rule's documentation: what it checks, why, its options, examples and sources.

    Example: linkedin-audit explain PRO-001 --lang fr
    """
    from auditor.reports.words import SEVERITY_WORDS
    from auditor.rules import RULES

    rule = next((r for r in RULES if code in (r.code, r.name) or r.code.lower() == code.lower()), None)
    if rule is None:
        raise _UsageError(_("no rule '{code}' (see 'linkedin-audit rules')", code=code))
    header = _(
        "{code} {name} (step {step}, default severity {severity})",
        code=rule.code,
        name=rule.name,
        step=rule.step[-1],
        severity=SEVERITY_WORDS[rule.severity],
    )
    echo(header.render(lang) + "\n")
    echo(rule.doc_in(lang))


@cli.command()
@click.option("--markdown", is_flag=True, help="Print docs/sources.md, the list with what each source supports.")
def sources(markdown: bool) -> None:
    """List the public sources the rules cite: id, title, link, and whether the figure was verified.

    Example: linkedin-audit sources
    """
    from auditor.sources import SOURCES, sources_markdown

    if markdown:
        echo(sources_markdown(), nl=False)
        return
    for source in SOURCES:
        echo(source.reference())


@cli.command()
@_lang(type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("linkedin-audit.toml"),
    show_default=True,
    help="Where to write the starter configuration.",
)
@click.option("--force", is_flag=True, help="Replace the file if it exists.")
def init(lang: str, output: Path, force: bool) -> None:
    """Write a commented starter configuration: goals, routines, rule settings, waivers.

    Example: linkedin-audit init --lang fr
    """
    from auditor.rules import RULES
    from auditor.starter_config import starter

    if output.exists() and not force:
        raise AuditorError(_("{path} already exists; pass --force to replace it", path=str(output)))
    _write_text(output, starter(lang, RULES))
    echo(f"wrote {output}: edit your goals and routines, then run 'linkedin-audit audit EXPORT'")


# --- history and reaudit (issue 14) -------------------------------------------------------------------------------


@cli.command("history")
@click.argument("history_path", metavar="FILE.db", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print every audit of the history as JSON.")
@click.option(
    "--forget-before",
    callback=_parse_date,
    metavar="DATE",
    help="Delete the audits dated before DATE (their as-of date), then show what is left.",
)
@_lang(type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the text.")
def history_command(history_path: Path, as_json: bool, forget_before: dt.date | None, lang: str) -> None:
    """Show the trend of a history: a sparkline per step and metric, the latest audits.

    Example: linkedin-audit history linkedin-audit-history.db --forget-before 2024-01-01
    """
    from auditor.history import open_history
    from auditor.i18n import n_
    from auditor.trends import history_dict, history_text

    with open_history(history_path, create=False) as history:
        if forget_before is not None:
            forgotten = history.forget_before(forget_before)
            said = n_("Forgot {n} audit dated before {day}.", "Forgot {n} audits dated before {day}.", forgotten,
                      day=forget_before)  # fmt: skip
            _say_error(said.render(lang))  # on stderr, so that --json stays JSON
        points = history.audits()
    if as_json:
        echo(json_text(history_dict(points)))
    else:
        echo(history_text(points, lang))


@cli.command("reaudit")
@click.argument("folder", metavar="DIR", type=click.Path(path_type=Path, file_okay=False))
@config_option
@click.option("--as-of", callback=_parse_date, metavar="DATE", help="Date the audit to this day (default: today).")
@output_option(
    "junit",
    "Also write the audit as JUnit XML (each rule a test case, findings as failures) for CI dashboards; "
    "always written, so an export already recorded is then audited again (the file needs every rule's outcome, "
    "which the history does not keep).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warn", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit with code 1 when a finding reaches this severity.",
)
@_history_options
@_language_option()
def reaudit(
    folder: Path,
    config_path: Path | None,
    as_of: dt.date | None,
    junit_path: Path | None,
    fail_on: str,
    lang: str | None,
    history_path: Path | None = None,
    baseline_path: Path | None = None,
    fail_under: int | None = None,
    fail_on_regression: int | None = None,
) -> None:
    """Audit the newest export in DIR unless the history holds it: dated reports beside it, gates applied.

    Picks the newest *LinkedInDataExport*.zip (or extracted export folder) in DIR, audits it, records it in the
    history, writes EXPORT.audit-DATE.json and .html beside it and, with GITHUB_STEP_SUMMARY set, the Markdown
    summary there. An export the history already holds (same file, same configuration) is not audited again:
    the gates are applied to its record. Exit codes as for audit.

    Example: linkedin-audit reaudit ~/Downloads/linkedin --history linkedin-audit-history.db --junit audit.xml
    """
    # What an export already recorded needs, only: the audit's modules load after that check (a monthly job run
    # daily mostly finds nothing new, and answers at once).
    from auditor.compare import compare, comparison_dict, comparison_lines, failed_gates
    from auditor.config import CONFIG_FILE_NAME
    from auditor.history import config_file_digest, config_fingerprint, content_hash
    from auditor.reaudit import junit_xml, newest_export, report_paths

    if history_path is None:
        raise _UsageError(_("reaudit needs --history FILE.db"))
    export_path = newest_export(folder)
    gates = _gates(fail_on, fail_under, fail_on_regression)
    tracking = _Tracking.start(history_path, baseline_path)
    exported = content_hash(export_path)
    config_file = config_path or (Path(CONFIG_FILE_NAME) if Path(CONFIG_FILE_NAME).is_file() else None)
    loaded: tuple[Any, Any] | None = None
    with tracking.history as history:
        # The same export with the same configuration file, read by this version: recorded, known without loading
        # the rules; otherwise the configuration is read, and its content decides.
        recorded = history.find_by_file(exported, config_file_digest(config_file))
        if recorded is None:
            loaded = _load_rules_and_config(config_path)
            recorded = history.find(exported, config_fingerprint(loaded[1], loaded[0]))
        if recorded is not None and junit_path is None:
            language = lang or recorded.language
            said = _("{file} is already in the history (audited as of {day}): nothing new to audit.",
                     file=export_path.name, day=recorded.as_of)  # fmt: skip
            echo(said.render(language))
            earlier = tracking.baseline or history.before(recorded)
            comparison = compare(earlier, recorded) if earlier is not None else None
            if comparison is not None:
                echo("\n" + _since_text(comparison, language))
            findings = [(f.code, f.severity) for f in recorded.findings.values()]
            failed = failed_gates(findings, [], recorded.overall, gates, comparison)
            if os.environ.get("GITHUB_STEP_SUMMARY"):
                from auditor.findings import STEP_TITLES
                from auditor.reaudit import step_summary
                from auditor.reports.mdtext import md

                since = comparison_lines(comparison, language, STEP_TITLES) if comparison is not None else []
                _append_step_summary(step_summary(md(said.render(language)) + "\n", since, failed, language))
            status = _say_gates(failed, language)
            if status != exitcodes.OK:
                click.get_current_context().exit(status)
            return
    from auditor.audit import AuditOptions, run_audit
    from auditor.reports.jsonout import audit_dict
    from auditor.reports.terminal import summary_text

    rules, config = loaded or _load_rules_and_config(config_path)
    tracking = _Tracking.start(history_path, baseline_path)
    progress = _progress_printer()
    audit = run_audit(export_path, config, rules, AuditOptions(as_of=as_of, language=lang), progress=progress)
    progress("")
    comparison = tracking.finish(audit, export_path)
    plan = _make_plan(audit)  # the report holds the plan, as audit's does
    data = audit_dict(audit, plan)
    if comparison is not None:
        data["since"] = comparison_dict(comparison)
    json_path, html_path = report_paths(export_path, audit.result.today)
    _write_json(json_path, data)
    _write_reports(audit, html_path, None, redact=False, plan=plan, history=tracking.points, comparison=comparison)
    if junit_path is not None:
        _write_text(junit_path, junit_xml(audit, audit.language))
    echo(summary_text(audit))
    if comparison is not None:
        echo("\n" + _since_text(comparison, audit.language))
    failed = _failed_gates(audit, gates, comparison)
    _write_step_summary(audit, comparison, failed, tracking.points)
    echo(f"\n{json_path}\n{html_path}")
    status = _say_gates(failed, audit.language)
    if status != exitcodes.OK:
        click.get_current_context().exit(status)


def _write_step_summary(audit: Any, comparison: Any, failed: Any, history: Sequence[Any]) -> None:
    """The Markdown summary, appended to the file GitHub Actions names in GITHUB_STEP_SUMMARY (when it does)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from auditor.compare import comparison_lines
    from auditor.findings import STEP_TITLES
    from auditor.reaudit import step_summary
    from auditor.reports.markdown import render_markdown
    from auditor.reports.viewmodel import build_view

    since = comparison_lines(comparison, audit.language, STEP_TITLES) if comparison is not None else []
    view = _with_trends(build_view(audit), history, comparison)
    _append_step_summary(step_summary(render_markdown(view), since, failed, audit.language))


def _append_step_summary(text: str) -> None:
    target = os.environ["GITHUB_STEP_SUMMARY"]
    try:
        with open(target, "a", encoding="utf-8") as summary:
            summary.write(text)
    except OSError as error:
        raise AuditorError(
            _("cannot write the step summary {path} ({reason})", path=target, reason=str(error.strerror or error))
        ) from None


def _stop(signum: int, _frame: object) -> None:
    # A second signal while the first unwinds (removing a temporary file) kills at once, as usual.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise Interrupted(signum)


def main() -> None:
    """Entry point: run the group (which turns user errors into one line and exit code 2).

    Ctrl-C and SIGTERM raise `Interrupted` wherever the command is: it unwinds (temporary files are removed, an
    earlier output stays whole) and ends with one line and exit code 130 or 143. Only here, in the process's own
    entry point, never when the group is called as a library or in tests."""
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    if not os.environ.get("LINKEDIN_AUDIT_DEBUG"):
        # A library's warning (bs4, Pillow...) is noise to the user, several lines long, and may quote hostile
        # text: code that cares records warnings where they arise (a parse issue, say); the rest are dropped.
        warnings.simplefilter("ignore")
    # One pause of the cyclic collector for the whole run: a command makes up to millions of acyclic objects (the
    # export, its analyses, findings, the JSON) and keeps them until it exits; the collector would only rescan
    # them, for a quarter of the run (see auditor.gcpause). Reference counting frees everything else as usual.
    gc.disable()
    # bs4 imports soupsieve for CSS selectors, which the tool never uses (0.05-0.1 s of regex compiling at
    # import), and charset_normalizer to guess the encoding of a page that does not declare one (0.03 s): in this
    # process only, both are made absent. bs4 reads articles the same: LinkedIn declares them UTF-8, and without a
    # guesser bs4 tries UTF-8, then Windows-1252, as the CSV reader does (see auditor.export.csvread).
    for unused in ("soupsieve", "charset_normalizer"):
        sys.modules.setdefault(unused, None)  # type: ignore[arg-type]
    try:
        cli.main(prog_name="linkedin-audit")
    except SystemExit as done:
        _exit_at_once(done.code)


def _exit_at_once(code: object) -> None:
    """End the process without freeing what it made, once its output is flushed: every file it writes is complete
    and closed by then (see auditor.atomicfile), and the interpreter's teardown would only free, one object at a
    time, the up to millions it holds (0.1-0.2 s on the largest exports). mypy ends its runs the same way."""
    if code is None:
        status = exitcodes.OK
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("text"): the text on stderr, status 1, as the interpreter would do
        sys.stderr.write(inert(str(code)) + "\n")
        status = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said on it
            stream.flush()
    os._exit(status)
