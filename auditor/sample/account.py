"""Account and miscellaneous files: e-mails, phones, registration, learning, events, searches, inferences,
ad targeting, imported contacts, jobs, rich media, and the files LinkedIn writes that the tool ignores.

Quirks placed here: no final newline (Email Addresses, Inferences_about_you), an all-empty row and a leading
space (PhoneNumbers), CRLF and the trailing-comma header (Learning), `N/A` values, unquoted commas
(SearchQueries), duplicate columns with `; `-separated values (Ad_Targeting), literal `null` (Contacts),
time ranges (Events), and Rich_Media's sentences with "a article cover photo".
"""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import quote as url_quote

from auditor.sample.activity import Media, token
from auditor.sample.archive import ArchiveWriter
from auditor.sample.articles import Article
from auditor.sample.dates import (
    between,
    epoch_ms,
    event_range,
    minute_utc,
    office_time,
    sentence_time,
    slash_utc,
    us_short,
)
from auditor.sample.eras import CONTACTS_HEADER, JOB_SEEKER_HEADER, LEARNING_HEADER, Era
from auditor.sample.lexicon import gendered
from auditor.sample.names import SlugMaker, slugify
from auditor.sample.network import Person, new_person
from auditor.sample.persona import Owner, fake_mobile

DAY = dt.timedelta(days=1)


def _end(era: Era) -> dt.datetime:
    return dt.datetime.combine(era.exported_on, dt.time())


def _ip(rng: random.Random) -> str:
    """Addresses from the documentation ranges (RFC 5737 / RFC 3849): never a real host."""
    if rng.random() < 0.2:
        return f"2001:db8:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}"
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}"


def write_email_addresses(archive: ArchiveWriter, era: Era, owner: Owner, rng: random.Random) -> None:
    end = _end(era)
    primary_at = between(rng, owner.registered + 400 * DAY, end - 30 * DAY)
    rows = [
        [owner.emails[0], "Yes", "Yes", us_short(primary_at)],
        [owner.emails[1], "Yes", "No", us_short(owner.registered)],
    ]
    if rng.random() < 0.5:
        company = slugify(owner.positions[1].company)
        rows.append([f"{slugify(owner.first)}@{company}.example.com", "No", "No", us_short(primary_at - 90 * DAY)])
    header = ["Email Address", "Confirmed", "Primary", "Updated On"]
    archive.table("Email Addresses.csv", "email_addresses", header, rows, final_newline=False)


def write_phone_numbers(archive: ArchiveWriter, era: Era, owner: Owner, rng: random.Random) -> None:
    work = (
        f"+44 20 7946 0{rng.randint(0, 999):03d}"
        if owner.lexicon.lang == "en"
        else f"+33 1 99 00 {rng.randint(10, 99)} {rng.randint(10, 99)}"
    )
    # MOH23: an all-empty row and a number with a leading space.
    rows = [["", f" {owner.phone}", "Mobile"], ["", "", ""], ["", work, "Work"]]
    archive.table(era.phone_file, "phone_numbers", ["Extension", "Number", "Type"], rows)


def write_registration(
    archive: ArchiveWriter, era: Era, owner: Owner, people: list[Person], rng: random.Random
) -> None:
    if era.is_2018:
        inviter = next((p for p in people if p.kind == "school"), None)
        row = [
            us_short(owner.registered),
            _ip(rng),
            inviter.first if inviter else "",
            inviter.last if inviter else "",
            "",
        ]
    else:
        row = [us_short(owner.registered), _ip(rng), rng.choice(("", "Premium Career"))]
    archive.table("Registration.csv", "registration", era.registration_header, [row])


def _learning_titles(owner: Owner, count: int) -> list[tuple[str, str]]:
    base = list(owner.track.learning) + list(owner.lexicon.learning)
    suffixes = owner.lexicon.learning_suffixes
    titles: list[tuple[str, str]] = []
    for index in range(count):
        title, description = base[index % len(base)]
        round_ = index // len(base)
        suffix = suffixes[round_ % len(suffixes)]
        if round_ >= len(suffixes):
            suffix += f" ({round_ // len(suffixes) + 1})"
        titles.append((title + suffix, description))
    return titles


