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

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Number, Percent, _
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


def _measures(photo: PhotoReport) -> Message:
    return _(
        "mean luminance {mean}/255, standard deviation {spread}, {black} black, {white} white",
        mean=Number(photo.brightness, 0),
        spread=Number(photo.contrast, 0),
        black=Percent(photo.clipped_dark),
        white=Percent(photo.clipped_bright),
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
            what=_(
                "Your photo is too dark (mean luminance {mean}/255, {share} of it black).",
                mean=Number(photo.brightness, 0),
                share=Percent(photo.clipped_dark),
            ),
            why=_("A face in shadow is hard to read, especially in the small circle LinkedIn shows next to your name."),
            fix=_(
                "Retake the photo facing a window in daylight, or brighten it a little in an editor without "
                "flattening it."
            ),
            evidence=evidence,
            key="dark",
        )
    if bright:
        yield Finding(
            what=_(
                "Your photo is too bright (mean luminance {mean}/255, {share} of it burnt to white).",
                mean=Number(photo.brightness, 0),
                share=Percent(photo.clipped_bright),
            ),
            why=_("Overexposure erases the features of your face, and they cannot be recovered afterwards."),
            fix=_(
                "Retake the photo in soft light (open shade, or a window to the side) rather than in direct sun or "
                "flash."
            ),
            evidence=evidence,
            key="bright",
        )
    if not dark and not bright and photo.contrast < float(options["min_contrast"]):
        yield Finding(
            what=_(
                "Your photo looks washed out (luminance spread {spread}, below {min}).",
                spread=Number(photo.contrast, 0),
                min=Number(float(options["min_contrast"]), 0),
            ),
            why=_("A flat, greyish picture makes you look dull next to the crisp photos around yours."),
            fix=_(
                "Raise the contrast a little in a photo editor, or retake the photo with light coming from one side."
            ),
            evidence=evidence,
            key="flat",
        )
