"""Checks on the properties of links between profiles (pure, no I/O)."""

from __future__ import annotations

from typing import Any

from hub.domain import validation as v
from hub.domain.errors import InvalidInput


def mentoring(since: int | None, this_year: int) -> dict[str, Any]:
    return {"since": v.integer(since, "since", low=v.FIRST_YEAR, high=this_year)}


def programme_membership(cohort: str, year: int, this_year: int) -> dict[str, Any]:
    return {
        "cohort": v.required_text(cohort, "cohort", limit=80),
        "year": v.integer(year, "year", low=v.FIRST_YEAR, high=this_year + 1),
    }


def partnership(
    organisation_id: str, partner_id: str, since: int, agreement: str, this_year: int
) -> dict[str, Any]:
    if organisation_id == partner_id:
        raise InvalidInput("an organisation cannot partner with itself", field="partnerId")
    return {
        "since": v.integer(since, "since", low=v.FIRST_YEAR, high=this_year),
        "agreement": v.required_text(agreement, "agreement", limit=v.MAX_SHORT),
    }
