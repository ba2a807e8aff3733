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

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_photo

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
            what=t(
                "No face turned to the camera was found in your photo.",
                "Aucun visage tourné vers l'objectif n'a été trouvé sur votre photo.",
            ),
            why=t(
                "People look for your face to recognise you: a logo, a landscape or a profile view tells them little.",
                "On cherche votre visage pour vous reconnaître : un logo, un paysage ou une vue de profil en dit peu.",
            ),
            fix=t(
                "Use a portrait where you face the camera, eyes visible, without sunglasses or anything in front of "
                "your face.",
                "Choisissez un portrait où vous faites face à l'objectif, les yeux visibles, sans lunettes de soleil "
                "ni rien devant le visage.",
            ),
            evidence=(Evidence(photo.file, None, f"0 faces found in {photo.width}×{photo.height} px"),),
            key="none",
        )
        return
    boxes = "; ".join(f"{w}×{h} at ({x}, {y})" for x, y, w, h in photo.faces[:5])
    count = len(photo.faces)
    yield Finding(
        what=t(
            f"Your photo shows {count} faces.",
            f"Votre photo montre {count} visages.",
        ),
        why=t(
            "With several faces, people cannot tell at a glance which one is you.",
            "Avec plusieurs visages, on ne sait pas du premier coup d'œil lequel est le vôtre.",
        ),
        fix=t(
            "Use a portrait of you alone, or crop the group photo tightly around your own face.",
            "Choisissez un portrait de vous sans personne d'autre, ou recadrez la photo de groupe serrée autour de "
            "votre visage.",
        ),
        evidence=(Evidence(photo.file, None, f"{count} faces: {boxes}"),),
        key="several",
    )
