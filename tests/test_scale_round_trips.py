"""The benchmarked reads (bench/operations.py) send the same number of statements on a small
and a ten times larger synthetic graph, equal to the baselines in tests/scale_round_trips.json."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.operations import operations
from hub.graph.store import GraphStore
from hub.synth.load import synthesize
from hub.synth.profiles import Sizes
from tests.conftest import Api, Keys

BASELINES = Path(__file__).with_name("scale_round_trips.json")
SMALL, LARGE = 60, 600
TODAY = datetime(2026, 11, 23, tzinfo=UTC)


async def trips(store: GraphStore, api: Api, keys: Keys, size: int, name: str) -> set[int]:
    await synthesize(store, size, seed=3, today=TODAY)
    key = await keys("admin")
    found = set()
    for query, variables in operations(Sizes(size))[name]:
        body = await api(query, variables, key=key)
        assert not body.get("errors"), body["errors"]
        found.add(int(body["extensions"]["dbRoundTrips"]))
    return found


def test_every_operation_has_a_baseline() -> None:
    assert sorted(json.loads(BASELINES.read_text())) == sorted(operations(Sizes(SMALL)))


@pytest.mark.parametrize("name", sorted(operations(Sizes(SMALL))))
async def test_round_trips_do_not_grow(store: GraphStore, api: Api, keys: Keys, name: str) -> None:
    baseline = json.loads(BASELINES.read_text())[name]
    small = await trips(store, api, keys, SMALL, name)
    await store.clear()
    large = await trips(store, api, keys, LARGE, name)
    assert max(large) <= baseline, f"{name}: {sorted(large)} round trips, baseline {baseline}"
    # Bounded by the baseline at both sizes (a level with no items costs nothing, so one request
    # may send fewer), and the baseline is reached: lower it if it no longer is.
    assert max(small) <= baseline and max(small | large) == baseline, (small, large, baseline)
