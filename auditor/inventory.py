"""The inventory of an export: what each section holds (file, rows, date range), what is missing, what went wrong.

`inventory_dict` is the stable shape printed by `linkedin-audit inspect --json` (schema_version 1); change it only
by adding keys, or by bumping the version. Added since its first form: `unreadable` (section -> the files of it that
could not be read at all; such a section is neither in `sections` nor in `missing`), and `kind`, `detail` and
`count` in each parse issue (`problem` keeps the detail); the detail is said in the language asked for, and
`detail_message` holds it as message data (`auditor.i18n.message_json`: its English source and facts), or null for
a detail without one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from auditor import formats
from auditor.export.sections import SPEC_BY_NAME
from auditor.i18n import Message, Verbatim, _, message_json, n_
from auditor.model import SECTION_NAMES, Export, PartialDate

SCHEMA_VERSION = 1

_DATE_FIELDS: dict[str, str] = {name: spec.date_field for name, spec in SPEC_BY_NAME.items() if spec.date_field}
_DATE_FIELDS["articles"] = "created_at"


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, PartialDate):
        try:
            return value.first_day()
        except ValueError:  # year 0 or 10000: no day a date can hold, so none to show
            return None
    return None


def date_range(export: Export, section: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last dates of a section's records (None when it has no dated record)."""
    attribute = _DATE_FIELDS.get(section)
    if attribute is None:
        return None, None
    records = getattr(export, section)
    dates = [d for d in (_as_date(getattr(record, attribute)) for record in records) if d is not None]
    if not dates:
        return None, None
    return min(dates), max(dates)


def inventory_dict(export: Export, language: str = "en") -> dict[str, Any]:
    sections: dict[str, Any] = {}
    for name in SECTION_NAMES:
        source = export.sources.get(name)
        if source is None:
            continue
        first, last = date_range(export, name)
        sections[name] = {
            "file": ", ".join(source.files),
            "rows": source.rows,
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        }
    return {
        "schema_version": SCHEMA_VERSION,
        "archive": {
            "kind": export.kind,
            "exported_on": export.exported_on.isoformat() if export.exported_on else None,
        },
        "sections": sections,
        "missing": list(export.missing),
        "unreadable": {name: list(files) for name, files in export.unreadable.items()},
        "parse_issues": [
            {
                "file": issue.file,
                "line": issue.line,
                "field": issue.field,
                "kind": issue.kind,
                "detail": issue.detail_in(language),
                "detail_message": message_json(issue.detail) if isinstance(issue.detail, Message) else None,
                "count": issue.count,
                "problem": issue.detail_in(language),  # the name schema 1 first gave the detail; kept for its readers
            }
            for issue in export.parse_issues
        ],
    }


ARCHIVE_KINDS: dict[str, Message] = {
    "basic": _("basic archive"),
    "complete": _("complete archive"),
    "unknown": _("archive of unknown kind"),
}


def inventory_text(export: Export, max_issues: int = 25, language: str = "en") -> str:
    data = inventory_dict(export, language)
    archive = data["archive"]

    def say(message: Message) -> str:
        return message.render(language)

    exported = export.exported_on or _("an unknown date")
    lines = [
        say(
            _(
                "{file}: {kind}, exported on {day}",
                file=export.source_name,
                kind=ARCHIVE_KINDS[archive["kind"]],
                day=exported,
            )
        ),
        "",
    ]
    head = (_("section"), _("file"), _("rows"), _("from"), _("to"))
    rows = [tuple(say(cell) for cell in head)]
    for name, section in data["sections"].items():
        files = section["file"]
        if len(files) > 48:
            files = files[:45] + "..."
        rows.append(
            (name, files, formats.count(section["rows"], language), section["first"] or "-", section["last"] or "-")
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for number, row in enumerate(rows):
        cells = [cell.rjust(widths[i]) if i == 2 else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines.append("")
    missing = data["missing"]
    lines.append(
        say(
            n_(
                "Missing sections ({n}): {names}",
                "Missing sections ({n}): {names}",
                len(missing),
                names=", ".join(missing) if missing else _("none"),
            )
        )
    )
    unreadable = data["unreadable"]
    if unreadable:
        named = [f"{file} ({name})" for name, files in unreadable.items() for file in files]
        lines.append(
            say(_("Unreadable files, not used by the audit ({n}): {names}", n=len(named), names=", ".join(named)))
        )
    if export.unread_files:
        lines.append(say(_("Files not used by the audit: {n}", n=len(export.unread_files))))
    issues = data["parse_issues"]
    lines.append(say(_("Parse issues: {n}", n=len(issues))))
    for issue in issues[:max_issues]:
        where = issue["file"] + (f":{issue['line']}" if issue["line"] else "")
        field = f" [{issue['field']}]" if issue["field"] else ""
        said = _("{place}: {kind}: {detail}", place=where + field, kind=Verbatim(issue["kind"]), detail=issue["detail"])
        lines.append("  " + say(said))
    if len(issues) > max_issues:
        lines.append("  " + say(_("... and {n} more (see --json)", n=len(issues) - max_issues)))
    return "\n".join(lines)


def export_date(export: Export) -> dt.date | None:
    """The day the archive was made: its export date; else its latest dated record (a folder may have lost the
    archive's name)."""
    if export.exported_on:
        return export.exported_on
    lasts = [date_range(export, name)[1] for name in SECTION_NAMES]
    known = [day for day in lasts if day is not None]
    return max(known) if known else None
