"""One declarative spec per section: which files hold it, which header names (across 2018-2026) feed which
field, and how each cell is converted.

Columns are always mapped by header name, with aliases for the renames LinkedIn made over the years; an absent
column reads as empty. The column order of a spec is the field order of its model dataclass (a test checks it),
which lets the hot loop build records positionally.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter
from typing import Any

from auditor.export.csvread import Chunk, Dialect, IssueLog, compact, rows_of
from auditor.export.dates import (
    DAY_FIRST,
    EARLIEST,
    LATEST,
    ImplausibleDate,
    find_sentence_date,
    parse_date,
    parse_datetime,
    parse_event_range,
    parse_partial_date,
)
from auditor.export.rowbuild import record_builder
from auditor.i18n import _, n_
from auditor.model import (
    AdTargeting,
    Certification,
    Comment,
    CompanyFollow,
    Connection,
    Contact,
    Course,
    Education,
    EmailAddress,
    Endorsement,
    Event,
    Honor,
    Inference,
    Invitation,
    Language,
    LearningItem,
    MemberFollow,
    Message,
    PhoneNumber,
    Position,
    Profile,
    Project,
    Publication,
    Reaction,
    Recommendation,
    Registration,
    RichMedia,
    SavedJob,
    SearchQuery,
    Share,
    Skill,
    Vote,
)

Converter = Callable[[str], Any]


# --- Cell converters ----------------------------------------------------------------------------------------


text = str.strip  # the default converter: a C method, no Python frame per cell


def repeated(cell: str) -> str:
    """Text that recurs from row to row (who wrote a message, to whom, in which conversation): converted once per
    distinct value in a file, so that every row holding it shares one string. A large messages file then keeps a
    few thousand names and URLs rather than 200,000 copies, and the analyses' grouping compares them by identity."""
    return cell.strip()


def entity_text(cell: str) -> str:
    """Text that LinkedIn sometimes writes with HTML entities (Summary, comments, 2018 archives)."""
    cell = cell.strip()
    return html.unescape(cell) if "&" in cell else cell


def flag(cell: str) -> bool | None:
    value = cell.strip().lower()
    if value in ("yes", "true", "y", "1"):
        return True
    if value in ("no", "false", "n", "0"):
        return False
    if value in ("", "n/a"):
        return None
    raise ValueError(f"not a yes/no value: {cell.strip()[:20]!r}")


_DIRECTIONS = {"INCOMING": "incoming", "OUTGOING": "outgoing"}


def direction(cell: str) -> str:
    return _DIRECTIONS.get(cell.strip().upper(), "") if cell else ""


def url_list(cell: str) -> tuple[str, ...]:
    if "," not in cell:
        cell = cell.strip()
        return (cell,) if cell else ()
    return tuple(part for part in map(str.strip, cell.split(",")) if part)


_URL = re.compile(r"https?://[^\s,\]\[]+")


def websites(cell: str) -> tuple[str, ...]:
    """`PORTFOLIO:http://a, OTHER:https://b` (2018) or `[PERSONAL:http://a]` (2024+) -> the URLs."""
    found = tuple(_URL.findall(cell))
    return found or bracket_list(cell)


def bracket_list(cell: str) -> tuple[str, ...]:
    """`[jaclynleaver]` (2026) or `abhishekwebcode` (2018) -> the handles."""
    inner = cell.strip().strip("[]")
    return tuple(part.strip() for part in inner.split(",") if part.strip())


def share_commentary(cell: str) -> str:
    """Undo the paragraph quoting of Shares.csv: each paragraph comes wrapped in literal quote characters."""
    if "\n" not in cell or ('"\n' not in cell and '\n"' not in cell):
        return entity_text(cell)
    lines = cell.split("\n")
    last = len(lines) - 1
    cleaned = []
    for number, line in enumerate(lines):
        if number > 0 and line.startswith('"'):
            line = line[1:]
        if number < last and line.endswith('"'):
            line = line[:-1]
        cleaned.append(line)
    return entity_text("\n".join(cleaned))


# --- Specs ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    field: str
    aliases: tuple[str, ...]  # header names as LinkedIn wrote them, newest first
    convert: Converter = text
    required: bool = False  # its absence is worth a parse issue (the file is not what we think)


def col(field_name: str, *aliases: str, convert: Converter = text, required: bool = False) -> Column:
    return Column(field_name, aliases, convert, required)


