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
    A post on 2026-07-02, then nothing until 2026-08-20 (49 days); or no post since 2026-09-15, audited on
    2026-11-02 (48 days and counting).
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.findings import Evidence, Finding, t
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


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    cadence = ctx.analyses.cadence
    window = int(ctx.options["window_weeks"])
    limit = int(ctx.options["max_silence_days"])
    long_ones = [silence for silence in cadence.silences(window) if silence.days > limit]
    if not long_ones:
        return
    silence = long_ones[0]
    start, end = silence.start.isoformat(), silence.end.isoformat()
    others = len(long_ones) - 1
    shares_file = export.file_of("shares")
    evidence: list[Evidence] = []
    if silence.before is None:
        evidence.append(Evidence(shares_file, None, f"no publication at all up to {end}"))
        what = t(
            f"You have published nothing in the last {window} weeks ({silence.days} days up to {end}).",
            f"Vous n'avez rien publié ces {window} dernières semaines ({silence.days} jours jusqu'au {end}).",
        )
    else:
        before = silence.before
        evidence.append(Evidence(before.file, before.line, f"last publication before the silence: {start}"))
        if silence.after is None:
            evidence.append(Evidence(shares_file, None, f"no publication since, up to {end}"))
            what = t(
                f"You have published nothing since {start}: {silence.days} days so far.",
                f"Vous n'avez rien publié depuis le {start}, soit {silence.days} jours à ce jour.",
            )
        else:
            after = silence.after
            evidence.append(Evidence(after.file, after.line, f"next publication: {end}"))
            what = t(
                f"You published nothing for {silence.days} days, from {start} to {end}"
                + (f" ({others} other silence{'s' * (others > 1)} over {limit} days)." if others else "."),
                f"Vous n'avez rien publié pendant {silence.days} jours, du {start} au {end}"
                + (
                    f" ({others} autre{'s' * (others > 1)} silence{'s' * (others > 1)} de plus de {limit} jours)."
                    if others
                    else "."
                ),
            )
    yield Finding(
        what=what,
        why=t(
            f"After a pause of more than {limit} days your next posts reach fewer people, and your network forgets "
            "what you bring.",
            f"Après une pause de plus de {limit} jours, vos posts suivants touchent moins de monde, et votre réseau "
            "oublie ce que vous apportez.",
        ),
        fix=t(
            "Keep two or three short posts written in advance to publish when a busy or holiday month comes.",
            "Gardez deux ou trois posts courts rédigés d'avance, à publier quand arrive un mois chargé ou de vacances.",
        ),
        evidence=tuple(evidence),
        key=f"silence-from:{start}" if silence.before is not None else "silence:never-published",
    )
