"""The shape of the words the generator uses, one `Lexicon` per language and one `Track` per career.

The words themselves live in data files (`auditor/sample/data/<lang>.toml`, `names.toml`), read by
`auditor.sample.words`: these classes are their schema, and a field's comment says what its entries hold.
Texts are templates for `str.format` (placeholders such as `{first}`, `{company}`, `{pct}`) and may hold
`[[masculine|feminine]]` alternatives, resolved by `gendered()` for the person the text is about: French needs
them for titles and adjectives, English for pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GENDER = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]|]*)\]\]")


def gendered(text: str, gender: str) -> str:
    """Resolve `[[m|f]]` alternatives for a person of `gender` ("f" or "m")."""
    if "[[" not in text:
        return text
    index = 2 if gender == "f" else 1
    return _GENDER.sub(lambda m: m.group(index), text)


@dataclass(frozen=True, slots=True)
class Names:
    """A pool of given names and surnames; a person's first and last name are drawn independently."""

    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SharedNames:
    """The names of every language's network (`names.toml`)."""

    international: Names  # mixed into every network, as real networks are
    compound_last: tuple[str, ...]  # two-word surnames, written with a space: they stress name splitting
    emoji: tuple[str, ...]  # decorations seen on real names in Invitations and Member_Follows...
    credentials: tuple[str, ...]  # ...and credentials after a comma ("Smith, PhD")


@dataclass(frozen=True, slots=True)
class PersonaWords:
    """How the sample configuration names a persona, and what its header says of it."""

    name: str
    about: str


@dataclass(frozen=True, slots=True)
class ConfigWords:
    """The words of the sample `linkedin-audit.toml` (`auditor.sample.goals.sample_config`)."""

    head: str  # the header comment: {name} {seed} {persona} {about}
    language: str  # the comment after `language = ...`
    step1: str
    goal: str  # the career-move goal: {role} {companies} {year}
    or_word: str  # joins the last target company to the others
    keywords: str
    targets: str
    visibility: str  # the visibility goal: {keyword}
    step3: str
    posts: str  # the routines' names...
    comments: str
    lunch: str
    lunch_activity: str  # ...and the activity of the one the export cannot show
    typical: PersonaWords
    model: PersonaWords


