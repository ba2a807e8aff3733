"""The ties analysis (auditor.analysis.ties): who wrote to whom, who started what, and what passed each way."""

from __future__ import annotations

import datetime as dt

from auditor.analysis.people import company_key
from auditor.analysis.ties import Tie, Ties, compute_ties
from auditor.model import Connection, Endorsement, Export, Message, Position, Recommendation

from .factory import OWNER, OWNER_URL, model_export

D = dt.datetime
ZOE_URL = "https://www.linkedin.com/in/zoe-martin"
SAM_URL = "https://www.linkedin.com/in/sam-jones"
ZOE = Connection("Zoé", "Martin", ZOE_URL, "", "Beta Foods, Inc.", "Buyer", dt.date(2020, 5, 4), line=7)
SAM = Connection("Sam", "Jones", SAM_URL, "", "Omega", "Engineer", dt.date(2021, 1, 2), line=3)


def _message(
    conversation: str,
    sender: str,
    sender_url: str,
    recipients: str,
    recipient_urls: tuple[str, ...],
    when: dt.datetime | None,
    *,
    title: str = "",
    direction: str = "",
) -> Message:
    return Message(
        conversation, title, sender, sender_url, recipients, recipient_urls, when,
        direction,  # type: ignore[arg-type]
        1,
    )  # fmt: skip


def _to_zoe(conversation: str, when: dt.datetime | None, **kwargs: str) -> Message:
    return _message(conversation, OWNER, OWNER_URL, "Zoé Martin", (ZOE_URL,), when, **kwargs)


def _from_zoe(conversation: str, when: dt.datetime | None, **kwargs: str) -> Message:
    return _message(conversation, "Zoé Martin", ZOE_URL, OWNER, (OWNER_URL,), when, **kwargs)


def _ties(messages: list[Message] = (), **fields: object) -> Ties:  # type: ignore[assignment]
    values: dict[str, object] = {"connections": (SAM, ZOE), "messages": tuple(messages)}
    values.update(dict.fromkeys(
        ("endorsements_received", "endorsements_given", "recommendations_received", "recommendations_given"), ()
    ))  # fmt: skip
    values.update(fields)
    return compute_ties(model_export(**values))


def _zoe(ties: Ties) -> Tie:
    return ties.by_key["in/zoe-martin"]


def test_messages_each_way_and_their_bounds() -> None:
    ties = _ties(
        [
            _from_zoe("c1", D(2026, 9, 1, 9)),
            _to_zoe("c1", D(2026, 9, 2, 9)),
            _to_zoe("c2", D(2026, 10, 1, 9)),
            _to_zoe("c2", D(2026, 10, 5, 9)),
            _from_zoe("c2", D(2026, 10, 6, 9)),
        ]
    )
    zoe = _zoe(ties)
    assert (zoe.sent, zoe.received, zoe.messages, zoe.conversations) == (3, 2, 5, 2)
    assert (zoe.started_by_owner, zoe.started_by_them) == (1, 1)
    assert (zoe.first_exchange, zoe.last_exchange) == (D(2026, 9, 1, 9), D(2026, 10, 6, 9))
    assert (zoe.last_sent, zoe.last_received) == (D(2026, 10, 5, 9), D(2026, 10, 6, 9))
    assert zoe.sent > 0 and zoe.received > 0
    assert ties.owner_messages == 3
    assert (ties.conversations_started_by_owner, ties.conversations_started_by_others) == (1, 1)
    assert ties.conversations_answered_by_owner == 1
    assert sorted(ties.owner_message_times) == [D(2026, 9, 2, 9), D(2026, 10, 1, 9), D(2026, 10, 5, 9)]
    assert ties.owner_conversation_starts == (D(2026, 10, 1, 9),)


def test_owner_times_are_every_dated_message_of_the_owner() -> None:
    ties = _ties([_to_zoe("c1", D(2026, 10, 5)), _to_zoe("c2", D(2026, 1, 5)), _to_zoe("c1", None)])
    assert sorted(ties.owner_message_times) == [D(2026, 1, 5), D(2026, 10, 5)]


def test_a_message_without_a_date_counts_but_bounds_nothing() -> None:
    zoe = _zoe(_ties([_to_zoe("c1", None), _from_zoe("c1", D(2026, 10, 1))]))
    assert (zoe.sent, zoe.received) == (1, 1)
    assert zoe.last_sent is None and zoe.first_exchange == zoe.last_exchange == D(2026, 10, 1)
    assert zoe.started_by_them == 1


