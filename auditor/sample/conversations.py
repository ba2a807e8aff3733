"""Messages: conversations planned per tie, then written newest first.

The plan gives each kind of tie the pattern the auditor must recognise:
- close ties: many messages both ways, in threads, up to the last weeks (one of them gone quiet for a year);
- warm ties: fewer messages, some recent;
- cold ties: a "thanks for connecting" exchange long ago;
- asks: the owner writes (and follows up) and never gets an answer;
- pitches: others write right after connecting and the owner never answers;
- recruiters (not connections) with InMail subjects, sometimes answered;
- sponsored conversations (FROM "LinkedIn Member", no URL, HTML content);
- organisations (a bank, LinkedIn's products, an app store, a company page) writing to the owner, one of them
  answered: the auditor must set them aside, not take them for people;
- a few group conversations with a title.

Only times and directions are kept in memory (a few MB for 200,000 messages); the texts are composed while
writing, so the `max` size streams.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import random
import re
from dataclasses import dataclass, field

from auditor.sample.archive import ArchiveWriter
from auditor.sample.dates import between, epoch_ms, iso_utc, office_time, us_short
from auditor.sample.eras import MESSAGES_HEADER, MESSAGES_HEADER_2018, Era
from auditor.sample.lexicon import gendered
from auditor.sample.names import SlugMaker
from auditor.sample.network import Person, new_person
from auditor.sample.persona import Owner

_TAG = re.compile(r"<[^>]+>")
OUT = 1  # flag: the owner sent this message
START = 2  # flag: first message of a thread (a new topic, not a reply)
DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class Conversation:
    kind: str
    others: list[Person]
    conv_id: str
    times: list[dt.datetime] = field(default_factory=list)
    flags: bytearray = field(default_factory=bytearray)
    senders: list[int] = field(default_factory=list)  # group conversations: index in `others`, -1 = owner
    title: str = ""
    subject: str = ""


def conversation_id(rng: random.Random) -> str:
    """`2-` + base64 of "<uuid>_100", the shape of real IDs (`2-ZjU1…XzEwMA==`)."""
    raw = f"{rng.getrandbits(128):032x}"
    uuid = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}_100"
    return "2-" + base64.b64encode(uuid.encode()).decode()


def _threads(
    rng: random.Random, conv: Conversation, n: int, start: dt.datetime, end: dt.datetime, owner_share: float
) -> None:
    """Fill `n` messages in threads between start and end, directions alternating with some runs."""
    n_threads = max(1, round(n / rng.uniform(2.5, 5.0)))
    starts = [*sorted(between(rng, start, end) for _ in range(n_threads - 1)), end]
    # Threads start at plausible hours: shift the last one (which ends the conversation) to a working hour.
    if (end - start).days >= 2:
        starts[-1] = min(office_time(rng, end.date()), end)
    sizes = [1] * n_threads
    for _ in range(n - n_threads):
        sizes[rng.randrange(n_threads)] += 1
    for t0, size in zip(starts, sizes, strict=True):
        t = t0
        out = rng.random() < owner_share
        for index in range(size):
            conv.times.append(t)
            conv.flags.append((OUT if out else 0) | (START if index == 0 else 0))
            t += dt.timedelta(seconds=int(rng.expovariate(1 / 2400)) + 20)
            if rng.random() < 0.75:
                out = not out


def plan_conversations(
    rng: random.Random, owner: Owner, people: list[Person], target: int, end: dt.datetime
) -> list[Conversation]:
    """Every conversation with its message times and directions, newest conversation first.

    The model member (`owner.is_model`) differs where the method asks: a circle 1 of at most a dozen close ties,
    all written to in the last weeks; warm ties kept alive by a short exchange every few months; every pitch and
    recruiter message answered.
    """
    model = owner.is_model
    n = len(people)
    limit = end - dt.timedelta(minutes=2)
    convs: list[Conversation] = []
    eligible = [p for p in people if p.kind != "recruiter" and p.connected_on and p.connected_on < limit - 30 * DAY]
    weights = [4.0 if p.kind == "colleague" else 3.0 if p.kind == "school" else 1.0 for p in eligible]
    taken: set[str] = set()

    def take(k: int, pool: list[Person], pool_weights: list[float] | None = None) -> list[Person]:
        chosen: list[Person] = []
        tries = 0
        while len(chosen) < k and tries < k * 30 and pool:
            person = rng.choices(pool, weights=pool_weights)[0] if pool_weights else rng.choice(pool)
            tries += 1
            if person.slug not in taken:
                taken.add(person.slug)
                chosen.append(person)
        return chosen

    close = take(min(12, max(5, round(0.012 * n))) if model else max(4, round(0.012 * n)), eligible, weights)
    old = [p for p in eligible if p.connected_on and p.connected_on < end - 400 * DAY] or eligible
    cold = take(max(6, round(0.08 * n)), old)
    warm = take(max(4, round(0.05 * n)), eligible)
    asks = take(max(2, round(0.02 * n)), eligible)
    pitchers = take(max(4, round(0.05 * n)), [p for p in people if p.connected_on and p.connected_on < limit])

    # --- fixed-size conversations ---------------------------------------------------------------------------
    for person in cold:
        conv = Conversation("cold", [person], conversation_id(rng))
        t0 = person.since + dt.timedelta(hours=rng.randint(1, 240))
        _threads(rng, conv, rng.randint(2, 5), t0, min(t0 + rng.randint(1, 5) * DAY, limit), 0.5)
        conv.flags[0] |= START
        convs.append(conv)
    for person in asks:
        conv = Conversation("ask", [person], conversation_id(rng))
        t0 = between(rng, person.since, limit - 20 * DAY)
        conv.times.append(t0)
        conv.flags.append(OUT | START)
        if rng.random() < 0.6:
            conv.times.append(t0 + dt.timedelta(days=rng.randint(6, 15), hours=rng.randint(0, 8)))
            conv.flags.append(OUT)
        convs.append(conv)
    for person in pitchers:
        conv = Conversation("pitch", [person], conversation_id(rng))
        t = person.since + dt.timedelta(hours=rng.randint(1, 72))
        for index in range(rng.choices((1, 2, 3), weights=(5, 3, 1))[0]):
            conv.times.append(min(t, limit))
            conv.flags.append(START if index == 0 else 0)
            t += dt.timedelta(days=rng.randint(4, 12), hours=rng.randint(0, 6))
        if model:  # a short, polite answer
            conv.times.append(min(conv.times[-1] + dt.timedelta(hours=rng.randint(2, 60)), limit))
            conv.flags.append(OUT)
        convs.append(conv)
    slugs = SlugMaker(rng)
    for p in people:
        slugs.reserve(p.slug)
    for _ in range(max(2, round(0.01 * n))):
        recruiter = new_person(rng, owner, slugs, recruiter=True)
        conv = Conversation("recruiter", [recruiter], conversation_id(rng))
        t = between(rng, max(owner.registered, end - 4 * 365 * DAY), limit - 3 * DAY)
        conv.times.append(t)
        conv.flags.append(START)
        if rng.random() < 0.4:
            conv.times.append(t + dt.timedelta(days=rng.randint(1, 9)))
            conv.flags.append(0)
        if model or rng.random() < 0.5:
            t = conv.times[-1] + dt.timedelta(hours=rng.randint(2, 40))
            conv.times.append(t)
            conv.flags.append(OUT)
            if rng.random() < 0.5:
                conv.times.append(t + dt.timedelta(hours=rng.randint(1, 30)))
                conv.flags.append(0)
        conv.times = [min(x, limit) for x in conv.times]
        convs.append(conv)
    for _ in range(max(2, round(target * 0.004))):
        conv = Conversation("sponsored", [], conversation_id(rng), title="Sponsored Conversation")
        conv.times.append(between(rng, max(owner.registered, end - 3 * 365 * DAY), limit))
        conv.flags.append(START)
        convs.append(conv)
    lex = owner.lexicon
    group_pool = close if model else close + warm
    for _ in range(max(1, round(n / 400))):
        members = rng.sample(group_pool, min(len(group_pool), rng.randint(2, 3)))
        if len(members) < 2:
            break
        conv = Conversation("group", members, conversation_id(rng), title=rng.choice(lex.group_titles))
        joined = max(m.since for m in members)
        t0 = between(rng, joined, limit - 10 * DAY)
        _threads(rng, conv, rng.randint(5, 25), t0, min(t0 + rng.randint(5, 60) * DAY, limit), 0.3)
        conv.senders = [-1 if f & OUT else rng.randrange(len(members)) for f in conv.flags]
        convs.append(conv)

    # --- close and warm ties take the remaining budget ----------------------------------------------------
    fixed = sum(len(c.times) for c in convs)
    remaining = max(target - fixed, 6 * len(close) + 3 * len(warm))
    # Log-normal shares: a few ties clearly dominate, none swallows the whole budget.
    close_share = [rng.lognormvariate(0, 0.6) for _ in close]
    warm_share = [rng.lognormvariate(0, 0.6) for _ in warm]
    close_budget = remaining * 0.72 if warm else remaining
    # The model member's warm ties: a short exchange every few months, not a running chat (circle 2).
    warm_counts = [rng.randint(3, 5) for _ in warm] if model else []
    if model:
        close_budget = max(remaining - sum(warm_counts), 6 * len(close))
    for index, person in enumerate(close):
        count = max(6, round(close_budget * close_share[index] / sum(close_share)))
        conv = Conversation("close", [person], conversation_id(rng))
        # One close tie has gone quiet: the auditor should flag it as going cold (not the model member's).
        quiet = index == 0 and len(close) >= 4 and not model
        last = limit - (rng.randint(240, 420) if quiet else rng.randint(0, 25)) * DAY
        last = min(max(last, person.since + 3 * DAY), limit)  # never before they connected
        first = max(person.since + DAY, last - rng.randint(365, 6 * 365) * DAY)
        _threads(rng, conv, count, first, last, 0.5)
        convs.append(conv)
    for index, person in enumerate(warm):
        count = max(3, round((remaining - close_budget) * warm_share[index] / sum(warm_share)))
        conv = Conversation("warm", [person], conversation_id(rng))
        last = limit - rng.randint(10, 500) * DAY
        if model:
            count, last = warm_counts[index], limit - rng.randint(10, 150) * DAY
        last = min(max(last, person.since + 3 * DAY), limit)
        first = max(person.since + DAY, last - rng.randint(200, 4 * 365) * DAY)
        _threads(rng, conv, count, first, last, 0.5)
        convs.append(conv)

    for conv in convs:
        # A thread can run into the next one or past the export instant: sort, then clamp.
        order = sorted(range(len(conv.times)), key=conv.times.__getitem__)
        conv.times = [min(conv.times[i], limit) for i in order]
        conv.flags = bytearray(conv.flags[i] for i in order)
        if conv.senders:
            conv.senders = [conv.senders[i] for i in order]
    convs += _organisation_conversations(owner, end)
    convs.sort(key=lambda c: (c.times[-1], c.conv_id), reverse=True)
    return convs


def _organisation_conversations(owner: Owner, end: dt.datetime) -> list[Conversation]:
    """One conversation per organisation of the lexicon, in the last months; the owner answers the first. Drawn
    from a stream of their own, so the rest of the messages stay what they were."""
    rng = random.Random(f"organisations:{owner.full_name}:{end.isoformat()}")
    convs = []
    for index, _ in enumerate(owner.lexicon.organisations):
        conv = Conversation("organisation", [], conversation_id(rng))
        conv.senders = [index]
        t = end - dt.timedelta(days=rng.randint(3, 200), hours=rng.randint(0, 20))
        conv.times.append(t)
        conv.flags.append(START)
        if index == 0:
            conv.times.append(t + dt.timedelta(hours=rng.randint(2, 30)))
            conv.flags.append(OUT)
            conv.senders.append(index)
        conv.times = [min(x, end - dt.timedelta(minutes=2)) for x in conv.times]
        convs.append(conv)
    return convs


class _Composer:
    """Writes the text of each message from the lexicon's templates."""

    def __init__(self, rng: random.Random, owner: Owner, people: list[Person], era: Era) -> None:
        self.rng = rng
        self.owner = owner
        self.lex = owner.lexicon
        self.people = people
        self.era = era
        # Recruiters pitch the next rung of the owner's ladder (or the same title elsewhere, at the top).
        ladder = [gendered(t, owner.gender) for t in owner.track.ladder]
        current = owner.current.title
        index = ladder.index(current) if current in ladder else len(ladder) - 2
        self.next_title = ladder[min(index + 1, len(ladder) - 1)]
        self._last = ""

    def _values(self, to_first: str, from_first: str, other: Person | None) -> dict[str, object]:
        rng, lex = self.rng, self.lex
        company = other.company.strip() if other and other.company else rng.choice(lex.companies)
        return {
            "first": to_first,
            "me": from_first,
            "company": company,
            "day": rng.choice(lex.days),
            "place": rng.choice(lex.places),
            "topic": rng.choice(self.owner.track.topics),
            "other": rng.choice(self.people).full_name if self.people else "Alex",
            "event": rng.choice(lex.events).format(
                year=self.era.year - rng.randint(0, 2), city=self.owner.city, n=rng.randint(12, 80)
            ),
            "title": self.next_title,
            "city": self.owner.city,
            "k": rng.choice((75, 85, 95, 110, 130)),
        }

    def _dress(self, body: str, values: dict[str, object], formal: bool) -> str:
        """Add a greeting and a sign-off, making the content multi-line."""
        rng, lex = self.rng, self.lex
        if not formal and rng.random() > 0.3:
            return body
        greeting = rng.choice(lex.greetings).format(**values)
        signoff = rng.choice(lex.signoffs).format(**values)
        return f"{greeting}\n\n{body}" + (f"\n\n{signoff}" if signoff else "")

    def text(self, conv: Conversation, index: int, sender_first: str, sender_gender: str, to_first: str) -> str:
        rng, lex = self.rng, self.lex
        flags = conv.flags[index]
        other = conv.others[0] if conv.others else None
        values = self._values(to_first, sender_first, other)
        kind, start = conv.kind, bool(flags & START)
        formal = False
        if kind in ("close", "warm"):
            pool = (lex.close_lines if kind == "close" else lex.warm_lines) if start else lex.close_replies
        elif kind == "group":
            pool = lex.group_lines
        elif kind == "cold":
            pool = lex.cold_open if index == 0 else lex.cold_reply
        elif kind == "ask":
            pool, formal = (lex.asks, True) if index == 0 else (lex.follow_ups, False)
        elif kind == "pitch":
            pool, formal = (lex.pitch_replies, False) if flags & OUT else (lex.pitches, index == 0)
        elif kind == "recruiter":
            if flags & OUT:
                pool = lex.recruiter_replies
            elif index == 0:
                pool, formal = lex.recruiter_bodies, True
            else:
                pool = lex.cold_reply
        else:
            return self.sponsored(conv)
        template = rng.choice(pool)
        if template == self._last:
            template = rng.choice(pool)  # avoid the same line twice in a row
        self._last = template
        body = gendered(template, sender_gender).format(**values)
        text = self._dress(body, values, formal) if start or formal else body
        if lex.lang == "fr":
            # French typography: a non-breaking space before ? ! : (and &nbsp; once HTML-encoded in 2018).
            text = text.replace(" ?", "\u00a0?").replace(" !", "\u00a0!").replace(" :", "\u00a0:")
        return text

    def sponsored(self, conv: Conversation) -> str:
        subject, paragraphs = self.rng.choice(self.lex.sponsored)
        conv.subject = subject
        values = {"me": self.owner.first, "city": self.owner.city}
        if self.era.is_2018:
            # Old exports hold plain text (entity-encoded later), not the Quill editor's HTML.
            return "\n".join(_TAG.sub("", html.unescape(p.format(**values))) for p in paragraphs)
        return "\n".join(f'<p class="spinmail-quill-editor__spin-break">{p.format(**values)}</p>' for p in paragraphs)

    def attachment(self, t: dt.datetime) -> str:
        rng = self.rng
        token = base64.b64encode(rng.getrandbits(96).to_bytes(12, "big"), altchars=b"-_").decode()
        return (
            f"https://www.linkedin.com/dms/prv/image/v2/D4E06AQ{token}/messaging-attachmentFile/0/"
            f"{epoch_ms(t)}?m=AQ{token[::-1]}&ne=1&v=beta"
        )


