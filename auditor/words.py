"""Words made from facts, where findings are written: spans of days, dates, lists of names, and the reasons a
member sits in a circle, in English and French.

The analyses deal in facts (numbers, dates, people, `Reason`s); the rules call these helpers when they write a
finding. One place, so that the message catalogs (the languages work) replace them in one move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from auditor.analysis.circles import Reason
from auditor.findings import Text, t

_MONTHS_EN = tuple("January February March April May June July August September October November December".split())
_MONTHS_FR = tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def duration(days: int) -> Text:
    """A span of days as people say it: `13 days`, `7 months`, `2 years` / `13 jours`, `7 mois`, `2 ans`."""
    days = max(days, 0)
    if days < 45:
        return t(_plural(days, "day", "days"), _plural(days, "jour", "jours"))
    if days < 730:
        months = days // 30
        return t(_plural(months, "month", "months"), f"{months} mois")
    years = days // 365
    return t(_plural(years, "year", "years"), _plural(years, "an", "ans"))


def ago(days: int) -> Text:
    """`13 days ago` / `il y a 13 jours`; `today` / `aujourd'hui`."""
    if days <= 0:
        return t("today", "aujourd'hui")
    span = duration(days)
    return t(f"{span.en} ago", f"il y a {span.fr}")


def long_date(day: dt.date) -> Text:
    """`2 March 2026` / `2 mars 2026` (`1er mars 2026`)."""
    ordinal = "1er" if day.day == 1 else str(day.day)
    return t(f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}", f"{ordinal} {_MONTHS_FR[day.month - 1]} {day.year}")


def join_names(names: Sequence[str], en: str = "and", fr: str = "et") -> Text:
    """`Léa Martin, Sam Jones and Inès Haddad` / `Léa Martin, Sam Jones et Inès Haddad` (or `or` / `ou`)."""
    names = list(names)
    if len(names) <= 1:
        return t("".join(names), "".join(names))
    head = ", ".join(names[:-1])
    return t(f"{head} {en} {names[-1]}", f"{head} {fr} {names[-1]}")


_FIXED_REASONS = {
    "initiative": t("conversations started by both of you", "des conversations lancées par l'un comme par l'autre"),
    "recommendation-received": t("wrote you a recommendation", "vous a écrit une recommandation"),
    "recommendation-given": t("you wrote them a recommendation", "vous lui avez écrit une recommandation"),
}


def _messages(reason: Reason, today: dt.date) -> Text:
    tail_en = tail_fr = ""
    if reason.last is not None:
        when = ago((today - reason.last).days)
        tail_en, tail_fr = f", last {when.en}", f", le dernier {when.fr}"
    sent, received = reason.sent, reason.received
    if sent and received:
        return t(
            f"{sent + received} messages both ways ({sent} sent, {received} received){tail_en}",
            f"{sent + received} messages échangés ({_plural(sent, 'envoyé', 'envoyés')}, "
            f"{_plural(received, 'reçu', 'reçus')}){tail_fr}",
        )
    if received:
        return t(
            f"{_plural(received, 'message', 'messages')} from them, none from you{tail_en}",
            f"{_plural(received, 'message reçu', 'messages reçus')}, aucun envoyé{tail_fr}",
        )
    return t(
        f"{_plural(sent, 'message', 'messages')} from you, no reply{tail_en}",
        f"{_plural(sent, 'message envoyé', 'messages envoyés')}, sans réponse{tail_fr}",
    )


def _employer(reason: Reason) -> Text:
    company = reason.company
    if reason.current:
        return t(f"works at {company}, like you", f"travaille chez {company}, comme vous")
    first, last = reason.first_year, reason.last_year
    years = "" if first is None else f"{first}–{last}" if last is not None and last != first else f"{first}"
    span = f" ({years})" if years else ""
    return t(f"works at {company}, where you worked{span}", f"travaille chez {company}, où vous avez travaillé{span}")


def circle_reason(reason: Reason, today: dt.date) -> Text:
    """A reason a member sits in a circle, in words; `today` dates "last 13 days ago"."""
    if reason.kind == "messages":
        return _messages(reason, today)
    if reason.kind == "employer":
        return _employer(reason)
    if reason.kind == "endorsements":
        if reason.endorsed_you and reason.you_endorsed:
            return t("endorsements both ways", "des validations de compétences dans les deux sens")
        if reason.endorsed_you:
            return t("endorsed your skills", "a validé vos compétences")
        return t("you endorsed their skills", "vous avez validé ses compétences")
    return _FIXED_REASONS[reason.kind]
