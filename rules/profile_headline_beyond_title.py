"""The headline says more than a job title.

What:
    Checks that the headline in Profile.csv is at least `min_length` characters long and is not just the title
    of a current position (compared without case, accents, dashes or extra spaces). An empty headline is left to
    PRO-001.

Why:
    The headline follows your name in search results, invitations and comments: it is where you say what you bring, not
    only what you are called. Step 5 of the method asks for an impeccable presentation; the 30-character floor is a
    design choice, hence an option.

Passes:
    Headline: "Supply chain manager | I cut lead times and stock for mid-size manufacturers | S&OP"

Fails:
    Headline: "Supply Chain Manager" while the current position's title is "Supply chain manager".
    Headline: "Planner" (7 characters).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.text import length, same_text
from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_profile

CODE = "PRO-003"
NAME = "profile.headline-beyond-title"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_length": Option(30, "the shortest headline accepted, in characters.", unit="characters"),
}
NEEDS: tuple[Need, ...] = ("profile",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    headline = profile.headline
    if not headline.strip():
        ctx.not_applicable(_("No headline to read (see PRO-001)."))
    size = length(headline)
    same_as = next(
        (p for p in export.positions if p.started_on and p.is_current and p.title and same_text(p.title, headline)),
        None,
    )
    # The headline, the company and the title are the member's own text, quoted as they are.
    evidence = [Evidence(export.file_of("profile"), profile.line, _("Headline: {text}", text=headline))]
    if same_as is not None:
        what = _("Your headline only repeats your job title ('{headline}').", headline=headline)
        evidence.append(
            Evidence(
                export.file_of("positions"),
                same_as.line,
                _("{head}: {text}", head=same_as.company, text=same_as.title),
            )
        )
    elif size < ctx.options["min_length"]:
        what = n_(
            "Your headline is only {n} character long ('{headline}').",
            "Your headline is only {n} characters long ('{headline}').",
            size,
            headline=headline,
        )
    else:
        return
    yield Finding(
        what=what,
        why=_(
            "People decide from your headline whether to open your profile: a bare job title says what you are "
            "called, not what you bring."
        ),
        fix=_(
            "Keep '{headline}' and add what you bring and for whom, e.g. '{headline} | I help [whom] to [result]'.",
            headline=headline,
        ),
        evidence=tuple(evidence),
    )
