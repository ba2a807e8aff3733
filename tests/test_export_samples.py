"""Every section of every sample variant (2018 / 2023 / 2026 layouts, basic / complete, English / French) reads
back completely: the row counts the generator wrote, no parse issue, typed values where they belong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from auditor.export import load_export
from auditor.model import SECTION_NAMES, PartialDate
from auditor.sample import write_sample

VARIANTS = [(era, variant, lang) for era in ("2018", "2023", "2026") for variant in ("basic", "complete")
            for lang in ("en", "fr")]  # fmt: skip


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], tuple[Path, object]]:
    folder = tmp_path_factory.mktemp("samples")
    made = {}
    for era, variant, lang in VARIANTS:
        path = folder / f"{era}-{variant}-{lang}.zip"
        made[(era, variant, lang)] = (
            path,
            write_sample(path, seed=3, lang=lang, size="small", variant=variant, era=era),
        )
    return made


@pytest.mark.parametrize(("era", "variant", "lang"), VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_every_section_reads_back(samples: dict, era: str, variant: str, lang: str) -> None:
    path, summary = samples[(era, variant, lang)]
    export = load_export(path)
    assert export.parse_issues == ()
    assert export.exported_on == summary.exported_on
    read = {name: source.rows for name, source in export.sources.items()}
    assert read == summary.rows
    assert set(export.missing) == set(SECTION_NAMES) - set(summary.rows)
    if variant == "basic":
        assert not export.has("shares") and not export.has("articles")
    else:
        assert export.has("shares") and export.has("comments")


@pytest.mark.parametrize(("era", "variant", "lang"), VARIANTS, ids=["-".join(v) for v in VARIANTS])
def test_values_are_typed(samples: dict, era: str, variant: str, lang: str) -> None:
    path, summary = samples[(era, variant, lang)]
    export = load_export(path)
    assert export.profile is not None and export.profile.full_name == summary.owner_name
    assert all(isinstance(p.started_on, PartialDate) for p in export.positions)
    assert sum(p.is_current for p in export.positions) >= 1
    assert all(isinstance(c.connected_on, dt.date) for c in export.connections)
    assert all(isinstance(m.sent_at, dt.datetime) for m in export.messages)
    assert all(m.sent_at.date() <= summary.exported_on for m in export.messages if m.sent_at)
    if era == "2018":
        assert {m.direction for m in export.messages} <= {"incoming", "outgoing"}
        assert all(c.url == "" for c in export.connections)
    else:
        assert all(c.url.startswith("https://www.linkedin.com/in/") for c in export.connections)
    if variant == "complete":
        assert all(isinstance(s.shared_at, dt.datetime) for s in export.shares)
        assert any("\n\n" in s.commentary for s in export.shares)  # paragraph quoting undone
        assert not any(s.commentary.startswith('"') for s in export.shares)
        assert export.articles and any(a.is_draft for a in export.articles)
    if lang == "fr":
        assert any(ch in export.profile.headline + export.profile.summary for ch in "éèàçê")
