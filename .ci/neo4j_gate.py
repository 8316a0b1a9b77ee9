#!/usr/bin/env python3
"""The Neo4j compatibility gate: lint every statement the hub sends with Neo4j's own linter.

    HUB_STATEMENTS_OUT=build/statements.json make test      # the suite writes the statements
    .venv/bin/python .ci/neo4j_gate.py build/statements.json

Runs `shared/tools/neo4j-lint/run` (beside the clone: `$(dirname repo)/shared`, or
$PASSERELLE_SHARED) on the file written by tests/statements_plugin.py. Fails (exit 1) on any
error, and on any warning not listed in .ci/neo4j-lint-allow.json (`match`: a substring of the
message; `statement`: a substring of the statement, or null for any; `reason`: why it stays).
Exit 2 when the gate could not run at all. See docs/neo4j.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ALLOWLIST = REPO / ".ci" / "neo4j-lint-allow.json"
TOOL = Path("tools") / "neo4j-lint" / "run"
# lint.mjs prints `<kind>: <first line of the message>` then `  in: <statement, whitespace
# collapsed, first 200 characters>`, and ends with `<n> statements: <e> errors, <w> warnings`.
_DIAGNOSTIC = re.compile(r"^(error|warning): (.*)$")
_WHERE = re.compile(r"^  in: (.*)$")
_SUMMARY = re.compile(r"^(\d+) statements: (\d+) errors, (\d+) warnings")
_SHOWN = 200


class GateError(Exception):
    """The gate could not run (missing tool or file, unexpected linter output)."""


@dataclass(frozen=True)
class Diagnostic:
    kind: str  # error | warning
    message: str
    shown: str  # the statement as the linter printed it
    statements: tuple[str, ...]  # the full statements it may be (same printed prefix)


@dataclass(frozen=True)
class Allowed:
    match: str
    statement: str | None
    reason: str

    def covers(self, d: Diagnostic) -> bool:
        if d.kind != "warning" or self.match not in d.message:
            return False
        if self.statement is None:
            return True
        return self.statement in d.shown or any(self.statement in s for s in d.statements)


def shared_dir() -> Path:
    """`PASSERELLE_SHARED`, else `shared/` beside this checkout, else beside the checkout this
    one was cloned from (a clean clone made anywhere, e.g. in /tmp, still finds the linter)."""
    env = os.environ.get("PASSERELLE_SHARED")
    if env:
        return Path(env)
    beside = REPO.parent / "shared"
    if beside.is_dir():
        return beside
    origin = subprocess.run(["git", "-C", str(REPO), "remote", "get-url", "origin"],
                            capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
    if origin and Path(origin).is_dir():
        return Path(origin).resolve().parent / "shared"
    return beside


def shown(query: str) -> str:
    return re.sub(r"\s+", " ", query)[:_SHOWN]


def load_statements(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise GateError(
            f"{path} does not exist: run the suite with HUB_STATEMENTS_OUT={path} first"
        )
    items = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(items, list) or not items:
        raise GateError(f"{path} holds no statements: did the suite run with the plugin?")
    return items


def load_allowlist(path: Path) -> list[Allowed]:
    entries = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    allowed = []
    for entry in entries:
        if not entry.get("match") or not entry.get("reason"):
            raise GateError(f"{path}: every entry needs a `match` and a `reason`: {entry}")
        allowed.append(Allowed(entry["match"], entry.get("statement"), entry["reason"]))
    return allowed


def lint(path: Path, shared: Path) -> tuple[list[str], str]:
    """Run the linter; its output lines and its standard error."""
    tool = shared / TOOL
    if not tool.is_file():
        raise GateError(
            f"the Neo4j linter is missing: {tool} not found (the shared/ checkout must sit "
            f"beside this clone, or set PASSERELLE_SHARED to it)"
        )
    done = subprocess.run(
        [str(tool), str(path)], capture_output=True, text=True, check=False, timeout=900
    )
    if done.returncode not in (0, 1):
        raise GateError(f"the Neo4j linter failed (exit {done.returncode}): {done.stderr.strip()}")
    return done.stdout.splitlines(), done.stderr


def parse(lines: list[str], items: list[dict[str, Any]]) -> list[Diagnostic]:
    by_shown: dict[str, list[str]] = {}
    for item in items:
        by_shown.setdefault(shown(item["query"]), []).append(item["query"])
    found: list[Diagnostic] = []
    summary: tuple[int, int, int] | None = None
    pending: tuple[str, str] | None = None
    for line in lines:
        if pending is not None:
            where = _WHERE.match(line)
            if not where:
                raise GateError(f"unexpected linter output after a diagnostic: {line!r}")
            text = where.group(1)
            candidates = tuple(by_shown.get(text, ()))
            found.append(Diagnostic(pending[0], pending[1], text, candidates))
            pending = None
        elif m := _DIAGNOSTIC.match(line):
            pending = (m.group(1), m.group(2))
        elif m := _SUMMARY.match(line):
            summary = (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if summary is None:
        raise GateError("the linter printed no summary line:\n" + "\n".join(lines[-5:]))
    counted = (
        len(items),
        sum(d.kind == "error" for d in found),
        sum(d.kind == "warning" for d in found),
    )
    if summary != counted:
        raise GateError(f"linter summary {summary} does not match what was parsed {counted}")
    return found


def gate(statements: Path, allowlist: Path, shared: Path) -> int:
    items = load_statements(statements)
    allowed = load_allowlist(allowlist)
    lines, _ = lint(statements, shared)
    diagnostics = parse(lines, items)
    failures: list[Diagnostic] = []
    used: dict[Allowed, int] = {}
    for d in diagnostics:
        entry = next((a for a in allowed if a.covers(d)), None)
        if entry is None:
            failures.append(d)
        else:
            used[entry] = used.get(entry, 0) + 1
    for d in failures:
        print(f"{d.kind}: {d.message}\n  in: {d.shown}")
    for entry, count in used.items():
        print(f"allowed ({count}x): {entry.match!r} — {entry.reason}")
    for entry in allowed:
        if entry not in used:
            print(f"note: allowlist entry matched nothing this run: {entry.match!r}")
    sources: dict[str, int] = {}
    for item in items:
        sources[item.get("source", "?")] = sources.get(item.get("source", "?"), 0) + 1
    origin = ", ".join(f"{n} from {s}" for s, n in sorted(sources.items()))
    errors = sum(d.kind == "error" for d in diagnostics)
    warnings = len(diagnostics) - errors
    verdict = "FAILED" if failures else "OK"
    print(
        f"neo4j gate: {len(items)} distinct statements ({origin}): {errors} errors, "
        f"{warnings} warnings ({sum(used.values())} allowed) — {verdict}"
    )
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "statements",
        nargs="?",
        default=os.environ.get("HUB_STATEMENTS_OUT", str(REPO / "build" / "statements.json")),
        help="the JSON file the suite wrote (default: $HUB_STATEMENTS_OUT)",
    )
    parser.add_argument("--allow", default=str(ALLOWLIST), help="the allowlist (JSON)")
    parser.add_argument("--shared", default=None, help="the shared/ checkout holding the tool")
    args = parser.parse_args(argv)
    shared = Path(args.shared) if args.shared else shared_dir()
    try:
        return gate(Path(args.statements), Path(args.allow), shared)
    except GateError as exc:
        print(f"neo4j gate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
