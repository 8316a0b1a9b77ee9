"""Startups' writes: the node and its outgoing relationships (see `profiles`)."""

from hub.graph.queries.profiles import Link, Profile

STARTUP = Profile(
    label="Startup",
    links={
        "city": Link("LOCATED_IN", ("City",)),
        "hosts": Link("HOSTED_BY", ("Organisation",)),
        "sectors": Link("IN_SECTOR", ("Sector",)),
        "targets": Link("TARGETS", ("City", "Country")),
        "diaspora": Link("DIASPORA_OF", ("Country",)),
    },
    steward="HOSTED_BY",
)
