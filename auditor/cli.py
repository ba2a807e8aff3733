"""The `linkedin-audit` command line: a thin click group over the library.

Start-up stays light: heavy modules (parsers, bs4, the sample generator) are imported inside the commands that
need them, so `linkedin-audit --help` answers at once. Every user-fixable problem is one line on stderr and exit
code 2 (see `auditor.exitcodes`); set LINKEDIN_AUDIT_DEBUG=1 to see the traceback of an internal error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from auditor import __version__, exitcodes
from auditor.errors import AuditorError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

SIZES = ("small", "typical", "large", "max")


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


def _write_sample(out: Path, seed: int, lang: str, size: str, variant: str, force: bool) -> None:
    from auditor.sample import write_sample

    if out.exists() and not force:
        raise AuditorError(f"{out} already exists; pass --force to replace it")
    if out.is_dir():
        raise AuditorError(f"{out} is a folder; give a .zip file name")
    partial = out.with_name(out.name + ".partial")
    try:
        write_sample(partial, seed=seed, lang=lang, size=size, variant=variant)
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
@click.option("--force", is_flag=True, help="Replace OUT.zip if it exists.")
def sample(out: Path, seed: int, lang: str, size: str, variant: str, force: bool) -> None:
    """Write a synthetic, deterministic LinkedIn export (no real person's data).

    Example: linkedin-audit sample demo.zip --lang fr --size small
    """
    _write_sample(out, seed, lang, size, variant, force)
    click.echo(f"wrote {out}")


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
def demo(out_dir: Path, lang: str) -> None:
    """Generate a sample export and run the main job on it.

    Example: linkedin-audit demo --lang fr
    """
    from auditor.export import load_export
    from auditor.inventory import inventory_text

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AuditorError(f"cannot create {out_dir} ({error.strerror or error})") from None
    archive = out_dir / "Complete_LinkedInDataExport_sample.zip"
    _write_sample(archive, 0, lang, "typical", "complete", force=True)
    click.echo(f"Sample export written to {archive}\n")
    click.echo(inventory_text(load_export(archive)))


def main() -> None:
    """Entry point: run the group, turning user errors into one line and exit code 2."""
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
