"""The HTML and Markdown reports (auditor.reports.viewmodel, html, markdown): self-contained, complete, inert
whatever the archive holds, and free of other people's names when redacted."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from auditor.audit import Audit
from auditor.cli import cli
from auditor.reports.html import render_html
from auditor.reports.markdown import render_markdown
from auditor.reports.mdtext import md
from auditor.reports.viewmodel import build_view, people_names

from .factory import sample_audit
from .test_safetext import _config, _hostile_export


@pytest.fixture(scope="module", params=["en", "fr"])
def sample(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return sample_audit(tmp_path_factory.mktemp(f"report-{request.param}"), request.param)


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def test_the_page_is_self_contained_and_loads_nothing(sample: Audit) -> None:
    html = render_html(build_view(sample))
    soup = _soup(html)
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert policy is not None and "default-src 'none'" in policy["content"]
    assert not soup.find_all(["script", "link", "iframe", "object", "embed", "img", "base", "form"])
    for element in soup.find_all(True):
        assert not any(attribute.startswith("on") for attribute in element.attrs), element.name
        for attribute in ("src", "href", "xlink:href", "action", "srcset"):
            value = element.get(attribute)
            if value is not None:
                assert str(value).startswith(("#", "data:text/calendar")), (element.name, value)
    assert "url(" not in html and "@import" not in html


def test_every_chapter_and_chart_is_there(sample: Audit) -> None:
    view = build_view(sample)
    soup = _soup(render_html(view))
    assert soup.html is not None and soup.html["lang"] == sample.language
    assert soup.title is not None and soup.title.string
    for step in ("step1", "step2", "step3", "step4", "step5"):
        assert soup.find(id=step) is not None
    assert soup.find("main") is not None and soup.find("nav") is not None and soup.find("header") is not None
    figures = soup.find_all("figure")
    assert len(figures) >= 4 and {c.id for c in view.charts} >= {"activity", "posts", "growth", "ledger", "circles"}
    for figure in figures:  # each chart has a title, a description and its numbers in a table
        svg = figure.find("svg")
        assert svg is not None and svg.find("title").string and svg.find("desc").string
        assert svg["role"] == "img" and figure.find("table") is not None
    headings = [int(tag.name[1]) for tag in soup.find_all(re.compile(r"^h[1-6]$"))]
    assert headings[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(headings))
    findings = sum(len(rule.findings) for step in view.steps for rule in step.failed)
    assert findings > 0 and soup.find(string=re.compile(view.steps[4].failed[0].findings[0].what[:40], re.M))
    # What a rule noted while judging shows beside it, whether it found something or passed (GIV-004 passes on the
    # sample and says which senders it set aside as organisations).
    noted = [rule for step in view.steps for rule in (*step.failed, *step.passed, *step.not_applicable) if rule.notes]
    assert any(rule.code == "GIV-004" for rule in noted)
    page = soup.get_text()
    assert all(note in page for rule in noted for note in rule.notes)


def test_the_french_report_speaks_french(sample: Audit) -> None:
    if sample.language != "fr":
        pytest.skip("the French sample only")
    text = _soup(render_html(build_view(sample))).get_text(" ")
    assert "Score global" in text and "Ce qui a été lu" in text and "exportée le 2 novembre 2026" in text
    assert "Overall score" not in text and "(s)" not in text


def test_redaction_leaves_no_other_name(sample: Audit) -> None:
    plain = render_html(build_view(sample))
    redacted = render_html(build_view(sample, redact_secret=b"secret"))
    names = [name for name in people_names(sample.export) if len(name) >= 3]
    person = sample.export.profile.full_name if sample.export.profile else ""
    assert any(name in plain for name in names)  # the plain report does name people
    assert [name for name in names if name in redacted and name != person] == []
    again = render_html(build_view(sample, redact_secret=b"secret"))
    assert again == redacted  # the same secret gives the same pseudonyms
    assert person in redacted  # the member's own name is kept
    anonymous = render_html(build_view(sample, redact_secret=b"secret", redact_member=True))
    assert person not in anonymous


def test_what_is_missing_is_named_by_its_file(sample: Audit) -> None:
    import dataclasses

    partial = dataclasses.replace(
        sample, export=dataclasses.replace(sample.export, sources={"profile": sample.export.sources["profile"]})
    )
    view = build_view(partial)
    assert "Connections.csv" in view.missing and "connections" not in view.missing
    assert "Connections.csv" in view.analysed


def test_markdown_carries_the_findings_and_tables(sample: Audit) -> None:
    view = build_view(sample)
    text = render_markdown(view)
    assert text.startswith("# ") and "| 1. " in text
    assert text.count("\n## ") >= 5 + 4


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Eve # Injected [x](javascript:alert(1))", "Eve \\# Injected \\[x\\](javascript:alert(1))"),
        ("<img src=x onerror=alert(2)> & co", "&lt;img src=x onerror=alert(2)&gt; & co"),
        ("&lt;b&gt; &#60; R&D", "&amp;lt;b&amp;gt; &amp;\\#60; R&D"),
        ("a | b `c` *d* _e_ ~f~", "a \\| b \\`c\\` \\*d\\* \\_e\\_ \\~f\\~"),
        ("1. first", "1\\. first"),
        ("- item", "\\- item"),
        ("===", "\\==="),
        ("Line one\n\n## Line two", "Line one \\#\\# Line two"),
        ("Orchard Inc. (supply-chain) 2024!", "Orchard Inc. (supply-chain) 2024!"),
    ],
)
def test_markdown_text_is_inert_and_stays_readable(text: str, written: str) -> None:
    assert md(text) == written


def test_hostile_text_is_inert_in_html_markdown_and_terminal(tmp_path: Path) -> None:
    script = "<script>alert(1)</script>"
    image = '<img src=x onerror="alert(2)">'
    link = "javascript:alert(3)"
    export = _hostile_export(tmp_path, "n\x1b[2J", f"Ann{script}", f"Lee{image}", f"[x]({link})", f"Head{script}")
    config = _config(tmp_path, f"goal {image} \x1b]0;t\x07")
    html_path, md_path = tmp_path / "r.html", tmp_path / "r.md"
    args = ["audit", str(export), "--config", str(config), "--html", str(html_path), "--md", str(md_path)]
    run = CliRunner().invoke(cli, [*args, "--fail-on", "never", "--top", "60"])
    assert run.exit_code == 0, run.output
    html = html_path.read_text(encoding="utf-8")
    soup = _soup(html)
    assert not soup.find_all(["script", "img"])
    assert all(not a.startswith("on") for element in soup.find_all(True) for a in element.attrs)
    assert not soup.find_all(href=re.compile("javascript", re.I))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert "\x1b" not in html and "\x07" not in html
    markdown = md_path.read_text(encoding="utf-8")
    assert "<script" not in markdown and "<img" not in markdown
    assert "\\[x\\](javascript" in markdown and not re.search(r"(?<!\\)\](?=\(javascript)", markdown)  # no link
    assert "\x1b" not in markdown
    assert "<script>" not in run.stdout or "\x1b" not in run.stdout


def test_demo_writes_the_report(tmp_path: Path) -> None:
    run = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo")])
    assert run.exit_code == 0, run.output
    report = tmp_path / "demo" / "report.html"
    assert report.is_file() and str(report.resolve()) in run.output
    assert len(_soup(report.read_text(encoding="utf-8")).find_all("figure")) >= 4


def test_the_plan_has_its_chapters(sample: Audit) -> None:
    from auditor.planner import build_plan

    plan = build_plan(sample.export, sample.analyses, sample.config, language=sample.language,
                      findings=sample.result.findings)  # fmt: skip
    view = build_view(sample, plan=plan)
    assert view.plan is not None and view.plan.this_week and view.plan.pitch
    # Each pitch sentence says where it comes from, as the Markdown plan does.
    first = view.plan.pitch[0]
    assert len(first.sources) == len(first.sentences) and first.sources[0].startswith("Positions.csv:")
    (circles,) = [chart for chart in view.charts if chart.id == "circles"]  # the plan's circles, circle 3 included
    assert len(circles.rows) == 3 and str(len(plan.circles.circle3)) in circles.rows[2][0]
    assert len(next(c for c in build_view(sample).charts if c.id == "circles").rows) == 2  # no plan: no circle 3
    soup = _soup(render_html(view))
    week = soup.find(id="this-week")
    assert week is not None and len(week.find_all("li")) == len(view.plan.this_week)
    assert soup.find(id="plan") is not None
    assert f"{first.sentences[0]} [{first.sources[0]}]" in soup.find(id="plan").get_text()  # type: ignore[union-attr]
    (calendar,) = soup.find_all("a", download="plan.ics")
    assert calendar["href"].startswith("data:text/calendar;base64,")
    redacted = render_html(build_view(sample, plan=plan, redact_secret=b"s"))
    names = [n for n in people_names(sample.export) if len(n) >= 3 and n != sample.export.profile.full_name]  # type: ignore[union-attr]
    assert [n for n in names if n in redacted] == []
    assert "data:text/calendar" not in redacted  # the calendar would carry the names in base64


def test_a_career_gap_shows_in_the_table_and_the_legend_only_beside_the_drawing() -> None:
    import dataclasses

    from auditor.audit import audit_export
    from auditor.model import PartialDate
    from auditor.rules import RULES

    from .factory import model_config, model_export

    export = model_export()
    first = dataclasses.replace(export.positions[2], finished_on=PartialDate(2015, 6))  # a year and a half untold
    audit = audit_export(dataclasses.replace(export, positions=(*export.positions[:2], first)), model_config(), RULES)
    view = build_view(audit)
    career = next(chart for chart in view.charts if chart.id == "career")
    assert ("(no position)", "June 2015", "January 2017") in career.rows
    assert career.legend.startswith("Shaded:") and "Shaded" not in career.summary
    assert "Shaded" not in render_markdown(view) and career.legend in render_html(view)
