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

from auditor.analysis.text import percent_fr
from auditor.findings import Evidence, Finding, t
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


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    if len(photo.faces) != 1:
        ctx.skip(
            f"Framing needs exactly one face; {len(photo.faces)} found (see PHO-007).",
            f"Le cadrage demande exactement un visage ; {len(photo.faces)} trouvé(s) (voir PHO-007).",
        )
    x, y, w, h = photo.faces[0]
    share = h / photo.height
    offset = (x + w / 2) / photo.width - 0.5
    centre_height = (y + h / 2) / photo.height
    evidence = (
        Evidence(
            photo.file,
            None,
            f"face {w}×{h} at ({x}, {y}) in {photo.width}×{photo.height} px: {share:.0%} of the height, centre "
            f"{offset:+.0%} of the width from the middle, {centre_height:.0%} from the top",
        ),
    )
    low, high = float(ctx.options["min_face_share"]), float(ctx.options["max_face_share"])
    if share < low:
        yield Finding(
            what=t(
                f"Your face fills only {share:.0%} of the photo's height (aim for {low:.0%} to {high:.0%}).",
                f"Votre visage n'occupe que {percent_fr(share)} de la hauteur de la photo (visez {percent_fr(low)} à "
                f"{percent_fr(high)}).",
            ),
            why=t(
                "In the small circle LinkedIn shows, a distant face shrinks to a few pixels nobody can recognise.",
                "Dans le petit cercle affiché par LinkedIn, un visage lointain se réduit à quelques pixels "
                "méconnaissables.",
            ),
            fix=t(
                "Crop closer, head and shoulders, so that your face takes up about half the height of the square.",
                "Recadrez plus serré, tête et épaules, pour que votre visage occupe environ la moitié de la hauteur "
                "du carré.",
            ),
            evidence=evidence,
            key="small",
        )
    elif share > high:
        yield Finding(
            what=t(
                f"Your face fills {share:.0%} of the photo's height: it is cropped too tight (aim for {low:.0%} to "
                f"{high:.0%}).",
                f"Votre visage occupe {percent_fr(share)} de la hauteur de la photo : le cadrage est trop serré (visez "
                f"{percent_fr(low)} à {percent_fr(high)}).",
            ),
            why=t(
                "LinkedIn's circle will cut your forehead and chin, and a face that close feels intrusive.",
                "Le cercle de LinkedIn coupera le front et le menton, et un visage aussi proche paraît envahissant.",
            ),
            fix=t(
                "Crop wider so that your whole head and the top of your shoulders show, with a little space above.",
                "Élargissez le cadrage pour montrer toute la tête et le haut des épaules, avec un peu d'espace "
                "au-dessus.",
            ),
            evidence=evidence,
            key="large",
        )
    max_offset, max_height = float(ctx.options["max_centre_offset"]), float(ctx.options["max_centre_height"])
    if abs(offset) > max_offset or centre_height > max_height:
        where_en = "low in the frame" if centre_height > max_height else "off to one side"
        where_fr = "trop bas dans le cadre" if centre_height > max_height else "décentré sur le côté"
        yield Finding(
            what=t(
                f"Your face sits {where_en} (centre {offset:+.0%} of the width from the middle, {centre_height:.0%} "
                "from the top).",
                f"Votre visage est {where_fr} (centre décalé de {percent_fr(offset, sign=True)} de la largeur, à "
                f"{percent_fr(centre_height)} du haut).",
            ),
            why=t(
                "LinkedIn crops your photo to a centred circle, so an off-centre or low face gets cut.",
                "LinkedIn découpe votre photo en un cercle centré : un visage décentré ou trop bas se retrouve coupé.",
            ),
            fix=t(
                "Recrop the square so that your face is centred left to right, with your eyes about a third of the "
                "way down.",
                "Recadrez le carré pour centrer votre visage de gauche à droite, les yeux à environ un tiers de la "
                "hauteur.",
            ),
            evidence=evidence,
            key="position",
        )
