"""The load generator, run as a second process: `python -m bench.load <url> <spec.json>`.

`spec`: {"key", "concurrency", "seconds", "requests": [[query, variables], …]}. Each client
sends requests round-robin for `seconds`; prints {"requests", "errors", "error_kinds", "rps",
"p50", "p95"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from typing import Any

import httpx

from bench.measure import percentiles


def _kind(response: httpx.Response) -> str | None:
    """What went wrong with one response (an HTTP status or a GraphQL error code), if anything."""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    errors = response.json().get("errors")
    return (errors[0].get("extensions") or {}).get("code", "error") if errors else None


async def client(
    http: httpx.AsyncClient, spec: dict[str, Any], offset: int, until: float, out: list[float]
) -> Counter[str]:
    errors: Counter[str] = Counter()
    n, requests = offset, spec["requests"]
    headers = {"Authorization": f"Bearer {spec['key']}"}
    while time.perf_counter() < until:
        query, variables = requests[n % len(requests)]
        n += 1
        start = time.perf_counter()
        response = await http.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )
        out.append((time.perf_counter() - start) * 1000)
        kind = _kind(response)
        if kind:
            errors[kind] += 1
    return errors


async def main(url: str, spec: dict[str, Any]) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=spec["concurrency"])
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
        samples: list[float] = []
        start = time.perf_counter()
        until = start + spec["seconds"]
        errors = await asyncio.gather(
            *(client(http, spec, i, until, samples) for i in range(spec["concurrency"]))
        )
        elapsed = time.perf_counter() - start
    kinds = sum(errors, Counter[str]())
    return {
        "requests": len(samples),
        "errors": sum(kinds.values()),
        "error_kinds": dict(kinds),
        "rps": round(len(samples) / elapsed, 1),
        **percentiles(samples),
    }


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as f:
        print(json.dumps(asyncio.run(main(sys.argv[1], json.load(f)))))
