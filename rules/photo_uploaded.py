"""The archive shows a profile-photo upload.

What:
    Looks in Rich_Media.csv for a profile-photo upload: a row "You uploaded a profile photo on …", or a link to a
    profile photo. Evidence: Rich_Media.csv and the uploads it does list. Skips when the archive has no
    Rich_Media.csv, or only the 2023 basic archive's Rich Media.csv (with a space; columns Type,Link), which
    links to download pages and cannot show a photo.

Why:
    Step 5 of the method asks for "a quality photo". LinkedIn's own on-profile prompt says members with a profile photo
    can receive "up to 21 times more profile views" [linkedin-photo-prompt] (LinkedIn's wording, quoted second-hand; the
    other multipliers that circulate are not LinkedIn's), and a photo is one of the All-Star criteria [allstar-criteria]
    (commonly reported, unverified).

Passes:
    Rich_Media.csv: "You uploaded a profile photo on June 10, 2025 at 6:02 PM (GMT)"

Fails:
    Rich_Media.csv lists only "You uploaded a profile background photo on …" and "You uploaded a video on …"
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Names, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PHO-001"
NAME = "photo.uploaded"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("rich_media",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    uploads = [media for media in export.rich_media if media.kind or media.uploaded_at]
    if not uploads and (export.rich_media or export.kind == "basic"):
        ctx.skip(
            _("The basic archive's Rich Media.csv only links to download pages: it cannot show your profile photo.")
        )
    if any(media.is_profile_photo for media in export.rich_media):
        return
    kinds = sorted({media.kind for media in uploads if media.kind})
    listed = (
        n_("{n} upload: {kinds}", "{n} uploads: {kinds}", len(uploads), kinds=Names(tuple(kinds)))
        if kinds
        else _("no upload at all")
    )
    yield Finding(
        what=_("Your archive shows no profile-photo upload."),
        why=_("LinkedIn itself tells members that a profile photo can bring up to 21 times more profile views."),
        fix=_(
            "Upload a recent, well-lit head-and-shoulders photo where you face the camera, alone, against a calm "
            "background."
        ),
        evidence=(Evidence(export.file_of("rich_media"), None, listed),),
    )
