"""RTN-002 routines.cadence-gap."""

from __future__ import annotations

import dataclasses
import datetime as dt

from auditor.analysis import analyse
from auditor.config import Routine
from auditor.rules import routines_cadence_gap as rule

from ..factory import TODAY, model_config, model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LUNCH = Routine("Networking lunch", "lunch", 2, "month", 90)


def _routines(*routines: Routine):  # type: ignore[no-untyped-def]
    return model_config(routines=routines)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_posts_below_plan() -> None:
    (finding,) = run_rule(rule, config=_routines(Routine("Posts", "posts", 5, "week", 30)))
    assert finding.key == "posts:Posts"
    assert finding.what.en == 'Your routine "Posts" plans 5 posts a week; the last 13 weeks show 2 a week (26 in all).'
    assert finding.what.fr == (
        "Votre routine «\u00a0Posts\u00a0» prévoit 5 posts par semaine\u202f; les 13 dernières semaines en montrent 2 "
        "par semaine (26 en tout)."
    )
    assert "count = 2 in linkedin-audit.toml" in finding.fix.en
    assert finding.evidence[0].file == "linkedin-audit.toml"
    assert finding.evidence[1].file == model_export().sources["shares"].files[0]
    assert finding.evidence[0].text("en") == 'routine "Posts": 5 posts a week'
    assert finding.evidence[1].text("en") == "26 posts and articles from August 3, 2026 to November 1, 2026 = 2 a week"
    assert finding.evidence[1].text("fr") == "26 posts et articles du 3 août 2026 au 1er novembre 2026 = 2 par semaine"


def test_messages_are_those_you_sent() -> None:
    # 18 messages sent to the close ties in the last 13 weeks: 1.4 a week.
    assert run_rule(rule, config=_routines(Routine("Keep in touch", "messages", 1, "week"))) == []
    (finding,) = run_rule(rule, config=_routines(Routine("Keep in touch", "messages", 2, "week")))
    assert "18 in all" in finding.what.en and "messages sent" in finding.what.en


def test_conversations_are_those_you_started() -> None:
    # 12 conversations started by the member in the last 13 weeks (every other one): 0.9 a week.
    assert run_rule(rule, config=_routines(Routine("Reach out", "conversations", 1, "week"))) == []
    (finding,) = run_rule(rule, config=_routines(Routine("Reach out", "conversations", 2, "week")))
    assert "(12 in all)" in finding.what.en


def test_fail_invitations_per_month() -> None:
    (finding,) = run_rule(rule, config=_routines(Routine("Invite", "invitations", 2, "month")))
    assert finding.what.en == (
        'Your routine "Invite" plans 2 invitations sent a month (0.5 a week); the last 13 weeks show 0.1 a week '
        "(1 in all)."
    )
    assert "(0,5 par semaine)" in finding.what.fr and "0,1 par semaine" in finding.what.fr
    assert "count =" not in finding.fix.en  # less than 1 a month: no smaller plan to suggest
    assert (
        finding.evidence[0].text("fr")
        == "routine «\u00a0Invite\u00a0»\u00a0: 2 invitations envoyées par mois = 0,46 par semaine"
    )


def test_window_ends_at_the_export_date() -> None:
    assert run_rule(rule, today=TODAY + dt.timedelta(days=60)) == []


def test_fail_with_higher_ratio() -> None:
    findings = run_rule(rule, config=_routines(Routine("Posts", "posts", 2.5, "week")), min_ratio=0.9)
    assert [f.key for f in findings] == ["posts:Posts"]


def test_routine_without_its_file_is_not_checked() -> None:
    config = _routines(Routine("Posts", "posts", 2, "week"), Routine("Comments", "comments", 10, "week"))
    assert len(run_rule(rule, config=config)) == 1
    assert run_rule(rule, without_sources("comments"), config) == []


