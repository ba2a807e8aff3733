"""Configuration: strict validation that names the culprit, defaults filled in, starters valid."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from auditor.config import ConfigError, load_config, parse_config
from auditor.rule import Option, Rule
from auditor.rules import RULES
from auditor.starter_config import STARTERS, starter


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_starter_configs_are_valid(lang: str) -> None:
    assert starter(lang, RULES).startswith(STARTERS[lang])
    config = parse_config(tomllib.loads(starter(lang, RULES)), RULES)
    assert config.language == lang
    assert config.goals[0].kind == "career-move" and config.goals[0].horizon == dt.date(2027, 6, 30)
    assert config.goals[0].is_specific
    assert [r.measurable for r in config.routines] == [True, False]
    assert config.routines[0].per_week() == 2


def test_defaults_without_file(tmp_path: Path) -> None:
    config = load_config(None, RULES, cwd=tmp_path)
    assert config.goals == () and config.rules == {} and config.source == ""


def test_file_in_working_directory_is_found(tmp_path: Path) -> None:
    (tmp_path / "linkedin-audit.toml").write_text('language = "fr"\n')
    assert load_config(None, RULES, cwd=tmp_path).language == "fr"


def test_rule_settings_by_code_or_name() -> None:
    rule = RULES[0]
    by_code = parse_config({"rules": {rule.code: {"severity": "error"}}}, RULES)
    by_name = parse_config({"rules": {rule.name: {"severity": "off"}}}, RULES)
    assert by_code.rules[rule.code].severity == "error"
    assert by_name.rules[rule.code].severity == "off"


def test_options_are_typed_and_defaulted() -> None:
    rule = next((r for r in RULES if r.options), None)
    if rule is None:
        pytest.skip("no rule with options registered")
    option, default = next(iter(rule.options.items()))
    config = parse_config({"rules": {rule.code: {}}}, RULES)
    assert config.rules[rule.code].options[option] == default
    with pytest.raises(ConfigError, match=f"rules.{rule.code}.{option}"):
        parse_config({"rules": {rule.code: {option: {"a": "table"}}}}, RULES)


@pytest.mark.parametrize(
    ("data", "culprit"),
    [
        ({"colour": "blue"}, "unknown key 'colour'"),
        ({"language": "de"}, "language: 'de'"),
        ({"rules": {"XYZ-999": {}}}, "unknown rule 'XYZ-999'"),
        ({"rules": {"PRO-001": {"sevrity": "off"}}}, "unknown option 'sevrity' for PRO-001"),
        ({"rules": {"PRO-001": {"severity": "fatal"}}}, "rules.PRO-001.severity"),
        ({"goals": [{"kind": "world-domination"}]}, "goals[0].kind"),
        ({"goals": [{"keywords": "a", "horizon": "soon"}]}, "goals[0].horizon"),
        ({"goals": [{"targets": []}]}, "goals[0]: unknown key 'targets'"),
        ({"routines": [{"activity": "posts", "count": 2}]}, "routines[0]: missing 'per'"),
        ({"routines": [{"activity": "posts", "count": 0, "per": "week"}]}, "routines[0].count"),
        ({"routines": [{"activity": "posts", "count": 1, "per": "fortnight"}]}, "routines[0].per"),
        ({"waivers": [{"rule": "PRO-001"}]}, "waivers[0]: a waiver needs a 'reason'"),
        ({"waivers": [{"reason": "x"}]}, "waivers[0]: a waiver needs 'rule' or 'fingerprint'"),
        ({"waivers": [{"rule": "NOPE", "reason": "x"}]}, "waivers[0].rule: unknown rule 'NOPE'"),
        ({"scoring": {"steps": {"step9": 1}}}, "scoring.steps: unknown step 'step9'"),
        ({"scoring": {"rules": {"PRO-001": "heavy"}}}, "scoring.rules.PRO-001"),
        ({"scoring": {"rules": {"PRO-001": -1}}}, "scoring.rules.PRO-001: a weight must be 0 or more"),
        ({"scoring": {"steps": {"step1": -0.5}}}, "scoring.steps.step1: a weight must be 0 or more"),
        ({"rules": {"CAD-001": {"weeks": 0}}}, "rules.CAD-001.weeks: must be 1 or more"),
        ({"rules": {"CAD-003": {"window_weeks": 0}}}, "rules.CAD-003.window_weeks: must be 1 or more"),
        ({"rules": {"NET-003": {"quiet_days": -5}}}, "rules.NET-003.quiet_days: must be 0 or more"),
        ({"rules": {"CAD-002": {"min_share": 1.5}}}, "rules.CAD-002.min_share: must be between 0 and 1"),
        ({"rules": {"CAD-002": {"min_share": float("nan")}}}, "rules.CAD-002.min_share: expected a finite number"),
        ({"rules": {"GIV-004": {"max_unanswered": 3.0}}}, "rules.GIV-004.max_unanswered: must be between 0 and 1"),
        ({"rules": {"PHO-006": {"max_clipped": 7.0}}}, "rules.PHO-006.max_clipped: must be between 0 and 1"),
        ({"rules": {"PHO-008": {"min_face_share": 0.9}}}, "min_face_share (0.9) is above max_face_share (0.75)"),
        ({"scoring": {"steps": {"step2": float("inf")}}}, "scoring.steps.step2: expected a finite number"),
        ({"routines": [{"activity": "posts", "count": 1, "per": "week", "minutes": 0}]}, "routines[0].minutes"),
    ],
)
def test_invalid_configs_name_the_culprit(data: dict, culprit: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, RULES)
    assert culprit in str(caught.value)


def test_broken_toml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("goals = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path, RULES)
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "absent.toml", RULES)


def test_waivers_expire() -> None:
    config = parse_config(
        {"waivers": [{"rule": "PRO-001", "reason": "by choice", "until": dt.date(2026, 1, 1)}]}, RULES
    )
    (waiver,) = config.waivers
    assert waiver.expired(dt.date(2026, 1, 2)) and not waiver.expired(dt.date(2026, 1, 1))


def test_severity_of_the_wrong_type_names_the_setting() -> None:
    with pytest.raises(ConfigError, match=r"rules\.PRO-001\.severity"):
        parse_config({"rules": {"PRO-001": {"severity": ["warn"]}}}, RULES)


# --- Hostile configurations: numbers at the edges, odd files --------------------------------------------------


def _routine(**changes: object) -> dict:
    return {"routines": [{"activity": "posts", "count": 2, "per": "week", **changes}]}


@pytest.mark.parametrize(
    ("data", "culprit"),
    [
        (_routine(count=float("inf")), "routines[0].count: expected a finite number, got inf"),
        (_routine(count=float("nan")), "routines[0].count: expected a finite number, got nan"),
        (_routine(count=2**63 - 1), "routines[0].count: must be more than 0 and at most 10,000"),
        (_routine(count=1e9), "routines[0].count: must be more than 0 and at most 10,000"),
        (_routine(minutes=10**9), "routines[0].minutes: must be more than 0 and at most 1440"),
        ({"rules": {"CAD-001": {"weeks": 2**63 - 1}}}, "rules.CAD-001.weeks: must be at most 5,200"),
        ({"rules": {"CAD-003": {"window_weeks": 5201}}}, "rules.CAD-003.window_weeks: must be at most 5,200"),
        (
            {"rules": {"NET-003": {"quiet_days": 10**5000}}},
            "rules.NET-003.quiet_days: must be at most 36,525, got a 30",
        ),
        ({"rules": {"CAR-005": {"min_gap_months": 10**6}}}, "rules.CAR-005.min_gap_months: must be at most 1,200"),
        ({"rules": {"PHO-002": {"max_age_years": 101}}}, "rules.PHO-002.max_age_years: must be at most 100"),
        ({"rules": {"CAD-009": {"min_hours": float("inf")}}}, "rules.CAD-009.min_hours: expected a finite number"),
        ({"rules": {"CAD-001": {"default_per_week": 1e300}}}, "rules.CAD-001.default_per_week: must be at most"),
        ({"rules": {"PRO-015": {"min_connections": 2**63}}}, "rules.PRO-015.min_connections: must be at most"),
        ({"scoring": {"steps": {"step1": 1e308}}}, "scoring.steps.step1: a weight must be at most 1000"),
        ({"scoring": {"rules": {"PRO-001": 10**400}}}, "scoring.rules.PRO-001: a weight must be at most 1000"),
    ],
)
def test_numbers_must_be_finite_and_bounded(data: dict, culprit: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, RULES)
    assert culprit in str(caught.value)
    assert len(str(caught.value)) < 200


def test_every_default_lies_within_its_bounds() -> None:
    from auditor.config import _in_range

    for rule in RULES:
        for option, spec in rule.option_specs.items():
            if isinstance(spec.default, (int, float)) and not isinstance(spec.default, bool):
                _in_range(spec, spec.default, f"{rule.code}.{option}")


def _rule_with(**options: Option) -> Rule:
    """A registered-looking rule whose only purpose is to carry these option declarations."""
    return dataclasses.replace(
        RULES[0], code="TST-001", name="test.options", option_specs=options,
        options={name: spec.default for name, spec in options.items()},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("spec", "value", "culprit"),
    [
        # The unit decides, never the name: "weeks" counted in days may be 0, "size" as a share may not pass 1.
        (Option(13, "a window", unit="days"), 0, None),
        (Option(0.5, "a part", unit="share"), 1.5, "rules.TST-001.weeks: must be between 0 and 1, got 1.5"),
        (Option(13, "a window", unit="weeks"), 0, "rules.TST-001.weeks: must be 1 or more, got 0"),
        (Option(13, "a window", unit="weeks"), 5201, "rules.TST-001.weeks: must be at most 5,200, got 5201"),
        (Option(3, "a few", unit="count", low=1, high=9), 10, "rules.TST-001.weeks: must be between 1 and 9, got 10"),
        (Option(3, "a few", unit="count"), 2.5, "rules.TST-001.weeks: expected a whole number like 3, got float 2.5"),
        (Option(1.5, "a rate", unit="per-week"), 2, None),
        (Option(1.5, "a rate", unit="per-week"), True, "rules.TST-001.weeks: expected a number like 1.5, got True"),
        (Option(("a",), "words", unit="phrases"), [1], "rules.TST-001.weeks: expected a list of strings"),
    ],
)
def test_options_are_checked_against_their_declaration(spec: Option, value: object, culprit: str | None) -> None:
    rules = [*RULES, _rule_with(weeks=spec)]
    if culprit is None:
        assert parse_config({"rules": {"TST-001": {"weeks": value}}}, rules).rules["TST-001"].options["weeks"] == value
        return
    with pytest.raises(ConfigError) as caught:
        parse_config({"rules": {"TST-001": {"weeks": value}}}, rules)
    assert culprit in str(caught.value)


def test_an_option_declared_at_most_another_stays_below_it() -> None:
    rules = [*RULES, _rule_with(min_x=Option(2, "low", unit="count", at_most="max_x"), max_x=Option(5, "high",
             unit="count"), min_y=Option(9, "not tied to anything", unit="count"))]  # fmt: skip
    assert parse_config({"rules": {"TST-001": {"min_x": 5}}}, rules).rules["TST-001"].options["min_x"] == 5
    with pytest.raises(ConfigError, match=r"rules.TST-001: min_x \(6\) is above max_x \(5\)"):
        parse_config({"rules": {"TST-001": {"min_x": 6}}}, rules)
    with pytest.raises(ConfigError, match=r"min_x \(2\) is above max_x \(1\)"):
        parse_config({"rules": {"TST-001": {"max_x": 1}}}, rules)


def test_an_unknown_unit_is_refused_at_declaration() -> None:
    with pytest.raises(TypeError, match="unknown unit 'fortnights'"):
        Option(2, "a window", unit="fortnights")  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_starter_lists_every_option_at_its_default(lang: str) -> None:
    """Uncommented, the starter's per-rule block is a valid configuration that changes nothing."""
    from auditor.i18n import translate
    from auditor.starter_config import options_block, starter

    text = starter(lang, RULES)
    assert text.endswith(options_block(RULES, lang))
    uncommented = "\n".join(line[2:] for line in options_block(RULES).splitlines() if line.startswith("# ") and
                            not line.startswith("# # "))  # fmt: skip
    config = parse_config(tomllib.loads(uncommented), RULES)
    with_options = [rule for rule in RULES if rule.options]
    assert sorted(config.rules) == sorted(rule.code for rule in with_options)
    for rule in with_options:
        assert config.rules[rule.code].options == rule.options
        for option, spec in rule.option_specs.items():
            described = translate(spec.description, lang)
            assert described[:40].split()[0] in text, f"{rule.code}.{option}"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'language = "fr"\n')
    assert load_config(path, RULES).language == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 100_000,
        "a = " + "{b = " * 100_000,
        "a = " + "[" * 40 + "]" * 40,
        "[" + ".".join(["t"] * 50) + "]",
    ],
)
def test_deep_nesting_is_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match="nested more than 32 levels deep"):
        load_config(path, RULES)


def test_odd_content_is_one_line(tmp_path: Path) -> None:
    digits = tmp_path / "digits.toml"
    digits.write_text("language = " + "9" * 5000 + "\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(digits, RULES)
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('[[goals]]\ntext = "Décrocher"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load_config(latin1, RULES)


def test_only_regular_files_of_reasonable_size_are_read(tmp_path: Path) -> None:
    import os

    with pytest.raises(ConfigError, match="a folder, not a configuration file"):
        load_config(tmp_path, RULES)
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)  # reading it would block for ever
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(fifo, RULES)
    if Path("/dev/zero").exists():  # reading it would never end
        with pytest.raises(ConfigError, match="not a regular file"):
            load_config(Path("/dev/zero"), RULES)
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * (1024 * 1024) + "\n")
    with pytest.raises(ConfigError, match="too large for a configuration file"):
        load_config(big, RULES)