def write_learning(archive: ArchiveWriter, era: Era, owner: Owner, count: int, rng: random.Random) -> None:
    """Learning.csv: CRLF line endings, a header with a trailing comma, HTML descriptions, `N/A`."""
    end = _end(era)
    start = max(owner.registered, end - 6 * 365 * DAY)
    more = owner.lexicon.learn_more
    with archive.csv("Learning.csv", "learning", newline="\r\n") as sink:
        sink.line(LEARNING_HEADER)
        for index, (title, description) in enumerate(_learning_titles(owner, count)):
            link = f"https://www.{owner.lexicon.web_domain}/learning/{slugify(title)}"
            html_description = f'<p>{description}</p><p>{more}:<br>\n<a href="{link}" target="_blank">{link}</a></p>'
            roll = rng.random()
            watched = between(rng, start, end - DAY) if roll < 0.8 or index == 0 else None
            completed = (
                watched + dt.timedelta(minutes=rng.randint(15, 60 * 24 * 20))
                if watched and (roll < 0.45 or index == 0)
                else None
            )
            if completed and completed >= end:
                completed = end - dt.timedelta(hours=2)
            sink.row(
                [
                    title,
                    html_description,
                    "Course" if rng.random() < 0.8 else "Video",
                    minute_utc(watched) if watched else "N/A",
                    minute_utc(completed) if completed else "N/A",
                    "true" if roll > 0.9 else "false",
                    "N/A",
                    "",  # the 8th, unnamed column announced by the header's trailing comma
                ]
            )


def write_events(archive: ArchiveWriter, era: Era, owner: Owner, count: int, rng: random.Random) -> None:
    end = _end(era)
    rows: list[tuple[dt.datetime, list[str]]] = []
    for _ in range(count):
        day = between(rng, max(owner.registered, end - 5 * 365 * DAY), end - 2 * DAY).date()
        start = dt.datetime(day.year, day.month, day.day, rng.choice((8, 9, 12, 14, 18)), rng.choice((0, 30)))
        stop = start + dt.timedelta(hours=rng.choice((1, 2, 3, 8)))
        name = owner.lexicon.events[rng.randrange(len(owner.lexicon.events))].format(
            year=day.year, city=owner.city, n=rng.randint(12, 80)
        )
        url = f"https://www.example.com/events/{slugify(name)}" if rng.random() < 0.6 else ""
        rows.append((start, [name, event_range(start, stop), "APPROVED", url]))
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table("Events.csv", "events", ["Event Name", "Event Time", "Status", "External Url"], [r for _, r in rows])


def write_search_queries(
    archive: ArchiveWriter, era: Era, owner: Owner, people: list[Person], count: int, rng: random.Random
) -> None:
    """SearchQueries.csv: commas inside queries are NOT quoted; many duplicates."""
    end = _end(era)
    start = max(owner.registered, end - 3 * 365 * DAY)
    pool = list(owner.track.searches) + list(owner.lexicon.searches)
    pool += [c.lower() for c in owner.lexicon.companies[:10]]
    sample = rng.sample(people, min(len(people), 40)) if people else []
    pool += [p.full_name.lower() for p in sample]
    pool += [f"{p.full_name.lower()}, {rng.choice(('mba', 'phd', 'cpa'))}" for p in sample[:4]]
    pool = [q for q in pool if '"' not in q]
    # Zipf-like popularity: a few searches are repeated again and again.
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    rng.shuffle(pool)
    times = sorted((between(rng, start, end - DAY) for _ in range(max(count, 1))), reverse=True)
    with archive.csv(era.search_file, "search_queries") as sink:
        sink.header(["Time", "Search Query"])
        previous = ""
        for index, t in enumerate(times):
            if previous and rng.random() < 0.08:
                line = previous  # the very same row twice: JRL26 has many exact duplicates
            else:
                if index == 0:
                    query = sample[0].full_name.lower() + ", mba" if sample else "jordan ellis, mba"
                elif rng.random() < 0.15:
                    query = previous.split(",", 1)[1] if previous else pool[0]  # the same search again, later
                else:
                    query = rng.choices(pool, weights=weights)[0]
                line = f"{slash_utc(t)},{query}"
            sink.raw_row(line)
            previous = line


