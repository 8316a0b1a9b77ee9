"""The shared flow of profile mutations: read what the access rule needs, check it, write in
one statement guarded by the version read, and on the error path name what was missing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Visibility
from hub.api.core.formatted import MoneyInput
from hub.api.core.localized import TranslationsInput
from hub.domain.errors import Conflict, NotFound
from hub.domain.ids import now_iso
from hub.domain.profiles import Changes
from hub.graph.queries import links as link_queries
from hub.graph.queries import profiles
from hub.graph.queries.links import End, Rel
from hub.graph.queries.profiles import Current, Profile
from hub.graph.store import GraphStore, Row, UniqueViolation


@strawberry.input(description="Fields startups and mentors share.")
class PersonProfileInput:
    email: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    profile_visibility: Visibility | None = strawberry.field(
        default=strawberry.UNSET, description="Who may see the profile (default public)."
    )
    contact_visibility: Visibility | None = strawberry.field(
        default=strawberry.UNSET,
        description="Which parties of accepted introductions may see the "
        "contact details (default public; private: none).",
    )
    demo: bool | None = strawberry.UNSET
    city_id: strawberry.ID | None = strawberry.UNSET


#: A write whose guard failed because the profile changed meanwhile is retried this many times.
ATTEMPTS = 5


def given(data: object) -> dict[str, Any]:
    """The fields an input object was sent with (snake_case), translations as a dict."""
    found: dict[str, Any] = {}
    for name, value in vars(data).items():
        if value is strawberry.UNSET:
            continue
        if isinstance(value, TranslationsInput):
            value = value.as_dict()
        elif isinstance(value, MoneyInput):
            value = {"amount": value.amount, "currency": value.currency}
        found[name] = value
    return found


def _kind(labels: Sequence[str]) -> str:
    return " or ".join(label.lower() for label in labels)


def _gone(profile: Profile, node_id: str) -> NotFound:
    return NotFound("no {kind} with id {id}", kind=_kind([profile.label]), id=node_id)


def _changed(node_id: str) -> Conflict:
    return Conflict("{id} kept changing while being written; try again", id=node_id)


async def raise_missing(
    store: GraphStore, wanted: Sequence[tuple[tuple[str, ...], Sequence[str]]]
) -> None:
    """On the error path: NotFound naming the first id that does not exist, if any."""
    absent = await profiles.missing(store, wanted)
    if absent is not None:
        labels = next(labels for labels, ids in wanted if absent in ids)
        raise NotFound("no {kind} with id {id}", kind=_kind(labels), id=absent)


async def create(info: Info, profile: Profile, changes: Changes, node_id: str) -> Row:
    store, now = info.context.store, now_iso()
    props = {**changes.for_create(), "id": node_id, "created_at": now, "updated_at": now}
    try:
        row = await profiles.create(store, profile, props, changes.links, now)
    except UniqueViolation as exc:
        raise Conflict("{id} already exists", id=node_id) from exc
    if row is None:
        await raise_missing(store, profiles.wanted(profile, changes.links))
        raise Conflict("{id} already exists", id=node_id)
    return row


async def read(info: Info, profile: Profile, node_id: str) -> Current:
    current = await profiles.read(info.context.store, profile, node_id)
    if current is None:
        raise _gone(profile, node_id)
    return current


async def update(
    info: Info,
    profile: Profile,
    node_id: str,
    authorize: Callable[[Current], None],
    build: Callable[[Current], Changes],
) -> Row:
    """`authorize` raises when the caller may not; `build` validates (both pure)."""
    store = info.context.store
    for _ in range(ATTEMPTS):
        current = await read(info, profile, node_id)
        authorize(current)
        changes = build(current)
        now = now_iso()
        props = {**changes.props, "updated_at": now}
        row = await profiles.update(store, profile, current, props, changes.links, now)
        if row is not None:
            return row
        await raise_missing(
            store, [((profile.label,), [node_id]), *profiles.wanted(profile, changes.links)]
        )
    raise _changed(node_id)


async def delete(
    info: Info, profile: Profile, node_id: str, authorize: Callable[[Current], None]
) -> strawberry.ID:
    for _ in range(ATTEMPTS):
        current = await read(info, profile, node_id)
        authorize(current)
        if await profiles.delete(info.context.store, profile, current, now_iso()):
            return strawberry.ID(node_id)
    raise _changed(node_id)


async def relate(
    info: Info,
    ends: Callable[[], Awaitable[tuple[End, End]]],
    rel: Rel,
    props: Row | None,
) -> tuple[Row, Row]:
    """Link (props given, possibly empty) or unlink (props None) two nodes. `ends` is an async
    callable reading and authorizing, returning the two `End`s (with the versions it read)."""
    store = info.context.store
    for _ in range(ATTEMPTS):
        a, b = await ends()
        if props is None:
            done = await link_queries.disconnect(store, a, rel, b, now_iso())
        else:
            done = await link_queries.connect(store, a, rel, b, props, now_iso())
        if done is not None:
            return done
        await raise_missing(store, [((a.label,), [a.id]), ((b.label,), [b.id])])
        if rel.bounded and props is not None and not await link_queries.has_room(store, a, rel):
            raise Conflict("mentor {id} has no free mentoring capacity", id=a.id)
    raise _changed(a.id)


def end(profile: Profile, current: Current, *, touch: bool = True) -> End:
    return End(profile.label, current.node["id"], current.version, touch)
