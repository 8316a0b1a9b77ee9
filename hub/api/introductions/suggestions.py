"""Who to be introduced to (explained suggestions) and who can introduce whom (warm paths)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Purpose, ReasonCode
from hub.api.core.localized import LocaleArg, LocalizedText, requested, text_in
from hub.api.core.permissions import Authenticated
from hub.api.introductions.types import Party, load_party
from hub.domain import introductions as intro
from hub.domain import matching
from hub.domain.errors import Forbidden, InvalidInput, NotFound
from hub.domain.matching import Profile
from hub.graph.queries import candidates
from hub.graph.queries import suggestions as queries
from hub.graph.store import Row
from hub.i18n.reasons import explain

KINDS = ("Startup", "Mentor", "Organisation")
MAX_SUGGESTIONS = 50
MAX_PATHS = 20
#: The niche candidates are used when there are at least this many (see the resolver); the
#: statement scores as the domain does, so a few more than asked are enough to re-rank.
NEAR_ENOUGH = 100
NEAR_MARGIN = 10


@strawberry.type(description="Why a candidate is suggested: a code and its parameters.")
class SuggestionReason:
    code: ReasonCode = strawberry.field(description="Which reason.")
    weight: int = strawberry.field(description="What it adds to the suggestion's score.")
    sectors: list[strawberry.ID] = strawberry.field(description="The sectors shared (ids).")
    languages: list[str] = strawberry.field(description="The languages in common (fr, en, ar).")
    places: list[strawberry.ID] = strawberry.field(description="Cities or countries targeted.")
    programmes: list[strawberry.ID] = strawberry.field(
        description="The programmes or event cohorts shared (ids)."
    )
    brokers: list[strawberry.ID] = strawberry.field(
        description="The requester's organisations that can vouch."
    )
    count: int | None = strawberry.field(
        description="A number the reason rests on: a mentor's free places (FREE_CAPACITY) or "
        "past introductions that led somewhere (PAST_OUTCOMES); null otherwise."
    )

    @strawberry.field(description="The reason in words, in the locale asked (from the catalogs).")
    def label(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        language = requested(info, locale).language
        text = explain(
            self.code,
            language,
            sectors=len(self.sectors),
            languages=self.languages,
            places=len(self.places),
            programmes=len(self.programmes),
            brokers=len(self.brokers),
            count=self.count,
        )
        return text_in(text, language)


@strawberry.type(description="A party worth meeting, with why.")
class IntroductionSuggestion:
    score: int = strawberry.field(description="The sum of the reasons' weights: higher first.")
    reasons: list[SuggestionReason] = strawberry.field(description="Why, strongest first.")
    party_id: strawberry.Private[str]
    kind: strawberry.Private[str]

    @strawberry.field(description="The suggested party (null if it became hidden since).")
    async def party(self, info: Info) -> Party | None:
        return await load_party(info, self.kind, self.party_id)


@strawberry.type(description="One node of a warm path.")
class PathNode:
    id: strawberry.ID = strawberry.field(description="The id of the party or place.")
    kind: str = strawberry.field(description="Startup, Mentor, Organisation, Programme…")
    name: str | None = strawberry.field(description="Its name, when it has one.")


@strawberry.type(description="A chain of trusted relationships from one party to another.")
class IntroductionPath:
    hops: int = strawberry.field(description="How many relationships the chain has.")
    nodes: list[PathNode] = strawberry.field(
        description="From the first party to the other, in order."
    )
    relationships: list[str] = strawberry.field(description="Kinds, e.g. HOSTED_BY, MENTORS.")
    brokers: list[strawberry.ID] = strawberry.field(
        description="Organisations and mentors along the way who could broker."
    )


def profile(row: Row) -> Profile:
    kind = next(lb for lb in row["labels"] if lb in KINDS)
    orgs = set(row.get("orgs") or ()) | ({row["id"]} if kind == "Organisation" else set())
    free = int(row.get("capacity") or 0) - int(row["mentees"]) if kind == "Mentor" else None
    return Profile(
        id=row["id"],
        kind=kind,
        region=row.get("region"),
        city=row.get("city"),
        country=row.get("country"),
        org_kind=row.get("org_kind"),
        sectors=frozenset(row.get("sectors") or ()),
        languages=frozenset(row.get("languages") or ()),
        targets=frozenset(row.get("targets") or ()),
        programmes=frozenset(row.get("programmes") or ()),
        offers=frozenset(row.get("offers") or ()),
        orgs=frozenset(orgs),
        free_capacity=free,
        successes=int(row.get("successes") or 0),
    )


def _reason(r: matching.Reason) -> SuggestionReason:
    return SuggestionReason(
        code=r.code,
        weight=r.weight,
        sectors=[strawberry.ID(s) for s in r.sectors],
        languages=list(r.languages),
        places=[strawberry.ID(p) for p in r.places],
        programmes=[strawberry.ID(p) for p in r.programmes],
        brokers=[strawberry.ID(b) for b in r.brokers],
        count=r.count,
    )


@strawberry.type
class IntroductionSuggestionQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="Candidates in the other ecosystem for this party, best first, each with "
        "its reasons; parties already in an open introduction with it are left out.",
    )
    async def introduction_suggestions(
        self,
        info: Info,
        for_id: Annotated[
            strawberry.ID,
            strawberry.argument(
                description="The startup, mentor or organisation seeking (the caller's own, or "
                "one its organisation hosts)."
            ),
        ],
        purpose: Annotated[
            Purpose | None,
            strawberry.argument(description="Only candidates that fit this purpose."),
        ] = None,
        first: Annotated[
            int, strawberry.argument(description="How many suggestions (0 to 50).")
        ] = 10,
    ) -> list[IntroductionSuggestion]:
        if not 0 <= first <= MAX_SUGGESTIONS:
            raise InvalidInput(
                "first must be between 0 and {maximum}", field="first", maximum=MAX_SUGGESTIONS
            )
        store, settings = info.context.store, info.context.settings
        cutoff = intro.expiry_cutoff(datetime.now(UTC), settings.introduction_expiry_days)
        row = await queries.seeker(store, for_id, cutoff)
        if row is None:
            raise NotFound("no startup, mentor or organisation with id {id}", id=for_id)
        hosts = [o for o in row.get("orgs") or () if o != for_id]
        if not intro.may_request(info.context.caller, for_id, hosts):
            raise Forbidden("this key may not request introductions for {id}", id=for_id)
        seeker = profile(row)
        region = matching.other_region(seeker.region)
        if region is None:
            return []
        seen = info.context.caller
        wanted = Purpose(purpose) if purpose else None
        fits = sorted(matching.FITS[wanted]) if wanted else None
        fitters = sorted(matching.FITS[wanted] - {"Startup"}) if wanted else []
        excluded = sorted(set(row["excluded"]))
        looking = queries.Wanted(
            row, region, fits, fitters, wanted.value if wanted else None, excluded, seen
        )
        pairs = {frozenset(p) for p in row.get("partnerships") or () if len(set(p)) == 2}
        # At scale, the parties sharing a sector and a market with the seeker, or vouched for
        # by its organisations, are plenty: the best of them, scored by the statement. In a
        # smaller network, every party linked to the seeker (sectors, places, programmes,
        # organisations), the best few hundred on a lower bound of the score; only when they
        # give fewer than `first` suggestions, the rest of the region on its own properties.
        near = await candidates.near(store, looking, first + NEAR_MARGIN)
        if near and near[0]["total"] >= NEAR_ENOUGH:
            pool = [profile(r) for r in near]
        else:
            pool = [profile(r) for r in await queries.pool(store, looking)]
        ranked = matching.suggest(seeker, pool, wanted, pairs, set(excluded), first)
        if len(ranked) < first:
            known = sorted({*excluded, *(c.id for c in pool)})
            rest = replace(looking, excluded=known)
            pool += [profile(r) for r in await queries.fill(store, rest)]
            ranked = matching.suggest(seeker, pool, wanted, pairs, set(excluded), first)
        return [
            IntroductionSuggestion(
                score=s.score,
                reasons=[_reason(r) for r in s.reasons],
                party_id=s.candidate.id,
                kind=s.candidate.kind,
            )
            for s in ranked
        ]

    @strawberry.field(
        permission_classes=[Authenticated],
        description="Who can introduce whom: the shortest chains of trusted relationships "
        "(mentoring, hosting, programmes, partnerships), best first.",
    )
    async def introduction_paths(
        self,
        info: Info,
        from_id: Annotated[
            strawberry.ID, strawberry.argument(description="The party who wants to meet.")
        ],
        to_id: Annotated[strawberry.ID, strawberry.argument(description="The party to reach.")],
        max_hops: Annotated[
            int, strawberry.argument(description="The longest chain to look for (1 to 6).")
        ] = 4,
        first: Annotated[int, strawberry.argument(description="How many paths (0 to 20).")] = 5,
    ) -> list[IntroductionPath]:
        if not 1 <= max_hops <= queries.MAX_HOPS:
            raise InvalidInput(
                "maxHops must be between 1 and {maximum}", field="maxHops", maximum=queries.MAX_HOPS
            )
        if not 0 <= first <= MAX_PATHS:
            raise InvalidInput(
                "first must be between 0 and {maximum}", field="first", maximum=MAX_PATHS
            )
        if from_id == to_id:
            return []
        # Fetch more rows than asked: loops and duplicates are dropped, then trust ranks.
        rows = await queries.paths(
            info.context.store,
            from_id,
            to_id,
            max_hops,
            first * 10 + 20,
            info.context.caller,
        )
        names: dict[str, tuple[str, str | None]] = {}
        found = []
        for row in rows:
            for n in row["nodes"]:
                kind = next((lb for lb in n["labels"] if lb != "Entity"), "Entity")
                names[n["id"]] = (kind, n.get("name"))
            found.append((tuple(n["id"] for n in row["nodes"]), tuple(row["kinds"])))
        result = []
        for ids, kinds in matching.rank_paths(found, first):
            nodes = [PathNode(id=strawberry.ID(i), kind=names[i][0], name=names[i][1]) for i in ids]
            brokers = [n.id for n in nodes[1:-1] if n.kind in ("Organisation", "Mentor")]
            result.append(
                IntroductionPath(
                    hops=len(kinds), nodes=nodes, relationships=list(kinds), brokers=brokers
                )
            )
        return result