def write_inferences(archive: ArchiveWriter, owner: Owner, rng: random.Random) -> None:
    seniority = "Director" if len(owner.positions) >= 5 else "Senior"
    interests = "; ".join(tag.lstrip("#") for tag in owner.track.hashtags[:4])
    rows = [
        [
            "Job Seeker",
            "Job seeking status",
            "Whether you are likely open to new job opportunities",
            rng.choice(("true", "false")),
        ],
        ["Demographics", "Gender", "Your inferred gender", "FEMALE" if owner.gender == "f" else "MALE"],
        [
            "Demographics",
            "Age range",
            "Your inferred age range",
            "35-54" if owner.birth.year < 1990 else "25-34",
        ],
        ["Career", "Seniority", "Your inferred seniority level", seniority],
        [
            "Company",
            "Decision maker",
            "Whether you are likely a decision maker at your company",
            "Yes" if seniority == "Director" else "No",
        ],
        ["Education", "Student", "Whether you are likely a student", "No"],
        ["Interests", "Professional interests", "Topics you are likely interested in", interests],
        [
            "Advertising",
            "Likely to attend events",
            "Whether you are likely to attend professional events",
            "true",
        ],
    ]
    header = ["Category", "Type of inference", "Description", "Inference"]
    archive.table("Inferences_about_you.csv", "inferences", header, rows, final_newline=False)


def write_ad_targeting(
    archive: ArchiveWriter, era: Era, owner: Owner, people: list[Person], rng: random.Random
) -> None:
    """One data row; repeated headers (Company Names x3, Job Titles x3) get different lists."""
    lex = owner.lexicon
    locale = lex.locale
    employers = [p.company.strip() for p in owner.positions]
    titles = [p.title for p in owner.positions]
    peers = rng.sample(people, min(len(people), 6))
    repeated = {
        "Company Names": iter(["; ".join(employers[:1]), "; ".join(employers[1:]), "; ".join(lex.companies[:5])]),
        "Job Titles": iter(
            [
                "; ".join(titles[:1]),
                "; ".join(titles[1:3]),
                "; ".join(p.title.strip() for p in peers if p.title),
            ]
        ),
    }
    values = {
        "Member Age": "35 to 54" if owner.birth.year < 1990 else "25 to 34",
        "Buyer Groups": "Software; Professional Services",
        "Company Follower of": "; ".join(lex.companies[5:9]),
        "Company Category": "Large Enterprise",
        "Company Size": "1001-5000; 5001-10000",
        "Degrees": "; ".join(e.degree for e in owner.education if e.school),
        "degreeClass": "Master's Degree; Bachelor's Degree",
        "Recent Device OS": "iOS; Windows",
        "Member Schools": "; ".join(e.school for e in owner.education if e.school),
        "Company Growth Rate": "Stable",
        "Fields of Study": owner.track.industry,
        "Company Connections": "; ".join(lex.companies[:3]),
        "Function By Size": "Operations; 1001-5000",
        "Job Functions": "Operations; Program and Project Management",
        "Member Gender": "Female" if owner.gender == "f" else "Male",
        "Graduation Year": str(max(e.end_year for e in owner.education)),
        "Member Groups": "",
        "Company Industries": owner.track.industry,
        "Member Interests": "; ".join(t.lstrip("#") for t in owner.track.hashtags),
        "Interface Locales": locale,
        "interfaceLocale": locale,
        "Member Traits": "Frequent Traveler; Job Seeker" if rng.random() < 0.4 else "Frequent Traveler",
        "High Value Audience Segments": "Decision Makers",
        "Profile Locations": owner.geo,
        "Company Revenue": "$100M - $1B",
        "Job Seniorities": "Director; Senior",
        "Member Skills": "; ".join(s.strip() for s in owner.skills[:12]),
        "Standard Audience Segments": "Business Professionals; Tech Enthusiasts",
        "Years of Experience": str(era.year - owner.career_start.year),
    }
    row = [next(repeated[h]) if h in repeated else values.get(h, "") for h in era.ads_header]
    archive.table(era.ads_file, "ad_targeting", era.ads_header, [row])


