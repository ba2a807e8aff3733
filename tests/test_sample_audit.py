"""The sample personas against the audit: the model member passes, the typical one shows gaps in most steps.

`write_sample(..., persona="model")` audited with `sample_config(..., persona="model")` must yield no warning or
error; the typical persona with its configuration must keep giving the demo something to say in (nearly) every
step of the method. Unlike `test_sample.py`, these tests read the archives with the project's parsers: they
check that the generator and the rules agree on what following the method means. Sizes small and typical only.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import tomllib
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from auditor.audit import Audit, AuditOptions, run_audit
from auditor.config import parse_config
from auditor.rules import RULES
from auditor.sample import ERAS, PERSONAS, sample_config, write_sample
from auditor.sample.eras import ERA_SPECS
from auditor.sample.goals import HORIZON, LEXICONS, PLANNED_COMMENTS_PER_WEEK, PLANNED_POSTS_PER_WEEK
from auditor.sample.persona import build_owner

LANGS = ("en", "fr")
SIZES = ("small", "typical")
EXPORT_DATES = {"2018": dt.date(2018, 11, 4), "2023": dt.date(2023, 7, 11), "2026": dt.date(2026, 11, 2)}
# The photo checks need an image file (--photo); nothing else may be skipped for a complete 2026 archive.
NEEDS_PHOTO_FILE = ("PHO-003", "PHO-004", "PHO-005", "PHO-006", "PHO-007", "PHO-008")


@functools.cache
def audited(tmp: Path, persona: str, lang: str, size: str, seed: int = 0) -> Audit:
    path = tmp / f"{persona}-{lang}-{size}-{seed}" / "Complete_LinkedInDataExport_11-02-2026.zip"
    path.parent.mkdir()
    write_sample(path, seed=seed, lang=lang, size=size, persona=persona)
    config = parse_config(tomllib.loads(sample_config(seed=seed, lang=lang, persona=persona)), RULES)
    # Audited as of the sample's export date: the results must not depend on the day the tests run.
    return run_audit(path, config, RULES, AuditOptions(as_of=dt.date(2026, 11, 2)))


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sample-audit")


def status(audit: Audit) -> dict[str, str]:
    return {outcome.code: outcome.status for outcome in audit.result.outcomes}


# --- the model member ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_model_member_passes_the_audit(tmp: Path, lang: str, size: str) -> None:
    audit = audited(tmp, "model", lang, size)
    findings = audit.result.findings
    serious = [f"{f.severity} {f.code}: {f.what.en}" for f in findings if f.severity in ("warn", "error")]
    assert serious == []
    assert sum(f.severity == "info" for f in findings) <= 2, [f"{f.code}: {f.what.en}" for f in findings]
    statuses = status(audit)
    assert [code for code, s in statuses.items() if s == "crashed"] == []
    # Nothing passes by being skipped: every rule ran, but those that need a photo file.
    assert sorted(code for code, s in statuses.items() if s == "skipped") == list(NEEDS_PHOTO_FILE)
    assert {finding.severity for finding in audit.result.findings} <= {"info"}


@pytest.mark.parametrize("lang", LANGS)
def test_model_member_lives_by_the_method(tmp: Path, lang: str) -> None:
    """What the passing audit rests on: a small, warm circle 1 and a steady rhythm above the plan."""
    analyses = audited(tmp, "model", lang, "typical").analyses
    circles = analyses.circles
    assert 5 <= len(circles.circle1) <= 15
    assert all((circles.today - m.tie.last_exchange.date()).days < 180 for m in circles.circle1 if m.tie.last_exchange)
    cadence = analyses.cadence
    assert cadence.full_weeks_count(("posts", "articles"), 13) >= 13 * PLANNED_POSTS_PER_WEEK
    assert cadence.full_weeks_count(("comments",), 13) >= 13 * PLANNED_COMMENTS_PER_WEEK
    assert cadence.active_weeks(26, end=cadence.full_weeks_end) >= 24


# --- the typical member -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
def test_typical_member_shows_gaps_in_most_steps(tmp: Path, lang: str, size: str) -> None:
    audit = audited(tmp, "typical", lang, size)
    findings = audit.result.findings
    steps = Counter(f.step for f in findings)
    assert len(steps) >= 4, steps
    assert any(f.severity == "warn" for f in findings)
    assert [code for code, s in status(audit).items() if s == "crashed"] == []
    # The plan is not kept: the posting routine falls short, judged once (step 3); step 5 leaves it to RTN-002.
    assert "RTN-002" in {f.code for f in findings}
    assert status(audit)["CAD-001"] == "not-applicable"
    # Words: a typo in the About, a third of the posts complaining; the model member has neither.
    assert {"TXT-009", "TXT-010"} <= {f.code for f in findings}
    model = {f.code for f in audited(tmp, "model", lang, size).result.findings}
    assert not model & {"TXT-009", "TXT-010", "TXT-011", "TXT-012"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_goal_fits_the_typical_profile(tmp: Path, lang: str) -> None:
    """Keywords from the career: the typical profile already names them; one target company is out of reach."""
    audit = audited(tmp, "typical", lang, "small")
    statuses = status(audit)
    assert statuses["GOA-003"] == statuses["GOA-004"] == "passed"
    unreached = [f for f in audit.result.findings if f.code == "NET-002"]
    targets = audit.config.goals[0].target_companies
    assert len(targets) == 3 and len(unreached) == 1
    assert targets[-1] in unreached[0].what.en


# --- the configuration --------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("lang", LANGS)
def test_sample_config_loads_for_every_seed(lang: str, persona: str) -> None:
    for seed in range(6):
        text = sample_config(seed=seed, lang=lang, persona=persona)
        config = parse_config(tomllib.loads(text), RULES)
        assert config.language == lang
        assert text.startswith("# ") and ("# Step 1" in text if lang == "en" else "# Étape 1" in text)
        owner = build_owner(seed, LEXICONS[lang], ERA_SPECS["2026"])
        assert owner.full_name in text
        goal = config.goals[0]
        assert goal.kind == "career-move" and goal.target_roles and len(goal.target_companies) == 3
        # Keywords come from the first skills of the member's career, always listed in Skills.csv.
        skills = " | ".join(owner.skills[:6]).casefold()
        assert goal.keywords and all(keyword.casefold() in skills for keyword in goal.keywords)
        assert goal.horizon == HORIZON and all(goal.horizon > day for day in EXPORT_DATES.values())
        planned = {routine.activity: routine for routine in config.routines}
        assert planned["posts"].per_week() == PLANNED_POSTS_PER_WEEK
        assert planned["comments"].per_week() == PLANNED_COMMENTS_PER_WEEK
        assert [r for r in config.routines if not r.measurable and r.per == "month"]
    assert sample_config(seed=2, lang=lang, persona=persona) == sample_config(seed=2, lang=lang, persona=persona)


def test_sample_config_rejects_unknown_arguments() -> None:
    with pytest.raises(ValueError, match="perfect"):
        sample_config(persona="perfect")
    with pytest.raises(ValueError, match="de"):
        sample_config(lang="de")


# --- determinism --------------------------------------------------------------------------------------------


def content_digest(data: bytes) -> str:
    """The archive's members, names and dates (not the compressed bytes, which depend on the zlib version)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            digest.update(f"{info.filename}\0{info.date_time}\0".encode())
            digest.update(zf.read(info))
            digest.update(b"\0")
    return digest.hexdigest()


