"""Pitch drafts of 1, 3, 5 and 10 minutes (step 4), built only from facts of the export and the configuration.

The method asks three questions: what I do now, which projects interest me now, what I want to say about myself
now. Each sentence answers one of them from one fact (a position, a line of its description, the summary, a recent
post, a recommendation received, a goal) and keeps that fact's source, so the member can check every word. At
about 140 spoken words a minute, a draft takes facts by priority until its budget is met (±15 %); an export too
thin for a budget gives a shorter draft, marked short, rather than padding.

When the audit read the member's words (a text rule ran), the drafts start from that reading's pitch material
(`TextRead.pitch_material`): the sentences of the About and of the positions that tell a result with a figure, the
current positions' sentences told in the present, the topics of recent posts; each keeps the record it came from. The
other lines of the About and of the descriptions come after them. Without it (the text rules ignored), the lines are
taken as written, in their order: the planner never reads the texts itself, so a plan costs no language pipeline the
audit did not already load.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from auditor.analysis.textread import PitchItem, record_index
from auditor.config import Config
from auditor.i18n import Days, Message, Names, _
from auditor.model import Export, Position
from auditor.planner.model import Pitch, PitchDraft, PitchSentence, Question, Source

WORDS_PER_MINUTE = 140
DURATIONS = (1, 3, 5, 10)
TOLERANCE = 0.15
RECENT_POST_DAYS = 90
QUOTE_WORDS = 40  # a quote (recommendation, post) is cut at a sentence end before this many words
ORDER: dict[Question, int] = {"now": 0, "projects": 1, "self": 2}
CONFIG_FILE = "linkedin-audit.toml"
MAX_TOPICS = 3  # hashtags of recent posts named in one sentence

# A sentence ends at ".", "!" or "?" and a space; or, glued to the next one ("stock.Today"), before a capital that
# opens a word: LinkedIn's export drops the line breaks of a summary, and sentences written one a line come out so.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[^\W\d_][a-zà-ÿ0-9)][.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_BULLET = re.compile(r"^[\s•·*\-–—]+")


@dataclass(frozen=True, slots=True)
class _Candidate:
    priority: int
    sentence: PitchSentence


def words(text: str) -> int:
    return len(text.split())


def _sentences(text: str) -> list[str]:
    """Lines and sentences of a text, bullets stripped."""
    out = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        out += [part.strip() for part in _SENTENCE_END.split(line) if part.strip()]
    return out


def _quote(text: str) -> str:
    """The first sentences of `text`, up to QUOTE_WORDS words (at least one sentence)."""
    kept: list[str] = []
    for sentence in _sentences(text):
        if kept and words(" ".join([*kept, sentence])) > QUOTE_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept)


def _ended(position: Position) -> dt.date:
    """When a position ended (or began), for the most recent first; undated ones last."""
    day = position.finished_on or position.started_on
    return day.last_day() if day is not None else dt.date.min


def _norm(text: str) -> str:
    """A sentence as compared between the pitch material and the lines cut here: spacing, case and the final
    punctuation aside."""
    return " ".join(text.split()).rstrip(".!?…:; ").lower()


class _Material:
    """The pitch material of the audit's reading, by the text it came from, and what it already says."""

    def __init__(self, items: Sequence[PitchItem]) -> None:
        self.by_where: dict[str, list[PitchItem]] = {}
        for item in items:
            if item.kind != "topic":
                self.by_where.setdefault(item.where, []).append(item)
        self.topics = [item for item in items if item.kind == "topic"]
        self._said = [_norm(item.text) for item in items if item.kind != "topic"]

    def sentences(self, where: str) -> list[str]:
        return [item.text for item in self.by_where.get(where, ())]

    def says(self, line: str) -> bool:
        """Whether a line of the text is (in) a sentence of the material, or holds one (the export may glue two
        sentences that the reading cut apart)."""
        line = _norm(line)
        return bool(line) and any(line in said or said in line for said in self._said)


