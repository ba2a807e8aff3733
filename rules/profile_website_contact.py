"""The profile gives a website or another public contact.

What:
    Checks that Profile.csv gives at least one website, Twitter handle, instant-messenger handle or contact
    instructions.

Why:
    Someone who reads your profile without being connected to you needs a way to reach you or to see your work;
    the method's step 5 lists contact and website among the elements of a complete LinkedIn profile, and step 5
    also asks you to share resources that match your expertise (a website or portfolio holds them).

Passes:
    Websites "https://claire-dupont.exemple.fr".

Fails:
    Websites, Twitter Handles, Instant Messengers and Contact Instructions all empty.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-014"
NAME = "profile.website-contact"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    if profile.websites or profile.twitter_handles or profile.instant_messengers or profile.contact_instructions:
        return
    yield Finding(
        what=t(
            "Your profile gives no website and no other public contact.",
            "Votre profil ne donne ni site web ni autre moyen de contact public.",
        ),
        why=t(
            "A visitor who is not yet connected to you has no way to reach you or to see your work.",
            "Un visiteur qui n'est pas encore en relation avec vous n'a aucun moyen de vous joindre ni de voir "
            "votre travail.",
        ),
        fix=t(
            "Add a website to your contact info, e.g. a portfolio, a blog or your company's page about your team.",
            "Ajoutez un site dans vos coordonnées, par ex. un portfolio, un blog ou la page de votre entreprise "
            "consacrée à votre équipe.",
        ),
        evidence=(
            Evidence(
                export.file_of("profile"),
                profile.line,
                "Websites, Twitter Handles, Instant Messengers: (empty)",
            ),
        ),
    )
