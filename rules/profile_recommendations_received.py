"""The profile shows recommendations from other people.

What:
    Checks that Recommendations_Received.csv holds at least `min_received` recommendations that are shown on
    the profile (status other than HIDDEN or PENDING). Skips when the archive has no Recommendations_Received.csv
    (basic archives do not include it).

Why:
    A recommendation is someone else vouching for your work. Coaches advise at least 2-3 [recommendations-advice], and
    LinkedIn's older Expert level needed 3 [older-profile-meter] (both commonly reported, unverified). Step 4 of the
    method, give to receive, is how you get them: write one first. Step 5 asks for a profile that speaks of your
    reputation.

Passes:
    3 visible recommendations.

Fails:
    1 visible recommendation and 1 hidden one.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-016"
NAME = "profile.recommendations-received"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_received": Option(2, "the fewest visible recommendations accepted.", unit="count"),
}
NEEDS: tuple[Need, ...] = ("recommendations_received",)

NOT_SHOWN = ("HIDDEN", "PENDING")


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = ctx.options["min_received"]
    shown = [r for r in export.recommendations_received if r.status.upper() not in NOT_SHOWN]
    count = len(shown)
    if count >= minimum:
        return
    if count == 0:
        what = _("Your profile shows no recommendations.")
    else:
        what = n_("Your profile shows only one recommendation.", "Your profile shows only {n} recommendations.", count)
    tally = n_("{n} shown of {total}", "{n} shown of {total}", count, total=len(export.recommendations_received))
    names = ", ".join(r.full_name for r in shown)  # names as the archive writes them
    yield Finding(
        what=what,
        why=_("A recommendation is someone else vouching for your work: it says what you cannot say about yourself."),
        fix=n_(
            "Ask {n} person you have worked closely with for a recommendation, and offer to write one for them "
            "first: give to receive.",
            "Ask {n} people you have worked closely with for a recommendation, and offer to write one for each of "
            "them first: give to receive.",
            minimum - count,
        ),
        evidence=(
            Evidence(
                export.file_of("recommendations_received"),
                None,
                _("{head}: {text}", head=tally, text=names) if names else tally,
            ),
        ),
    )
