"""The network analysis (auditor.analysis.network): size, growth and invitations still pending."""

from __future__ import annotations

import datetime as dt

from auditor.analysis import analyse
from auditor.analysis.network import Network
from auditor.model import Connection, Invitation, Message

from .factory import OWNER, TODAY, model_export


def _connection(first: str, day: dt.date | None, line: int) -> Connection:
    return Connection(first, "Test", f"https://www.linkedin.com/in/{first.lower()}-test", "", "Acme", "", day, line)


def _network(**fields: object) -> Network:
    return analyse(model_export(**fields), TODAY).network


def test_growth_recent_and_latest() -> None:
    connections = (
        _connection("Old", dt.date(2020, 1, 15), 2),
        _connection("Prev", TODAY - dt.timedelta(days=400), 3),
        _connection("New", TODAY - dt.timedelta(days=10), 4),
        _connection("Newer", TODAY - dt.timedelta(days=2), 5),
        _connection("Future", TODAY + dt.timedelta(days=2), 6),  # after the as-of date: not recent
        _connection("Undated", None, 7),
    )
    network = _network(connections=connections)
    assert network.size == 6
    assert [c.first_name for c in network.recent] == ["Newer", "New"]
    assert network.latest is not None and network.latest.first_name == "Future"
    assert network.companies["Acme"] == 6


def test_no_dated_connection() -> None:
    network = _network(connections=(_connection("Undated", None, 2),))
    assert network.latest is None and network.recent == ()


def test_pending_invitations_leave_out_accepted_ones() -> None:
    zoe = _connection("Zoe", dt.date(2026, 10, 1), 2)
    invitations = (
        Invitation(OWNER, "Zoe Test", dt.datetime(2026, 9, 1), "", "outgoing", "", zoe.url, 2),  # accepted
        Invitation(OWNER, "Sam Stranger", dt.datetime(2026, 9, 2), "", "outgoing", "", "", 3),
        Invitation(OWNER, "Ann Early", dt.datetime(2026, 8, 2), "", "outgoing", "", "", 4),
        Invitation("Zoe Test", OWNER, dt.datetime(2026, 9, 3), "", "incoming", "", "", 5),  # by name: accepted
        Invitation("Bob Waiting", OWNER, None, "", "incoming", "", "", 6),
    )
    network = _network(connections=(zoe,), invitations=invitations)
    assert [i.recipient for i in network.pending_sent] == ["Ann Early", "Sam Stranger"]  # oldest first
    assert [i.sender for i in network.pending_received] == ["Bob Waiting"]


def test_an_invitation_from_a_known_profile_that_is_not_a_connection_is_pending() -> None:
    # A namesake of a connection, known by another profile (they wrote to the member): not the connection.
    zoe = _connection("Zoe", dt.date(2026, 10, 1), 2)
    other = "https://www.linkedin.com/in/zoe-test-2"
    message = Message("c", "", "Zoe Test", other, OWNER, (), dt.datetime(2026, 9, 1), "", 2)
    invitation = Invitation("Zoe Test", OWNER, dt.datetime(2026, 9, 3), "", "incoming", other, "", 5)
    network = _network(connections=(zoe,), messages=(message,), invitations=(invitation,))
    assert network.pending_received == (invitation,)