def test_same_first_time_on_both_sides_means_the_other_side_started() -> None:
    # Minute precision in older archives: the owner's message in the same minute reads as a quick reply.
    same = D(2016, 5, 28, 2, 29)
    for messages in ([_to_zoe("c", same), _from_zoe("c", same)], [_from_zoe("c", same), _to_zoe("c", same)]):
        zoe = _zoe(_ties(messages))
        assert (zoe.started_by_owner, zoe.started_by_them) == (0, 1)


def test_the_owner_is_found_without_a_direction_column() -> None:
    by_url = _zoe(_ties([_to_zoe("c", D(2026, 10, 1))]))
    assert by_url.sent == 1
    # No URL for the sender: the profile's name designates the owner.
    no_url = _message("c", "Claire  Dupont ", "", "Zoé Martin", (ZOE_URL,), D(2026, 10, 1))
    assert _zoe(_ties([no_url])).sent == 1


def test_direction_wins_when_the_archive_has_one() -> None:
    # 2018 archives say who wrote; a same-named stranger writing in is still incoming.
    namesake = _message("c", OWNER, "", "Zoé Martin", (ZOE_URL,), D(2016, 1, 1), direction="incoming")
    ties = _ties([namesake, _to_zoe("c", D(2016, 1, 2), direction="outgoing")])
    assert ties.owner_messages == 1


def test_without_a_profile_the_owner_is_who_appears_most() -> None:
    messages = [_to_zoe("c1", D(2026, 10, 1)), _from_zoe("c1", D(2026, 10, 2)), _message(
        "c2", "Sam Jones", SAM_URL, OWNER, (OWNER_URL,), D(2026, 10, 3)
    )]  # fmt: skip
    ties = _ties(messages, profile=None)
    assert ties.owner_messages == 1
    assert _zoe(ties).received == 1 and ties.by_key["in/sam-jones"].received == 1
    assert "in/claire-dupont" not in ties.by_key


def test_sponsored_messages_are_left_out() -> None:
    ties = _ties(
        [
            _from_zoe("ad", D(2026, 10, 1), title="Sponsored Conversation"),
            _message("ad2", "LinkedIn Member", "", OWNER, (OWNER_URL,), D(2026, 10, 2)),
            _from_zoe("c", D(2026, 10, 3)),
        ]
    )
    assert ties.sponsored_messages == 2
    assert _zoe(ties).received == 1
    assert "name/linkedin member" not in ties.by_key


def test_archives_without_conversation_ids_thread_by_participants() -> None:
    messages = [_from_zoe("", D(2016, 1, 1)), _to_zoe("", D(2016, 1, 2))]
    zoe = _zoe(_ties(messages))
    assert zoe.conversations == 1 and (zoe.started_by_owner, zoe.started_by_them) == (0, 1)


def test_recipients_pair_names_and_urls() -> None:
    group = _message("g", OWNER, OWNER_URL, "Zoé Martin, Sam Jones", (ZOE_URL, SAM_URL), D(2026, 10, 1))
    ties = _ties([group])
    assert _zoe(ties).sent == 1 and ties.by_key["in/sam-jones"].sent == 1
    # A name alone resolves to the connection of that name (and its URL key).
    named = _message("n", OWNER, OWNER_URL, "Zoe Martin", (), D(2026, 10, 1))
    assert _zoe(_ties([named])).sent == 1


def test_endorsements_and_recommendations_each_way() -> None:
    ties = _ties(
        endorsements_received=(Endorsement(None, "S&OP", "Zoé", "Martin", ZOE_URL, "", 2),) * 2,
        endorsements_given=(Endorsement(None, "Buying", "Zoé", "Martin", "", "", 2),),
        recommendations_received=(Recommendation("Zoé", "Martin", "Beta", "Buyer", "Great.", None, "", 2),),
        recommendations_given=(),
    )
    zoe = _zoe(ties)
    assert (zoe.endorsements_received, zoe.endorsements_given) == (2, 1)
    assert (zoe.recommendations_received, zoe.recommendations_given) == (1, 0)


def test_shared_employers_and_connection_rows() -> None:
    ties = _ties(positions=(Position("Beta Foods", "Planner", "", "", None, None, line=2),))
    zoe, sam = _zoe(ties), ties.by_key["in/sam-jones"]
    assert zoe.shared_employers == ("Beta Foods",) and sam.shared_employers == ()
    assert (zoe.line, sam.line) == (7, 3)
    assert zoe.is_connection and zoe.name == "Zoé Martin" and zoe.connected_on == dt.date(2020, 5, 4)
    assert not zoe.mentioned and not sam.mentioned  # nothing but Connections.csv names them
    assert _zoe(_ties([_from_zoe("c", D(2026, 1, 1))])).mentioned


