"""The real reference data (reference.py, organisations.py) as graph rows."""

from hub.demo.graph import REFERENCE_AT, GraphRows, texts
from hub.demo.organisations import ORGANISATIONS
from hub.demo.partnerships import PARTNERSHIPS
from hub.demo.programmes import PROGRAMMES
from hub.demo.reference import CITIES, COUNTRIES, SECTORS
from hub.graph.names import Label, RelType


def reference_rows() -> GraphRows:
    g = GraphRows(REFERENCE_AT)
    for c in COUNTRIES:
        g.named(Label.COUNTRY, c["id"], c["name"], code=c["code"], region=c["region"])
    for c in CITIES:
        g.named(Label.CITY, c["id"], c["name"], technopark=c.get("technopark"))
        g.link((RelType.IN_COUNTRY, Label.CITY, Label.COUNTRY), c["id"], c["country"])
    for s in SECTORS:
        g.named(Label.SECTOR, s["id"], s["name"])
    for o in ORGANISATIONS:
        g.named(
            Label.ORGANISATION,
            o["id"],
            o["name"],
            kind=o["kind"],
            website=o.get("website"),
            languages=o.get("languages"),
            **texts("description", o["description"]),
        )
        if o.get("city"):
            g.link((RelType.LOCATED_IN, Label.ORGANISATION, Label.CITY), o["id"], o["city"])
    for a, b, since, agreement in PARTNERSHIPS:
        key = (RelType.PARTNERS_WITH, Label.ORGANISATION, Label.ORGANISATION)
        g.link(key, a, b, since=since, agreement=agreement)
    for p in PROGRAMMES:
        g.named(
            Label.PROGRAMME,
            p["id"],
            p["name"],
            website=p.get("website"),
            **texts("description", p["description"]),
        )
        for operator in p["run_by"]:
            g.link((RelType.RUN_BY, Label.PROGRAMME, Label.ORGANISATION), p["id"], operator)
    return g