def _candidates(
    export: Export,
    config: Config,
    today: dt.date,
    items: Sequence[PitchItem] | None = None,
    complaining: Collection[int] = (),
) -> list[_Candidate]:
    out: list[_Candidate] = []
    material = _Material(items) if items is not None else None

    def add(priority: int, question: Question, text: Message, source: Source, fact: str) -> None:
        out.append(_Candidate(priority, PitchSentence(question, text, source, fact)))

    def lines(index: int, position: Position) -> tuple[list[str], list[str]]:
        """A position's description: the material's sentences (results, current projects), then its other lines;
        without material, its lines as written."""
        if material is None:
            return [], _sentences(position.description)
        rest = [line for line in _sentences(position.description) if not material.says(line)]
        return material.sentences(f"position:{index}"), rest

    positions = export.file_of("positions")
    indexed = list(enumerate(export.positions))
    current = [(i, p) for i, p in indexed if p.is_current and p.started_on is not None and p.company]
    past = [(i, p) for i, p in indexed if not p.is_current and p.company]
    past.sort(key=lambda item: _ended(item[1]), reverse=True)
    for n, (index, position) in enumerate(current):
        src = Source(positions, position.line or None)
        if position.title:
            add(
                0 + n,
                "now",
                _("I am {title} at {company}.", title=position.title, company=position.company),
                src,
                position.company,
            )
        chosen, rest = lines(index, position)
        for k, line in enumerate(chosen):
            add(10 + k, "now", _("At {company}: {fact}", company=position.company, fact=line), src, line)
        for k, line in enumerate(rest):
            # After the material's sentences and the About's results, when there is material.
            priority = (30 if material is not None else 10) + k
            add(priority, "now", _("At {company}: {fact}", company=position.company, fact=line), src, line)
    profile = export.profile
    if profile is not None and profile.headline:
        add(
            2,
            "now",
            _("In a few words: {fact}.", fact=profile.headline.rstrip(".")),
            Source(export.file_of("profile"), profile.line or None),
            profile.headline.rstrip("."),
        )
    if profile is not None and profile.summary:
        paragraphs = [p for p in re.split(r"\n\s*\n", profile.summary) if p.strip()]
        src = Source(export.file_of("profile"), profile.line or None)
        if material is not None:
            for k, item in enumerate(material.by_where.get("about", ())):
                # A result told in the present says what you do now ("Today I run S&OP for 14 countries").
                said: Question = "now" if item.tense == "present" else "self"
                add(12 + k, said, _("{fact}", fact=item.text), src, item.text)
        for n, paragraph in enumerate(paragraphs):
            question: Question = "now" if n == 0 else "self" if n == len(paragraphs) - 1 else "projects"
            for k, sentence in enumerate(_sentences(paragraph)):
                if material is None or not material.says(sentence):
                    add(20 + 5 * n + k, question, _("{fact}", fact=sentence), src, sentence)
    if material is not None and material.topics:
        topics = material.topics[:MAX_TOPICS]
        first = export.shares[record_index(topics[0].where)]
        add(
            17,
            "projects",
            _("Lately I write about {topics}.", topics=Names(tuple(t.text for t in topics))),
            Source(export.file_of("shares"), first.line or None),
            topics[0].text,
        )
    for index, goal in enumerate(config.goals):
        if goal.text:
            add(
                1 + index,
                "self",
                _("What I am aiming at: {fact}", fact=goal.text.rstrip(".") + "."),
                Source(CONFIG_FILE, key=f"goals[{index}].text"),
                goal.text.rstrip("."),
            )
        if goal.target_companies:
            add(
                5 + index,
                "self",
                _("I would like to meet people who work at {companies}.", companies=Names(goal.target_companies)),
                Source(CONFIG_FILE, key=f"goals[{index}].target_companies"),
                goal.target_companies[0],
            )
    recommendations = export.file_of("recommendations_received")
    for n, recommendation in enumerate(export.recommendations_received):
        quote = _quote(recommendation.text)
        if quote and recommendation.full_name:
            add(
                15 + n,
                "self",
                _("{name} wrote of me: “{fact}”", name=recommendation.full_name, fact=quote),
                Source(recommendations, recommendation.line or None),
                quote,
            )
    shares = export.file_of("shares")
    recent = [
        s
        for n, s in enumerate(export.shares)
        if s.shared_at
        and s.commentary.strip()
        and (today - s.shared_at.date()).days <= RECENT_POST_DAYS
        and n not in complaining
    ]
    recent.sort(key=lambda s: s.shared_at or dt.datetime.min, reverse=True)
    seen: set[str] = set()
    for n, share in enumerate(recent):
        quote = _quote(share.commentary)
        if quote and quote not in seen:
            seen.add(quote)
            add(
                18 + 2 * n,
                "projects",
                _("Lately I wrote: “{fact}”", fact=quote),
                Source(shares, share.line or None),
                quote,
            )
    for n, project in enumerate(export.projects):
        if project.title:
            detail = _quote(project.description)
            text = (
                _("A project of mine: {title}, {fact}.", title=project.title, fact=detail.rstrip("."))
                if detail
                else _("A project of mine: {title}.", title=project.title)
            )
            add(16 + n, "projects", text, Source(export.file_of("projects"), project.line or None), project.title)
    for n, article in enumerate(a for a in export.articles if a.published_at and a.title):
        add(
            19 + n,
            "projects",
            _("I published an article: “{fact}”.", fact=article.title),
            Source(article.file),
            article.title,
        )
    for n, (index, position) in enumerate(past):
        src = Source(positions, position.line or None)
        if position.title:
            add(
                40 + 10 * n,
                "self",
                _("Before that, I was {title} at {company}.", title=position.title, company=position.company),
                src,
                position.company,
            )
        chosen, rest = lines(index, position)
        for k, line in enumerate(chosen + rest):  # its results first
            add(41 + 10 * n + k, "self", _("At {company}: {fact}", company=position.company, fact=line), src, line)
    for n, certification in enumerate(export.certifications):
        if certification.name:
            add(
                80 + n,
                "self",
                _("I hold the {fact} certification.", fact=certification.name),
                Source(export.file_of("certifications"), certification.line or None),
                certification.name,
            )
    for n, honor in enumerate(export.honors):
        if honor.title:
            add(
                85 + n,
                "self",
                _("I received an award: {fact}.", fact=honor.title.rstrip(".")),
                Source(export.file_of("honors"), honor.line or None),
                honor.title.rstrip("."),
            )
    for n, school in enumerate(export.education):
        if school.school:
            text = (
                _("I studied at {fact} ({degree}).", fact=school.school, degree=school.degree)
                if school.degree
                else _("I studied at {fact}.", fact=school.school)
            )
            add(90 + n, "self", text, Source(export.file_of("education"), school.line or None), school.school)
    out.sort(key=lambda c: c.priority)
    return out