def write_contacts(
    archive: ArchiveWriter, era: Era, owner: Owner, people: list[Person], count: int, rng: random.Random
) -> None:
    """Imported address-book contacts: `null` for unknown companies."""
    end = _end(era)
    slugs = SlugMaker(rng)
    for p in people:
        slugs.reserve(p.slug)
    synced = between(rng, owner.registered, end - 60 * DAY)
    rows = []
    for index in range(count):
        person = rng.choice(people) if people and rng.random() < 0.4 else new_person(rng, owner, slugs)
        email = f"{slugify(person.first)}.{slugify(person.last)}@{rng.choice(owner.lexicon.email_domains)}"
        phone = fake_mobile(rng, owner.lexicon) if rng.random() < 0.5 else ""
        company = "null" if index == 0 or rng.random() < 0.3 else person.company.strip()
        bookmarked = us_short(synced + dt.timedelta(days=rng.randint(1, 30))) if rng.random() < 0.05 else ""
        rows.append(
            [
                "GOOGLE_CONTACTS",
                person.first,
                person.last,
                company,
                person.title.strip() if rng.random() < 0.5 else "",
                email.replace("-", ""),
                phone,
                us_short(synced + dt.timedelta(seconds=index)),
                "",
                "",
                "",
                person.full_name,
                "",
                "",
                bookmarked,
                "",
            ]
        )
    archive.table(era.contacts_file, "contacts", CONTACTS_HEADER, rows)


def write_jobs(archive: ArchiveWriter, era: Era, owner: Owner, count: int, rng: random.Random) -> None:
    """Jobs/Saved Jobs.csv (modelled), plus Job Seeker Preferences, SavedJobAlerts and screening answers."""
    end = _end(era)
    lex = owner.lexicon
    titles = [gendered(t, owner.gender) for t in owner.track.ladder[-3:]]
    others = [c for c in lex.companies if c != owner.current.company.strip()]
    rows: list[tuple[dt.datetime, list[str]]] = []
    for _ in range(count):
        t = between(rng, end - 2 * 365 * DAY, end - DAY)
        rows.append(
            (
                t,
                [
                    us_short(t),
                    f"https://www.linkedin.com/jobs/view/{rng.randrange(10**9, 4 * 10**9)}",
                    rng.choice(titles),
                    rng.choice(others),
                ],
            )
        )
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table(
        "Jobs/Saved Jobs.csv",
        "saved_jobs",
        ["Saved Date", "Job Url", "Job Title", "Company Name"],
        [r for _, r in rows],
    )

    preferences = list(lex.job_seeker)
    preferences[JOB_SEEKER_HEADER.index("Job Titles")] = "; ".join(titles[:2])
    preferences[JOB_SEEKER_HEADER.index("Phone Number")] = owner.phone
    archive.table("Jobs/Job Seeker Preferences.csv", None, JOB_SEEKER_HEADER, [preferences])

    alerts = []
    for title in titles[:2]:
        t = between(rng, end - 365 * DAY, end - DAY)
        query = f"keywords={url_quote(title)}&location={url_quote(owner.geo)}"
        alerts.append([us_short(t), f"https://www.linkedin.com/jobs/search/?{query}"])
    archive.table("SavedJobAlerts.csv", None, ["Saved Search Date", "Jobs Search Url"], alerts)

    if era.is_2018:
        return
    answers = list(lex.screening)
    base = "Job Applicant Saved Screening Question Responses"
    if era.key == "2023":
        archive.table(f"{base}.csv", None, ["Question", "Answer"], answers)
        return
    # Large tables are split in files suffixed _1, _2... (FEY24).
    for index in range(3):
        name = f"{base}.csv" if index == 0 else f"{base}_{index}.csv"
        archive.table(name, None, ["Question", "Answer"], answers[index * 2 : index * 2 + 2])


