"""Create, update and delete one profile node with its outgoing relationships, each in ONE
statement: the MATCHes on every referenced id (and, on update/delete, on the version read
before) must all hold or nothing is written and no row comes back.

Labels and relationship types come only from the fixed `Profile` specs of the query modules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hub.graph.queries import event_log, match_index
from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore, Row


@dataclass(frozen=True)
class Link:
    rel: str  # relationship type, from the profile to the target
    targets: tuple[str, ...]  # the labels a target may have


@dataclass(frozen=True)
class Profile:
    label: str
    links: Mapping[str, Link]  # link name (the domain's) -> how it is stored
    steward: str | None = None  # relationship to the organisations that steward it


@dataclass(frozen=True)
class Current:
    node: Row
    stewards: list[str]

    @property
    def version(self) -> str:
        return str(self.node.get("updated_at") or "")


def _match(var: str, link: Link) -> str:
    if len(link.targets) == 1:
        return f"OPTIONAL MATCH ({var}:{link.targets[0]}) WHERE {var}.id IN $t_{var}"
    labels = " OR ".join(f"{var}:{label}" for label in link.targets)
    return f"OPTIONAL MATCH ({var}:Entity) WHERE {var}.id IN $t_{var} AND ({labels})"


def _gather(links: Sequence[Link], carry: list[str]) -> list[str]:
    """Collect each link's targets into l0, l1…; keep the row only if every id was found."""
    parts: list[str] = []
    names = list(carry)
    for i, link in enumerate(links):
        parts += [
            _match(f"x{i}", link),
            f"WITH {', '.join([*names, f'collect(DISTINCT x{i}) AS l{i}'])}",
        ]
        names.append(f"l{i}")
    if links:
        checks = " AND ".join(f"size(l{i}) = size($t_x{i})" for i in range(len(links)))
        parts.append(f"WITH {', '.join(names)} WHERE {checks}")
    return parts


def _connect(links: Sequence[Link]) -> list[str]:
    return [
        f"FOREACH (x IN l{i} | MERGE (n)-[r:{link.rel}]->(x) "
        "ON CREATE SET r.created_at = $now, r.updated_at = $now)"
        for i, link in enumerate(links)
    ]


def _params(links: Mapping[str, list[str]]) -> dict[str, Any]:
    return {f"t_x{i}": ids for i, ids in enumerate(links.values())}


async def read(store: GraphStore, profile: Profile, node_id: str) -> Current | None:
    stewards = f"[(n)-[:{profile.steward}]->(o:Organisation) | o.id]" if profile.steward else "[]"
    rows = await store.read(
        f"MATCH (n:{profile.label} {{id: $id}}) RETURN n {{.*}} AS node, {stewards} AS stewards",
        {"id": node_id},
    )
    return Current(rows[0]["node"], rows[0]["stewards"]) if rows else None


def _stewards(profile: Profile) -> str:
    """The organisations stewarding `n` (hosts, affiliations), as a list expression."""
    return f"[(n)-[:{profile.steward}]->(o:Organisation) | o]" if profile.steward else "[]"


def _readers(profile: Profile) -> str:
    """Whose keys may read a profile's events: its own, and its stewards' (an admin's read
    them all)."""
    return f"[n] + {_stewards(profile)}"


async def create(
    store: GraphStore,
    profile: Profile,
    props: Row,
    links: Mapping[str, list[str]],
    now: str,
    event: Row,
) -> Row | None:
    """None when a referenced id is missing or the id is taken; `event` is logged with it."""
    specs = [profile.links[name] for name in links]
    lines = [
        "OPTIONAL MATCH (taken:Entity {id: $id})",
        "WITH count(taken) AS taken",
        *_gather(specs, ["taken"]),
        "WITH * WHERE taken = 0",
        f"CREATE (n:Entity:{profile.label}) SET n = $props",
        *_connect(specs),
        event_log.recording("n", "n", _readers(profile)),
        "WITH n " + match_index.refreshing("n"),
        "RETURN n {.*} AS node",
    ]
    params = {"id": props["id"], "props": props, "now": now, **event_log.params(event)}
    rows = await store.write("\n".join(lines), {**params, **_params(links)})
    return rows[0]["node"] if rows else None


