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

from auditor.findings import Evidence, Finding, t
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
    names = ", ".join(r.full_name for r in shown)
    missing = minimum - count
    plural = "s" if missing > 1 else ""
    if count == 0:
        what = t("Your profile shows no recommendation.", "Votre profil n'affiche aucune recommandation.")
    elif count == 1:
        what = t("Your profile shows only one recommendation.", "Votre profil n'affiche qu'une seule recommandation.")
    else:
        what = t(
            f"Your profile shows only {count} recommendations.", f"Votre profil n'affiche que {count} recommandations."
        )
    yield Finding(
        what=what,
        why=t(
            "A recommendation is someone else vouching for your work: it says what you cannot say about yourself.",
            "Une recommandation, c'est quelqu'un d'autre qui se porte garant de votre travail : elle dit ce que "
            "vous ne pouvez pas dire vous-même.",
        ),
        fix=t(
            f"Ask {missing} {'person' if missing == 1 else 'people'} you have worked closely with for a "
            "recommendation, and offer to write one for them first: give to receive.",
            f"Demandez une recommandation à {missing} personne{plural} avec qui vous avez travaillé de près, en "
            f"proposant d'abord d'en écrire une pour elle{plural} : donner pour recevoir.",
        ),
        evidence=(
            Evidence(
                export.file_of("recommendations_received"),
                None,
                f"{count} shown of {len(export.recommendations_received)}" + (f": {names}" if names else ""),
            ),
        ),
    )