def _licdn(rng: random.Random, prefix: str, kind: str, t: dt.datetime, expires: int) -> str:
    return (
        f"https://media.licdn.com/dms/image/v2/{prefix}{token(rng)}/{kind}/{kind}/0/{epoch_ms(t)}"
        f"?e={expires}&v=beta&t={token(rng, 9)}"
    )


def write_rich_media(
    archive: ArchiveWriter,
    era: Era,
    owner: Owner,
    articles: list[Article],
    uploads: list[Media],
    rng: random.Random,
) -> None:
    """Rich_Media.csv: one sentence per upload, with signed, expiring URLs."""
    end = _end(era)
    expires = int((end - dt.datetime(1970, 1, 1)).total_seconds()) + 60 * 86_400
    rows: list[tuple[dt.datetime, str, str]] = []

    def add(t: dt.datetime, what: str, url: str) -> None:
        rows.append((t, f"You uploaded {what} on {sentence_time(t)}", url))

    age = rng.randint(30, 700)
    if owner.is_model:
        age = 30 + age % 300  # a photo of the last year
    photo = office_time(rng, (end - age * DAY).date())
    add(
        photo,
        "a profile photo",
        _licdn(rng, "D4E03AQ", "profile-displayphoto-shrink_800_800", photo, expires),
    )
    # The same upload, reported again with the generic wording (JRL26).
    add(photo, "a photo", _licdn(rng, "D4E03AQ", "profile-displayphoto-scale_200_200", photo, expires))
    older = photo - rng.randint(700, 2000) * DAY
    if older > owner.registered:
        add(
            older,
            "a profile photo",
            _licdn(rng, "C4D03AQ", "profile-originalphoto-shrink_900_1200", older, expires),
        )
    background = office_time(rng, (end - rng.randint(20, 900) * DAY).date())
    add(
        background,
        "a profile background photo",
        _licdn(rng, "D4E16AQ", "profile-displaybackgroundimage-shrink_350_1400", background, expires),
    )
    add(
        background,
        "a profile background photo",
        _licdn(rng, "D4E16AQ", "profile-background-servable-original-image", background, expires),
    )
    for article in articles:
        if article.cover:
            add(
                article.created,
                "a article cover photo",  # sic: LinkedIn writes "a article"
                _licdn(rng, "D4E12AQ", "article-cover_image-shrink_720_1280", article.created, expires),
            )
    if not any(m.kind == "video" for m in uploads):
        t = office_time(rng, (end - rng.randint(40, 400) * DAY).date())
        uploads = [*uploads, Media("video", t, "")]
    for media in uploads:
        if media.kind == "video":
            url = (
                f"https://dms.licdn.com/playlist/vid/v2/D4E05AQ{token(rng)}/mp4-720p-30fp-crf28/0/"
                f"{epoch_ms(media.time)}?e={expires}&v=beta&t={token(rng, 9)}"
            )
            add(media.time, "a video", url)
        else:
            add(media.time, "a photo", _licdn(rng, "D4E22AQ", "feedshare-shrink_800", media.time, expires))
    for _ in range(rng.randint(1, 2)):
        t = office_time(rng, (end - rng.randint(30, 1500) * DAY).date())
        add(
            t,
            "a document",
            (
                f"https://media.licdn.com/dms/document/media/v2/D4E2DAQ{token(rng)}/"
                f"profile-treasury-document-pdf-analyzed/0/{epoch_ms(t)}?e={expires}&v=beta"
            ),
        )
    t = office_time(rng, (end - rng.randint(10, 300) * DAY).date())
    add(t, "a photo", _licdn(rng, "D4E2CAQ", "comment-image-shrink_8192_1280", t, expires))
    rows = [r for r in rows if r[0] < end]
    rows.sort(key=lambda r: r[0], reverse=True)
    archive.table(
        "Rich_Media.csv",
        "rich_media",
        ["Date/Time", "Media Description", "Media Link"],
        [[sentence, " -", url] for _, sentence, url in rows],
    )


