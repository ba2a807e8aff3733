"""The give-to-receive ledger (step 4: "give in order to receive").

Each line compares what the member gave with what they received. A side is None when the archive does not show
it: its file is absent or could not be read (never zero: "you wrote 0 recommendations" needs the file that would
list them), and comments and reactions received are never in the export.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.analysis.ties import Ties
from auditor.model import Export


@dataclass(frozen=True, slots=True)
class LedgerLine:
    kind: str  # recommendations, endorsements, conversations, invitations, comments, reactions
    given: int | None  # None: the export does not say
    received: int | None

    @property
    def both_sides(self) -> bool:
        return self.given is not None and self.received is not None


@dataclass(frozen=True)
class Ledger:
    lines: tuple[LedgerLine, ...]

    def line(self, kind: str) -> LedgerLine:
        return next(line for line in self.lines if line.kind == kind)


# Ledger line -> the sections that show its given side and its received side.
SIDES: dict[str, tuple[str, str | None]] = {
    "recommendations": ("recommendations_given", "recommendations_received"),
    "endorsements": ("endorsements_given", "endorsements_received"),
    "conversations": ("messages", "messages"),
    "invitations": ("invitations", "invitations"),
    "comments": ("comments", None),
    "reactions": ("reactions", None),
}


def compute_ledger(export: Export, ties: Ties) -> Ledger:
    counts: dict[str, tuple[int, int | None]] = {
        "recommendations": (len(export.recommendations_given), len(export.recommendations_received)),
        "endorsements": (len(export.endorsements_given), len(export.endorsements_received)),
        "conversations": (ties.conversations_started_by_owner, ties.conversations_started_by_others),
        "invitations": (
            sum(1 for i in export.invitations if i.direction == "outgoing"),
            sum(1 for i in export.invitations if i.direction == "incoming"),
        ),
        "comments": (len(export.comments), None),
        "reactions": (len(export.reactions), None),
    }
    lines = []
    for kind, (given_section, received_section) in SIDES.items():
        given, received = counts[kind]
        lines.append(
            LedgerLine(
                kind,
                given if export.has(given_section) else None,
                received if received_section is not None and export.has(received_section) else None,
            )
        )
    return Ledger(lines=tuple(lines))
