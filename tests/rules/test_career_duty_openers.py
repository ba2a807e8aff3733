"""CAR-010 career.duty-openers."""

from __future__ import annotations

import dataclasses

import pytest

from auditor.model import Export
from auditor.rules import career_duty_openers as rule

from ..factory import model_export, run_rule, skip_reason
from .helpers import assert_bilingual, without_sources


def with_current_description(description: str) -> Export:
    current, *past = model_export().positions
    return model_export(positions=(dataclasses.replace(current, description=description), *past))


def test_pass() -> None:
    assert run_rule(rule) == []


@pytest.mark.parametrize(
    "description",
    [
        pytest.param("Responsable logistique de 2 sites : stocks réduits de 40 %.", id="french-job-title"),
        pytest.param("Took responsibility for 3 plants and cut stock by 20%.", id="responsibility-mid-sentence"),
        pytest.param("Was responsible for nothing else than results.", id="not-at-the-start"),
        pytest.param("", id="empty"),
        pytest.param("• Géré des projets ERP pour 3 usines.", id="french-verb-not-noun"),
        pytest.param("• Réduction des stocks de 30 % en un an.", id="french-noun-with-a-result"),
        pytest.param("• Managed 3 plants.\n• Reduction of lead time by 20%.", id="english-verb-and-result"),
        # Found by the held-out labelled set: the phrase before a noun without an article names a job.
        pytest.param("Chargée d'affaires industrielles : 40 clients suivis, CA en hausse de 15 %.", id="french-job"),
        pytest.param("Chargé(e) de mission achats", id="french-job-inclusive-form"),
    ],
)
def test_pass_no_duty_opener(description: str) -> None:
    assert run_rule(rule, with_current_description(description)) == []


@pytest.mark.parametrize(
    ("description", "quoted"),
    [
        pytest.param("• Responsible for the S&OP process.", "Responsible for the S&OP process.", id="english-bullet"),
        pytest.param("- In charge of 4 plants", "In charge of 4 plants", id="english-dash"),
        pytest.param("Tasked with inventory.", "Tasked with inventory.", id="tasked-with"),
        pytest.param("En charge des approvisionnements.", "En charge des approvisionnements.", id="french-des"),
        pytest.param("Chargée de la paie et du budget.", "Chargée de la paie et du budget.", id="french-feminine"),
        pytest.param("CHARGEE DE LA PAIE", "CHARGEE DE LA PAIE", id="capitals-without-accents"),
        pytest.param("Responsable d’une équipe de 9.", "Responsable d’une équipe de 9.", id="french-elision"),
        pytest.param(
            "Chargé(e) de la relation fournisseurs", "Chargé(e) de la relation fournisseurs", id="inclusive-form"
        ),
        pytest.param("Cut lead time by 30%. Responsible for budget.", "Responsible for budget.", id="second-sentence"),
        pytest.param(
            "• Gestion des stocks et des approvisionnements",
            "Gestion des stocks et des approvisionnements",
            id="french-noun-of-action",
        ),
        pytest.param("• Suivi des fournisseurs.", "Suivi des fournisseurs.", id="french-suivi"),
        pytest.param("- Management of the plants", "Management of the plants", id="english-noun-of-action"),
        # Found by the held-out labelled set: a year is no result.
        pytest.param(
            "• Suivi des dossiers disciplinaires depuis 2020.",
            "Suivi des dossiers disciplinaires depuis 2020.",
            id="french-noun-and-a-year",
        ),
        pytest.param(
            "Management of renewals since 2021.", "Management of renewals since 2021.", id="english-noun-and-a-year"
        ),
    ],
)
def test_fail_duty_opener(description: str, quoted: str) -> None:
    (finding,) = run_rule(rule, with_current_description(description))
    positions = model_export().sources["positions"].files[0]
    assert [(e.file, e.row, e.text("en")) for e in finding.evidence] == [(positions, 2, f"Acme Industries: {quoted}")]
    assert finding.evidence[0].text("fr") == f"Acme Industries\u00a0: {quoted}"
    shown = quoted.rstrip(".")  # the quote in the message drops the final full stop
    assert f'"{shown}".' in finding.what.en and f"«\u00a0{shown}\u00a0»." in finding.what.fr
    assert finding.key == "Acme Industries|Supply Chain Manager"
    assert_bilingual(finding)


def test_fail_quotes_every_line_in_one_finding() -> None:
    (finding,) = run_rule(
        rule, with_current_description("• Responsible for S&OP.\n• Led 9 planners.\n• In charge of MRP.")
    )
    assert [e.text("en") for e in finding.evidence] == [
        "Acme Industries: Responsible for S&OP.",
        "Acme Industries: In charge of MRP.",
    ]


def test_fail_one_finding_per_position() -> None:
    positions = tuple(dataclasses.replace(p, description="Responsible for planning.") for p in model_export().positions)
    findings = run_rule(rule, model_export(positions=positions))
    assert [f.evidence[0].row for f in findings] == [2, 3, 4]


def test_fail_with_own_openers() -> None:
    (finding,) = run_rule(rule, with_current_description("Handled the budget."), duty_openers=("handled",))
    assert finding.evidence[0].text("en") == "Acme Industries: Handled the budget."


def test_skips_without_positions_file() -> None:
    export = without_sources("positions")
    assert "Positions.csv" in skip_reason(rule, export)
