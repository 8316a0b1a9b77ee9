"""The shared flow of profile writes: read what the access rule needs, check it, write in one
statement guarded by the version read, and on the error path name what was missing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from hub.domain import consent
from hub.domain.errors import Conflict, NotFound
from hub.domain.events import Change, Event, EventKind, changes_between
from hub.domain.ids import new_id, now_iso
from hub.domain.keys import Caller
from hub.domain.profiles import Changes
from hub.graph.queries import links as link_queries
from hub.graph.queries import profiles
from hub.graph.queries.links import End, Rel
from hub.graph.queries.profiles import Current, Profile
from hub.graph.store import GraphStore, Row, UniqueViolation

#: A write whose guard failed because the profile changed meanwhile is retried this many times.
ATTEMPTS = 5

#: Raises when the caller may not act on the profile as read (a rule of hub.domain.access).
Authorize = Callable[[Current], None]


def _kind(labels: Sequence[str]) -> str:
    return " or ".join(label.lower() for label in labels)


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


def _event(
    kind: EventKind, caller: Caller, profile: Profile, node_id: str, now: str, changed: list[Change]
) -> Row:
    return Event(kind, node_id, profile.label, caller, now, tuple(changed)).row(new_id())


def _links(links: dict[str, list[str]]) -> list[Change]:
    """Relationship sets a write replaces: their new ids (the old ones are not read)."""
    return [Change(name, None, ids) for name, ids in sorted(links.items())]


async def create(
    store: GraphStore, caller: Caller, profile: Profile, changes: Changes, node_id: str
) -> Row:
    now = now_iso()
    props = {**changes.for_create(), "id": node_id, "created_at": now, "updated_at": now}
    changed = changes_between({}, props) + _links(changes.links)
    event = _event(EventKind.PROFILE_CREATED, caller, profile, node_id, now, changed)
    try:
        row = await profiles.create(store, profile, props, changes.links, now, event)
    except UniqueViolation as exc:
        raise Conflict("{id} already exists", id=node_id) from exc
    if row is None:
        await raise_missing(store, profiles.wanted(profile, changes.links))
        raise Conflict("{id} already exists", id=node_id)
    return row


async def read(store: GraphStore, caller: Caller, profile: Profile, node_id: str) -> Current:
    """The profile as the caller may act on it: one it may not see answers as a missing one
    (same error, same round trips), so no operation tells that a hidden profile exists."""
    current = await profiles.read(store, profile, node_id)
    if current is None or not consent.may_see_profile(
        caller, node_id, current.node.get("profile_visibility")
    ):
        raise NotFound("no {kind} with id {id}", kind=_kind([profile.label]), id=node_id)
    return current


async def update(
    store: GraphStore,
    caller: Caller,
    profile: Profile,
    node_id: str,
    authorize: Authorize,
    build: Callable[[Current], Changes],
) -> Row:
    """`build` validates the changes against the profile as read (pure). Values equal to the
    stored ones are no change: an update that changes nothing writes nothing (no new
    `updated_at`) and returns the profile as it is."""
    for _ in range(ATTEMPTS):
        current = await read(store, caller, profile, node_id)
        authorize(current)
        changes = build(current)
        changed = {k: v for k, v in changes.props.items() if current.node.get(k) != v}
        if not changed and not changes.links:
            return current.node
        now = now_iso()
        props = {**changed, "updated_at": now}
        recorded = changes_between(current.node, changed) + _links(changes.links)
        event = _event(EventKind.PROFILE_UPDATED, caller, profile, node_id, now, recorded)
        row = await profiles.update(store, profile, current, props, changes.links, now, event)
        if row is not None:
            return row
        await raise_missing(
            store, [((profile.label,), [node_id]), *profiles.wanted(profile, changes.links)]
        )
    raise _changed(node_id)


async def delete(
    store: GraphStore, caller: Caller, profile: Profile, node_id: str, authorize: Authorize
) -> str:
    for _ in range(ATTEMPTS):
        current = await read(store, caller, profile, node_id)
        authorize(current)
        now = now_iso()
        event = _event(EventKind.PROFILE_DELETED, caller, profile, node_id, now, [])
        if await profiles.delete(store, profile, current, now, event):
            return node_id
    raise _changed(node_id)


async def relate(
    store: GraphStore,
    ends: Callable[[], Awaitable[tuple[End, End]]],
    rel: Rel,
    props: Row | None,
) -> tuple[Row, Row]:
    """Link (props given, possibly empty) or unlink (props None) two nodes. `ends` is an async
    callable reading and authorizing, returning the two `End`s (with the versions it read)."""
    for _ in range(ATTEMPTS):
        a, b = await ends()
        if props is None:
            done = await link_queries.disconnect(store, a, rel, b, now_iso())
        else:
            done = await link_queries.connect(store, a, rel, b, props, now_iso())
        if done is not None:
            return done
        await raise_missing(store, [((a.label,), [a.id]), ((b.label,), [b.id])])
    raise _changed(a.id)


def end(profile: Profile, current: Current, *, touch: bool = True) -> End:
    return End(profile.label, current.node["id"], current.version, touch)
