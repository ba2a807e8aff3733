"""`linkedin-audit.toml`: goals, routines, per-rule settings, waivers and score weights.

Validated once, at load: unknown keys, rules or options are errors that name the culprit (ConfigError, exit 2),
option values are checked against their declaration (`auditor.rule.Option`: the type of the default, finite, within
the bounds of the option or of its unit), and defaults are filled in so rules never code defensively. Rules may be
named by code (`PRO-001`) or by name (`profile.headline-present`).
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import AuditorError
from auditor.findings import SEVERITY_RANK, STEPS
from auditor.i18n import available_languages
from auditor.rule import Option, toml_value
from auditor.userfile import read_regular_file

CONFIG_FILE_NAME = "linkedin-audit.toml"

MAX_CONFIG_BYTES = 1024 * 1024
"""A configuration is a few kilobytes of goals and settings; a larger file is a mistake (or /dev/zero)."""

MAX_DEPTH = 32
"""The deepest nesting a configuration needs is four levels (rules.CODE.option = [...]): anything past this is
refused with one line, before it could exhaust the parser's recursion."""

MAX_ROUTINE_COUNT = 10_000
MAX_ROUTINE_MINUTES = 24 * 60
MAX_WEIGHT = 1000

GOAL_KINDS = ("career-move", "product-launch", "visibility", "other")
PERIODS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "quarter": 365.25 / 4, "semester": 365.25 / 2,
           "year": 365.25}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_ACTIONS_PER_WEEK = 100
DEFAULT_ACTIONS_PER_WEEK = 5
# Routine activities the export can measure, and the section each is read from; any other activity (lunch,
# conference...) is planned, not checked.
ACTIVITY_SECTIONS = {
    "posts": "shares",
    "articles": "articles",
    "comments": "comments",
    "reactions": "reactions",
    "messages": "messages",
    "conversations": "messages",
    "invitations": "invitations",
}
MEASURABLE_ACTIVITIES = tuple(ACTIVITY_SECTIONS)


class ConfigError(AuditorError):
    """The configuration file is invalid; the message names the culprit."""


@dataclass(frozen=True)
class Goal:
    kind: str = "other"
    text: str = ""
    keywords: tuple[str, ...] = ()
    target_companies: tuple[str, ...] = ()
    target_roles: tuple[str, ...] = ()
    target_people: tuple[str, ...] = ()
    horizon: dt.date | None = None

    @property
    def is_specific(self) -> bool:
        return bool(self.keywords or self.target_companies or self.target_roles or self.target_people)


@dataclass(frozen=True)
class Routine:
    name: str
    activity: str  # one of MEASURABLE_ACTIVITIES, or free text for what the export cannot show
    count: float
    per: str  # a key of PERIODS
    minutes: int = 30  # time blocked in the calendar for one occurrence
    day: str = "tuesday"  # preferred weekday (of WEEKDAYS) of the first occurrence in a period
    time: dt.time = dt.time(12, 30)  # preferred local start time
    timezone: str = ""  # the zone of `time`; "" = the planner's zone

    @property
    def measurable(self) -> bool:
        return self.activity in MEASURABLE_ACTIVITIES

    def per_week(self) -> float:
        return self.count * 7.0 / PERIODS[self.per]


@dataclass(frozen=True)
class RuleSettings:
    severity: str | None = None  # None: the rule's default
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Waiver:
    reason: str
    rule: str = ""  # a code or a name
    fingerprint: str = ""
    until: dt.date | None = None

    def expired(self, today: dt.date) -> bool:
        return self.until is not None and today > self.until


@dataclass(frozen=True)
class Pin:
    """A person put in a circle by hand, whatever the export's evidence (`[[circles.pin]]`)."""

    person: str  # a name or profile URL, as the export writes it
    circle: int  # 1 or 2
    where: str = ""  # the key that set it (`circles.pin[0]`), for the error when it names nobody


