"""Introduction suggestions: candidates in the other ecosystem, scored with their reasons.

Pure and deterministic: the score is the sum of the reasons' weights, ties break on the id.
Reasons are machine-readable codes with parameters (labels are translated by clients).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from hub.domain.vocabulary import Purpose, Region


class ReasonCode(StrEnum):
    SHARED_SECTOR = "shared_sector"
    COMMON_LANGUAGE = "common_language"
    TARGET_MARKET = "target_market"  # one targets the other's city or country
    SHARED_PROGRAMME = "shared_programme"  # same programme or event cohort
    FREE_CAPACITY = "free_capacity"  # a mentor who can take one more mentee
    BROKER_PATH = "broker_path"  # an organisation of the seeker can vouch
    PAST_OUTCOMES = "past_outcomes"  # introductions that led somewhere
    PURPOSE_FIT = "purpose_fit"  # the candidate offers what is sought


WEIGHTS: dict[ReasonCode, int] = {
    ReasonCode.SHARED_SECTOR: 3,  # per shared sector, at most two
    ReasonCode.COMMON_LANGUAGE: 1,
    ReasonCode.TARGET_MARKET: 3,
    ReasonCode.SHARED_PROGRAMME: 2,
    ReasonCode.FREE_CAPACITY: 2,
    ReasonCode.BROKER_PATH: 2,
    ReasonCode.PAST_OUTCOMES: 1,  # per outcome, at most three
    ReasonCode.PURPOSE_FIT: 2,
}

#: Who can serve each purpose: party kinds (Startup, Mentor) and organisation kinds.
FITS: dict[Purpose, frozenset[str]] = {
    Purpose.MENTORING: frozenset({"Mentor", "incubator", "technopark_site", "programme_operator"}),
    Purpose.FUNDING: frozenset({"funder", "programme_operator", "public_body", "incubator"}),
    Purpose.SETTLEMENT_SUPPORT: frozenset(
        {"incubator", "technopark_site", "public_body", "network", "programme_operator"}
    ),
    Purpose.MARKET_ACCESS: frozenset(
        {
            "Startup",
            "Mentor",
            "company",
            "network",
            "public_body",
            "incubator",
            "technopark_site",
            "event",
        }
    ),
    Purpose.PARTNERSHIP: frozenset(
        {"Startup", "company", "incubator", "technopark_site", "network", "event"}
    ),
    Purpose.TALENT: frozenset({"Startup", "company", "network", "incubator", "programme_operator"}),
}


@dataclass(frozen=True)
class Profile:
    id: str
    kind: str  # Startup, Mentor or Organisation
    region: str | None = None
    city: str | None = None
    country: str | None = None
    org_kind: str | None = None
    sectors: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()  # city and country ids
    programmes: frozenset[str] = frozenset()
    offers: frozenset[str] = frozenset()
    orgs: frozenset[str] = frozenset()  # hosts, affiliations, itself for an organisation
    free_capacity: int | None = None  # mentors only
    successes: int = 0

    @property
    def fit_key(self) -> str:
        return (self.org_kind or self.kind) if self.kind == "Organisation" else self.kind


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    weight: int
    sectors: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    brokers: tuple[str, ...] = ()
    count: int | None = None


@dataclass(frozen=True)
class Suggestion:
    candidate: Profile
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def score(self) -> int:
        return sum(r.weight for r in self.reasons)


def other_region(region: str | None) -> str | None:
    if region == Region.AFRICA:
        return Region.EUROPE.value
    if region == Region.EUROPE:
        return Region.AFRICA.value
    return None


def _sorted(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(values)))


def reasons(
    seeker: Profile,
    candidate: Profile,
    purpose: Purpose | None,
    partnerships: Collection[frozenset[str]],
) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if sectors := _sorted(seeker.sectors & candidate.sectors):
        weight = WEIGHTS[ReasonCode.SHARED_SECTOR] * min(len(sectors), 2)
        found.append(Reason(ReasonCode.SHARED_SECTOR, weight, sectors=sectors))
    if languages := _sorted(seeker.languages & candidate.languages):
        found.append(
            Reason(
                ReasonCode.COMMON_LANGUAGE, WEIGHTS[ReasonCode.COMMON_LANGUAGE], languages=languages
            )
        )
    markets = (seeker.targets & {candidate.city, candidate.country}) | (
        candidate.targets & {seeker.city, seeker.country}
    )
    if places := _sorted(p for p in markets if p):
        found.append(
            Reason(ReasonCode.TARGET_MARKET, WEIGHTS[ReasonCode.TARGET_MARKET], places=places)
        )
    if programmes := _sorted(seeker.programmes & candidate.programmes):
        found.append(
            Reason(
                ReasonCode.SHARED_PROGRAMME,
                WEIGHTS[ReasonCode.SHARED_PROGRAMME],
                programmes=programmes,
            )
        )
    if candidate.kind == "Mentor" and (candidate.free_capacity or 0) > 0:
        found.append(
            Reason(
                ReasonCode.FREE_CAPACITY,
                WEIGHTS[ReasonCode.FREE_CAPACITY],
                count=candidate.free_capacity,
            )
        )
    brokers = [
        mine
        for mine in seeker.orgs
        for theirs in candidate.orgs
        if mine == theirs or frozenset({mine, theirs}) in partnerships
    ]
    if brokers:
        found.append(
            Reason(
                ReasonCode.BROKER_PATH, WEIGHTS[ReasonCode.BROKER_PATH], brokers=_sorted(brokers)
            )
        )
    if candidate.successes > 0:
        weight = WEIGHTS[ReasonCode.PAST_OUTCOMES] * min(candidate.successes, 3)
        found.append(Reason(ReasonCode.PAST_OUTCOMES, weight, count=candidate.successes))
    if purpose is not None and (
        purpose.value in candidate.offers or candidate.fit_key in FITS[purpose] - {"Startup"}
    ):
        found.append(Reason(ReasonCode.PURPOSE_FIT, WEIGHTS[ReasonCode.PURPOSE_FIT]))
    return tuple(found)


def eligible(seeker: Profile, candidate: Profile, purpose: Purpose | None) -> bool:
    """In the other ecosystem, able to serve the purpose (a full mentor cannot mentor)."""
    if candidate.id == seeker.id or candidate.region is None:
        return False
    if candidate.region != other_region(seeker.region):
        return False
    if purpose is None:
        return True
    if candidate.fit_key not in FITS[purpose]:
        return False
    return not (
        purpose is Purpose.MENTORING
        and candidate.kind == "Mentor"
        and (candidate.free_capacity or 0) <= 0
    )


def suggest(
    seeker: Profile,
    candidates: Iterable[Profile],
    purpose: Purpose | None,
    partnerships: Collection[frozenset[str]],
    excluded: Collection[str],
    first: int,
) -> list[Suggestion]:
    """The best `first` candidates, highest score first, then by id."""
    ranked = [
        Suggestion(c, reasons(seeker, c, purpose, partnerships))
        for c in candidates
        if c.id not in excluded and eligible(seeker, c, purpose)
    ]
    ranked.sort(key=lambda s: (-s.score, s.candidate.id))
    return ranked[:first]


class Tie(StrEnum):
    """A trusted relationship a warm path may go through, by the name clients see."""

    MENTORS = "MENTORS"
    HOSTED_BY = "HOSTED_BY"
    AFFILIATED_WITH = "AFFILIATED_WITH"
    PARTNERS_WITH = "PARTNERS_WITH"
    IN_PROGRAMME = "IN_PROGRAMME"
    RUN_BY = "RUN_BY"


#: How much each tie vouches, to rank warm paths of equal length.
TRUST: dict[str, int] = {
    Tie.PARTNERS_WITH: 3,
    Tie.MENTORS: 3,
    Tie.HOSTED_BY: 2,
    Tie.AFFILIATED_WITH: 2,
    Tie.RUN_BY: 1,
    Tie.IN_PROGRAMME: 1,
}


def rank_paths(
    paths: Iterable[tuple[tuple[str, ...], tuple[str, ...]]], first: int
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Simple paths (no node twice) as (node ids, relationship kinds): shortest first, then the
    most trusted, then by ids; duplicates (the same chain found twice) dropped."""
    unique = {(ids, kinds) for ids, kinds in paths if len(set(ids)) == len(ids) and len(ids) >= 2}
    ranked = sorted(unique, key=lambda p: (len(p[1]), -sum(TRUST.get(k, 0) for k in p[1]), p))
    return ranked[:first]
