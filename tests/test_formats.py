"""Facts written the locale's way (auditor.formats, Babel) and messages rendered from the catalogs
(auditor.i18n): plurals, French typography, and messages kept as data."""

from __future__ import annotations

import datetime as dt

import pytest

from auditor import formats
from auditor.i18n import Days, Message, Month, Names, Number, Percent, Verbatim, _, message_from_json, message_json, n_

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("days", "en", "fr"),
    [
        (0, "0 days", f"0{NBSP}jour"),
        (1, "1 day", f"1{NBSP}jour"),
        (44, "44 days", f"44{NBSP}jours"),
        (213, "7 months", f"7{NBSP}mois"),
        (800, "2 years", f"2{NBSP}ans"),
        (-5, "0 days", f"0{NBSP}jour"),
    ],
)
def test_spans_of_days(days: int, en: str, fr: str) -> None:
    assert (formats.span(days, "en"), formats.span(days, "fr")) == (en, fr)


def test_dates_numbers_percentages_and_names() -> None:
    assert formats.long_date(dt.date(2026, 11, 2), "en") == "November 2, 2026"
    assert formats.long_date(dt.date(2026, 11, 2), "fr") == "2 novembre 2026"
    assert formats.long_date(dt.date(2026, 3, 1), "fr") == "1er mars 2026"
    assert formats.long_date(dt.datetime(2026, 3, 1, 23, 59), "en") == "March 1, 2026"
    assert (formats.count(16500, "en"), formats.count(16500, "fr")) == ("16,500", f"16{NNBSP}500")
    assert (formats.number(0.6, "fr"), formats.number(2.0, "en"), formats.number(1.25, "en", 2)) == ("0,6", "2", "1.25")
    assert (formats.percent(0.23, "en"), formats.percent(0.23, "fr")) == ("23%", f"23{NBSP}%")
    assert formats.names(("Léa", "Sam", "Inès"), "fr") == "Léa, Sam et Inès"
    assert formats.names(("Léa", "Sam"), "en", "or") == "Léa or Sam"
    assert formats.names(("Léa",), "en") == "Léa" and formats.names((), "fr") == ""


def test_french_plurals_make_zero_and_one_singular() -> None:
    said = [n_("{n} sent", "{n} sent", n).fr for n in (0, 1, 2, 16500)]
    assert said == ["0 envoyé", "1 envoyé", "2 envoyés", f"16{NNBSP}500 envoyés"]


def test_english_is_the_fallback_and_facts_fill_placeholders() -> None:
    said = _("Not in any catalog: {n} on {day}", n=1200, day=dt.date(2026, 1, 1))
    assert said.fr == f"Not in any catalog: 1{NNBSP}200 on 1er janvier 2026"
    assert said.en == "Not in any catalog: 1,200 on January 1, 2026"
    assert _("{year}", year=Verbatim("2017")).fr == "2017"  # a year is never grouped
    with pytest.raises(TypeError):
        _("{flag}", flag=True).en  # noqa: B018  # a bool is not a fact to write


def test_hostile_text_in_a_fact_is_never_read_as_a_template() -> None:
    assert _("{name} wrote", name="{0} {n!r} {__class__}").en == "{0} {n!r} {__class__} wrote"


def test_messages_round_trip_through_json() -> None:
    said = _(
        "{a} {b} {c} {d} {e} {f} {g} {h}",
        a=Names(("A", "B"), "or"),
        b=Percent(0.234, 1),
        c=dt.date(2026, 3, 1),
        d=_("today"),
        e=Days(40),
        f=Number(0.55, 2),
        g=Verbatim("2017"),
        h=n_("{n} sent", "{n} sent", 3),
    )
    said = _("{a} {b}", a=said, b=Names((_("today"), "Léa")))
    again = message_from_json(message_json(said))
    assert again == said and isinstance(again, Message)
    assert again.fr == said.fr and again.en == said.en
    assert _("{m}", m=Month(2016, 6)).fr == "juin 2016" and _("{m}", m=Month(2016, 6)).en == "June 2016"
    assert message_from_json(message_json(_("{m}", m=Month(2016, 6)))) == _("{m}", m=Month(2016, 6))
    assert _("{n}", n=Names((_("today"), "Léa"))).fr == "aujourd'hui et Léa"
