"""`node(id)`: anything with a global id, for whoever may see it (Relay's refetch)."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import LookupId, Node, prefetch, selected
from hub.api.event_log.types import LogEvent
from hub.api.gdpr.types import AuditEvent
from hub.api.introductions.types import Introduction
from hub.api.mentors.types import Mentor
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Country, Programme, Sector
from hub.api.settlement.types import (
    SettlementJourney,
    SettlementStep,
    SettlementTemplate,
    followable,
)
from hub.api.startups.types import Startup
from hub.domain.vocabulary import Kind
from hub.graph.queries import event_log, gdpr, introductions, nodes, records
from hub.graph.queries.records import Found, Record

#: The GraphQL type of each kind of entity `node(id)` can find.
NODE_TYPES: dict[Kind, type[Node]] = {
    Kind.COUNTRY: Country,
    Kind.CITY: City,
    Kind.SECTOR: Sector,
    Kind.PROGRAMME: Programme,
    Kind.ORGANISATION: Organisation,
    Kind.STARTUP: Startup,
    Kind.MENTOR: Mentor,
    Kind.SETTLEMENT_TEMPLATE: SettlementTemplate,
}


@strawberry.type
class NodeQuery:
    @strawberry.field(
        description="Anything with a global id, or null when there is none the caller may see: "
        "an entity (a startup or mentor only if its visibility allows); a settlement journey "
        "or one of its steps, for those who may follow the journey; an introduction, for its "
        "parties and broker; an audit event, for admins; a log event, for whoever may read "
        "it in `eventLog`."
    )
    async def node(self, info: Info, id: LookupId) -> Node | None:
        found = await nodes.any_by_ids(info.context.store, [id], info.context.caller)
        if id not in found:
            if not info.context.caller.authenticated:  # records are never public
                return None
            record = await records.find(info.context.store, id)
            return None if record is None else await _record(info, id, record)
        kind, row = found[id]
        node = NODE_TYPES[kind].from_row(row)
        await prefetch(info, [node], selected(info))
        return node


async def _record(info: Info, record_id: str, found: Found) -> Node | None:
    """A record that is not an entity, if the caller may see it."""
    settlement = info.context.loaders.settlement
    match found.record:
        case Record.JOURNEY | Record.STEP:
            journey = await settlement.journey.load(found.journey_id or record_id)
            if journey is None or not followable(info, journey):
                return None
            if found.record is Record.JOURNEY:
                return SettlementJourney.from_row(journey)
            steps = await settlement.steps_of_journey.load(journey["id"])
            return next((SettlementStep.from_row(s) for s in steps if s["id"] == record_id), None)
        case Record.INTRODUCTION:
            row = await introductions.get(info.context.store, record_id)
            introduction = None if row is None else Introduction.build(row, info)
            return introduction if introduction is not None and introduction.visible else None
        case Record.AUDIT_EVENT:
            if not info.context.caller.is_admin:
                return None
            row = await gdpr.audit_event(info.context.store, record_id)
            return None if row is None else AuditEvent.from_row(row)
        case Record.LOG_EVENT:
            found_event = await event_log.readable(
                info.context.store, info.context.caller, record_id
            )
            return None if found_event is None else LogEvent.from_row(found_event)
