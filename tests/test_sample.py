"""Tests of the synthetic sample-export generator (`auditor.sample`).

They read the archives with plain `csv` and regular expressions only, never with the project's parsers: the
generator is the parsers' test fixture, so it must be checked independently of them. Only the `small` and
`typical` sizes are generated here; generated archives are cached per argument set to keep the file fast.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from auditor.sample import SIZES, SampleSummary, write_sample

EXPORT_DATES = {"2018": dt.date(2018, 11, 4), "2023": dt.date(2023, 7, 11), "2026": dt.date(2026, 11, 2)}
ERAS = tuple(EXPORT_DATES)

# Files only the complete archive has (by name prefix, as member-id suffixes may follow).
COMPLETE_ONLY = (
    "Shares",
    "Comments",
    "Reactions",
    "Votes",
    "Member_Follows",
    "Inferences_about_you",
    "SearchQueries",
    "Search Queries",
    "Recommendations_Received",
    "Recommendations_Given",
    "Rich_Media",
    "Articles/",
)


# --- helpers ------------------------------------------------------------------------------------------------


@functools.cache
def generate(
    seed: int = 0,
    lang: str = "en",
    size: str = "small",
    variant: str = "complete",
    era: str = "2026",
    persona: str = "typical",
) -> tuple[bytes, SampleSummary]:
    buffer = io.BytesIO()
    summary = write_sample(buffer, seed=seed, lang=lang, size=size, variant=variant, era=era, persona=persona)
    return buffer.getvalue(), summary


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def member(files: dict[str, bytes], prefix: str) -> tuple[str, bytes]:
    """The one member whose name starts with `prefix` and whose rest is `.csv` or `_<digits>.csv`."""
    pattern = re.compile(re.escape(prefix) + r"(_\d+)?\.csv$")
    found = [name for name in files if pattern.fullmatch(name)]
    assert len(found) == 1, (prefix, found)
    return found[0], files[found[0]]


def decoded(raw: bytes) -> str:
    """A member's text: UTF-16 when it opens with a UTF-16 BOM (old exports' posts), else UTF-8, BOM removed."""
    return raw.decode("utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8-sig")


def table(raw: bytes, *, escapechar: str | None = None) -> list[list[str]]:
    """Rows of a CSV member (comma- or TAB-separated), BOM and Connections preamble removed."""
    text = decoded(raw)
    if text.startswith("Notes:"):
        text = text[text.index("First Name,") :]
    delimiter = "\t" if "\t" in text.split("\n", 1)[0] else ","
    return list(csv.reader(io.StringIO(text, newline=""), escapechar=escapechar, delimiter=delimiter))


def records(raw: bytes, *, escapechar: str | None = None) -> list[dict[str, str]]:
    rows = table(raw, escapechar=escapechar)
    header = rows[0]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


# --- determinism and output targets -----------------------------------------------------------------------


def test_same_arguments_give_identical_bytes() -> None:
    first = io.BytesIO()
    write_sample(first, seed=7, lang="fr", size="small", era="2023")
    second = io.BytesIO()
    write_sample(second, seed=7, lang="fr", size="small", era="2023")
    assert first.getvalue() == second.getvalue()


def test_another_seed_gives_another_person() -> None:
    data_a, summary_a = generate(seed=0)
    data_b, summary_b = generate(seed=1)
    assert data_a != data_b
    assert summary_a.owner_profile_url != summary_b.owner_profile_url


def test_writes_to_a_path_and_to_a_file_object(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    summary = write_sample(path, size="small")
    assert zipfile.is_zipfile(path)
    with open(tmp_path / "other.zip", "wb") as handle:
        write_sample(handle, size="small")
    assert path.read_bytes() == (tmp_path / "other.zip").read_bytes() == generate()[0]
    assert summary == generate()[1]
    write_sample(str(tmp_path / "as-string.zip"), size="small")
    assert (tmp_path / "as-string.zip").read_bytes() == path.read_bytes()


@pytest.mark.parametrize("era", ERAS)
def test_members_are_dated_on_the_export_date(era: str) -> None:
    data, summary = generate(era=era)
    assert summary.exported_on == EXPORT_DATES[era]
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == list(summary.files)
        assert {i.date_time[:3] for i in infos} == {EXPORT_DATES[era].timetuple()[:3]}
        assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}


def test_archive_names() -> None:
    assert generate()[1].archive_name == "Complete_LinkedInDataExport_11-02-2026.zip"
    assert generate(variant="basic", era="2023")[1].archive_name == "Basic_LinkedInDataExport_07-11-2023.zip"
    assert generate(era="2018")[1].archive_name == "Complete_LinkedInDataExport_11-04-2018.zip"


@pytest.mark.parametrize(
    ("argument", "value"),
    [("lang", "de"), ("size", "huge"), ("variant", "full"), ("era", "2020"), ("persona", "perfect")],
)
def test_unknown_arguments_are_rejected(argument: str, value: str) -> None:
    with pytest.raises(ValueError, match=value):
        arguments: dict[str, Any] = {argument: value}
        write_sample(io.BytesIO(), **arguments)


# --- counts ---------------------------------------------------------------------------------------------------

SECTION_FILES = {
    "profile": "Profile",
    "positions": "Positions",
    "education": "Education",
    "skills": "Skills",
    "languages": "Languages",
    "certifications": "Certifications",
    "projects": "Projects",
    "publications": "Publications",
    "honors": "Honors",
    "courses": "Courses",
    "connections": "Connections",
    "invitations": "Invitations",
    "messages": "messages",
    "shares": "Shares",
    "reactions": "Reactions",
    "votes": "Votes",
    "recommendations_received": "Recommendations_Received",
    "recommendations_given": "Recommendations_Given",
    "endorsements_received": "Endorsement_Received_Info",
    "endorsements_given": "Endorsement_Given_Info",
    "rich_media": "Rich_Media",
    "email_addresses": "Email Addresses",
    "phone_numbers": "PhoneNumbers",
    "registration": "Registration",
    "member_follows": "Member_Follows",
    "company_follows": "Company Follows",
    "learning": "Learning",
    "events": "Events",
    "inferences": "Inferences_about_you",
    "ad_targeting": "Ad_Targeting",
    "contacts": "ImportedContacts",
    "saved_jobs": "Jobs/Saved Jobs",
}


@pytest.mark.parametrize("size", ["small", "typical"])
def test_counts_are_near_the_size_targets(size: str) -> None:
    data, summary = generate(size=size)
    files = members(data)
    spec = SIZES[size]
    counted = {section: len(table(member(files, prefix)[1])) - 1 for section, prefix in SECTION_FILES.items()}
    counted["comments"] = len(table(member(files, "Comments")[1], escapechar="\\")) - 1
    search = member(files, "SearchQueries")[1].decode().splitlines()
    counted["search_queries"] = len(search) - 1
    counted["articles"] = sum(name.startswith("Articles/") for name in files)
    # The summary tells the truth about every section it lists, and lists every section written.
    assert counted == summary.rows
    assert counted["connections"] == spec.connections
    assert abs(counted["messages"] - spec.messages) <= 0.05 * spec.messages
    for section in ("shares", "comments", "reactions", "search_queries", "articles", "invitations"):
        target = getattr(spec, {"shares": "posts"}.get(section, section))
        assert abs(counted[section] - target) <= max(3, 0.05 * target), section
    assert 10 <= counted["skills"] <= 40
    assert 4 <= counted["positions"] <= 7


def test_profile_and_career_are_believable() -> None:
    files = members(generate(size="typical")[0])
    positions = records(files["Positions.csv"])
    assert sum(p["Finished On"] == "" for p in positions) == 1, "exactly one current position"
    assert any("•" in p["Description"] and "\n" in p["Description"] for p in positions)
    assert any(re.search(r"\d", p["Description"]) for p in positions), "some bullets show results"
    profile = records(files["Profile.csv"])[0]
    assert profile["Headline"] and profile["Industry"] and profile["Geo Location"]
    assert "&amp;" in profile["Summary"] and "\n" not in profile["Summary"]
    assert re.search(r"\.[A-Z]", profile["Summary"]), "paragraphs glued together as LinkedIn flattens them"
    assert len(records(files["Languages.csv"])) >= 2


def test_message_correspondents_are_mostly_connections() -> None:
    files = members(generate(size="typical")[0])
    summary = generate(size="typical")[1]
    connections = {r["URL"] for r in records(files["Connections.csv"])}
    messages = records(files["messages.csv"])
    senders = Counter(m["SENDER PROFILE URL"] for m in messages if m["FROM"] != summary.owner_name)
    known = sum(n for url, n in senders.items() if url in connections)
    assert known >= 0.9 * sum(senders.values())
    mine = [m for m in messages if m["FROM"] == summary.owner_name]
    assert mine and {m["SENDER PROFILE URL"] for m in mine} == {summary.owner_profile_url}
    # Close ties (both ways, many messages), one-sided ties in both directions, sponsored messages.
    by_conversation: dict[str, list[dict[str, str]]] = {}
    for m in messages:
        by_conversation.setdefault(m["CONVERSATION ID"], []).append(m)
    owner_only = [c for c in by_conversation.values() if all(m["FROM"] == summary.owner_name for m in c)]
    others_only = [c for c in by_conversation.values() if all(m["FROM"] != summary.owner_name for m in c)]
    both = [c for c in by_conversation.values() if c not in owner_only and c not in others_only]
    assert owner_only and others_only and max(len(c) for c in both) >= 50
    sponsored = [m for m in messages if m["CONVERSATION TITLE"] == "Sponsored Conversation"]
    assert sponsored and all(m["FROM"] == "LinkedIn Member" and m["SENDER PROFILE URL"] == "" for m in sponsored)
    assert any("<p" in m["CONTENT"] for m in sponsored)


@pytest.mark.parametrize("persona", ["typical", "model"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ties_never_predate_the_connection(lang: str, persona: str) -> None:
    files = members(generate(lang=lang, size="typical", persona=persona)[0])
    since = {r["URL"]: dt.datetime.strptime(r["Connected On"], "%d %b %Y") for r in records(files["Connections.csv"])}
    checked = 0
    for m in records(files["messages.csv"]):
        t = dt.datetime.strptime(m["DATE"], "%Y-%m-%d %H:%M:%S UTC")
        for url in [m["SENDER PROFILE URL"], *m["RECIPIENT PROFILE URLS"].split(",")]:
            if url in since:
                assert t.date() >= since[url].date(), (url, m["DATE"])
                checked += 1
    for e in records(files["Endorsement_Received_Info.csv"]):
        t = dt.datetime.strptime(e["Endorsement Date"], "%Y/%m/%d %H:%M:%S UTC")
        assert t.date() >= since["https://" + e["Endorser Public Url"]].date()
    assert checked > 4000


def test_posting_has_bursts_silences_and_media() -> None:
    files = members(generate(size="typical")[0])
    shares = records(member(files, "Shares")[1])
    days = sorted(dt.datetime.strptime(s["Date"], "%Y-%m-%d %H:%M:%S").date() for s in shares)
    weeks = sorted({d.toordinal() // 7 for d in days})
    silences = [b - a for a, b in itertools.pairwise(weeks)]
    assert max(silences) >= 4, "there are multi-week silences"
    assert len(weeks) < 0.8 * (weeks[-1] - weeks[0] + 1), "posting is not uniform"
    assert Counter(d.toordinal() // 7 for d in days).most_common(1)[0][1] >= 2, "there are bursts"
    assert days[0].year < days[-1].year
    assert any(s["SharedUrl"] for s in shares) and any(s["MediaUrl"] for s in shares)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_model_member_posts_steadily_and_keeps_a_clean_career(lang: str) -> None:
    """The model persona: a post most weeks, never two within a day, at most three hashtags; every position
    described, one after the other without a gap; few invitations pending."""
    data, summary = generate(lang=lang, size="typical", persona="model")
    files = members(data)
    shares = records(member(files, "Shares")[1])
    times = sorted(dt.datetime.strptime(s["Date"], "%Y-%m-%d %H:%M:%S") for s in shares)
    assert min(b - a for a, b in itertools.pairwise(times)) >= dt.timedelta(hours=24)
    end = dt.datetime.combine(summary.exported_on, dt.time())
    recent = [t for t in times if t >= end - dt.timedelta(weeks=26)]
    assert len({t.isocalendar()[:2] for t in recent}) >= 24
    assert max(b - a for a, b in itertools.pairwise([*recent, end])) <= dt.timedelta(days=21)
    assert all(len(set(re.findall(r"(?<![\w/&])#\w+", s["ShareCommentary"]))) <= 3 for s in shares)
    positions = records(files["Positions.csv"])
    assert all(p["Title"] and p["Started On"] and p["Description"] for p in positions)
    assert len(positions[0]["Description"]) >= 200 and re.search(r"\d", positions[0]["Description"])
    # Newest first; the oldest position is dated with years only.
    starts = [dt.datetime.strptime(p["Started On"], "%b %Y") for p in positions[:-2]]
    finishes = [dt.datetime.strptime(p["Finished On"], "%b %Y") for p in positions[1:-1]]
    for start, finish in zip(starts, finishes, strict=True):
        assert (start.year - finish.year) * 12 + start.month - finish.month == 1, (start, finish)
    invitations = records(files["Invitations.csv"])
    connected = {r["URL"] for r in records(files["Connections.csv"])}
    pending = [i for i in invitations if not ({i["inviterProfileUrl"], i["inviteeProfileUrl"]} & connected)]
    assert len(pending) <= 10


# --- variants and eras ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["typical", "model"])
@pytest.mark.parametrize("era", ERAS)
def test_basic_is_the_complete_archive_minus_complete_only_files(era: str, persona: str) -> None:
    basic = members(generate(variant="basic", era=era, persona=persona)[0])
    complete = members(generate(variant="complete", era=era, persona=persona)[0])
    assert not [n for n in basic if n.startswith(COMPLETE_ONLY)]
    assert [n for n in complete if n.startswith(("Shares", "Comments", "Reactions", "Articles/"))]
    for name in ("Connections.csv", "Profile.csv", "Positions.csv", "Skills.csv", "Invitations.csv"):
        assert basic[name] == complete[name], name
    messages = "Messages.csv" if era == "2018" else "messages.csv"
    assert basic[messages] == complete[messages]
    # Whatever basic has but complete lacks is the basic form of Rich Media.
    assert set(basic) - set(complete) == (set() if era == "2018" else {"Rich Media.csv"})


def test_basic_2023_matches_the_moh23_listing() -> None:
    names = set(members(generate(variant="basic", era="2023")[0]))
    moh23 = {
        "Connections.csv",
        "Job Applicant Saved Screening Question Responses.csv",
        "Education.csv",
        "Rich Media.csv",
        "Profile.csv",
        "Registration.csv",
        "Skills.csv",
        "Positions.csv",
        "Jobs/Saved Jobs.csv",
        "messages.csv",
        "Email Addresses.csv",
        "Events.csv",
        "Company Follows.csv",
        "Languages.csv",
        "Contacts.csv",
        "Ad_Targeting.csv",
        "Certifications.csv",
        "Endorsement_Received_Info.csv",
        "Endorsement_Given_Info.csv",
        "Learning.csv",
        "Courses.csv",
        "Invitations.csv",
        "PhoneNumbers.csv",
        "Jobs/Job Seeker Preferences.csv",
        "SavedJobAlerts.csv",
        "Projects.csv",
    }
    assert moh23 <= names
    assert names - moh23 <= {"Publications.csv", "Honors.csv"}
    assert members(generate(variant="basic", era="2023")[0])["Rich Media.csv"].decode().startswith("Type,Link\n")


def test_era_2018_names_and_headers() -> None:
    files = members(generate(era="2018")[0])
    for name in (
        "Messages.csv",
        "Phone Numbers.csv",
        "Search Queries.csv",
        "Ad Targeting.csv",
        "Imported Contacts.csv",
        "Logins.csv",
    ):
        assert name in files, name
    assert not [n for n in files if n.startswith(("messages", "Rich", "Votes", "PhoneNumbers"))]
    first_line = {name: decoded(raw).split("\n", 1)[0] for name, raw in files.items() if name.endswith(".csv")}
    assert first_line["Connections.csv"] == "First Name,Last Name,Email Address,Company,Position,Connected On"
    assert first_line["Messages.csv"] == "From,To,Date,Subject,Content,Direction,Folder"
    assert first_line["Projects.csv"] == "Title,Description,Url,Start Date,End Date"
    assert first_line["Invitations.csv"] == "From,To,Sent At,Message,Direction"
    assert first_line["Registration.csv"].startswith("Registration Date,Registration IP Address,Invited by")
    assert "Contact Instructions" in first_line["Profile.csv"] and ",Country," in first_line["Profile.csv"]
    connections = records(files["Connections.csv"])
    assert sum(bool(c["Email Address"]) for c in connections) > len(connections) / 2
    assert any(c["Email Address"].startswith("urn:li:member:") for c in connections)
    profile = records(files["Profile.csv"])[0]
    assert profile["Websites"].startswith("PORTFOLIO:http://") and ", PORTFOLIO:https://" in profile["Websites"]
    assert profile["Instant Messengers"].startswith("SKYPE:")
    articles = {n: raw.decode() for n, raw in files.items() if n.startswith("Articles/")}
    assert articles and all(re.fullmatch(r"Articles/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.html", n) for n in articles)
    assert any("Not published yet" in a and "/post/edit/" in a for a in articles.values())
    assert all('<meta charset="UTF-8">' in a for a in articles.values())


def test_era_2018_messages_are_html_encoded() -> None:
    for lang in ("en", "fr"):
        raw = members(generate(era="2018", lang=lang, size="typical")[0])["Messages.csv"].decode()
        assert "&rsquo;" in raw and "&nbsp;" in raw and "&amp;" in raw, lang
        assert "’" not in raw
        assert {r["Direction"] for r in records(raw.encode())} == {"INCOMING", "OUTGOING"}


def test_era_2023_names_and_headers() -> None:
    files = members(generate(era="2023")[0])
    assert files["messages.csv"].decode().split("\n", 1)[0] == (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
        "CONTENT,FOLDER"
    )
    invitations = records(files["Invitations.csv"])
    assert all(i["inviterProfileUrn"].startswith("urn:li:member:") for i in invitations)
    assert all(i["inviteeProfileUrn"].startswith("urn:li:member:") for i in invitations)
    assert "Contacts.csv" in files and "SearchQueries.csv" in files and "Rich_Media.csv" in files
    assert "Recent Device OS" not in files["Ad_Targeting.csv"].decode().split("\n", 1)[0]


def test_era_2026_names_and_headers() -> None:
    files = members(generate(era="2026")[0])
    assert files["messages.csv"].decode().split("\n", 1)[0] == (
        '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS",'
        '"DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"'
    )
    invitations = records(files["Invitations.csv"])
    assert all(i["inviterProfileUrl"].startswith("https://www.linkedin.com/in/") for i in invitations)
    suffixed = [n for n in files if re.fullmatch(r"(Shares|Comments|Reactions|Member_Follows)_\d+\.csv", n)]
    assert len(suffixed) == 4
    assert "ImportedContacts.csv" in files and "Rich_Media.csv" in files
    assert {"Jobs/Job Seeker Preferences.csv", "SavedJobAlerts.csv"} <= set(files)
    screening = "Job Applicant Saved Screening Question Responses"
    assert {f"{screening}.csv", f"{screening}_1.csv", f"{screening}_2.csv"} <= set(files)
    articles = [n for n in files if n.startswith("Articles/")]
    drafts = [n for n in articles if re.fullmatch(r"Articles/\d{4}-\d\d-\d\d \d\d_\d\d_\d\d\.0-[^:]+ \.html", n)]
    published = [n for n in articles if re.fullmatch(r"Articles/[a-z0-9-]+\.html", n)]
    assert drafts and published and len(drafts) + len(published) == len(articles)
    draft = files[drafts[0]].decode()
    assert "Published on ---" in draft and "<h1><a" not in draft
    page = files[published[0]].decode()
    assert re.search(r'<h1><a href="https://www\.linkedin\.com/pulse/[a-z0-9-]+">', page)
    for fragment in (
        '<p class="created">Created on ',
        '<p class="published">Published on 2',
        "<h3>",
        "<ul><li><p>",
        "<strong>",
        '<a href="https://',
        "series-title",
    ):
        assert fragment in page, fragment
    profile = records(files["Profile.csv"])[0]
    assert re.fullmatch(r"\[PERSONAL:https://[^\]]+\]", profile["Websites"])


# --- languages --------------------------------------------------------------------------------------------------


def test_french_person_writes_french() -> None:
    files = members(generate(lang="fr", size="typical")[0])
    profile = records(files["Profile.csv"])[0]
    assert profile["Geo Location"] in ("Lyon, Auvergne-Rhône-Alpes, France", "Paris, Île-de-France, France")
    text = b"".join(files[n] for n in ("Profile.csv", "Positions.csv", "Skills.csv", "messages.csv")).decode(
        "utf-8-sig"
    )
    for accent in "éèàçô’":
        assert accent in text, accent
    assert re.search(r"\b(je|nous|les|des)\b", text)
    shares = member(files, "Shares")[1].decode()
    assert re.search(r"[éèà]", shares)
    # Headers and dates stay in LinkedIn's English formats.
    assert files["Positions.csv"].decode().startswith("Company Name,Title,Description,Location,Started On,")
    assert re.search(r",(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}", files["Positions.csv"].decode())


def test_english_person_writes_english() -> None:
    files = members(generate(lang="en", size="typical")[0])
    profile = records(files["Profile.csv"])[0]
    assert profile["Geo Location"].endswith("United Kingdom")
    text = (files["Profile.csv"] + files["Positions.csv"]).decode()
    assert re.search(r"\b(the|and|with)\b", text)
    assert not re.search(r"\b(chez|avec|nous)\b", text)


# --- quirks ---------------------------------------------------------------------------------------------------


def test_every_quirk_of_the_spec_is_present() -> None:
    files = members(generate(size="typical")[0])
    connections = files["Connections.csv"]
    assert connections.startswith(b'Notes:\n"When exporting your connection data')
    assert b'.com/help/linkedin/answer/261"\n\nFirst Name,Last Name,URL,' in connections
    assert b"\t," in connections, "a trailing TAB in a value"
    assert b" ," in connections, "trailing spaces"
    assert b'"Head of Procurement, EMEA"' in connections, "a quoted comma"
    assert files["Skills.csv"].startswith(b"\xef\xbb\xbfName\n")
    assert not any(raw.startswith(b"\xef\xbb\xbf") for name, raw in files.items() if name != "Skills.csv")
    learning = files["Learning.csv"]
    assert learning.startswith(b"Content Title,") and b"(if taken),\r\n" in learning
    assert learning.count(b"\r\n") >= len(records(learning)) and b",N/A," in learning
    for name in ("Connections.csv", "Company Follows.csv", "Email Addresses.csv", "Inferences_about_you.csv"):
        assert not files[name].endswith(b"\n"), name
    assert files["Positions.csv"].endswith(b"\n")
    assert b'"\xe2\x80\xa2 ' in files["Positions.csv"], "multi-line quoted bullet descriptions"
    comments = member(files, "Comments")[1]
    assert b'\\"' in comments and b'""' not in comments.replace(b'""\n', b"")
    assert re.search(rb',"[^"\n]*\n', comments), "a multi-line comment"
    shares = member(files, "Shares")[1]
    assert b'""\n""""\n""' in shares and b'","","",MEMBER_NETWORK' in shares
    search = files["SearchQueries.csv"].decode().splitlines()
    assert any(line.count(",") >= 2 and '"' not in line for line in search[1:]), "unquoted comma"
    assert len(search) - 1 > len(set(search[1:])), "duplicate searches"
    ads = table(files["Ad_Targeting.csv"])
    assert len(ads) == 2 and ads[0].count("Company Names") == 3 and ads[0].count("Job Titles") == 3
    assert any("; " in value for value in ads[1])
    assert b"&amp;" in files["Profile.csv"]
    phones = files["PhoneNumbers.csv"].decode().splitlines()
    assert ",," in phones and any(line.startswith(", +") for line in phones)
    assert b",null," in files["ImportedContacts.csv"]
    assert re.search(
        rb"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4}", files["Company Follows.csv"]
    )
    assert re.search(rb'"\w{3} \d\d, \d{4} \d\d:\d\d [AP]M - \w{3} \d\d, \d{4} \d\d:\d\d [AP]M"', files["Events.csv"])
    rich = files["Rich_Media.csv"].decode()
    assert "You uploaded a article cover photo on " in rich
    assert re.search(
        r'"You uploaded a profile photo on \w+ \d+, \d{4} at \d+:\d\d [AP]M \(GMT\)", -,\S+profile-displayphoto', rich
    )
    for wording in ("a profile background photo", "a video", "a document", "a photo"):
        assert f"You uploaded {wording} on " in rich, wording
    invitations = files["Invitations.csv"].decode()
    assert re.search(r"[\U0001F300-\U0001FAFF]", invitations), "emoji in names"
    assert re.search(r'"[^"\n]*, [A-Z]{2,5} ?"', invitations), "credentials after a comma"
    endorsements = records(files["Endorsement_Received_Info.csv"])
    assert all(e["Endorser Public Url"].startswith("www.linkedin.com/in/") for e in endorsements)
    education = files["Education.csv"].decode()
    assert '""' in education, "doubled quotes in Activities (PMA24)"
    assert "" in [e["School Name"] for e in records(files["Education.csv"])], "an empty School Name (JRL26)"
    messages = files["messages.csv"].decode()
    assert re.search(r'"[^"]*\n[^"]*","INBOX"', messages), "multi-line message contents"


