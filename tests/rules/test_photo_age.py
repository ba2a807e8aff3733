"""PHO-002 photo.age."""

from __future__ import annotations

import datetime as dt

from auditor.model import RichMedia
from auditor.rules import photo_age as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources


def _photo(when: dt.datetime, line: int = 2) -> RichMedia:
    return RichMedia(
        when,
        "profile photo",
        f"You uploaded a profile photo on {when:%B} {when.day}, {when.year} at 12:24 PM (GMT)",
        "https://media.licdn.com/dms/image/profile-displayphoto-shrink_100_100/x",
        line,
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_exactly_at_the_limit() -> None:
    assert run_rule(rule, model_export(rich_media=(_photo(dt.datetime(2023, 11, 2, 12, 24)),))) == []


def test_fail_old_photo() -> None:
    (finding,) = run_rule(rule, model_export(rich_media=(_photo(dt.datetime(2019, 4, 10, 12, 24), line=7),)))
    assert finding.evidence[0].file == model_export().sources["rich_media"].files[0]
    assert finding.evidence[0].row == 7
    assert "April 10, 2019" in finding.evidence[0].value
    assert finding.what.en == "Your profile photo dates from April 10, 2019, more than 3 years ago."
    assert finding.what.fr == "Votre photo de profil date du 10 avril 2019, il y a plus de 3\u00a0ans."


def test_fail_judges_the_latest_upload() -> None:
    old, older = _photo(dt.datetime(2022, 5, 1, 9), 2), _photo(dt.datetime(2018, 5, 1, 9), 3)
    (finding,) = run_rule(rule, model_export(rich_media=(older, old)))
    assert finding.evidence[0].row == 2
    assert run_rule(rule, model_export(rich_media=(older, old)), max_age_years=5) == []
    (finding,) = run_rule(rule, model_export(rich_media=(older, old)), max_age_years=1)
    assert "more than 1 year ago" in finding.what.en and "plus d'un an" in finding.what.fr


def test_not_applicable_without_profile_photo_upload() -> None:
    video = RichMedia(dt.datetime(2026, 2, 1), "video", "You uploaded a video on February 1, 2026", "https://x", 2)
    assert "PHO-001" in not_applicable_reason(rule, model_export(rich_media=(video,)))


def test_skips_without_rich_media() -> None:
    export = without_sources("rich_media")
    assert "Rich_Media.csv" in skip_reason(rule, export)


def test_skips_basic_2023_form() -> None:
    basic = (RichMedia(None, "", "Video content can be downloaded at", "https://www.linkedin.com/psettings/x", 2),)
    assert "basic archive" in skip_reason(rule, model_export(rich_media=basic))
