"""You give at least about as much as you receive.

What:
    Adds up the give-to-receive ledger over the lines where the export shows both sides: recommendations written
    vs received, endorsements given vs received, conversations you started vs conversations others started with
    you, invitations sent vs received. A finding when given / received is below `min_ratio`, once at least
    `min_received` things were received. Comments and reactions are left out: the export does not show those you
    received. A side whose file is not in the archive is unknown, never zero: only the lines with both sides
    count, and the rule is skipped when no line has both. Not applicable while fewer than `min_received` things
    were received.

Why:
    Step 4 of the method: "donner pour recevoir", give in order to receive, and be patient: the more you give to
    your network, the more you get. A ledger where you mostly take is a network that will tire of you.

Passes:
    Given 45 (3 recommendations, 5 endorsements, 36 conversations started, 1 invitation), received 45.

Fails:
    Given 3, received 20 (6 recommendations and 14 endorsements received, none given back).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.analysis.ledger import SIDES, LedgerLine
from auditor.findings import Evidence, Finding, t
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "GIV-001"
NAME = "give.balance"
STEP = "step4"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "min_ratio": Option(
        0.5,
        "the lowest given / received ratio that passes (give at least half what you receive).",
        unit="ratio",
    ),
    "min_received": Option(5, "how many things received before the ratio is judged.", unit="count"),
}
# Ledger lines with both sides in some archive, and the sections behind them: any one lets the rule look.
NEEDS: tuple[Need, ...] = (
    (
        "recommendations_given",
        "recommendations_received",
        "endorsements_given",
        "endorsements_received",
        "messages",
        "invitations",
    ),
)

LABELS = {  # ledger line -> (English, French)
    "recommendations": ("recommendations", "recommandations"),
    "endorsements": ("endorsements", "validations de compétences"),
    "conversations": ("conversations started", "conversations lancées"),
    "invitations": ("invitations", "invitations"),
}


def _missing_sides(export: Export, language: str = "en") -> list[str]:
    """For each ledger line, the file that lacks to see both its sides."""
    out = []
    for kind, sides in SIDES.items():
        missing = [export.file_of(s) for s in dict.fromkeys(sides) if s and not export.has(s)]
        if kind in LABELS and missing:
            label = LABELS[kind][0 if language == "en" else 1]
            out.append(f"{label}{' : ' if language == 'fr' else ': '}{', '.join(missing)}")
    return out


def _kinds(lines: list[tuple[LedgerLine, int, int]], language: str) -> str:
    return ", ".join(LABELS[line.kind][0 if language == "en" else 1] for line, _, _ in lines)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    # Only lines whose two sides the archive shows: a side whose file is absent is unknown, not zero.
    lines = [(line, line.given or 0, line.received or 0) for line in ctx.analyses.ledger.lines if line.both_sides]
    if not lines:
        ctx.skip(
            "The archive shows no exchange from both sides (what you gave and what you received): "
            + "; ".join(_missing_sides(export))
            + ".",
            "L'archive ne montre aucun échange des deux côtés (ce que vous avez donné et reçu) : "
            + " ; ".join(_missing_sides(export, "fr"))
            + ".",
        )
    min_ratio: float = ctx.options["min_ratio"]
    min_received: int = ctx.options["min_received"]
    given = sum(given for _, given, _ in lines)
    received = sum(received for _, _, received in lines)
    if received < min_received:
        ctx.not_applicable(
            f"You received {received} in all ({_kinds(lines, 'en')}): too little yet to weigh a balance.",
            f"Vous avez reçu {received} en tout ({_kinds(lines, 'fr')}) : trop peu encore pour juger d'un équilibre.",
        )
    if given >= min_ratio * received:
        return
    # The line where the gap is widest is the one to act on first.
    worst = max(lines, key=lambda item: item[2] - item[1])[0]
    worst_en, worst_fr = LABELS[worst.kind]
    evidence = tuple(
        Evidence(
            ", ".join(dict.fromkeys(export.file_of(section) for section in SIDES[line.kind] if section)),
            None,
            f"{line.kind}: given {given_}, received {received_}",
        )
        for line, given_, received_ in lines
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
