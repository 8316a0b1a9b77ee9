"""Settlement journeys over HTTP: starting, status rules, prerequisites, concurrency, links."""

from __future__ import annotations

import asyncio

from hub.graph.store import GraphStore
from tests.api.settlement_seed import START, UPDATE, move, seed, start, step_of
from tests.conftest import Api, Keys, error_codes

FRANCE_KEYS = [
    "ftv-eligibility",
    "innovation-attestation",
    "talent-passport",
    "domiciliation",
    "statutes",
    "capital-deposit",
    "legal-notice",
    "inpi-filing",
    "kbis-siren",
    "capital-release",
    "vat-urssaf",
]


async def test_start_creates_one_todo_step_per_template_step(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    token = await keys("startup", "atlas-ai")
    journey = await start(api, token, "atlas-ai", "marseille")
    assert journey["status"] == "ACTIVE"
    assert journey["template"] == {
        "id": "france-marseille-v1",
        "key": "france-marseille",
        "version": 1,
    }
    assert (journey["templateVersion"], journey["startup"], journey["city"]) == (
        1,
        {"id": "atlas-ai"},
        {"id": "marseille"},
    )
    assert [s["key"] for s in journey["steps"]] == FRANCE_KEYS
    assert {(s["status"], s["version"]) for s in journey["steps"]} == {("TODO", 0)}
    inpi = step_of(journey, "inpi-filing")["template"]
    assert inpi["requires"] == ["domiciliation", "capital-deposit", "legal-notice"]
    # A Technopark city uses the country-wide Moroccan template.
    host = await keys("partner", "marseille-innovation")
    morocco = await start(api, host, "calanques", "casablanca")
    assert morocco["template"]["id"] == "morocco-technopark-v1"
    assert step_of(morocco, "certificat-negatif")["template"]["validityDays"] == 90


async def test_start_refusals(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    await start(api, admin, "atlas-ai", "marseille")
    again = await api(START, {"s": "atlas-ai", "d": "marseille"}, key=admin)
    assert error_codes(again) == ["CONFLICT"]
    for variables, code in [
        ({"s": "nobody", "d": "marseille"}, "NOT_FOUND"),
        ({"s": "atlas-ai", "d": "nowhere"}, "NOT_FOUND"),
        ({"s": "atlas-ai", "d": "tunisia"}, "NOT_FOUND"),  # no template for Tunisia
        ({"s": "atlas-ai", "d": "rabat", "t": "france-marseille-v1"}, "BAD_USER_INPUT"),
    ]:
        assert error_codes(await api(START, variables, key=admin)) == [code], variables
    racing = await asyncio.gather(
        *[api(START, {"s": "calanques", "d": "rabat"}, key=admin) for _ in range(4)]
    )
    assert sorted(len(error_codes(b)) for b in racing) == [0, 1, 1, 1]
    rows = await store.read("MATCH (j:SettlementJourney) RETURN count(j) AS n")
    assert rows[0]["n"] == 2


async def test_status_rules(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    token = await keys("startup", "atlas-ai")
    journey = await start(api, token, "atlas-ai", "marseille")
    dom = step_of(journey, "domiciliation")

    async def refused(step: dict[str, object], status: str, **kw: object) -> list[str]:
        body = await api(
            UPDATE, {"id": step["id"], "v": step["version"], "status": status, **kw}, key=token
        )
        return error_codes(body)

    # blocked and skipped need a reason
    assert await refused(dom, "BLOCKED") == ["BAD_USER_INPUT"]
    assert await refused(dom, "SKIPPED", reason=" ") == ["BAD_USER_INPUT"]
    dom = await move(api, token, dom, "BLOCKED", reason="Waiting for the lease")
    assert (dom["status"], dom["reason"], dom["version"]) == ("BLOCKED", "Waiting for the lease", 1)
    # a note alone keeps the status and the reason
    dom = await move(api, token, dom, "BLOCKED", note="Landlord called back")
    assert (dom["reason"], dom["note"], dom["version"]) == (
        "Waiting for the lease",
        "Landlord called back",
        2,
    )
    dom = await move(api, token, dom, "IN_PROGRESS")
    assert dom["reason"] is None and dom["startedAt"]
    dom = await move(api, token, dom, "DONE", evidence="https://docs.example/lease.pdf")
    assert dom["doneAt"] and dom["evidenceUrl"] == "https://docs.example/lease.pdf"
    # done is final; a stale version is a conflict before anything else
    assert await refused(dom, "TODO") == ["BAD_USER_INPUT"]
    assert await refused({**dom, "version": 1}, "TODO") == ["CONFLICT"]
    assert await refused(dom, "DONE", note="x" * 2001) == ["BAD_USER_INPUT"]
    assert await refused(dom, "DONE", evidence="ftp://x") == ["BAD_USER_INPUT"]
    statutes = step_of(journey, "statutes")
    statutes = await move(api, token, statutes, "SKIPPED", reason="Statutes bought ready-made")
    assert statutes["status"] == "SKIPPED"
    # every change is an event: who, from, to, version
    assert dom["events"] == [
        {
            "byRole": "startup",
            "byId": "atlas-ai",
            "fromStatus": "TODO",
            "toStatus": "BLOCKED",
            "version": 1,
            "reason": "Waiting for the lease",
        },
        {
            "byRole": "startup",
            "byId": "atlas-ai",
            "fromStatus": "BLOCKED",
            "toStatus": "BLOCKED",
            "version": 2,
            "reason": "Waiting for the lease",
        },
        {
            "byRole": "startup",
            "byId": "atlas-ai",
            "fromStatus": "BLOCKED",
            "toStatus": "IN_PROGRESS",
            "version": 3,
            "reason": None,
        },
        {
            "byRole": "startup",
            "byId": "atlas-ai",
            "fromStatus": "IN_PROGRESS",
            "toStatus": "DONE",
            "version": 4,
            "reason": None,
        },
    ]


async def test_prerequisites_must_be_done_or_skipped(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    token = await keys("admin")
    journey = await start(api, token, "atlas-ai", "marseille")
    inpi = step_of(journey, "inpi-filing")
    for status in ("IN_PROGRESS", "DONE"):
        body = await api(UPDATE, {"id": inpi["id"], "v": 0, "status": status}, key=token)
        assert error_codes(body) == ["BAD_USER_INPUT"]
        assert body["errors"][0]["extensions"]["field"] == "status"
    # blocking or skipping needs no prerequisite
    blocked = await move(api, token, inpi, "BLOCKED", reason="Waiting for the statutes")
    assert blocked["version"] == 1
    for key, status in [
        ("domiciliation", "DONE"),
        ("statutes", "DONE"),
        ("capital-deposit", "SKIPPED"),
        ("legal-notice", "DONE"),
    ]:
        await move(api, token, step_of(journey, key), status, reason="in kind")
    done = await move(api, token, blocked, "DONE")
    assert done["status"] == "DONE" and done["version"] == 2
    events = await store.read("MATCH (e:SettlementEvent) RETURN count(e) AS n")
    assert events[0]["n"] == 6  # refused attempts wrote nothing


async def test_stale_version_is_a_conflict(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    token = await keys("admin")
    journey = await start(api, token, "atlas-ai", "marseille")
    dom = step_of(journey, "domiciliation")
    first = await api(UPDATE, {"id": dom["id"], "v": 0, "status": "IN_PROGRESS"}, key=token)
    second = await api(
        UPDATE, {"id": dom["id"], "v": 0, "status": "BLOCKED", "reason": "x"}, key=token
    )
    assert error_codes(first) == [] and error_codes(second) == ["CONFLICT"]
    missing = await api(UPDATE, {"id": "no-such-step", "v": 0, "status": "DONE"}, key=token)
    assert error_codes(missing) == ["NOT_FOUND"]


async def test_concurrent_updates_exactly_one_wins(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    token = await keys("admin")
    journey = await start(api, token, "atlas-ai", "marseille")
    dom = step_of(journey, "domiciliation")
    bodies = await asyncio.gather(
        *[
            api(
                UPDATE,
                {"id": dom["id"], "v": 0, "status": "IN_PROGRESS", "note": f"writer {i}"},
                key=token,
            )
            for i in range(6)
        ]
    )
    codes = [error_codes(b) for b in bodies]
    assert codes.count([]) == 1 and codes.count(["CONFLICT"]) == 5
    rows = await store.read(
        "MATCH (s:SettlementStep {id: $id})<-[:OF]-(e:SettlementEvent) "
        "RETURN s.version AS version, count(e) AS events",
        {"id": dom["id"]},
    )
    assert rows == [{"version": 1, "events": 1}]


async def test_helped_by_and_assigned_mentor(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    host = await keys("partner", "technopark-casablanca")
    journey = await start(api, host, "atlas-ai", "marseille")
    dom = step_of(journey, "domiciliation")
    dom = await move(
        api,
        host,
        dom,
        "IN_PROGRESS",
        helper="marseille-innovation",
        assignee="mentor-leila",
        due="2026-02-01",
    )
    assert dom["helpedBy"] == [
        {"organisation": {"id": "marseille-innovation"}, "introductionId": None}
    ]
    assert (dom["assigneeId"], dom["dueDate"]) == ("mentor-leila", "2026-02-01")
    # the assigned mentor may update that step, another mentor may not
    other = await keys("mentor", "mentor-other")
    body = await api(UPDATE, {"id": dom["id"], "v": dom["version"], "status": "DONE"}, key=other)
    assert error_codes(body) == ["FORBIDDEN"]
    leila = await keys("mentor", "mentor-leila")
    dom = await move(api, leila, dom, "DONE")
    assert dom["events"][-1]["byId"] == "mentor-leila"
    # ...but not the steps not assigned to her
    statutes = step_of(journey, "statutes")
    body = await api(UPDATE, {"id": statutes["id"], "v": 0, "status": "IN_PROGRESS"}, key=leila)
    assert error_codes(body) == ["FORBIDDEN"]
    bad = await api(UPDATE, {"id": statutes["id"], "v": 0, "helper": "no-such-org"}, key=host)
    assert error_codes(bad) == ["NOT_FOUND"]
    # an introduction that helped (introductions are private nodes, not :Entity)
    await store.write("CREATE (:Introduction {id: 'intro-1', created_at: 'x'})")
    statutes = await move(api, host, statutes, "IN_PROGRESS", helper="intro-1")
    assert statutes["helpedBy"] == [{"organisation": None, "introductionId": "intro-1"}]
    rows = await store.read("MATCH (:SettlementStep)-[r:HELPED_BY]->() RETURN count(r) AS n")
    assert rows[0]["n"] == 2


async def test_who_may_start_and_update(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    variables = {"s": "atlas-ai", "d": "marseille"}
    assert error_codes(await api(START, variables)) == ["UNAUTHENTICATED"]
    for role, owner in [
        ("partner", "other-org"),
        ("partner", "marseille-innovation"),
        ("startup", "calanques"),
        ("mentor", "mentor-leila"),
    ]:
        body = await api(START, variables, key=await keys(role, owner))
        assert error_codes(body) == ["FORBIDDEN"], (role, owner)
    journey = await start(
        api, await keys("partner", "technopark-casablanca"), "atlas-ai", "marseille"
    )
    dom = step_of(journey, "domiciliation")
    body = await api(
        UPDATE,
        {"id": dom["id"], "v": 0, "status": "IN_PROGRESS"},
        key=await keys("startup", "calanques"),
    )
    assert error_codes(body) == ["FORBIDDEN"]
