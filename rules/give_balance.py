"""You give at least about as much as you receive.

What:
    Adds up the give-to-receive ledger over the lines where the export shows both sides: recommendations written
    vs received, endorsements given vs received, conversations you started vs conversations others started with
    you, invitations sent vs received. A finding when given / received is below `min_ratio`, once at least
    `min_received` things were received. Comments and reactions are left out: the export does not show those you
    received. Skipped when the archive has none of the files behind these lines.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive, and be patient: the more you give to
    your network, the more you get. A ledger where you mostly take is a network that will tire of you.

Options:
    min_ratio: the lowest given / received ratio that passes (default 0.5: give at least half what you receive).
    min_received: how many things received before the ratio is judged (default 5).

Passes:
    Given 45 (3 recommendations, 5 endorsements, 36 conversations started, 1 invitation), received 45.

Fails:
    Given 3, received 20 (6 recommendations and 14 endorsements received, none given back).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context

CODE = "GIV-001"
NAME = "give.balance"
STEP = "step4"
SEVERITY = "warn"
OPTIONS: dict[str, object] = {"min_ratio": 0.5, "min_received": 5}

# Ledger line -> the sections behind it (given side, received side).
SECTIONS = {
    "recommendations": ("recommendations_given", "recommendations_received"),
    "endorsements": ("endorsements_given", "endorsements_received"),
    "conversations": ("messages",),
    "invitations": ("invitations",),
}
FILES = {  # section -> LinkedIn's usual file name (evidence names the archive's own)
    "recommendations_given": "Recommendations_Given.csv",
    "recommendations_received": "Recommendations_Received.csv",
    "endorsements_given": "Endorsement_Given_Info.csv",
    "endorsements_received": "Endorsement_Received_Info.csv",
    "messages": "messages.csv",
    "invitations": "Invitations.csv",
}
LABELS = {  # ledger line -> (English, French)
    "recommendations": ("recommendations", "recommandations"),
    "endorsements": ("endorsements", "validations de compétences"),
    "conversations": ("conversations started", "conversations lancées"),
    "invitations": ("invitations", "invitations"),
}


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    present = {line: [s for s in sections if export.has(s)] for line, sections in SECTIONS.items()}
    if not any(present.values()):
        ctx.skip(
            "The archive has none of the files the give-to-receive ledger reads.",
            "L'archive n'a aucun des fichiers que lit le bilan donner-recevoir.",
        )
    min_ratio: float = ctx.options["min_ratio"]
    min_received: int = ctx.options["min_received"]
    lines = [line for line in ctx.analyses.ledger.lines if line.received is not None and present.get(line.kind)]
    given = sum(line.given for line in lines)
    received = sum(line.received or 0 for line in lines)
    if received < min_received or given >= min_ratio * received:
        return
    # The line where the gap is widest is the one to act on first.
    worst = max(lines, key=lambda line: (line.received or 0) - line.given)
    worst_en, worst_fr = LABELS[worst.kind]
    evidence = tuple(
        Evidence(
            ", ".join(export.file_of(s, FILES[s]) for s in present[line.kind]),
            None,
            f"{line.kind}: given {line.given}, received {line.received}",
        )
        for line in lines
    )
    fixes = {
        "recommendations": (
            "write a recommendation this month for someone who wrote one for you or whose work you know",
            "écrivez ce mois-ci une recommandation pour quelqu'un qui vous en a écrit une ou dont vous connaissez "
            "le travail",
        ),
        "endorsements": (
            "endorse, this week, the skills you have seen at work in five people who endorsed you",
            "validez cette semaine les compétences que vous avez vues à l'œuvre chez cinq personnes qui ont validé "
            "les vôtres",
        ),
        "conversations": (
            "start one conversation a week yourself: share an article, an introduction or a piece of news useful "
            "to the other person",
            "lancez vous-même une conversation par semaine : partagez un article, une mise en relation ou une "
            "nouvelle utile à l'autre",
        ),
        "invitations": (
            "invite the people you meet yourself, with a personal note, rather than waiting for their invitation",
            "invitez vous-même les personnes rencontrées, avec un mot personnel, plutôt que d'attendre leur invitation",
        ),
    }
    fix_en, fix_fr = fixes[worst.kind]
    ratio, floor = f"{given / received:.2f}", f"{min_ratio:g}"
    yield Finding(
        what=t(
            f"You gave {given} and received {received} in your network (ratio {ratio}, below {floor}); the widest "
            f"gap is in {worst_en}.",
            f"Vous avez donné {given} et reçu {received} dans votre réseau (ratio {ratio.replace('.', ',')}, sous "
            f"{floor.replace('.', ',')}) ; l'écart le plus grand porte sur les {worst_fr}.",
        ),
        why=t(
            "Step 4 of the method: give in order to receive; the more you give to your network, the more you get.",
            "Étape 4 de la méthode : donner pour recevoir ; plus vous donnerez à votre réseau, plus vous obtiendrez.",
        ),
        fix=t(f"To rebalance, {fix_en}.", f"Pour rééquilibrer, {fix_fr}."),
        evidence=evidence,
    )
