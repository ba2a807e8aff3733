"""Charts as inline SVG, computed in Python: no script, no font, nothing fetched. Each chart is drawn from plain
numbers and labels the view-model has already written in the reader's language; every text is escaped here.

Colours are the Okabe-Ito palette (safe for the common colour-blindnesses); every chart also carries a `<title>`
and a `<desc>`, and the report shows its numbers in a table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from auditor import formats

BLUE, ORANGE, GREEN, SKY, VERMILION, PURPLE, YELLOW, GREY = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#56B4E9",
    "#D55E00",
    "#CC79A7",
    "#F0E442",
    "#767676",
)
INK = "#1a1a1a"


def _svg(chart_id: str, width: int, height: int, title: str, desc: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" class="chart">'
        f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def _text(x: float, y: float, text: str, *, size: int = 11, anchor: str = "start", fill: str = INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}">{escape(text)}</text>'
    )


def gauge(chart_id: str, score: int | None, label: str, desc: str, *, provisional: bool = False) -> Markup:
    """A score from 0 to 100 as a ring; an empty ring with a dash when there is no score."""
    size, radius, stroke = 120, 46, 12
    circumference = 2 * math.pi * radius
    body = [
        f'<circle cx="60" cy="60" r="{radius}" fill="none" stroke="#e3e3e3" stroke-width="{stroke}"/>',
    ]
    if score is not None:
        colour = GREEN if score >= 75 else ORANGE if score >= 50 else VERMILION
        dash = circumference * max(0, min(score, 100)) / 100
        body.append(
            f'<circle cx="60" cy="60" r="{radius}" fill="none" stroke="{colour}" stroke-width="{stroke}" '
            f'stroke-dasharray="{dash:.1f} {circumference:.1f}" transform="rotate(-90 60 60)"'
            + (' stroke-opacity="0.6"' if provisional else "")
            + "/>"
        )
    shown = "—" if score is None else f"{score}{'*' if provisional else ''}"
    body.append(_text(60, 68, shown, size=26, anchor="middle"))
    return _svg(chart_id, size, size, label, desc, body)


def day_grid(
    chart_id: str,
    title: str,
    desc: str,
    weeks: Sequence[Sequence[int | None]],
    months: Sequence[tuple[int, str]],
    weekdays: Sequence[str],
) -> Markup:
    """A calendar of activity: one column a week, one cell a day (None: outside the window), darker for more."""
    cell, gap, left, top = 11, 2, 30, 16
    width = left + len(weeks) * (cell + gap) + 4
    height = top + 7 * (cell + gap) + 4
    most = max((n for week in weeks for n in week if n), default=0)
    shades = ("#ebedf0", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
    body = [_text(left + column * (cell + gap), 11, label, size=9) for column, label in months]
    body += [_text(0, top + row * (cell + gap) + 9, weekdays[row], size=9) for row in (0, 2, 4)]
    for column, week in enumerate(weeks):
        for row, count in enumerate(week):
            if count is None:
                continue
            level = 0 if not count or not most else 1 + min(3, int(3 * count / most))
            x, y = left + column * (cell + gap), top + row * (cell + gap)
            body.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="2" fill="{shades[level]}"/>')
    return _svg(chart_id, width, height, title, desc, body)


def bars(
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    target: float | None = None,
    target_label: str = "",
    colour: str = BLUE,
    language: str = "en",
) -> Markup:
    """Vertical bars, one per label, with an optional dashed target line."""
    width, height, left, bottom, top = 640, 220, 34, 40, 14
    count = max(len(values), 1)
    top_value = max([*values, target or 0, 1])
    scale = (height - bottom - top) / top_value
    slot = (width - left - 6) / count
    body = [f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" stroke="{GREY}"/>']
    body.append(_text(left - 4, top + 4, _number(top_value, language), size=9, anchor="end"))
    body.append(_text(left - 4, height - bottom, "0", size=9, anchor="end"))
    step = max(1, math.ceil(count / 12))  # at most about twelve labels under the axis
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + index * slot + slot * 0.15
        bar = value * scale
        body.append(
            f'<rect x="{x:.1f}" y="{height - bottom - bar:.1f}" width="{slot * 0.7:.1f}" height="{bar:.1f}" '
            f'fill="{colour}"/>'
        )
        if index % step == 0:
            body.append(_text(x + slot * 0.35, height - bottom + 14, label, size=9, anchor="middle"))
    if target is not None:
        y = height - bottom - target * scale
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}" stroke="{VERMILION}" stroke-width="2" '
            'stroke-dasharray="6 4"/>'
        )
        body.append(_text(width - 6, y - 4, target_label, size=10, anchor="end", fill=VERMILION))
    return _svg(chart_id, width, height, title, desc, body)


def paired_bars(
    chart_id: str,
    title: str,
    desc: str,
    rows: Sequence[tuple[str, int | None, int | None]],
    legend: tuple[str, str],
    language: str = "en",
) -> Markup:
    """Two horizontal bars per row (given, received); a side the export does not show is left out."""
    row_height, left, width = 34, 210, 660
    height = 30 + row_height * max(len(rows), 1)
    most = max([1, *(n for _label, a, b in rows for n in (a, b) if n is not None)])
    scale = (width - left - 60) / most
    body = [
        f'<rect x="{left}" y="4" width="10" height="10" fill="{BLUE}"/>',
        _text(left + 14, 13, legend[0], size=10),
        f'<rect x="{left + 140}" y="4" width="10" height="10" fill="{ORANGE}"/>',
        _text(left + 154, 13, legend[1], size=10),
    ]
    for index, (label, given, received) in enumerate(rows):
        y = 24 + index * row_height
        body.append(_text(left - 6, y + 14, label, size=11, anchor="end"))
        for offset, value, colour in ((0, given, BLUE), (14, received, ORANGE)):
            if value is None:
                continue
            length = value * scale
            body.append(f'<rect x="{left}" y="{y + offset}" width="{length:.1f}" height="12" fill="{colour}"/>')
            body.append(_text(left + length + 4, y + offset + 10, _number(value, language), size=10))
    return _svg(chart_id, width, height, title, desc, body)


def rings(chart_id: str, title: str, desc: str, circles: Sequence[tuple[str, int]], language: str = "en") -> Markup:
    """The circles of the network as concentric rings, innermost first, each with its count; the legend (one line
    per circle, already written with its count) beside them."""
    width, height, centre = 640, 260, 130
    colours = (BLUE, SKY, PURPLE)
    body = []
    count = len(circles)
    for index in reversed(range(count)):
        radius = 40 + 42 * index
        body.append(
            f'<circle cx="{centre}" cy="{centre}" r="{radius}" fill="{colours[index % 3]}" fill-opacity="0.25" '
            f'stroke="{colours[index % 3]}" stroke-width="2"/>'
        )
    for index, (legend, number) in enumerate(circles):
        y = centre + 6 if index == 0 else centre - 40 - 42 * (index - 1) - 14
        body.append(_text(centre, y, _number(number, language), size=13, anchor="middle"))
        y = 40 + index * 60
        body.append(f'<rect x="290" y="{y - 11}" width="12" height="12" fill="{colours[index % 3]}"/>')
        body.append(_text(310, y, legend, size=12))
    return _svg(chart_id, width, height, title, desc, body)


def timeline(
    chart_id: str,
    title: str,
    desc: str,
    spans: Sequence[tuple[str, float, float, bool]],
    years: Sequence[tuple[float, str]],
    gaps: Sequence[tuple[float, float]],
) -> Markup:
    """Positions as bars along the years (fractions 0..1 of the axis); gaps hatched in vermilion; the current
    position in green."""
    left, width, row_height = 270, 700, 22
    height = 30 + row_height * max(len(spans), 1)
    axis = width - left - 10
    body = [
        f'<rect x="{left + start * axis:.1f}" y="18" width="{max((end - start) * axis, 2):.1f}" '
        f'height="{height - 18}" fill="{VERMILION}" fill-opacity="0.18"/>'
        for start, end in gaps
    ]
    for position, label in years:
        x = left + position * axis
        body.append(f'<line x1="{x:.1f}" y1="16" x2="{x:.1f}" y2="{height}" stroke="#e3e3e3"/>')
        body.append(_text(x, 12, label, size=9, anchor="middle"))
    for index, (label, start, end, current) in enumerate(spans):
        y = 22 + index * row_height
        shown = label if len(label) <= 42 else label[:41] + "…"
        body.append(_text(left - 6, y + 12, shown, size=10, anchor="end"))
        body.append(
            f'<rect x="{left + start * axis:.1f}" y="{y}" width="{max((end - start) * axis, 2):.1f}" height="15" '
            f'rx="3" fill="{GREEN if current else BLUE}"/>'
        )
    return _svg(chart_id, width, height, title, desc, body)


def _number(value: float, language: str) -> str:
    return formats.count(int(value), language) if float(value).is_integer() else formats.number(value, language)
