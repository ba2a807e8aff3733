"""Words the plan's reports share (Markdown, calendar, HTML): what each kind of action is called."""

from __future__ import annotations

from auditor.i18n import Message, _

ACTION_WORDS: dict[str, Message] = {
    "call": _("Call"),
    "warm-up": _("Write to"),
    "thank": _("Thank"),
    "invitation": _("Answer"),
}
