"""No data of the archive was lost while reading it.

What:
    Looks at what the reader could not read and had to leave out: cells with unreadable dates or values (left
    empty), unreadable CSV records, expected columns missing, rows with missing or extra values, files that
    could not be read. One finding per file, with the count of each kind. Issues that lose nothing (an unknown
    column, a non-UTF-8 byte read as Windows-1252, a duplicate member) are not reported here. Reports without
    weighing on the score.

Why:
    Step 5 of the method asks for a profile and activity you can show; the audit can only judge what it reads.
    When rows or values of a file could not be read, the checks that use that file may see less than LinkedIn
    shows (a missing date, a post left out), and you should know which numbers to take with care.

Passes:
    An archive read without losing any row or value.

Fails:
    messages.csv with 12 dates that could not be read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
from auditor.model import Export, ParseIssue, ParseIssueKind
from auditor.rule import Context, Need, Option

CODE = "HYG-002"
NAME = "hygiene.parse-issues"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ()
SCORED = False  # archive hygiene: reported, not part of the step score

MAX_EXAMPLES = 5
# The reported kinds, in both languages: kind -> (English one, English many, French one, French many).
KINDS = {
    "value": ("unreadable value", "unreadable values", "valeur illisible", "valeurs illisibles"),
    "csv": (
        "unreadable CSV record",
        "unreadable CSV records",
        "enregistrement CSV illisible",
        "enregistrements CSV illisibles",
    ),
    "column": ("missing column", "missing columns", "colonne manquante", "colonnes manquantes"),
    "short": ("row with missing values", "rows with missing values", "ligne incomplète", "lignes incomplètes"),
    "long": (
        "row with extra values ignored",
        "rows with extra values ignored",
        "ligne aux valeurs en trop ignorées",
        "lignes aux valeurs en trop ignorées",
    ),
    "file": ("unreadable file", "unreadable files", "fichier illisible", "fichiers illisibles"),
}
# The reader's issue kinds that mean data was lost -> the kind reported. The others lose nothing: an empty file,
# an unknown column, bytes read as Windows-1252, a duplicate, unsafe or link member or a FIFO or device (never
# LinkedIn's own), extra profile rows, a run of over 1,000 characters without a space cut there (no word is).
LOST: dict[ParseIssueKind, str] = {
    "bad-value": "value",
    "unreadable-record": "csv",
    "missing-column": "column",
    "missing-values": "short",
    "extra-values": "long",
    "no-header": "file",
    "undecodable": "file",
    "unreadable-file": "file",
    "unreadable-folder": "file",
    "too-large": "file",
    "implausible-date": "value",
    "long-cell": "value",
}


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    by_file: dict[str, tuple[Counter[str], list[ParseIssue]]] = {}
    for issue in export.parse_issues:
        kind = LOST.get(issue.kind)
        if kind is None:
            continue
        counts, examples = by_file.setdefault(issue.file, (Counter(), []))
        counts[kind] += issue.count
        if issue.count == 1 and len(examples) < MAX_EXAMPLES:
            examples.append(issue)
    for file, (counts, examples) in by_file.items():
        total = sum(counts.values())
        parts_en = ", ".join(f"{n} {KINDS[k][0 if n == 1 else 1]}" for k, n in counts.most_common())
        parts_fr = ", ".join(f"{n} {KINDS[k][2 if n == 1 else 3]}" for k, n in counts.most_common())
        yield Finding(
            what=t(
                f"Part of {file} could not be read: {parts_en}.",
                f"Une partie de {file} n'a pas pu être lue : {parts_fr}.",
            ),
            why=t(
                f"The checks that use {file} see less than LinkedIn shows; take their numbers with care.",
                f"Les vérifications qui lisent {file} en voient moins que LinkedIn ; prenez leurs chiffres avec "
                "prudence.",
            ),
            fix=t(
                f"Check that {file} is LinkedIn's original (not opened and re-saved in a spreadsheet), or "
                "re-download your archive; if it persists, report the file's first lines (without personal data).",
                f"Vérifiez que {file} est bien l'original de LinkedIn (pas ouvert puis réenregistré dans un "
                "tableur), ou téléchargez de nouveau votre archive ; si cela persiste, signalez les premières "
                "lignes du fichier (sans données personnelles).",
            ),
            evidence=(
                Evidence(file, None, f"{total} issue(s): {parts_en}"),
                *(
                    Evidence(file, issue.line, f"{issue.field + ': ' if issue.field else ''}{issue.detail}")
                    for issue in examples
                ),
            ),
            key=file,
        )
