"""The benchmark's table."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def show(console: Console, found: dict[str, Any]) -> None:
    bulk, synth = found["bulk_import"], found["synth"]
    table = Table(title=f"Passerelle at {found['startups']:,} startups", show_lines=False)
    for column in ("measure", "hub", "raw Cypher", "ratio (p50, p95)", "round trips"):
        table.add_column(column)
    table.add_row("synth (rows/s, all nodes+relationships)", f"{synth['rows_per_s']:,}",
                  "", "", f"{synth['seconds']} s")  # fmt: skip
    table.add_row("bulk import, new rows (rows/s)", f"{bulk['import_rows_per_s']:,}",
                  f"{bulk['raw_rows_per_s']:,}", f"{bulk['ratio']:.2f}", "")  # fmt: skip
    unchanged = f"{bulk['reimport_unchanged_rows_per_s']:,}"
    table.add_row("bulk re-import, unchanged (rows/s)", unchanged, "", "", "")
    for name, r in found["reads"].items():
        if "error" in r:
            table.add_row(name, "failed", "", "", r["error"][:60])
            continue
        g, c = r["graphql"], r["cypher"]
        table.add_row(f"{name} p50 / p95 (ms)", f"{g['p50']} / {g['p95']}",
                      f"{c['p50']} / {c['p95']}", f"{r['ratio_p50']:.2f}, {r['ratio_p95']:.2f}",
                      ", ".join(map(str, r["round_trips"])))  # fmt: skip
    load = found["load"]
    table.add_row(f"load: {load['concurrency']} clients, {load['workers']} workers",
                  f"{load['rps']} req/s, p95 {load['p95']} ms", "", "",
                  f"{load['errors']} errors")  # fmt: skip
    console.print(table)
