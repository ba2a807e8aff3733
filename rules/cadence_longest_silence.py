"""No silence of more than a month.

What:
    Finds the longest run without any publication (post, reshare or article) that reaches into the last
    `window_weeks` weeks, counted from one publication to the next, or to today when you are still silent, and
    reports it when it lasts more than `max_silence_days` days. The time before your very first publication does
    not count, unless you never published. Evidence: the dates (and Shares.csv rows) that bound the silence. Skips
    without Shares.csv (the basic archive).

Why:
    Step 5 of the method asks for regular sharing. Practitioners report that a pause of more than a month cuts the reach
    of your next 4-5 posts by about 30% [van-der-blom-algorithm] (a practitioner study, commonly reported, unverified).

Passes:
    A post every week for six months; the longest gap is 9 days.

Fails:
    A post on July 2, 2026, then nothing until August 20, 2026 (49 days); or no post since September 15, 2026,
    audited on November 2, 2026 (48 days and counting).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding
from auditor.i18n import Message, _, n_
from auditor.model import Export
from auditor.rule import Context, Need, Option

CODE = "CAD-003"
NAME = "cadence.longest-silence"
STEP = "step5"
SEVERITY = "warn"
OPTIONS: dict[str, Option] = {
    "max_silence_days": Option(30, "the longest acceptable run of days without publishing.", unit="days"),
    "window_weeks": Option(
        26,
        "how many weeks back (the current one included) a silence must reach to be reported.",
        unit="weeks",
    ),
}
NEEDS: tuple[Need, ...] = ("shares",)


def _days(days: int) -> Message:
    # An exact count of days, not a span rounded to months: "48 days" is the fact against a limit of 30.
    return n_("{n} day", "{n} days", days)


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    window = int(ctx.options["window_weeks"])
    limit = int(ctx.options["max_silence_days"])
    long_ones = [silence for silence in cadence.silences(window) if silence.days > limit]
    if not long_ones:
        return
    silence = long_ones[0]
    start, end = silence.start, silence.end
    others = len(long_ones) - 1
    shares_file = export.file_of("shares")
    evidence: list[Evidence] = []
    what: Message
    if silence.before is None:
        evidence.append(Evidence(shares_file, None, _("no publication at all up to {day}", day=end)))
        what = n_(
            "You have published nothing in the last week ({days} up to {end}).",
            "You have published nothing in the last {n} weeks ({days} up to {end}).",
            window,
            days=_days(silence.days),
            end=end,
        )
    else:
        before = silence.before
        evidence.append(Evidence(before.file, before.line, _("last publication before the silence: {day}", day=start)))
        if silence.after is None:
            evidence.append(Evidence(shares_file, None, _("no publication since, up to {day}", day=end)))
            what = n_(
                "You have published nothing since {start}: {n} day so far.",
                "You have published nothing since {start}: {n} days so far.",
                silence.days,
                start=start,
            )
        else:
            after = silence.after
            evidence.append(Evidence(after.file, after.line, _("next publication: {day}", day=end)))
            if others:
                what = n_(
                    "You published nothing for {days}, from {start} to {end} ({n} other silence over {limit}).",
                    "You published nothing for {days}, from {start} to {end} ({n} other silences over {limit}).",
                    others,
                    days=_days(silence.days),
                    start=start,
                    end=end,
                    limit=_days(limit),
                )
            else:
                what = _(
                    "You published nothing for {days}, from {start} to {end}.",
                    days=_days(silence.days),
                    start=start,
                    end=end,
                )
    yield Finding(
        what=what,
        why=_(
            "After a pause of more than {limit} your next posts reach fewer people, and your network forgets what "
            "you bring.",
            limit=_days(limit),
        ),
        fix=_("Keep two or three short posts written in advance to publish when a busy or holiday month comes."),
        evidence=tuple(evidence),
        key=f"silence-from:{start.isoformat()}" if silence.before is not None else "silence:never-published",
    )
