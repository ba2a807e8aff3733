"""The profile has an About section that fills its preview.

What:
    Checks that the summary (LinkedIn's "About" section) in Profile.csv is at least `min_length` characters long;
    an empty summary fails too.

Why:
    LinkedIn shows roughly the first 270-320 characters of the About section before "See more", and most readers never
    click it [totalresumes-linkedin-numbers] [postulit-about-section] (commonly reported, unverified). A shorter About
    leaves that space empty; no About at all leaves your own voice out of your profile. Step 5 of the method asks for an
    impeccable presentation.

Passes:
    About: 1,400 characters on what you do, three results with figures and what you are looking for.

Fails:
    About: "" (empty).
    About: "Supply chain professional." (26 characters).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import length, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-004"
NAME = "profile.summary-present"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_length": Option(
        300,
        "the shortest About accepted, in characters (enough to fill the preview).",
        unit="characters",
    ),
}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    minimum = ctx.options["min_length"]
    summary = profile.summary.strip()
    size = length(summary)
    if size >= minimum:
        return
    if summary:
        what = n_(
            "Your About section is only {n} character long.", "Your About section is only {n} characters long.", size
        )
        # The About is quoted as it is.
        value = n_("Summary ({n} character): {text}", "Summary ({n} characters): {text}", size, text=shorten(summary))
    else:
        what = _("Your profile has no About section.")
        value = _("Summary: (empty)")
    yield Finding(
        what=what,
        why=_(
            "The first 300 or so characters of the About show before 'See more': it is where you say, in your own "
            "words, what you do and what you are looking for."
        ),
        fix=_(
            "Write at least {minimum} characters in the first person: what you do, one or two results with "
            "figures, and what you are looking for now.",
            minimum=minimum,
        ),
        evidence=(Evidence(export.file_of("profile"), profile.line, value),),
    )
