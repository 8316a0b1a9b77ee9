"""The translatable texts of the graph, read for the translation work list (one round trip)."""

from collections.abc import Mapping, Sequence

from hub.domain.keys import Caller
from hub.domain.vocabulary import LANGUAGES
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row


async def texts(
    store: GraphStore, fields: Mapping[str, Sequence[str]], viewer: Caller
) -> list[Row]:
    """Every node of the given labels the viewer may see (consent) with its translatable fields
    (`label`, `id`, `name`, `<field>_<lang>`), ordered by label and id. Labels and fields come
    from the caller's fixed table (`hub.i18n.translatable.FIELDS`), never from a request."""
    labels = sorted(fields)
    props = sorted(
        {f"{f}_{lang.value}" for names in fields.values() for f in names for lang in LANGUAGES}
        | {f"name_{lang.value}" for lang in LANGUAGES}
    )
    for name in (*labels, *props):
        assert name.replace("_", "").isalnum(), name
    where = " OR ".join(f"n:{label}" for label in labels)
    label_of = " ".join(f"WHEN n:{label} THEN '{label}'" for label in labels)
    projection = ", ".join(["id: n.id", "name: n.name", *(f"{p}: n.{p}" for p in props)])
    rows = await store.read(
        f"MATCH (n) WHERE ({where}) AND {visible('n')} WITH n, CASE {label_of} END AS label "
        f"RETURN label, {{{projection}}} AS node ORDER BY label, n.id",
        seen_by(viewer),
    )
    return [{**row["node"], "label": row["label"]} for row in rows]
