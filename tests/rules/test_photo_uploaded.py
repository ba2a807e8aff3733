"""PHO-001 photo.uploaded."""

from __future__ import annotations

import datetime as dt

from auditor.model import Export, RichMedia
from auditor.rules import photo_uploaded as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import without_sources

BACKGROUND = RichMedia(
    dt.datetime(2026, 1, 9, 16, 31),
    "profile background photo",
    "You uploaded a profile background photo on January 9, 2026 at 4:31 PM (GMT)",
    "https://media.licdn.com/dms/image/profile-displaybackgroundimage-shrink_350_1400/x",
    2,
)
VIDEO = RichMedia(
    dt.datetime(2026, 2, 1, 10, 0),
    "video",
    "You uploaded a video on February 1, 2026 at 10:00 AM (GMT)",
    "https://dms.licdn.com/playlist/vid/x",
    3,
)


def _without_rich_media() -> Export:
    return without_sources("rich_media")


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_when_only_the_link_says_profile_photo() -> None:
    generic = RichMedia(
        dt.datetime(2026, 1, 15, 23, 39),
        "photo",
        "You uploaded a photo on January 15, 2026 at 11:39 PM (GMT)",
        "https://media.licdn.com/dms/image/profile-displayphoto-scale_200_200/x",
        2,
    )
    assert run_rule(rule, model_export(rich_media=(generic, VIDEO))) == []


def test_fail_other_uploads_only() -> None:
    (finding,) = run_rule(rule, model_export(rich_media=(BACKGROUND, VIDEO)))
    assert finding.evidence[0].file == model_export().sources["rich_media"].files[0]
    assert finding.evidence[0].text("en") == "2 uploads: profile background photo and video"
    assert finding.evidence[0].text("fr") == "2 envois\u00a0: profile background photo et video"
    assert "profile-photo" in finding.what.en and "photo de profil" in finding.what.fr
    assert "21" in finding.why.en and "21" in finding.why.fr


def test_fail_complete_archive_with_no_upload_at_all() -> None:
    (finding,) = run_rule(rule, model_export(rich_media=()))
    assert finding.evidence[0].text("en") == "no upload at all"


def test_skips_without_rich_media() -> None:
    assert "Rich_Media.csv" in skip_reason(rule, _without_rich_media())


def test_skips_basic_2023_form() -> None:
    basic = (
        RichMedia(
            None, "", "Video content can be downloaded at", "https://www.linkedin.com/psettings/member-data/videos", 2
        ),
        RichMedia(None, "", "Documents can be downloaded at", "https://www.linkedin.com/psettings/rich-media", 3),
    )
    assert "basic archive" in skip_reason(rule, model_export(rich_media=basic, kind="basic"))
    assert "basic archive" in skip_reason(rule, model_export(rich_media=basic))


def test_skips_empty_section_of_a_basic_archive() -> None:
    assert "basic archive" in skip_reason(rule, model_export(rich_media=(), kind="basic"))
