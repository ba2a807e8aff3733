"""The one-line errors and the parse issues' details in the user's language (--lang, the configuration's
`language`, the system locale), English otherwise; exit codes unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli

NB = "\u00a0"


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")} | env
    command = [sys.executable, "-m", "auditor", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=environment)


def test_a_missing_export_in_a_french_locale(tmp_path: Path) -> None:
    missing = tmp_path / "export.zip"
    result = _run("inspect", str(missing), LANG="fr_FR.UTF-8")
    assert result.returncode == 2
    assert result.stderr == f"linkedin-audit: erreur{NB}: {missing}{NB}: fichier ou dossier introuvable\n"


def test_the_first_locale_variable_set_decides(tmp_path: Path) -> None:
    missing = tmp_path / "export.zip"
    in_c = _run("inspect", str(missing), LC_ALL="C", LANG="fr_FR.UTF-8")
    assert in_c.stderr == f"linkedin-audit: error: {missing}: no such file or folder\n"
    messages = _run("inspect", str(missing), LC_MESSAGES="fr_CA.UTF-8", LANG="en_US.UTF-8")
    assert "fichier ou dossier introuvable" in messages.stderr
    unknown = _run("inspect", str(missing), LANG="de_DE.UTF-8")  # no German catalog: English
    assert unknown.returncode == 2 and "no such file or folder" in unknown.stderr


@pytest.mark.parametrize("command", ["audit", "plan", "inspect"])
def test_lang_fr_says_the_error_in_french(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "export.zip"
    result = CliRunner().invoke(cli, [command, str(missing), "--lang", "fr"])
    assert result.exit_code == 2
    assert result.output == f"linkedin-audit: erreur{NB}: {missing}{NB}: fichier ou dossier introuvable\n"


def test_lang_given_wins_over_the_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    missing = tmp_path / "export.zip"
    result = CliRunner().invoke(cli, ["audit", str(missing), "--lang", "en"])
    assert result.exit_code == 2
    assert result.output == f"linkedin-audit: error: {missing}: no such file or folder\n"
    by_locale = CliRunner().invoke(cli, ["inspect", str(missing)])  # inspect's default --lang is not "given"
    assert "fichier ou dossier introuvable" in by_locale.output


def test_english_is_unchanged(tmp_path: Path) -> None:
    missing = tmp_path / "export.zip"
    result = CliRunner().invoke(cli, ["audit", str(missing)])
    assert result.exit_code == 2
    assert result.output == f"linkedin-audit: error: {missing}: no such file or folder\n"


def test_the_tool_s_usage_errors_in_french(tmp_path: Path) -> None:
    arguments = ["audit", str(tmp_path / "x.zip"), "--as-of", "soon"]
    bad_date = CliRunner().invoke(cli, [*arguments, "--lang", "fr"], prog_name="linkedin-audit")
    assert bad_date.exit_code == 2
    assert bad_date.output == (
        f"linkedin-audit: erreur{NB}: Valeur invalide pour '--as-of'{NB}: «{NB}soon{NB}» n'est pas une date comme "
        f"2026-11-02 (voir «{NB}linkedin-audit audit -h{NB}»)\n"
    )
    english = CliRunner().invoke(cli, arguments, prog_name="linkedin-audit")
    assert english.output == (
        "linkedin-audit: error: Invalid value for '--as-of': 'soon' is not a date like 2026-11-02 "
        "(see 'linkedin-audit audit -h')\n"
    )
    no_rule = CliRunner().invoke(cli, ["explain", "XYZ-999", "--lang", "fr"])
    assert no_rule.exit_code == 2
    assert no_rule.output == (
        f"linkedin-audit: erreur{NB}: aucune règle «{NB}XYZ-999{NB}» (voir «{NB}linkedin-audit rules{NB}»)\n"
    )


def test_click_s_own_messages_stay_english(monkeypatch: pytest.MonkeyPatch) -> None:
    # click reads the whole command line before any option's value (--lang's too): its own message is English,
    # the frame around it in the locale's language.
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = CliRunner().invoke(cli, ["audit", "--lang", "fr", "--nope"], prog_name="linkedin-audit")
    assert result.exit_code == 2
    assert result.output.startswith(f"linkedin-audit: erreur{NB}: No such option '--nope'.")
    assert result.output.endswith(f"(voir «{NB}linkedin-audit audit -h{NB}»)\n")


BROKEN_POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\nAcme,Buyer,,,Jun 2018,Smarch 2019\nBeta,Planner\n"
)


def test_a_broken_row_in_french(make_zip: Callable[..., Path], tmp_path: Path) -> None:
    export = make_zip({"Positions.csv": BROKEN_POSITIONS, "Profile.csv": "First Name,Last Name\nAnn,Lee\n"})
    inspected = CliRunner().invoke(cli, ["inspect", str(export), "--lang", "fr"])
    assert inspected.exit_code == 0, inspected.output
    assert f"Positions.csv:3{NB}: missing-values{NB}: la ligne a 2 valeurs sur 6\u202f; le reste est lu comme vide" in (
        inspected.output
    )
    assert "impossible de lire 'Smarch 2019'\u202f; laissé vide" in inspected.output
    english = CliRunner().invoke(cli, ["inspect", str(export)])
    assert "Positions.csv:3: missing-values: row has 2 of 6 values; the rest read as empty" in english.output
    html = tmp_path / "report.html"
    audited = CliRunner().invoke(cli, ["audit", str(export), "--lang", "fr", "--html", str(html), "--fail-on", "never"])
    assert audited.exit_code == 0, audited.output
    page = html.read_text(encoding="utf-8")
    assert "la ligne a 2 valeurs sur 6" in page and "row has 2 of 6 values" not in page


def test_a_french_configuration_s_error_is_french(tmp_path: Path) -> None:
    config = tmp_path / "linkedin-audit.toml"
    config.write_text('language = "fr"\n\n[planner]\ntimezone = "Mars/Olympus"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["audit", str(tmp_path / "x.zip"), "--config", str(config)])
    assert result.exit_code == 2
    assert result.output == (
        f"linkedin-audit: erreur{NB}: planner.timezone{NB}: 'Mars/Olympus' n'est pas un fuseau horaire (attendu un "
        'nom comme "Europe/Paris")\n'
    )
    english = CliRunner().invoke(cli, ["audit", str(tmp_path / "x.zip"), "--config", str(config), "--lang", "en"])
    assert english.output == (
        "linkedin-audit: error: planner.timezone: 'Mars/Olympus' is not a time zone (expected a name like "
        '"Europe/Paris")\n'
    )


def test_after_a_french_configuration_the_errors_are_french(tmp_path: Path) -> None:
    config = tmp_path / "linkedin-audit.toml"
    config.write_text('language = "fr"\n\n[[routines]]\nactivity = "posts"\ncount = 1\nper = "week"\n')
    missing = tmp_path / "x.zip"
    result = CliRunner().invoke(cli, ["audit", str(missing), "--config", str(config)])
    assert result.exit_code == 2
    assert result.output == f"linkedin-audit: erreur{NB}: {missing}{NB}: fichier ou dossier introuvable\n"


def test_a_routine_s_impossible_time_in_french(tmp_path: Path) -> None:
    config = tmp_path / "linkedin-audit.toml"
    config.write_text('language = "fr"\n\n[[routines]]\nactivity = "lunch"\ncount = 10\nper = "day"\nminutes = 180\n')
    result = CliRunner().invoke(cli, ["audit", str(tmp_path / "x.zip"), "--config", str(config)])
    assert result.exit_code == 2
    assert result.output == (
        f"linkedin-audit: erreur{NB}: routines[0]{NB}: 10 × 180 minutes par jour, c'est plus de 24 heures par jour\n"
    )


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr"}, "fr"),
        ({"LANG": "fr_BE@euro"}, "fr"),
        ({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C"}, "fr"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "fr_CA.UTF-8"}, "fr"),  # an empty variable is not set
        ({"LANG": "POSIX"}, "en"),
        ({}, "en"),
    ],
)
def test_the_error_language_from_the_locale(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], language: str
) -> None:
    from auditor.errors import LANGUAGE_CLUES, error_language

    monkeypatch.delenv("LANG")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    LANGUAGE_CLUES.forget()
    assert error_language() == language
