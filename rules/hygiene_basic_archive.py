"""The archive is LinkedIn's complete one, not the basic one.

What:
    Checks whether the archive holds any of the files only the complete archive has: posts (Shares.csv),
    comments, reactions, recommendations (received or given) and articles. A finding when all of them are
    absent: for the basic archive, it says to audit the complete one; for an archive named complete (or of unknown
    kind), it names the files that are missing, as files may have been removed. Reports without weighing on the
    score.

Why:
    LinkedIn sends two archives when you ask for a copy of your data: a basic one within minutes and the complete
    one about a day later. The basic one lacks your posts, comments, reactions, recommendations and articles, so
    the posting cadence (step 5), the routines (step 3) and part of the give-to-receive ledger (step 4 of the
    method) cannot be checked: those rules are skipped, not passed.

Passes:
    Complete_LinkedInDataExport_11-02-2026.zip, with Shares.csv, Comments.csv and Recommendations_Received.csv.

Fails:
    Basic_LinkedInDataExport_11-02-2026.zip, with none of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, Names, _
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "HYG-003"
NAME = "hygiene.basic-archive"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {}
NEEDS: tuple[Need, ...] = ()
SCORED = False  # archive hygiene: reported, not part of the step score

ACTIVITY = ("shares", "comments", "reactions", "recommendations_received", "recommendations_given", "articles")


# The archive's kind, as the terminal's summary names it.
KINDS: dict[str, Message] = {
    "basic": _("basic archive"),
    "complete": _("complete archive"),
    "unknown": _("archive of unknown kind"),
}


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    if any(export.has(section) for section in ACTIVITY):
        return
    absent = Names(tuple(export.file_of(section) for section in ACTIVITY))
    evidence = (
        Evidence(
            export.source_name or "archive",
            None,
            _("{kind}; absent: {files}", kind=KINDS.get(export.kind, KINDS["unknown"]), files=absent),
        ),
    )
    why = _(
        "Without them the audit cannot check your posting cadence, your routines or part of what you give and "
        "receive: those rules are skipped, not judged."
    )
    if export.kind == "basic":
        yield Finding(
            what=_(
                "This is LinkedIn's basic archive: it has no posts, comments, reactions, recommendations or articles."
            ),
            why=why,
            fix=_(
                "Wait for LinkedIn's second e-mail (about a day after the first) and audit the "
                "Complete_LinkedInDataExport archive it links to."
            ),
            evidence=evidence,
        )
        return
    # A complete archive (by its name), or one of unknown kind, holding none of these files: say what is
    # missing, never call it the basic archive.
    yield Finding(
        what=_(
            "The archive holds no posts, comments, reactions, recommendations or articles ({files} are absent).",
            files=absent,
        ),
        why=why,
        fix=_(
            "If you removed files from the archive, audit the ZIP as LinkedIn sent it; otherwise ask LinkedIn for "
            "a new copy of your data (Settings › Data privacy › Get a copy of your data) and choose the larger "
            "archive."
        ),
        evidence=evidence,
    )
