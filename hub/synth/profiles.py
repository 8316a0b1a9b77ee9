"""Synthetic cities, organisations, startups and mentors as graph rows (pure, seeded)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hub.demo.graph import GraphRows
from hub.demo.programmes import PROGRAMMES
from hub.demo.reference import CITIES, SECTORS
from hub.domain.text import search_text
from hub.domain.vocabulary import OrganisationKind, Purpose, Stage
from hub.graph.names import Label, RelType
from hub.synth.places import EXTRA_CITIES, FIRST, LAST, SUFFIXES, SYLLABLES

AT = "2026-02-01T08:00:00.000Z"
PURPOSES = [p.value for p in Purpose]
STAGES = [s.value for s in Stage]
KINDS = [k.value for k in OrganisationKind if k is not OrganisationKind.TECHNOPARK_SITE]
LANGS = (["fr"], ["fr", "ar"], ["fr", "en"], ["ar", "fr", "en"], ["en"], ["fr", "wo"])
COUNTRIES = ["morocco", "france", "senegal", "cote-d-ivoire", "tunisia", "cameroon", "spain"]


@dataclass(frozen=True)
class Sizes:
    startups: int

    @property
    def mentors(self) -> int:
        return max(2, self.startups // 10)

    @property
    def organisations(self) -> int:
        return max(3, self.startups // 50)


def startup_id(i: int) -> str:
    return f"synth-s-{i:06d}"


def mentor_id(i: int) -> str:
    return f"synth-m-{i:05d}"


def org_id(i: int) -> str:
    return f"synth-o-{i:04d}"


def city_ids() -> list[str]:
    return [c["id"] for c in CITIES] + [c for c, _, _ in EXTRA_CITIES]


def _name(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word} {rng.choice(SUFFIXES)}"


def _cities(g: GraphRows) -> None:
    for cid, name, country in EXTRA_CITIES:
        g.named(Label.CITY, cid, (name, name, name))
        g.link((RelType.IN_COUNTRY, Label.CITY, Label.COUNTRY), cid, country)


def _organisations(g: GraphRows, rng: random.Random, sizes: Sizes, cities: list[str]) -> None:
    n = sizes.organisations
    for i in range(n):
        name = f"{_name(rng)} {rng.choice(['Hub', 'Incubateur', 'Network', 'Capital'])}"
        g.named(
            Label.ORGANISATION,
            org_id(i),
            (name, name, name),
            kind=rng.choice(KINDS),
            languages=rng.choice(LANGS),
            demo=True,
        )
        g.link((RelType.LOCATED_IN, Label.ORGANISATION, Label.CITY), org_id(i), rng.choice(cities))
    for i in range(n):
        for j in rng.sample(range(n), 2):
            if j != i:
                g.link(
                    (RelType.PARTNERS_WITH, Label.ORGANISATION, Label.ORGANISATION),
                    org_id(i),
                    org_id(j),
                    since=rng.randint(2015, 2026),
                    agreement="mou",
                )


def _startups(g: GraphRows, rng: random.Random, sizes: Sizes, cities: list[str]) -> None:
    sectors, programmes = [s["id"] for s in SECTORS], [p["id"] for p in PROGRAMMES]
    for i in range(sizes.startups):
        sid, name = startup_id(i), _name(rng)
        g.node(
            Label.STARTUP,
            sid,
            search_text(name),
            name=name,
            stage=rng.choice(STAGES),
            founded_year=rng.randint(2012, 2026),
            languages=rng.choice(LANGS),
            seeks=rng.sample(PURPOSES, rng.randint(1, 3)),
            offers=rng.sample(PURPOSES, rng.randint(0, 2)) or None,
            description_fr=f"{name} : startup synthétique n° {i}",
            description_en=f"{name}: synthetic startup no. {i}",
            email=f"contact@{sid}.example.org",
            demo=True,
        )
        g.link((RelType.LOCATED_IN, Label.STARTUP, Label.CITY), sid, rng.choice(cities))
        for o in {rng.randrange(sizes.organisations) for _ in range(rng.randint(1, 2))}:
            g.link(
                (RelType.HOSTED_BY, Label.STARTUP, Label.ORGANISATION),
                sid,
                org_id(o),
                since=rng.randint(2018, 2026),
            )
        for sector in rng.sample(sectors, rng.randint(1, 3)):
            g.link((RelType.IN_SECTOR, Label.STARTUP, Label.SECTOR), sid, sector)
        for target in rng.sample(cities, rng.randint(1, 2)):
            g.link((RelType.TARGETS, Label.STARTUP, Label.CITY), sid, target)
        if rng.random() < 0.3:
            g.link((RelType.TARGETS, Label.STARTUP, Label.COUNTRY), sid, rng.choice(COUNTRIES))
        if rng.random() < 0.4:
            g.link(
                (RelType.IN_PROGRAMME, Label.STARTUP, Label.PROGRAMME),
                sid,
                rng.choice(programmes),
                cohort=f"C{rng.randint(1, 9)}",
                year=rng.randint(2019, 2026),
            )
        if rng.random() < 0.1:
            g.link(
                (RelType.DIASPORA_OF, Label.STARTUP, Label.COUNTRY), sid, rng.choice(COUNTRIES[:6])
            )


def _mentors(g: GraphRows, rng: random.Random, sizes: Sizes, cities: list[str]) -> None:
    sectors = [s["id"] for s in SECTORS]
    for i in range(sizes.mentors):
        mid, name = mentor_id(i), f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        mentees = rng.sample(range(sizes.startups), min(sizes.startups, rng.randint(5, 15)))
        g.node(
            Label.MENTOR,
            mid,
            search_text(name),
            name=name,
            languages=rng.choice(LANGS),
            capacity=len(mentees) + rng.randint(0, 3),
            bio_fr=f"Mentor synthétique n° {i}",
            email=f"{mid}@example.com",
            demo=True,
        )
        g.link((RelType.LOCATED_IN, Label.MENTOR, Label.CITY), mid, rng.choice(cities))
        for sector in rng.sample(sectors, rng.randint(2, 4)):
            g.link((RelType.EXPERT_IN, Label.MENTOR, Label.SECTOR), mid, sector)
        for o in {rng.randrange(sizes.organisations) for _ in range(rng.randint(1, 2))}:
            g.link((RelType.AFFILIATED_WITH, Label.MENTOR, Label.ORGANISATION), mid, org_id(o))
        for s in mentees:
            g.link(
                (RelType.MENTORS, Label.MENTOR, Label.STARTUP),
                mid,
                startup_id(s),
                since=rng.randint(2019, 2026),
            )


def profile_rows(sizes: Sizes, seed: int) -> GraphRows:
    rng = random.Random(seed)
    g, cities = GraphRows(AT), city_ids()
    _cities(g)
    _organisations(g, rng, sizes, cities)
    _startups(g, rng, sizes, cities)
    _mentors(g, rng, sizes, cities)
    return g
