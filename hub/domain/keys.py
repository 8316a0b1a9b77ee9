"""API keys: `hub_<key id>_<secret>`, shown once, stored only as a SHA-256 hash.

The secret has 256 bits of entropy, so a fast hash is enough (no password stretching needed).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import Role

PREFIX = "hub"
#: `hub keys create` default; `--expires-in-days` changes it.
DEFAULT_EXPIRY_DAYS = 365
#: `last_used_at` is written at most this often per key (most lookups write nothing).
LAST_USED_PRECISION = timedelta(minutes=1)


@dataclass(frozen=True)
class Caller:
    """Who is asking: anonymous (no key), or a key's role and the entity it belongs to."""

    role: Role | None = None
    entity_id: str | None = None
    key_id: str | None = None

    @property
    def authenticated(self) -> bool:
        return self.role is not None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


ANONYMOUS = Caller()
#: Who acts through `hub` commands on the server (issuing and revoking keys), in the event log.
COMMAND_LINE = Caller(key_id="hub-command-line")


@dataclass(frozen=True)
class NewKey:
    key_id: str
    secret: str

    @property
    def token(self) -> str:
        return f"{PREFIX}_{self.key_id}_{self.secret}"

    @property
    def hash(self) -> str:
        return hash_token(self.token)


def generate() -> NewKey:
    return NewKey(key_id=secrets.token_hex(6), secret=secrets.token_urlsafe(32))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def key_id_of(token: str) -> str | None:
    prefix, _, rest = token.partition("_")
    key_id, _, secret = rest.partition("_")
    if prefix != PREFIX or not key_id or not secret:
        return None
    return key_id


def matches(token: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_token(token), stored_hash)


def check_owner(role: Role, entity_id: str | None) -> None:
    """An admin key belongs to no one; every other key belongs to exactly one entity."""
    if role is Role.ADMIN and entity_id:
        raise InvalidInput("an admin key does not belong to an entity")
    if role is not Role.ADMIN and not entity_id:
        raise InvalidInput("a {role} key needs the id of the entity it belongs to", role=role.value)


def iso(moment: datetime) -> str:
    """The format of `hub.domain.ids.now_iso` (sorts as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def expiry(days: int, now: datetime) -> str:
    if days < 1:
        raise InvalidInput("a key must be valid for at least one day", field="expires_in_days")
    return iso(now + timedelta(days=days))


def expired(expires_at: str | None, now: datetime) -> bool:
    """Keys made before expiry existed have none: they do not expire."""
    return expires_at is not None and expires_at <= iso(now)


def stale_before(now: datetime) -> str:
    """A `last_used_at` older than this is refreshed by the key lookup."""
    return iso(now - LAST_USED_PRECISION)
