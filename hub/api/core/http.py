"""GraphQL over HTTP (the GraphQL-over-HTTP specification): strawberry's router, with the hub's
GraphiQL page; a request that is not GraphQL at all (a body that is not a JSON object, another
media type) refused as a GraphQL error in the caller's language, never a server error; and
both response media types.

- `application/json` (the default, and what a client gets unless it prefers the other): every
  well-formed request answers 200.
- `application/graphql-response+json` (when the client's Accept prefers it): a request that
  fails before execution (parse, validation, variables, limits) answers 400.

Either way, a response has a `data` entry only when execution started (a field error has a
path; a request error has none)."""

from __future__ import annotations

import json
from typing import Any

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from fastapi import Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from strawberry.fastapi import GraphQLRouter
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.http.base import BaseRequestProtocol
from strawberry.types import ExecutionResult

from hub.api.core.context import Context
from hub.api.core.documents import DocumentRefused, TrustedDocuments
from hub.api.graphiql import graphiql_page
from hub.i18n.labels import N_

NOT_GRAPHQL = N_("the request body must be a JSON object with a GraphQL query")
NOT_ALLOWED = N_("GraphQL is served over {methods}")
MEDIA_TYPE = N_("send GraphQL as application/json, or in the query string of a GET")


JSON = "application/json"
GRAPHQL_RESPONSE = "application/graphql-response+json"
#: The methods /graphql answers; others get 405 with this list.
METHODS = "GET, POST, OPTIONS"
#: The response header the context sets to the media type it negotiated (read, then removed).
NEGOTIATED = "x-hub-media-type"


def media_type(accept: str | None) -> str:
    """The response's media type: the GraphQL one when the Accept header prefers it to plain
    JSON (a missing header, or one naming neither, means JSON)."""
    weights: dict[str, float] = {}
    for part in (accept or "").split(","):
        name, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        weights[name.lower()] = max(quality, weights.get(name.lower(), 0.0))
    graphql = weights.get(GRAPHQL_RESPONSE, 0.0)
    plain = max(weights.get(JSON, 0.0), weights.get("application/*", 0.0), weights.get("*/*", 0.0))
    return GRAPHQL_RESPONSE if graphql > 0 and graphql >= plain else JSON


def _before_execution(result: ExecutionResult) -> bool:
    return result.data is None and all(e.path is None for e in result.errors or [])


def request_error(
    request: Request, errors: list[dict[str, Any]], status: int, headers: dict[str, str]
) -> JSONResponse:
    """A request that never reached execution (no key, over the rate limit, malformed, the
    database down before any field): its errors and no `data` entry, in the media type the
    client prefers."""
    kind = media_type(request.headers.get("accept"))
    return JSONResponse(
        {"errors": errors},
        status_code=status,
        headers=headers,
        media_type=f"{kind}; charset=utf-8",
    )


class MalformedRequest(Exception):
    """Not a GraphQL request the hub can run: answered with `status`, the message in the
    caller's language and `code`."""

    def __init__(self, status: int, message: str, code: str = "BAD_REQUEST") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class Router(GraphQLRouter[Context, None]):
    def __init__(self, *args: Any, documents: TrustedDocuments, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.documents = documents

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return graphiql_page()

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        """A browser's GET without a document: not one naming a persisted document."""
        persisted = any(request.query_params.get(p) for p in ("documentId", "extensions"))
        return super().should_render_graphql_ide(request) and not persisted

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        response = await super().process_result(request, result)
        if _before_execution(result):
            response.pop("data", None)
        return response

    def create_response(
        self,
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse],
        sub_response: Response,
    ) -> Response:
        kind = sub_response.headers.get(NEGOTIATED, JSON)
        del sub_response.headers[NEGOTIATED]
        failed = isinstance(response_data, dict) and "data" not in response_data
        if kind == GRAPHQL_RESPONSE and failed and not sub_response.status_code:
            sub_response.status_code = 400
        response = super().create_response(response_data, sub_response)
        response.headers["content-type"] = f"{kind}; charset=utf-8"
        return response

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
            parsed = await super().parse_http_body(request)
        except HTTPException as exc:
            unsupported = exc.reason == "Unsupported content type"
            raise MalformedRequest(
                415 if unsupported else exc.status_code, MEDIA_TYPE if unsupported else NOT_GRAPHQL
            ) from exc
        if isinstance(parsed, GraphQLRequestData):
            try:
                parsed.query = self.documents.query(
                    await _document_id(request, self), parsed.query, parsed.extensions
                )
            except DocumentRefused as exc:
                # A well-formed request for a document the hub will not run: 200 in plain
                # JSON (as Apollo's persisted queries expect), 400 in the GraphQL media type.
                graphql = media_type(request.headers.get("accept")) == GRAPHQL_RESPONSE
                status = 400 if exc.code == "BAD_REQUEST" or graphql else 200
                raise MalformedRequest(status, exc.message, exc.code) from exc
        return parsed


async def _document_id(request: AsyncHTTPRequestAdapter, router: Router) -> object:
    """The request's `documentId`, if any (the GET query string, or the POST body's member)."""
    if request.method == "GET":
        return request.query_params.get("documentId")
    body = await request.get_body()  # read once and kept by the framework
    if b"documentId" not in (body if isinstance(body, bytes) else body.encode()):
        return None
    found = router.decode_json(body)
    return found.get("documentId") if isinstance(found, dict) else None
