"""What a rule needs (its `NEEDS`), checked before it runs, and the one wording of what is missing.

The engine asks `unmet` before it runs a rule: a section the archive lacks or could not decode, a goal, a goal
keyword, a target company, a routine or a --photo file that is not there skips the rule with the reason made
here. One place, so that every rule missing the same input says the same thing, and no rule ever judges data
that was not read as if it were zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.config import Config
from auditor.i18n import Message, Names, _, n_
from auditor.model import BASIC_ARCHIVE_LEAVES_OUT, SECTION_FILES, SECTION_NAMES, Export
from auditor.rule import OUTSIDE_INPUTS, Need, PhotoReport


def alternatives(need: Need) -> tuple[str, ...]:
    """The inputs of one need: itself, or the several of which any one will do."""
    return (need,) if isinstance(need, str) else need


def section_reason(export: Export, sections: Sequence[str]) -> Message:
    """Why none of `sections` can be judged: which file could not be read, or which is not in the archive (and,
    for the basic archive, that the complete one has it)."""
    unreadable = [file for section in sections for file in export.unreadable.get(section, ())]
    if unreadable:
        return n_(
            "{files} is in the archive but could not be read (see HYG-002).",
            "{files} are in the archive but could not be read (see HYG-002).",
            len(unreadable),
            files=Names(tuple(unreadable)),
        )
    files = Names(tuple(SECTION_FILES[section] for section in sections), "or")
    if export.kind == "basic" and all(section in BASIC_ARCHIVE_LEAVES_OUT for section in sections):
        return _(
            "The archive has no {files}: it is the basic archive, which leaves it out; the complete archive "
            "(LinkedIn sends it about a day after the basic one) holds it.",
            files=files,
        )
    return _("The archive has no {files}.", files=files)


_OUTSIDE_REASONS: dict[str, Message] = {
    "goals": _("No goal in the configuration (`linkedin-audit init` writes one to fill in)."),
    "goal-keywords": _("No goal keyword in the configuration."),
    "target-companies": _("No goal names a target company."),
    "routines": _("No routine in the configuration (`linkedin-audit init` writes some to adjust)."),
    "photo": _("No photo file given: run the audit with --photo FILE to check the image itself."),
}


def outside_reason(need: str) -> Message:
    return _OUTSIDE_REASONS[need]


def has_outside(need: str, config: Config, photo: PhotoReport | None = None) -> bool:
    """Whether the outside input `need` (one of OUTSIDE_INPUTS) is there."""
    if need == "goals":
        return bool(config.goals)
    if need == "goal-keywords":
        return any(keyword.strip() for goal in config.goals for keyword in goal.keywords)
    if need == "target-companies":
        return any(company.strip() for goal in config.goals for company in goal.target_companies)
    if need == "routines":
        return bool(config.routines)
    return photo is not None  # "photo"


def unmet(needs: Sequence[Need], export: Export, config: Config, photo: PhotoReport | None) -> Message | None:
    """The reason for the first need that is not met, or None when the rule can run."""
    for need in needs:
        names = alternatives(need)
        if names[0] in OUTSIDE_INPUTS:
            if not has_outside(names[0], config, photo):
                return outside_reason(names[0])
        elif not any(export.has(section) for section in names):
            return section_reason(export, names)
    return None


def check_needs(needs: Sequence[Need]) -> list[str]:
    """What is wrong with a `NEEDS` declaration (unknown names, an outside input among alternatives)."""
    problems = []
    for need in needs:
        names = alternatives(need)
        for name in names:
            if name not in SECTION_NAMES and name not in OUTSIDE_INPUTS:
                problems.append(f"unknown input {name!r}")
            if name in OUTSIDE_INPUTS and len(names) > 1:
                problems.append(f"{name!r} cannot be one of several alternatives")
    return problems
