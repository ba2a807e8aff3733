"""The photo file is at least 400 pixels on each side.

What:
    With `--photo FILE`: checks that the photo is at least `min_pixels` wide and high (after its EXIF rotation).
    Evidence: the photo file and its size. Skips without `--photo`.

Why:
    Step 5 of the method asks for "a quality photo". 400×400 pixels is the optimal size of a LinkedIn profile photo
    according to Microsoft, LinkedIn's parent company [microsoft-linkedin-image-sizes] (verified; that it is also the
    minimum is commonly reported); a smaller file is enlarged by LinkedIn and looks soft.

Passes:
    photo.jpg, 800×800 pixels.

Fails:
    photo.jpg, 320×320 pixels.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Verbatim, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo

CODE = "PHO-003"
NAME = "photo.resolution"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_pixels": Option(400, "the smallest acceptable width and height, in pixels.", unit="pixels"),
}
NEEDS: tuple[Need, ...] = ("photo",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    minimum = int(ctx.options["min_pixels"])
    if photo.width >= minimum and photo.height >= minimum:
        return
    yield Finding(
        what=_(
            "Your photo is {size} pixels, below {minimum}.",
            size=Verbatim(f"{photo.width}×{photo.height}"),
            minimum=Verbatim(f"{minimum}×{minimum}"),
        ),
        why=_("LinkedIn enlarges a small photo, so it looks blurry next to everyone else's."),
        fix=_(
            "Export the original photo at {minimum} pixels or more (800×800 is comfortable) instead of a cropped "
            "thumbnail.",
            minimum=Verbatim(f"{minimum}×{minimum}"),
        ),
        evidence=(Evidence(photo.file, None, f"{photo.width}×{photo.height} px"),),
    )
