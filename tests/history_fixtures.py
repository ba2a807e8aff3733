"""A sample member and a later export of theirs, for the history, comparison and gate tests."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from auditor.sample import sample_config, write_sample

LONG_HEADLINE = (
    "Director of Supply Chain at Stonecrop Labs | Supply Chain Management & Demand Planning | "
    "I help planners, finance teams and operations sit at one table to build a plan people trust, "
    "month after month, from London to the fourteen countries we ship to"
)


def _rewrite_csv(text: str, change: object) -> str:
    """Apply `change(rows)` to the CSV part of `text` (Connections.csv starts with notes before its header)."""
    head, marker, table = text.partition("First Name,")
    rows = list(csv.reader(io.StringIO(marker + table)))
    change(rows)  # type: ignore[operator]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return head + out.getvalue()


def later_export(source: Path, target: Path, *, headline: bool = True) -> Path:
    """The same member a little later: a headline over LinkedIn's limit (PRO-002, an error, is new; unless
    `headline` is false), a new connection at a target company this year (NET-002 and NET-001 are fixed)."""

    def longer_headline(rows: list[list[str]]) -> None:
        rows[1][rows[0].index("Headline")] = LONG_HEADLINE

    def new_connection(rows: list[list[str]]) -> None:
        rows.insert(1, ["Nora", "Quill", "https://www.linkedin.com/in/nora-quill-1", "", "Thornbury Foods",
                        "Head of Planning", "30 Oct 2026"])  # fmt: skip

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "Profile.csv" and headline:
                data = _rewrite_csv(data.decode("utf-8"), longer_headline).encode("utf-8")
            elif info.filename == "Connections.csv":
                data = _rewrite_csv(data.decode("utf-8"), new_connection).encode("utf-8")
            new.writestr(info, data)
    return target


def member(folder: Path) -> tuple[Path, Path, Path]:
    """(first export, later export, config) of the sample member, in `folder`/first and `folder`/later."""
    (folder / "first").mkdir(parents=True, exist_ok=True)
    (folder / "later").mkdir(parents=True, exist_ok=True)
    first = folder / "first" / "Complete_LinkedInDataExport_11-02-2026.zip"
    with first.open("wb") as file:
        write_sample(file, seed=0, lang="en", size="small", variant="complete")
    later = later_export(first, folder / "later" / first.name)
    config = folder / "linkedin-audit.toml"
    config.write_text(sample_config(seed=0, lang="en"), encoding="utf-8")
    return first, later, config