def test_articles_count_in_a_complete_archive_without_articles_folder() -> None:
    config = _routines(Routine("Articles", "articles", 1, "month"))
    (finding,) = run_rule(rule, without_sources("articles"), config)
    assert finding.evidence[1].file == "Articles/"


def test_skips_without_measurable_routine() -> None:
    assert "No routine" in skip_reason(rule, model_export(), _routines(LUNCH))


def test_skips_when_no_routine_file_is_in_the_archive() -> None:
    reason = skip_reason(rule, without_sources("shares", "comments"))
    assert reason.startswith("No routine can be measured from this archive:")
    assert '"Posts" (the archive has no Shares.csv)' in reason and '"Networking lunch" (the export does not' in reason


def test_routines_that_cannot_be_measured_are_listed_not_dropped() -> None:
    from auditor.engine import run_rules
    from auditor.rule import Rule

    export = without_sources("comments")
    (outcome,) = run_rules(export, analyse(export, TODAY), model_config(), [Rule.from_module(rule)]).outcomes
    (note,) = outcome.notes
    assert note.en.startswith("Planned, not measurable from the export:")
    assert (
        "(the archive has no Comments.csv)" in note.en
        and "«\u00a0Networking lunch\u00a0» (l'archive ne montre pas cette activité)" in note.fr
    )


def test_messages_and_conversations_are_counted_as_the_ties_count_them() -> None:
    # The rule reads the cadence's weekly series, which must agree with the ties analysis on who wrote what.
    analyses = analyse(model_export(), TODAY)
    weekly = analyses.cadence.weekly
    assert sum(weekly["messages"].values()) == analyses.ties.owner_messages
    assert sum(weekly["conversations"].values()) == analyses.ties.conversations_started_by_owner


def test_conversations_are_not_checked_without_conversation_ids() -> None:
    # 2018 archives have no CONVERSATION ID: who started a conversation cannot be told.
    messages = tuple(dataclasses.replace(m, conversation_id="") for m in model_export().messages)
    config = _routines(Routine("Reach out", "conversations", 2, "week"))
    assert "no conversation IDs" in skip_reason(rule, model_export(messages=messages), config)


def test_a_missed_routine_is_judged_once() -> None:
    # The cadence rule of step 5 leaves a pace the member planned to this rule: one gap, one finding.
    from auditor.rules import cadence_comments_on_others

    config = _routines(Routine("Comments", "comments", 9, "week", 15))
    assert len(run_rule(rule, config=config)) == 1
    assert "RTN-002" in not_applicable_reason(cadence_comments_on_others, model_export(), config)


def test_counts_the_same_window_as_the_cadence_rules() -> None:
    # The same activity reads the same count in step 3 (against a routine) and step 5 (against its default).
    from auditor.rules import cadence_comments_on_others

    config = _routines(Routine("Comments", "comments", 9, "week", 15))
    (routine,) = run_rule(rule, config=config)
    (cadence,) = run_rule(cadence_comments_on_others, config=model_config(routines=()), default_per_week=9.0)
    in_all = routine.what.en.rsplit("(", 1)[1].split()[0]
    assert f"({in_all} in all)" in cadence.what.en


def test_a_posts_routine_counts_articles_as_the_cadence_rule_does() -> None:
    from auditor.rules import cadence_posts_per_week

    article = dataclasses.replace(model_export().articles[0], published_at=dt.datetime(2026, 10, 20, 9))
    export = model_export(articles=(article,))
    assert analyse(export, TODAY).cadence.full_weeks_count(("articles",), 13) == 1
    config = _routines(Routine("Posts", "posts", 9, "week", 30))
    (routine,) = run_rule(rule, export, config)
    (cadence,) = run_rule(cadence_posts_per_week, export, model_config(routines=()), default_per_week=9.0)
    in_all = routine.what.en.rsplit("(", 1)[1].split()[0]
    assert f"({in_all} in all)" in cadence.what.en
