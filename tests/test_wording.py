"""What the typical samples' audits say, read as a professional would: no ISO date in prose, no "(s)" plural, and
in French no English word outside quoted user data (issue 10's scan); the same for the reader's parse issues."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.audit import Audit
from auditor.export import load_export
from auditor.reports.terminal import summary_text
from auditor.reports.viewmodel import people_names

from .factory import sample_audit

ISO_DATE = re.compile(r"\b(19|20)\d\d-[01]\d(-[0-3]\d)?\b")
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”|`[^`]*`")
RULE_NAME = re.compile(r"\b[a-z]+\.[a-z0-9-]+\b")  # `give.endorsers-not-thanked`: an identifier, not prose
# Words that are English and never French: a French text holding one has an untranslated piece.
ENGLISH_ONLY = set(
    "the and your you with from this that which have has are were for not of to at by its per week weeks days "
    "months month ago since none only more than about after before without should could would".split()
)


def _prose(audit: Audit) -> list[str]:
    """Everything the audit says in words (findings, reasons, notes, the summary), not the evidence it quotes."""
    lang, result = audit.language, audit.result
    texts = [t.render(lang) for f in result.findings for t in (f.what, f.why, f.fix)]
    texts += [o.reason.render(lang) for o in result.outcomes if o.reason]
    texts += [note.render(lang) for o in result.outcomes for note in o.notes]
    texts += summary_text(audit, top=60).splitlines()
    return texts


def _user_data(audit: Audit) -> list[str]:
    export, config = audit.export, audit.config
    data = [*people_names(export), *(p.company for p in export.positions), *(p.title for p in export.positions)]
    data += [c.company for c in export.connections] + [c.position for c in export.connections]
    data += [s.name for s in export.skills] + [audit.export.source_name]
    if export.profile:
        data += [export.profile.headline, export.profile.full_name]
    for goal in config.goals:
        data += [goal.text, *goal.keywords, *goal.target_companies, *goal.target_roles, *goal.target_people]
    data += [routine.name for routine in config.routines]
    return sorted((d for d in data if d and len(d) > 2), key=len, reverse=True)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_typical_audit_reads_well(lang: str, tmp_path: Path) -> None:
    audit = sample_audit(tmp_path, lang)
    prose = _prose(audit)
    data = _user_data(audit)
    for text in prose:
        bare = RULE_NAME.sub(" ", QUOTED.sub(" ", text))
        for datum in data:
            bare = bare.replace(datum, " ")
        assert not ISO_DATE.search(bare), text
        assert "(s)" not in bare, text
        if lang == "fr":
            words = set(re.findall(r"[a-z]+", bare.lower()))
            assert not words & ENGLISH_ONLY, (sorted(words & ENGLISH_ONLY), text)


def test_the_parse_issues_read_well_in_french(make_zip: Callable[..., Path]) -> None:
    """The reader's details, as `inspect --lang fr`, the report and HYG-002 show them: French, no "(s)"."""
    positions = "Company Name,Title,Description,Location,Started On,Finished On,Surprise\n" + "".join(
        f"Acme{n},Buyer,,,Jun 2018,Smarch {n}\n"
        for n in range(30)  # bad values, past the cap of one kind
    )
    positions += "Beta,Planner\nGamma,Lead,,,2015,2016,x,more,most\nDelta,Analyst,,,1850,2012\n"
    files = {
        "Positions.csv": positions,
        "Skills.csv": "",
        "Profile.csv": "First Name,Last Name,Headline\nAnn,Lee," + "x" * 3000 + "\n",
        "Connections.csv": b"First Name,Last Name,URL,Company,Position,Connected On\nL\xe9a,Roy,,A,B,09 Jul 2024\n",
        "Education.csv": "Notes,Degree Name\nx,y\n",
        "Languages.csv": "Name,Proficiency\nFrench,native\n",
    }
    export = load_export(make_zip(files))
    kinds = {issue.kind for issue in export.parse_issues}
    expected = {"bad-value", "missing-values", "extra-values", "unknown-column", "missing-column", "empty-file"}
    assert expected | {"long-word", "implausible-date", "encoding-fallback"} <= kinds
    assert any(issue.count > 1 for issue in export.parse_issues)
    for issue in export.parse_issues:
        for lang in ("en", "fr"):
            text = issue.detail_in(lang)
            assert text and "(s)" not in text, text
        bare = re.sub(r"'[^']*'", " ", QUOTED.sub(" ", issue.detail_in("fr")))
        words = set(re.findall(r"[a-z]+", bare.lower()))
        assert not words & ENGLISH_ONLY, (sorted(words & ENGLISH_ONLY), issue)
