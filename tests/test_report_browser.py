"""The HTML report in a real browser: headless Chromium from the distribution's packages (Debian `chromium`),
driven by Playwright with its executable path (never a downloaded browser). Skipped, with the reason, where
Chromium or Playwright is not installed; `.ci/run` installs both.

The French and English sample reports load from file:// with no console error and no request but the page
itself; every chapter and chart is visible and is screenshotted (into SCREENSHOTS_DIR when set, else a temporary
folder); the accessibility assertions stand in for an axe run: landmarks, one h1 and no skipped heading level,
every chart an image with a title and a description and a table of its numbers, every link named, the page's
language set, text contrast at least 4.5:1.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

import pytest

from auditor.reports.html import render_html
from auditor.reports.viewmodel import build_view

from .factory import sample_audit

CHROMIUM = os.environ.get("LINKEDIN_AUDIT_CHROMIUM", "/usr/bin/chromium")
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install .[browser])"
)
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt install chromium)", allow_module_level=True)

pytestmark = pytest.mark.browser

# Chromium as the project runs it: no sandbox (CI runs as root), and none of its background connections.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip

CONTRAST_SCRIPT = """
() => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const worst = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg') || !el.getClientRects().length) continue;
    const a = lum(parse(getComputedStyle(el).color).slice(0, 3)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push([el.tagName, el.textContent.trim().slice(0, 40), ratio.toFixed(2)]);
  }
  return worst;
}
"""


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


def _report(folder: Path, lang: str) -> Path:
    """The report as `demo` writes it: the audit with its plan."""
    from auditor.planner import build_plan

    audit = sample_audit(folder, lang)
    plan = build_plan(audit.export, audit.analyses, audit.config, language=lang, findings=audit.result.findings)
    page = folder / "report.html"
    page.write_text(render_html(build_view(audit, plan=plan)), encoding="utf-8")
    return page


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_in_chromium(browser, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = _report(tmp_path, lang)
    shots = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path / "shots") / lang
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    start = time.perf_counter()
    page.goto(report.as_uri(), wait_until="load")
    loaded = time.perf_counter() - start
    assert errors == []
    assert requests == [report.as_uri()]  # the page itself, nothing else
    assert loaded < 2.0, loaded
    page.screenshot(path=str(shots / "top.png"))

    chapters = ["this-week", "step1", "step2", "step3", "step4", "step5", "plan", "charts", "appendix"]
    for chapter in chapters:
        section = page.locator(f"#{chapter}")
        assert section.is_visible(), chapter
        section.screenshot(path=str(shots / f"{chapter}.png"))
    figures = page.locator("figure")
    assert figures.count() >= 4
    for index in range(figures.count()):
        figure = figures.nth(index)
        figure.scroll_into_view_if_needed()
        assert figure.locator("svg").is_visible()
        box = figure.locator("svg").bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 80
        figure.screenshot(path=str(shots / f"{figure.get_attribute('id')}.png"))

    # Accessibility, as an axe run would check it.
    assert page.locator("html").get_attribute("lang") == lang
    for landmark in ("header", "nav", "main", "footer"):
        assert page.locator(landmark).count() == 1, landmark
    levels = page.eval_on_selector_all("h1, h2, h3, h4, h5, h6", "hs => hs.map(h => Number(h.tagName[1]))")
    assert levels.count(1) == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    for svg in page.locator("svg").all():
        assert svg.get_attribute("role") == "img" and svg.get_attribute("aria-labelledby")
        assert svg.locator("title").count() == 1 and svg.locator("desc").count() == 1
    unnamed = page.eval_on_selector_all("a", "links => links.filter(a => !a.textContent.trim()).length")
    assert unnamed == 0
    assert page.evaluate(CONTRAST_SCRIPT) == []

    # Responsive: nothing wider than a phone's screen.
    page.set_viewport_size({"width": 375, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375 + 1, width
    page.screenshot(path=str(shots / "phone.png"))
    page.close()


def test_chromium_is_the_distributions() -> None:
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
