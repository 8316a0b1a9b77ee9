"""The fictional demo profiles (startups, mentors, firms) as graph rows, all `demo: true`."""

from typing import Any

from hub.demo.graph import DEMO_AT, GraphRows, texts
from hub.demo.mentors import COMPANIES, MENTORS
from hub.demo.reference import CITIES, COUNTRIES
from hub.demo.startups_marseille import STARTUPS_MARSEILLE
from hub.demo.startups_morocco import STARTUPS_MOROCCO
from hub.domain.text import search_text
from hub.graph.names import Label, RelType

STARTUPS = [*STARTUPS_MOROCCO, *STARTUPS_MARSEILLE]
_CITY_IDS = {c["id"] for c in CITIES}
_COUNTRY_IDS = {c["id"] for c in COUNTRIES}


def _target_label(target: str) -> str:
    if target in _CITY_IDS:
        return Label.CITY
    if target in _COUNTRY_IDS:
        return Label.COUNTRY
    raise ValueError(f"demo target {target!r} is neither a city nor a country")


def _startup(g: GraphRows, s: dict[str, Any]) -> None:
    sid = s["id"]
    g.node(
        Label.STARTUP,
        sid,
        search_text(s["name"]),
        name=s["name"],
        stage=s["stage"],
        founded_year=s["founded_year"],
        website=f"https://{sid}.example.org",
        languages=s["languages"],
        seeks=s["seeks"],
        offers=s["offers"],
        email=f"contact@{sid}.example.org",
        demo=True,
        **texts("description", s["description"]),
    )
    g.link((RelType.LOCATED_IN, Label.STARTUP, Label.CITY), sid, s["city"])
    for host, since in s["hosts"]:
        g.link((RelType.HOSTED_BY, Label.STARTUP, Label.ORGANISATION), sid, host, since=since)
    for sector in s["sectors"]:
        g.link((RelType.IN_SECTOR, Label.STARTUP, Label.SECTOR), sid, sector)
    for target in s["targets"]:
        g.link((RelType.TARGETS, Label.STARTUP, _target_label(target)), sid, target)
    for programme, cohort, year in s["programmes"]:
        key = (RelType.IN_PROGRAMME, Label.STARTUP, Label.PROGRAMME)
        g.link(key, sid, programme, cohort=cohort, year=year)
    if s.get("diaspora"):
        g.link((RelType.DIASPORA_OF, Label.STARTUP, Label.COUNTRY), sid, s["diaspora"])


def _mentor(g: GraphRows, m: dict[str, Any]) -> None:
    mid = m["id"]
    g.node(
        Label.MENTOR,
        mid,
        search_text(m["name"]),
        name=m["name"],
        languages=m["languages"],
        capacity=m["capacity"],
        email=f"{mid}@example.com",
        demo=True,
        **texts("bio", m["bio"]),
    )
    g.link((RelType.LOCATED_IN, Label.MENTOR, Label.CITY), mid, m["city"])
    for sector in m["sectors"]:
        g.link((RelType.EXPERT_IN, Label.MENTOR, Label.SECTOR), mid, sector)
    for organisation in m["affiliations"]:
        g.link((RelType.AFFILIATED_WITH, Label.MENTOR, Label.ORGANISATION), mid, organisation)
    for startup, since in m["mentees"]:
        g.link((RelType.MENTORS, Label.MENTOR, Label.STARTUP), mid, startup, since=since)


def profile_rows() -> GraphRows:
    g = GraphRows(DEMO_AT)
    for c in COMPANIES:
        g.named(
            Label.ORGANISATION,
            c["id"],
            c["name"],
            kind=c["kind"],
            languages=c["languages"],
            email=f"contact@{c['id']}.example.com",
            demo=True,
            **texts("description", c["description"]),
        )
        g.link((RelType.LOCATED_IN, Label.ORGANISATION, Label.CITY), c["id"], c["city"])
    for s in STARTUPS:
        _startup(g, s)
    for m in MENTORS:
        _mentor(g, m)
    return g
