"""The `hub` command: serve, demo, migrate, export-schema, keys."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from hub.config import Settings
from hub.domain.errors import DomainError
from hub.domain.vocabulary import Role
from hub.graph.connect import open_store
from hub.graph.migrate import migrate as migrate_graph
from hub.graph.store import GraphStore, StoreError

app = typer.Typer(
    help="Passerelle, the Morocco ↔ Marseille soft-landing hub.", no_args_is_help=True
)
keys_app = typer.Typer(help="API keys: create, list, revoke.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
console = Console()
err = Console(stderr=True)
T = TypeVar("T")


def run(work: Callable[[GraphStore], Awaitable[T]]) -> T:
    """Open the configured store, migrate, run `work`; failures become one line and exit 1."""

    async def main() -> T:
        async with open_store(Settings()) as store:
            await migrate_graph(store)
            return await work(store)

    try:
        return asyncio.run(main())
    except (StoreError, DomainError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


@app.command()
def serve(
    demo: Annotated[bool, typer.Option(help="Load the demo data first.")] = False,
    host: Annotated[str | None, typer.Option(help="Interface (default HUB_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default HUB_PORT).")] = None,
) -> None:
    """Run the API (GraphQL and GraphiQL at /graphql)."""
    import uvicorn

    from hub.api.app import create_app

    settings = Settings()
    if demo:
        load_demo()
    console.print(f"Passerelle on http://{host or settings.host}:{port or settings.port}/graphql")
    try:
        uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


@app.command("demo")
def load_demo() -> None:
    """Load the reference data and the fictional demo profiles (idempotent)."""
    from hub.demo.load import load

    counts = run(load)
    console.print("demo data loaded: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


@app.command()
def migrate() -> None:
    """Create the graph's constraints and indexes (idempotent; `serve` runs it too)."""
    applied = run(migrate_graph)
    console.print(f"migrated: {applied} schema steps applied")


@app.command("export-schema")
def export_schema(
    output: Annotated[Path | None, typer.Option(help="Write to this file, not stdout.")] = None,
) -> None:
    """Print the GraphQL SDL (schema/hub.graphql is this, checked in)."""
    from hub.api.schema import build_schema

    sdl = build_schema().as_str() + "\n"
    if output:
        output.write_text(sdl, encoding="utf-8")
    else:
        typer.echo(sdl, nl=False)


@keys_app.command("create")
def keys_create(
    role: Annotated[Role, typer.Option(help="admin, partner, mentor or startup.")],
    for_: Annotated[
        str | None, typer.Option("--for", help="The organisation, mentor or startup id.")
    ] = None,
    label: Annotated[str | None, typer.Option(help="A note on who holds it.")] = None,
) -> None:
    """Create a key; it is printed once, alone on the last line."""
    from hub import keyring

    record, token = run(lambda store: keyring.issue(store, role, for_, label))
    console.print(f"key {record['id']} ({role.value}{' for ' + for_ if for_ else ''}) created;"
                  " store it now, it is not shown again:")  # fmt: skip
    typer.echo(token)


@keys_app.command("revoke")
def keys_revoke(key_id: str) -> None:
    """Revoke a key by its id (the part after `hub_`)."""
    from hub import keyring

    run(lambda store: keyring.revoke(store, key_id))
    console.print(f"key {key_id} revoked")


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never their secrets)."""
    from hub.graph.queries import keys as key_queries

    rows = run(key_queries.list_all)
    table = Table("id", "role", "for", "label", "created", "revoked")
    for r in rows:
        table.add_row(r["id"], r["role"], r.get("entity_id") or "", r.get("label") or "",
                      r["created_at"], r.get("revoked_at") or "")  # fmt: skip
    console.print(table)