@dataclass(frozen=True)
class PlannerSettings:
    """`[planner]` and `[circles]`: what the plan (`linkedin-audit plan`) is built with."""

    timezone: str = "UTC"  # the member's zone (an IANA name): the calendar's events are written in it
    max_actions_per_week: int = DEFAULT_ACTIONS_PER_WEEK
    pins: tuple[Pin, ...] = ()
    exclude: tuple[str, ...] = ()  # names or profile URLs left out of the circles and the keep-in-touch list


@dataclass(frozen=True)
class Config:
    language: str | None = None
    goals: tuple[Goal, ...] = ()
    routines: tuple[Routine, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)  # by rule code
    waivers: tuple[Waiver, ...] = ()
    step_weights: Mapping[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 1.0))
    rule_weights: Mapping[str, float] = field(default_factory=dict)  # by rule code; default from severity
    # A score judged by fewer than this share of its rules (the others lacked data) is shown as provisional.
    min_coverage: float = 0.5
    planner: PlannerSettings = field(default_factory=PlannerSettings)
    source: str = ""

    @property
    def targets(self) -> tuple[str, ...]:
        """Every target company of every goal, de-duplicated in order."""
        return tuple(dict.fromkeys(c for goal in self.goals for c in goal.target_companies))


# --- Validation ---------------------------------------------------------------------------------------------


