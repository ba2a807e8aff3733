"""The HTML report (`--html FILE`): one self-contained page, rendered with Jinja2 from the view-model.

Autoescaping is on and undefined names are errors: every value comes from `reports.viewmodel`, already written in
the reader's language; the page's own words come from the same catalogs through Jinja's i18n extension. The page
has no script and loads nothing (its Content-Security-Policy forbids it).
"""

from __future__ import annotations

import functools

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from auditor.i18n import translations
from auditor.reports.viewmodel import ReportView


@functools.cache
def _environment(language: str) -> Environment:
    environment = Environment(
        loader=PackageLoader("auditor.reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return environment


def render_html(view: ReportView) -> str:
    return _environment(view.lang).get_template("report.html").render(v=view)
