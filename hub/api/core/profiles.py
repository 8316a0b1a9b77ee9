"""What startups and mentors share in the API: their contact, its consent, their visibility
choices, and the input fields of both profiles."""

from __future__ import annotations

from typing import Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Visibility
from hub.api.core.formatted import MoneyInput
from hub.api.core.localized import TranslationsInput
from hub.domain import access, consent
from hub.graph.store import Row


@strawberry.type(description="How to reach a startup or mentor: shown only to those allowed.")
class Contact:
    email: str | None = strawberry.field(description="An email address; null if none is kept.")
    phone: str | None = strawberry.field(
        description="A phone number as the profile gave it (international form preferred)."
    )


async def contact_of(info: Info, entity_id: str, row: Row) -> Contact | None:
    """The contact of a startup or mentor, if consent lets the caller see it (access rule)."""
    caller, accepted = info.context.caller, False
    if access.needs_introduction_check(caller, entity_id):
        accepted = await info.context.loaders.accepted().load(entity_id)
    if not access.may_see_contact(caller, entity_id, row.get("contact_visibility"), accepted):
        return None
    return Contact(email=row.get("email"), phone=row.get("phone"))


def profile_visibility(row: Row) -> Visibility:
    return consent.visibility(row.get("profile_visibility"), consent.DEFAULT_PROFILE)


def contact_visibility(info: Info, entity_id: str, row: Row) -> Visibility | None:
    """Its choices are shown to the entity itself and admins only."""
    caller = info.context.caller
    if not (caller.is_admin or caller.entity_id == entity_id):
        return None
    return consent.visibility(row.get("contact_visibility"), consent.DEFAULT_CONTACT)


def patch_field(description: str) -> Any:
    """A field of an input that changes a profile: left out, unchanged; null clears it."""
    return strawberry.field(default=strawberry.UNSET, description=description)


@strawberry.input(description="Fields startups and mentors share.")
class PersonProfileInput:
    email: str | None = patch_field(
        "A contact email, shown as `contactVisibility` allows (and never in lists)."
    )
    phone: str | None = patch_field("A contact phone number, shown as `contactVisibility` allows.")
    profile_visibility: Visibility | None = strawberry.field(
        default=strawberry.UNSET, description="Who may see the profile (default public)."
    )
    contact_visibility: Visibility | None = strawberry.field(
        default=strawberry.UNSET,
        description="Which parties of accepted introductions may see the "
        "contact details (default public; private: none).",
    )
    demo: bool | None = patch_field("Whether this is fictional demo data.")
    city_id: strawberry.ID | None = patch_field("The id of the city it is based in.")


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
