"""The About section speaks in the first person.

What:
    Checks that a summary (LinkedIn's "About" section) of at least `min_length` characters holds at least one
    first-person singular word: I, I'm, I've, my, me in English; je, j', mon, ma, mes, moi in French (matched as
    whole words, case- and accent-insensitively). "We"/« nous » does not count: it is also the company's voice.

Why:
    Coaches advise writing the About in the first person: "I help" reads as a person, "Jane helps" as a press release
    [postulit-about-section] (commonly reported, unverified; some say the third person suits a few executives, hence an
    info). Step 5 of the method asks you to present yourself; step 4 asks you to talk about yourself now.

Passes:
    About: "I help mid-size manufacturers ship on time with less stock. ..."
    About: « J'aide les PME industrielles à livrer à l'heure avec moins de stock. ... »

Fails:
    About: "Claire Dupont is a supply chain manager with 12 years of experience. She ..." (400 characters).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import find_terms, first_person, length
from auditor.findings import Evidence, Finding
from auditor.i18n import _, p_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-006"
NAME = "profile.summary-first-person"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_length": Option(300, "the shortest About that is judged (PRO-004 reports shorter ones).", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    summary = profile.summary
    if not summary.strip():
        ctx.not_applicable(_("No About section to read (see PRO-004)."))
    size = length(summary)
    if size < ctx.options["min_length"] or first_person(summary):
        return
    if profile.first_name and find_terms(summary, (profile.first_name,)):
        value = _(
            "Summary ({size} characters): no I, my, me, je, j', mon, ma, mes or moi; names '{name}'",
            size=size,
            name=profile.first_name,
        )
    else:
        value = _("Summary ({size} characters): no I, my, me, je, j', mon, ma, mes or moi", size=size)
    yield Finding(
        what=_("Your About section never speaks in the first person."),
        why=_(
            "An About in the first person reads as you talking to the visitor; in the third person it reads like a "
            "press release."
        ),
        fix=_(
            "Rewrite it with 'I', e.g. 'I help mid-size manufacturers ship on time' rather than '{name} helps…'.",
            # The member's own first name, else an example name of the reader's language.
            name=profile.first_name or p_("example first name", "Alex"),
        ),
        evidence=(Evidence(export.file_of("profile"), profile.line, value),),
    )
