"""Files about ties: Connections, Invitations, endorsements, recommendations, Member and Company Follows.

Everything that gives and receives is here, so the auditor's give-to-receive ledger has both columns:
endorsements and recommendations both ways, invitations sent and received (accepted ones matching recent
connections, pending ones from strangers with decorated names).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from auditor.sample.archive import ArchiveWriter
from auditor.sample.dates import between, day_mon_year, iso_seconds, java_date, slash_utc, us_short
from auditor.sample.eras import CONNECTIONS_PREAMBLE, Era
from auditor.sample.lexicon import gendered
from auditor.sample.names import SlugMaker, pick_name
from auditor.sample.network import Person, decorated_name, long_tail_company, new_person, pick_weighted_ties
from auditor.sample.persona import Owner
from auditor.sample.words import shared_names

DAY = dt.timedelta(days=1)


def write_connections(archive: ArchiveWriter, era: Era, people: list[Person]) -> None:
    """Connections.csv, newest first, without a final newline; 2018: no preamble, no URL, US dates."""
    with archive.csv("Connections.csv", "connections", final_newline=False) as sink:
        if era.is_2018:
            sink.header(["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"])
            for p in reversed(people):
                sink.row([p.first, p.last, p.email, p.company, p.title, us_short(p.since)])
            return
        for line in CONNECTIONS_PREAMBLE:
            sink.line(line)
        sink.header(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for p in reversed(people):
            sink.row([p.first, p.last, p.url, p.email, p.company, p.title, day_mon_year(p.since)])


def write_invitations(
    archive: ArchiveWriter, era: Era, owner: Owner, people: list[Person], count: int, rng: random.Random
) -> None:
    """Invitations.csv: accepted invitations of recent connections, and pending ones both ways."""
    lex = owner.lexicon
    end = dt.datetime.combine(era.exported_on, dt.time())
    recent = [p for p in people if p.connected_on and p.connected_on > end - 200 * DAY]
    accepted = recent[-max(1, int(count * 0.4)) :] if recent else []
    slugs = SlugMaker(rng)
    for p in people:
        slugs.reserve(p.slug)
    rows: list[tuple[dt.datetime, list[str]]] = []

    def note(first: str) -> str:
        values = {
            "first": first.strip(),
            "event": rng.choice(lex.events).format(year=era.year, city=owner.city, n=rng.randint(12, 80)),
            "topic": rng.choice(owner.track.topics),
            "other": rng.choice(people).full_name if people else "",
        }
        return gendered(rng.choice(lex.invitation_notes), owner.gender).format(**values)

    def add(sent: dt.datetime, incoming: bool, first: str, last: str, other: Person) -> None:
        name = f"{first} {last}"
        inviter, invitee = (other, None) if incoming else (None, other)
        message = note(owner.first if incoming else first) if rng.random() < 0.45 else ""
        row = [
            name if incoming else owner.full_name,
            owner.full_name if incoming else name,
            us_short(sent),
            message,
            "INCOMING" if incoming else "OUTGOING",
        ]
        if era.key == "2023":
            row += [
                f"urn:li:member:{(inviter or owner).member_id}",
                f"urn:li:member:{(invitee or owner).member_id}",
            ]
        elif era.key == "2026":
            row += [(inviter or owner).url, (invitee or owner).url]
        rows.append((sent, row))

    if owner.is_model:
        # The model member invites more than they are invited, answers invitations within days and keeps few
        # of their own pending (NET-004): the strangers below are the last weeks' only.
        accepted = recent[-max(1, int(count * 0.6)) :] if recent else []
        for person in accepted:
            sent = person.since - dt.timedelta(minutes=rng.randint(10, 60 * 24 * 9))
            add(sent, rng.random() < 0.35, person.first, person.last, person)
        for _ in range(min(8, max(2, count // 8))):
            stranger = new_person(rng, owner, slugs)
            first, last = decorated_name(rng, stranger.first, stranger.last)
            incoming = rng.random() < 0.5
            add(between(rng, end - (20 if incoming else 40) * DAY, end - DAY), incoming, first, last, stranger)
    else:
        for person in accepted:
            sent = person.since - dt.timedelta(minutes=rng.randint(10, 60 * 24 * 9))
            add(sent, rng.random() < 0.6, person.first, person.last, person)
    while len(rows) < count and not owner.is_model:
        stranger = new_person(rng, owner, slugs)
        first, last = decorated_name(rng, stranger.first, stranger.last)
        add(between(rng, end - 180 * DAY, end - DAY), rng.random() < 0.7, first, last, stranger)
    # Make sure every decoration appears at least once, whatever the seed.
    emoji, credential = shared_names().emoji[0], shared_names().credentials[0]
    stranger = new_person(rng, owner, slugs)
    add(between(rng, end - 4 * DAY, end), True, stranger.first, f"{stranger.last} {emoji}", stranger)
    stranger = new_person(rng, owner, slugs)
    add(between(rng, end - 6 * DAY, end), True, f"{stranger.first} ", f"{stranger.last}, {credential} ", stranger)
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table("Invitations.csv", "invitations", era.invitations_header, [r for _, r in rows])


def write_endorsements(
    archive: ArchiveWriter,
    era: Era,
    owner: Owner,
    people: list[Person],
    received: int,
    given: int,
    rng: random.Random,
) -> None:
    """Endorsement_Received_Info.csv and Endorsement_Given_Info.csv (URLs without a scheme)."""
    end = dt.datetime.combine(era.exported_on, dt.time())
    floor = dt.datetime(2012, 10, 1)  # endorsements launched in autumn 2012

    endorsers: dict[str, tuple[Person, dt.datetime]] = {}  # slug -> (endorser, first endorsement)

    def rows(k: int, incoming: bool) -> list[list[str]]:
        out: list[tuple[dt.datetime, list[str]]] = []
        if owner.is_model and not incoming and endorsers:
            return model_given(k)
        ties = pick_weighted_ties(rng, people, max(1, k // 2), colleague_boost=4.0)
        skills = list(owner.skills)
        for _ in range(k):
            person = rng.choice(ties)
            if incoming:
                # Endorsers favour the top skills: LinkedIn shows those first.
                skill = skills[min(int(rng.expovariate(1 / 4)), len(skills) - 1)].strip()
            else:
                skill = gendered(rng.choice(owner.track.skills), person.gender)
            t = between(rng, max(person.since, floor), end - DAY)
            url = f"www.linkedin.com/in/{person.slug}"
            out.append((t, [slash_utc(t), skill, person.first, person.last, url, "ACCEPTED"]))
            if incoming and (person.slug not in endorsers or t < endorsers[person.slug][1]):
                endorsers[person.slug] = (person, t)
        out.sort(key=lambda r: r[0], reverse=True)
        return [r for _, r in out]

    def model_given(k: int) -> list[list[str]]:
        """The model member endorses back everyone who endorsed them (GIV-002), within days, and a few more."""
        out: list[tuple[dt.datetime, list[str]]] = []
        back = [endorsers[slug] for slug in sorted(endorsers)]
        extra = pick_weighted_ties(rng, people, max(1, k // 2), colleague_boost=4.0)
        extra = [p for p in extra if p.slug not in endorsers] or [p for p, _ in back]
        for index in range(max(k, len(back))):
            if index < len(back):
                person, endorsed = back[index]
                t = min(endorsed + dt.timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600)), end - DAY)
            else:
                person = rng.choice(extra)
                t = between(rng, max(person.since, floor), end - DAY)
            skill = gendered(rng.choice(owner.track.skills), person.gender)
            url = f"www.linkedin.com/in/{person.slug}"
            out.append((t, [slash_utc(t), skill, person.first, person.last, url, "ACCEPTED"]))
        out.sort(key=lambda r: r[0], reverse=True)
        return [r for _, r in out]

    who = ("Endorser", "Endorsee")
    for incoming, k, name in (
        (True, received, "Endorsement_Received_Info.csv"),
        (False, given, "Endorsement_Given_Info.csv"),
    ):
        role = who[0] if incoming else who[1]
        header = [
            "Endorsement Date",
            "Skill Name",
            f"{role} First Name",
            f"{role} Last Name",
            f"{role} Public Url",
            "Endorsement Status",
        ]
        section = "endorsements_received" if incoming else "endorsements_given"
        archive.table(name, section, header, rows(k, incoming))


def write_recommendations(
    archive: ArchiveWriter,
    era: Era,
    owner: Owner,
    people: list[Person],
    received: int,
    given: int,
    rng: random.Random,
    close: list[Person] | None = None,
) -> None:
    """Recommendations_Received.csv and Recommendations_Given.csv (zero-padded US dates).

    The model member's recommendations go both ways between them and their `close` ties (circle 1), who know
    their work; the typical member's come from and go to former colleagues, whether still in touch or not.
    """
    lex = owner.lexicon
    end = dt.datetime.combine(era.exported_on, dt.time())
    colleagues = [p for p in people if p.kind == "colleague"] or people
    if owner.is_model and close:
        # Recommendations name people, not profiles: leave out a close tie whose name another connection shares.
        names = Counter(p.full_name for p in people)
        colleagues = [p for p in close if names[p.full_name] == 1] or close
    header = ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"]
    for incoming, k in ((True, received), (False, given)):
        ties = pick_weighted_ties(rng, colleagues, k, colleague_boost=1.0)
        rows: list[tuple[dt.datetime, list[str]]] = []
        for index, person in enumerate(ties):
            t = between(rng, person.since + DAY, end - DAY)
            company = person.employer or person.company.strip()
            if incoming:
                text = gendered(rng.choice(lex.recommendations_received), owner.gender).format(
                    me=owner.first, company=company, s1=owner.skills[0].strip(), s2=owner.skills[1].strip()
                )
                status = "VISIBLE"
            else:
                text = gendered(rng.choice(lex.recommendations_given), person.gender).format(
                    first=person.first, company=company
                )
                status = "VISIBLE" if rng.random() < 0.6 else ""
            last = f"{person.last}, {rng.choice(shared_names().credentials)}" if index == 0 else person.last
            rows.append(
                (
                    t,
                    [
                        person.first,
                        last,
                        person.company.strip(),
                        person.title.strip(),
                        text,
                        us_short(t, padded=True),
                        status,
                    ],
                )
            )
        rows.sort(key=lambda r: r[0], reverse=True)
        name = "Recommendations_Received.csv" if incoming else "Recommendations_Given.csv"
        section = "recommendations_received" if incoming else "recommendations_given"
        archive.table(name, section, header, [r for _, r in rows])


def write_member_follows(
    archive: ArchiveWriter, name: str, era: Era, owner: Owner, count: int, rng: random.Random
) -> None:
    """Member_Follows.csv: creators the owner follows, names with emoji and credentials."""
    end = dt.datetime.combine(era.exported_on, dt.time())
    start = max(owner.registered, end - 6 * 365 * DAY)
    rows: list[tuple[dt.datetime, list[str]]] = []
    decorations = shared_names()
    for index in range(count):
        first, last, _ = pick_name(rng, owner.lexicon.lang, local_share=0.6)
        if index % 3 == 0:
            last = f"{last} {rng.choice(decorations.emoji)}"
        elif index % 3 == 1:
            last = f"{last}, {rng.choice(decorations.credentials)}"
        t = between(rng, start, end - DAY)
        rows.append((t, [iso_seconds(t), "Unfollow" if rng.random() < 0.12 else "Active", f"{first} {last}"]))
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table(name, "member_follows", ["Date", "Status", "FullName"], [r for _, r in rows])


def write_company_follows(archive: ArchiveWriter, era: Era, owner: Owner, count: int, rng: random.Random) -> None:
    """Company Follows.csv: Java `Date.toString()` dates and no final newline."""
    end = dt.datetime.combine(era.exported_on, dt.time())
    names = [p.company.strip() for p in owner.positions]
    names += [c for c in owner.lexicon.companies if c not in names]
    while len(names) < count:
        candidate = long_tail_company(rng, owner)
        if candidate not in names:
            names.append(candidate)
    rows: list[tuple[dt.datetime, list[str]]] = []
    for name in names[:count]:
        t = between(rng, owner.registered, end - DAY)
        rows.append((t, [name, java_date(t)]))
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table(
        "Company Follows.csv",
        "company_follows",
        ["Organization", "Followed On"],
        [r for _, r in rows],
        final_newline=False,
    )
