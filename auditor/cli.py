"""The `linkedin-audit` command line: a thin click group over the library.

Start-up stays light: heavy modules (parsers, bs4, the sample generator) are imported inside the commands that
need them, so `linkedin-audit --help` answers at once. Every user-fixable problem is one line on stderr and exit
code 2 (see `auditor.exitcodes`); set LINKEDIN_AUDIT_DEBUG=1 to see the traceback of an internal error.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from auditor import __version__, exitcodes
from auditor.errors import AuditorError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

SIZES = ("small", "typical", "large", "max")
PERSONAS = ("typical", "model")
F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> None:
    click.echo(f"linkedin-audit: error: {message}", err=True)
    sys.exit(exitcodes.USAGE)


@click.group(context_settings=CONTEXT_SETTINGS)
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


@cli.command()
@export_argument
@click.option("--json", "as_json", is_flag=True, help="Print the inventory as JSON (schema_version 1).")
def inspect(export_path: Path, as_json: bool) -> None:
    """List what the export holds: sections, files, rows, date ranges and parse issues.

    Example: linkedin-audit inspect Basic_LinkedInDataExport_07-11-2023.zip --json
    """
    from auditor.export import load_export
    from auditor.inventory import inventory_dict, inventory_text

    export = load_export(export_path)
    if as_json:
        click.echo(json.dumps(inventory_dict(export), indent=2, ensure_ascii=False))
    else:
        click.echo(inventory_text(export))


def _write_sample(
    out: Path, seed: int, lang: str, size: str, variant: str, force: bool, persona: str = "typical"
) -> None:
    from auditor.sample import write_sample

    if out.exists() and not force:
        raise AuditorError(f"{out} already exists; pass --force to replace it")
    if out.is_dir():
        raise AuditorError(f"{out} is a folder; give a .zip file name")
    partial = out.with_name(out.name + ".partial")
    try:
        write_sample(partial, seed=seed, lang=lang, size=size, variant=variant, persona=persona)
        os.replace(partial, out)
    except OSError as error:
        raise AuditorError(f"cannot write {out} ({error.strerror or error})") from None
    finally:
        if partial.exists():
            partial.unlink()


@cli.command()
@click.argument("out", metavar="OUT.zip", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--seed", default=0, show_default=True, help="Another seed gives another person.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option("--size", type=click.Choice(SIZES), default="typical", show_default=True)
@click.option("--variant", type=click.Choice(["basic", "complete"]), default="complete", show_default=True)
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
def sample(
    out: Path, seed: int, lang: str, size: str, variant: str, persona: str, config_out: Path | None, force: bool
) -> None:
    """Write a synthetic, deterministic LinkedIn export (no real person's data).

    Example: linkedin-audit sample demo.zip --lang fr --size small --config linkedin-audit.toml
    """
    _write_sample(out, seed, lang, size, variant, force, persona)
    click.echo(f"wrote {out}")
    if config_out is not None:
        _write_sample_config(config_out, seed, lang, persona, force)
        click.echo(f"wrote {config_out}")


def _write_sample_config(path: Path, seed: int, lang: str, persona: str, force: bool) -> None:
    from auditor.sample import sample_config

    if path.exists() and not force:
        raise AuditorError(f"{path} already exists; pass --force to replace it")
    try:
        path.write_text(sample_config(seed=seed, lang=lang, persona=persona), encoding="utf-8")
    except OSError as error:
        raise AuditorError(f"cannot write {path} ({error.strerror or error})") from None


@cli.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("linkedin-audit-demo"),
    show_default=True,
    help="Folder for the sample export and what the demo writes.",
)
@click.option("--lang", type=click.Choice(["fr", "en"]), default="en", show_default=True)
@click.option(
    "--persona",
    type=click.Choice(PERSONAS),
    default="typical",
    show_default=True,
    help="typical: a member with things to fix; model: one who follows the method.",
)
def demo(out_dir: Path, lang: str, persona: str) -> None:
    """Generate a sample export and run the main job on it.

    Writes into DIR the sample archive, the sample person's configuration (goals, routines) and the audit as
    JSON, then prints the summary.

    Example: linkedin-audit demo --lang fr
    """
    from auditor.audit import AuditOptions, run_audit
    from auditor.config import CONFIG_FILE_NAME, load_config
    from auditor.reports.jsonout import audit_dict
    from auditor.reports.terminal import summary_text
    from auditor.rules import RULES

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AuditorError(f"cannot write in {out_dir} ({error.strerror or error})") from None
    config_path = out_dir / CONFIG_FILE_NAME
    _write_sample_config(config_path, 0, lang, persona, force=True)
    archive = out_dir / "Complete_LinkedInDataExport_11-02-2026.zip"
    _write_sample(archive, 0, lang, "typical", "complete", force=True, persona=persona)
    options = AuditOptions(language=lang)
    audit = run_audit(archive, load_config(config_path, RULES), RULES, options, progress=_progress_printer())
    json_path = out_dir / "audit.json"
    _write_json(json_path, audit_dict(audit))
    click.echo(summary_text(audit))
    click.echo(f"\nSample export: {archive}\nConfiguration: {config_path}\nFull result:   {json_path}")


def _language_option(default: str | None = None) -> Callable[[F], F]:
    return click.option(
        "--lang",
        type=click.Choice(["fr", "en"]),
        default=default,
        help="Language of the output (default: the config's, else your profile's).",
    )


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2026-11-02") from None


def _load_rules_and_config(config_path: Path | None) -> tuple[Any, Any]:
    from auditor.config import load_config
    from auditor.rules import RULES

    return RULES, load_config(config_path, RULES)


@cli.command()
@export_argument
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: ./linkedin-audit.toml when present).",
)
@click.option("--as-of", callback=_parse_date, metavar="DATE", help="Audit as of this day (default: the export date).")
@click.option("--photo", type=click.Path(path_type=Path, dir_okay=False), help="Also check this profile photo file.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="Write the full result as JSON to this file ('-' for stdout).",
)
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules: code, name, step, prefix or glob.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules: code, name, step, prefix or glob.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warn", "info", "never"]),
    default="error",
    show_default=True,
    help="Exit with code 1 when a finding reaches this severity.",
)
@click.option("--top", default=10, show_default=True, help="How many findings the summary shows.")
@_language_option()
def audit(
    export_path: Path,
    config_path: Path | None,
    as_of: dt.date | None,
    photo: Path | None,
    json_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    top: int,
    lang: str | None,
) -> None:
    """Audit an export against the five steps of the method: scores, findings and fixes.

    Exit codes: 0 (nothing at or above --fail-on), 1 (findings at or above --fail-on), 2 (usage, configuration
    or input error).

    Example: linkedin-audit audit Complete_LinkedInDataExport_11-02-2026.zip --json audit.json
    """
    from auditor.audit import AuditOptions, run_audit
    from auditor.engine import unknown_patterns
    from auditor.findings import SEVERITY_RANK
    from auditor.reports.jsonout import audit_dict
    from auditor.reports.terminal import summary_text

    rules, config = _load_rules_and_config(config_path)
    unknown = unknown_patterns(rules, [*select, *ignore])
    if unknown:
        raise click.UsageError(f"no rule matches {', '.join(repr(p) for p in unknown)} (see 'linkedin-audit rules')")
    progress = _progress_printer()
    options = AuditOptions(as_of=as_of, photo=photo, select=select, ignore=ignore, language=lang)
    result = run_audit(export_path, config, rules, options, progress=progress)
    progress("")
    if json_path is not None:
        _write_json(json_path, audit_dict(result))
    if json_path is None or str(json_path) != "-":
        click.echo(summary_text(result, top=top))
    if fail_on != "never":
        threshold = SEVERITY_RANK[fail_on]
        if any(SEVERITY_RANK[f.severity] >= threshold for f in result.result.findings):
            click.get_current_context().exit(exitcodes.FINDINGS)


def _progress_printer() -> Callable[[str], None]:
    """Progress on stderr, on one self-erasing line, only when a person is watching."""
    if not sys.stderr.isatty():
        return lambda _message: None

    def show(message: str) -> None:
        sys.stderr.write("\r\033[K" + (f"linkedin-audit: {message}..." if message else ""))
        sys.stderr.flush()

    return show


def _write_json(path: Path, data: object) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if str(path) == "-":
        click.echo(text, nl=False)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise AuditorError(f"cannot write {path} ({error.strerror or error})") from None


@cli.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the rules as JSON.")
@click.option("--markdown", is_flag=True, help="Print the rules as the Markdown table of the README.")
def list_rules(as_json: bool, markdown: bool) -> None:
    """List every rule: code, name, method step, default severity and options.

    Example: linkedin-audit rules --json
    """
    from auditor.rules import RULES

    if markdown:
        click.echo(rules_markdown(RULES))
        return
    if as_json:
        data = [
            {"code": r.code, "name": r.name, "step": r.step, "severity": r.severity, "options": dict(r.options),
             "scored": r.scored, "title": r.title}
            for r in RULES
        ]  # fmt: skip
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=list))
        return
    for rule in RULES:
        click.echo(f"{rule.code}  {rule.step}  {rule.severity:<5}  {rule.name:<36} {rule.title}")


def rules_markdown(rules: Any) -> str:
    """The README's rule table, generated from the rules themselves (a test keeps the README in step)."""
    lines = ["| code | name | step | severity | what it checks |", "|---|---|---|---|---|"]
    for rule in rules:
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.step[-1]} | {rule.severity} | {rule.title} |")
    return "\n".join(lines)


