"""Settlement templates into the graph: the shipped ones (idempotently) and admins' versions."""

from __future__ import annotations

from typing import Any

from hub.domain.ids import now_iso
from hub.domain.settlement import TemplateSpec, validate_template
from hub.domain.templates import SHIPPED
from hub.domain.text import search_text
from hub.graph.queries import settlement_templates as template_queries
from hub.graph.store import GraphStore, Row, UniqueViolation


def step_rows(spec: TemplateSpec) -> list[Row]:
    rows = []
    for position, step in enumerate(spec.steps):
        row: dict[str, Any] = {
            "key": step.key,
            "position": position,
            "responsible": step.responsible.value,
            "typical_days": step.typical_days,
            "documents": list(step.documents),
            "requires": list(step.requires),
        }
        for lang in ("fr", "en", "ar"):
            row[f"title_{lang}"] = step.title[lang]
            row[f"description_{lang}"] = step.description[lang]
        if step.validity_days is not None:
            row["validity_days"] = step.validity_days
        rows.append(row)
    return rows


def template_props(spec: TemplateSpec, *, shipped: bool, created_at: str | None = None) -> Row:
    props: dict[str, Any] = {
        "country": spec.country,
        "created_at": created_at or now_iso(),
        "sources": list(spec.sources),
        "shipped": shipped,
        "search": search_text(spec.key, spec.country, spec.city),
    }
    if spec.city:
        props["city"] = spec.city
    return props


async def save_template(store: GraphStore, spec: TemplateSpec) -> Row:
    """A new version of `spec.key` (version 1 if new); raises InvalidInput on a bad DAG."""
    validate_template(spec.steps)
    created = await template_queries.create_template(
        store, spec.key, None, template_props(spec, shipped=False), step_rows(spec)
    )
    assert created is not None
    return created


async def install_templates(store: GraphStore, created_at: str | None = None) -> int:
    """Create the shipped template versions missing from this graph; return how many.
    `created_at` defaults to now (the demo passes its fixed time)."""
    installed = 0
    for spec in SHIPPED:
        validate_template(spec.steps)
        try:
            created = await template_queries.create_template(
                store,
                spec.key,
                spec.version,
                template_props(spec, shipped=True, created_at=created_at),
                step_rows(spec),
            )
        except UniqueViolation:  # installed concurrently (or an admin took that version number)
            continue
        installed += created is not None
    return installed
