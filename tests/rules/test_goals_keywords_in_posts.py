"""GOA-005 goals.keywords-in-posts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from auditor.model import Article, Share
from auditor.rules import goals_keywords_in_posts as rule

from ..factory import TODAY, model_config, model_export, run_rule, skip_reason
from .helpers import without_sources


def _keywords(*keywords: str):  # type: ignore[no-untyped-def]
    goal = dataclasses.replace(model_config().goals[0], keywords=keywords)
    return model_config(goals=(goal,))


def _post(when: dt.datetime, text: str) -> Share:
    return Share(when, "https://www.linkedin.com/feed/update/x", text, "", "", "MEMBER_NETWORK", 99)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_keyword_in_no_recent_post() -> None:
    (finding,) = run_rule(rule, config=_keywords("S&OP", "demand sensing"))
    assert finding.key == "demand sensing"
    assert "since August 3, 2026" in finding.what.en
    assert "depuis le 3 août 2026" in finding.what.fr
    assert finding.evidence[0].file == model_export().sources["shares"].files[0]
    evidence = finding.evidence[0].text("en")
    assert evidence.endswith('posts and articles since August 3, 2026, none mentioning "demand sensing"')
    assert finding.what.fr.startswith("Aucun de vos ") and "«\u00a0demand sensing\u00a0»" in finding.what.fr


def test_fail_when_only_old_posts_mention_it() -> None:
    shares = (*model_export().shares, _post(dt.datetime(2026, 5, 5, 9), "Demand sensing: what we learned"))
    assert len(run_rule(rule, model_export(shares=shares), _keywords("demand sensing"))) == 1


def test_pass_with_a_recent_article() -> None:
    article = Article(
        "Articles/x.html",
        "Demand sensing in practice",
        dt.datetime(2026, 10, 1),
        dt.datetime(2026, 10, 1),
        "",
        "",
        "Body",
        1,
        (),
        (),
        (),
    )
    assert run_rule(rule, model_export(articles=(article,)), _keywords("demand sensing")) == []


def test_window_ends_at_the_export_date() -> None:
    shares = (
        _post(dt.datetime(2026, 8, 20, 9), "Demand sensing: what we learned"),
        _post(dt.datetime(2026, 10, 20, 9), "A word on our warehouse team"),
    )
    export = model_export(shares=shares, articles=())
    later = TODAY + dt.timedelta(days=43)  # the archive ends on TODAY: nothing after it can be seen
    assert run_rule(rule, export, _keywords("demand sensing"), today=later) == []
    assert len(run_rule(rule, export, _keywords("demand sensing"), today=later, weeks=4)) == 1


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)


def test_skips_without_keywords() -> None:
    assert "keyword" in skip_reason(rule, model_export(), _keywords())


def test_pass_when_audited_after_the_export_date() -> None:
    # Nothing after the export is in the archive: the window ends at the export date, not at a later --as-of.
    assert run_rule(rule, today=TODAY + dt.timedelta(days=60)) == []


@pytest.mark.parametrize(
    ("post", "keyword"),
    [
        pytest.param("Trois leçons sur nos chaînes d'approvisionnement après la crise.", "chaîne d'approvisionnement",
                     id="french-plural"),
        pytest.param("What we learned from sensing demand shifts in real time #DemandSensing", "demand sensing",
                     id="hashtag"),
        pytest.param("Our suppliers taught us more than any audit this quarter.", "supplier", id="english-plural"),
    ],
)  # fmt: skip
def test_pass_a_keyword_said_in_other_words(post: str, keyword: str) -> None:
    export = model_export(shares=(_post(dt.datetime(2026, 10, 20, 9), post),), articles=())
    assert run_rule(rule, export, _keywords(keyword)) == []


def test_fail_a_keyword_in_other_words_only_in_an_old_post() -> None:
    shares = (
        _post(dt.datetime(2026, 5, 5, 9), "Trois leçons sur nos chaînes d'approvisionnement."),
        _post(dt.datetime(2026, 10, 20, 9), "Bravo à l'équipe de l'entrepôt de Lyon pour ce trimestre."),
    )
    export = model_export(shares=shares, articles=())
    assert len(run_rule(rule, export, _keywords("chaîne d'approvisionnement"))) == 1
