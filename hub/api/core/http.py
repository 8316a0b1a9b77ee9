"""GraphQL over HTTP: strawberry's router, with the hub's GraphiQL page, and a request that is
not GraphQL at all (a body that is not a JSON object, another media type) refused as a GraphQL
error in the caller's language, never a server error."""

from __future__ import annotations

import json
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from fastapi import Request
from fastapi.responses import HTMLResponse
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLRequestData

from hub.api.core.context import Context
from hub.api.graphiql import graphiql_page
from hub.i18n.labels import N_

NOT_GRAPHQL = N_("the request body must be a JSON object with a GraphQL query")
MEDIA_TYPE = N_("send GraphQL as application/json, or in the query string of a GET")


class MalformedRequest(Exception):
    """Not a GraphQL request: answered with `status` and the message in the caller's language."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class Router(GraphQLRouter[Context, None]):
    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return graphiql_page()

    def decode_json(self, data: str | bytes) -> object:
        try:
            found: Any = json.loads(data)
        except ValueError as exc:  # not JSON, or not UTF-8
            raise MalformedRequest(400, NOT_GRAPHQL) from exc
        if not isinstance(found, dict | list):  # null, a string, a number
            raise MalformedRequest(400, NOT_GRAPHQL)
        return found

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        try:
            return await super().parse_http_body(request)
        except HTTPException as exc:
            unsupported = exc.reason == "Unsupported content type"
            raise MalformedRequest(
                415 if unsupported else exc.status_code, MEDIA_TYPE if unsupported else NOT_GRAPHQL
            ) from exc
