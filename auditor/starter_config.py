"""The commented starter `linkedin-audit.toml` that `linkedin-audit init` writes, in French or English.

Both are valid configurations as written (a test loads them); the user edits the examples into their own. The
last part, every rule's options with their defaults, is written from the rules' declarations (`starter`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import Any

from auditor.i18n import _, translate
from auditor.rule import Option, toml_value

WIDTH = 118

STARTER_EN = """\
# linkedin-audit configuration. Every section is optional; remove what you do not need.
# The audit reads this file from the working directory, or from --config FILE.

language = "en"          # "en" or "fr": the language of reports (default: the language of your profile)

# Step 1: why you network. One [[goals]] table per goal.
[[goals]]
kind = "career-move"     # career-move, product-launch, visibility or other
text = "Become head of supply chain in a consumer-goods company by mid-2027"
keywords = ["supply chain", "S&OP"]              # words your profile and posts should carry
target_companies = ["Example Foods", "Example Pharma"]
target_roles = ["Head of Supply Chain"]
target_people = []
horizon = 2027-06-30

# Step 3: routines. activity = posts, articles, comments, reactions, messages, conversations or invitations
# can be checked against your export; anything else (lunch, conference...) is planned in your calendar only.
# per = day, week, month, quarter, semester or year; minutes = time blocked in the calendar.
[[routines]]
name = "Share a post"
activity = "posts"
count = 2
per = "week"
minutes = 30

[[routines]]
name = "Networking lunch"
activity = "lunch"
count = 2
per = "month"
minutes = 90
day = "thursday"       # the plan's calendar (linkedin-audit plan --ics): preferred weekday and local time
time = "12:30"

# The plan (linkedin-audit plan): your time zone, and how many keep-in-touch actions a week at most.
# [planner]
# timezone = "Europe/Paris"
# max_actions_per_week = 5
# Circles: put someone in circle 1 or 2 whatever the export shows, or leave people out of the plan.
# [circles]
# exclude = ["A Name"]
# [[circles.pin]]
# person = "Another Name"      # a name or a profile URL, as in Connections.csv
# circle = 1

# Waivers: deliberate choices, shown in every report, until a date.
# [[waivers]]
# rule = "PHO-001"
# reason = "No photo by choice"
# until = 2027-01-01

# Score weights (defaults: every step weighs 1; rules weigh 3/2/1 by severity error/warn/info).
# [scoring.steps]
# step5 = 2

# Per-rule settings, by code or name: severity = "off", "info", "warn" or "error", plus the rule's options, listed
# below with their defaults. Uncomment a rule's table and the lines you change (`linkedin-audit explain CODE` says
# more about each rule).
"""

STARTER_FR = """\
# Configuration de linkedin-audit. Chaque section est facultative : supprimez ce dont vous n'avez pas besoin.
# L'audit lit ce fichier dans le dossier courant, ou celui donné par --config FICHIER.

language = "fr"          # "fr" ou "en" : la langue des rapports (par défaut : celle de votre profil)

# Étape 1 : pourquoi vous développez votre réseau. Une table [[goals]] par objectif.
[[goals]]
kind = "career-move"     # career-move (évolution de carrière), product-launch (lancement), visibility, other
text = "Devenir responsable supply chain dans l'agroalimentaire d'ici mi-2027"
keywords = ["supply chain", "S&OP"]              # les mots que votre profil et vos posts doivent porter
target_companies = ["Exemple Alimentaire", "Exemple Pharma"]
target_roles = ["Directrice supply chain"]
target_people = []
horizon = 2027-06-30

# Étape 3 : vos routines. activity = posts, articles, comments, reactions, messages, conversations ou
# invitations se vérifient dans votre export ; toute autre activité (déjeuner, salon...) est seulement planifiée
# dans votre agenda. per = day, week, month, quarter, semester ou year ; minutes = temps bloqué dans l'agenda.
[[routines]]
name = "Publier un post"
activity = "posts"
count = 2
per = "week"
minutes = 30

[[routines]]
name = "Déjeuner réseau"
activity = "déjeuner"
count = 2
per = "month"
minutes = 90
day = "thursday"       # l'agenda du plan (linkedin-audit plan --ics) : jour préféré et heure locale
time = "12:30"

# Le plan (linkedin-audit plan) : votre fuseau horaire, et au plus combien d'actions par semaine pour garder le
# contact.
# [planner]
# timezone = "Europe/Paris"
# max_actions_per_week = 5
# Cercles : placer quelqu'un dans le cercle 1 ou 2 quoi que montre l'export, ou écarter des personnes du plan.
# [circles]
# exclude = ["Un Nom"]
# [[circles.pin]]
# person = "Un Autre Nom"      # un nom ou l'URL d'un profil, comme dans Connections.csv
# circle = 1

# Dérogations : des choix assumés, rappelés dans chaque rapport, jusqu'à une date.
# [[waivers]]
# rule = "PHO-001"
# reason = "Pas de photo, par choix"
# until = 2027-01-01

# Poids des scores (par défaut : chaque étape pèse 1 ; les règles pèsent 3/2/1 selon erreur/attention/info).
# [scoring.steps]
# step5 = 2

# Réglages par règle, par code ou par nom : severity = "off", "info", "warn" ou "error", et les options de la
# règle, listées ci-dessous avec leur valeur par défaut (décrites en anglais). Décommentez la table de la règle et
# les lignes que vous changez (`linkedin-audit explain CODE` en dit plus sur chaque règle).
"""

STARTERS = {"en": STARTER_EN, "fr": STARTER_FR}


def _option_lines(name: str, spec: Option, language: str) -> list[str]:
    """One option, commented out: its default as TOML, then what it is, as comments."""
    description = translate(spec.description, language)
    said = _("{name} ({kind}): {description}", name=name, kind=spec.kind(language), description=description)
    notes = textwrap.wrap(said.render(language), WIDTH - 4)
    lines = [f"# # {note}" for note in notes]
    if isinstance(spec.default, tuple):
        rows: list[str] = []  # whole items per row: a TOML string cannot be cut across lines
        for item in (toml_value(item) + "," for item in spec.default):
            if rows and len(rows[-1]) + 1 + len(item) <= WIDTH - 6:
                rows[-1] += " " + item
            else:
                rows.append(item)
        return [*lines, f"# {name} = [", *(f"#     {row}" for row in rows), "# ]"]
    return [*lines, f"# {name} = {toml_value(spec.default)}"]


def options_block(rules: Iterable[Any], language: str = "en") -> str:
    """Every rule that has options, as a commented-out table with its options at their defaults."""
    out: list[str] = []
    for rule in rules:
        if not rule.option_specs:
            continue
        out += ["#", f"# [rules.{rule.code}]  # {rule.name}"]
        for name, spec in rule.option_specs.items():
            out += _option_lines(name, spec, language)
    return "\n".join(out) + "\n"


def starter(lang: str, rules: Iterable[Any]) -> str:
    """The starter configuration in `lang`, with the options of `rules`."""
    return STARTERS[lang] + options_block(rules, lang)
