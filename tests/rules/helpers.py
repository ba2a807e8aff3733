"""Checks and exports the rule tests share (the model member and the rule runners are in `tests/factory.py`)."""

from __future__ import annotations

import dataclasses
from types import ModuleType

from auditor.findings import Finding
from auditor.model import Export

from ..factory import model_export, run_rule


def assert_bilingual(finding: Finding) -> None:
    """The finding's what, why and fix are written in English and in French (not one copied as the other)."""
    for text in (finding.what, finding.why, finding.fix):
        assert text.en and text.fr and text.en != text.fr


def without_sources(*sections: str, export: Export | None = None) -> Export:
    """`export` (default: the model member) as if the archive had held no file for `sections`; their records stay,
    so a rule must skip on the missing file, not on empty data."""
    export = export if export is not None else model_export()
    return dataclasses.replace(export, sources={k: v for k, v in export.sources.items() if k not in sections})


def empty_section_finding(module: ModuleType, section: str) -> Finding:
    """The one finding `module` gives when the model member's file for `section` is there but empty: it points to
    the archive's file (no row) and is bilingual."""
    (finding,) = run_rule(module, model_export(**{section: ()}))
    assert finding.evidence[0].file == model_export().sources[section].files[0]
    assert finding.evidence[0].row is None
    assert_bilingual(finding)
    return finding
