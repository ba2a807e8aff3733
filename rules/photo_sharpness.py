"""The photo is sharp.

What:
    With `--photo FILE`: checks the photo's sharpness, measured as the variance of the Laplacian on a copy scaled
    to at most 800 pixels (see auditor.photo), against `min_sharpness`. Evidence: the photo file and the measured
    value. Skips without `--photo`.

Why:
    Step 5 of the method asks for "a quality photo": a blurred picture looks careless next to a crisp one. The default
    of 60 is a design choice, not a LinkedIn figure (no source gives one). On two sample photographs (not portraits)
    measured at the 800-pixel scale, the sharp originals gave 319 and 1,223, a 1-pixel Gaussian blur 61 and 225, a
    2-pixel blur 11 and 29. Raise it for stricter advice; lower it if a portrait with a soft, blurred background is
    reported.

Passes:
    A head shot in focus (variance of the Laplacian 250).

Fails:
    A shaken or out-of-focus head shot (variance of the Laplacian 12).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Number, _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo

CODE = "PHO-005"
NAME = "photo.sharpness"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_sharpness": Option(
        60.0, "the lowest acceptable sharpness (measured at the 800-pixel scale).", unit="laplacian-variance"
    ),
}
NEEDS: tuple[Need, ...] = ("photo",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    minimum = float(ctx.options["min_sharpness"])
    if photo.sharpness >= minimum:
        return
    yield Finding(
        what=_(
            "Your photo looks blurred (sharpness {value}, below {min}).",
            value=Number(photo.sharpness, 0),
            min=Number(minimum, 0),
        ),
        why=_("A blurred photo looks careless, and it is the first image people see of you on LinkedIn."),
        fix=_(
            "Retake the photo with the focus on your eyes, the phone or camera held steady (or on a timer), in good "
            "light."
        ),
        evidence=(
            Evidence(photo.file, None, _("variance of the Laplacian {value}", value=Number(photo.sharpness, 1))),
        ),
    )
