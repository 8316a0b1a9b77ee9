"""The filter fragments of each listable kind (`n` is the listed node), chosen by the filter's
name: callers give the domain's filter values, never Cypher."""

from collections.abc import Mapping

from hub.domain.vocabulary import Kind

# The free-text fragment every listable kind shares (`search` holds its folded names).
TEXT = "n.search CONTAINS $text"

IN_COUNTRY = "(n)-[:LOCATED_IN]->(:City)-[:IN_COUNTRY]->(:Country {id: $country})"

STARTUP = {
    "text": TEXT,
    "sector": "(n)-[:IN_SECTOR]->(:Sector {id: $sector})",
    "city": "(n)-[:LOCATED_IN]->(:City {id: $city})",
    "country": IN_COUNTRY,
    "programme": "(n)-[:IN_PROGRAMME]->(:Programme {id: $programme})",
    "host": "(n)-[:HOSTED_BY]->(:Organisation {id: $host})",
    "language": "$language IN n.languages",
    "stage": "n.stage = $stage",
    "seeks": "$seeks IN n.seeks",
    "offers": "$offers IN n.offers",
    "targets": "(n)-[:TARGETS]->(:Entity {id: $targets})",
    "diaspora": "(n)-[:DIASPORA_OF]->(:Country {id: $diaspora})",
}

MENTOR = {
    "text": TEXT,
    "sector": "(n)-[:EXPERT_IN]->(:Sector {id: $sector})",
    "city": "(n)-[:LOCATED_IN]->(:City {id: $city})",
    "country": IN_COUNTRY,
    "organisation": "(n)-[:AFFILIATED_WITH]->(:Organisation {id: $organisation})",
    "language": "$language IN n.languages",
    "programme": "(n)-[:MENTORS]->(:Startup)-[:IN_PROGRAMME]->(:Programme {id: $programme})",
}

ORGANISATION = {
    "text": TEXT,
    "kind": "n.kind = $kind",
    "city": "(n)-[:LOCATED_IN]->(:City {id: $city})",
    "country": IN_COUNTRY,
    "programme": "(:Programme {id: $programme})-[:RUN_BY]->(n)",
    "language": "$language IN n.languages",
    "partner": "(n)-[:PARTNERS_WITH]-(:Organisation {id: $partner})",
}

#: Each listable kind's filters.
BY_KIND: Mapping[Kind, Mapping[str, str]] = {
    Kind.STARTUP: STARTUP,
    Kind.MENTOR: MENTOR,
    Kind.ORGANISATION: ORGANISATION,
}