def profile(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        text = zf.read("Profile.csv").decode("utf-8-sig")
    return next(csv.DictReader(io.StringIO(text, newline="")))


def sample_bytes(**arguments: object) -> bytes:
    out = io.BytesIO()
    write_sample(out, **arguments)  # type: ignore[arg-type]
    return out.getvalue()


# Digests of the typical persona (since it learnt the mess of real archives: organisations writing in, replies
# under one's own posts; and since it makes a typo in its About and complains in a post in three): the model
# persona's code paths must not change it.
TYPICAL_DIGESTS = [
    ({"seed": 0, "lang": "en", "size": "small"}, "32d940215bb50ecd30d2778b7946341a2d62589f3ef8897decf0067501e5cfa2"),
    (
        {"seed": 3, "lang": "fr", "size": "small", "era": "2018", "variant": "basic"},
        "8b5cbe4cbb19ab254bc5fc3861361b178ffaa6182b8ba10174820e9d66ed3686",
    ),
    (
        {"seed": 1, "lang": "en", "size": "small", "era": "2023"},
        "17862f4089397dbd89b667ceddc9756c603a3e0e5e6ce5ba77ace32a0481bcb4",
    ),
    ({"seed": 0, "lang": "fr", "size": "typical"}, "8044c406d79540ff990d09291f56fc875fde2afefb63358fb8faefc4db0b651e"),
]


@pytest.mark.parametrize(("arguments", "digest"), TYPICAL_DIGESTS)
def test_typical_persona_is_unchanged(arguments: dict[str, object], digest: str) -> None:
    data = sample_bytes(**arguments)
    assert data == sample_bytes(**arguments, persona="typical")
    assert content_digest(data) == digest


@pytest.mark.parametrize("era", ERAS)
@pytest.mark.parametrize("lang", LANGS)
def test_model_persona_is_deterministic(lang: str, era: str) -> None:
    first = sample_bytes(seed=4, lang=lang, size="small", era=era, persona="model")
    assert first == sample_bytes(seed=4, lang=lang, size="small", era=era, persona="model")
    typical = sample_bytes(seed=4, lang=lang, size="small", era=era)
    assert first != typical
    # The same person, who follows the method.
    model_profile, typical_profile = (profile(data) for data in (first, typical))
    assert model_profile["First Name"] == typical_profile["First Name"]
    assert model_profile["Last Name"] == typical_profile["Last Name"]


def test_unknown_persona_is_rejected() -> None:
    with pytest.raises(ValueError, match="perfect"):
        write_sample(io.BytesIO(), size="small", persona="perfect")


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_sample_holds_the_mess_of_real_archives(tmp: Path, persona: str) -> None:
    """Organisations write in (a bank, LinkedIn's products, an app store, a company page) and are set aside, not
    taken for people; the member replies under their own posts, which are not comments on other people's."""
    audit = audited(tmp, persona, "en", "small")
    organisations = dict(audit.analyses.ties.organisations)
    assert set(organisations) == {
        "Northgate Bank", "Hannah from LinkedIn Premium", "Leo @ LinkedIn Learning", "App Store", "Harbourpoint Group"
    }  # fmt: skip
    assert not any(tie.name in organisations for tie in audit.analyses.ties.by_key.values())
    assert sum(audit.analyses.cadence.weekly["replies"].values()) > 0
    notes = [note.en for outcome in audit.result.outcomes for note in outcome.notes]
    assert any(note.startswith("Set aside as organisations, not people: 5 senders") for note in notes)
