"""Builders for rule tests: a *model member* export that every rule passes, keyword overrides to break one thing,
and helpers that run one rule module on it.

The model member (Claire, supply chain, Lyon) follows the method to the letter: complete profile, a career told
with results, a recent photo, two posts a week with resources, close ties kept warm, as much given as received,
goals and routines in her config. A rule test starts from her and changes the one thing the rule is about.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from auditor.analysis import analyse
from auditor.config import Config, Goal, Routine, RuleSettings
from auditor.findings import Finding
from auditor.model import (
    Article,
    Certification,
    Comment,
    Connection,
    Course,
    Education,
    EmailAddress,
    Endorsement,
    Export,
    Honor,
    Invitation,
    Language,
    Message,
    PartialDate,
    PhoneNumber,
    Position,
    Profile,
    Project,
    Publication,
    Reaction,
    Recommendation,
    RichMedia,
    SectionSource,
    Share,
    Skill,
)
from auditor.needs import unmet
from auditor.rule import Context, NotApplicable, PhotoReport, Rule, SkipRule

TODAY = dt.date(2026, 11, 2)
OWNER = "Claire Dupont"
OWNER_URL = "https://www.linkedin.com/in/claire-dupont"
D = dt.datetime

SUMMARY = (
    "I help mid-size manufacturers ship on time with less stock. Over 12 years in supply chain I have cut lead "
    "times by 30% at Acme Industries, brought forecast accuracy from 62% to 85% at Beta Foods and led an S&OP "
    "process across 4 plants and 3 countries. My work sits where planning meets the shop floor: I turn demand "
    "signals into production plans people can keep, and I make the trade-offs between service, cost and cash "
    "visible to the leadership team every month.\n\nWhat I am working on now: a multi-echelon inventory model that "
    "freed 2.1 million euros of working capital this year, and a supplier-collaboration programme with our 20 "
    "largest suppliers. I write about S&OP and inventory on LinkedIn every week, and I mentor two junior planners.\n\n"
    "What I am looking for: a head of supply chain role in a consumer-goods or pharma company that wants to make "
    "planning a competitive advantage. If that is you, or if you simply want to compare notes on S&OP, write to me."
)
CURRENT_DESCRIPTION = (
    "• Lead a team of 9 planners and buyers across 4 plants (420 M€ revenue).\n"
    "• Cut average lead time from 21 to 14 days (-30%) by redesigning the MRP parameters.\n"
    "• Freed 2.1 M€ of working capital with a multi-echelon inventory model.\n"
    "• Run the monthly S&OP cycle with sales, finance and production."
)
PAST_DESCRIPTION = (
    "• Raised forecast accuracy from 62% to 85% in 18 months with a new statistical model.\n"
    "• Built the demand-review meeting adopted by 3 business units.\n"
    "• Reduced obsolete stock by 40% (1.2 M€) with a quarterly clean-up process."
)
FIRST_DESCRIPTION = (
    "• Analysed transport costs for 600 lanes and renegotiated 12 carrier contracts (-8% cost).\n"
    "• Automated the weekly service-level report, saving 6 hours a week.\n"
    "• Mapped the distribution network of 2 warehouses to prepare their merger."
)

CLOSE_TIES = [
    ("Léa", "Martin", "Acme Industries", "Production Manager"),
    ("Sam", "Jones", "Delta Retail", "Head of Procurement"),
    ("Inès", "Haddad", "Beta Foods", "Demand Planner"),
    ("Marc", "Petit", "Epsilon Pharma", "Supply Chain Director"),
    ("Nadia", "Benali", "Gamma Logistics", "Operations Manager"),
    ("Hugo", "Roux", "Acme Industries", "Plant Director"),
]
TARGET_COMPANIES = ("Delta Retail", "Epsilon Pharma")

if TYPE_CHECKING:
    from auditor.audit import Audit


def _url(first: str, last: str) -> str:
    return f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}".replace("é", "e").replace("è", "e")


def _connections() -> list[Connection]:
    people = list(CLOSE_TIES)
    companies = ["Acme Industries", "Beta Foods", "Gamma Logistics", "Delta Retail", "Epsilon Pharma", "Zeta Ltd"]
    for n in range(114):
        people.append((f"Person{n}", f"Contact{n}", companies[n % len(companies)], "Planner"))
    connections = []
    for n, (first, last, company, position) in enumerate(people):
        if first.startswith("Person") and int(first[6:]) < 12:
            # A network that keeps growing: a new connection a month over the last year.
            connected_on = TODAY - dt.timedelta(days=15 + 30 * int(first[6:]))
            connections.append(Connection(first, last, _url(first, last), "", company, position, connected_on, n + 5))
            continue
        year = 2014 + n % 13  # spread over 2014..2026
        connections.append(Connection(first, last, _url(first, last), "", company, position,
                                      dt.date(year, 1 + n % 10, 1 + n % 27), line=n + 5))  # fmt: skip
    return connections


def _messages() -> list[Message]:
    messages = []
    line = 2
    for n, (first, last, _, _) in enumerate(CLOSE_TIES):
        name, url = f"{first} {last}", _url(first, last)
        for k in range(12):  # a conversation a month, alternating who starts
            when = D(2026, 10, 20) - dt.timedelta(days=30 * k + n)
            conversation = f"conv-{n}-{k}"
            first_from_owner = k % 2 == 0
            for step, from_owner in enumerate((first_from_owner, not first_from_owner)):
                sent = when + dt.timedelta(hours=step)
                if from_owner:
                    messages.append(Message(conversation, "", OWNER, OWNER_URL, name, (url,), sent, "", line))
                else:
                    messages.append(Message(conversation, "", name, url, OWNER, (OWNER_URL,), sent, "", line))
                line += 1
    return messages


def _shares() -> list[Share]:
    shares = []
    for week in range(40):
        for slot in range(2):  # Tuesday and Thursday
            when = D(2026, 10, 27, 8, 30) - dt.timedelta(weeks=week) + dt.timedelta(days=2 * slot)
            if when.date() > TODAY:
                continue
            commentary = (
                f"S&OP note #{week}-{slot}: how we cut lead times in our supply chain without adding stock. "
                "Three lessons from the shop floor, and the one metric I would track first. "
                "What would you add? #SupplyChain #SOP"
            )
            shares.append(Share(when, f"https://www.linkedin.com/feed/update/urn:li:share:{week}{slot}", commentary,
                                "https://blog.exemple.fr/sop" if slot == 0 else "", "", "MEMBER_NETWORK",
                                line=len(shares) + 2))  # fmt: skip
    return shares


GOOD_PHOTO = PhotoReport(
    file="photo.jpg",
    width=800,
    height=800,
    sharpness=250.0,
    brightness=128.0,
    contrast=50.0,
    clipped_dark=0.01,
    clipped_bright=0.02,
    faces=((250, 150, 300, 300),),
)


def weekly_posts(texts: list[str], *, weeks_apart: int = 1) -> tuple[Share, ...]:
    """Posts of these texts, the first on TODAY at 9:00, then one every `weeks_apart` weeks back."""
    when = dt.datetime.combine(TODAY, dt.time(9))
    return tuple(
        Share(
            when - dt.timedelta(weeks=weeks_apart * n),
            f"https://www.linkedin.com/feed/update/{n}",
            text,
            "",
            "",
            "",
            n + 2,
        )
        for n, text in enumerate(texts)
    )


def without_section(name: str, **overrides: Any) -> Export:
    """The model member as if the archive had no file for `name` (e.g. a basic archive without shares)."""
    export = model_export(**overrides)
    sources = {key: value for key, value in export.sources.items() if key != name}
    empty: Any = None if name == "profile" else ()
    return dataclasses.replace(export, sources=sources, **{name: empty})


def model_export(**overrides: Any) -> Export:
    """The model member's export, with any field of `Export` replaced (e.g. `skills=()`)."""
    profile = Profile(
        first_name="Claire",
        last_name="Dupont",
        headline="Supply chain manager | I cut lead times and stock for mid-size manufacturers | S&OP",
        summary=SUMMARY,
        industry="Logistics and Supply Chain",
        geo_location="Lyon, Auvergne-Rhône-Alpes, France",
        websites=("https://claire-dupont.exemple.fr",),
        twitter_handles=("clairedupont",),
        line=2,
    )
    positions = (
        Position("Acme Industries", "Supply Chain Manager", CURRENT_DESCRIPTION, "Lyon, France",
                 PartialDate(2021, 3), None, line=2),
        Position("Beta Foods", "Demand Planner", PAST_DESCRIPTION, "Villefranche, France",
                 PartialDate(2017, 1), PartialDate(2021, 2), line=3),
        Position("Gamma Logistics", "Logistics Analyst", FIRST_DESCRIPTION, "Lyon, France",
                 PartialDate(2014, 9), PartialDate(2016, 12), line=4),
    )  # fmt: skip
    skills = tuple(
        Skill(name, line=n + 2)
        for n, name in enumerate(
            [
                "Supply Chain",
                "S&OP",
                "Demand Planning",
                "Inventory Management",
                "SAP APO",
                "Forecasting",
                "Lean",
                "Procurement",
                "Team Leadership",
                "Excel",
                "Power BI",
                "Logistics",
            ]
        )
    )
    endorsers = CLOSE_TIES[:5]
    values: dict[str, Any] = {
        "kind": "complete",
        "exported_on": TODAY,
        "source_name": "Complete_LinkedInDataExport_11-02-2026.zip",
        "profile": profile,
        "positions": positions,
        "education": (
            Education("EM Lyon", PartialDate(2011), PartialDate(2014), "", "MSc Supply Chain", "", line=2),
            Education("Université Lyon 2", PartialDate(2008), PartialDate(2011), "", "Licence Économie", "", line=3),
        ),
        "skills": skills,
        "languages": (
            Language("French", "Native or bilingual proficiency", 2),
            Language("English", "Full professional proficiency", 3),
        ),
        "certifications": (Certification("APICS CSCP", "", "ASCM", PartialDate(2019, 5), None, "123", 2),),
        "projects": (
            Project("S&OP roll-out", "4 plants, 3 countries", "", PartialDate(2022, 1), PartialDate(2023, 6), 2),
        ),
        "publications": (
            Publication("Inventory without tears", PartialDate(2024, 4, 3), "Article", "Revue Logistique", "", 2),
        ),
        "honors": (Honor("Supply chain team of the year", "Acme", PartialDate(2023), 2),),
        "courses": (Course("Advanced forecasting", "", 2),),
        "connections": tuple(_connections()),
        "messages": tuple(_messages()),
        "shares": tuple(_shares()),
        "comments": tuple(
            Comment(
                D(2026, 10, 28, 12) - dt.timedelta(days=3 * n),
                f"https://www.linkedin.com/feed/update/c{n}",
                "Great point on safety stock, we saw the same in our plants.",
                n + 2,
            )
            for n in range(80)
        ),
        "reactions": tuple(
            Reaction(
                D(2026, 10, 30, 9) - dt.timedelta(days=n), "LIKE", f"https://www.linkedin.com/feed/update/r{n}", n + 2
            )
            for n in range(150)
        ),
        "articles": (
            Article(
                "Articles/sop-in-practice.html",
                "S&OP in practice",
                D(2026, 6, 1, 9),
                D(2026, 6, 2, 9),
                "https://www.linkedin.com/pulse/sop-in-practice",
                "",
                "S&OP in practice " * 100,
                300,
                ("Why",),
                (),
                (),
            ),
        ),
        "recommendations_received": tuple(
            Recommendation(first, last, company, role, "Claire makes planning work.", D(2025, 3, 1), "VISIBLE", n + 2)
            for n, (first, last, company, role) in enumerate(CLOSE_TIES[:3])
        ),
        "recommendations_given": tuple(
            Recommendation(first, last, company, role, "A great partner.", D(2025, 4, 1), "VISIBLE", n + 2)
            for n, (first, last, company, role) in enumerate(CLOSE_TIES[2:5])
        ),
        "endorsements_received": tuple(
            Endorsement(
                D(2026, 3, 1), "S&OP", first, last, _url(first, last).removeprefix("https://"), "ACCEPTED", n + 2
            )
            for n, (first, last, _, _) in enumerate(endorsers)
        ),
        "endorsements_given": tuple(
            Endorsement(
                D(2026, 3, 5), "Leadership", first, last, _url(first, last).removeprefix("https://"), "ACCEPTED", n + 2
            )
            for n, (first, last, _, _) in enumerate(endorsers)
        ),
        "rich_media": (
            RichMedia(
                D(2025, 6, 10, 18, 2),
                "profile photo",
                "You uploaded a profile photo on June 10, 2025 at 6:02 PM (GMT)",
                "https://media.licdn.com/dms/image/profile-displayphoto-shrink_800_800/x",
                2,
            ),
        ),
        "email_addresses": (EmailAddress("claire@exemple.fr", True, True, D(2015, 6, 19, 10, 16), 2),),
        "phone_numbers": (PhoneNumber("+33 6 00 00 00 00", "", "Mobile", 2),),
        "invitations": (
            Invitation(
                "Nina Lopez", OWNER, D(2026, 10, 30, 14), "", "incoming", "https://www.linkedin.com/in/nina", "", 2
            ),
            Invitation(
                OWNER,
                "Omar Khan",
                D(2026, 10, 29, 9),
                "Hello Omar",
                "outgoing",
                "",
                "https://www.linkedin.com/in/omar",
                3,
            ),
        ),
    }
    values.update(overrides)
    if "sources" not in overrides:
        values["sources"] = {
            name: SectionSource((f"{name}.csv",), len(value) if isinstance(value, tuple) else 1)
            for name, value in values.items()
            if name in {f.name for f in dataclasses.fields(Export)}
            and name not in ("kind", "exported_on", "source_name", "parse_issues", "unread_files", "unreadable")
            and name not in values.get("unreadable", {})  # a section read from no file is absent
            and value is not None
        }
    return Export(**values)


