"""CAD-003 cadence.longest-silence."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.model import SectionSource, Share
from auditor.rules import cadence_longest_silence as rule

from ..factory import TODAY, model_export, run_rule, skip_reason
from .helpers import without_sources

D = dt.datetime


def _posts(*days: dt.date) -> tuple[Share, ...]:
    return tuple(
        Share(D(day.year, day.month, day.day, 9), f"https://x/{day}", "A post", "", "", "MEMBER_NETWORK", n + 2)
        for n, day in enumerate(sorted(days, reverse=True))
    )


def _weekly(first: dt.date, last: dt.date) -> list[dt.date]:
    days = []
    while first <= last:
        days.append(first)
        first += dt.timedelta(weeks=1)
    return days


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_gap_in_the_middle() -> None:
    days = _weekly(dt.date(2026, 1, 1), dt.date(2026, 7, 2)) + _weekly(dt.date(2026, 8, 20), dt.date(2026, 10, 29))
    (finding,) = run_rule(rule, model_export(shares=_posts(*days), articles=()))
    assert "49 days, from July 2, 2026 to August 20, 2026" in finding.what.en
    assert "pendant 49 jours, du 2 juillet 2026 au 20 août 2026" in finding.what.fr
    before, after = finding.evidence
    assert (before.file, before.text("en")) == (
        model_export().sources["shares"].files[0],
        "last publication before the silence: July 2, 2026",
    )
    assert after.text("en") == "next publication: August 20, 2026"
    assert after.text("fr") == "publication suivante\u00a0: 20 août 2026"
    assert before.row is not None and after.row is not None and before.row == after.row + 1
    assert finding.key == "silence-from:2026-07-02"


def test_fail_names_the_archives_own_file() -> None:
    days = _weekly(dt.date(2026, 1, 1), dt.date(2026, 7, 2)) + _weekly(dt.date(2026, 8, 20), dt.date(2026, 10, 29))
    export = model_export(shares=_posts(*days), articles=())
    sources = {**export.sources, "shares": SectionSource(("Shares_1158443584.csv",), len(export.shares))}
    (finding,) = run_rule(rule, dataclasses.replace(export, sources=sources))
    assert [e.file for e in finding.evidence] == ["Shares_1158443584.csv", "Shares_1158443584.csv"]


def test_fail_silence_after_an_article_points_to_its_file() -> None:
    days = _weekly(dt.date(2026, 1, 1), dt.date(2026, 5, 28)) + _weekly(dt.date(2026, 8, 20), dt.date(2026, 10, 29))
    export = model_export(shares=_posts(*days))  # the model member's article was published on 2026-06-01
    sources = {**export.sources, "shares": SectionSource(("Shares_1158443584.csv",), len(export.shares))}
    (finding,) = run_rule(rule, dataclasses.replace(export, sources=sources))
    before, after = finding.evidence
    assert (before.file, before.row) == ("Articles/sop-in-practice.html", None)
    assert after.file == "Shares_1158443584.csv" and after.text("en") == "next publication: August 20, 2026"


def test_fail_ongoing_silence() -> None:
    (finding,) = run_rule(rule, model_export(shares=_posts(*_weekly(dt.date(2026, 3, 3), dt.date(2026, 9, 15)))))
    assert "nothing since September 15, 2026: 48 days so far" in finding.what.en
    assert "depuis le 15 septembre 2026, soit 48 jours" in finding.what.fr
    assert finding.evidence[-1].text("en") == "no publication since, up to November 2, 2026"
    assert finding.key == "silence-from:2026-09-15"


def test_fail_silence_that_started_before_the_window() -> None:
    # The window (26 weeks, this one included) starts on 2026-05-11; the silence started well before it.
    days = [dt.date(2026, 3, 1), *_weekly(dt.date(2026, 5, 20), dt.date(2026, 10, 28))]
    (finding,) = run_rule(rule, model_export(shares=_posts(*days), articles=()))
    assert "from March 1, 2026 to May 20, 2026" in finding.what.en


def test_fail_never_published() -> None:
    (finding,) = run_rule(rule, model_export(shares=(), articles=()))
    assert "nothing in the last 26 weeks" in finding.what.en
    assert finding.key == "silence:never-published"


def test_fail_counts_other_long_silences() -> None:
    days = [
        dt.date(2026, 5, 1),
        dt.date(2026, 6, 20),
        dt.date(2026, 8, 30),
        *_weekly(dt.date(2026, 9, 3), dt.date(2026, 10, 29)),
    ]
    (finding,) = run_rule(rule, model_export(shares=_posts(*days), articles=()))
    assert "71 days" in finding.what.en and "(1 other silence over 30 days)" in finding.what.en
    assert "(1 autre silence de plus de 30 jours)" in finding.what.fr


def test_pass_old_silence_outside_the_window() -> None:
    days = [dt.date(2025, 1, 1), *_weekly(dt.date(2025, 4, 1), dt.date(2026, 10, 29))]
    assert run_rule(rule, model_export(shares=_posts(*days), articles=())) == []


def test_pass_time_before_the_first_publication() -> None:
    assert (
        run_rule(rule, model_export(shares=_posts(*_weekly(dt.date(2026, 9, 1), dt.date(2026, 10, 27))), articles=()))
        == []
    )


def test_options() -> None:
    days = _weekly(dt.date(2026, 1, 1), dt.date(2026, 7, 2)) + _weekly(dt.date(2026, 8, 20), dt.date(2026, 10, 29))
    export = model_export(shares=_posts(*days), articles=())
    assert run_rule(rule, export, max_silence_days=60) == []
    assert run_rule(rule, export, window_weeks=8) == []
    assert len(run_rule(rule, max_silence_days=4)) == 1


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)


def test_pass_when_audited_after_the_export_date() -> None:
    # Nothing after the export is in the archive: the window ends at the export date, not at a later --as-of.
    assert run_rule(rule, today=TODAY + dt.timedelta(days=60)) == []