@dataclass(frozen=True)
class SectionSpec:
    name: str
    files: tuple[str, ...]  # compact file names, without extension or _<digits> suffix
    model: type
    columns: tuple[Column, ...]
    date_field: str | None = None  # the field the inventory's first/last dates come from
    dialect: Dialect = field(default_factory=Dialect)
    build: Callable[..., Any] | None = None  # custom record builder, called as build(*values, line)
    ignored: tuple[str, ...] = ()  # columns LinkedIn writes that the audit deliberately does not read
    header_markers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        aliases = [alias for column in self.columns for alias in column.aliases]
        markers = frozenset(compact(alias) for alias in (*aliases, *self.ignored))
        object.__setattr__(self, "header_markers", markers)


def _rich_media(description: str, link: str, line: int) -> RichMedia:
    # 2024+: "You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)"; 2023 basic: "Type" cells like
    # "Video content can be downloaded at".
    kind = ""
    match = re.match(r"You uploaded an? (.+?) on ", description)
    if match:
        kind = match[1]
    try:
        uploaded_at = find_sentence_date(description)
    except ValueError:
        uploaded_at = None
    return RichMedia(uploaded_at, kind, description, link, line)


def _registration(registered_at: Any, ip: str, first: str, last: str, subscriptions: str, line: int) -> Registration:
    return Registration(registered_at, ip, f"{first} {last}".strip(), subscriptions, line)


def _event_range(cell: str) -> tuple[Any, Any]:
    """`May 07, 2022 08:00 AM - May 07, 2022 11:00 AM` -> (start, end); a bad cell raises ValueError, which
    the row loop turns into a parse issue like any other cell."""
    cell = cell.strip()
    return parse_event_range(cell) if cell else (None, None)


def _event(name: str, time_range: tuple[Any, Any] | None, status: str, url: str, line: int) -> Event:
    starts, ends = time_range or (None, None)
    return Event(name, starts, ends, status, url, line)


