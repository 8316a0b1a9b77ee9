"""Mentors' writes: the node and its outgoing relationships (see `profiles`)."""

from hub.graph.queries.profiles import Link, Profile

MENTOR = Profile(
    label="Mentor",
    links={
        "city": Link("LOCATED_IN", ("City",)),
        "sectors": Link("EXPERT_IN", ("Sector",)),
        "affiliations": Link("AFFILIATED_WITH", ("Organisation",)),
    },
    steward="AFFILIATED_WITH",
)