def write_rich_media_basic(archive: ArchiveWriter) -> None:
    """The basic archive's `Rich Media.csv` (MOH23): two pointers, no uploads."""
    rows = [
        ["Video content can be downloaded at", "https://www.linkedin.com/psettings/member-data/videos"],
        ["Documents can be downloaded at", "https://www.linkedin.com/psettings/rich-media"],
    ]
    archive.table("Rich Media.csv", "rich_media", ["Type", "Link"], rows)


def write_extras(archive: ArchiveWriter, era: Era, owner: Owner, variant: str, rng: random.Random) -> None:
    """Files LinkedIn writes that the tool does not model (headers invented where the spec has none)."""
    end = _end(era)
    agents = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36",
        "LinkedIn/9.1.120 (iPhone; iOS 12.0; Scale/3.00)",
    )
    if era.is_2018:
        causes = ("Education", "Environment", "Science and Technology")
        archive.table("Causes You Care About.csv", None, ["Supported Cause"], [[c] for c in causes])
        if variant == "complete":
            logins = sorted((between(rng, end - 365 * DAY, end - DAY) for _ in range(30)), reverse=True)
            archive.table(
                "Logins.csv",
                None,
                ["Login Date", "IP Address", "User Agent", "Login Type"],
                [[us_short(t), _ip(rng), rng.choice(agents), rng.choice(("WEB", "MOBILE"))] for t in logins],
            )
            challenge = between(rng, end - 700 * DAY, end - DAY)
            archive.table(
                "Security Challenges.csv",
                None,
                ["Challenge Date", "IP Address", "User Agent", "Country", "Challenge Type"],
                [[us_short(challenge), _ip(rng), agents[0], owner.lexicon.country, "EMAIL_PIN"]],
            )
            archive.table(
                "Account Status History.csv",
                None,
                ["Time", "Status"],
                [[us_short(owner.registered), "ACTIVE"]],
            )
        return
    if era.key == "2026" and variant == "complete":
        verified = between(rng, end - 500 * DAY, end - DAY)
        archive.table(
            "Verifications/Verifications.csv",
            None,
            ["Verification Type", "Verified Date", "Verification Provider"],
            [
                ["Identity", us_short(verified), "Example ID Service"],
                ["Workplace", us_short(verified + DAY), "Work e-mail"],
            ],
        )
        archive.table("Whatsapp Phone Numbers.csv", None, ["Number", "Type"], [[owner.phone, "Mobile"]])
        applied = between(rng, end - 300 * DAY, end - DAY)
        title = gendered(owner.track.ladder[-1], owner.gender)
        archive.table(
            "Jobs/Job Applications.csv",
            None,
            [
                "Application Date",
                "Contact Email",
                "Contact Phone Number",
                "Company Name",
                "Job Title",
                "Job Url",
                "Resume Name",
                "Question And Answers",
            ],
            [
                [
                    us_short(applied),
                    owner.emails[0],
                    owner.phone,
                    rng.choice(owner.lexicon.companies),
                    title,
                    f"https://www.linkedin.com/jobs/view/{rng.randrange(10**9, 4 * 10**9)}",
                    f"CV_{slugify(owner.last)}.pdf",
                    "",
                ]
            ],
        )
