"""Organisations' writes: the node and its city (see `profiles`)."""

from hub.graph.queries.profiles import Link, Profile

ORGANISATION = Profile(
    label="Organisation",
    links={"city": Link("LOCATED_IN", ("City",))},
)