def test_default_csv_reading_is_corrupted_by_comments_but_escapechar_works() -> None:
    raw = member(members(generate(size="typical")[0]), "Comments")[1]
    assert {len(row) for row in table(raw, escapechar="\\")} == {3}
    assert any(len(row) != 3 for row in table(raw)), "the quirk must bite a naive reader"


def test_shares_paragraph_quoting_round_trips() -> None:
    shares = records(member(members(generate()[0]), "Shares")[1])
    multi = [s["ShareCommentary"] for s in shares if "\n" in s["ShareCommentary"]]
    assert multi
    for text in multi:
        parts = text.split("\n")
        # After CSV decoding: 'First para."', '""', '"Second para."', '""', '"Last para.'
        assert parts[1::2] == ['""'] * (len(parts) // 2)
        assert all(part.strip('"') for part in parts[0::2])
        assert parts[0].endswith('"') and parts[-1].startswith('"')


# --- dates ---------------------------------------------------------------------------------------------------

MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
FULL_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
# Spec section 2: the regular expression of each format, and how to read it back.
FORMATS: dict[str, tuple[str, str]] = {
    "dmy": (rf"\d\d {MONTH} \d{{4}}", "%d %b %Y"),
    "us": (r"[1-9]\d?/[1-9]\d?/\d\d, [1-9]\d?:\d\d [AP]M", "%m/%d/%y, %I:%M %p"),
    "us_padded": (r"\d\d/\d\d/\d\d, \d\d:\d\d [AP]M", "%m/%d/%y, %I:%M %p"),
    "month_year": (rf"{MONTH} \d{{4}}", "%b %Y"),
    "year": (r"\d{4}", "%Y"),
    "mdy": (rf"{MONTH} [1-9]\d?, \d{{4}}", "%b %d, %Y"),
    "md": (rf"{MONTH} [1-9]\d?", "%b %d"),
    "iso": (r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", "%Y-%m-%d %H:%M:%S"),
    "iso_utc": (r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", "%Y-%m-%d %H:%M:%S UTC"),
    "slash_utc": (r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d UTC", "%Y/%m/%d %H:%M:%S UTC"),
    "minute_utc": (r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", "%Y-%m-%d %H:%M UTC"),
    "java": (rf"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) {MONTH} \d\d \d\d:\d\d:\d\d UTC \d{{4}}", "%a %b %d %H:%M:%S UTC %Y"),
    "event_end": (rf"{MONTH} \d\d, \d{{4}} \d\d:\d\d [AP]M", "%b %d, %Y %I:%M %p"),
    "sentence": (rf"{FULL_MONTH} [1-9]\d?, \d{{4}} at [1-9]\d?:\d\d [AP]M \(GMT\)", "%B %d, %Y at %I:%M %p (GMT)"),
    "article": (r"\d{4}-\d\d-\d\d \d\d:\d\d", "%Y-%m-%d %H:%M"),
}
# (member prefix, column) -> accepted formats; "" (empty) is accepted where listed.
DATE_COLUMNS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Connections", "Connected On"): ("dmy", "us"),
    ("Profile", "Birth Date"): ("mdy", "md", ""),
    ("Positions", "Started On"): ("month_year", "year"),
    ("Positions", "Finished On"): ("month_year", "year", ""),
    ("Education", "Start Date"): ("year",),
    ("Education", "End Date"): ("year",),
    ("Certifications", "Started On"): ("month_year", "year", ""),
    ("Certifications", "Finished On"): ("month_year", "year", ""),
    ("Projects", "Started On"): ("month_year",),
    ("Projects", "Finished On"): ("month_year",),
    ("Projects", "Start Date"): ("month_year",),
    ("Projects", "End Date"): ("month_year",),
    ("Publications", "Published On"): ("mdy",),
    ("Honors", "Issued On"): ("month_year", ""),
    ("Recommendations_Received", "Creation Date"): ("us_padded",),
    ("Recommendations_Given", "Creation Date"): ("us_padded",),
    ("Endorsement_Received_Info", "Endorsement Date"): ("slash_utc",),
    ("Endorsement_Given_Info", "Endorsement Date"): ("slash_utc",),
    ("messages", "DATE"): ("iso_utc",),
    ("Messages", "Date"): ("us",),
    ("Invitations", "Sent At"): ("us",),
    ("Shares", "Date"): ("iso",),
    ("Comments", "Date"): ("iso",),
    ("Reactions", "Date"): ("iso",),
    ("Votes", "Date"): ("iso",),
    ("Member_Follows", "Date"): ("iso",),
    ("Email Addresses", "Updated On"): ("us",),
    ("Registration", "Registered At"): ("us",),
    ("Registration", "Registration Date"): ("us",),
    ("Company Follows", "Followed On"): ("java",),
    ("Learning", "Content Last Watched Date (if viewed)"): ("minute_utc", "N/A"),
    ("Learning", "Content Completed At (if completed)"): ("minute_utc", "N/A"),
    ("Contacts", "CreatedAt"): ("us",),
    ("Contacts", "BookmarkedAt"): ("us", ""),
    ("ImportedContacts", "CreatedAt"): ("us",),
    ("ImportedContacts", "BookmarkedAt"): ("us", ""),
    ("Imported Contacts", "CreatedAt"): ("us",),
    ("Imported Contacts", "BookmarkedAt"): ("us", ""),
    ("Jobs/Saved Jobs", "Saved Date"): ("us",),
    ("SavedJobAlerts", "Saved Search Date"): ("us",),
    ("Logins", "Login Date"): ("us",),
    ("Security Challenges", "Challenge Date"): ("us",),
    ("Account Status History", "Time"): ("us",),
    ("Verifications/Verifications", "Verified Date"): ("us",),
    ("Jobs/Job Applications", "Application Date"): ("us",),
}
# Members without any date column (checked so that a new dated file cannot slip through untested).
DATELESS = (
    "Skills",
    "Languages",
    "Courses",
    "Ad_Targeting",
    "Ad Targeting",
    "Inferences_about_you",
    "PhoneNumbers",
    "Phone Numbers",
    "Jobs/Job Seeker Preferences",
    "Job Applicant Saved Screening Question Responses",
    "Whatsapp Phone Numbers",
    "Causes You Care About",
    "Rich Media",
)


def check_date(value: str, kinds: tuple[str, ...], before: dt.date, where: str) -> None:
    if value in kinds:  # "" or "N/A" where allowed
        return
    for kind in kinds:
        if kind in FORMATS and re.fullmatch(FORMATS[kind][0], value):
            parsed = dt.datetime.strptime(value, FORMATS[kind][1])
            assert parsed.year == 1900 or parsed.date() < before, (where, value)
            return
    raise AssertionError(f"{where}: {value!r} matches none of {kinds}")


@pytest.mark.parametrize("persona", ["typical", "model"])
@pytest.mark.parametrize("era", ERAS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_date_matches_a_spec_format_and_precedes_the_export(era: str, lang: str, persona: str) -> None:
    data, summary = generate(era=era, lang=lang, persona=persona)
    before = summary.exported_on
    checked = 0
    for name, raw in members(data).items():
        if name.startswith("Articles/"):
            stamps = re.findall(
                r'<p class="(?:created|published)">(?:Created|Published) on (\d[^<]*)</p>', raw.decode()
            )
            assert stamps, name
            for stamp in stamps:
                check_date(stamp, ("article",), before, name)
            continue
        stem = re.sub(r"(_\d+)?\.csv$", "", name)
        if stem.startswith(DATELESS):
            continue
        if stem == "Rich_Media":
            for row in records(raw):
                sentence = re.fullmatch(r"You uploaded an? [a-z ]+ on (.+)", row["Date/Time"])
                assert sentence and row["Media Description"] == " -", row
                check_date(sentence.group(1), ("sentence",), before, name)
            continue
        if stem in ("SearchQueries", "Search Queries"):
            for line in raw.decode().splitlines()[1:]:
                check_date(line.split(",", 1)[0], ("slash_utc",), before, name)
            continue
        if stem == "Events":
            for row in records(raw):
                start, end = row["Event Time"].split(" - ")
                check_date(start, ("event_end",), before, name)
                check_date(end, ("event_end",), before, name)
            continue
        columns = {column: kinds for (prefix, column), kinds in DATE_COLUMNS.items() if prefix == stem}
        assert columns, f"{name}: no date column declared (add it to DATE_COLUMNS or DATELESS)"
        rows = records(raw, escapechar="\\") if stem == "Comments" else records(raw)
        for row in rows:
            for column, kinds in columns.items():
                if column in row:
                    check_date(row[column], kinds, before, f"{name}:{column}")
                    checked += 1
    assert checked > 500


def test_profile_birth_date_formats_vary_with_the_seed() -> None:
    seen = set()
    for seed in range(12):
        birth = records(members(generate(seed=seed)[0])["Profile.csv"])[0]["Birth Date"]
        seen.add("mdy" if re.fullmatch(FORMATS["mdy"][0], birth) else "md" if birth else "")
    assert seen == {"mdy", "md", ""}


@pytest.mark.parametrize("era", ERAS)
def test_partial_variant_is_the_complete_archive_cut_to_the_profile_files(era: str) -> None:
    partial_data, partial = generate(variant="partial", era=era)
    complete = members(generate(variant="complete", era=era)[0])
    kept = members(partial_data)
    assert set(kept) == {"Profile.csv", "Positions.csv", "Education.csv"}
    assert all(kept[name] == complete[name] for name in kept)  # the same bytes as in the complete archive
    assert partial.archive_name.startswith("Complete_LinkedInDataExport_")
    assert set(partial.rows) == {"profile", "positions", "education"}


def test_old_exports_write_the_posts_in_utf16_with_tabs() -> None:
    files = members(generate(era="2018", lang="fr", size="small")[0])
    raw = files["Shares.csv"]
    assert raw.startswith(b"\xff\xfe") and decoded(raw).startswith("Date\tShareLink\tShareCommentary\t")
    posts = records(raw)
    assert posts and all(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", post["Date"]) for post in posts)