def encode_2018(text: str) -> str:
    """2018 Messages.csv content: HTML entities (`&rsquo;`, `&nbsp;`, `&amp;`)."""
    text = html.escape(text, quote=False).replace("'", "&rsquo;").replace("’", "&rsquo;")
    return text.replace("\u00a0", "&nbsp;").replace("  ", " &nbsp;").replace("—", "&mdash;")


def write_messages(
    archive: ArchiveWriter,
    era: Era,
    owner: Owner,
    people: list[Person],
    convs: list[Conversation],
    rng: random.Random,
) -> None:
    """messages.csv (Messages.csv in 2018), grouped by conversation, newest first."""
    composer = _Composer(rng, owner, people, era)
    if era.is_2018:
        with archive.csv(era.messages_file, "messages") as sink:
            sink.header(MESSAGES_HEADER_2018)
            for conv in convs:
                for index in range(len(conv.times) - 1, -1, -1):
                    sender, recipients, text = _parties(composer, conv, index)
                    out = bool(conv.flags[index] & OUT)
                    if rng.random() < 0.15:
                        text = text.replace(". ", ".  ", 1)  # double spaces became "&nbsp;" in old exports
                    t = conv.times[index]
                    folder = "SENT" if out else ("ARCHIVED" if rng.random() < 0.2 else "INBOX")
                    subject = conv.subject if index == 0 else ""
                    names = ", ".join(p[0] for p in recipients)
                    sink.row(
                        [
                            sender[0],
                            names,
                            us_short(t),
                            subject,
                            encode_2018(text),
                            "OUTGOING" if out else "INCOMING",
                            folder,
                        ]
                    )
        return
    with_attachments = era.key == "2026"
    with archive.csv(era.messages_file, "messages", quoting=csv.QUOTE_ALL) as sink:
        if with_attachments:
            sink.header([*MESSAGES_HEADER, "ATTACHMENTS"])
        else:
            sink.line(",".join(MESSAGES_HEADER))  # the 2023 header is not quoted
        for conv in convs:
            for index in range(len(conv.times) - 1, -1, -1):
                sender, recipients, text = _parties(composer, conv, index)
                t = conv.times[index]
                row = [
                    conv.conv_id,
                    conv.title,
                    sender[0],
                    sender[1],
                    ", ".join(p[0] for p in recipients),
                    ",".join(p[1] for p in recipients),
                    iso_utc(t),
                    conv.subject if index == 0 else "",
                    text,
                    "INBOX",
                ]
                if with_attachments:
                    attach = conv.kind == "close" and rng.random() < 0.02
                    row.append(composer.attachment(t) if attach else "")
                sink.row(row)


