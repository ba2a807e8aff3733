"""What the typical samples' audits say, read as a professional would: no ISO date in prose, no "(s)" plural, and
in French no English word outside quoted user data (issue 10's scan)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.audit import Audit
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
