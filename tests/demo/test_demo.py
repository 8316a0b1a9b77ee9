"""`hub demo`: the real reference data and the fictional profiles, loaded idempotently."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api

LABELS = ("Country", "City", "Sector", "Organisation", "Programme", "Startup", "Mentor")
KINDS = ("countries", "cities", "sectors", "organisations", "programmes", "startups", "mentors")


async def digest(store: GraphStore) -> list[str]:
    """Every node (labels, properties) and relationship (ends, type, properties), sorted."""
    nodes = await store.read("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props")
    rels = await store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, r {.*} AS props"
    )
    for row in nodes:
        row["labels"] = sorted(row["labels"])
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in [*nodes, *rels])


async def test_loading_twice_changes_nothing(store: GraphStore) -> None:
    first = await load(store)
    before = await digest(store)
    second = await load(store)
    after = await digest(store)
    assert first == second
    assert before == after
    for label, kind in zip(LABELS, KINDS, strict=True):
        rows = await store.read(f"MATCH (n:Entity:{label}) RETURN count(n) AS n")
        assert rows[0]["n"] == first[kind], label
    # Besides the suggestions' derived niche index (hub.graph.queries.match_index).
    rels = await store.read("MATCH ()-[r]->() WHERE type(r) <> 'IN_NICHE' RETURN count(r) AS n")
    assert rels[0]["n"] == first["relationships"]
    assert first["startups"] >= 20 and first["mentors"] >= 12 and first["cities"] >= 12
    # Every property was written from the data, none by the clock (the niche index is derived).
    found = [json.loads(row) for row in after]
    stamps = {
        row["props"].get("created_at")
        for row in found
        if row.get("type") != "IN_NICHE" and "Niche" not in row.get("labels", ())
    }
    assert stamps == {"2026-01-15T09:00:00.000Z", "2026-01-15T10:00:00.000Z"}


async def test_the_real_facts_through_the_api(store: GraphStore, api: Api) -> None:
    await load(store)
    data = await api.data(
        """{
          cities(country: "morocco") { id technoparkStatus country { code region } }
          metropole: node(id: "metropole-aix-marseille-provence") {
            ... on Organisation { kind partners { organisation { id } since agreement } }
          }
          agadir: organisation(id: "technopark-agadir") { name(locale: FR) { text } city { id } }
          sites: organisations(filter: {kind: TECHNOPARK_SITE}, first: 50) {
            totalCount edges { node { id city { id technoparkStatus } } }
          }
          sectors { id name(locale: AR) { text language dir } }
          programmes { id operators { id } }
          countries { id code region }
        }""",
        language="fr",
    )
    status = {c["id"]: c["technoparkStatus"] for c in data["cities"]}
    technopark = {city: s for city, s in status.items() if s}
    assert technopark == {
        **dict.fromkeys(["casablanca", "rabat", "tanger", "agadir", "essaouira"], "OPERATIONAL"),
        **dict.fromkeys(["fes", "oujda", "tiznit"], "PLANNED"),
    }
    assert status["marrakech"] is None
    assert {c["country"]["code"] for c in data["cities"]} == {"MA"}

    convention = [p for p in data["metropole"]["partners"] if p["organisation"]["id"] == "mitc"]
    assert len(convention) == 1 and convention[0]["since"] == 2018
    assert "Technopark" in convention[0]["agreement"]
    assert data["metropole"]["kind"] == "PUBLIC_BODY"
    assert "Souss-Massa" in data["agadir"]["name"]["text"]
    assert data["agadir"]["city"]["id"] == "agadir"

    sites = {e["node"]["id"]: e["node"]["city"] for e in data["sites"]["edges"]}
    assert data["sites"]["totalCount"] == 5
    assert {c["technoparkStatus"] for c in sites.values()} == {"OPERATIONAL"}

    sectors = {s["id"]: s["name"] for s in data["sectors"]}
    assert sectors["artificial-intelligence"] == {
        "text": "الذكاء الاصطناعي",
        "language": "AR",
        "dir": "RTL",
    }
    assert sectors["cybersecurity"]["text"] == "الأمن السيبراني"
    assert all(s["language"] == "AR" for s in sectors.values())

    operators = {p["id"]: {o["id"] for o in p["operators"]} for p in data["programmes"]}
    assert operators["mit-africa-2"] == {"marseille-innovation", "mitc"}
    assert operators["boost-up-lab"] == {"mitc"}
    assert {"intelaka", "innov-invest", "damane-oxygene", "damane-relance", "tpe-relance"} <= {
        p for p, ops in operators.items() if ops == {"ccg"}
    }
    regions = {c["id"]: (c["code"], c["region"]) for c in data["countries"]}
    assert regions["morocco"] == ("MA", "AFRICA") and regions["france"] == ("FR", "EUROPE")


async def test_every_fictional_profile_is_marked_and_trilingual(
    store: GraphStore, api: Api
) -> None:
    await load(store)
    fields = " ".join(
        f"{lang}: description(locale: {lang.upper()}) {{ text language }}"
        for lang in ("fr", "en", "ar")
    )
    bios = fields.replace("description", "bio")
    data = await api.data(
        f"""{{
          startups(first: 100) {{ totalCount edges {{ node {{ id name demo {fields}
            contact {{ email }} }} }} }}
          mentors(first: 100) {{ totalCount edges {{ node {{ id name demo capacity languages
            {bios} }} }} }}
        }}"""
    )
    profiles = [e["node"] for e in data["startups"]["edges"] + data["mentors"]["edges"]]
    assert data["startups"]["totalCount"] == len(data["startups"]["edges"]) >= 20
    assert data["mentors"]["totalCount"] == len(data["mentors"]["edges"]) >= 12
    for p in profiles:
        assert p["demo"] is True, p["id"]
        assert p["id"].startswith("demo-") and "(démo)" in p["name"], p["id"]
        for lang in ("fr", "en", "ar"):
            assert p[lang]["language"] == lang.upper() and p[lang]["text"], (p["id"], lang)
        assert any("\u0600" <= ch <= "\u06ff" for ch in p["ar"]["text"]), p["id"]
    # Contacts are hidden from anonymous callers; stored ones are on example domains only.
    emails = await store.read(
        "MATCH (n:Entity) WHERE n.demo = true RETURN n.id AS id, n.email AS email"
    )
    assert emails and all(
        r["email"].endswith(("@example.org", ".example.org", "@example.com", ".example.com"))
        for r in emails
    )


async def test_both_directions_and_diaspora_are_represented(store: GraphStore, api: Api) -> None:
    await load(store)
    data = await api.data(
        """{
          toFrance: startups(filter: {country: "morocco", targets: "france"}) { totalCount }
          toMorocco: startups(filter: {country: "france", targets: "morocco"}) { totalCount }
          diaspora: startups(filter: {diaspora: "morocco"}) { edges { node { id
            diasporaOrigin { id } city { id country { id } } } } }
          settling: startups(filter: {seeks: SETTLEMENT_SUPPORT}) { totalCount }
          mitAfrica: startups(filter: {programme: "mit-africa-2"}) { edges { node {
            programmes { programme { id } cohort year } } } }
          hosted: startups(filter: {host: "technopark-casablanca"}) { totalCount }
          marseilleMentors: mentors(filter: {city: "marseille"}) { totalCount }
          moroccanMentors: mentors(filter: {country: "morocco"}) { totalCount }
        }"""
    )
    assert data["toFrance"]["totalCount"] >= 3
    assert data["toMorocco"]["totalCount"] >= 3
    diaspora = [e["node"] for e in data["diaspora"]["edges"]]
    assert diaspora and all(d["diasporaOrigin"]["id"] == "morocco" for d in diaspora)
    assert all(d["city"]["country"]["id"] == "france" for d in diaspora)
    assert data["settling"]["totalCount"] >= 5
    memberships = [
        m
        for e in data["mitAfrica"]["edges"]
        for m in e["node"]["programmes"]
        if m["programme"]["id"] == "mit-africa-2"
    ]
    assert memberships and all(m["cohort"] and m["year"] == 2023 for m in memberships)
    assert data["hosted"]["totalCount"] >= 3
    assert data["marseilleMentors"]["totalCount"] >= 5
    assert data["moroccanMentors"]["totalCount"] >= 5


async def test_nested_query_on_the_demo_data(store: GraphStore, api: Api) -> None:
    await load(store)
    body = await api(
        """{ startup(id: "demo-tawassol-transfert") {
              name hosts { id kind } diasporaOrigin { id }
              mentors { id affiliations { id city { id startups { id } } } }
        } }"""
    )
    assert not body.get("errors"), body["errors"]
    startup = body["data"]["startup"]
    assert startup["diasporaOrigin"]["id"] == "morocco"
    assert {h["id"] for h in startup["hosts"]} == {"marseille-innovation", "technopark-casablanca"}
    mentors = {m["id"]: m for m in startup["mentors"]}
    assert {"demo-mentor-leila-b", "demo-mentor-karim-h"} <= set(mentors)
    karim = {a["id"]: a for a in mentors["demo-mentor-karim-h"]["affiliations"]}
    marseille = karim["marseille-innovation"]["city"]
    assert marseille["id"] == "marseille"
    assert "demo-tawassol-transfert" in {s["id"] for s in marseille["startups"]}
    # One round trip per level, whatever the number of items.
    assert body["extensions"]["dbRoundTrips"] <= 8


def _hub(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUB_DATA_DIR": str(data_dir), "HUB_GRAPH_URI": ""}
    return subprocess.run(
        [str(Path(sys.executable).with_name("hub")), "demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_cli_loads_the_demo_twice(tmp_path: Path) -> None:
    first, second = _hub(tmp_path), _hub(tmp_path)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    printed = " ".join(first.stdout.split())  # the console wraps long lines
    assert printed == " ".join(second.stdout.split())
    assert printed.startswith("demo data loaded: 10 countries, ")
    for kind in (*KINDS, "relationships"):
        assert re.search(rf"\b[1-9][0-9]* {kind}\b", printed), kind


def test_the_data_uses_the_vocabularies() -> None:
    from hub.demo.build_profiles import STARTUPS
    from hub.demo.mentors import COMPANIES, MENTORS
    from hub.demo.organisations import ORGANISATIONS
    from hub.demo.reference import CITIES, COUNTRIES
    from hub.domain.ids import check_slug
    from hub.domain.vocabulary import OrganisationKind, Purpose, Region, Stage, TechnoparkStatus

    assert {c["region"] for c in COUNTRIES} <= {r.value for r in Region}
    assert {c["technopark"] for c in CITIES if "technopark" in c} <= set(TechnoparkStatus)
    assert {o["kind"] for o in [*ORGANISATIONS, *COMPANIES]} <= set(OrganisationKind)
    for s in STARTUPS:
        assert s["stage"] in set(Stage) and {*s["seeks"], *s["offers"]} <= set(Purpose)
    for m in MENTORS:
        assert len(m["mentees"]) <= m["capacity"], m["id"]
    ids = [x["id"] for x in [*COUNTRIES, *CITIES, *ORGANISATIONS, *COMPANIES, *STARTUPS, *MENTORS]]
    assert len(ids) == len(set(ids))
    assert all(check_slug(i) for i in ids)


async def test_other_features_append_their_own_steps(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hub.demo import load as demo

    async def journeys(store: GraphStore) -> dict[str, int]:
        rows = await store.read("MATCH (s:Startup) WHERE s.demo = true RETURN count(s) AS n")
        return {"journeys": int(rows[0]["n"])}

    monkeypatch.setattr(demo, "LOADERS", [*demo.LOADERS, journeys])
    counts = await demo.load(store)
    assert counts["journeys"] == counts["startups"] > 0
    assert list(counts)[-1] == "relationships"
