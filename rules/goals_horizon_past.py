"""No goal has a horizon date already behind you.

What:
    For every goal with a `horizon` date in the configuration, checks that the date is not before today.
    One finding per goal whose horizon has passed.

Why:
    Step 1 of the method: goals give your networking its direction, and they change: a goal past its horizon is
    either reached (time to set the next one) or needs a new date, and the audit keeps checking the profile,
    posts and targets against it until you revisit it.

Passes:
    horizon = 2027-06-30, audited on 2026-11-02.

Fails:
    horizon = 2026-06-30, audited on 2026-11-02.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding
from auditor.i18n import Days, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GOA-006"
NAME = "goals.horizon-past"
STEP = "step1"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ("goals",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not any(goal.horizon for goal in ctx.goals):
        ctx.not_applicable(_("No goal has a horizon date."))
    for number, goal in enumerate(ctx.goals):
        if goal.horizon is None or goal.horizon >= ctx.today:
            continue
        yield Finding(
            what=_(
                'The horizon of your goal "{goal}" ({horizon}) passed {late} ago.',
                goal=goal.text or goal.kind,
                horizon=goal.horizon,
                late=Days((ctx.today - goal.horizon).days),
            ),
            why=_(
                "Step 1 of the method: goals steer everything else; one past its date is either reached or needs "
                "a new plan."
            ),
            fix=_(
                "Revisit this goal in {file}: reached, replace it with your next one; not yet, set a new horizon "
                "and check its keywords and targets.",
                file=CONFIG_FILE_NAME,
            ),
            # The configuration as written (an ISO date, as in the file).
            evidence=(Evidence(CONFIG_FILE_NAME, None, f"goals[{number}].horizon = {goal.horizon}"),),
            key=f"{goal.kind}:{goal.text}",
        )
