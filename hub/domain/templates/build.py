"""Helpers to write template steps compactly."""

from __future__ import annotations

from hub.domain.settlement import Responsible, StepSpec

DISCLAIMER = {
    "fr": "Durées indicatives en jours calendaires, sans valeur de garantie légale.",
    "en": "Typical durations in calendar days, not legal guarantees.",
    "ar": "المدد تقريبية بالأيام التقويمية، وليست ضمانات قانونية.",
}


def step(
    key: str,
    *,
    fr: tuple[str, str],
    en: tuple[str, str],
    ar: tuple[str, str],
    responsible: Responsible,
    days: int,
    documents: tuple[str, ...] = (),
    requires: tuple[str, ...] = (),
    validity_days: int | None = None,
) -> StepSpec:
    """A step from (title, description) pairs per language."""
    return StepSpec(
        key=key,
        title={"fr": fr[0], "en": en[0], "ar": ar[0]},
        description={"fr": fr[1], "en": en[1], "ar": ar[1]},
        responsible=responsible,
        typical_days=days,
        documents=documents,
        requires=requires,
        validity_days=validity_days,
    )