SPECS: tuple[SectionSpec, ...] = (
    SectionSpec("profile", ("profile",), Profile, (
        col("first_name", "First Name", required=True),
        col("last_name", "Last Name"),
        col("maiden_name", "Maiden Name"),
        col("address", "Address"),
        col("birth_date", "Birth Date"),
        col("headline", "Headline", convert=entity_text, required=True),
        col("summary", "Summary", convert=entity_text),
        col("industry", "Industry"),
        col("country", "Country"),
        col("zip_code", "Zip Code"),
        col("geo_location", "Geo Location"),
        col("twitter_handles", "Twitter Handles", convert=bracket_list),
        col("websites", "Websites", convert=websites),
        col("instant_messengers", "Instant Messengers", convert=bracket_list),
        col("contact_instructions", "Contact Instructions"),
    )),
    SectionSpec("positions", ("positions",), Position, (
        col("company", "Company Name", required=True),
        col("title", "Title", required=True),
        col("description", "Description", convert=entity_text),
        col("location", "Location"),
        col("started_on", "Started On", convert=parse_partial_date),
        col("finished_on", "Finished On", convert=parse_partial_date),
    ), date_field="started_on"),
    SectionSpec("education", ("education",), Education, (
        col("school", "School Name", required=True),
        col("started_on", "Start Date", "Started On", convert=parse_partial_date),
        col("finished_on", "End Date", "Finished On", convert=parse_partial_date),
        col("notes", "Notes"),
        col("degree", "Degree Name"),
        col("activities", "Activities"),
    ), date_field="started_on"),
    SectionSpec("skills", ("skills",), Skill, (col("name", "Name", required=True),)),
    SectionSpec("languages", ("languages",), Language, (
        col("name", "Name", required=True),
        col("proficiency", "Proficiency"),
    )),
    SectionSpec("certifications", ("certifications",), Certification, (
        col("name", "Name", required=True),
        col("url", "Url"),
        col("authority", "Authority"),
        col("started_on", "Started On", convert=parse_partial_date),
        col("finished_on", "Finished On", convert=parse_partial_date),
        col("license_number", "License Number"),
    ), date_field="started_on"),
    SectionSpec("projects", ("projects",), Project, (
        col("title", "Title", required=True),
        col("description", "Description"),
        col("url", "Url"),
        col("started_on", "Started On", "Start Date", convert=parse_partial_date),
        col("finished_on", "Finished On", "End Date", convert=parse_partial_date),
    ), date_field="started_on"),
    SectionSpec("publications", ("publications",), Publication, (
        col("name", "Name", required=True),
        col("published_on", "Published On", convert=parse_partial_date),
        col("description", "Description"),
        col("publisher", "Publisher"),
        col("url", "Url"),
    ), date_field="published_on"),
    SectionSpec("honors", ("honors",), Honor, (
        col("title", "Title", required=True),
        col("description", "Description"),
        col("issued_on", "Issued On", convert=parse_partial_date),
    ), date_field="issued_on"),
    SectionSpec("courses", ("courses",), Course, (
        col("name", "Name", required=True),
        col("number", "Number"),
    )),
    SectionSpec("connections", ("connections",), Connection, (
        col("first_name", "First Name", required=True),
        col("last_name", "Last Name"),
        col("url", "URL", "Profile URL"),
        col("email", "Email Address"),
        col("company", "Company"),
        col("position", "Position"),
        col("connected_on", "Connected On", convert=parse_date),
    ), date_field="connected_on"),
    SectionSpec("invitations", ("invitations",), Invitation, (
        col("sender", "From", required=True),
        col("recipient", "To"),
        col("sent_at", "Sent At", convert=parse_datetime),
        col("message", "Message"),
        col("direction", "Direction", convert=direction),
        col("sender_profile", "inviterProfileUrl", "inviterProfileUrn"),
        col("recipient_profile", "inviteeProfileUrl", "inviteeProfileUrn"),
    ), date_field="sent_at"),
    SectionSpec("messages", ("messages",), Message, (
        col("conversation_id", "CONVERSATION ID", convert=repeated),
        col("conversation_title", "CONVERSATION TITLE", convert=repeated),
        col("sender", "FROM", convert=repeated, required=True),
        col("sender_url", "SENDER PROFILE URL", convert=repeated),
        col("recipients", "TO", convert=repeated),
        col("recipient_urls", "RECIPIENT PROFILE URLS", convert=url_list),
        col("sent_at", "DATE", convert=parse_datetime, required=True),
        col("direction", "Direction", convert=direction),
    ), date_field="sent_at", ignored=("SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS")),
    SectionSpec("shares", ("shares",), Share, (
        col("shared_at", "Date", convert=parse_datetime, required=True),
        col("link", "ShareLink"),
        col("commentary", "ShareCommentary", convert=share_commentary),
        col("shared_url", "SharedUrl"),
        col("media_url", "MediaUrl"),
        col("visibility", "Visibility"),
    ), date_field="shared_at"),
    SectionSpec("comments", ("comments",), Comment, (
        col("commented_at", "Date", convert=parse_datetime, required=True),
        col("link", "Link"),
        col("message", "Message", convert=entity_text),
    ), date_field="commented_at", dialect=Dialect(backslash_escapes=True)),
    SectionSpec("reactions", ("reactions",), Reaction, (
        col("reacted_at", "Date", convert=parse_datetime, required=True),
        col("type", "Type"),
        col("link", "Link"),
    ), date_field="reacted_at"),
    SectionSpec("votes", ("votes",), Vote, (
        col("voted_at", "Date", convert=parse_datetime, required=True),
        col("link", "Link"),
        col("option", "OptionText"),
    ), date_field="voted_at"),
    SectionSpec("recommendations_received", ("recommendationsreceived",), Recommendation, (
        col("first_name", "First Name", required=True),
        col("last_name", "Last Name"),
        col("company", "Company"),
        col("job_title", "Job Title"),
        col("text", "Text"),
        col("created_at", "Creation Date", convert=parse_datetime),
        col("status", "Status"),
    ), date_field="created_at"),
    SectionSpec("recommendations_given", ("recommendationsgiven",), Recommendation, (
        col("first_name", "First Name", required=True),
        col("last_name", "Last Name"),
        col("company", "Company"),
        col("job_title", "Job Title"),
        col("text", "Text"),
        col("created_at", "Creation Date", convert=parse_datetime),
        col("status", "Status"),
    ), date_field="created_at"),
    SectionSpec("endorsements_received", ("endorsementreceivedinfo", "endorsementsreceived"), Endorsement, (
        col("endorsed_at", "Endorsement Date", convert=parse_datetime),
        col("skill", "Skill Name", required=True),
        col("first_name", "Endorser First Name"),
        col("last_name", "Endorser Last Name"),
        col("profile_url", "Endorser Public Url"),
        col("status", "Endorsement Status"),
    ), date_field="endorsed_at"),
    SectionSpec("endorsements_given", ("endorsementgiveninfo", "endorsementsgiven"), Endorsement, (
        col("endorsed_at", "Endorsement Date", convert=parse_datetime),
        col("skill", "Skill Name", required=True),
        col("first_name", "Endorsee First Name"),
        col("last_name", "Endorsee Last Name"),
        col("profile_url", "Endorsee Public Url"),
        col("status", "Endorsement Status"),
    ), date_field="endorsed_at"),
    SectionSpec("rich_media", ("richmedia",), RichMedia, (
        col("description", "Date/Time", "Type", required=True),
        col("link", "Media Link", "Link"),
        col("media_description", "Media Description"),
    ), date_field="uploaded_at", build=lambda description, link, _ignored, line: _rich_media(
        description, link, line)),
    SectionSpec("email_addresses", ("emailaddresses",), EmailAddress, (
        col("address", "Email Address", required=True),
        col("confirmed", "Confirmed", convert=flag),
        col("primary", "Primary", convert=flag),
        col("updated_on", "Updated On", convert=parse_datetime),
    ), date_field="updated_on"),
    SectionSpec("phone_numbers", ("phonenumbers",), PhoneNumber, (
        col("number", "Number", required=True),
        col("extension", "Extension"),
        col("type", "Type"),
    )),
    SectionSpec("registration", ("registration",), Registration, (
        col("registered_at", "Registered At", "Registration Date", convert=parse_datetime, required=True),
        col("ip_address", "Registration Ip", "Registration IP Address"),
        col("invited_first", "Invited by (First Name)"),
        col("invited_last", "Invited by (Last Name)"),
        col("subscription_types", "Subscription Types"),
    ), date_field="registered_at", build=_registration),
    SectionSpec("member_follows", ("memberfollows",), MemberFollow, (
        col("followed_at", "Date", convert=parse_datetime, required=True),
        col("status", "Status"),
        col("name", "FullName"),
    ), date_field="followed_at"),
    SectionSpec("company_follows", ("companyfollows",), CompanyFollow, (
        col("organization", "Organization", required=True),
        col("followed_at", "Followed On", convert=parse_datetime),
    ), date_field="followed_at"),
    SectionSpec("learning", ("learning",), LearningItem, (
        col("title", "Content Title", required=True),
        col("description", "Content Description"),
        col("content_type", "Content Type"),
        col("last_watched_at", "Content Last Watched Date (if viewed)", convert=parse_datetime),
        col("completed_at", "Content Completed At (if completed)", convert=parse_datetime),
        col("saved", "Content Saved", convert=flag),
        col("notes", "Notes taken on videos (if taken)"),
    ), date_field="last_watched_at"),
    SectionSpec("events", ("events",), Event, (
        col("name", "Event Name", required=True),
        col("time_range", "Event Time", convert=_event_range),
        col("status", "Status"),
        col("url", "External Url"),
    ), date_field="starts_at", build=_event),
    SectionSpec("search_queries", ("searchqueries",), SearchQuery, (
        col("searched_at", "Time", convert=parse_datetime, required=True),
        col("query", "Search Query"),
    ), date_field="searched_at", dialect=Dialect(rest_in_last_column=True)),
    SectionSpec("inferences", ("inferencesaboutyou",), Inference, (
        col("category", "Category", required=True),
        col("type", "Type of inference"),
        col("description", "Description"),
        col("value", "Inference"),
    )),
    SectionSpec("contacts", ("contacts", "importedcontacts"), Contact, (
        col("source", "Source"),
        col("first_name", "FirstName", "First Name", required=True),
        col("last_name", "LastName", "Last Name"),
        col("companies", "Companies", "Company"),
        col("title", "Title"),
        col("emails", "Emails", "Email Address", "Email"),
        col("phone_numbers", "PhoneNumbers", "Phone Numbers"),
        col("created_at", "CreatedAt", "Created At", convert=parse_datetime),
    ), date_field="created_at", ignored=(
        "Addresses", "Sites", "InstantMessageHandles", "FullName", "Birthday", "Location", "BookmarkedAt", "Profiles",
    )),
    SectionSpec("saved_jobs", ("savedjobs",), SavedJob, (
        col("saved_at", "Saved Date", convert=parse_datetime),
        col("url", "Job Url", required=True),
        col("title", "Job Title"),
        col("company", "Company Name"),
    ), date_field="saved_at"),
)  # fmt: skip

