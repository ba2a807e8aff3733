"""The photo is well exposed.

What:
    With `--photo FILE`: checks the photo's luminance (0-255, measured by auditor.photo). Too dark: the mean is
    below `min_brightness`, or more than `max_clipped` of the pixels are crushed to black. Too bright: the mean is
    above `max_brightness`, or more than `max_clipped` of the pixels are blown to white. Washed out: neither, but
    the spread of luminance (standard deviation) is below `min_contrast`. Evidence: the photo file and the
    measured values. Skips without `--photo`.

Why:
    Step 5 of the method asks for "a quality photo"; a face lost in shadow or burnt by the light is hard to read at
    LinkedIn's small sizes. Every default is a design choice (no source gives an exposure figure), set loosely because
    the measure covers the whole picture: a pure white studio background can fill a third of a good head shot, hence
    `max_clipped` at half the picture.

Passes:
    Mean luminance 120, standard deviation 55, 2% black, 5% white.

Fails:
    Mean luminance 35 (too dark); or mean 230 (too bright); or mean 150 with a standard deviation of 12 (washed
    out).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import percent_fr
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option, PhotoReport
from auditor.rulekit import require_photo

CODE = "PHO-006"
NAME = "photo.exposure"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_brightness": Option(60.0, "the lowest acceptable mean luminance.", unit="luminance", at_most="max_brightness"),
    "max_brightness": Option(210.0, "the highest acceptable mean luminance.", unit="luminance"),
    "max_clipped": Option(
        0.5,
        "the largest acceptable share of pixels crushed to black, or blown to white.",
        unit="share",
    ),
    "min_contrast": Option(25.0, "the lowest acceptable standard deviation of luminance.", unit="luminance"),
}
NEEDS: tuple[Need, ...] = ("photo",)


def _measures(photo: PhotoReport) -> str:
    return (
        f"mean luminance {photo.brightness:.0f}/255, standard deviation {photo.contrast:.0f}, "
        f"{photo.clipped_dark:.0%} black, {photo.clipped_bright:.0%} white"
    )


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    photo = require_photo(ctx)
    options = ctx.options
    max_clipped = float(options["max_clipped"])
    evidence = (Evidence(photo.file, None, _measures(photo)),)
    dark = photo.brightness < float(options["min_brightness"]) or photo.clipped_dark > max_clipped
    bright = photo.brightness > float(options["max_brightness"]) or photo.clipped_bright > max_clipped
    if dark:
        yield Finding(
            what=t(
                f"Your photo is too dark (mean luminance {photo.brightness:.0f}/255, {photo.clipped_dark:.0%} of it "
                "black).",
                f"Votre photo est trop sombre (luminosité moyenne {photo.brightness:.0f}/255, "
                f"{percent_fr(photo.clipped_dark)} de pixels noirs).",
            ),
            why=t(
                "A face in shadow is hard to read, especially in the small circle LinkedIn shows next to your name.",
                "Un visage dans l'ombre se lit mal, surtout dans le petit cercle que LinkedIn affiche à côté de votre "
                "nom.",
            ),
            fix=t(
                "Retake the photo facing a window in daylight, or brighten it a little in an editor without "
                "flattening it.",
                "Reprenez la photo face à une fenêtre, à la lumière du jour, ou éclaircissez-la un peu dans un "
                "éditeur sans l'aplatir.",
            ),
            evidence=evidence,
            key="dark",
        )
    if bright:
        yield Finding(
            what=t(
                f"Your photo is too bright (mean luminance {photo.brightness:.0f}/255, {photo.clipped_bright:.0%} of "
                "it burnt to white).",
                f"Votre photo est trop claire (luminosité moyenne {photo.brightness:.0f}/255, "
                f"{percent_fr(photo.clipped_bright)} de pixels brûlés en blanc).",
            ),
            why=t(
                "Overexposure erases the features of your face, and they cannot be recovered afterwards.",
                "La surexposition efface les traits du visage, et on ne peut plus les récupérer ensuite.",
            ),
            fix=t(
                "Retake the photo in soft light (open shade, or a window to the side) rather than in direct sun or "
                "flash.",
                "Reprenez la photo dans une lumière douce (à l'ombre, ou une fenêtre sur le côté) plutôt qu'en plein "
                "soleil ou au flash.",
            ),
            evidence=evidence,
            key="bright",
        )
    if not dark and not bright and photo.contrast < float(options["min_contrast"]):
        yield Finding(
            what=t(
                f"Your photo looks washed out (luminance spread {photo.contrast:.0f}, below "
                f"{float(options['min_contrast']):.0f}).",
                f"Votre photo paraît délavée (écart de luminosité {photo.contrast:.0f}, sous le seuil de "
                f"{float(options['min_contrast']):.0f}).",
            ),
            why=t(
                "A flat, greyish picture makes you look dull next to the crisp photos around yours.",
                "Une image grise et terne s'efface à côté des photos nettes qui l'entourent.",
            ),
            fix=t(
                "Raise the contrast a little in a photo editor, or retake the photo with light coming from one side.",
                "Augmentez un peu le contraste dans un éditeur photo, ou reprenez la photo avec une lumière venant "
                "d'un côté.",
            ),
            evidence=evidence,
            key="flat",
        )
