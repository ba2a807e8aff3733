"""Words made from facts, where findings are written: how long ago, and the reasons a member sits in a circle.

The analyses deal in facts (numbers, dates, people, `Reason`s); the rules call these helpers when they write a
finding. They return catalog messages (`auditor.i18n`), rendered in the reader's language by the reports.
"""

from __future__ import annotations

import datetime as dt

from auditor.analysis.circles import Reason
from auditor.i18n import Days, Message, Month, Param, Verbatim, _, n_
from auditor.model import PartialDate


def when(date: PartialDate | None) -> Param:
    """A date of the archive as precise as it was written: `2016`, `June 2016` / `juin 2016`, or a whole date."""
    if date is None:
        return Verbatim("?")
    if date.month is None or not dt.MINYEAR <= date.year <= dt.MAXYEAR:  # a damaged year is shown as written
        return Verbatim(str(date.year))
    if not 1 <= date.month <= 12:
        return Verbatim(str(date))
    if date.day is None:
        return Month(date.year, date.month)
    try:
        return date.first_day()
    except ValueError:  # 31 February: shown as written
        return Verbatim(str(date))


def ago(days: int) -> Message:
    """`13 days ago` / `il y a 13 jours`; `today` / `aujourd'hui`."""
    if days <= 0:
        return _("today")
    return _("{span} ago", span=Days(days))


_FIXED_REASONS = {
    "initiative": _("conversations started by both of you"),
    "recommendation-received": _("wrote you a recommendation"),
    "recommendation-given": _("you wrote them a recommendation"),
}


def _messages(reason: Reason, today: dt.date) -> Message:
    sent, received = reason.sent, reason.received
    if sent and received:
        said = _(
            "{total} messages both ways ({sent}, {received})",
            total=sent + received,
            sent=n_("{n} sent", "{n} sent", sent),
            received=n_("{n} received", "{n} received", received),
        )
    elif received:
        said = n_("{n} message from them, none from you", "{n} messages from them, none from you", received)
    else:
        said = n_("{n} message from you, no reply", "{n} messages from you, no reply", sent)
    if reason.last is None:
        return said
    return _("{messages}, last {when}", messages=said, when=ago((today - reason.last).days))


def _employer(reason: Reason) -> Message:
    company = reason.company
    if reason.current:
        return _("works at {company}, like you", company=company)
    first, last = reason.first_year, reason.last_year
    if first is None:
        return _("works at {company}, where you worked", company=company)
    years = f"{first}–{last}" if last is not None and last != first else f"{first}"
    return _("works at {company}, where you worked ({years})", company=company, years=Verbatim(years))


def circle_reason(reason: Reason, today: dt.date) -> Message:
    """A reason a member sits in a circle, in words; `today` dates "last 13 days ago"."""
    if reason.kind == "messages":
        return _messages(reason, today)
    if reason.kind == "employer":
        return _employer(reason)
    if reason.kind == "endorsements":
        if reason.endorsed_you and reason.you_endorsed:
            return _("endorsements both ways")
        if reason.endorsed_you:
            return _("endorsed your skills")
        return _("you endorsed their skills")
    return _FIXED_REASONS[reason.kind]
