"""The About ends with an invitation: a call to action or a way to reach you.

What:
    Reads the last `last_sentences` sentences of the summary (LinkedIn's "About" section) in Profile.csv with the
    pipeline of its language and looks, on their lemmas, for an invitation: "write to me", "reach out", "get in
    touch", "let's talk", "feel free to", « écrivez-moi », « contactez-moi », « n'hésitez pas », « parlons-en »,
    « échangeons »; or for a way to reach you: an e-mail address, a link, a phone number. Lemmas let « écrivez »,
    « m'écrire » and « écrivons » match one entry. A negated phrase invites no one ("I never reach out to
    recruiters"). Fails when there is none.

Why:
    The About is read by the people your goals need; ending it with what they can do next turns a reader into a
    contact. Coaches advise writing it in the first person and making its purpose clear
    [postulit-about-section] (unverified); the method's step 4 asks you to say which projects interest you, and
    step 5 to care for a profile that speaks for your network.

Passes:
    "... If that is you, or if you simply want to compare notes on S&OP, write to me."
    « ... Vous préparez un projet d'automatisation ? Écrivez-moi : claire@exemple.fr »

Fails:
    An About that ends on "I have 12 years of experience in supply chain."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.analysis.text import shorten
from auditor.analysis.textread import TextFeatures
from auditor.findings import Evidence, Finding
from auditor.i18n import _
from auditor.model import Export
from auditor.rule import Context, Need, Option
from auditor.rulekit import require_about, require_profile

CODE = "TXT-004"
NAME = "text.about-call-to-action"
STEP = "step5"
SEVERITY = "info"
OPTIONS: dict[str, Option] = {
    "last_sentences": Option(2, "how many sentences at the end of the About are read.", unit="count", low=1),
}
NEEDS: tuple[Need, ...] = ("profile",)

# Sequences of lemmas (lower case) that invite the reader, in any order of the sentence's words.
INVITATIONS = {
    "en": (
        ("write", "to", "me"), ("write", "me"), ("contact", "me"), ("reach", "out"), ("get", "in", "touch"),
        ("message", "me"), ("email", "me"), ("e-mail", "me"), ("call", "me"), ("drop", "me"), ("send", "me"),
        ("let", "'s"), ("feel", "free"), ("do", "n't", "hesitate"), ("do", "not", "hesitate"), ("dm", "me"),
        ("connect", "with", "me"), ("talk", "to", "me"), ("happy", "to", "chat"), ("happy", "to", "talk"),
        ("happy", "to", "connect"),
        ("happy", "to"), ("glad", "to"), ("swap", "note"), ("compare", "note"), ("love", "to", "hear"),
        ("book", "a"), ("say", "hello"), ("ping", "me"),
        ("invite", "me"), ("get", "in", "contact"),
    ),
    "fr": (
        ("écrire", "moi"), ("me", "écrire"), ("contacter", "moi"), ("me", "contacter"), ("hésiter",),
        ("parler", "en"), ("échanger",), ("discuter",), ("joindre", "moi"), ("me", "joindre"), ("appeler", "moi"),
        ("m'", "écrire"), ("m'", "appeler"), ("envoyer", "moi"), ("me", "envoyer"), ("rencontrer",),
        ("prendre", "contact"), ("prendre", "rendez-vous"), ("contacter",), ("écrire",),
    ),
}  # fmt: skip
# Verbs that invite only when said to the reader (« écrivez », « parlons »), not in a story (« j'ai écrit »).
_TO_READER_FR = re.compile(r"(?:ez|ons|-moi|-nous|-en)$")
_LETS = re.compile(r"\blet['’]?s\b", re.IGNORECASE)  # "let's talk" (the lemma table reads "'s" as "have")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.\w+|https?://|www\.|\+?\d[\d .]{8,}\d", re.IGNORECASE)


_NEGATIONS = frozenset(("not", "n't", "never", "ne", "n'", "jamais"))


def _has(lemmas: tuple[str, ...], phrase: tuple[str, ...]) -> int:
    """Where `phrase` occurs as consecutive lemmas (-1 if not)."""
    size = len(phrase)
    return next((n for n in range(len(lemmas) - size + 1) if lemmas[n : n + size] == phrase), -1)


# The stems of the listed verbs as the imperative writes them (« écrivez », « joignez », « parlons »).
_STEMS_FR = ("écriv", "contact", "appel", "joign", "parl", "échang", "discut", "rencontr", "hésit", "envoy")


def _said_to_reader(form: str) -> bool:
    """« Échangeons », « écrivez-moi »: a listed verb in the imperative (read from its ending: the small French model
    may not lemmatise a form it rarely saw)."""
    return bool(_TO_READER_FR.search(form)) and form.startswith(_STEMS_FR)


def invites(features: TextFeatures, last: int = 2) -> bool:
    """True when one of the last `last` sentences invites the reader or gives a way to reach the member."""
    phrases = INVITATIONS.get(features.language, INVITATIONS["en"])
    for sentence in features.sentences[-last:]:
        if _CONTACT.search(sentence.text) or _LETS.search(sentence.text):
            return True
        lemmas = sentence.lemmas
        if features.language == "fr" and any(_said_to_reader(word.text.lower()) for word in sentence.words):
            return True
        for phrase in phrases:
            at = _has(lemmas, phrase)
            if at < 0 or _NEGATIONS.intersection(lemmas[max(0, at - 2) : at]):
                continue  # "I never reach out to recruiters" tells a habit, « je ne vous contacterai pas »...
            if features.language != "fr" or (len(phrase) > 1 and phrase[0] in ("me", "m'")):
                return True
            # A French verb alone invites when it is said to the reader (« échangeons », « écrivez-moi »,
            # « n'hésitez pas »), or with its object pronoun.
            verb = sentence.words[at].text.lower()
            following = sentence.words[at + 1].text.lower() if at + 1 < len(sentence.words) else ""
            if _TO_READER_FR.search(verb) or following.startswith("-"):
                return True
            if [w.text.lower() for w in sentence.words[at + 1 : at + 3]] == ["avec", "vous"]:
                return True  # « Je serais ravie d'échanger avec vous »
    return False


def check(export: Export, ctx: Context) -> Iterator[Finding]:
    profile = require_profile(export, ctx)
    features = require_about(export, ctx)
    if invites(features, ctx.options["last_sentences"]):
        return
    last = features.sentences[-1].text
    yield Finding(
        what=_("Your About ends without inviting the reader to contact you."),
        why=_("The people your goals need read your About to the end: tell them what to do next."),
        fix=_('End it with an invitation, e.g. "Working on a similar project? Write to me."'),
        evidence=(Evidence(export.file_of("profile"), profile.line, shorten(last[:1].upper() + last[1:], 160)),),
    )
