"""Your network keeps growing: new connections over the last year.

What:
    Counts the connections of Connections.csv whose "Connected On" date falls in the 365 days before today.
    Fewer than `min_new_per_year` gives a finding. Skipped when the archive has no Connections.csv or no
    connection date.

Why:
    Step 2 of the method maps circles 1 and 2 and asks you to approach circle 3, the people you do not know yet but who
    matter for a goal. A network that no longer grows no longer reaches them; and the weak ties that new connections
    bring are the ones that carried most job moves in Granovetter's study [granovetter-1973] (its figures quoted
    second-hand) and in the LinkedIn experiments of Rajkumar et al. [rajkumar-2022] (verified).

Passes:
    15 connections added since 2025-11-02, audited on 2026-11-02.

Fails:
    4 connections added in the last year.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "NET-001"
NAME = "network.growth"
STEP = "step2"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "min_new_per_year": Option(
        12,
        "the fewest new connections in the last 365 days that pass (about one a month; a design choice, not a sourced "
        "figure).",
        unit="count",
    ),
}
NEEDS: tuple[Need, ...] = ("connections",)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    network = ctx.analyses.network
    if network.latest is None:
        ctx.skip("Connections.csv gives no connection date.", "Connections.csv ne donne aucune date de connexion.")
    minimum: int = ctx.options["min_new_per_year"]
    recent, latest = network.recent, network.latest
    if len(recent) >= minimum:
        return
    file = export.file_of("connections")
    evidence = [
        Evidence(file, None, f"{len(recent)} connection(s) added in the 365 days before {ctx.analyses.data_until}")
    ]
    evidence += [Evidence(file, c.line, f"{c.full_name}: connected on {c.connected_on}") for c in recent[:3]]
    if not recent:
        evidence.append(Evidence(file, latest.line, f"latest: {latest.full_name}, connected on {latest.connected_on}"))
    yield Finding(
        what=t(
            f"You added {len(recent)} connection(s) in the last 12 months (fewer than {minimum}).",
            f"Vous avez ajouté {len(recent)} relation(s) en 12 mois (moins de {minimum}).",
        ),
        why=t(
            "Step 2 of the method: the people you do not know yet (circle 3) are reached by growing your network, "
            "and new, weaker ties bring most new opportunities.",
            "Étape 2 de la méthode : on atteint les personnes qu'on ne connaît pas encore (cercle 3) en élargissant "
            "son réseau, et ce sont les liens nouveaux et plus faibles qui apportent le plus d'opportunités.",
        ),
        fix=t(
            "Invite one person a month you met or worked with (a conference speaker, a supplier, a colleague of a "
            "colleague), with a personal note saying where you met.",
            "Invitez chaque mois une personne rencontrée ou croisée (un intervenant de conférence, un fournisseur, "
            "le collègue d'un collègue), avec un mot personnel qui rappelle où vous vous êtes vus.",
        ),
        evidence=tuple(evidence),
    )
