"""Statistics never single out an entity the caller may not see (pure, no I/O).

For any caller but an admin, a statistics group is withheld (left out of the answer, counted in
no group) when it is keyed by a startup or mentor whose profile the caller may not see, or when
it holds fewer than `K` items and one of them involves such a profile. Admins see every group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from hub.domain.consent import may_see_profile
from hub.domain.keys import Caller

#: The smallest group shown when it involves a profile the caller may not see.
K = 3

G = TypeVar("G")
Party = tuple[str | None, Any]  # (entity id, its stored profile visibility)


def unseen(caller: Caller, parties: Iterable[Party]) -> set[str]:
    """The ids among `parties` whose profile the caller may not see."""
    return {i for i, stored in parties if i and not may_see_profile(caller, i, stored)}


def shown(
    caller: Caller,
    groups: Sequence[G],
    key: Callable[[G], str],
    members: Mapping[str, Sequence[Iterable[Party]]],
) -> list[G]:
    """The groups the caller may see; `members[key]` holds each item's parties."""
    if caller.is_admin:
        return list(groups)
    found = []
    for group in groups:
        items = members.get(key(group), [])
        hidden = set().union(*(unseen(caller, parties) for parties in items))
        if key(group) in hidden or (hidden and len(items) < K):
            continue
        found.append(group)
    return found