@cli.command()
@click.argument("code")
def explain(code: str) -> None:
    """Print a rule's documentation: what it checks, why, its options, a passing and a failing example.

    Example: linkedin-audit explain PRO-001
    """
    from auditor.rules import RULES

    rule = next((r for r in RULES if code in (r.code, r.name) or r.code.lower() == code.lower()), None)
    if rule is None:
        raise click.UsageError(f"no rule '{code}' (see 'linkedin-audit rules')")
    options = ", ".join(f"{k} = {v!r}" for k, v in rule.options.items()) or "none"
    click.echo(f"{rule.code} {rule.name} ({rule.step}, default severity {rule.severity}; options: {options})\n")
    click.echo(rule.doc)


@cli.command()
@click.option("--lang", type=click.Choice(["fr", "en"]), default="en", show_default=True)
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
    from auditor.starter_config import STARTERS

    if output.exists() and not force:
        raise AuditorError(f"{output} already exists; pass --force to replace it")
    try:
        output.write_text(STARTERS[lang], encoding="utf-8")
    except OSError as error:
        raise AuditorError(f"cannot write {output} ({error.strerror or error})") from None
    click.echo(f"wrote {output}: edit your goals and routines, then run 'linkedin-audit audit EXPORT'")


def main() -> None:
    """Entry point: run the group, turning user errors into one line and exit code 2."""
    # One pause of the cyclic collector for the whole run: a command makes up to millions of acyclic objects (the
    # export, its analyses, findings, the JSON) and keeps them until it exits; the collector would only rescan
    # them, for a quarter of the run (see auditor.gcpause). Reference counting frees everything else as usual.
    gc.disable()
    try:
        status = cli.main(prog_name="linkedin-audit", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("aborted")
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except AuditorError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail("interrupted")
    except Exception as error:  # the last line of defence: never a traceback for the user
        if os.environ.get("LINKEDIN_AUDIT_DEBUG"):
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (set LINKEDIN_AUDIT_DEBUG=1 for details)")
    sys.exit(status if isinstance(status, int) else exitcodes.OK)
