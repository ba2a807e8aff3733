"""Invitations do not pile up unanswered, either way.

What:
    Reads Invitations.csv and keeps the pending invitations: those whose other person is not (yet) among your
    connections (matched by profile URL, else by name). Gives a finding when more than `max_pending_sent`
    invitations you sent are pending, and another when invitations you received more than `max_age_days` days
    ago still wait for your answer. Skipped without Invitations.csv.

Why:
    Step 2 of the method is about mapping and growing your circles on purpose. A pile of invitations you sent
    that nobody accepts means invitations sent to strangers without a note; LinkedIn limits invitations for
    every member and lets you re-invite a withdrawn person only after up to 3 weeks (LinkedIn Help,
    guidance-facts §1). Invitations left unanswered for a month are people of your circle 2 or 3 kept waiting.

Options:
    max_pending_sent: the most pending invitations you sent that pass (default 20; a design choice).
    max_age_days: days after which an invitation you received counts as left unanswered (default 30).

Passes:
    1 invitation sent last week still pending; 1 received 3 days ago.

Fails:
    25 invitations you sent still pending; or an invitation received 2 months ago, never answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need
from auditor.words import join_names

CODE = "NET-004"
NAME = "network.pending-invitations"
STEP = "step2"
SEVERITY = "info"
OPTIONS: dict[str, object] = {"max_pending_sent": 20, "max_age_days": 30}
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
            what=t(
                f"{len(sent)} invitations you sent are still pending (more than {max_sent}).",
                f"{len(sent)} invitations que vous avez envoyées sont toujours en attente (plus de {max_sent}).",
            ),
            why=t(
                "Invitations nobody accepts are usually sent to strangers without a note, and LinkedIn limits how "
                "many you can send.",
                "Les invitations que personne n'accepte partent souvent vers des inconnus, sans mot, et LinkedIn "
                "limite le nombre d'invitations.",
            ),
            fix=t(
                "Withdraw the invitations older than a month (My Network › Manage › Sent), and from now on add a "
                "note saying where you met or why you write.",
                "Retirez les invitations de plus d'un mois (Réseau › Gérer › Envoyées) et ajoutez désormais un mot "
                "qui dit où vous vous êtes rencontrés ou pourquoi vous écrivez.",
            ),
            evidence=(
                Evidence(file, None, f"{len(sent)} outgoing invitations not accepted"),
                *(
                    Evidence(file, i.line, f"to {i.recipient}, sent {i.sent_at:%Y-%m-%d}" if i.sent_at else i.recipient)
                    for i in sent[:MAX_NAMES]
                ),
            ),
            key="sent",
        )
    old = [
        i
        for i in network.pending_received
        if i.sent_at is not None and (ctx.analyses.data_until - i.sent_at.date()).days > max_age
    ]
    if old:
        names = join_names([_plain(i.sender) for i in old[:3]])
        yield Finding(
            what=t(
                f"{len(old)} invitation(s) you received more than {max_age} days ago still wait for an answer.",
                f"{len(old)} invitation(s) reçue(s) il y a plus de {max_age} jours attendent toujours une réponse.",
            ),
            why=t(
                "Step 2 of the method: an invitation is someone who wants to join your circles; a month of silence "
                "reads as a no.",
                "Étape 2 de la méthode : une invitation, c'est quelqu'un qui veut entrer dans vos cercles ; un mois "
                "de silence se lit comme un refus.",
            ),
            fix=t(
                f"Answer them this week, starting with {names.en}: accept with a short thank-you note, or ignore "
                "those you do not want.",
                f"Répondez-y cette semaine, en commençant par {names.fr} : acceptez avec un mot de remerciement, ou "
                "ignorez celles que vous ne souhaitez pas.",
            ),
            evidence=tuple(
                Evidence(file, i.line, f"from {' '.join(i.sender.split())}, received {i.sent_at:%Y-%m-%d}")
                for i in old[:MAX_NAMES]
            ),
            key="received",
        )
