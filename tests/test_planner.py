"""The planner (auditor.planner): circles with pins and exclusions, introducers in order of tie strength, keep-in-
touch dates that follow the last real interaction, weeks capped by the configuration, and the `plan` command."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.analysis import analyse
from auditor.cli import cli
from auditor.config import ConfigError, Pin, PlannerSettings, parse_config
from auditor.model import Endorsement, Message
from auditor.planner import PlanError, build_plan
from auditor.planner.model import Plan
from auditor.reports.plan_markdown import plan_markdown
from auditor.reports.planjson import plan_dict
from auditor.rules import RULES

from .factory import OWNER, OWNER_URL, TODAY, model_config, model_export

D = dt.datetime
PERSON9_URL = "https://www.linkedin.com/in/person9-contact9"


def _plan(export=None, config=None, **kwargs) -> Plan:  # type: ignore[no-untyped-def]
    export = export if export is not None else model_export()
    return build_plan(export, analyse(export, TODAY), config or model_config(), **kwargs)


def _settings(**fields) -> PlannerSettings:  # type: ignore[no-untyped-def]
    return PlannerSettings(**fields)


def _actions(plan: Plan) -> dict[str, tuple[str, dt.date, dt.date, int]]:
    """person -> (kind, due, planned day, week)."""
    return {a.person: (a.kind, a.due, a.on, w.number) for w in plan.schedule for a in w.actions}


def test_keep_in_touch_dates_follow_the_last_interaction() -> None:
    actions = _actions(_plan())
    # The invitation of October 30 is answered within a week; each close tie is called a month after the last
    # message (Léa: October 20, Hugo: October 15).
    assert actions["Nina Lopez"] == ("invitation", dt.date(2026, 11, 6), dt.date(2026, 11, 6), 1)
    assert actions["Léa Martin"] == ("call", dt.date(2026, 11, 19), dt.date(2026, 11, 19), 3)
    assert actions["Hugo Roux"] == ("call", dt.date(2026, 11, 14), dt.date(2026, 11, 14), 2)
    # A later message moves the due date with it.
    export = model_export()
    later = Message(
        "late",
        "",
        "Léa Martin",
        "https://www.linkedin.com/in/lea-martin",
        OWNER,
        (OWNER_URL,),
        D(2026, 10, 31, 9),
        "",
        999,
    )
    moved = _actions(_plan(dataclasses.replace(export, messages=(*export.messages, later))))
    assert "Léa Martin" not in moved  # now due on November 30, after the four weeks
    assert _actions(_plan(dataclasses.replace(export, messages=(*export.messages, later)), weeks=5))["Léa Martin"][
        1
    ] == dt.date(2026, 11, 30)


def test_each_action_has_time_a_reason_and_a_first_line() -> None:
    plan = _plan()
    action = next(a for w in plan.schedule for a in w.actions if a.person == "Léa Martin")
    assert action.minutes == 15
    assert action.reason.en == "Circle 1; your last message either way: October 20, 2026 (13 days ago)."
    assert action.first_line.en.startswith("Hello Léa, it has been a while: how are things at Acme Industries?")
    assert action.first_line.fr.startswith("Bonjour Léa, cela fait un moment\u00a0: comment ça va chez Acme")
    invitation = next(a for w in plan.schedule for a in w.actions if a.kind == "invitation")
    assert invitation.minutes == 5


def test_a_full_week_keeps_the_most_valuable_and_moves_the_rest() -> None:
    plan = _plan(config=model_config(planner=_settings(max_actions_per_week=2)))
    assert all(len(week.actions) <= 2 for week in plan.schedule)
    week3, week4 = plan.schedule[2], plan.schedule[3]
    # Four calls fall due in week 3 (November 16 to 19): the two strongest ties stay, the others move to week 4.
    assert len(week3.actions) == 2 and len(week4.actions) == 2
    assert all(a.on >= week4.start for a in week4.actions)
    assert all(a.on > a.due for a in week4.actions)
    assert plan.later == 0


def test_people_to_thank_feed_the_list() -> None:
    export = model_export()
    endorsement = Endorsement(
        D(2026, 10, 28), "Forecasting", "Person9", "Contact9", PERSON9_URL.removeprefix("https://"), "ACCEPTED", 40
    )
    plan = _plan(dataclasses.replace(export, endorsements_received=(*export.endorsements_received, endorsement)))
    kind, due, _on, week = _actions(plan)["Person9 Contact9"]
    assert (kind, due, week) == ("thank", dt.date(2026, 11, 4), 1)
    action = next(a for w in plan.schedule for a in w.actions if a.kind == "thank")
    assert action.reason.en == (
        "Person9 Contact9 endorsed your Forecasting skill on October 28, 2026; you have not given anything back."
    )
    assert plan.give_take.to_thank == 1


def test_circles_pins_and_exclusions() -> None:
    config = model_config(
        planner=_settings(
            pins=(Pin("Person0 Contact0", 1, "circles.pin[0]"), Pin("Léa Martin", 2, "circles.pin[1]")),
            exclude=("Hugo Roux",),
        )
    )
    plan = _plan(config=config)
    circle1 = {m.name: m for m in plan.circles.circle1}
    assert circle1["Person0 Contact0"].pinned
    assert "Léa Martin" not in circle1 and "Hugo Roux" not in circle1
    assert any(m.name == "Léa Martin" and m.pinned for m in plan.circles.circle2_top)
    assert "Hugo Roux" not in _actions(plan)
    assert plan.circles.excluded == 1
    assert plan.circles.circle2_count == 114 + 1 - 1  # Léa moved down, Person0 moved up


def test_a_pin_naming_nobody_is_an_error_naming_the_key() -> None:
    config = model_config(planner=_settings(pins=(Pin("Nobody Atall", 1, "circles.pin[0]"),)))
    with pytest.raises(PlanError, match=r"^circles.pin\[0\].person: 'Nobody Atall' names nobody"):
        _plan(config=config)


def test_circle3_and_introducers_ranked_by_tie_strength() -> None:
    export = model_export()
    # Person9 (Delta Retail, circle 2) wrote twice: a stronger tie than the rest of circle 2 there.
    notes = [
        Message(
            f"p9-{k}",
            "",
            "Person9 Contact9",
            PERSON9_URL,
            OWNER,
            (OWNER_URL,),
            D(2026, 9, 1 + k),
            "",
            950 + k,
        )
        for k in range(2)
    ]
    plan = _plan(dataclasses.replace(export, messages=(*export.messages, *notes)))
    targets = {(t.kind, t.name) for t in plan.circles.circle3}
    assert targets == {("company", "Delta Retail"), ("company", "Epsilon Pharma"), ("role", "Head of Supply Chain")}
    delta = next(i for i in plan.introductions if i.target.name == "Delta Retail")
    assert [p.introducer.name for p in delta.paths[:2]] == ["Sam Jones", "Person9 Contact9"]
    assert delta.paths[0].explanation.en == (
        "You → Sam Jones (circle 1, 24 messages both ways (12 sent, 12 received), last 14 days ago) → Delta Retail: "
        "works there now as Head of Procurement"
    )
    role = next(i for i in plan.introductions if i.target.kind == "role")
    assert role.paths == () and role.none_found is not None
    assert "not theirs" in plan.no_second_degree.en


def test_a_target_company_you_worked_at_is_said() -> None:
    from auditor.config import Goal

    plan = _plan(
        config=model_config(goals=(Goal(kind="career-move", target_companies=("Beta Foods", "Delta Retail")),))
    )
    beta, delta = plan.introductions
    assert beta.you_were_there is not None and delta.you_were_there is None
    assert beta.you_were_there.en == (
        "You worked at Beta Foods yourself (2017–2021): your former colleagues there know your work."
    )
    assert beta.paths[0].introducer.name == "Inès Haddad"  # circle 1, at Beta Foods now


def test_an_export_without_messages_still_has_circles() -> None:
    export = model_export()
    sources = {k: v for k, v in export.sources.items() if k != "messages"}
    plan = _plan(dataclasses.replace(export, messages=(), sources=sources))
    assert plan.circles.without_messages
    assert plan.circles.notes[0].en.startswith("The export holds no messages")
    # Recommendations both ways put Inès in circle 1 without a single message.
    assert "Inès Haddad" in {m.name for m in plan.circles.circle1}


def test_goals_routines_and_give_take() -> None:
    plan = _plan()
    assert plan.goals[0].routines == (0, 1, 2)
    assert plan.goals_without_routine == () and plan.routines_without_goal == ()
    totals = {kind: (given, received) for kind, given, received in plan.give_take.totals}
    assert totals["recommendations"] == (3, 3)
    assert totals["comments"] == (80, None)
    lea = next(e for e in plan.give_take.people if e.name == "Léa Martin")
    assert (lea.recommendations_received, lea.endorsements_given, lea.endorsements_received) == (1, 1, 1)


def test_goals_are_linked_to_their_findings() -> None:
    from auditor.audit import audit_export
    from auditor.config import Goal

    goals = (
        Goal(kind="career-move", text="Lead supply chain", keywords=("demand sensing",), target_companies=("Acme",)),
        Goal(kind="visibility", text="Be known"),
    )
    export, config = model_export(), model_config(goals=goals)
    audit = audit_export(export, config, RULES)
    plan = build_plan(export, audit.analyses, config, findings=audit.result.findings)
    by_fingerprint = {f.fingerprint: f for f in audit.result.findings}
    first = {(by_fingerprint[p].name, by_fingerprint[p].key) for p in plan.goals[0].findings}
    second = {(by_fingerprint[p].name, by_fingerprint[p].key) for p in plan.goals[1].findings}
    assert ("goals.keywords-in-posts", "demand sensing") in first
    assert ("goals.specific", "visibility:Be known") in second
    assert not first & second


def test_goals_are_linked_to_their_pitch_material() -> None:
    plan = _plan()
    facts = [sentence.fact for sentence in plan.goals[0].pitch]
    assert "Become head of supply chain in consumer goods or pharma by mid-2027" in facts
    assert "Delta Retail" in facts  # the target companies' sentence
    # The goal's keywords ("supply chain", "S&OP") find the rest: the headline, posts on S&OP.
    assert any("S&OP" in fact for fact in facts)
    assert all(s in plan.pitch.drafts[-1].sentences for s in plan.goals[0].pitch)


def test_a_goal_without_keywords_gets_a_wording_from_the_profile() -> None:
    from auditor.config import Goal

    plan = _plan(config=model_config(goals=(Goal(kind="visibility", text="Be known"),)))
    assert plan.goals[0].suggestion is not None
    assert plan.goals[0].suggestion.en == (
        'From your profile\'s own words: keywords = ["Supply Chain", "S&OP", "Demand Planning"]'
    )


def test_reports_render_in_both_languages() -> None:
    plan = _plan()
    for language in ("en", "fr"):
        text = plan_markdown(plan, language)
        assert "Léa Martin" in text
        json.dumps(plan_dict(plan, language))
    assert "## Garder le contact" in plan_markdown(plan, "fr")
    # Routines as the configuration says them, with how each is kept beside it.
    assert "- Networking lunch: 2 a month, 90 min each, from November 3, 2026 — not measurable from the export" in (
        plan_markdown(plan, "en")
    )
    assert (
        "- Posts\u00a0: 2 par semaine, 30\u00a0min chaque fois, à partir du 3 novembre 2026 — tenue\u00a0: 2 par "
        in (plan_markdown(plan, "fr"))
    )


@pytest.mark.parametrize(
    ("data", "culprit"),
    [
        ({"planner": {"timezone": "Mars/Olympus"}}, "planner.timezone: 'Mars/Olympus' is not a time zone"),
        ({"planner": {"max_actions_per_week": 0}}, "planner.max_actions_per_week"),
        ({"planner": {"colour": "red"}}, "planner: unknown key 'colour'"),
        ({"circles": {"pin": [{"person": "Léa Martin", "circle": 3}]}}, "circles.pin[0].circle: must be 1 or 2"),
        ({"circles": {"pin": [{"circle": 1}]}}, "circles.pin[0]: missing 'person'"),
        ({"circles": {"exclude": [1]}}, "circles.exclude"),
        ({"routines": [{"activity": "lunch", "count": 1, "per": "week", "day": "someday"}]}, "routines[0].day"),
        ({"routines": [{"activity": "lunch", "count": 1, "per": "week", "time": "25:00"}]}, "routines[0].time"),
        (
            {"routines": [{"activity": "lunch", "count": 1, "per": "week", "timezone": "Nowhere"}]},
            "routines[0].timezone",
        ),
        (
            {"routines": [{"activity": "lunch", "count": 20, "per": "day", "minutes": 90}]},
            "routines[0]: 20 × 90 minutes per day is more than 24 hours a day",
        ),
    ],
)
def test_bad_planner_settings_name_the_key(data: dict, culprit: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError) as caught:
        parse_config(data, RULES)
    assert culprit in str(caught.value)
    assert "\n" not in str(caught.value)


def test_planner_settings_are_read() -> None:
    config = parse_config(
        {
            "planner": {"timezone": "Europe/Paris", "max_actions_per_week": 3},
            "circles": {"pin": [{"person": "Léa Martin", "circle": 2}], "exclude": ["Hugo Roux"]},
            "routines": [{"activity": "lunch", "count": 1, "per": "month", "day": "Thursday", "time": "12:15"}],
        },
        RULES,
    )
    assert config.planner == PlannerSettings(
        "Europe/Paris", 3, (Pin("Léa Martin", 2, "circles.pin[0]"),), ("Hugo Roux",)
    )
    assert (config.routines[0].day, config.routines[0].time) == ("thursday", dt.time(12, 15))


@pytest.fixture(scope="module")
def sample_zip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("plan")
    archive, config = folder / "sample.zip", folder / "linkedin-audit.toml"
    result = CliRunner().invoke(cli, ["sample", str(archive), "--size", "small", "--config", str(config)])
    assert result.exit_code == 0, result.output
    return archive, config


def test_plan_command_writes_its_files(sample_zip: tuple[Path, Path], tmp_path: Path) -> None:
    archive, config = sample_zip
    out = tmp_path / "plan.json"
    args = [
        "plan",
        str(archive),
        "--config",
        str(config),
        "--as-of",
        "2026-11-02",
        "--json",
        str(out),
        "--md",
        str(tmp_path / "plan.md"),
        "--ics",
        str(tmp_path / "plan.ics"),
        "--weeks",
        "6",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Week 1, from November 2, 2026" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["weeks_planned"]) == 6
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (tmp_path / "plan.md").read_text(encoding="utf-8").startswith("# Your plan from November 2, 2026")


def test_plan_command_pin_naming_nobody_exits_2(sample_zip: tuple[Path, Path], tmp_path: Path) -> None:
    archive, config = sample_zip
    bad = tmp_path / "bad.toml"
    bad.write_text(
        config.read_text(encoding="utf-8") + '\n[[circles.pin]]\nperson = "Nobody Atall"\ncircle = 1\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["plan", str(archive), "--config", str(bad)])
    assert result.exit_code == 2
    assert "circles.pin[0].person: 'Nobody Atall' names nobody" in result.output


def test_the_audit_json_holds_the_plan(sample_zip: tuple[Path, Path], tmp_path: Path) -> None:
    archive, config = sample_zip
    out = tmp_path / "audit.json"
    args = ["audit", str(archive), "--config", str(config), "--as-of", "2026-11-02", "--json", str(out)]
    result = CliRunner().invoke(cli, [*args, "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    plan = json.loads(out.read_text(encoding="utf-8"))["plan"]
    assert plan["schema_version"] == 1 and plan["today"] == "2026-11-02" and len(plan["weeks_planned"]) == 4


def test_a_week_mixes_the_kinds_of_action() -> None:
    export = model_export()
    endorsement = Endorsement(
        D(2026, 11, 10), "Forecasting", "Person9", "Contact9", PERSON9_URL.removeprefix("https://"), "ACCEPTED", 40
    )
    plan = _plan(
        dataclasses.replace(export, endorsements_received=(*export.endorsements_received, endorsement)),
        model_config(planner=_settings(max_actions_per_week=2)),
    )
    # Week 3 has four calls due and the thank-you of November 10 (due November 17): the strongest call and the
    # thank-you, although three calls are worth more.
    week3 = plan.schedule[2]
    assert sorted(a.kind for a in week3.actions) == ["call", "thank"]
    assert (
        next(a for a in week3.actions if a.kind == "call").person
        == max(
            (a for w in plan.schedule for a in w.actions if a.kind == "call" and w.number >= 3), key=lambda a: a.value
        ).person
    )


def test_demo_shows_this_weeks_actions_and_writes_the_calendar(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "### Week 1, from November 2, 2026" in result.output
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (tmp_path / "plan.md").is_file()


def test_a_ragged_export_still_plans() -> None:
    from auditor.config import Goal, Routine
    from auditor.model import Connection, Invitation, Position, Recommendation, SectionSource

    export = model_export(
        positions=(Position("", "", "", "", None, None), Position("Acme", "", "\n\n• \n", "", None, None, 3)),
        connections=(
            Connection("", "", "", "", "", "", None, 2),
            Connection("Zoé", "", "", "", "Acme", "", None, 3),
            *model_export().connections,
        ),
        invitations=(
            Invitation("  ", "", None, "", "incoming", "", "", 2),
            Invitation("Ana  Lee", "", None, "", "incoming", "", "", 3),
        ),
        recommendations_received=(Recommendation("", "", "", "", "", None, "", 2),),
        shares=(),
        profile=None,
    )
    export = dataclasses.replace(export, sources={**export.sources, "shares": SectionSource(("Shares.csv",), 0)})
    config = model_config(
        goals=(Goal(target_companies=("Acme", "Nowhere"), target_roles=("",), target_people=("Léa Martin", "X Y")),),
        routines=(Routine("Rare", "conference", 0.1, "year", 60), Routine("Often", "messages", 3, "day", 5)),
    )
    plan = _plan(export, config)
    assert [d.minutes for d in plan.pitch.drafts] == [1, 3, 5, 10]
    assert any(a.person == "Ana Lee" for w in plan.schedule for a in w.actions)
    assert [r.recurrence.freq for r in plan.routines] == ["MONTHLY", "DAILY"]
    for language in ("en", "fr"):
        plan_markdown(plan, language)
        json.dumps(plan_dict(plan, language))
    from auditor.calendar import plan_ics

    assert plan_ics(plan).startswith(b"BEGIN:VCALENDAR")


def test_the_markdown_keeps_the_archives_text_inert() -> None:
    from auditor.config import Goal
    from auditor.model import Connection

    base = model_export()
    hostile = Connection(
        "Eve\n# Injected",
        "[x](http://evil.example)",
        "https://www.linkedin.com/in/eve",
        "",
        "Delta Retail",
        "<b>Boss</b>",
        None,
        300,
    )
    plan = _plan(
        model_export(connections=(*base.connections, hostile)),
        model_config(goals=(Goal(target_companies=("Delta Retail",)),)),
    )
    text = plan_markdown(plan, "en")
    assert "\n# Injected" not in text
    assert "Eve \\# Injected \\[x\\](http://evil.example)" in text
    assert "<b>" not in text and "\\<b\\>Boss\\</b\\>" in text
