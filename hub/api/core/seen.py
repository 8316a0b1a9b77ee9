"""The last check before a graph row becomes a GraphQL object: a profile the request's caller
may not see never becomes one, whichever statement read it.

Every statement that reads startups and mentors filters them with the graph's visibility
predicate; this is the same rule again, in the one place every object is built
(`Node.from_row`), so that a statement added without the predicate fails loudly (an internal
error, logged) instead of showing what consent hides.
"""

from __future__ import annotations

from contextvars import ContextVar

from hub.domain.consent import may_see_profile
from hub.domain.keys import Caller
from hub.graph.store import Row

_viewer: ContextVar[Caller | None] = ContextVar("hub_viewer", default=None)


class HiddenProfileShown(RuntimeError):
    """A statement returned a profile its caller may not see: a defect of that statement."""


def viewing(caller: Caller) -> None:
    """Objects built from here to the end of the current task are built for `caller` (the
    request's context sets it)."""
    _viewer.set(caller)


def seen(row: Row) -> Row:
    """`row`, if the caller may see it (anything but a profile, or a profile whose visibility
    lets the caller see it); otherwise the request fails."""
    viewer = _viewer.get()
    if viewer is None:
        raise HiddenProfileShown("an object was built outside a request")
    if not may_see_profile(viewer, str(row.get("id")), row.get("profile_visibility")):
        raise HiddenProfileShown(f"{row.get('id')} reached a caller that may not see it")
    return row
