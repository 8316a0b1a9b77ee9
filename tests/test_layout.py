"""The house's rules, read from the code's own imports: data flows API → services → domain rules
→ graph queries, and no module needs another that needs it back (a type may name another
lazily: imports under `if TYPE_CHECKING:` are not run)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HUB = ROOT / "hub"


def module_of(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements that run on import: not under `if TYPE_CHECKING:`, nor inside functions."""
    for node in body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from _runtime(node.orelse)
        elif isinstance(node, ast.If | ast.Try | ast.With):
            for block in ("body", "orelse", "finalbody", "handlers"):
                yield from _runtime(getattr(node, block, []))
        elif isinstance(node, ast.ExceptHandler):
            yield from _runtime(node.body)
        else:
            yield node


def imports(path: Path, *, runtime_only: bool) -> set[str]:
    """The hub modules (and third-party top-level packages) a module imports."""
    tree = ast.parse(path.read_text())
    nodes = _runtime(tree.body) if runtime_only else ast.walk(tree)
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from hub.api.core import enums`: the submodule, if it is one
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


MODULES = {module_of(p): p for p in HUB.rglob("*.py")}


def test_no_module_imports_itself_back_when_it_runs() -> None:
    graph = {
        name: {m for m in imports(path, runtime_only=True) if m in MODULES and m != name}
        for name, path in MODULES.items()
    }
    # Importing a package runs its __init__: count it as a dependency of its modules' importers.
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert cycles == []


#: Which layer may import which (each also imports itself and what is below it here).
LAYERS = {
    "hub.domain": {"hub.domain"},
    "hub.i18n": {"hub.i18n", "hub.domain"},
    "hub.graph": {"hub.graph", "hub.domain", "hub.config", "hub.logs"},
    "hub.importer": {"hub.importer", "hub.graph", "hub.domain", "hub.i18n"},
    "hub.services": {"hub.services", "hub.importer", "hub.graph", "hub.domain", "hub.config"},
}


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_data_flows_one_way(layer: str) -> None:
    allowed = LAYERS[layer]
    wrong = {
        (name, target)
        for name, path in MODULES.items()
        if name.startswith(f"{layer}.") or name == layer
        for target in imports(path, runtime_only=False)
        if target.startswith("hub.") and not any(target.startswith(a) for a in allowed)
    }
    assert wrong == set()


def test_graphql_stays_in_the_api() -> None:
    """Only hub.api knows GraphQL and HTTP: use cases take the store and the caller."""
    outside = {
        name
        for name, path in MODULES.items()
        if not name.startswith("hub.api")
        and imports(path, runtime_only=False) & {"strawberry", "fastapi", "graphql"}
    }
    assert outside == set()


def test_every_mutation_goes_through_a_use_case() -> None:
    """No mutation module reaches the graph's queries: it calls hub.services."""
    mutations = [p for p in (HUB / "api").rglob("mutations.py")]
    assert len(mutations) >= 8
    reaching = {
        module_of(p)
        for p in mutations
        if any(m.startswith("hub.graph") for m in imports(p, runtime_only=False))
    }
    assert reaching == set()


def test_one_file_name_per_role_in_each_aggregate() -> None:
    """Each aggregate's package holds the same kinds of module, named alike."""
    known = {
        "__init__",
        "types",
        "mutations",
        "schema",
        "stats",
        "suggestions",
        "loaders",
        "templates",
        "vocabulary",
    }
    for package in (HUB / "api").iterdir():
        if package.is_dir() and package.name not in {"core", "graphiql", "__pycache__"}:
            names = {p.stem for p in package.glob("*.py")}
            assert names <= known, (package.name, names - known)


RELATIONSHIP = re.compile(r"\[\w*:([A-Z_]+)")
LABEL = re.compile(r"\(\w*:([A-Z][A-Za-z]+)")


def test_graph_vocabulary_is_declared_once_and_stays_in_the_graph() -> None:
    """Statements name only declared labels and types; outside hub/graph no statement is
    written and no relationship type is named (the domain's ties are the names clients see,
    which the graph stores under the same types: hub.graph.queries.suggestions.TRUSTED)."""
    from hub.domain.matching import Tie
    from hub.graph.names import Label, RelType

    assert {tie.value for tie in Tie} <= {t.value for t in RelType}

    used_types: set[str] = set()
    used_labels: set[str] = set()
    leaking: set[tuple[str, str]] = set()
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
        }  # prose may show a pattern's shape: (n)-[:R]->(:X)
        strings = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
        for text in strings:
            types, labels = set(RELATIONSHIP.findall(text)), set(LABEL.findall(text))
            if name.startswith("hub.graph."):
                used_types |= types
                used_labels |= labels
            elif types or (text in {t.value for t in RelType} and name != "hub.domain.matching"):
                leaking.add((name, text))
    assert used_types - {t.value for t in RelType} == set()
    assert used_labels - {label.value for label in Label} == set()
    assert leaking == set()
