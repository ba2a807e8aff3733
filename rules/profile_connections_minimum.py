"""The network has reached LinkedIn's All-Star minimum of connections.

What:
    Checks that Connections.csv holds at least `min_connections` connections. Skips when the archive has no
    Connections.csv.

Why:
    LinkedIn's "All-Star" level is reported to need at least 50 connections [allstar-criteria] (commonly reported,
    unverified): below that, your posts and searches reach few people. The method's steps 2 and 5 build on a network you
    can map and reach. LinkedIn caps a network at 30,000 connections [linkedin-network-size-limit] (verified in a copy
    of LinkedIn Help), so the threshold is never taken above that, whatever the option says.

Passes:
    120 connections.

Fails:
    12 connections.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "PRO-015"
NAME = "profile.connections-minimum"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_connections": Option(50, "the fewest connections accepted (values above 30000 count as 30000).", unit="count"),
}
NEEDS: tuple[Need, ...] = ("connections",)

NETWORK_CAP = 30_000  # LinkedIn's 1st-degree limit [linkedin-network-size-limit]: never advise growing past it


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    minimum = min(ctx.options["min_connections"], NETWORK_CAP)
    count = ctx.analyses.network.size
    if count >= minimum:
        return
    missing = minimum - count
    yield Finding(
        what=n_(
            "You have {n} connection, fewer than {minimum}.",
            "You have {n} connections, fewer than {minimum}.",
            count,
            minimum=minimum,
        ),
        why=_("With so few connections your posts and searches reach few people; 50 is LinkedIn's All-Star threshold."),
        fix=n_(
            "Invite {n} person you already know, such as a colleague, a classmate or a client, with a personal note.",
            "Invite {n} people you already know, such as colleagues, classmates or clients, a few each week and "
            "with a personal note.",
            missing,
        ),
        evidence=(Evidence(export.file_of("connections"), None, n_("{n} connection", "{n} connections", count)),),
    )
