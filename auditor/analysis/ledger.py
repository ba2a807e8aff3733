"""The give-to-receive ledger (step 4: "give in order to receive").

Each line compares what the member gave with what they received, where the export shows both sides; comments
and reactions received are not in the export, so those lines show the giving side only.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.analysis.ties import Ties
from auditor.model import Export


@dataclass(frozen=True, slots=True)
class LedgerLine:
    kind: str  # recommendations, endorsements, conversations, invitations, comments, reactions
    given: int
    received: int | None  # None: the export does not say


@dataclass(frozen=True)
class Ledger:
    lines: tuple[LedgerLine, ...]

    def line(self, kind: str) -> LedgerLine:
        return next(line for line in self.lines if line.kind == kind)


def compute_ledger(export: Export, ties: Ties) -> Ledger:
    return Ledger(
        lines=(
            LedgerLine("recommendations", len(export.recommendations_given), len(export.recommendations_received)),
            LedgerLine("endorsements", len(export.endorsements_given), len(export.endorsements_received)),
            LedgerLine("conversations", ties.conversations_started_by_owner, ties.conversations_started_by_others),
            LedgerLine(
                "invitations",
                sum(1 for i in export.invitations if i.direction == "outgoing"),
                sum(1 for i in export.invitations if i.direction == "incoming"),
            ),
            LedgerLine("comments", len(export.comments), None),
            LedgerLine("reactions", len(export.reactions), None),
        )
    )
