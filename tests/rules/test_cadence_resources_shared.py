"""CAD-005 cadence.resources-shared."""

from __future__ import annotations

import datetime as dt

from auditor.model import Share
from auditor.rules import cadence_resources_shared as rule

from ..factory import model_export, not_applicable_reason, run_rule, skip_reason
from .helpers import without_sources

LAST_TUESDAY = dt.datetime(2026, 10, 27, 8, 30)


def _posts(count: int, text: str = "A lesson from the week.", url: str = "", media: str = "") -> tuple[Share, ...]:
    return tuple(
        Share(LAST_TUESDAY - dt.timedelta(weeks=n), f"https://x/{n}", text, url, media, "MEMBER_NETWORK", n + 2)
        for n in range(count)
    )


def test_pass() -> None:
    assert run_rule(rule) == []


def test_fail_text_only_posts() -> None:
    (finding,) = run_rule(rule, model_export(shares=_posts(30)))
    # 25 posts in the window (2026-05-11 to today) plus the article of 2026-06-02, which is a resource.
    assert finding.evidence[0].file == model_export().sources["shares"].files[0]
    assert finding.evidence[0].text("en") == "1 of 26 posts and articles since May 11, 2026 with a resource"
    assert "4%" in finding.what.en
    assert "seulement 1 de vos 26 posts et articles a partagé une ressource (4\u00a0%" in finding.what.fr


def test_pass_media_or_link_in_text() -> None:
    assert run_rule(rule, model_export(shares=_posts(30, media="https://media.licdn.com/x"))) == []
    assert run_rule(rule, model_export(shares=_posts(30, text="Read this: https://exemple.fr/sop"))) == []


def test_bare_reshares_are_left_out() -> None:
    reshares = _posts(30, text="", url="https://exemple.fr/a")
    (finding,) = run_rule(rule, model_export(shares=reshares + _posts(3)))
    assert finding.evidence[0].text("en").startswith("1 of 4 ")


def test_not_applicable_nothing_published() -> None:
    assert "No post or article" in not_applicable_reason(rule, model_export(shares=(), articles=()))


def test_option() -> None:
    assert run_rule(rule, model_export(shares=_posts(30)), min_share=0.02) == []


def test_skips_without_shares() -> None:
    export = without_sources("shares")
    assert "Shares.csv" in skip_reason(rule, export)
