"""GraphQL types of introductions: the introduction as each party may see it, its events."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Direction, Outcome, PartyKind, Purpose, Side, Stage, State
from hub.api.core.node import Node, loaded, related, related_one
from hub.api.core.profiles import Contact
from hub.api.mentors.types import Mentor
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Country, Sector
from hub.api.startups.types import Startup
from hub.domain import consent
from hub.domain import introductions as intro
from hub.domain.keys import Caller
from hub.domain.vocabulary import Kind
from hub.graph.queries.relations import Traversal
from hub.graph.store import Row

Party = Annotated[
    Startup | Mentor | Organisation,
    strawberry.union(
        "Party", description="A party to an introduction: a startup, a mentor or an organisation."
    ),
]

_TYPES: dict[Kind, type[Startup] | type[Mentor] | type[Organisation]] = {
    Kind.STARTUP: Startup,
    Kind.MENTOR: Mentor,
    Kind.ORGANISATION: Organisation,
}
_SECTORS = {
    PartyKind.STARTUP: Traversal.STARTUP_SECTORS,
    PartyKind.MENTOR: Traversal.MENTOR_SECTORS,
}
_CITY = {
    PartyKind.STARTUP: Traversal.STARTUP_CITY,
    PartyKind.MENTOR: Traversal.MENTOR_CITY,
    PartyKind.ORGANISATION: Traversal.ORGANISATION_CITY,
}


def when(value: object) -> datetime | None:
    return intro.parse_time(value) if isinstance(value, str) else None


async def load_party(info: Info, kind: str | None, party_id: str | None) -> Party | None:
    """A party as the caller may see it: a profile it may not see is null here as everywhere
    (being a party of an introduction opens no profile)."""
    if not kind or not party_id:
        return None
    return await loaded(info, Kind(kind), party_id, _TYPES[Kind(kind)])


@strawberry.type(description="What the target sees of a requester before accepting (EEN-style).")
class AnonymisedProfile:
    kind: PartyKind = strawberry.field(description="What kind of party is asking.")
    purpose: Purpose = strawberry.field(description="What the introduction is for.")
    party_id: strawberry.Private[str]
    label: strawberry.Private[str]
    stage_value: strawberry.Private[str | None]

    @strawberry.field(description="A startup's stage, if its profile is visible to the caller.")
    def stage(self) -> Stage | None:
        return Stage(self.stage_value) if self.stage_value else None

    @strawberry.field(description="The requester's sectors (none for an organisation).")
    async def sectors(self, info: Info) -> list[Sector]:
        kind = PartyKind(self.label)
        if kind not in _SECTORS:
            return []
        return await related(info, _SECTORS[kind], self.party_id, Sector)

    @strawberry.field(description="The requester's city.")
    async def city(self, info: Info) -> City | None:
        return await related_one(info, _CITY[PartyKind(self.label)], self.party_id, City)

    @strawberry.field(description="The requester's country.")
    async def country(self, info: Info) -> Country | None:
        city = await related_one(info, _CITY[PartyKind(self.label)], self.party_id, City)
        return (
            None
            if city is None
            else await related_one(info, Traversal.CITY_COUNTRY, city.id, Country)
        )


@strawberry.type(description="Contact details, shown to the two parties once both said yes.")
class IntroductionContacts:
    requester: Contact | None = strawberry.field(
        description="The requester's, as its contact visibility allows the target to see."
    )
    target: Contact | None = strawberry.field(
        description="The target's, as its contact visibility allows the requester to see."
    )


@strawberry.type(description="One transition of an introduction: who, when, from, to, why.")
class IntroductionEvent:
    seq: int = strawberry.field(
        description="The event's place in the hub's sequence of introduction events (rising)."
    )
    introduction_id: strawberry.ID = strawberry.field(description="The introduction's id.")
    action: str = strawberry.field(
        description="What happened: request, approve, reject, accept, decline, withdraw, meet "
        "or record_outcome."
    )
    from_state: State | None = strawberry.field(description="Null for the request itself.")
    to_state: State = strawberry.field(description="The state it led to.")
    actor_role: str | None = strawberry.field(description="The role of the key that acted.")
    actor_id: strawberry.ID | None = strawberry.field(
        description="The profile that acted (the key's startup, mentor or organisation)."
    )
    at: datetime = strawberry.field(description="When (UTC).")
    note: str | None = strawberry.field(description="The note given with the act.")

    @classmethod
    def from_row(cls, row: Row) -> IntroductionEvent:
        return cls(
            seq=int(row["seq"]),
            introduction_id=strawberry.ID(row["introduction_id"]),
            action=row["action"],
            from_state=State(row["from_state"]) if row.get("from_state") else None,
            to_state=State(row["to_state"]),
            actor_role=row.get("actor_role"),
            actor_id=row.get("actor_id"),
            at=when(row["at"]) or datetime.now(UTC),
            note=row.get("note"),
        )


@strawberry.type(description="A brokered, double opt-in introduction between two parties.")
class Introduction(Node):
    sides: strawberry.Private[frozenset[Side]]
    now: strawberry.Private[datetime]
    expiry_days: strawberry.Private[int]

    @classmethod
    def build(cls, row: Row, info: Info) -> Introduction:
        parties = intro.Parties(
            row["requester_id"],
            row["target_id"],
            row.get("broker_id"),
            frozenset(row.get("requester_hosts") or ()),
        )
        return cls(
            id=strawberry.ID(row["id"]),
            created_at=when(row.get("created_at")),
            updated_at=when(row.get("updated_at")),
            row=row,
            sides=intro.sides_of(info.context.caller, parties),
            now=datetime.now(UTC),
            expiry_days=info.context.settings.introduction_expiry_days,
        )

    @property
    def visible(self) -> bool:
        return intro.may_view(self.sides, self.row.get("offered_at") is not None)

    @property
    def _accepted(self) -> bool:
        return self.row.get("accepted_at") is not None

    @strawberry.field(description="The state now: a request left unanswered too long is EXPIRED.")
    def state(self) -> State:
        stored = State(self.row["state"])
        return intro.effective_state(stored, self.row["state_at"], self.now, self.expiry_days)

    @strawberry.field(description="What the introduction is for.")
    def purpose(self) -> Purpose:
        return Purpose(self.row["purpose"])

    @strawberry.field(
        description="The requester's message (emptied if the requester erased its profile)."
    )
    def message(self) -> str:
        return str(self.row["message"])

    @strawberry.field(description="The language the message is written in (fr, en, ar).")
    def language(self) -> str:
        return str(self.row["language"])

    @strawberry.field(description="Which way it crosses the Mediterranean.")
    def direction(self) -> Direction:
        return Direction(self.row["direction"])

    @strawberry.field(description="What it led to, once CONCLUDED.")
    def outcome(self) -> Outcome | None:
        return Outcome(self.row["outcome"]) if self.row.get("outcome") else None

    @strawberry.field(description="The parts the calling key plays in this introduction.")
    def viewer_sides(self) -> list[Side]:
        return sorted(self.sides)

    @strawberry.field(description="When it was requested (UTC).")
    def requested_at(self) -> datetime | None:
        return when(self.row.get("requested_at"))

    @strawberry.field(description="When a waiting introduction expires without an answer.")
    def expires_at(self) -> datetime | None:
        state = State(self.row["state"])
        return intro.expires_at(state, self.row["state_at"], self.expiry_days)

    @strawberry.field(
        description="When it reached the target (UTC): at once without a "
        "broker, on approval with one."
    )
    def offered_at(self) -> datetime | None:
        return when(self.row.get("offered_at"))

    @strawberry.field(description="When the target answered (UTC).")
    def answered_at(self) -> datetime | None:
        return when(self.row.get("answered_at"))

    @strawberry.field(description="When the parties recorded that they met (UTC).")
    def met_at(self) -> datetime | None:
        return when(self.row.get("met_at"))

    @strawberry.field(description="Null for the target until they accept: see requesterProfile.")
    async def requester(self, info: Info) -> Party | None:
        if not intro.sees_requester(self.sides, self._accepted):
            return None
        return await load_party(info, self.row["requester_kind"], self.row["requester_id"])

    @strawberry.field(description="Sector, city, stage and purpose: no name, no contact.")
    async def requester_profile(self, info: Info) -> AnonymisedProfile:
        kind = self.row["requester_kind"]
        # Its stage only as far as the caller may see the profile (a private one: none).
        party = await info.context.loaders.node(Kind(kind)).load(self.row["requester_id"])
        return AnonymisedProfile(
            kind=PartyKind(kind),
            purpose=Purpose(self.row["purpose"]),
            party_id=self.row["requester_id"],
            label=kind,
            stage_value=(party or {}).get("stage"),
        )

    @strawberry.field(description="The party asked; null if its profile is hidden from the caller.")
    async def target(self, info: Info) -> Party | None:
        return await load_party(info, self.row["target_kind"], self.row["target_id"])

    @strawberry.field(description="The organisation brokering it, if any.")
    async def broker(self, info: Info) -> Party | None:
        return await load_party(info, self.row.get("broker_kind"), self.row.get("broker_id"))

    @strawberry.field(description="Both parties' contacts, once the target has accepted.")
    async def contacts(self, info: Info) -> IntroductionContacts | None:
        if not intro.sees_contacts(self.sides, self._accepted):
            return None
        loaders = info.context.loaders
        requester = await loaders.node(Kind(self.row["requester_kind"])).load(
            self.row["requester_id"]
        )
        target = await loaders.node(Kind(self.row["target_kind"])).load(self.row["target_id"])
        caller = info.context.caller
        return IntroductionContacts(
            requester=_contact(caller, self.sides, requester, Side.TARGET),
            target=_contact(caller, self.sides, target, Side.REQUESTER),
        )

    @strawberry.field(description="Every transition, oldest first.")
    async def events(self, info: Info) -> list[IntroductionEvent]:
        rows = await info.context.loaders.neighbours(Traversal.INTRODUCTION_EVENTS).load(self.id)
        return [IntroductionEvent.from_row(r) for r in sorted(rows, key=lambda r: r["seq"])]


def _contact(
    caller: Caller, sides: frozenset[Side], row: Row | None, other: Side
) -> Contact | None:
    """A party's contact: to admins and the party itself, and to the `other` side of the
    introduction as the party's contact choice allows (consent). Its own host, acting on its
    side, sees no more than anyone else."""
    if row is None:
        return None
    mine = Side.ADMIN in sides or caller.entity_id == row["id"]
    facing = other in sides and consent.shares_contact(caller, row.get("contact_visibility"))
    if not (mine or facing):
        return None
    return Contact(email=row.get("email"), phone=row.get("phone"))
