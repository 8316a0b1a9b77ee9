"""Schemathesis (GraphQL mode) fuzzes every query and mutation of the running hub, on the demo
graph, anonymously and with an admin key: no 5xx, no internal error, and a mutation that came
back with errors changed nothing in the graph (full digest before and after each).

Bounded here (HUB_FUZZ_EXAMPLES examples per operation and caller, default 3); docs/security.md
gives the longer run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

from hub.api.schema import build_schema
from hub.demo.load import load
from tests.security.running import RunningHub, running_hub

EXAMPLES = int(os.environ.get("HUB_FUZZ_EXAMPLES", "3"))
# Decimal (money amounts) travels as a string: well-formed amounts, and any text besides.
schemathesis.graphql.scalar(
    "Decimal",
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
        st.text(max_size=20),
    ).map(nodes.String),
)
SCHEMA = schemathesis.graphql.from_file(build_schema().as_str())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@pytest.fixture(scope="module")
def hub() -> Iterator[RunningHub]:
    with running_hub(load) as running:
        yield running


def fuzz(hub: RunningHub, key: str | None) -> dict[str, Any]:
    session = requests.Session()
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    seen: dict[str, Any] = {"calls": 0, "errors": 0, "writes": 0, "problems": []}

    def check(label: str, mutation: bool, case: Any) -> None:
        before = hub.digest() if mutation else None
        response = case.call(base_url=hub.url, session=session, headers=headers)
        seen["calls"] += 1
        where = f"{label}: {case.body}"
        if response.status_code >= 500:
            seen["problems"].append((where, response.status_code, response.text[:300]))
            return
        body = response.json()
        codes = [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
        if "INTERNAL_SERVER_ERROR" in codes:
            seen["problems"].append((where, response.status_code, response.text[:300]))
        if codes:
            seen["errors"] += 1
            if mutation and hub.digest() != before:
                seen["problems"].append((where, "an error, yet the graph changed"))
        elif mutation:
            seen["writes"] += 1

    def checker(label: str) -> Callable[[Any], None]:
        def one(case: Any) -> None:
            check(label, label.startswith("Mutation."), case)

        return one

    for operation in OPERATIONS:
        run = settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        run(given(case=operation.as_strategy())(checker(operation.label)))()
    return seen


def test_anonymous_fuzzing_finds_no_5xx_and_writes_nothing(hub: RunningHub) -> None:
    before = hub.digest()
    seen = fuzz(hub, None)
    assert seen["problems"] == []
    assert seen["calls"] >= len(OPERATIONS) and seen["writes"] == 0
    assert hub.digest() == before  # anonymous callers can change nothing


def test_admin_fuzzing_finds_no_5xx_and_failed_calls_write_nothing(hub: RunningHub) -> None:
    seen = fuzz(hub, hub.admin)
    assert seen["problems"] == []
    assert seen["calls"] >= len(OPERATIONS)


def test_the_fuzzer_covers_every_operation() -> None:
    labels = {operation.label for operation in OPERATIONS}
    assert {"Query.startups", "Mutation.createStartup", "Mutation.requestIntroduction"} <= labels
    assert len(labels) == len(OPERATIONS)
