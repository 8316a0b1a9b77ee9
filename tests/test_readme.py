"""The README's first ten minutes stay true: each of its queries runs on the demo data, with the
key it tells the reader to make, and answers what it says."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def graphql_blocks() -> list[str]:
    return re.findall(r"```graphql\n(.*?)```", README, flags=re.S)


def curl_request() -> tuple[dict[str, str], str]:
    """The headers and the query of the README's curl command."""
    block = re.search(r"```sh\n(KEY=.*?)```", README, flags=re.S)
    assert block is not None, "the README has no curl example"
    words = shlex.split(block.group(1).replace("\\\n", " "))
    start = words.index("curl")
    headers = dict(
        words[i + 1].split(": ", 1) for i in range(start, len(words)) if words[i] == "-H"
    )
    body = json.loads(words[words.index("-d") + 1])
    return headers, body["query"]


async def test_the_curl_example_answers_in_arabic(store: GraphStore, api: Api, keys: Keys) -> None:
    await load(store)
    headers, query = curl_request()
    assert headers["Authorization"] == "Bearer $KEY"
    language = headers["Accept-Language"]
    data = await api.data(query, key=await keys("admin"), language=language)
    found = data["startups"]
    assert found["totalCount"] >= 1
    for edge in found["edges"]:
        assert edge["node"]["city"]["name"]["dir"] == "RTL"


async def test_each_graphql_example_runs_on_the_demo(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await load(store)
    admin = await keys("admin")
    blocks = graphql_blocks()
    assert len(blocks) >= 3
    answers: list[dict[str, Any]] = [await api.data(block, key=admin) for block in blocks]
    startups, change, journey = answers[:3]
    assert startups["startups"]["totalCount"] >= 1
    assert change["updateStartup"]["seeks"] == ["MARKET_ACCESS", "FUNDING"]
    progress = journey["settlementJourney"]["progress"]
    assert progress["blocked"] and progress["blocked"][0]["reason"]
    assert progress["workableNow"]