def test_order_is_the_network_then_everyone_else() -> None:
    stranger = _message("s", "Ann Other", "https://www.linkedin.com/in/ann-other", OWNER, (OWNER_URL,), D(2026, 1, 1))
    ties = _ties([_from_zoe("c", D(2026, 1, 2)), stranger])
    assert list(ties.by_key) == ["in/sam-jones", "in/zoe-martin", "in/ann-other"]
    ann = ties.by_key["in/ann-other"]
    assert not ann.is_connection and ann.line == 0 and ann.received == 1
    assert [tie.key for tie in ties.connections()] == ["in/sam-jones", "in/zoe-martin"]


def test_the_owner_is_never_a_tie() -> None:
    me = Connection("Claire", "Dupont", OWNER_URL, "", "Acme", "Manager", dt.date(2020, 1, 1), line=2)
    ties = _ties([_to_zoe("c", D(2026, 1, 1))], connections=(me, ZOE))
    assert "in/claire-dupont" not in ties.by_key


def test_the_model_member() -> None:
    export: Export = model_export()
    ties = compute_ties(export)
    assert len(list(ties.connections())) == len(export.connections)
    assert ties.owner_name == OWNER
    assert all(not tie.key.startswith("name/") for tie in ties.connections())


def test_company_keys_ignore_case_punctuation_and_legal_forms() -> None:
    assert company_key("Beta Foods, Inc.") == company_key("BETA FOODS") == "beta foods"
    assert company_key("Acme S.A.") == company_key("acme sa") == "acme"
    assert company_key("Société Générale SAS") == "societe generale"
    assert company_key("SA") == "sa"  # a name that is only a legal form stays itself
    assert company_key("Acme Co Ltd") == "acme"
    assert company_key("Booking.com") == "booking com" and company_key("Amazon.com, Inc.") == "amazon com"
    assert company_key("The Limited") == "the limited"  # never shrunk to an article


def test_find_by_url_else_by_name() -> None:
    stranger_url = "https://www.linkedin.com/in/ann-other"
    ties = _ties([_message("s", "Ann Other", stranger_url, OWNER, (OWNER_URL,), D(2026, 1, 1))])
    assert ties.find("Zoé Martin") is _zoe(ties)  # the name resolves to her profile
    assert ties.find("", "www.linkedin.com/in/Zoe-Martin/") is _zoe(ties)
    assert ties.find("Zoé Martin", "urn:li:member:123") is _zoe(ties)  # an unknown URL: the name decides
    assert ties.find("Ann Other", stranger_url) is ties.by_key["in/ann-other"]
    assert ties.find("Nobody Known") is None and ties.find("") is None


def test_a_url_met_later_joins_the_connection_known_by_name() -> None:
    # 2018 archives: connections without URLs, endorsements with them.
    plain = Connection("Zoé", "Martin", "", "", "Beta", "Buyer", dt.date(2016, 5, 4), line=4)
    ties = _ties(
        connections=(plain,),
        endorsements_received=(Endorsement(None, "S&OP", "Zoé", "Martin", ZOE_URL, "", 2),),
    )
    zoe = ties.by_key["name/zoe martin"]
    assert zoe.is_connection and zoe.endorsements_received == 1
    assert "in/zoe-martin" not in ties.by_key
    assert ties.find("", ZOE_URL) is zoe and ties.find("Zoe Martin") is zoe


def test_2018_group_recipients_split_when_someone_is_known() -> None:
    def sent_to(recipients: str) -> Ties:
        return _ties([_message("", OWNER, "", recipients, (), D(2016, 1, 1), direction="outgoing")])

    split = sent_to("Bob Other, Zoé Martin")
    assert _zoe(split).sent == 1 and split.by_key["name/bob other"].sent == 1
    credentials = sent_to("Zoé Martin, MBA")  # a credential, not a person
    assert _zoe(credentials).sent == 1 and "name/mba" not in credentials.by_key
    unknown = sent_to("Ann Other, Bob Other")  # nobody known: the text is one person, as written
    assert unknown.by_key["name/ann other, bob other"].sent == 1


def test_a_connection_without_a_name_is_kept_by_its_url() -> None:
    nameless = Connection("", "", "https://www.linkedin.com/in/x-y", "", "", "", None, line=9)
    tie = _ties(connections=(nameless,)).by_key["in/x-y"]
    assert tie.name == "" and tie.is_connection and tie.line == 9


