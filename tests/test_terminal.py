"""The terminal summary's words (auditor.reports.terminal): counts that agree with their numbers, French spacing."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.reports.words import rules_pass


@pytest.mark.parametrize(
    ("language", "passed", "counted", "expected"),
    [
        ("en", 0, 1, "0 of 1 rule passes"),
        ("en", 1, 4, "1 of 4 rules passes"),
        ("en", 3, 4, "3 of 4 rules pass"),
        ("fr", 0, 1, "0 règle sur 1 respectée"),
        ("fr", 1, 4, "1 règle sur 4 respectée"),
        ("fr", 2, 3, "2 règles sur 3 respectées"),
        ("fr", 1500, 2000, "1\u202f500 règles sur 2\u202f000 respectées"),
    ],
)
def test_rule_counts_agree(language: str, passed: int, counted: int, expected: str) -> None:
    assert rules_pass(passed, counted).render(language) == expected


def test_summary_header_counts_findings_with_french_spacing(tmp_path: Path) -> None:
    from auditor.audit import run_audit
    from auditor.config import Config
    from auditor.reports.terminal import summary_text
    from auditor.rules import RULES
    from auditor.sample import write_sample

    sample = tmp_path / "fr.zip"
    write_sample(sample, lang="fr", size="small")
    text = summary_text(run_audit(sample, Config(language="fr"), RULES))
    assert "Principaux constats (" in text and "\u202f; la liste complète est dans --json)\u00a0:" in text


def test_a_huge_word_wraps_at_once() -> None:
    """textwrap's time grows with the square of a word's length: the summary shows at most MAX_SHOWN characters
    of a text (a hostile goal or company name can be megabytes long), the JSON keeps it whole."""
    import time

    from auditor.reports.terminal import MAX_SHOWN, _wrap

    start = time.perf_counter()
    wrapped = _wrap("x" * 20_000_000, "  ")
    assert time.perf_counter() - start < 2
    assert len(wrapped.replace("\n", "").replace(" ", "")) == MAX_SHOWN and wrapped.endswith("…")
    assert _wrap("short text", "  ") == "  short text"
