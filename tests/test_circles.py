"""The three circles of step 2 (auditor.analysis.circles), on the model member and small variations."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.analysis import analyse
from auditor.analysis.circles import CIRCLE1_THRESHOLD, compute_circles
from auditor.analysis.ties import compute_ties
from auditor.model import Connection, Endorsement, Message, Recommendation
from auditor.words import ago, circle_reason

from .factory import CLOSE_TIES, OWNER, OWNER_URL, TODAY, model_export

CLOSE_NAMES = {f"{first} {last}" for first, last, _, _ in CLOSE_TIES}
STRANGER_URL = "https://www.linkedin.com/in/zoe-stranger"


def _circles(export=None, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    """The circles of `export` (default: the model member) as if the archive had been made on `today`: how quiet a
    tie is is measured up to the archive's date, never past it."""
    export = export if export is not None else model_export()
    return analyse(dataclasses.replace(export, exported_on=today), today).circles


def _with_connection(company: str = "Beta Foods", **fields: object):  # type: ignore[no-untyped-def]
    """The model member with one more connection, Zoé Stranger (at Beta Foods, a former employer of the member),
    and extra records about her."""
    base = model_export()
    zoe = Connection("Zoé", "Stranger", STRANGER_URL, "", company, "Buyer", dt.date(2020, 5, 4), line=200)
    values = {"connections": (*base.connections, zoe)}
    for name, records in fields.items():
        values[name] = (*getattr(base, name), *records)  # type: ignore[misc]
    return model_export(**values)


def _from_zoe(n: int, when: dt.datetime) -> list[Message]:
    return [
        Message(
            f"zoe-{k}",
            "",
            "Zoé Stranger",
            STRANGER_URL,
            OWNER,
            (OWNER_URL,),
            when - dt.timedelta(days=k),
            "",
            900 + k,
        )
        for k in range(n)
    ]


def test_close_ties_are_circle1_and_the_others_circle2() -> None:
    circles = _circles()
    assert {member.name for member in circles.circle1} == CLOSE_NAMES
    assert len(circles.circle2) == 114
    assert len(circles.by_key) == 120
    assert all(member.circle == 2 for member in circles.circle2)


def test_circles_are_sorted_by_strength() -> None:
    circles = _circles()
    for members in (circles.circle1, circles.circle2):
        scores = [member.score for member in members]
        assert scores == sorted(scores, reverse=True)
    assert circles.circle1[-1].score >= CIRCLE1_THRESHOLD > circles.circle2[0].score


def test_reasons_are_kept_per_person() -> None:
    lea = next(member for member in _circles().circle1 if member.name == "Léa Martin")
    english = [circle_reason(reason, TODAY).en for reason in lea.reasons]
    assert english[0] == "24 messages both ways (12 sent, 12 received), last 13 days ago"
    assert "wrote you a recommendation" in english
    assert "endorsements both ways" in english
    assert "works at Acme Industries, like you" in english
    french = [circle_reason(reason, TODAY).fr for reason in lea.reasons]
    assert french[0] == "24 messages échangés (12 envoyés, 12 reçus), le dernier il y a 13\u00a0jours"
    assert dict(lea.points)["initiative"] == 2.0
    assert lea.line == 5  # her row in Connections.csv


def test_former_employer_reason_gives_the_years() -> None:
    ines = next(member for member in _circles().circle1 if member.name == "Inès Haddad")
    assert "works at Beta Foods, where you worked (2017–2021)" in [
        circle_reason(reason, TODAY).en for reason in ines.reasons
    ]
    assert "travaille chez Beta Foods, où vous avez travaillé (2017–2021)" in [
        circle_reason(reason, TODAY).fr for reason in ines.reasons
    ]


def test_shared_employer_alone_is_circle2() -> None:
    person0 = next(member for member in _circles().circle2 if member.name == "Person0 Contact0")
    assert person0.score == 2.0
    assert [circle_reason(reason, TODAY).en for reason in person0.reasons] == ["works at Acme Industries, like you"]


def test_quiet_ties_stay_in_circle1() -> None:
    later = dt.date(2027, 6, 1)  # 7 months after the last messages
    circles = _circles(today=later)
    assert {member.name for member in circles.circle1} == CLOSE_NAMES
    assert {member.name for member in circles.quiet(180)} == CLOSE_NAMES
    assert circles.quiet(365) == ()


def test_nobody_is_quiet_on_the_model_member() -> None:
    assert _circles().quiet(180) == ()
    assert len(_circles().quiet(14)) == 5  # the last messages are 13 to 18 days old


