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
    15 connections added since November 2, 2025, audited on November 2, 2026.

Fails:
    4 connections added in the last year.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Connection, Export
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


def _connected(connection: Connection) -> Message | str:
    if connection.connected_on is None:  # not among the recent or the latest, which are dated
        return connection.full_name
    return _("{name}: connected on {day}", name=connection.full_name, day=connection.connected_on)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    network = ctx.analyses.network
    if network.latest is None:
        ctx.skip(_("Connections.csv gives no connection date."))
    minimum: int = ctx.options["min_new_per_year"]
    recent, latest = network.recent, network.latest
    if len(recent) >= minimum:
        return
    file = export.file_of("connections")
    evidence = [
        Evidence(
            file,
            None,
            n_(
                "{n} connection added in the 365 days before {day}",
                "{n} connections added in the 365 days before {day}",
                len(recent),
                day=ctx.analyses.data_until,
            ),
        )
    ]
    evidence += [Evidence(file, c.line, _connected(c)) for c in recent[:3]]
    if not recent:
        latest_said = (
            _("latest: {name}, connected on {day}", name=latest.full_name, day=latest.connected_on)
            if latest.connected_on
            else latest.full_name
        )
        evidence.append(Evidence(file, latest.line, latest_said))
    yield Finding(
        what=n_(
            "You added {n} connection in the last 12 months (fewer than {min}).",
            "You added {n} connections in the last 12 months (fewer than {min}).",
            len(recent),
            min=minimum,
        ),
        why=_(
            "Step 2 of the method: the people you do not know yet (circle 3) are reached by growing your network, "
            "and new, weaker ties bring most new opportunities."
        ),
        fix=_(
            "Invite one person a month you met or worked with (a conference speaker, a supplier, a colleague of a "
            "colleague), with a personal note saying where you met."
        ),
        evidence=tuple(evidence),
    )
