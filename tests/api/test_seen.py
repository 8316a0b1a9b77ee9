"""The last guard on consent: a profile row the caller may not see never becomes a GraphQL
object, even if a statement forgot the visibility predicate (`hub.api.core.seen`)."""

from __future__ import annotations

import contextvars

import pytest

from hub.api.core.seen import HiddenProfileShown, viewing
from hub.api.startups.types import Startup
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role

PRIVATE = {"id": "hidden", "name": "Hidden", "stage": "idea", "profile_visibility": "private"}
PARTNERS = {**PRIVATE, "id": "partners", "profile_visibility": "partners"}


@pytest.mark.parametrize(
    ("caller", "row", "shown"),
    [
        (Caller(Role.PARTNER, "org", "k"), PRIVATE, False),  # hosts see no more than others
        (Caller(Role.MENTOR, "m", "k"), PARTNERS, False),
        (Caller(), PARTNERS, False),
        (Caller(Role.PARTNER, "org", "k"), PARTNERS, True),
        (Caller(Role.STARTUP, "hidden", "k"), PRIVATE, True),  # itself
        (Caller(Role.ADMIN, None, "k"), PRIVATE, True),
    ],
)
def test_a_row_becomes_a_profile_only_for_who_may_see_it(
    caller: Caller, row: dict[str, str], shown: bool
) -> None:
    def build() -> str:
        viewing(caller)
        return str(Startup.from_row(row).id)

    # In a context of its own, as each request is: the viewer does not outlive the test.
    if shown:
        assert contextvars.copy_context().run(build) == row["id"]
    else:
        with pytest.raises(HiddenProfileShown):
            contextvars.copy_context().run(build)


def test_no_profile_is_built_outside_a_request() -> None:
    with pytest.raises(HiddenProfileShown):
        contextvars.copy_context().run(Startup.from_row, PRIVATE)