def model_config(**overrides: Any) -> Config:
    values: dict[str, Any] = {
        "language": "en",
        "goals": (
            Goal(
                kind="career-move",
                text="Become head of supply chain in consumer goods or pharma by mid-2027",
                keywords=("supply chain", "S&OP"),
                target_companies=TARGET_COMPANIES,
                target_roles=("Head of Supply Chain",),
                horizon=dt.date(2027, 6, 30),
            ),
        ),
        "routines": (
            Routine("Posts", "posts", 2, "week", 30),
            Routine("Comments on others' posts", "comments", 2, "week", 15),
            Routine("Networking lunch", "lunch", 2, "month", 90),
        ),
    }
    values.update(overrides)
    return Config(**values)


def context_for(
    rule: Rule,
    export: Export,
    config: Config | None = None,
    *,
    today: dt.date = TODAY,
    photo: PhotoReport | None = None,
    **options: Any,
) -> Context:
    config = config or model_config()
    settings = config.rules.get(rule.code, RuleSettings(options=rule.options))
    merged = {**rule.options, **settings.options, **options}
    unknown = set(options) - set(rule.options)
    assert not unknown, f"unknown options for {rule.code}: {unknown}"
    return Context(
        today=today,
        options=merged,
        analyses=analyse(export, today),
        goals=config.goals,
        routines=config.routines,
        photo=photo,
    )