async def update(
    store: GraphStore,
    profile: Profile,
    current: Current,
    props: Row,
    links: Mapping[str, list[str]],
    now: str,
    event: Row,
) -> Row | None:
    """None when the profile is gone or changed since `current` was read, or a referenced id
    is missing. Each link given replaces that link's whole set; `event` is logged with it."""
    specs = [profile.links[name] for name in links]
    lines = [
        f"MATCH (n:{profile.label} {{id: $id}}) {write_lock('n')}",
        "WITH n WHERE coalesce(n.updated_at, '') = $version",
        *_gather(specs, ["n"]),
    ]
    carry = ["n", *(f"l{i}" for i in range(len(specs)))]
    for i, link in enumerate(specs):
        lines += [
            f"OPTIONAL MATCH (n)-[o{i}:{link.rel}]->(y{i}) WHERE NOT y{i}.id IN $t_x{i}",
            f"WITH {', '.join(carry)}, collect(o{i}) AS old{i}",
        ]
        carry.append(f"old{i}")
    lines += [
        "SET n += $props",
        *(f"FOREACH (r IN old{i} | DELETE r)" for i in range(len(specs))),
        *_connect(specs),
        event_log.recording("n", "n", _readers(profile)),
        "WITH n " + match_index.refreshing("n"),
        "RETURN n {.*} AS node",
    ]
    params = {
        "id": current.node["id"],
        "version": current.version,
        "props": props,
        "now": now,
        **event_log.params(event),
    }
    rows = await store.write("\n".join(lines), {**params, **_params(links)})
    return rows[0]["node"] if rows else None


async def delete(
    store: GraphStore, profile: Profile, current: Current, now: str, event: Row
) -> bool:
    """Deletes the node and its relationships; its API keys are revoked; `event` is logged,
    shown to its stewards. False when it is gone or changed since `current` was read."""
    rows = await store.write(
        f"MATCH (n:{profile.label} {{id: $id}}) {write_lock('n')}"
        "WITH n WHERE coalesce(n.updated_at, '') = $version "
        "OPTIONAL MATCH (k:ApiKey)-[:BELONGS_TO]->(n) "
        "WITH n, collect(k) AS keys "
        "FOREACH (k IN keys | SET k.revoked_at = $now) "
        + event_log.recording("n", None, _stewards(profile))
        # Its neighbours' stored matching profiles change (a mentor loses a mentee).
        + "WITH n, [(n)--(nb:Entity) | nb] AS neighbours "
        "DETACH DELETE n WITH neighbours "
        + match_index.refreshing("neighbours", each="neighbours")
        + "RETURN $id AS id",
        {
            "id": current.node["id"],
            "version": current.version,
            "now": now,
            **event_log.params(event),
        },
    )
    return bool(rows)


async def missing(
    store: GraphStore, wanted: Sequence[tuple[tuple[str, ...], Sequence[str]]]
) -> str | None:
    """The first id that no node of the labels wanted with it holds (wanted: (labels, ids))."""
    pairs = [{"id": i, "labels": list(labels)} for labels, ids in wanted for i in ids]
    if not pairs:
        return None
    rows = await store.read(
        "UNWIND $pairs AS p OPTIONAL MATCH (x:Entity {id: p.id}) "
        "RETURN p.id AS id, p.labels AS wanted, "
        "CASE WHEN x IS NULL THEN [] ELSE labels(x) END AS labels",
        {"pairs": pairs},
    )
    for row in rows:
        if not set(row["wanted"]) & set(row["labels"]):
            return str(row["id"])
    return None


def wanted(
    profile: Profile, links: Mapping[str, list[str]]
) -> list[tuple[tuple[str, ...], list[str]]]:
    """What `missing` should look for after a failed write of these links."""
    return [(profile.links[name].targets, ids) for name, ids in links.items()]