def test_2018_group_split_does_not_depend_on_the_order_of_messages() -> None:
    group = _message("", OWNER, "", "Bob Other, Ann Other", (), D(2016, 1, 2), direction="outgoing")
    solo = _message("", OWNER, "", "Bob Other", (), D(2016, 1, 1), direction="outgoing")
    first = _ties([group, solo]).by_key
    second = _ties([solo, group]).by_key
    assert {k: t.sent for k, t in first.items() if "other" in k} == {
        k: t.sent for k, t in second.items() if "other" in k
    }
    # Someone who wrote to the owner is known: a group naming them is split.
    from_ann = _message("", "Ann Other", "", OWNER, (), D(2016, 1, 3), direction="incoming")
    split = _ties([group, from_ann]).by_key
    assert split["name/ann other"].sent == 1 and split["name/bob other"].sent == 1


def test_a_namesake_of_the_owner_who_writes_in_is_a_tie() -> None:
    namesake = _message("", OWNER, "", OWNER, (), D(2016, 1, 1), direction="incoming")
    ties = _ties([namesake])
    assert ties.owner_messages == 0 and ties.by_key["name/claire dupont"].received == 1


def test_a_joined_url_fills_the_tie_and_joins_only_once() -> None:
    plain = Connection("Zoé", "Martin", "", "", "Beta", "Buyer", dt.date(2016, 5, 4), line=4)
    other_url = "https://www.linkedin.com/in/zoe-martin-2"
    ties = _ties(
        connections=(plain,),
        endorsements_received=(
            Endorsement(None, "S&OP", "Zoé", "Martin", ZOE_URL, "", 2),
            Endorsement(None, "Lean", "Zoé", "Martin", other_url, "", 3),
        ),
    )
    assert ties.by_key["name/zoe martin"].url == ZOE_URL
    assert ties.by_key["in/zoe-martin-2"].endorsements_received == 1  # another profile: another person


def test_two_rows_of_connections_with_one_name_stay_two() -> None:
    plain = Connection("Jane", "Doe", "", "", "Acme", "", None, line=2)
    with_url = Connection("Jane", "Doe", "https://www.linkedin.com/in/jane-doe-b", "", "Beta", "", None, line=3)
    ties = _ties(connections=(plain, with_url))
    assert len(list(ties.connections())) == 2
    assert ties.by_key["name/jane doe"].line == 2 and ties.by_key["in/jane-doe-b"].line == 3


def test_organisations_are_set_aside_with_their_conversations() -> None:
    messages = [
        _message("p1", "Lucie from LinkedIn Premium", "", OWNER, (OWNER_URL,), D(2026, 9, 1)),
        _message("p2", "Marc @ LinkedIn Learning", "", OWNER, (OWNER_URL,), D(2026, 9, 2)),
        _message("b1", "Acme Bank", "", OWNER, (OWNER_URL,), D(2026, 9, 3)),
        _message("b1", OWNER, OWNER_URL, "Acme Bank", (), D(2026, 9, 4)),  # a reply to the bank
        # No profile URL in an archive whose senders have one, and no other file names it: a company's InMail.
        _message("i1", "Crédit Mutuel Recrutement", "", OWNER, (OWNER_URL,), D(2026, 9, 5)),
        _message("c", "Beta Foods", "https://www.linkedin.com/company/beta-foods", OWNER, (OWNER_URL,), D(2026, 9, 6)),
        _from_zoe("z", D(2026, 9, 7)),
    ]
    ties = _ties(messages)
    assert dict(ties.organisations) == {
        "Lucie from LinkedIn Premium": 1,
        "Marc @ LinkedIn Learning": 1,
        "Acme Bank": 1,
        "Crédit Mutuel Recrutement": 1,
        "Beta Foods": 1,
    }
    assert ties.conversations_started_by_others == 1  # only Zoé's
    assert ties.owner_messages == 0  # the reply to the bank is not networking either
    assert set(ties.by_key) == {"in/sam-jones", "in/zoe-martin"}


def test_people_without_a_url_in_a_2018_archive_stay_people() -> None:
    # No sender has a URL (2018): a name alone that other files do not know is still a person.
    message = _message("", "Bob Martin", "", OWNER, (), D(2016, 1, 1), direction="incoming")
    ties = _ties([message])
    assert ties.organisations == () and ties.conversations_started_by_others == 1


def test_a_known_person_whose_name_has_an_organisation_word_stays_a_person() -> None:
    # A 2018 archive (no URLs): Melissa Bank is a connection; her name's last word does not make her a bank.
    melissa = Connection("Melissa", "Bank", "", "", "Writers Inc", "Author", D(2015, 1, 1).date(), line=9)
    message = _message("", "Melissa Bank", "", OWNER, (), D(2016, 1, 1), direction="incoming")
    ties = _ties([message], connections=(SAM, ZOE, melissa))
    assert ties.organisations == () and ties.conversations_started_by_others == 1
    assert any(tie.name == "Melissa Bank" and tie.received == 1 for tie in ties.by_key.values())
