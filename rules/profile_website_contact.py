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

from auditor.findings import Evidence, Finding
from auditor.i18n import _
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
        what=_("Your profile gives no website and no other public contact."),
        why=_("A visitor who is not yet connected to you has no way to reach you or to see your work."),
        fix=_("Add a website to your contact info, e.g. a portfolio, a blog or your company's page about your team."),
        evidence=(
            Evidence(
                export.file_of("profile"),
                profile.line,
                _("Websites, Twitter Handles, Instant Messengers, Contact Instructions: (empty)"),
            ),
        ),
    )
