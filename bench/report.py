"""The benchmark's table."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def show(console: Console, found: dict[str, Any]) -> None:
    backend(console, found, f"Passerelle at {found['startups']:,} startups ({found['server']})")
    if "bolt" in found:
        bolt = found["bolt"]
        backend(
            console,
            bolt,
            f"The same through the Neo4j driver on {bolt['server']}: "
            "ArcadeDB's numbers, not Neo4j's",
        )
        side_by_side(console, found, bolt)


def side_by_side(console: Console, embedded: dict[str, Any], bolt: dict[str, Any]) -> None:
    """What the driver's path costs: each read's p50 on both backends, and their ratio."""
    table = Table(title="p50 (ms): embedded FalkorDB next to Bolt (ArcadeDB)")
    for column in (
        "read",
        "API embedded",
        "API Bolt",
        "Bolt / embedded",
        "Cypher embedded",
        "Cypher Bolt",
    ):
        table.add_column(column)
    for name, here in embedded["reads"].items():
        there = bolt["reads"].get(name, {})
        if "error" in here or "error" in there or not there:
            table.add_row(name, "", "", "failed", "", "")
            continue
        ratio = there["graphql"]["p50"] / max(here["graphql"]["p50"], 0.01)
        table.add_row(
            name,
            str(here["graphql"]["p50"]),
            str(there["graphql"]["p50"]),
            f"{ratio:.2f}",
            str(here["cypher"]["p50"]),
            str(there["cypher"]["p50"]),
        )
    console.print(table)


def backend(console: Console, found: dict[str, Any], title: str) -> None:
    bulk, synth = found["bulk_import"], found["synth"]
    table = Table(title=title, show_lines=False)
    for column in ("measure", "hub", "raw Cypher", "ratio (p50, p95)", "round trips"):
        table.add_column(column)
    table.add_row(
        "synth (rows/s, all nodes+relationships)",
        f"{synth['rows_per_s']:,}",
        "",
        "",
        f"{synth['seconds']} s",
    )
    table.add_row(
        "bulk import, new rows (rows/s)",
        f"{bulk['import_rows_per_s']:,}",
        f"{bulk['raw_rows_per_s']:,}",
        f"{bulk['ratio']:.2f}",
        "",
    )
    unchanged = f"{bulk['reimport_unchanged_rows_per_s']:,}"
    table.add_row("bulk re-import, unchanged (rows/s)", unchanged, "", "", "")
    for name, r in found["reads"].items():
        if "error" in r:
            table.add_row(name, "failed", "", "", r["error"][:60])
            continue
        g, c = r["graphql"], r["cypher"]
        table.add_row(
            f"{name} p50 / p95 (ms)",
            f"{g['p50']} / {g['p95']}",
            f"{c['p50']} / {c['p95']}",
            f"{r['ratio_p50']:.2f}, {r['ratio_p95']:.2f}",
            ", ".join(map(str, r["round_trips"])),
        )
    load = found["load"]
    table.add_row(
        f"load: {load['concurrency']} clients, {load['workers']} workers",
        f"{load['rps']} req/s, p95 {load['p95']} ms",
        "",
        "",
        f"{load['errors']} errors",
    )
    console.print(table)
