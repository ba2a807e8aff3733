"""The tone of the member's posts: negative or complaining, from a small lexicon per language matched on lemmas.

A post complains when it holds at least `MIN_NEGATIVE` negative words (or one complaint phrase: "fed up", « j'en
ai marre », « ras-le-bol ») and more negative words than positive ones. A word right after a negation does not
count as itself: "not useless", « pas inutile », « ce n'est pas triste » are not complaints, and "not happy",
« pas content » count as negative; "bad" and « mal » are in no list (« pas mal de » is "a lot of"). The lists hold
evaluative and emotional words (anger, disgust, contempt, sadness, weariness), not the words of a topic:
"problem", "crisis", "failure" or « échec » are the daily matter of professional posts that tell how a difficulty
was met, and would make every lesson learnt a complaint. Nor are words with a common neutral sense ("lie" in "the
answer lies", "waste" in lean, « faux », « lâcher prise »).

Sources (the fact taken is a word's polarity; the lists are chosen and written here, no file is copied):
- English: the VADER sentiment lexicon, C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for
  Sentiment Analysis of Social Media Text", ICWSM 2014; MIT licence. The words are picked among its negative (and,
  for the second list, positive) entries; spot-checked against the published file (furious -2.7, grief -2.2,
  glad +2.0, grateful +2.0, great +3.1), not word by word.
- French: FEEL, the French Expanded Emotion Lexicon, A. Abdaoui, J. Azé, S. Bringay, P. Poncelet, Language
  Resources and Evaluation 51, 2017 (LIRMM); "can be used freely for academic and economic purposes". The words
  are picked among its negative (and positive) polarity entries, with their inflected forms; not checked word by
  word against the file.
- Not used: the NRC Emotion Lexicon (Mohammad and Turney), which FEEL translates, is licensed for non-commercial
  research only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditor.analysis.textread import TextFeatures, Word

MIN_NEGATIVE = 2

# Lemmas and forms (lower case): the English lemmas come from spaCy's lookup table, the French ones from the small
# French model, which lemmatises most adjectives to their masculine singular but may leave a rare form as written.
NEGATIVE = {
    "en": frozenset(
        """angry anger annoy annoyed annoying annoyance awful terrible horrible horrid worst disappoint disappointed
        disappointing disappointment frustrate frustrated frustrating frustration hate hated hateful ridiculous
        useless pathetic absurd stupid idiot idiotic incompetent unfair unacceptable outrage outraged outrageous disgust
        disgusted disgusting disgrace disgraceful shame shameful shameless sad sadly tired exhausted complain
        complaint nightmare toxic rude arrogant lazy liar lied scam pointless boring depressing depressed
        miserable furious infuriating irritating irritated hopeless worthless dreadful lousy crap nasty
        unprofessional disrespectful disrespect ruin ruined ruining betray betrayed wasted ignorant insult
        insulting humiliating humiliate mediocre ugly unpleasant appalling dissatisfied""".split()
    ),
    "fr": frozenset(
        """colère énervé énervée énerver agacé agacée agaçant agaçante agacer déçu déçue décevoir décevant
        décevante déception frustré frustrée frustrant frustrante frustration détester détesté haine
        ridicule absurde inutile pathétique stupide idiot idiote incompétent incompétente injuste inacceptable
        inadmissible
        scandale scandaleux scandaleuse indigné indignée dégoût dégoûté dégoûtée dégoûtant honte honteux honteuse
        triste tristesse fatigué fatiguée épuisé épuisée plainte plaindre cauchemar toxique impoli impolie
        arrogant arrogante paresseux menteur menteuse mentir menti arnaque ennuyeux ennuyeuse
        déprimant déprimante déprimé déprimée malheureux malheureuse furieux furieuse exaspéré exaspérée
        exaspérant irritant irritante insupportable lamentable minable affreux affreuse horrible atroce pire
        nul nulle méprisant méprisante mépris catastrophique médiocre trahir trahi trahie gâchis
        lâché humiliant humiliante insultant insultante reproche désagréable intolérable déplorable
        consternant consternante navrant navrante révoltant révoltante insatisfait insatisfaite""".split()
    ),
}
POSITIVE = {
    "en": frozenset(
        """good great happy glad proud grateful thankful thank thanks delighted thrilled excited love enjoy
        welcome congratulations congrats success successful win won excellent amazing wonderful fantastic
        helpful clear calm kind brilliant inspiring inspired fun pleased best satisfied""".split()
    ),
    "fr": frozenset(
        """bon bonne bien heureux heureuse ravi ravie fier fière reconnaissant reconnaissante merci remercier
        content contente enthousiaste aimer adorer bienvenue bravo félicitations succès réussir réussi réussite
        excellent excellente formidable génial géniale magnifique utile clair claire calme plaisir joie
        inspirant inspirante meilleur meilleure satisfait satisfaite""".split()
    ),
}
# Phrases (consecutive lemmas or forms) that complain on their own.
COMPLAINTS = {
    "en": (
        ("fed", "up"),
        ("sick", "of"),
        ("tired", "of"),
        ("so", "done", "with"),
        ("enough", "is", "enough"),
        ("what", "a", "joke"),
        ("be", "a", "joke"),
    ),
    "fr": (
        ("en", "avoir", "marre"),
        ("marre",),
        ("ras-le-bol",),
        ("ras", "le", "bol"),
        ("y", "en", "a", "assez"),
        ("être", "une", "blague"),
        ("quel", "blague"),
        ("quelle", "blague"),
    ),
}
NEGATIONS = {
    "en": frozenset("not n't no never without hardly nothing nobody neither nor".split()),
    "fr": frozenset("pas jamais sans aucun aucune rien ni guère".split()),
}
_REACH = 3  # a negation turns the words up to this many words after it
_SCOPE_ENDS = frozenset(("but", "mais", "yet", "pourtant", "cependant"))


@dataclass(frozen=True, slots=True)
class Tone:
    negative: tuple[str, ...]  # the negative words as written, in their order (a negated positive word included)
    positive: int  # how many positive words (a negated negative word included)
    complaint: str  # the first complaint phrase as written, or ""

    @property
    def complaining(self) -> bool:
        negative = len(self.negative) + (1 if self.complaint else 0)
        return negative > self.positive and (len(self.negative) >= MIN_NEGATIVE or bool(self.complaint))


def tone(features: TextFeatures) -> Tone:
    """The negative and positive words of a French or English text (another language has none)."""
    lang = features.language
    if lang not in NEGATIVE:
        return Tone((), 0, "")
    negative_words, positive_words = NEGATIVE[lang], POSITIVE[lang]
    negations, phrases = NEGATIONS[lang], COMPLAINTS[lang]
    negative: list[str] = []
    positive = 0
    complaint = ""
    for sentence in features.sentences:
        # A hyphen inside a compound is a token of its own for the French tokenizer (« ras - le - bol »): the
        # compound's words are read side by side.
        words = [w for w in sentence.words if w.text != "-"]
        forms = [(w.lemma, w.text.lower().replace("’", "'")) for w in words]
        negated_until = -1
        for n, (lemma, form) in enumerate(forms):
            if form in _SCOPE_ENDS or not (form[:1].isalnum() or form == "n't"):
                negated_until = -1  # a negation reaches no further than its clause: "nothing but complaints"
                continue
            if lemma in negations or form in negations:
                negated_until = n + _REACH
                continue
            if not complaint and n > negated_until:
                complaint = _phrase_at(forms, n, phrases, words, sentence.text)
            is_negative = lemma in negative_words or form in negative_words
            is_positive = lemma in positive_words or form in positive_words
            if n <= negated_until:
                is_negative, is_positive = is_positive, is_negative
            if is_negative:
                negative.append(words[n].text)
            elif is_positive:
                positive += 1
    return Tone(tuple(negative), positive, complaint)


def _phrase_at(
    forms: list[tuple[str, str]], n: int, phrases: tuple[tuple[str, ...], ...], words: Sequence[Word], text: str
) -> str:
    """The complaint phrase that starts at word `n`, as written (« ras-le-bol » with its hyphens), or ""."""
    for phrase in phrases:
        window = forms[n : n + len(phrase)]
        if len(window) == len(phrase) and all(
            key in lemma_form for key, lemma_form in zip(phrase, window, strict=True)
        ):
            parts = [w.text for w in words[n : n + len(phrase)]]
            hyphenated = "-".join(parts)
            return hyphenated if hyphenated.lower() in text.lower() else " ".join(parts)
    return ""