def run_rule(
    module: ModuleType,
    export: Export | None = None,
    config: Config | None = None,
    *,
    today: dt.date = TODAY,
    photo: PhotoReport | None = None,
    **options: Any,
) -> list[Finding]:
    """The findings of one rule module on `export` (default: the model member). Raises SkipRule if it skips, as the
    engine does when the rule's `NEEDS` are not met, and NotApplicable when it has nothing to judge."""
    rule = Rule.from_module(module)
    export = export if export is not None else model_export()
    missing = unmet(rule.needs, export, config or model_config(), photo)
    if missing is not None:
        raise SkipRule(missing)
    return list(rule.check(export, context_for(rule, export, config, today=today, photo=photo, **options)))


def _reason(
    outcome: type[SkipRule | NotApplicable], module: ModuleType, export: Export, config: Config | None, **kwargs: Any
) -> str:
    try:
        run_rule(module, export, config, **kwargs)
    except outcome as raised:
        return raised.reason.en
    raise AssertionError(f"{module.__name__} did not raise {outcome.__name__}")


def skip_reason(module: ModuleType, export: Export, config: Config | None = None, **kwargs: Any) -> str:
    """The English reason a rule gives for skipping `export`; fails the test if it does not skip."""
    return _reason(SkipRule, module, export, config, **kwargs)


def not_applicable_reason(module: ModuleType, export: Export, config: Config | None = None, **kwargs: Any) -> str:
    """The English reason a rule gives for having nothing to judge in `export`; fails the test otherwise."""
    return _reason(NotApplicable, module, export, config, **kwargs)


def replace_profile(**changes: Any) -> Export:
    """The model member with some profile fields changed."""
    profile = model_export().profile
    assert profile is not None
    return model_export(profile=dataclasses.replace(profile, **changes))


def sample_audit(folder: Path, lang: str = "en", as_of: dt.date = dt.date(2026, 11, 2)) -> Audit:
    """The typical sample (seed 0) in `lang`, with its person's configuration, audited as of `as_of`."""
    from auditor.audit import AuditOptions, run_audit
    from auditor.config import load_config
    from auditor.rules import RULES
    from auditor.sample import write_sample
    from auditor.sample.goals import sample_config

    archive = folder / "Complete_LinkedInDataExport_11-02-2026.zip"
    write_sample(archive, lang=lang)
    config = folder / "linkedin-audit.toml"
    config.write_text(sample_config(seed=0, lang=lang), encoding="utf-8")
    return run_audit(archive, load_config(config, RULES), RULES, AuditOptions(language=lang, as_of=as_of))