def _where(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(f"{where}: expected {what}, got {_shown(value)}")
    if not isinstance(value, kind):
        raise ConfigError(f"{where}: expected {what}, got {type(value).__name__} {_shown(value)}")
    return value


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _shown(value: Any) -> str:
    """A value as the message quotes it: short, whatever its size (a 4,000-digit integer stays one short line)."""
    if isinstance(value, int) and abs(value) >= 10**30:  # and str() refuses integers of over 4,300 digits
        return "a 30-digit number or larger"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _finite(value: float, where: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}: expected a finite number, got {_shown(value)}")


def _in_range(spec: Option, value: float, where: str) -> None:
    """A number within the bounds its declaration gives (its own, or its unit's: weeks 1..5,200, a share 0..1)."""
    _finite(value, where)
    low, high = spec.bounds
    if spec.whole_range and low is not None and high is not None:  # a real range: say it whole
        if not low <= value <= high:
            raise ConfigError(f"{where}: must be between {_number(low)} and {_number(high)}, got {_shown(value)}")
        return
    if low is not None and value < low:
        raise ConfigError(f"{where}: must be {_number(low)} or more, got {_shown(value)}")
    if high is not None and value > high:
        raise ConfigError(f"{where}: must be at most {_number(high)}, got {_shown(value)}")


_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _option_value(spec: Option, value: Any, where: str) -> Any:
    """The user's value for an option, checked against its declaration."""
    default = spec.default
    if isinstance(default, tuple):
        return _strings(value, where)
    expected: type | tuple[type, ...] = (int, float) if isinstance(default, float) else type(default)
    _expect(value, expected, where, f"{_KINDS.get(type(default), type(default).__name__)} like {toml_value(default)}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        _in_range(spec, value, where)
    return value


def _ordered(specs: Mapping[str, Option], options: Mapping[str, Any], where: str) -> None:
    """An option declared `at_most` another never above it (after the user's values replaced the defaults)."""
    for name, spec in specs.items():
        if spec.at_most is None:
            continue
        value, high = options[name], options[spec.at_most]
        if value > high:
            raise ConfigError(f"{where}: {name} ({_shown(value)}) is above {spec.at_most} ({_shown(high)})")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    _expect(value, list, where, "a list of strings")
    for item in value:
        _expect(item, str, where, "a list of strings")
    return tuple(item.strip() for item in value if item.strip())


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: expected a date like 2027-06-30, got {_shown(value)}")


def _no_unknown(table: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
    allowed = tuple(allowed)
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where or 'config'}: unknown key {_shown(key)} (expected one of: {', '.join(allowed)})")


def _goal(table: Any, where: str) -> Goal:
    _expect(table, dict, where, "a table")
    _no_unknown(table, ("kind", "text", "keywords", "target_companies", "target_roles", "target_people", "horizon"),
                where)  # fmt: skip
    kind = _expect(table.get("kind", "other"), str, _where(where, "kind"), "a string")
    if kind not in GOAL_KINDS:
        raise ConfigError(f"{_where(where, 'kind')}: {_shown(kind)} is not one of {', '.join(GOAL_KINDS)}")
    return Goal(
        kind=kind,
        text=_expect(table.get("text", ""), str, _where(where, "text"), "a string").strip(),
        keywords=_strings(table.get("keywords", []), _where(where, "keywords")),
        target_companies=_strings(table.get("target_companies", []), _where(where, "target_companies")),
        target_roles=_strings(table.get("target_roles", []), _where(where, "target_roles")),
        target_people=_strings(table.get("target_people", []), _where(where, "target_people")),
        horizon=_date(table["horizon"], _where(where, "horizon")) if "horizon" in table else None,
    )


def _routine(table: Any, where: str) -> Routine:
    _expect(table, dict, where, "a table")
    _no_unknown(table, ("name", "activity", "count", "per", "minutes", "day", "time", "timezone"), where)
    for key in ("activity", "count", "per"):
        if key not in table:
            raise ConfigError(f"{where}: missing {_shown(key)}")
    per = _expect(table["per"], str, _where(where, "per"), "a string")
    if per not in PERIODS:
        raise ConfigError(f"{_where(where, 'per')}: {_shown(per)} is not one of {', '.join(PERIODS)}")
    count = _expect(table["count"], (int, float), _where(where, "count"), "a number")
    _finite(count, _where(where, "count"))
    if not 0 < count <= MAX_ROUTINE_COUNT:
        raise ConfigError(f"{_where(where, 'count')}: must be more than 0 and at most {MAX_ROUTINE_COUNT:,}")
    activity = _expect(table["activity"], str, _where(where, "activity"), "a string").strip()
    minutes = _expect(table.get("minutes", 30), int, _where(where, "minutes"), "a whole number of minutes")
    if not 0 < minutes <= MAX_ROUTINE_MINUTES:
        raise ConfigError(f"{_where(where, 'minutes')}: must be more than 0 and at most {MAX_ROUTINE_MINUTES} (a day)")
    if count * minutes / PERIODS[per] > MAX_ROUTINE_MINUTES:
        # 10 lunches of 3 hours a day: no calendar holds it.
        raise ConfigError(f"{where}: {_number(count)} × {minutes} minutes per {per} is more than 24 hours a day")
    day = _expect(table.get("day", "tuesday"), str, _where(where, "day"), "a weekday").strip().lower()
    if day not in WEEKDAYS:
        raise ConfigError(f"{_where(where, 'day')}: {_shown(day)} is not one of {', '.join(WEEKDAYS)}")
    return Routine(
        name=_expect(table.get("name", activity), str, _where(where, "name"), "a string").strip() or activity,
        activity=activity,
        count=float(count),
        per=per,
        minutes=minutes,
        day=day,
        time=_time(table.get("time", "12:30"), _where(where, "time")),
        timezone=_timezone(table["timezone"], _where(where, "timezone")) if "timezone" in table else "",
    )


def _time(value: Any, where: str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        try:
            parsed = dt.time.fromisoformat(value.strip())
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed
    raise ConfigError(f'{where}: expected a time like "12:30", got {_shown(value)}')


def _timezone(value: Any, where: str) -> str:
    name = _expect(value, str, where, 'a time zone like "Europe/Paris"').strip()
    try:
        # ZoneInfo reads only the system's (or the tzdata package's) zone files: a name is never a path.
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f'{where}: {_shown(name)} is not a time zone (expected a name like "Europe/Paris")') from None
    return name


def _planner(data: Mapping[str, Any]) -> PlannerSettings:
    planner = _expect(data.get("planner", {}), dict, "planner", "a table")
    _no_unknown(planner, ("timezone", "max_actions_per_week"), "planner")
    timezone = _timezone(planner["timezone"], "planner.timezone") if "timezone" in planner else "UTC"
    most = _expect(planner.get("max_actions_per_week", DEFAULT_ACTIONS_PER_WEEK), int, "planner.max_actions_per_week",
                   "a whole number")  # fmt: skip
    if not 1 <= most <= MAX_ACTIONS_PER_WEEK:
        raise ConfigError(f"planner.max_actions_per_week: must be between 1 and {MAX_ACTIONS_PER_WEEK}, got {most}")
    circles = _expect(data.get("circles", {}), dict, "circles", "a table")
    _no_unknown(circles, ("pin", "exclude"), "circles")
    pins = []
    for n, table in enumerate(_expect(circles.get("pin", []), list, "circles.pin", "a list of [[circles.pin]] tables")):
        where = f"circles.pin[{n}]"
        _expect(table, dict, where, "a table")
        _no_unknown(table, ("person", "circle"), where)
        for key in ("person", "circle"):
            if key not in table:
                raise ConfigError(f"{where}: missing {_shown(key)}")
        person = _expect(table["person"], str, _where(where, "person"), "a name or a profile URL").strip()
        if not person:
            raise ConfigError(f"{_where(where, 'person')}: empty (a name or a profile URL)")
        circle = _expect(table["circle"], int, _where(where, "circle"), "1 or 2")
        if circle not in (1, 2):
            raise ConfigError(f"{_where(where, 'circle')}: must be 1 or 2, got {_shown(circle)} (circle 3 is made "
                              "of the goals' targets)")  # fmt: skip
        pins.append(Pin(person, circle, where))
    return PlannerSettings(
        timezone=timezone,
        max_actions_per_week=most,
        pins=tuple(pins),
        exclude=_strings(circles.get("exclude", []), "circles.exclude"),
    )


def _waiver(table: Any, where: str, known_rule: Any) -> Waiver:
    _expect(table, dict, where, "a table")
    _no_unknown(table, ("rule", "fingerprint", "reason", "until"), where)
    rule = _expect(table.get("rule", ""), str, _where(where, "rule"), "a string").strip()
    fingerprint = _expect(table.get("fingerprint", ""), str, _where(where, "fingerprint"), "a string").strip()
    if not rule and not fingerprint:
        raise ConfigError(f"{where}: a waiver needs 'rule' or 'fingerprint'")
    if rule:
        rule = known_rule(rule, _where(where, "rule"))
    reason = _expect(table.get("reason", ""), str, _where(where, "reason"), "a string").strip()
    if not reason:
        raise ConfigError(f"{where}: a waiver needs a 'reason' (it is shown in every report)")
    until = _date(table["until"], _where(where, "until")) if "until" in table else None
    return Waiver(reason=reason, rule=rule, fingerprint=fingerprint, until=until)


def _weight(value: Any, where: str) -> float:
    weight = _expect(value, (int, float), where, "a number")
    _finite(weight, where)
    if weight < 0:
        raise ConfigError(f"{where}: a weight must be 0 or more, got {_shown(value)}")
    if weight > MAX_WEIGHT:
        raise ConfigError(f"{where}: a weight must be at most {MAX_WEIGHT}, got {_shown(value)}")
    return float(weight)


def parse_config(data: Mapping[str, Any], rules: Iterable[Any], source: str = "") -> Config:
    """Validate a decoded TOML document against the registered rules (objects with code, name, options)."""
    by_code = {rule.code: rule for rule in rules}
    by_name = {rule.name: rule.code for rule in by_code.values()}

    def known_rule(identifier: str, where: str) -> str:
        if identifier in by_code:
            return identifier
        if identifier in by_name:
            return by_name[identifier]
        raise ConfigError(f"{where}: unknown rule {_shown(identifier)} (see 'linkedin-audit rules')")

    _no_unknown(data, ("language", "goals", "routines", "rules", "waivers", "scoring", "planner", "circles"), "")
    language = data.get("language")
    if language is not None and language not in available_languages():
        known = " or ".join(f"'{known}'" for known in available_languages())
        raise ConfigError(f"language: {_shown(language)} is not {known}")
    goals = tuple(_goal(g, f"goals[{n}]") for n, g in enumerate(_expect(data.get("goals", []), list, "goals", "a list "
                  "of [[goals]] tables")))  # fmt: skip
    routines = tuple(
        _routine(r, f"routines[{n}]")
        for n, r in enumerate(_expect(data.get("routines", []), list, "routines", "a list of [[routines]] tables"))
    )
    settings: dict[str, RuleSettings] = {}
    for identifier, table in _expect(data.get("rules", {}), dict, "rules", "a table").items():
        code = known_rule(identifier, f"rules.{identifier}")
        where = f"rules.{identifier}"
        _expect(table, dict, where, "a table")
        rule = by_code[code]
        options = dict(rule.options)
        severity = None
        for key, value in table.items():
            if key == "severity":
                if not isinstance(value, str) or value not in SEVERITY_RANK:
                    raise ConfigError(f"{where}.severity: {_shown(value)} is not one of off, info, warn, error")
                severity = value
            elif key in rule.option_specs:
                options[key] = _option_value(rule.option_specs[key], value, f"{where}.{key}")
            else:
                known = ", ".join(["severity", *rule.options]) or "severity"
                raise ConfigError(f"{where}: unknown option {_shown(key)} for {code} (known: {known})")
        _ordered(rule.option_specs, options, where)
        if code in settings:
            raise ConfigError(f"{where}: {code} is configured twice (by code and by name)")
        settings[code] = RuleSettings(severity=severity, options=options)
    waivers = tuple(
        _waiver(w, f"waivers[{n}]", known_rule)
        for n, w in enumerate(_expect(data.get("waivers", []), list, "waivers", "a list of [[waivers]] tables"))
    )
    scoring = _expect(data.get("scoring", {}), dict, "scoring", "a table")
    _no_unknown(scoring, ("steps", "rules", "min_coverage"), "scoring")
    step_weights: dict[str, float] = dict.fromkeys(STEPS, 1.0)
    for step, weight in _expect(scoring.get("steps", {}), dict, "scoring.steps", "a table").items():
        if step not in STEPS:
            raise ConfigError(f"scoring.steps: unknown step {_shown(step)} (expected step1 .. step5)")
        step_weights[step] = _weight(weight, f"scoring.steps.{step}")
    rule_weights = {
        known_rule(identifier, f"scoring.rules.{identifier}"): _weight(weight, f"scoring.rules.{identifier}")
        for identifier, weight in _expect(scoring.get("rules", {}), dict, "scoring.rules", "a table").items()
    }
    min_coverage = _weight(scoring.get("min_coverage", Config.min_coverage), "scoring.min_coverage")
    if min_coverage > 1:
        raise ConfigError(f"scoring.min_coverage: a share between 0 and 1, got {min_coverage!r}")
    return Config(
        language=language,
        goals=goals,
        routines=routines,
        rules=settings,
        waivers=waivers,
        step_weights=step_weights,
        rule_weights=rule_weights,
        min_coverage=min_coverage,
        planner=_planner(data),
        source=source,
    )


def _depth(data: Any) -> int:
    """How deeply tables and arrays nest in `data`, measured without recursion."""
    deepest, stack = 0, [(data, 0)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return deepest


def load_config(path: Path | None, rules: Iterable[Any], cwd: Path | None = None) -> Config:
    """Load `path`, or `linkedin-audit.toml` in the working directory when present, or the defaults."""
    if path is None:
        candidate = (cwd or Path.cwd()) / CONFIG_FILE_NAME
        if not candidate.is_file():
            return parse_config({}, rules)
        path = candidate
    raw = read_regular_file(path, MAX_CONFIG_BYTES, "configuration file", ConfigError)
    try:
        text = raw.decode("utf-8-sig")  # a BOM, as Notepad writes, is no part of the TOML
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    except RecursionError:
        raise ConfigError(f"{path}: tables or arrays nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as error:  # an integer of thousands of digits
        raise ConfigError(f"{path}: invalid TOML ({str(error)[:80]})") from None
    if _depth(data) > MAX_DEPTH:
        raise ConfigError(f"{path}: tables or arrays nested more than {MAX_DEPTH} levels deep")
    return parse_config(data, rules, source=str(path))