def test_unanswered_messages_do_not_make_a_close_tie() -> None:
    export = _with_connection(messages=_from_zoe(50, dt.datetime(2026, 10, 30, 9)))
    zoe = next(member for member in _circles(export).circle2 if member.name == "Zoé Stranger")
    assert zoe.tie.received == 50 and zoe.tie.sent == 0
    assert circle_reason(zoe.reasons[0], TODAY).en == "50 messages from them, none from you, last 3 days ago"
    assert circle_reason(zoe.reasons[0], TODAY).fr == "50 messages reçus, aucun envoyé, le dernier il y a 3\u00a0jours"


def test_recommendations_both_ways_from_a_former_colleague_make_circle1_without_messages() -> None:
    export = _with_connection(
        recommendations_received=(Recommendation("Zoé", "Stranger", "Beta Foods", "Buyer", "Great.", None, "", 9),),
        recommendations_given=(Recommendation("Zoé", "Stranger", "Beta Foods", "Buyer", "Great.", None, "", 9),),
        endorsements_received=(Endorsement(None, "S&OP", "Zoé", "Stranger", STRANGER_URL, "", 9),),
        endorsements_given=(Endorsement(None, "Buying", "Zoé", "Stranger", STRANGER_URL, "", 9),),
    )
    circles = _circles(export)
    zoe = next(member for member in circles.circle1 if member.name == "Zoé Stranger")
    assert zoe.score == 12.0
    assert zoe.days_quiet(TODAY) is None
    assert zoe in circles.quiet(180)  # no message at all: worth a call


def test_threshold_is_a_parameter() -> None:
    export = model_export()
    circles = compute_circles(export, compute_ties(export), TODAY, threshold=100.0)
    assert circles.circle1 == () and len(circles.circle2) == 120
    assert circles.threshold == 100.0


def test_no_connections_no_circles() -> None:
    circles = _circles(model_export(connections=()))
    assert circles.circle1 == () and circles.circle2 == () and circles.quiet(180) == ()


def test_how_long_ago() -> None:
    assert (ago(0).en, ago(0).fr) == ("today", "aujourd'hui")
    assert (ago(12).en, ago(12).fr) == ("12 days ago", "il y a 12\u00a0jours")


def _exchanges_with_zoe(n: int, last: dt.datetime) -> list[Message]:
    """`n` short conversations with Zoé, one a week up to `last`, started by each side in turn."""
    messages = []
    for k in range(n):
        when = last - dt.timedelta(weeks=k)
        for step, from_owner in enumerate((k % 2 == 0, k % 2 == 1)):
            sender, sender_url, recipient, recipient_url = (
                (OWNER, OWNER_URL, "Zoé Stranger", STRANGER_URL)
                if from_owner
                else ("Zoé Stranger", STRANGER_URL, OWNER, OWNER_URL)
            )
            sent = when + dt.timedelta(hours=step)
            messages.append(Message(f"z-{k}", "", sender, sender_url, recipient, (recipient_url,), sent, "", 1))
    return messages


def test_a_light_tie_is_circle1_only_while_fresh() -> None:
    export = _with_connection("Omega Foods", messages=_exchanges_with_zoe(5, dt.datetime(2026, 10, 3, 9)))
    assert "Zoé Stranger" in {member.name for member in _circles(export).circle1}  # 10 messages, a month ago
    later = _circles(export, today=TODAY + dt.timedelta(days=90))
    assert "Zoé Stranger" in {member.name for member in later.circle2}


def test_a_close_tie_survives_a_long_silence() -> None:
    circles = _circles(today=TODAY + dt.timedelta(days=400))
    assert {member.name for member in circles.circle1} == CLOSE_NAMES


def test_initiative_needs_conversation_ids() -> None:
    # 2018 archives have no CONVERSATION ID: who started a conversation is unknown, so it earns no points.
    messages = tuple(dataclasses.replace(m, conversation_id="") for m in model_export().messages)
    lea = next(m for m in _circles(model_export(messages=messages)).circle1 if m.name == "Léa Martin")
    assert "initiative" not in dict(lea.points)


def test_equal_scores_keep_the_order_of_connections() -> None:
    circles = _circles()
    zeros = [member for member in circles.circle2 if member.score == 0]
    assert [m.line for m in zeros] == sorted(m.line for m in zeros)
    assert len({hash(member) for member in circles.circle1}) == len(circles.circle1)  # members are hashable


def test_an_audit_dated_after_the_export_measures_silences_up_to_the_export() -> None:
    later = dt.date(2027, 6, 1)
    circles = analyse(model_export(), later).circles  # the archive was made on TODAY
    assert circles.today == TODAY and circles.quiet(180) == ()
