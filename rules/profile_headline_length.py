"""The headline fits within LinkedIn's length limit.

What:
    Checks that the headline in Profile.csv is at most `max_length` characters long (counted as LinkedIn counts
    them: characters, not bytes).

Why:
    LinkedIn shows at most 220 characters of headline (raised from 120 in April 2020); a longer headline, kept from an
    older import or pasted from elsewhere, is cut where people read it first. The limit is third-party consensus, not a
    LinkedIn page [linkedinsights-limits-2020] [vulse-character-limits] (commonly reported, unverified), hence an
    option. Step 5 of the method asks for an impeccable presentation.

Passes:
    Headline: "Supply chain manager | I cut lead times and stock for mid-size manufacturers | S&OP" (84 characters)

Fails:
    Headline: 240 characters of keywords separated by "|".
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import length, shorten
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-002"
NAME = "profile.headline-length"
STEP = "step5"
SEVERITY = "error"
OPTIONS: dict[str, Option] = {
    "max_length": Option(220, "the longest headline accepted, in characters.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    limit = ctx.options["max_length"]
    if not profile.headline.strip():
        ctx.not_applicable(_("No headline to measure (see PRO-001)."))
    size = length(profile.headline)
    if size <= limit:
        return
    yield Finding(
        what=_("Your headline is {size} characters long, over the {limit} LinkedIn shows.", size=size, limit=limit),
        why=_("LinkedIn cuts the headline past its limit, so the end of yours is never read."),
        fix=_(
            "Cut it to {limit} characters or fewer and put your role and what you bring first, e.g. 'Buyer | I "
            "secure supply for fast-growing food brands'.",
            limit=limit,
        ),
        evidence=(
            Evidence(
                export.file_of("profile"),
                profile.line,
                # The headline is quoted as it is.
                _("Headline ({size} characters): {text}", size=size, text=shorten(profile.headline)),
            ),
        ),
    )
