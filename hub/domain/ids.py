"""Identity and time, set by the application (never by the database: docs/cypher.md)."""

import re
import unicodedata
import uuid
from datetime import UTC, datetime

from hub.domain.errors import InvalidInput
from hub.domain.text import quoted

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """ISO-8601 UTC with milliseconds and a Z: sorts as text on every backend."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def check_slug(value: str, field: str = "id") -> str:
    if not _SLUG.match(value) or len(value) > 80:
        raise InvalidInput(
            "{field} must be lowercase letters, digits and dashes (got {value!r})",
            field=field,
            value=quoted(value),
        )
    return value
