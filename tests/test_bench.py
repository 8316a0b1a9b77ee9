"""`python -m bench` runs end to end on a tiny network and writes every measure it reports
(what it measures is not asserted: speed belongs in the bench's numbers, not in tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.operations import operations
from hub.synth.profiles import Sizes

BASELINES = json.loads(Path(__file__).with_name("scale_round_trips.json").read_text())


def test_the_bench_runs_and_reports_every_measure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "HUB_GRAPH_URI": "", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--startups",
            "60",
            "--samples",
            "5",
            "--seconds",
            "1",
            "--concurrency",
            "4",
            "--workers",
            "1",
            "--import-rows",
            "40",
            "--out",
            str(out),
            "--bolt",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(out.read_text())
    assert found["server"].startswith("FalkorDB ") and "ArcadeDB" in found["bolt"]["server"]
    for backend in (found, found["bolt"]):  # embedded, then through the Neo4j driver
        assert_every_measure(backend)


def assert_every_measure(found: dict[str, Any]) -> None:
    assert sorted(found["reads"]) == sorted(operations(Sizes(60)))
    for name, read in found["reads"].items():
        assert "error" not in read, (name, read)
        # Both columns timed alike; the requests and the replay sent the same statements.
        assert read["graphql"]["n"] == read["cypher"]["n"] == 5
        assert read["ratio_p50"] > 0 and read["ratio_p95"] > 0
        assert read["round_trips"] == read["statements"]
        assert max(read["round_trips"]) <= BASELINES[name]
    assert found["load"]["requests"] > 0 and found["load"]["errors"] == 0
    assert found["bulk_import"]["rows"] == 40 and found["bulk_import"]["ratio"] > 0
