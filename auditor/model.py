"""The typed model of a LinkedIn data export.

Everything downstream (analyses, rules, planner, reports) reads these frozen dataclasses and nothing else: the
parsers in `auditor.export` are the only code that knows about CSV headers, file names and date formats.

Conventions:
- text fields are stripped strings, "" when absent (never None), so rules can test truthiness;
- timestamps are naive `datetime`s in UTC (LinkedIn writes UTC or no zone at all);
- month- or year-precision dates (positions, education...) are `PartialDate`s, so a gap check knows whether
  "2006" means "some time in 2006";
- `line` is the 1-based physical line of the record in its file, for evidence in findings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ArchiveKind = Literal["basic", "complete", "unknown"]
Direction = Literal["incoming", "outgoing", ""]


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day the value can stand for ("2006" ends on 31 December 2006)."""
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        following = dt.date(self.year + (month == 12), month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def plausible_days(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The window of real dates, for records, archive names and `--as-of` alike: from 1900 (before LinkedIn, before
    any career it holds) to five years after `today` (default: the day it runs), which covers what is
    legitimately ahead (a certification's expiry, an event, a planned audit)."""
    today = today or dt.date.today()
    try:
        last = today.replace(year=today.year + 5)
    except ValueError:  # 29 February
        last = today.replace(year=today.year + 5, day=28)
    return dt.date(1900, 1, 1), last


# --- Profile and career ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Profile:
    """The member's profile (Profile.csv)."""

    first_name: str = ""
    last_name: str = ""
    maiden_name: str = ""
    address: str = ""
    birth_date: str = ""  # kept as written: LinkedIn often hides the year ("Apr 22")
    headline: str = ""
    summary: str = ""
    industry: str = ""
    country: str = ""
    zip_code: str = ""
    geo_location: str = ""
    twitter_handles: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    instant_messengers: tuple[str, ...] = ()
    contact_instructions: str = ""
    line: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Position:
    """A position held (Positions.csv)."""

    company: str
    title: str
    description: str
    location: str
    started_on: PartialDate | None
    finished_on: PartialDate | None  # None with a start date: the current position
    line: int = 0

    @property
    def is_current(self) -> bool:
        return self.finished_on is None


@dataclass(frozen=True, slots=True)
class Education:
    """A school attended (Education.csv)."""

    school: str
    started_on: PartialDate | None
    finished_on: PartialDate | None
    notes: str
    degree: str
    activities: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Skill:
    """A skill listed on the profile (Skills.csv)."""

    name: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Language:
    """A language spoken (Languages.csv)."""

    name: str
    proficiency: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Certification:
    """A certification (Certifications.csv)."""

    name: str
    url: str
    authority: str
    started_on: PartialDate | None
    finished_on: PartialDate | None
    license_number: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Project:
    """A project (Projects.csv)."""

    title: str
    description: str
    url: str
    started_on: PartialDate | None
    finished_on: PartialDate | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Publication:
    """A publication (Publications.csv)."""

    name: str
    published_on: PartialDate | None
    description: str
    publisher: str
    url: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Honor:
    """An honor or award (Honors.csv)."""

    title: str
    description: str
    issued_on: PartialDate | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Course:
    """A course taken (Courses.csv)."""

    name: str
    number: str
    line: int = 0


# --- Network ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Connection:
    """A first-degree connection (Connections.csv)."""

    first_name: str
    last_name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: dt.date | None
    line: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Invitation:
    """An invitation to connect, sent or received (Invitations.csv)."""

    sender: str
    recipient: str
    sent_at: dt.datetime | None
    message: str
    direction: Direction
    sender_profile: str  # URL (2026) or urn:li:member (2023); "" in 2018
    recipient_profile: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Message:
    """Who wrote to whom, when, in which conversation. The subject, body, folder and attachments are not read:
    nothing in the audit looks at them, and the bodies are most of the largest file."""

    conversation_id: str
    conversation_title: str
    sender: str
    sender_url: str
    recipients: str  # as written: one or several names
    recipient_urls: tuple[str, ...]
    sent_at: dt.datetime | None
    direction: Direction  # only 2018 archives say it; later ones let the analyses infer it from the owner
    line: int = 0


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A recommendation, received or given (Recommendations_Received.csv, Recommendations_Given.csv)."""

    first_name: str
    last_name: str
    company: str
    job_title: str
    text: str
    created_at: dt.datetime | None
    status: str
    line: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Endorsement:
    """An endorsement of a skill, received or given (Endorsement_Received_Info.csv, Endorsement_Given_Info.csv)."""

    endorsed_at: dt.datetime | None
    skill: str
    first_name: str  # the other person: endorser (received) or endorsee (given)
    last_name: str
    profile_url: str
    status: str
    line: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# --- Activity ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Share:
    """A post or reshare of the member's (Shares.csv)."""

    shared_at: dt.datetime | None
    link: str
    commentary: str
    shared_url: str
    media_url: str
    visibility: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment the member wrote (Comments.csv)."""

    commented_at: dt.datetime | None
    link: str
    message: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Reaction:
    """A reaction of the member's to a post (Reactions.csv)."""

    reacted_at: dt.datetime | None
    type: str
    link: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Vote:
    """A vote in a poll (Votes.csv)."""

    voted_at: dt.datetime | None
    link: str
    option: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """One article (or draft) from the Articles/ HTML files."""

    file: str
    title: str
    created_at: dt.datetime | None
    published_at: dt.datetime | None  # None: a draft
    url: str  # the pulse URL when published, the edit URL of a 2018 draft, else ""
    cover_image: str
    body_text: str
    word_count: int
    headings: tuple[str, ...]
    links: tuple[str, ...]
    images: tuple[str, ...]

    @property
    def is_draft(self) -> bool:
        return self.published_at is None


@dataclass(frozen=True, slots=True)
class RichMedia:
    """A photo or other media the member uploaded (Rich_Media.csv)."""

    uploaded_at: dt.datetime | None
    kind: str  # "profile photo", "profile background photo", "video", "document", ... ("" when unknown)
    description: str  # the whole sentence, or the 2023 "Type" cell
    link: str
    line: int = 0

    @property
    def is_profile_photo(self) -> bool:
        return self.kind == "profile photo" or (
            "profile-displayphoto" in self.link or "profile-originalphoto" in self.link
        )


# --- Account ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EmailAddress:
    """An email address of the account (Email Addresses.csv)."""

    address: str
    confirmed: bool | None
    primary: bool | None
    updated_on: dt.datetime | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A phone number of the account (PhoneNumbers.csv)."""

    number: str
    extension: str
    type: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Registration:
    """When and how the account was registered (Registration.csv)."""

    registered_at: dt.datetime | None
    ip_address: str
    invited_by: str
    subscription_types: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class MemberFollow:
    """A member the member follows (Member_Follows.csv)."""

    followed_at: dt.datetime | None
    status: str
    name: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class CompanyFollow:
    """A company page the member follows (Company Follows.csv)."""

    organization: str
    followed_at: dt.datetime | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class LearningItem:
    """A LinkedIn Learning course or video (Learning.csv)."""

    title: str
    description: str
    content_type: str
    last_watched_at: dt.datetime | None
    completed_at: dt.datetime | None
    saved: bool | None
    notes: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """An event the member registered for (Events.csv)."""

    name: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    status: str
    url: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search the member made (SearchQueries.csv)."""

    searched_at: dt.datetime | None
    query: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class Inference:
    """An inference LinkedIn made about the member (Inferences_about_you.csv)."""

    category: str
    type: str
    description: str
    value: str
    line: int = 0


@dataclass(frozen=True, slots=True)
class AdTargeting:
    """The single Ad_Targeting row: repeated columns (Company Names x3...) are merged, lists split on "; "."""

    attributes: tuple[tuple[str, tuple[str, ...]], ...]
    line: int = 0

    def get(self, name: str) -> tuple[str, ...]:
        for key, values in self.attributes:
            if key == name:
                return values
        return ()


@dataclass(frozen=True, slots=True)
class Contact:
    """An imported address-book contact (ImportedContacts.csv)."""

    source: str
    first_name: str
    last_name: str
    companies: str
    title: str
    emails: str
    phone_numbers: str
    created_at: dt.datetime | None
    line: int = 0


@dataclass(frozen=True, slots=True)
class SavedJob:
    """A job offer the member saved (Saved Jobs.csv)."""

    saved_at: dt.datetime | None
    url: str
    title: str
    company: str
    line: int = 0


# --- The export -------------------------------------------------------------------------------------------


# What went wrong, as a code: code decides by the kind, never by the wording of `ParseIssue.detail`.
ParseIssueKind = Literal[
    # A whole file or member.
    "unreadable-file",  # a file of a folder export that cannot be opened or listed; ignored
    "unreadable-folder",  # a subfolder of a folder export that cannot be listed; its files are ignored
    "special-file",  # a FIFO, device or socket in a folder export; never opened
    "unsafe-member",  # a ZIP member whose name points outside the archive (absolute, `..`); ignored
    "link-member",  # a member or file that is a symbolic link; ignored
    "duplicate-member",  # a member name found twice in the archive; the first copy is read
    "empty-file",  # a file of zero bytes; nothing to read, nothing lost
    "no-header",  # a file with bytes but no header row (blank lines, a lone BOM); nothing read from it
    "undecodable",  # a file no encoding and delimiter make readable (no known column); its section is absent
    "too-large",  # a file past its budget (decompressed bytes; an article's HTML bytes or tags); skipped
    "encoding-fallback",  # bytes invalid in the file's encoding: UTF-8's read as Windows-1252, UTF-16's replaced
    "extra-records",  # more records than the section can hold (several profile rows); the first is read
    # A row, a column or a cell.
    "unreadable-record",  # a CSV record the csv module rejects (a field over the size limit); skipped
    "missing-values",  # a row with fewer values than the header; the rest read as empty
    "extra-values",  # a row with non-empty values beyond the header's columns; they are ignored
    "missing-column",  # a column the section needs is not in the header
    "unknown-column",  # a header column the audit does not know; ignored
    "bad-value",  # a cell that cannot be converted (a date, a yes/no...); left empty
    "implausible-date",  # a date before 1900 or more than 5 years ahead (year 0, 9999); left empty
    "long-cell",  # a cell past the cell budget (1 MiB); the row is kept with the cell cut (counted per file)
    "long-word",  # a run of characters without a space past 1,000 in a text field, cut there (counted per file)
]


@dataclass(frozen=True, slots=True)
class ParseIssue:
    """Something in the archive that could not be read as expected; never fatal.

    `detail` is English technical detail for `inspect`, never to be matched. `count` > 1 stands for that many
    issues of the same kind (and field, for bad values) in the file, beyond the ones listed one by one.
    """

    kind: ParseIssueKind
    file: str
    line: int | None = None
    field: str | None = None
    detail: str = ""
    count: int = 1


@dataclass(frozen=True, slots=True)
class SectionSource:
    """Where a section was read from, for the inventory and for evidence."""

    files: tuple[str, ...]
    rows: int


@dataclass(frozen=True)
class Export:
    """One parsed archive. Absent sections are empty; `sources` says which ones were really present."""

    kind: ArchiveKind = "unknown"
    exported_on: dt.date | None = None
    source_name: str = ""
    profile: Profile | None = None
    positions: tuple[Position, ...] = ()
    education: tuple[Education, ...] = ()
    skills: tuple[Skill, ...] = ()
    languages: tuple[Language, ...] = ()
    certifications: tuple[Certification, ...] = ()
    projects: tuple[Project, ...] = ()
    publications: tuple[Publication, ...] = ()
    honors: tuple[Honor, ...] = ()
    courses: tuple[Course, ...] = ()
    connections: tuple[Connection, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    messages: tuple[Message, ...] = ()
    shares: tuple[Share, ...] = ()
    comments: tuple[Comment, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    votes: tuple[Vote, ...] = ()
    articles: tuple[Article, ...] = ()
    recommendations_received: tuple[Recommendation, ...] = ()
    recommendations_given: tuple[Recommendation, ...] = ()
    endorsements_received: tuple[Endorsement, ...] = ()
    endorsements_given: tuple[Endorsement, ...] = ()
    rich_media: tuple[RichMedia, ...] = ()
    email_addresses: tuple[EmailAddress, ...] = ()
    phone_numbers: tuple[PhoneNumber, ...] = ()
    registration: tuple[Registration, ...] = ()
    member_follows: tuple[MemberFollow, ...] = ()
    company_follows: tuple[CompanyFollow, ...] = ()
    learning: tuple[LearningItem, ...] = ()
    events: tuple[Event, ...] = ()
    search_queries: tuple[SearchQuery, ...] = ()
    inferences: tuple[Inference, ...] = ()
    ad_targeting: tuple[AdTargeting, ...] = ()
    contacts: tuple[Contact, ...] = ()
    saved_jobs: tuple[SavedJob, ...] = ()
    sources: dict[str, SectionSource] = field(default_factory=dict)
    parse_issues: tuple[ParseIssue, ...] = ()
    unread_files: tuple[str, ...] = ()  # files LinkedIn writes that the audit does not use (Logins.csv...)
    # Section -> its files that could not be read at all (no known column under any encoding or delimiter). A
    # section whose only files are here is absent (`has` is False), so nothing is judged on it, but not `missing`:
    # it is in the archive, and the skip reasons say the file could not be read.
    unreadable: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def has(self, section: str) -> bool:
        """True when the archive held the section's file and it could be read (even with no rows)."""
        return section in self.sources

    def file_of(self, section: str, default: str | None = None) -> str:
        """The archive's own name for a section's (first) file, e.g. `Shares_1158443584.csv`, for evidence whose
        row numbers must point into the right file; when the section is absent, `default` or LinkedIn's usual
        name for it (`SECTION_FILES`)."""
        source = self.sources.get(section)
        if source and source.files:
            return source.files[0]
        return default if default is not None else SECTION_FILES[section]

    @property
    def missing(self) -> tuple[str, ...]:
        """The sections the archive does not hold (not those it holds in files that could not be read)."""
        return tuple(name for name in SECTION_NAMES if name not in self.sources and name not in self.unreadable)


# The sections of an export, in inventory order: every field of `Export` that holds parsed records.
SECTION_NAMES: tuple[str, ...] = (
    "profile", "positions", "education", "skills", "languages", "certifications", "projects", "publications",
    "honors", "courses", "connections", "invitations", "messages", "shares", "comments", "reactions", "votes",
    "articles", "recommendations_received", "recommendations_given", "endorsements_received",
    "endorsements_given", "rich_media", "email_addresses", "phone_numbers", "registration", "member_follows",
    "company_follows", "learning", "events", "search_queries", "inferences", "ad_targeting", "contacts",
    "saved_jobs",
)  # fmt: skip

# LinkedIn's usual name for each section's file (the 2024+ names), for the words of a finding or a skip reason
# when the archive has no file of its own to name.
SECTION_FILES: dict[str, str] = {
    "profile": "Profile.csv", "positions": "Positions.csv", "education": "Education.csv", "skills": "Skills.csv",
    "languages": "Languages.csv", "certifications": "Certifications.csv", "projects": "Projects.csv",
    "publications": "Publications.csv", "honors": "Honors.csv", "courses": "Courses.csv",
    "connections": "Connections.csv", "invitations": "Invitations.csv", "messages": "messages.csv",
    "shares": "Shares.csv", "comments": "Comments.csv", "reactions": "Reactions.csv", "votes": "Votes.csv",
    "articles": "Articles/", "recommendations_received": "Recommendations_Received.csv",
    "recommendations_given": "Recommendations_Given.csv", "endorsements_received": "Endorsement_Received_Info.csv",
    "endorsements_given": "Endorsement_Given_Info.csv", "rich_media": "Rich_Media.csv",
    "email_addresses": "Email Addresses.csv", "phone_numbers": "PhoneNumbers.csv", "registration": "Registration.csv",
    "member_follows": "Member_Follows.csv", "company_follows": "Company Follows.csv", "learning": "Learning.csv",
    "events": "Events.csv", "search_queries": "SearchQueries.csv", "inferences": "Inferences_about_you.csv",
    "ad_targeting": "Ad_Targeting.csv", "contacts": "ImportedContacts.csv", "saved_jobs": "Saved Jobs.csv",
}  # fmt: skip

# The sections only the complete archive holds (LinkedIn's basic archive, sent first, leaves them out). The reader
# takes an archive holding one of them for a complete one.
BASIC_ARCHIVE_LEAVES_OUT: frozenset[str] = frozenset({
    "shares", "comments", "reactions", "votes", "articles", "recommendations_received", "recommendations_given",
    "member_follows", "search_queries", "inferences",
})  # fmt: skip
