"""The face fills the photo sensibly and sits in its upper middle.

What:
    With `--photo FILE` and exactly one face found (PHO-007 reports none or several): checks the face box's
    height against the photo's height, between `min_face_share` and `max_face_share`, and the box's centre: at
    most `max_centre_offset` of the width away from the vertical middle line, and no lower than
    `max_centre_height` of the height from the top (the upper two thirds). Evidence: the photo file and the face
    box. Skips without `--photo` or without exactly one face.

Why:
    Step 5 of the method asks for "a quality photo". LinkedIn profile photos are square [microsoft-linkedin-image-sizes]
    and shown in a small circle cut from their middle, so a distant face becomes a dot and an off-centre one is cut. The
    thresholds are design choices for a head-and-shoulders portrait; no source gives a framing figure.

Passes:
    800×800 photo, face box 360×360 at (220, 150): 45% of the height, centred, centre at 41% from the top.

Fails:
    800×800 photo, face box 120×120 at (340, 200): 15% of the height (a full-length shot); or a face box
    300×300 at (480, 200), whose centre sits 29% of the width right of the middle.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Percent, Verbatim, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo

CODE = "PHO-008"
NAME = "photo.face-framing"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_face_share": Option(
        0.25,
        "the smallest face height, as a share of the photo's height.",
        unit="share",
        at_most="max_face_share",
    ),
    "max_face_share": Option(0.75, "the largest face height, as a share of the photo's height.", unit="share"),
    "max_centre_offset": Option(
        0.2,
        "how far the face centre may sit from the vertical middle line, as a share of the width.",
        unit="share",
    ),
    "max_centre_height": Option(
        0.67,
        "how low the face centre may sit, as a share of the height from the top.",
        unit="share",
    ),
}
NEEDS: tuple[Need, ...] = ("photo",)


def _side(offset: float) -> Message:
    """Where the face centre sits left to right: `29% of the width right of the middle`."""
    if round(abs(offset) * 100) == 0:
        return _("on the middle line")
    if offset > 0:
        return _("{share} of the width right of the middle", share=Percent(offset))
    return _("{share} of the width left of the middle", share=Percent(-offset))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    if len(photo.faces) != 1:
        ctx.skip(
            n_(
                "Framing needs exactly one face; {n} found (see PHO-007).",
                "Framing needs exactly one face; {n} found (see PHO-007).",
                len(photo.faces),
            )
        )
    x, y, w, h = photo.faces[0]
    share = h / photo.height
    offset = (x + w / 2) / photo.width - 0.5
    centre_height = (y + h / 2) / photo.height
    evidence = (
        Evidence(
            photo.file,
            None,
            _(
                "face {face} at {position} in {photo} px: {share} of the height, centre {side}, {height} from the top",
                face=Verbatim(f"{w}×{h}"),
                position=Verbatim(f"({x}, {y})"),
                photo=Verbatim(f"{photo.width}×{photo.height}"),
                share=Percent(share),
                side=_side(offset),
                height=Percent(centre_height),
            ),
        ),
    )
    low, high = float(ctx.options["min_face_share"]), float(ctx.options["max_face_share"])
    if share < low:
        yield Finding(
            what=_(
                "Your face fills only {share} of the photo's height (aim for {low} to {high}).",
                share=Percent(share),
                low=Percent(low),
                high=Percent(high),
            ),
            why=_("In the small circle LinkedIn shows, a distant face shrinks to a few pixels nobody can recognise."),
            fix=_("Crop closer, head and shoulders, so that your face takes up about half the height of the square."),
            evidence=evidence,
            key="small",
        )
    elif share > high:
        yield Finding(
            what=_(
                "Your face fills {share} of the photo's height: it is cropped too tight (aim for {low} to {high}).",
                share=Percent(share),
                low=Percent(low),
                high=Percent(high),
            ),
            why=_("LinkedIn's circle will cut your forehead and chin, and a face that close feels intrusive."),
            fix=_("Crop wider so that your whole head and the top of your shoulders show, with a little space above."),
            evidence=evidence,
            key="large",
        )
    max_offset, max_height = float(ctx.options["max_centre_offset"]), float(ctx.options["max_centre_height"])
    if abs(offset) > max_offset or centre_height > max_height:
        yield Finding(
            what=_(
                "Your face sits {where} (its centre {side}, {height} from the top).",
                where=_("low in the frame") if centre_height > max_height else _("off to one side"),
                side=_side(offset),
                height=Percent(centre_height),
            ),
            why=_("LinkedIn crops your photo to a centred circle, so an off-centre or low face gets cut."),
            fix=_(
                "Recrop the square so that your face is centred left to right, with your eyes about a third of the "
                "way down."
            ),
            evidence=evidence,
            key="position",
        )