def _parties(composer: _Composer, conv: Conversation, index: int) -> tuple[tuple[str, str], list[tuple[str, str]], str]:
    """(sender (name, url), recipients, text) of one message."""
    owner = composer.owner
    me = (owner.full_name, owner.url)
    if conv.kind == "sponsored":
        text = composer.sponsored(conv)
        return ("LinkedIn Member", ""), [me], text
    if conv.kind == "organisation":
        name, url, line = composer.lex.organisations[conv.senders[index]]
        if conv.flags[index] & OUT:
            return me, [(name, url)], composer.lex.organisation_reply
        return (name, url), [me], line.format(me=owner.first, city=owner.city)
    if conv.kind == "recruiter" and index == 0:
        values = {"title": composer.next_title, "city": owner.city}
        conv.subject = composer.rng.choice(composer.lex.recruiter_subjects).format(**values)
    if conv.kind == "group":
        who = conv.senders[index]
        everyone = [(owner.full_name, owner.url, owner.first, owner.gender)] + [
            (p.full_name, p.url, p.first, p.gender) for p in conv.others
        ]
        sender = everyone[who + 1]
        recipients = [(e[0], e[1]) for i, e in enumerate(everyone) if i != who + 1]
        text = composer.text(conv, index, sender[2], sender[3], "")
        return (sender[0], sender[1]), recipients, text.replace("  ", " ")
    other = conv.others[0]
    if conv.flags[index] & OUT:
        text = composer.text(conv, index, owner.first, owner.gender, other.first)
        return me, [(other.full_name, other.url)], text
    text = composer.text(conv, index, other.first, other.gender, owner.first)
    return (other.full_name, other.url), [me], text
