"""The photo shows one face.

What:
    With `--photo FILE`: counts the frontal faces OpenCV's face detector finds (auditor.photo) and reports a photo
    with none or with several. Evidence: the photo file and the face boxes. Skips without `--photo`. The detector
    only sees faces turned to the camera and can miss a face behind sunglasses or in deep shadow.

Why:
    Step 5 of the method asks for "a quality photo"; on LinkedIn it is how people recognise you before a meeting,
    so it should show you, alone, face to the camera. A logo, a landscape or a group photo says nothing about who
    they are about to meet.

Passes:
    A head-and-shoulders portrait: one face found.

Fails:
    A landscape or a logo (no face); a photo with a colleague (two faces).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Verbatim, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo
from auditor.words import listed

CODE = "PHO-007"
NAME = "photo.one-face"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("photo",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    if len(photo.faces) == 1:
        return
    if not photo.faces:
        yield Finding(
            what=_("No face turned to the camera was found in your photo."),
            why=_(
                "People look for your face to recognise you: a logo, a landscape or a profile view tells them little."
            ),
            fix=_(
                "Use a portrait where you face the camera, eyes visible, without sunglasses or anything in front of "
                "your face."
            ),
            evidence=(
                Evidence(
                    photo.file, None, _("no face found in {photo} px", photo=Verbatim(f"{photo.width}×{photo.height}"))
                ),
            ),
            key="none",
        )
        return
    boxes = listed(
        [
            _("{face} at {position}", face=Verbatim(f"{w}×{h}"), position=Verbatim(f"({x}, {y})"))
            for x, y, w, h in photo.faces[:5]
        ]
    )
    count = len(photo.faces)
    yield Finding(
        what=n_("Your photo shows {n} face.", "Your photo shows {n} faces.", count),
        why=_("With several faces, people cannot tell at a glance which one is you."),
        fix=_("Use a portrait of you alone, or crop the group photo tightly around your own face."),
        evidence=(Evidence(photo.file, None, n_("{n} face: {boxes}", "{n} faces: {boxes}", count, boxes=boxes)),),
        key="several",
    )
