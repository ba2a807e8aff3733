"""Each section read from hand-written files in the 2018, 2023 and 2026 variants of its name and header.

The rows copy the shapes of the format notes (../shared/linkedin-export-format.md), with invented people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from auditor.export import load_export
from auditor.export.sections import SPECS
from auditor.model import SECTION_NAMES, Export, PartialDate

D = dt.datetime
CONNECTIONS_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    'You will only see email addresses for connections who have allowed it, https://www.linkedin.com/x"\n'
    "\n"
)

# (id, file name, content, section, expected values of the first record)
CASES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    (
        "connections-2026", "Connections.csv",
        CONNECTIONS_PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        'Léa,Martin,https://www.linkedin.com/in/lea-martin,,"Safari, MA",Data Science Intern\t,09 Jul 2026',
        "connections",
        {"first_name": "Léa", "company": "Safari, MA", "position": "Data Science Intern",
         "connected_on": dt.date(2026, 7, 9), "url": "https://www.linkedin.com/in/lea-martin", "line": 5},
    ),
    (
        "connections-2018", "Connections.csv",
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        'Sam,Jones,sam@example.com,Acme ,CFO,"1/8/18, 6:14 PM"\n',
        "connections",
        {"email": "sam@example.com", "company": "Acme", "url": "", "connected_on": dt.date(2018, 1, 8)},
    ),
    (
        "profile-2026", "Profile.csv",
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
        "Twitter Handles,Websites,Instant Messengers\n"
        'Claire,Dupont,,,Apr 22,Responsable supply chain,"Hôpital.Toujours R&amp;D",Logistics,,"Lyon, France",'
        "[clairedp],[COMPANY:https://exemple.fr/],\n",
        "profile",
        {"headline": "Responsable supply chain", "summary": "Hôpital.Toujours R&D", "birth_date": "Apr 22",
         "geo_location": "Lyon, France", "twitter_handles": ("clairedp",), "websites": ("https://exemple.fr/",)},
    ),
    (
        "profile-2018", "Profile.csv",
        "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,"
        "Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Abe,Moss,,,"Feb 17, 1998",Call me,Engineer,Builds things,Software,IN,,Delhi,abemoss,'
        '"PORTFOLIO:http://a.example.com, PORTFOLIO:https://b.example.com",SKYPE:abe\n',
        "profile",
        {"country": "IN", "contact_instructions": "Call me", "twitter_handles": ("abemoss",),
         "websites": ("http://a.example.com", "https://b.example.com"), "instant_messengers": ("SKYPE:abe",)},
    ),
    (
        "positions", "Positions.csv",
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        '"Hmto - همتو",Head of Ops,"• Cut costs 12%\n-\tRan the team","Région de Lausanne, Suisse",Jun 2018,\n'
        "Old Co ,Analyst,,,2006,2009\n",
        "positions",
        {"company": "Hmto - همتو", "started_on": PartialDate(2018, 6), "finished_on": None,
         "description": "• Cut costs 12%\n-\tRan the team"},
    ),
    (
        "education", "Education.csv",
        'School Name,Start Date,End Date,Notes,Degree Name,Activities\n,2004,2008,,MSc,"Chess ""club"""\n',
        "education",
        {"school": "", "started_on": PartialDate(2004), "finished_on": PartialDate(2008), "activities": 'Chess "club"'},
    ),
    ("skills", "Skills.csv", "\ufeffName\ncss3 \nSupply Chain\n", "skills", {"name": "css3"}),
    (
        "languages", "Languages.csv", "Name,Proficiency\nFrench,Native or bilingual proficiency\n", "languages",
        {"name": "French", "proficiency": "Native or bilingual proficiency"},
    ),
    (
        "certifications", "Certifications.csv",
        "Name,Url,Authority,Started On,Finished On,License Number\n APICS CSCP ,, ASCM ,Jan 2022,,123\n",
        "certifications", {"name": "APICS CSCP", "authority": "ASCM", "started_on": PartialDate(2022, 1)},
    ),
    (
        "projects-2018", "Projects.csv", "Title,Description,Url,Start Date,End Date\nWMS,Rollout,,Aug 2016,Sep 2017\n",
        "projects", {"started_on": PartialDate(2016, 8), "finished_on": PartialDate(2017, 9)},
    ),
    (
        "projects-2023", "Projects.csv", "Title,Description,Url,Started On,Finished On\nWMS,Rollout,,Aug 2016,\n",
        "projects", {"started_on": PartialDate(2016, 8), "finished_on": None},
    ),
    (
        "publications", "Publications.csv",
        'Name,Published On,Description,Publisher,Url\nLean flows,"Apr 3, 2023",About flows,Revue,https://x.example\n',
        "publications", {"published_on": PartialDate(2023, 4, 3), "publisher": "Revue"},
    ),
    ("honors", "Honors.csv", "Title,Description,Issued On\nBest team,,\n", "honors", {"title": "Best team",
                                                                                    "issued_on": None}),
    ("courses", "Courses.csv", "Name,Number\nStatistics,STAT101\n", "courses", {"number": "STAT101"}),
    (
        "invitations-2026", "Invitations.csv",
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        '"Zoé 🚀 ",Claire Dupont,"4/6/26, 2:12 PM",Hello,INCOMING,https://www.linkedin.com/in/zoe,https://www.linkedin.com/in/cd\n',
        "invitations",
        {"sender": "Zoé 🚀", "direction": "incoming", "sent_at": D(2026, 4, 6, 14, 12),
         "sender_profile": "https://www.linkedin.com/in/zoe"},
    ),
    (
        "invitations-2023", "Invitations.csv",
        "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\n"
        'Me,"Doe, PhD","7/1/23, 9:05 AM",,OUTGOING,urn:li:member:1,urn:li:member:2\n',
        "invitations", {"recipient": "Doe, PhD", "direction": "outgoing", "recipient_profile": "urn:li:member:2"},
    ),
    (
        "invitations-2018", "Invitations.csv", 'From,To,Sent At,Message,Direction\nA,B,"10/16/18, 8:36 AM",Hi,OUTGOING\n',
        "invitations", {"sender_profile": "", "sent_at": D(2018, 10, 16, 8, 36)},
    ),
    (
        "messages-2026", "messages.csv",
        '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE",'
        '"SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n'
        '"2-ZjU1XzEwMA==","","Sam Jones","https://www.linkedin.com/in/sam","Claire Dupont",'
        '"https://www.linkedin.com/in/cd","2026-04-06 16:35:35 UTC","","Line one,\nline ""two""","INBOX",""\n',
        "messages",
        {"conversation_id": "2-ZjU1XzEwMA==", "sender": "Sam Jones", "recipient_urls": ("https://www.linkedin.com/in/cd",),
         "sent_at": D(2026, 4, 6, 16, 35, 35), "direction": "", "line": 2},
    ),
    (
        "messages-2023", "messages.csv",
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        "c1,Sponsored Conversation,LinkedIn Member,,Claire Dupont,https://www.linkedin.com/in/cd,"
        '2023-07-01 10:00:00 UTC,,"<p class=""spin"">Offer</p>",INBOX\n',
        "messages", {"sender": "LinkedIn Member", "sender_url": "", "conversation_title": "Sponsored Conversation"},
    ),
    (
        "messages-2018", "Messages.csv",
        "From,To,Date,Subject,Content,Direction,Folder\n"
        'Abe Moss,Sam Jones,"10/16/18, 8:36 AM",Hi,It&rsquo;s&nbsp;me &amp; you,OUTGOING,SENT\n',
        "messages",
        {"direction": "outgoing", "recipients": "Sam Jones", "sent_at": D(2018, 10, 16, 8, 36)},
    ),
    (
        "shares", "Shares.csv",
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        '2026-04-02 22:25:49,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"First para.""\n""""\n'
        '""Second para.""\n""""\n""Last para.","","",MEMBER_NETWORK\n',
        "shares",
        {"commentary": "First para.\n\nSecond para.\n\nLast para.", "shared_url": "", "visibility": "MEMBER_NETWORK",
         "shared_at": D(2026, 4, 2, 22, 25, 49)},
    ),
    (
        "shares-member-suffix", "Shares_1158443584.csv",
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2026-04-02 22:25:49,l,"Quoted ""word"" here",'
        "https://blog.example.com/a,,CONNECTIONS\n",
        "shares", {"commentary": 'Quoted "word" here', "shared_url": "https://blog.example.com/a"},
    ),
    (
        "comments", "Comments_1158443584.csv",
        'Date,Link,Message\n2026-04-06 21:12:29,https://l,"describe this as a \\"pitch slap\\" and,\nmore"\n'
        "2026-04-07 08:00:00,https://m,plain\n",
        "comments", {"message": 'describe this as a "pitch slap" and,\nmore', "commented_at": D(2026, 4, 6, 21, 12, 29)},
    ),
    (
        "reactions", "Reactions.csv",
        "Date,Type,Link\n2026-04-02 10:00:00,EMPATHY,https://www.linkedin.com/feed/update/urn?commentUrn=urn%3Ali%3Ac\n",
        "reactions", {"type": "EMPATHY"},
    ),
    (
        "votes", "Votes.csv", "Date,Link,OptionText\n2026-04-02 10:00:00,https://www.linkedin.com/urn:li:ugcPost:7,Yes, a lot\n",
        "votes", {"option": "Yes"},
    ),
    (
        "recommendations-received", "Recommendations_Received.csv",
        "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
        'Ann,"Hwang, MSPH",Clinic,Director,"Great, reliable.","04/15/24, 09:25 PM",VISIBLE\n',
        "recommendations_received",
        {"last_name": "Hwang, MSPH", "created_at": D(2024, 4, 15, 21, 25), "status": "VISIBLE"},
    ),
    (
        "recommendations-given", "Recommendations_Given.csv",
        'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nBo,Ek,AB,VD,Mycket bra,"01/02/24, 10:00 AM",\n',
        "recommendations_given", {"text": "Mycket bra", "status": ""},
    ),
    (
        "endorsements-received", "Endorsement_Received_Info.csv",
        "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n"
        "2026/03/21 02:06:52 UTC,Logistics,Rob,Davidson,www.linkedin.com/in/sezgin-laloğlu-2822536,ACCEPTED\n",
        "endorsements_received",
        {"endorsed_at": D(2026, 3, 21, 2, 6, 52), "first_name": "Rob", "profile_url": "www.linkedin.com/in/sezgin-laloğlu-2822536"},
    ),
    (
        "endorsements-given", "Endorsement_Given_Info.csv",
        "Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n"
        "2026/03/21 02:06:52 UTC,SQL,Kim,Lo,www.linkedin.com/in/kimlo,ACCEPTED\n",
        "endorsements_given", {"skill": "SQL", "last_name": "Lo"},
    ),
    (
        "rich-media-2026", "Rich_Media.csv",
        'Date/Time,Media Description,Media Link\n"You uploaded a profile photo on January 15, 2026 at 11:39 PM (GMT)"," -",'
        "https://media.licdn.com/dms/image/v2/profile-originalphoto-shrink_900_1200/x\n",
        "rich_media", {"kind": "profile photo", "uploaded_at": D(2026, 1, 15, 23, 39)},
    ),
    (
        "rich-media-2023", "Rich Media.csv",
        "Type,Link\nVideo content can be downloaded at,https://www.linkedin.com/psettings/member-data/videos\n",
        "rich_media", {"kind": "", "uploaded_at": None, "description": "Video content can be downloaded at"},
    ),
    (
        "email", "Email Addresses.csv", 'Email Address,Confirmed,Primary,Updated On\nc@exemple.fr,Yes,No,"6/19/15, 10:16 AM"',
        "email_addresses", {"confirmed": True, "primary": False, "updated_on": D(2015, 6, 19, 10, 16)},
    ),
    (
        "phones-2023", "PhoneNumbers.csv", "Extension,Number,Type\n,,\n, +33 6 00 00 00 00,Mobile\n", "phone_numbers",
        {"number": ""},
    ),
    ("phones-2018", "Phone Numbers.csv", "Extension,Number,Type\n,+44 20 0000,Work\n", "phone_numbers", {"type": "Work"}),
    (
        "registration-2023", "Registration.csv", 'Registered At,Registration Ip,Subscription Types\n"10/25/17, 4:33 PM",1.2.3.4,\n',
        "registration", {"registered_at": D(2017, 10, 25, 16, 33), "invited_by": ""},
    ),
    (
        "registration-2018", "Registration.csv",
        "Registration Date,Registration IP Address,Invited by (First Name),Invited by (Last Name),Subscription Types\n"
        '"10/25/17, 4:33 PM",1.2.3.4,Ann,Lee,Basic\n',
        "registration", {"invited_by": "Ann Lee", "ip_address": "1.2.3.4"},
    ),
    (
        "member-follows", "Member_Follows_1158443584.csv", "Date,Status,FullName\n2026-04-06 14:48:23,Active,Dr. Jo 🌍\n",
        "member_follows", {"status": "Active", "name": "Dr. Jo 🌍"},
    ),
    (
        "company-follows", "Company Follows.csv", "Organization,Followed On\nAcme,Mon Apr 06 16:33:17 UTC 2026",
        "company_follows", {"followed_at": D(2026, 4, 6, 16, 33, 17)},
    ),
    (
        "learning", "Learning.csv",
        "Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),"
        "Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\r\n"
        '"Excel",<p>Sheets<br>more</p>,COURSE,2021-07-30 18:09 UTC,N/A,false,N/A,\r\n',
        "learning", {"last_watched_at": D(2021, 7, 30, 18, 9), "completed_at": None, "saved": False},
    ),
    (
        "events", "Events.csv",
        'Event Name,Event Time,Status,External Url\nSupply Summit,"May 07, 2022 08:00 AM - May 07, 2022 11:00 AM",APPROVED,\n',
        "events", {"starts_at": D(2022, 5, 7, 8), "ends_at": D(2022, 5, 7, 11)},
    ),
    (
        "search-queries-2026", "SearchQueries.csv", "Time,Search Query\n2024/04/04 21:35:32 UTC,luke brodie, mba\n",
        "search_queries", {"query": "luke brodie, mba"},
    ),
    (
        "search-queries-2018", "Search Queries.csv", 'Time,Search Query\n2018/04/04 21:35:32 UTC,"a, b"\n',
        "search_queries", {"query": "a, b"},
    ),
    (
        "inferences", "Inferences_about_you.csv", "Category,Type of inference,Description,Inference\nJob,Seeker,Open,true",
        "inferences", {"value": "true"},
    ),
    (
        "contacts-2023", "Contacts.csv",
        "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,"
        'FullName,Birthday,Location,BookmarkedAt,Profiles\nGOOGLE_CONTACTS,Ann,Lee,null,,a@x.example,,"4/6/26, 2:12 PM",,,,,,,,\n',
        "contacts", {"source": "GOOGLE_CONTACTS", "companies": "null", "created_at": D(2026, 4, 6, 14, 12)},
    ),
    (
        "contacts-2026", "ImportedContacts.csv", "Source,FirstName,LastName,Companies,Title,Emails\nOUTLOOK,Bo,Ek,AB,,\n",
        "contacts", {"source": "OUTLOOK"},
    ),
    (
        "saved-jobs", "Jobs/Saved Jobs.csv",
        'Saved Date,Job Url,Job Title,Company Name\n"4/6/26, 2:12 PM",https://www.linkedin.com/jobs/view/1,Buyer,Acme\n',
        "saved_jobs", {"title": "Buyer", "saved_at": D(2026, 4, 6, 14, 12)},
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("file_name", "content", "section", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_section_from_zip(
    make_zip: Callable[..., Path], file_name: str, content: str, section: str, expected: dict[str, Any]
) -> None:
    export = load_export(make_zip({file_name: content}))
    assert export.has(section)
    record = export.profile if section == "profile" else getattr(export, section)[0]
    for key, value in expected.items():
        assert getattr(record, key) == value, key
    assert not [issue for issue in export.parse_issues if issue.kind == "unknown-column"]


@pytest.mark.parametrize("layout", ["flat", "nested"])
def test_same_content_from_a_folder(make_folder: Callable[..., Path], layout: str) -> None:
    prefix = "Complete_LinkedInDataExport_07-11-2023/" if layout == "nested" else ""
    folder = make_folder({prefix + name: content for _, name, content, _, _ in (CASES[0], CASES[2])})
    export = load_export(folder)
    assert export.connections[0].first_name == "Léa"
    assert export.profile is not None and export.profile.first_name == "Claire"


def test_ad_targeting_keeps_repeated_columns(make_zip: Callable[..., Path]) -> None:
    content = (
        "Member Age,Company Names,Company Names,Company Follower of,Company Names,Job Titles,Job Titles,Job Titles\n"
        "25 to 34; 35 to 54,Acme; Beta,Gamma,Delta,Acme,Buyer,Planner; Buyer,\n"
    )
    export = load_export(make_zip({"Ad_Targeting.csv": content}))
    (targeting,) = export.ad_targeting
    assert targeting.get("Company Names") == ("Acme", "Beta", "Gamma")
    assert targeting.get("Job Titles") == ("Buyer", "Planner")
    assert targeting.get("Member Age") == ("25 to 34", "35 to 54")
    assert export.parse_issues == ()


def test_split_parts_are_read_in_order(make_zip: Callable[..., Path]) -> None:
    header = "Date,Type,Link\n"
    export = load_export(
        make_zip(
            {
                "Reactions_2.csv": header + "2026-01-03 10:00:00,LIKE,c\n",
                "Reactions.csv": header + "2026-01-01 10:00:00,LIKE,a\n",
                "Reactions_1.csv": header + "2026-01-02 10:00:00,LIKE,b\n",
            }
        )
    )
    assert [r.link for r in export.reactions] == ["a", "b", "c"]
    assert export.sources["reactions"].files == ("Reactions.csv", "Reactions_1.csv", "Reactions_2.csv")


def test_articles_published_and_drafts(make_zip: Callable[..., Path]) -> None:
    published = (
        '<html><head><title>Lean flows</title><style>p{}</style></head><body><img src="https://media.licdn.com/c"'
        ' alt="" /><h1><a href="https://www.linkedin.com/pulse/lean-flows-cd">Lean flows</a></h1>'
        '<p class="created">Created on 2024-09-01 19:35</p><p class="published">Published on 2024-09-01 20:31</p>'
        '<div><p>Two <strong>words</strong> here.</p><h3>Part &amp; parcel</h3><ul><li><p>item <a href="https://'
        'exemple.fr">link</a></p></li></ul><img src="https://media.licdn.com/inline"/></div></body></html>'
    )
    draft_2024 = (
        '<html><head><title>Scenario</title></head><body><h1>Scenario</h1><p class="created">Created on '
        '2024-11-26 23:56</p><p class="published">Published on ---</p><div><p>Draft body</p></div></body></html>'
    )
    draft_2018 = (
        '<html><head><title>Untitled</title><meta charset="UTF-8"></head><body><h1><a href="https://www.linkedin.com/'
        'post/edit/123">Untitled</a></h1><p class="created">Created on 2017-12-09 04:54</p><p class="published">'
        "Not published yet</p><div></div></body></html>"
    )
    export = load_export(
        make_zip(
            {
                "Articles/Articles/lean-flows-cd.html": published,
                "Articles/2024-11-26 23_56_48.0-Scenario .html": draft_2024,
                "Articles/2017-12-09 04:54:08.html": draft_2018,
            }
        )
    )
    by_title = {a.title: a for a in export.articles}
    lean = by_title["Lean flows"]
    assert lean.url == "https://www.linkedin.com/pulse/lean-flows-cd"
    assert lean.created_at == D(2024, 9, 1, 19, 35) and lean.published_at == D(2024, 9, 1, 20, 31)
    assert lean.cover_image == "https://media.licdn.com/c"
    assert lean.headings == ("Part & parcel",)
    assert lean.links == ("https://exemple.fr",)
    assert lean.images == ("https://media.licdn.com/inline",)
    assert lean.word_count == 8 and not lean.is_draft
    assert by_title["Scenario"].is_draft and by_title["Scenario"].body_text == "Draft body"
    assert by_title["Untitled"].is_draft and by_title["Untitled"].word_count == 0
    assert export.sources["articles"].rows == 3
    assert export.kind == "complete"


def test_archive_kind_and_date_from_name_or_content(make_zip: Callable[..., Path]) -> None:
    basic = load_export(make_zip({"Skills.csv": "Name\nSQL\n"}, name="Basic_LinkedInDataExport_07-11-2023.zip"))
    assert (basic.kind, basic.exported_on) == ("basic", dt.date(2023, 7, 11))
    renamed = load_export(make_zip({"Skills.csv": "Name\nSQL\n", "Votes.csv": "Date,Link,OptionText\n"}, name="x.zip"))
    assert renamed.kind == "complete"
    unnamed = load_export(make_zip({"Skills.csv": "Name\nSQL\n", "readme.txt": "hello"}, name="y.zip"))
    assert unnamed.kind == "unknown" and set(unnamed.missing) == set(SECTION_NAMES) - {"skills"}
    assert unnamed.unread_files == ("readme.txt",)


def test_spec_columns_follow_model_fields() -> None:
    """The row loop builds records positionally: a spec's columns must be its model's fields, in order."""
    for spec in SPECS:
        if spec.build is not None:
            continue
        model_fields = [f.name for f in fields(spec.model) if f.name != "line"]
        assert [c.field for c in spec.columns] == model_fields, spec.name


def test_every_section_is_an_export_field() -> None:
    export_fields = {f.name for f in fields(Export)}
    assert set(SECTION_NAMES) <= export_fields
    assert {spec.name for spec in SPECS} | {"articles", "ad_targeting"} == set(SECTION_NAMES)
