"""Trusted documents: a client sends a registered document's id instead of its text (the
GraphQL-over-HTTP persisted documents appendix, and Apollo's persisted queries), and a hub
set to trusted documents only runs nothing else."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.api.core.documents import BUILT_IN, document_id
from hub.config import Settings
from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.conftest import Make

FINTECH = (BUILT_IN / "README-startups.graphql").read_text(encoding="utf-8")
UNREGISTERED = "{ sectors { id } }"


def _codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body["errors"]]


async def _post(client: httpx.AsyncClient, body: dict[str, Any], **headers: str) -> httpx.Response:
    return await client.post("/graphql", json=body, headers=headers)


async def test_a_registered_document_runs_by_its_id_as_by_its_text(
    store: GraphStore, client_for: Make
) -> None:
    await seed(store)
    client = await client_for()
    by_text = (await _post(client, {"query": FINTECH})).json()
    assert [e["node"]["id"] for e in by_text["data"]["startups"]["edges"]] == ["rif-pay"]
    by_id = await _post(client, {"documentId": document_id(FINTECH)})
    assert by_id.json() == by_text
    by_get = await client.get("/graphql", params={"documentId": document_id(FINTECH)})
    assert by_get.json() == by_text
    apollo = {"persistedQuery": {"version": 1, "sha256Hash": document_id(FINTECH)[7:]}}
    assert (await _post(client, {"extensions": apollo})).json() == by_text


async def test_an_unknown_id_is_one_error_and_no_data(client_for: Make) -> None:
    client = await client_for()
    unknown = {"documentId": document_id(UNREGISTERED)}
    plain = await _post(client, unknown)
    assert plain.status_code == 200 and "data" not in plain.json()
    assert _codes(plain.json()) == ["PERSISTED_QUERY_NOT_FOUND"]
    graphql = await _post(client, unknown, accept="application/graphql-response+json")
    assert graphql.status_code == 400 and _codes(graphql.json()) == ["PERSISTED_QUERY_NOT_FOUND"]
    french = await _post(client, unknown, **{"accept-language": "fr"})
    assert "document" in french.json()["errors"][0]["message"]
    assert french.headers["content-language"] == "fr"


async def test_apollo_persisted_queries_send_the_text_after_an_unknown_hash(
    client_for: Make,
) -> None:
    client = await client_for()
    digest = hashlib.sha256(UNREGISTERED.encode()).hexdigest()
    apollo = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    first = await _post(client, {"extensions": apollo})
    assert _codes(first.json()) == ["PERSISTED_QUERY_NOT_FOUND"]
    retry = await _post(client, {"query": UNREGISTERED, "extensions": apollo})
    assert retry.json()["data"] == {"sectors": []}
    wrong = await _post(client, {"query": FINTECH, "extensions": apollo})
    assert wrong.status_code == 400 and _codes(wrong.json()) == ["BAD_REQUEST"]
    both = await _post(client, {"query": FINTECH, "documentId": document_id(FINTECH)})
    assert both.status_code == 400 and _codes(both.json()) == ["BAD_REQUEST"]
    not_text = await _post(client, {"documentId": 7})
    assert not_text.status_code == 400 and _codes(not_text.json()) == ["BAD_REQUEST"]


async def test_trusted_documents_only_runs_registered_documents_alone(
    store: GraphStore, client_for: Make
) -> None:
    await seed(store)
    client = await client_for(trusted_documents_only=True)
    refused = await _post(client, {"query": UNREGISTERED})
    assert "data" not in refused.json()
    assert _codes(refused.json()) == ["PERSISTED_QUERY_REQUIRED"]
    # A registered document runs by its id, or by its exact text.
    by_id = (await _post(client, {"documentId": document_id(FINTECH)})).json()
    assert by_id["data"]["startups"]["totalCount"] == 1
    assert (await _post(client, {"query": FINTECH})).json() == by_id
    changed = await _post(client, {"query": FINTECH.replace("totalCount", "totalCount ")})
    assert _codes(changed.json()) == ["PERSISTED_QUERY_REQUIRED"]


async def test_a_deployment_registers_its_own_documents(
    store: GraphStore, client_for: Make, tmp_path: Path
) -> None:
    (tmp_path / "sectors.graphql").write_text(UNREGISTERED, encoding="utf-8")
    relay = "query RelayCities { cities { id } }"
    (tmp_path / "relay.json").write_text(json.dumps({"a1b2c3": relay}), encoding="utf-8")
    client = await client_for(trusted_documents=tmp_path, trusted_documents_only=True)
    sectors = await _post(client, {"documentId": document_id(UNREGISTERED)})
    assert sectors.json()["data"] == {"sectors": []}
    cities = await _post(client, {"documentId": "a1b2c3"})
    assert cities.json()["data"] == {"cities": []}


def test_a_manifest_whose_sha256_id_is_not_its_text_stops_the_hub(
    store: GraphStore, settings: Settings, tmp_path: Path
) -> None:
    forged = {document_id(FINTECH): UNREGISTERED}
    (tmp_path / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
    with pytest.raises(ValueError, match="not the sha256 of its document"):
        create_app(settings.model_copy(update={"trusted_documents": tmp_path}), store=store)
