from hub.domain.matching import Profile, ReasonCode, eligible, other_region, reasons, suggest
from hub.domain.vocabulary import Purpose

ATLAS = Profile(
    id="atlas-ai",
    kind="Startup",
    region="africa",
    city="casablanca",
    country="morocco",
    sectors=frozenset({"ai", "health"}),
    languages=frozenset({"fr", "ar", "en"}),
    targets=frozenset({"france"}),
    programmes=frozenset({"mit-africa"}),
    orgs=frozenset({"technopark-casablanca"}),
)
CLAIRE = Profile(
    id="claire",
    kind="Mentor",
    region="europe",
    city="marseille",
    country="france",
    sectors=frozenset({"ai"}),
    languages=frozenset({"fr", "en"}),
    free_capacity=1,
    orgs=frozenset({"marseille-innovation"}),
    successes=2,
)
PAUL = Profile(
    id="paul", kind="Mentor", region="europe", sectors=frozenset({"ai"}), free_capacity=0
)
MI = Profile(
    id="marseille-innovation",
    kind="Organisation",
    org_kind="incubator",
    region="europe",
    city="marseille",
    country="france",
    orgs=frozenset({"marseille-innovation"}),
    programmes=frozenset({"mit-africa"}),
)
MEDSUD = Profile(
    id="medsud",
    kind="Startup",
    region="europe",
    city="marseille",
    country="france",
    sectors=frozenset({"ai"}),
    targets=frozenset({"morocco"}),
    offers=frozenset({"partnership"}),
)
YASMINE = Profile(id="yasmine", kind="Mentor", region="africa", free_capacity=2)
PARTNERS = {frozenset({"technopark-casablanca", "marseille-innovation"})}


def codes(found: tuple[object, ...]) -> list[str]:
    return [r.code.value for r in found]  # type: ignore[attr-defined]


def test_reasons_carry_their_parameters() -> None:
    found = {r.code: r for r in reasons(ATLAS, CLAIRE, Purpose.MENTORING, PARTNERS)}
    assert found[ReasonCode.SHARED_SECTOR].sectors == ("ai",)
    assert found[ReasonCode.COMMON_LANGUAGE].languages == ("en", "fr")
    assert found[ReasonCode.TARGET_MARKET].places == ("france",)
    assert found[ReasonCode.FREE_CAPACITY].count == 1
    assert found[ReasonCode.BROKER_PATH].brokers == ("technopark-casablanca",)
    assert found[ReasonCode.PAST_OUTCOMES].count == 2
    assert ReasonCode.PURPOSE_FIT in found
    assert ReasonCode.SHARED_PROGRAMME not in found
    both = {r.code: r for r in reasons(ATLAS, MI, None, PARTNERS)}
    assert both[ReasonCode.SHARED_PROGRAMME].programmes == ("mit-africa",)


def test_target_markets_match_both_ways() -> None:
    found = {r.code: r for r in reasons(MEDSUD, ATLAS, None, set())}
    assert found[ReasonCode.TARGET_MARKET].places == ("france", "morocco")


def test_score_is_the_sum_of_weights() -> None:
    [best] = suggest(ATLAS, [CLAIRE], Purpose.MENTORING, PARTNERS, set(), 5)
    assert best.score == sum(r.weight for r in best.reasons) == 3 + 1 + 3 + 2 + 2 + 2 + 2


def test_only_the_other_ecosystem_and_fitting_kinds() -> None:
    assert other_region("africa") == "europe" and other_region("europe") == "africa"
    assert not eligible(ATLAS, YASMINE, None)  # same side
    assert not eligible(ATLAS, PAUL, Purpose.MENTORING)  # no free capacity
    assert eligible(ATLAS, PAUL, Purpose.MARKET_ACCESS)
    assert not eligible(ATLAS, MEDSUD, Purpose.FUNDING)
    assert eligible(ATLAS, MI, Purpose.SETTLEMENT_SUPPORT)
    assert eligible(MEDSUD, ATLAS, Purpose.PARTNERSHIP)
    assert not eligible(ATLAS, Profile(id="x", kind="Startup"), None)  # nowhere


def test_suggestions_are_ranked_deterministically_and_exclude() -> None:
    pool = [MEDSUD, MI, CLAIRE, PAUL, YASMINE]
    first = suggest(ATLAS, pool, None, PARTNERS, set(), 10)
    again = suggest(ATLAS, list(reversed(pool)), None, PARTNERS, set(), 10)
    assert [s.candidate.id for s in first] == [s.candidate.id for s in again]
    assert [s.score for s in first] == sorted((s.score for s in first), reverse=True)
    assert "yasmine" not in [s.candidate.id for s in first]
    without = suggest(ATLAS, pool, None, PARTNERS, {"claire"}, 10)
    assert "claire" not in [s.candidate.id for s in without]
    assert len(suggest(ATLAS, pool, None, PARTNERS, set(), 2)) == 2
    tie_a = Profile(id="a", kind="Startup", region="europe")
    tie_b = Profile(id="b", kind="Startup", region="europe")
    assert [s.candidate.id for s in suggest(ATLAS, [tie_b, tie_a], None, set(), set(), 5)] == [
        "a",
        "b",
    ]


def test_paths_rank_short_then_trusted_and_drop_loops() -> None:
    from hub.domain.matching import rank_paths

    a = (("s", "tp", "amp", "mi"), ("HOSTED_BY", "PARTNERS_WITH", "PARTNERS_WITH"))
    b = (("s", "prog", "x", "mi"), ("IN_PROGRAMME", "IN_PROGRAMME", "HOSTED_BY"))
    short = (("s", "prog", "mi"), ("IN_PROGRAMME", "RUN_BY"))
    loop = (("s", "tp", "s", "mi"), ("HOSTED_BY", "HOSTED_BY", "MENTORS"))
    assert rank_paths([b, loop, a, short, a], 5) == [short, a, b]
    assert rank_paths([b, a], 1) == [a]
