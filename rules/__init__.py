"""The method's checklist as rules, one rule per module (installed as `auditor.rules`).

`RULE_MODULE_NAMES` is the explicit registry: a module that is not listed here does not run (a meta-test checks
that every module of this package is listed). `RULES` is in report order (by step, then code). See `auditor.rule`
for the contract a rule module fulfils.
"""

from __future__ import annotations

from importlib import import_module

from auditor.rule import Rule

RULE_MODULE_NAMES = (
    "cadence_active_weeks",
    "cadence_burst_posting",
    "cadence_comments_on_others",
    "cadence_falling_trend",
    "cadence_hashtags",
    "cadence_longest_silence",
    "cadence_post_length",
    "cadence_posts_per_week",
    "cadence_resources_shared",
    "career_current_description",
    "career_current_position",
    "career_description_length",
    "career_duty_openers",
    "career_future_dates",
    "career_gaps",
    "career_overlaps",
    "career_past_positions",
    "career_position_complete",
    "career_quantified",
    "career_stale_current",
    "give_balance",
    "give_endorsers_not_thanked",
    "give_recommendations_given",
    "give_unanswered_conversations",
    "goals_defined",
    "goals_horizon_past",
    "goals_keywords_in_posts",
    "goals_keywords_in_profile",
    "goals_keywords_in_skills",
    "goals_specific",
    "hygiene_basic_archive",
    "hygiene_export_age",
    "hygiene_parse_issues",
    "network_circle1_quiet",
    "network_circle1_size",
    "network_growth",
    "network_pending_invitations",
    "network_target_companies",
    "photo_age",
    "photo_exposure",
    "photo_face_framing",
    "photo_one_face",
    "photo_resolution",
    "photo_sharpness",
    "photo_square",
    "photo_uploaded",
    "profile_buzzwords",
    "profile_certifications",
    "profile_connections_minimum",
    "profile_education",
    "profile_headline_beyond_title",
    "profile_headline_length",
    "profile_headline_present",
    "profile_languages",
    "profile_location_industry",
    "profile_recommendations_received",
    "profile_skills_count",
    "profile_skills_limit",
    "profile_summary_first_person",
    "profile_summary_length",
    "profile_summary_present",
    "profile_website_contact",
    "routines_cadence_gap",
    "routines_defined",
    "text_headline_hygiene",
    "text_headline_keyword",
    "text_role_tense",
    "text_copied_descriptions",
    "text_about_call_to_action",
    "text_about_long_sentences",
    "text_about_results",
    "text_posts_language",
    "text_posts_length",
    "text_posts_on_expertise",
    "text_profile_spelling",
    "text_posts_tone",
)

RULE_MODULES = tuple(import_module(f"{__name__}.{name}") for name in RULE_MODULE_NAMES)
RULES: tuple[Rule, ...] = tuple(
    sorted((Rule.from_module(module) for module in RULE_MODULES), key=lambda rule: (rule.step, rule.code))
)
RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