# Ad_Targeting is read by `parse_ad_targeting`: its columns repeat and vary, so it has no fixed column list.
AD_TARGETING_FILES = ("adtargeting",)

SPEC_BY_NAME: dict[str, SectionSpec] = {spec.name: spec for spec in SPECS}


# --- The row loop -----------------------------------------------------------------------------------------------


# The default `Limits.max_word_chars`.
MAX_WORD_CHARS = 1000

# Converters whose values are text kept as it is written (strings, or tuples of strings): the ones whose long
# unbroken runs are cut.
_TEXT_CONVERTERS: set[Callable[[str], object]] = {
    text, repeated, entity_text, share_commentary, url_list, websites, bracket_list
}  # fmt: skip


class WordCutter:
    """Cuts runs of non-space characters past `limit` in kept text: a 300 KB "word" in a company name would
    otherwise be carried into every report, and make wrapping it quadratic. Counts what it cut, for one issue
    per file."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.cut = 0
        self._run = re.compile(rf"\S{{{limit + 1},}}")

    def text(self, value: str) -> str:
        if len(value) <= self.limit:
            return value
        value, n = self._run.subn(lambda match: match[0][: self.limit], value)
        self.cut += n
        return value

    def column(self, cells: Sequence[str], values: list[Any]) -> None:
        """Cut the values (strings or tuples of strings) whose cell is long, in place; C-level when none is."""
        if max(map(len, cells), default=0) <= self.limit:
            return
        # The long cells' indexes, found by C loops: a messages column has a few long cells among 30,000.
        for index in compress(range(len(cells)), map(self.limit.__lt__, map(len, cells))):
            value = values[index]
            if isinstance(value, str):
                values[index] = self.text(value)
            elif isinstance(value, tuple):
                values[index] = tuple(self.text(item) if isinstance(item, str) else item for item in value)

    def report(self, issues: IssueLog) -> None:
        if self.cut:
            issues.add(
                "long-word",
                n_(
                    "{n} run of over {limit} characters without a space cut there",
                    "{n} runs of over {limit} characters without a space cut there",
                    self.cut,
                    limit=self.limit,
                ),
            )


def parse_rows(
    spec: SectionSpec,
    header: list[str],
    chunks: Iterable[Chunk],
    issues: IssueLog,
    *,
    day_first: bool = False,
    max_word: int = MAX_WORD_CHARS,
    max_rows: int | None = None,
) -> list[Any]:
    """Turn header-shaped rows into model records; a bad cell becomes an issue and an empty value. Each chunk is
    turned into columns, converted a column at a time (C loops), then into records (see auditor.export.rowbuild).
    `day_first`: the file's slashed dates are day first (see `Dialect.day_first`); `max_word`: runs without a
    space longer than this are cut in text values; `max_rows`: the rows still within the archive's budget, the
    rest of the file is not read (a "too-large" issue)."""
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        positions.setdefault(compact(name), index)
    plan: list[tuple[int, Converter]] = []
    for column in spec.columns:
        index = next((positions[k] for k in map(compact, column.aliases) if k in positions), -1)
        if index < 0 and column.required and header:
            issues.add(
                "missing-column",
                _("expected column '{column}' is missing", column=column.aliases[0]),
                field=column.aliases[0],
            )
        convert = DAY_FIRST.get(column.convert, column.convert) if day_first else column.convert
        plan.append((index, convert))
    words = WordCutter(max_word)
    for name in header:
        if name.strip() and compact(name) not in spec.header_markers:
            issues.add(
                "unknown-column",
                _("unknown column '{column}' ignored", column=name.strip()[:60]),
                field=name.strip()[:60],
            )
    build = record_builder(spec.model) if spec.build is None else _custom_builder(spec.build)
    caches: list[dict[str, Any]] = [{} for _ in plan]  # per column: the values of its distinct cells, for the file
    records: list[Any] = []
    last = False
    for lines, rows in chunks:
        if max_rows is not None and len(records) + len(rows) > max_rows:
            keep = max(max_rows - len(records), 0)
            detail = _("rows past the budget of the archive's rows; the rest of the file is not read")
            issues.add("too-large", detail, line=lines[keep])
            lines, rows, last = lines[:keep], rows[:keep], True
        if not rows:
            break
        cells = list(zip(*rows, strict=True))
        columns: list[Sequence[Any]] = []
        for (index, convert), cache in zip(plan, caches, strict=True):
            if index < 0:
                columns.append([convert("")] * len(lines))
                continue
            try:
                values = _convert_column(convert, cells[index], cache)
            except (ValueError, OverflowError):
                values = _convert_slowly(convert, cells[index], lines, header[index], issues)
            if convert in _TEXT_CONVERTERS or spec.build is not None:
                words.column(cells[index], values)
            columns.append(values)
        columns.append(lines)
        records += build(columns)
        if last:
            break
    words.report(issues)
    return records


def _custom_builder(make: Callable[..., Any]) -> Callable[[Sequence[Sequence[Any]]], list[Any]]:
    return lambda columns: list(map(make, *columns))


def _datetime_column(cells: Sequence[str]) -> list[Any]:
    """The ISO stamps of the big files, parsed in C; anything else raises and takes the careful path."""
    isoish = map(str.replace, map(str.removesuffix, cells, repeat(" UTC")), repeat("/"), repeat("-"))
    stamps = list(map(dt.datetime.fromisoformat, isoish))
    if any(map(attrgetter("tzinfo"), stamps)):
        raise ValueError("zone-aware stamp")  # LinkedIn writes UTC without offsets; let parse_datetime decide
    if stamps and (min(stamps) < EARLIEST or max(stamps) > LATEST):
        raise ValueError("implausible stamp")  # parse_datetime tells which, cell by cell
    return stamps


def _unescape(stripped: list[str]) -> list[str]:
    for index in [i for i, cell in enumerate(stripped) if "&" in cell]:
        stripped[index] = html.unescape(stripped[index])
    return stripped


def _by_distinct_value(convert: Converter, cells: Sequence[str], cache: dict[str, Any]) -> list[Any]:
    """Convert each distinct cell once in a file (`cache`, kept from chunk to chunk), then look every cell up in C:
    dates, URLs and names repeat a lot (30,000 connections share a few thousand days). A cell that cannot be
    converted raises before anything of its chunk is cached."""
    new = set(cells).difference(cache)
    if new:
        cache.update({cell: convert(cell) for cell in new})
    return list(map(cache.__getitem__, cells))


def _convert_column(convert: Converter, cells: Sequence[str], cache: dict[str, Any]) -> list[Any]:
    """A column converted by column-wide fast paths (the same values as `convert` on each cell), or ValueError /
    OverflowError when some cell cannot be converted: the caller then goes cell by cell. `cache`: the column's
    distinct values converted so far in the file."""
    if convert is text:
        return list(map(str.strip, cells))
    if convert is entity_text:
        return _unescape(list(map(str.strip, cells)))
    if convert is parse_datetime:
        try:
            return _datetime_column(cells)
        except (ValueError, OverflowError):
            pass  # some cell needs the general converter
    return _by_distinct_value(convert, cells, cache)


def _convert_slowly(
    convert: Converter, cells: Sequence[str], lines: Sequence[int], header_name: str, issues: IssueLog
) -> list[Any]:
    values: list[Any] = []
    for cell, line in zip(cells, lines, strict=True):
        try:
            values.append(convert(cell))
        except ImplausibleDate as error:
            detail = _("{problem} in {cell}; left empty", problem=error.detail, cell=repr(cell.strip()[:40]))
            issues.add("implausible-date", detail, line=line, field=header_name)
            values.append(None)
        except (ValueError, OverflowError):
            issues.add(
                "bad-value",
                _("cannot read {cell}; left empty", cell=repr(cell.strip()[:40])),
                line=line,
                field=header_name,
            )
            values.append(None)
    return values


def parse_ad_targeting(
    header: list[str], chunks: Iterable[Chunk], issues: IssueLog | None = None, *, max_word: int = MAX_WORD_CHARS
) -> Iterator[AdTargeting]:
    """Keep every column, merging repeated ones (`Company Names` x3) and splitting `; `-separated lists."""
    words = WordCutter(max_word)
    for line, row in rows_of(iter(chunks)):
        # Dicts as ordered sets: a cell of 100,000 distinct values must not take a quadratic de-duplication.
        merged: dict[str, dict[str, None]] = {}
        for name, cell in zip(header, row, strict=False):
            key = name.strip()
            if not key:
                continue
            values = merged.setdefault(key, {})
            for value in cell.split(";"):
                value = words.text(value.strip())
                if value:
                    values[value] = None
        yield AdTargeting(tuple((key, tuple(values)) for key, values in merged.items()), line)
    if issues is not None:
        words.report(issues)