def _draft(minutes: int, candidates: list[_Candidate], lengths: list[int]) -> PitchDraft:
    budget = minutes * WORDS_PER_MINUTE
    high = budget * (1 + TOLERANCE)
    chosen: list[tuple[int, int]] = []  # (index in candidates, words)
    total = 0
    for index, (candidate, length) in enumerate(zip(candidates, lengths, strict=True)):
        del candidate
        if total >= budget:
            break
        if total + length <= high:
            chosen.append((index, length))
            total += length
    ordered = sorted(chosen, key=lambda c: (ORDER[candidates[c[0]].sentence.question], candidates[c[0]].priority))
    sentences = tuple(candidates[index].sentence for index, _length in ordered)
    return PitchDraft(minutes, budget, sentences, total, short=total < budget * (1 - TOLERANCE))


def build_pitch(
    export: Export,
    config: Config,
    today: dt.date,
    language: str,
    material: Sequence[PitchItem] | None = None,
    complaining: Collection[int] = (),
) -> Pitch:
    """The drafts, from the export and the configuration, and from the audit's pitch material when given (see the
    module's docstring). The posts at the indices `complaining` (of export.shares) sound negative or complaining
    (auditor.analysis.tone): a pitch does not quote them."""
    candidates = _candidates(export, config, today, material, complaining)
    lengths = [words(c.sentence.text.render(language)) for c in candidates]
    drafts = tuple(_draft(minutes, candidates, lengths) for minutes in DURATIONS)
    stale: list[Message] = []
    if export.has("positions") and not any(p.is_current for p in export.positions):
        stale.append(_("Positions.csv shows no current position: your pitch starts from a past one."))
    if export.has("shares"):
        last = max((s.shared_at.date() for s in export.shares if s.shared_at and s.commentary.strip()), default=None)
        if last is None or (today - last).days > RECENT_POST_DAYS:
            stale.append(
                _(
                    "No post of yours in the last {span}: nothing recent says what interests you now.",
                    span=Days(RECENT_POST_DAYS),
                )
            )
    return Pitch(drafts, tuple(stale))
