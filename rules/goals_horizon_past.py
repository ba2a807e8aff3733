"""No goal has a horizon date already behind you.

What:
    For every goal with a `horizon` date in the configuration, checks that the date is not before today.
    One finding per goal whose horizon has passed.

Why:
    Step 1 of the method: goals give your networking its direction, and they change: a goal past its horizon is
    either reached (time to set the next one) or needs a new date, and the audit keeps checking the profile,
    posts and targets against it until you revisit it.

Options:
    none.

Passes:
    horizon = 2027-06-30, audited on 2026-11-02.

Fails:
    horizon = 2026-06-30, audited on 2026-11-02.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import CONFIG_FILE_NAME
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need
from auditor.words import duration

CODE = "GOA-006"
NAME = "goals.horizon-past"
STEP = "step1"
SEVERITY = "info"
OPTIONS: dict[str, object] = {}
NEEDS: tuple[Need, ...] = ("goals",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if not any(goal.horizon for goal in ctx.goals):
        ctx.not_applicable("No goal has a horizon date.", "Aucun objectif n'a de date d'échéance.")
    for number, goal in enumerate(ctx.goals):
        if goal.horizon is None or goal.horizon >= ctx.today:
            continue
        label = goal.text or goal.kind
        late = duration((ctx.today - goal.horizon).days)
        yield Finding(
            what=t(
                f'The horizon of your goal "{label}" ({goal.horizon}) passed {late.en} ago.',
                f"L'échéance de votre objectif « {label} » ({goal.horizon}) est dépassée depuis {late.fr}.",
            ),
            why=t(
                "Step 1 of the method: goals steer everything else; one past its date is either reached or needs "
                "a new plan.",
                "Étape 1 de la méthode : les objectifs orientent tout le reste ; un objectif échu est soit atteint, "
                "soit à replanifier.",
            ),
            fix=t(
                f"Revisit this goal in {CONFIG_FILE_NAME}: reached, replace it with your next one; not yet, set a "
                "new horizon and check its keywords and targets.",
                f"Revoyez cet objectif dans {CONFIG_FILE_NAME} : atteint, remplacez-le par le suivant ; pas encore, "
                "fixez une nouvelle échéance et revérifiez ses mots-clés et cibles.",
            ),
            evidence=(Evidence(CONFIG_FILE_NAME, None, f"goals[{number}].horizon = {goal.horizon}"),),
            key=f"{goal.kind}:{goal.text}",
        )
