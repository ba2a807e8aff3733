"""Invitations do not pile up unanswered, either way.

What:
    Reads Invitations.csv and keeps the pending invitations: those whose other person is not (yet) among your
    connections (matched by profile URL, else by name). Gives a finding when more than `max_pending_sent`
    invitations you sent are pending, and another when invitations you received more than `max_age_days` days
    ago still wait for your answer. Skipped without Invitations.csv.

Why:
    Step 2 of the method is about mapping and growing your circles on purpose. A pile of invitations you sent that
    nobody accepts means invitations sent to strangers without a note; LinkedIn limits invitations for every member and
    lets you re-invite a withdrawn person only after up to 3 weeks [linkedin-help-invitation-limit] (verified).
    Invitations left unanswered for a month are people of your circle 2 or 3 kept waiting.

Passes:
    1 invitation sent last week still pending; 1 received 3 days ago.

Fails:
    25 invitations you sent still pending; or an invitation received 2 months ago, never answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Names, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "NET-004"
NAME = "network.pending-invitations"
STEP = "step2"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "max_pending_sent": Option(20, "the most pending invitations you sent that pass (a design choice).", unit="count"),
    "max_age_days": Option(30, "days after which an invitation you received counts as left unanswered.", unit="days"),
}
# Without Connections.csv every invitation would look pending, the accepted ones too.
NEEDS: tuple[Need, ...] = ("invitations", "connections")

MAX_NAMES = 10


_CREDENTIALS = re.compile(r"(,\s*[A-Za-z.]{2,8})+\s*$")  # "Louise Benali, CPA" -> "Louise Benali"


def _plain(name: str) -> str:
    return _CREDENTIALS.sub("", " ".join(name.split()))


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    max_sent: int = ctx.options["max_pending_sent"]
    max_age: int = ctx.options["max_age_days"]
    file = export.file_of("invitations")
    network = ctx.analyses.network
    sent = network.pending_sent
    if len(sent) > max_sent:
        yield Finding(
            what=n_(
                "{n} invitation you sent is still pending (more than {max}).",
                "{n} invitations you sent are still pending (more than {max}).",
                len(sent),
                max=max_sent,
            ),
            why=_(
                "Invitations nobody accepts are usually sent to strangers without a note, and LinkedIn limits how "
                "many you can send."
            ),
            fix=_(
                "Withdraw the invitations older than a month (My Network › Manage › Sent), and from now on add a "
                "note saying where you met or why you write."
            ),
            evidence=(
                Evidence(
                    file,
                    None,
                    n_("{n} outgoing invitation not accepted", "{n} outgoing invitations not accepted", len(sent)),
                ),
                *(
                    Evidence(
                        file,
                        i.line,
                        _("to {name}, sent {day}", name=i.recipient, day=i.sent_at) if i.sent_at else i.recipient,
                    )
                    for i in sent[:MAX_NAMES]
                ),
            ),
            key="sent",
        )
    old = [
        (i, i.sent_at)
        for i in network.pending_received
        if i.sent_at is not None and (ctx.analyses.data_until - i.sent_at.date()).days > max_age
    ]
    if old:
        yield Finding(
            what=n_(
                "{n} invitation you received more than {days} days ago still waits for an answer.",
                "{n} invitations you received more than {days} days ago still wait for an answer.",
                len(old),
                days=max_age,
            ),
            why=_(
                "Step 2 of the method: an invitation is someone who wants to join your circles; a month of silence "
                "reads as a no."
            ),
            fix=_(
                "Answer them this week, starting with {names}: accept with a short thank-you note, or ignore those "
                "you do not want.",
                names=Names(tuple(_plain(i.sender) for i, _sent in old[:3])),
            ),
            evidence=tuple(
                Evidence(file, i.line, _("from {name}, received {day}", name=" ".join(i.sender.split()), day=sent))
                for i, sent in old[:MAX_NAMES]
            ),
            key="received",
        )
