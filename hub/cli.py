"""The `hub` command: serve, worker, demo, migrate, export-schema, export-graph-schema,
documents, keys, import, export, synth."""

from __future__ import annotations

import asyncio
import json
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from hub.config import Settings
from hub.domain.errors import DomainError
from hub.domain.keys import DEFAULT_EXPIRY_DAYS
from hub.domain.vocabulary import Role
from hub.graph.connect import FALKOR_GRAPH, embedded_owner, open_store
from hub.graph.dialect import Command, Dialect, FalkorDialect, Neo4jDialect
from hub.graph.migrate import migrate as migrate_graph
from hub.graph.store import GraphStore, StoreError

if TYPE_CHECKING:
    from hub.importer.kinds import Sheet
    from hub.importer.report import Report

app = typer.Typer(
    help="Passerelle, the Morocco ↔ Marseille soft-landing hub.", no_args_is_help=True
)
keys_app = typer.Typer(help="API keys: create, list, revoke.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
console = Console()
T = TypeVar("T")


def fail(exc: BaseException) -> typer.Exit:
    """One plain line on stderr (no markup, no wrapping, no traceback); exit status 1."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


def settings() -> Settings:
    try:
        loaded = Settings()
        loaded.backend  # noqa: B018 (validates HUB_GRAPH_URI)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "HUB_" + "_".join(str(part) for part in first["loc"]).upper()
        raise fail(ValueError(f"{name}: {first['msg']}")) from None
    except ValueError as exc:
        raise fail(exc) from None
    return loaded


def run(work: Callable[[GraphStore], Awaitable[T]], *, migrate_first: bool = True) -> T:
    """Open the configured store, migrate, run `work`; failures become one line and exit 1."""
    configured = settings()

    async def main() -> T:
        async with open_store(configured) as store:
            if migrate_first:
                await migrate_graph(store)
            return await work(store)

    try:
        return asyncio.run(main())
    except (StoreError, DomainError) as exc:
        raise fail(exc) from None


@app.command()
def serve(
    demo: Annotated[bool, typer.Option(help="Load the demo data first.")] = False,
    host: Annotated[str | None, typer.Option(help="Interface (default HUB_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default HUB_PORT).")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (default HUB_WORKERS).", min=1)
    ] = None,
) -> None:
    """Run the API (GraphQL and GraphiQL at /graphql)."""
    import uvicorn

    from hub.api.core import nodelay
    from hub.logs import logging_config

    configured = settings()
    host, port = host or configured.host, port or configured.port
    # SIGTERM ends the block below like Ctrl-C does, so the embedded server is stopped too.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        # This process starts and owns the embedded server; the workers (and CLI commands) share
        # it. Started and migrated here so that a failure is one line, not uvicorn's traceback.
        with embedded_owner(configured):
            if demo:
                load_demo()
            run(migrate_graph, migrate_first=False)
            console.print(f"Passerelle on http://{host}:{port}/graphql")
            uvicorn.run(
                "hub.api.app:create_app",
                factory=True,
                host=host,
                port=port,
                workers=workers or configured.workers,
                # TCP_NODELAY: without it, responses from several workers wait ~40 ms.
                http=nodelay.PROTOCOL,
                # The hub reads X-Forwarded-For itself, from HUB_TRUSTED_PROXIES only.
                proxy_headers=False,
                loop="auto",  # uvloop where it runs (not Windows)
                log_config=logging_config(configured.log_format, configured.log_level),
            )
    except StoreError as exc:
        raise fail(exc) from None


@app.command()
def worker(
    once: Annotated[bool, typer.Option(help="Run the due jobs once, then exit.")] = False,
) -> None:
    """Run the due work (expire unanswered introductions, …) every HUB_WORKER_INTERVAL_SECONDS;
    several workers can share one database (each job is claimed under a lease)."""
    from hub.domain.jobs import worker_name
    from hub.services import jobs

    name, configured = worker_name(), settings()

    async def loop(store: GraphStore) -> None:
        if once:
            done = await jobs.run_due(store, configured, name)
            for job, count in done.items():
                console.print(
                    f"{job.value}: {'held by another worker' if count is None else count}"
                )
            return
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        await jobs.work(store, configured, name, stop)

    run(loop)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(0)


@app.command("demo")
def load_demo() -> None:
    """Load the reference data and the fictional demo profiles (idempotent)."""
    from hub.demo.load import load

    async def work(store: GraphStore) -> dict[str, int]:
        counts = await load(store)
        await store.compact()  # a restart then loads the graph at once, without replaying it
        return counts

    counts = run(work)
    console.print("demo data loaded: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


@app.command()
def migrate() -> None:
    """Create the graph's constraints and indexes (idempotent; `serve` runs it too)."""
    applied = run(migrate_graph, migrate_first=False)
    typer.echo(f"migrated: {applied} schema steps applied")


@app.command("export-schema")
def export_schema(
    output: Annotated[Path | None, typer.Option(help="Write to this file, not stdout.")] = None,
) -> None:
    """Print the GraphQL SDL (schema/hub.graphql is this, checked in)."""
    from hub.api.schema import build_schema

    write(build_schema().as_str() + "\n", output)


@app.command("documents")
def documents(
    output: Annotated[Path | None, typer.Option(help="Write to this file, not stdout.")] = None,
) -> None:
    """Print the trusted documents as a JSON manifest, id to text: a client sends an id as
    `documentId` instead of the text (HUB_TRUSTED_DOCUMENTS adds a deployment's own)."""
    from hub.api.core.documents import TrustedDocuments

    found = TrustedDocuments.load(settings().trusted_documents, only=False)
    write(
        json.dumps(dict(sorted(found.by_id.items())), indent=2, ensure_ascii=False) + "\n", output
    )


def write(text: str, output: Path | None) -> None:
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


def graph_schema(dialect: Dialect) -> str:
    """The constraints and indexes `hub migrate` creates, as one backend's statements."""
    lines = [
        f"// Graph schema for {dialect.name}, generated from hub/graph/model.py by",
        f"// `hub export-graph-schema --backend {dialect.name}`; `hub migrate` applies it.",
    ]
    for step in dialect.schema():
        if isinstance(step, Command):
            lines.append("// server command: " + " ".join(step.args))
        else:
            lines.append(step + ";")
    return "\n".join(lines) + "\n"


DIALECTS: dict[str, Callable[[], Dialect]] = {
    "falkordb": lambda: FalkorDialect(FALKOR_GRAPH),
    "neo4j": Neo4jDialect,
}


@app.command("export-graph-schema")
def export_graph_schema(
    backend: Annotated[str, typer.Option(help="falkordb or neo4j.")] = "falkordb",
    output: Annotated[Path | None, typer.Option(help="Write to this file, not stdout.")] = None,
) -> None:
    """Print the graph's constraints, indexes and relationship types for one backend
    (schema/graph-<backend>.cypher)."""
    if backend not in DIALECTS:
        raise fail(ValueError(f"--backend must be one of {', '.join(DIALECTS)}"))
    write(graph_schema(DIALECTS[backend]()), output)


@keys_app.command("create")
def keys_create(
    role: Annotated[Role, typer.Option(help="admin, partner, mentor or startup.")],
    for_: Annotated[
        str | None, typer.Option("--for", help="The organisation, mentor or startup id.")
    ] = None,
    label: Annotated[str | None, typer.Option(help="A note on who holds it.")] = None,
    expires_in_days: Annotated[
        int, typer.Option(help="Days until the key stops working.", min=1)
    ] = DEFAULT_EXPIRY_DAYS,
) -> None:
    """Create a key; it is printed once, alone on the last line."""
    from hub.services import api_keys

    record, token = run(lambda store: api_keys.issue(store, role, for_, label, expires_in_days))
    owner = f" for {for_}" if for_ else ""
    typer.echo(
        f"key {record['id']} ({role.value}{owner}, expires {record['expires_at'][:10]}) "
        "created; store it now, it is not shown again:"
    )
    typer.echo(token)


@keys_app.command("revoke")
def keys_revoke(key_id: str) -> None:
    """Revoke a key by its id (the part after `hub_`)."""
    from hub.services import api_keys

    run(lambda store: api_keys.revoke(store, key_id))
    typer.echo(f"key {key_id} revoked")


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never their secrets)."""
    from hub.graph.queries import keys as key_queries

    rows = run(key_queries.list_all)
    table = Table("id", "role", "for", "label", "created", "expires", "last used", "revoked")
    for column in table.columns:
        column.no_wrap = True
    for r in rows:
        table.add_row(
            r["id"],
            r["role"],
            r.get("entity_id") or "",
            r.get("label") or "",
            r["created_at"],
            r.get("expires_at") or "never",
            r.get("last_used_at") or "",
            r.get("revoked_at") or "",
        )
    Console(width=max(console.width, 180)).print(table)


KIND_HELP = "startups, mentors or organisations."


def import_kind(kind: str) -> Sheet:
    from hub.importer.kinds import KINDS

    if kind not in KINDS:
        raise fail(ValueError(f"--kind must be one of {', '.join(KINDS)}"))
    return KINDS[kind]


@app.command("import")
def import_file(
    file: Annotated[Path, typer.Argument(help="A .csv, .xlsx or .json file.", exists=True)],
    kind: Annotated[str, typer.Option(help=KIND_HELP)],
    dry_run: Annotated[bool, typer.Option(help="Check and count; write nothing.")] = False,
    language: Annotated[str | None, typer.Option(help="fr, en or ar (default: $LANG).")] = None,
) -> None:
    """Import startups, mentors or organisations: every row is checked first; nothing is written
    unless all are valid; re-running the same file changes nothing."""
    from hub.i18n import translate
    from hub.importer import console as ui
    from hub.importer import files
    from hub.services.imports import import_rows

    spec, lang = import_kind(kind), ui.language(language)
    try:
        columns, rows = files.read(file)
    except DomainError as exc:
        raise fail(ValueError(translate(exc.message, lang, exc.params))) from None
    except OSError as exc:
        raise fail(exc) from None

    async def work(store: GraphStore) -> Report:
        report = await import_rows(store, spec, columns, rows, dry_run=dry_run)
        if report.ok and not dry_run:
            await store.compact()  # a restart then loads the graph at once, without replaying it
        return report

    report = run(work)
    ui.show(console, report, lang)
    if not report.ok:
        raise typer.Exit(1)


@app.command("export")
def export_file(
    file: Annotated[Path, typer.Argument(help="A .csv, .xlsx or .json file to write.")],
    kind: Annotated[str, typer.Option(help=KIND_HELP)],
) -> None:
    """Export every startup, mentor or organisation in the import's columns."""
    from hub.importer import files
    from hub.importer.export import export_rows

    spec = import_kind(kind)
    rows = run(lambda store: export_rows(store, spec))
    try:
        files.write(file, [c.name for c in spec.columns], rows)
    except (DomainError, OSError) as exc:
        raise fail(exc) from None
    typer.echo(f"{len(rows)} {spec.name} written to {file}")


@app.command()
def synth(
    startups: Annotated[int, typer.Option(help="How many startups (mentors: /10, orgs: /50).")],
    seed: Annotated[int, typer.Option(help="The same seed gives the same graph.")] = 1,
) -> None:
    """Write a synthetic network (reference data, profiles, introductions, settlement journeys)
    through the bulk path; idempotent for a given seed and day."""
    from rich.progress import Progress

    from hub.synth.load import size_of, synthesize

    async def work(store: GraphStore) -> dict[str, int]:
        with Progress(console=console, transient=True) as bar:
            task = bar.add_task("synth", total=size_of(startups))
            counts = await synthesize(
                store, startups, seed, progress=lambda n: bar.advance(task, n)
            )
        await store.compact()  # a restart then loads the graph at once, without replaying it
        return counts

    counts = run(work)
    console.print("synthesized: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
