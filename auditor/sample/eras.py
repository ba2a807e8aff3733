"""What changes with the year of the export: its date, file names and headers.

Three eras are modelled on the real exports the spec describes: 2018 (ABH18), 2023 (MOH23) and 2026
(JRL26/AHA26). Where the spec does not know a header for an era, the nearest known era's header is used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ERAS = ("2018", "2023", "2026")


@dataclass(frozen=True, slots=True)
class Era:
    """File names and headers of one era."""

    key: str
    exported_on: dt.date
    messages_file: str
    phone_file: str
    search_file: str
    ads_file: str
    contacts_file: str
    # Suffix LinkedIn (or its users) put on activity files in 2026: "Shares_1158443584.csv".
    member_suffix: bool
    profile_header: tuple[str, ...]
    projects_header: tuple[str, ...]
    registration_header: tuple[str, ...]
    invitations_header: tuple[str, ...]
    ads_header: tuple[str, ...]

    @property
    def year(self) -> int:
        return self.exported_on.year

    @property
    def is_2018(self) -> bool:
        return self.key == "2018"


_PROFILE_2018 = (
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Contact Instructions",
    "Headline",
    "Summary",
    "Industry",
    "Country",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
)
_PROFILE = tuple(h for h in _PROFILE_2018 if h not in ("Contact Instructions", "Country"))

_ADS_2026 = [
    "Member Age",
    "Buyer Groups",
    "Company Names",
    "Company Names",
    "Company Follower of",
    "Company Names",
    "Company Category",
    "Company Size",
    "Degrees",
    "degreeClass",
    "Recent Device OS",
    "Member Schools",
    "Company Growth Rate",
    "Fields of Study",
    "Company Connections",
    "Function By Size",
    "Job Functions",
    "Member Gender",
    "Graduation Year",
    "Member Groups",
    "Company Industries",
    "Member Interests",
    "Interface Locales",
    "interfaceLocale",
    "Member Traits",
    "High Value Audience Segments",
    "Profile Locations",
    "Company Revenue",
    "Job Seniorities",
    "Member Skills",
    "Standard Audience Segments",
    "Job Titles",
    "Job Titles",
    "Job Titles",
    "Years of Experience",
]
# The 2023 header lacks "Recent Device OS"; 2018 uses the nearest known (2023) one.
_ADS_2023 = tuple(h for h in _ADS_2026 if h != "Recent Device OS")

_INVITATIONS = ("From", "To", "Sent At", "Message", "Direction")

ERA_SPECS: dict[str, Era] = {
    "2018": Era(
        key="2018",
        exported_on=dt.date(2018, 11, 4),
        messages_file="Messages.csv",
        phone_file="Phone Numbers.csv",
        search_file="Search Queries.csv",
        ads_file="Ad Targeting.csv",
        contacts_file="Imported Contacts.csv",
        member_suffix=False,
        profile_header=_PROFILE_2018,
        projects_header=("Title", "Description", "Url", "Start Date", "End Date"),
        registration_header=(
            "Registration Date",
            "Registration IP Address",
            "Invited by (First Name)",
            "Invited by (Last Name)",
            "Subscription Types",
        ),
        invitations_header=_INVITATIONS,
        ads_header=_ADS_2023,
    ),
    "2023": Era(
        key="2023",
        exported_on=dt.date(2023, 7, 11),
        messages_file="messages.csv",
        phone_file="PhoneNumbers.csv",
        search_file="SearchQueries.csv",
        ads_file="Ad_Targeting.csv",
        contacts_file="Contacts.csv",
        member_suffix=False,
        profile_header=_PROFILE,
        projects_header=("Title", "Description", "Url", "Started On", "Finished On"),
        registration_header=("Registered At", "Registration Ip", "Subscription Types"),
        invitations_header=(*_INVITATIONS, "inviterProfileUrn", "inviteeProfileUrn"),
        ads_header=_ADS_2023,
    ),
    "2026": Era(
        key="2026",
        exported_on=dt.date(2026, 11, 2),
        messages_file="messages.csv",
        phone_file="PhoneNumbers.csv",
        search_file="SearchQueries.csv",
        ads_file="Ad_Targeting.csv",
        contacts_file="ImportedContacts.csv",
        member_suffix=True,
        profile_header=_PROFILE,
        projects_header=("Title", "Description", "Url", "Started On", "Finished On"),
        registration_header=("Registered At", "Registration Ip", "Subscription Types"),
        invitations_header=(*_INVITATIONS, "inviterProfileUrl", "inviteeProfileUrl"),
        ads_header=tuple(_ADS_2026),
    ),
}

MESSAGES_HEADER_2018 = ("From", "To", "Date", "Subject", "Content", "Direction", "Folder")
MESSAGES_HEADER = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
)
CONNECTIONS_PREAMBLE = (
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    "You will only see email addresses for connections who have allowed their connections to see or download "
    "their email address using this setting https://www.linkedin.com/psettings/privacy/email. "
    'You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
    "",
)
CONTACTS_HEADER = (
    "Source",
    "FirstName",
    "LastName",
    "Companies",
    "Title",
    "Emails",
    "PhoneNumbers",
    "CreatedAt",
    "Addresses",
    "Sites",
    "InstantMessageHandles",
    "FullName",
    "Birthday",
    "Location",
    "BookmarkedAt",
    "Profiles",
)
LEARNING_HEADER = (
    "Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),"
    "Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),"
)
JOB_SEEKER_HEADER = (
    "Locations",
    "Industries",
    "Company Employee Count",
    "Preferred Job Types",
    "Job Titles",
    "Open To Recruiters",
    "Dream Companies",
    "Profile Shared With Job Poster",
    "Job Title For Searching Fast Growing Companies",
    "Introduction Statement",
    "Phone Number",
    "Job Seeker Activity Level",
    "Preferred Start Time Range",
    "Commute Preference Starting Address",
    "Commute Preference Starting Time",
    "Mode Of Transportation",
    "Maximum Commute Duration",
    "Open Candidate Visibility",
    "Job Seeking Urgency Level",
)
