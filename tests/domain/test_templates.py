"""The shipped templates: DAGs, trilingual, with the dependencies their sources give."""

from datetime import date

import pytest

from hub.domain.settlement import (
    StepState,
    StepStatus,
    TemplateSpec,
    estimate,
    find_cycle,
    validate_template,
)
from hub.domain.templates import FRANCE_MARSEILLE, MOROCCO_TECHNOPARK, SHIPPED


def closure(template: TemplateSpec, key: str) -> set[str]:
    """Everything `key` needs, directly or not."""
    requires = {s.key: s.requires for s in template.steps}
    seen: set[str] = set()
    todo = list(requires[key])
    while todo:
        k = todo.pop()
        if k not in seen:
            seen.add(k)
            todo.extend(requires[k])
    return seen


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.key)
def test_shipped_templates_are_valid_dags_in_three_languages(template: TemplateSpec) -> None:
    validate_template(template.steps)
    assert find_cycle({s.key: s.requires for s in template.steps}) is None
    for step in template.steps:
        for lang in ("fr", "en", "ar"):
            assert step.title[lang].strip() and step.description[lang].strip()
        assert any("\u0600" <= ch <= "\u06ff" for ch in step.title["ar"]), step.key
        assert step.typical_days > 0
    assert template.sources and template.version == 1


def test_france_dependencies() -> None:
    t = FRANCE_MARSEILLE
    assert (t.country, t.city) == ("france", "marseille")
    assert {"domiciliation", "capital-deposit", "legal-notice", "statutes"} <= closure(
        t, "inpi-filing"
    )
    assert "kbis-siren" in closure(t, "capital-release")
    assert {"ftv-eligibility", "innovation-attestation"} <= closure(t, "talent-passport")
    # A non-resident may preside over a SAS: the company track does not wait for the visa.
    assert "talent-passport" not in closure(t, "kbis-siren")
    assert any("INPI" in s for s in t.sources) or any("inpi" in s for s in t.sources)


def test_morocco_dependencies_and_validity() -> None:
    t = MOROCCO_TECHNOPARK
    assert (t.country, t.city) == ("morocco", None)
    cert = next(s for s in t.steps if s.key == "certificat-negatif")
    assert cert.validity_days == 90
    assert "OMPIC" in cert.description["fr"] and "ICE" in cert.description["en"]
    assert {
        "certificat-negatif",
        "registered-office",
        "statutes",
        "capital-blocked",
        "tax-registration",
        "patente-if",
    } <= closure(t, "trade-register")
    assert "trade-register" in closure(t, "cnss")
    assert "trade-register" in closure(t, "residence-permit")


def all_todo(template: TemplateSpec) -> list[StepState]:
    return [StepState(s.key, StepStatus.TODO, s.typical_days, s.requires) for s in template.steps]


def test_france_eta_from_scratch() -> None:
    # visa track 21 + 14 + 30 = 65 days > company track 5+7+5+2+12+14 = 45 days
    est = estimate(all_todo(FRANCE_MARSEILLE), date(2026, 1, 5))
    assert est.remaining_days == 65
    assert est.completion == date(2026, 3, 11)
    assert est.critical_path == ["ftv-eligibility", "innovation-attestation", "talent-passport"]


def test_morocco_eta_from_scratch() -> None:
    # office 7, statutes 5, subscription 2, capital 3, tax 3, patente 5, RC 7, permit 30 = 62
    est = estimate(all_todo(MOROCCO_TECHNOPARK), date(2026, 1, 5))
    assert est.remaining_days == 62
    assert est.completion == date(2026, 3, 8)
    assert est.critical_path == [
        "registered-office",
        "statutes",
        "subscription",
        "capital-blocked",
        "tax-registration",
        "patente-if",
        "trade-register",
        "residence-permit",
    ]
