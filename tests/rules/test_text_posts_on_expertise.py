"""TXT-005 text.posts-on-expertise."""

from __future__ import annotations

from auditor.analysis.keywords import keyword_lemmas, on_topic
from auditor.analysis.textread import read_texts
from auditor.model import Export, Skill
from auditor.rules import text_posts_on_expertise as rule

from ..factory import model_export, not_applicable_reason, run_rule, weekly_posts
from .helpers import assert_bilingual

OFF_EN = [
    "Back from two weeks of holidays in Crete!",
    "Monday motivation: believe in yourself.",
    "Happy new year to all of you!",
]
OFF_FR = ["De retour de vacances en Crète !", "Lundi motivation : croyez en vous.", "Bonne année à toutes et à tous !"]


def _posts(texts: list[str], skills: tuple[str, ...] = ()) -> Export:
    shares = weekly_posts(texts)
    overrides: dict[str, object] = {"shares": shares}
    if skills:
        overrides["skills"] = tuple(Skill(name, line=n + 2) for n, name in enumerate(skills))
    return model_export(**overrides)


def test_pass() -> None:
    assert run_rule(rule) == []


def test_pass_french_lemmas_match_plural_keyword() -> None:
    on = ["Trois leçons sur nos chaînes d'approvisionnement après la crise.", "Nos fournisseurs ont tenu les délais.",
          "La gestion des stocks sans casser le service ?", "#achats : ce que j'ai appris cette année."]  # fmt: skip
    skills = ("Chaîne d'approvisionnement", "Achats", "Gestion des stocks", "Fournisseur")
    assert run_rule(rule, _posts(on + OFF_FR[:2], skills)) == []


def test_fail_english_posts_off_topic() -> None:
    posts = [*OFF_EN, *OFF_EN, "S&OP note: how we cut lead times without adding stock."]
    (finding,) = run_rule(rule, _posts(posts))
    assert "20%" in finding.what.en
    assert "20\u00a0%" in finding.what.fr
    assert len(finding.evidence) == 3
    assert_bilingual(finding)


def test_fail_french_posts_off_topic() -> None:
    posts = [*OFF_FR, *OFF_FR, "Nos achats de 2026 : 12 % d'économies."]
    (finding,) = run_rule(rule, _posts(posts, ("Achats", "Supply chain")))
    assert any("Crète" in evidence.value for evidence in finding.evidence)


def test_not_applicable_with_few_posts() -> None:
    assert "Too few posts" in not_applicable_reason(rule, _posts(OFF_EN))


def test_held_out_cases() -> None:
    # Found by the held-out labelled set: the skill « Recrutement », read alone, was lemmatised as a verb
    # (« recrutemer ») and matched no post; « je paie mes impôts » (the verb « payer ») matched the skill « Paie ».
    keywords = keyword_lemmas(("Recrutement", "Paie"))
    folded = {"recrutement", "paie"}
    read = read_texts(
        [
            ("a", "Trois erreurs que je vois dans les annonces de recrutement : trop de jargon, pas de salaire."),
            ("b", "Je paie enfin mes impôts en ligne sans stress, merci la nouvelle interface."),
            ("c", "Clôture de paie ce soir, café serré et fichier de variables enfin complet."),
        ]
    )
    assert [on_topic(read[k], keywords, folded) for k in "abc"] == [True, False, True]
