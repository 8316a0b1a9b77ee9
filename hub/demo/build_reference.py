"""The real reference data (reference.py, organisations.py) as graph rows."""

from hub.demo.graph import REFERENCE_AT, GraphRows, texts
from hub.demo.organisations import ORGANISATIONS, PARTNERSHIPS, PROGRAMMES
from hub.demo.reference import CITIES, COUNTRIES, SECTORS


def reference_rows() -> GraphRows:
    g = GraphRows(REFERENCE_AT)
    for c in COUNTRIES:
        g.named("Country", c["id"], c["name"], code=c["code"], region=c["region"])
    for c in CITIES:
        g.named("City", c["id"], c["name"], technopark=c.get("technopark"))
        g.link(("IN_COUNTRY", "City", "Country"), c["id"], c["country"])
    for s in SECTORS:
        g.named("Sector", s["id"], s["name"])
    for o in ORGANISATIONS:
        g.named(
            "Organisation",
            o["id"],
            o["name"],
            kind=o["kind"],
            website=o.get("website"),
            languages=o.get("languages"),
            **texts("description", o["description"]),
        )
        if o.get("city"):
            g.link(("LOCATED_IN", "Organisation", "City"), o["id"], o["city"])
    for a, b, since, agreement in PARTNERSHIPS:
        key = ("PARTNERS_WITH", "Organisation", "Organisation")
        g.link(key, a, b, since=since, agreement=agreement)
    for p in PROGRAMMES:
        g.named(
            "Programme", p["id"], p["name"], website=p.get("website"),
            **texts("description", p["description"]),
        )  # fmt: skip
        for operator in p["run_by"]:
            g.link(("RUN_BY", "Programme", "Organisation"), p["id"], operator)
    return g
