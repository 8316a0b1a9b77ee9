"""The GraphQL reads the benchmark times, with the variables they run with."""

from __future__ import annotations

from typing import Any

from hub.synth.profiles import Sizes, mentor_id, org_id, startup_id

DETAIL = """query ($id: ID!) { startup(id: $id) { id name stage
  city { id name { text } country { id } } sectors { id name { text } }
  hosts { id name { text } city { id } }
  mentors { id name affiliations { id name { text } } }
  settlementJourneys { id status startedAt steps { key status } } } }"""

PAGE = """{ startups(filter: {country: "morocco"}, first: 50) { totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { id name stage sectors { id name { text } } city { id name { text } }
    hosts { id name { text } } mentors { id name } } } } }"""

SUGGESTIONS = """query ($id: ID!) { introductionSuggestions(forId: $id, first: 10) {
  score reasons { code } party { __typename ... on Startup { id name }
    ... on Mentor { id name } ... on Organisation { id } } } }"""

PATHS = """query ($from: ID!, $to: ID!) { introductionPaths(fromId: $from, toId: $to, maxHops: 3,
  first: 5) { hops brokers nodes { id kind name } } }"""


def operations(sizes: Sizes) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Each operation with a few variable sets (round-robin: not one cached answer)."""
    journeys = max(4, sizes.startups // 20)
    step = max(1, journeys // 8)
    detail_ids = [startup_id(i) for i in range(0, min(journeys, sizes.startups), step)][:8]
    return {
        "startup detail": [(DETAIL, {"id": i}) for i in detail_ids],
        "startups page (50)": [(PAGE, {})],
        "suggestions": [(SUGGESTIONS, {"id": i}) for i in detail_ids[:4]],
        "warm paths": [
            (PATHS, {"from": startup_id(k), "to": mentor_id(k % sizes.mentors)}) for k in range(4)
        ]
        + [(PATHS, {"from": startup_id(5), "to": org_id(1)})],
    }
