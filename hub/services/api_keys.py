"""Issuing and revoking API keys (used by `hub keys`)."""

from __future__ import annotations

from datetime import UTC, datetime

from hub.domain import keys
from hub.domain.errors import NotFound
from hub.domain.events import Event, EventKind, changes_between
from hub.domain.ids import new_id, now_iso
from hub.domain.keys import COMMAND_LINE
from hub.domain.vocabulary import Role
from hub.graph.queries import keys as key_queries
from hub.graph.store import GraphStore, Row


async def issue(
    store: GraphStore,
    role: Role,
    owner_id: str | None = None,
    label: str | None = None,
    expires_in_days: int = keys.DEFAULT_EXPIRY_DAYS,
) -> tuple[Row, str]:
    """Create a key; return its record and the token, which is shown once and never stored."""
    keys.check_owner(role, owner_id)
    now = datetime.now(UTC)
    expires_at = keys.expiry(expires_in_days, now)
    new = keys.generate()
    props = {
        "id": new.key_id,
        "role": role.value,
        "hash": new.hash,
        "created_at": keys.iso(now),
        "expires_at": expires_at,
    }
    if label:
        props["label"] = label
    shown = {"role": role.value, "owner": owner_id, "label": label, "expires_at": expires_at}
    changed = tuple(changes_between({}, {k: v for k, v in shown.items() if v is not None}))
    logged = Event(
        EventKind.KEY_CREATED, new.key_id, "ApiKey", COMMAND_LINE, props["created_at"], changed
    )
    record = await key_queries.create(store, props, owner_id, logged.row(new_id()))
    if record is None:
        raise NotFound(
            "no {label} with id {id}", label=key_queries.OWNER_LABEL[role.value], id=owner_id
        )
    return record, new.token


async def revoke(store: GraphStore, key_id: str) -> None:
    now = now_iso()
    logged = Event(EventKind.KEY_REVOKED, key_id, "ApiKey", COMMAND_LINE, now)
    if not await key_queries.revoke(store, key_id, now, logged.row(new_id())):
        raise NotFound("no active key with id {id}", id=key_id)
