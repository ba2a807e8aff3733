"""The photo is about square.

What:
    With `--photo FILE`: checks that the longer side is at most `max_aspect_deviation` (15%) longer than the
    shorter one, i.e. long / short − 1 ≤ 0.15. Evidence: the photo file and its size. Skips without `--photo`.

Why:
    Step 5 of the method asks for "a quality photo". LinkedIn profile photos are square [microsoft-linkedin-image-sizes]
    and shown in a circle: a tall or wide photo gets cropped where LinkedIn decides. The 15% tolerance is a design
    choice.

Passes:
    photo.jpg, 800×860 pixels (7.5% off square).

Fails:
    photo.jpg, 1200×800 pixels (50% off square).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Percent, Verbatim, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo

CODE = "PHO-004"
NAME = "photo.square"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_aspect_deviation": Option(
        0.15,
        "how much longer than the short side the long side may be (0.15 = 15%).",
        unit="ratio",
    ),
}
NEEDS: tuple[Need, ...] = ("photo",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    long_side, short_side = max(photo.width, photo.height), min(photo.width, photo.height)
    deviation = long_side / short_side - 1 if short_side else float("inf")
    if deviation <= float(ctx.options["max_aspect_deviation"]):
        return
    size, share = Verbatim(f"{photo.width}×{photo.height}"), Percent(deviation)
    yield Finding(
        what=_("Your photo is {size} pixels: {share} too wide to be square.", size=size, share=share)
        if photo.width > photo.height
        else _("Your photo is {size} pixels: {share} too tall to be square.", size=size, share=share),
        why=_("LinkedIn shows your photo in a circle, so it crops a non-square picture where it wants."),
        fix=_("Crop the photo to a square yourself, with your face in the middle and a little space above your head."),
        evidence=(Evidence(photo.file, None, _("{size} px ({share} off square)", size=size, share=share)),),
    )
