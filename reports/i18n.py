"""The words of the reports in French and English: one catalogue, used by every renderer."""

from __future__ import annotations

STEP_TITLES: dict[str, dict[str, str]] = {
    "step1": {"en": "Goals", "fr": "Objectifs"},
    "step2": {"en": "Three circles", "fr": "Les trois cercles"},
    "step3": {"en": "Routines", "fr": "Routines"},
    "step4": {"en": "Pitch & giving", "fr": "Pitch et don"},
    "step5": {"en": "LinkedIn profile", "fr": "Profil LinkedIn"},
}

WORDS: dict[str, dict[str, str]] = {
    "score": {"en": "Score", "fr": "Score"},
    "step": {"en": "Step", "fr": "Étape"},
    "exported_on": {"en": "exported on", "fr": "exportée le"},
    "as_of": {"en": "audited as of", "fr": "auditée au"},
    "archive_basic": {"en": "basic archive", "fr": "archive de base"},
    "archive_complete": {"en": "complete archive", "fr": "archive complète"},
    "archive_unknown": {"en": "archive of unknown kind", "fr": "archive de type inconnu"},
    "colon": {"en": ": ", "fr": " : "},
    "semicolon": {"en": "; ", "fr": " ; "},
    # Agreement: French with the rules that pass (0 and 1 singular); English with both numbers.
    "rules_pass": {"en": "{passed} of {counted} rules pass", "fr": "{passed} règles sur {counted} respectées"},
    "rules_pass_one": {"en": "{passed} of {counted} rule passes", "fr": "{passed} règle sur {counted} respectée"},
    "rules_pass_one_of": {"en": "{passed} of {counted} rules passes", "fr": "{passed} règle sur {counted} respectée"},
    "not_scored": {"en": "not judged: no rule had data", "fr": "non évalué : aucune règle n'avait de données"},
    "not_set_up_goals": {
        "en": "not set up: write your goals (linkedin-audit init)",
        "fr": "non configuré : écrivez vos objectifs (linkedin-audit init)",
    },
    "not_set_up_routines": {
        "en": "not set up: plan your routines (linkedin-audit init)",
        "fr": "non configuré : prévoyez vos routines (linkedin-audit init)",
    },
    "coverage": {"en": "{judged} of {scored} rules could judge", "fr": "{judged} règles sur {scored} ont pu juger"},
    "coverage_one": {"en": "{judged} of {scored} rules could judge", "fr": "{judged} règle sur {scored} a pu juger"},
    "provisional": {"en": "provisional", "fr": "provisoire"},
    "judged_short": {"en": "{judged} of {scored} judged", "fr": "{judged} sur {scored} jugées"},
    "provisional_note": {
        "en": "* provisional: judged by fewer than {share} of its rules; the others lack data (see below).",
        "fr": "* provisoire : évalué par moins de {share} de ses règles ; les autres manquent de données (voir plus "
        "bas).",
    },
    "old_archive": {
        "en": "The archive was made on {exported}, {days} days before this audit ({today}): your activity is "
        "measured up to {exported}; download a fresh copy for today's picture.",
        "fr": "L'archive date du {exported}, {days} jours avant cet audit ({today}) : votre activité est mesurée "
        "jusqu'au {exported} ; téléchargez-en une copie récente pour une image d'aujourd'hui.",
    },
    "not_applicable": {"en": "Nothing to judge", "fr": "Rien à juger"},
    "notes": {"en": "Notes", "fr": "Remarques"},
    "how_scored": {
        "en": "How scores are made: every rule that could judge scores 1 (no finding) or 0, weighted 3/2/1 by "
        "severity (error/warn/info); rules without data or with nothing to judge do not count; a step scores the "
        "weighted share of its rules that pass; the overall score is the weighted mean of the steps.",
        "fr": "Calcul des scores : chaque règle qui a pu juger vaut 1 (rien à signaler) ou 0, pondérée 3/2/1 selon "
        "sa gravité (erreur/avertissement/info) ; les règles sans données ou sans rien à juger ne comptent pas ; "
        "une étape vaut la part pondérée de ses règles respectées ; le score global est la moyenne pondérée des "
        "étapes.",
    },
    "top_findings": {"en": "Top findings", "fr": "Principaux constats"},
    "of": {"en": "of", "fr": "sur"},
    "more_in_json": {"en": "the full list is in --json", "fr": "la liste complète est dans --json"},
    "fix": {"en": "Fix", "fr": "À faire"},
    "similar": {"en": "more like this", "fr": "autres du même type"},
    "also": {"en": "Also", "fr": "Aussi"},
    "why": {"en": "Why", "fr": "Pourquoi"},
    "no_findings": {"en": "Nothing to fix: well done.", "fr": "Rien à corriger : bravo."},
    "skipped": {
        "en": "Not checked (data absent or unreadable, or not configured)",
        "fr": "Non vérifié (données absentes ou illisibles, ou non configuré)",
    },
    "crashed": {"en": "Rules that failed to run", "fr": "Règles qui n'ont pas pu s'exécuter"},
    "waived": {"en": "Waived", "fr": "Dérogations"},
    "expired": {"en": "Expired waivers (no longer applied)", "fr": "Dérogations expirées (plus appliquées)"},
    "info": {"en": "info", "fr": "info"},
    "warn": {"en": "warn", "fr": "attention"},
    "error": {"en": "error", "fr": "erreur"},
}


def word(key: str, language: str, **values: object) -> str:
    text = WORDS[key].get(language) or WORDS[key]["en"]
    return text.format(**values) if values else text


def step_title(step: str, language: str) -> str:
    return STEP_TITLES[step].get(language) or STEP_TITLES[step]["en"]
