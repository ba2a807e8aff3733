"""Each goal is specific: it names keywords or targets.

What:
    For every `[[goals]]` table of the configuration, checks that it has `keywords` or at least one target
    (`target_companies`, `target_roles` or `target_people`). One finding per vague goal.

Why:
    Step 1 of the method asks for goals precise enough to act on: the keywords are what your profile and posts
    must carry (step 5), the targets are the circle 3 of step 2, the people you reach through introductions.
    A goal in free text only ("develop my network") gives the audit nothing to check.

Passes:
    text = "Head of supply chain by 2027", keywords = ["S&OP"], target_companies = ["Delta Retail"]

Fails:
    text = "Develop my network" with no keywords and no targets.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding
from auditor.i18n import Verbatim, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GOA-002"
NAME = "goals.specific"
STEP = "step1"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("goals",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    for number, goal in enumerate(ctx.goals, start=1):
        if goal.is_specific:
            continue
        label = goal.text or goal.kind
        yield Finding(
            what=_('Your goal "{goal}" names no keyword and no target.', goal=label),
            why=_(
                "Step 1 of the method: a goal becomes actionable once it says which words carry your expertise and "
                "which companies, roles or people you want to reach."
            ),
            fix=_(
                "Add to goal {number} of {file} the two or three keywords of your expertise and the companies you "
                'target, e.g. keywords = ["S&OP"], target_companies = ["Delta Retail"].',
                number=number,
                file=CONFIG_FILE_NAME,
            ),
            evidence=(
                Evidence(
                    CONFIG_FILE_NAME,
                    None,
                    _(
                        'goals[{index}]: "{goal}", no keywords, no targets',
                        index=Verbatim(str(number - 1)),  # the table's index in the file, as code reads it
                        goal=label,
                    ),
                ),
            ),
            key=f"{goal.kind}:{goal.text}",
        )
