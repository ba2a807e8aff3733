"""Your circle 1 has a size you can keep close: not empty, not more than about 15 people.

What:
    Counts the connections in circle 1 (the people you know well, scored from messages, reciprocity, recency,
    recommendations, endorsements and shared employers: see `auditor.analysis.circles`). A finding when it holds
    more than `max_circle1` people, or nobody. Skipped without Connections.csv or messages.csv (without messages
    nobody can score as close).

Why:
    Step 2 of the method starts from circle 1, the people you know well. Dunbar's layers (guidance-facts §4) put
    about 5 people in a support clique contacted weekly and about 15 in a sympathy group contacted monthly
    (Zhou et al. 2005: 3–5 and 9–15), and online networks do not escape these limits (Dunbar 2016). More than 15
    "close" ties cannot all get monthly attention; none means nobody in the export to rely on.

Options:
    max_circle1: the largest circle 1 that passes (default 15, Dunbar's sympathy group).

Passes:
    6 people in circle 1.

Fails:
    40 people in circle 1; or 0.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need
from auditor.words import join_names

CODE = "NET-005"
NAME = "network.circle1-size"
STEP = "step2"
SEVERITY = "info"
OPTIONS: dict[str, object] = {"max_circle1": 15}
NEEDS: tuple[Need, ...] = ("connections", "messages")

MAX_NAMES = 10


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    circles = ctx.analyses.circles
    largest: int = ctx.options["max_circle1"]
    file = export.file_of("connections")
    size = len(circles.circle1)
    summary = Evidence(
        file, None, f"circle 1: {size} of {len(circles.by_key)} connections (score >= {circles.threshold:g})"
    )
    if size > largest:
        weakest = circles.circle1[largest:][-MAX_NAMES:]
        names = join_names([member.name for member in weakest[-3:]])
        yield Finding(
            what=t(
                f"Your circle 1 holds {size} people: more than the {largest} you can keep close.",
                f"Votre premier cercle compte {size} personnes : plus que les {largest} qu'on peut garder proches.",
            ),
            why=t(
                "Step 2 of the method: Dunbar's layers put about 15 people in the group we keep close with monthly "
                "contact.",
                "Étape 2 de la méthode : selon les couches de Dunbar, on garde proches environ 15 personnes, avec "
                "un contact mensuel.",
            ),
            fix=t(
                f"Choose the {largest} people who matter most for your goals and plan a monthly contact with them; "
                f"let the others, such as {names.en}, live in circle 2 with a yearly note.",
                f"Choisissez les {largest} personnes qui comptent le plus pour vos objectifs et prévoyez un contact "
                f"mensuel avec elles ; laissez les autres, comme {names.fr}, au cercle 2 avec un message par an.",
            ),
            evidence=(
                summary,
                *(Evidence(file, m.line or None, f"{m.name}: score {m.score:g}") for m in weakest),
            ),
            key="large",
        )
    elif size == 0:
        strongest = circles.circle2[:3]
        names = join_names([member.name for member in strongest if member.score > 0])
        yield Finding(
            what=t(
                "Nobody in your export looks close: no connection with regular two-way exchanges.",
                "Personne dans votre export ne semble proche : aucune relation avec des échanges réguliers dans "
                "les deux sens.",
            ),
            why=t(
                "Step 2 of the method starts from circle 1, the people you know well and can count on.",
                "L'étape 2 de la méthode part du premier cercle : les personnes que vous connaissez bien et sur qui "
                "compter.",
            ),
            fix=t(
                "List five people you trust, inside and outside your company, and write to each of them this month"
                + (f", starting with {names.en}." if names.en else "."),
                "Listez cinq personnes de confiance, dans et hors de votre entreprise, et écrivez à chacune ce mois-ci"
                + (f", en commençant par {names.fr}." if names.fr else "."),
            ),
            evidence=(
                summary,
                *(Evidence(file, m.line or None, f"{m.name}: score {m.score:g}") for m in strongest if m.score > 0),
            ),
            key="empty",
        )
