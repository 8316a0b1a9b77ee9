"""A GraphQL client others wrote (gql, Python) runs the README's queries and the hub's trusted
documents: it fetches the schema by introspection, validates each document against it on the
client's side, and gets what a plain HTTP request gets. (graphql-request and Apollo Client run
the same documents in audits/clients.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
from gql import Client, GraphQLRequest
from gql.transport.httpx import HTTPXAsyncTransport

from hub.api.app import create_app
from hub.api.core.documents import BUILT_IN
from hub.config import Settings
from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys
from tests.test_readme import graphql_blocks

#: Variables for the hub's own documents (hub/api/documents) on the demo data, shared with the
#: JavaScript clients' check.
VARIABLES: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).resolve().parents[2] / "audits/clients/variables.json").read_text()
)


def _gql(store: GraphStore, settings: Settings, key: str) -> Client:
    transport = HTTPXAsyncTransport(
        url="http://hub.test/graphql",
        headers={"Authorization": f"Bearer {key}", "Accept-Language": "en"},
        transport=httpx.ASGITransport(app=create_app(settings, store=store)),
    )
    return Client(transport=transport, fetch_schema_from_transport=True)


async def test_gql_runs_the_readme_queries_and_the_trusted_documents(
    store: GraphStore, settings: Settings, api: Api, keys: Keys
) -> None:
    await load(store)
    admin = await keys("admin")
    documents = {p.name: p.read_text(encoding="utf-8") for p in BUILT_IN.glob("*.graphql")}
    assert set(documents) == set(VARIABLES)
    asked = [(text, {}) for text in graphql_blocks()]
    asked += [(documents[name], VARIABLES[name]) for name in sorted(documents)]
    async with _gql(store, settings, admin) as session:
        assert session.client.schema is not None  # fetched by introspection
        for text, variables in asked:
            found = await session.execute(GraphQLRequest(text, variable_values=variables))
            expected = await api.data(text, variables, key=admin, language="en")
            assert found == expected