@dataclass(frozen=True, slots=True)
class Track:
    """One career path: titles, bullets, skills and what such a person writes about."""

    key: str
    industry: str
    ladder: tuple[str, ...]  # 7 titles, junior to senior
    duties: tuple[str, ...]  # description bullets without results
    results: tuple[str, ...]  # bullets with numbers: {pct} {n} {k} {team} {days}
    skills: tuple[str, ...]  # at least 40
    headlines: tuple[str, ...]  # {title} {company} {s1} {s2} {s3}
    summary: tuple[str, ...]  # paragraphs: {years} {s1} {s2} {company} {city}
    post_bodies: tuple[str, ...]
    hashtags: tuple[str, ...]
    article_titles: tuple[str, ...]
    article_sections: tuple[tuple[str, str], ...]  # (heading, an <h3>; paragraph)
    article_bullets: tuple[str, ...]
    certifications: tuple[tuple[str, str], ...]  # (name, authority)
    courses: tuple[str, ...]
    projects: tuple[tuple[str, str], ...]  # (title, description)
    publications: tuple[tuple[str, str, str], ...]  # (name, publisher, description)
    honors: tuple[tuple[str, str], ...]  # (title, description)
    learning: tuple[tuple[str, str], ...]  # (course title, description)
    searches: tuple[str, ...]
    peer_titles: tuple[str, ...]
    degrees: tuple[tuple[str, str], ...]  # (degree name, notes): a master-level one, then first degrees
    topics: tuple[str, ...]  # short noun phrases for {topic}
    # --- the goal the sample configuration gives this career (`auditor.sample.goals`) ---
    # Keywords of the goal: each one names one of the first skills (always listed, and in the About text).
    goal_keywords: tuple[str, ...]
    # Companies of the lexicon such a member would target, most fitting first.
    goal_companies: tuple[str, ...]
    # A target company outside the lexicon: no generated connection ever works there.
    unreached_company: str
    # Posts of the model member that carry the goal keywords (each keyword in at least one).
    goal_posts: tuple[str, ...]
    # Paragraphs that make the model member's goal posts developed posts, of the length said to reach furthest.
    developed_posts: tuple[str, ...]
    # A word of `summary` as written, and the misspelling the typical member types instead (TXT-009).
    summary_typo: tuple[str, str]
    # A result with a figure that the model member's About tells after its first sentence (TXT-011).
    summary_result: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything language-specific that is not tied to one career."""

    lang: str
    names: Names  # the local pool of the owner and most of their network
    home_cities: tuple[tuple[str, str], ...]  # (city, LinkedIn location string)
    other_cities: tuple[tuple[str, str], ...]
    country: str
    phone_prefix: str
    email_domains: tuple[str, ...]
    web_domain: str
    schools: tuple[str, ...]
    school_activities: tuple[str, ...]
    companies: tuple[str, ...]
    # (first, middle, last) parts of long-tail company names: "Granite" + "field" + " Partners"
    company_parts: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    generic_titles: tuple[str, ...]
    recruiter_titles: tuple[str, ...]
    recruiter_firms: tuple[str, ...]
    tracks: tuple[Track, ...]
    languages: tuple[tuple[str, str], ...]  # (language name, proficiency); the first one is native
    extra_languages: tuple[str, ...]
    # posts
    hooks: tuple[str, ...]
    network_bodies: tuple[str, ...]
    closers: tuple[str, ...]
    general_hashtags: tuple[str, ...]
    reshare_lines: tuple[str, ...]
    # messages
    greetings: tuple[str, ...]
    signoffs: tuple[str, ...]
    close_lines: tuple[str, ...]
    close_replies: tuple[str, ...]
    warm_lines: tuple[str, ...]
    cold_open: tuple[str, ...]
    cold_reply: tuple[str, ...]
    asks: tuple[str, ...]
    follow_ups: tuple[str, ...]
    pitches: tuple[str, ...]
    recruiter_subjects: tuple[str, ...]
    recruiter_bodies: tuple[str, ...]
    recruiter_replies: tuple[str, ...]
    sponsored: tuple[tuple[str, tuple[str, ...]], ...]  # (subject, HTML paragraphs)
    group_titles: tuple[str, ...]
    group_lines: tuple[str, ...]
    places: tuple[str, ...]
    days: tuple[str, ...]
    # engagement
    comments: tuple[str, ...]
    quoted_comments: tuple[str, ...]  # hold "double quotes": exercise the backslash-escaping quirk
    poll_options: tuple[str, ...]
    invitation_notes: tuple[str, ...]
    recommendations_received: tuple[str, ...]  # about the owner: {me} {company} {s1} {s2}
    recommendations_given: tuple[str, ...]  # about a connection: {first} {company}
    events: tuple[str, ...]  # {year} {city}
    learning: tuple[tuple[str, str], ...]
    searches: tuple[str, ...]
    job_seeker: tuple[str, ...]  # one row of Jobs/Job Seeker Preferences.csv, header order
    screening: tuple[tuple[str, str], ...]
    draft_titles: tuple[str, ...]
    # The model member's polite answers to sales pitches ({first}: the pitcher's first name).
    pitch_replies: tuple[str, ...]
    # Organisations that write to members (LinkedIn's products, a bank, an app store, a company page): (sender as
    # LinkedIn writes it, its URL or "", the message). The audit must not take them for people.
    organisations: tuple[tuple[str, str, str], ...]
    organisation_reply: str  # the owner's one answer to the first of them (a bank asking for a call)
    # The owner's replies to readers under their own posts ({first}: the reader): Comments.csv holds them with the
    # comments on other people's posts, and the auditor must tell them apart.
    own_post_replies: tuple[str, ...]
    # Posts of the typical member that complain (TXT-010); the model member writes none.
    complaint_posts: tuple[str, ...]
    # short phrases the generator fits into LinkedIn's own formats
    locale: str  # the member's interface locale (Ad_Targeting.csv)
    learn_more: str  # before the link that ends a Learning.csv description
    read_more: str  # before the link that ends an article
    article_part: str  # "(part 2)" after an article title used again
    learning_suffixes: tuple[str, ...]  # after a course title once every course of the lists has been used
    intern_title: str  # a connection's title written with a trailing tab (the generator adds the tab)
    comma_title: str  # a connection's title with a comma inside, which forces CSV quoting
    config: ConfigWords
