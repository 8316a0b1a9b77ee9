"""The FastAPI application: GraphQL at /graphql (GraphiQL on GET), health at /healthz."""

from __future__ import annotations

import asyncio
import gc
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from hub.api.core.context import Context
from hub.api.core.documents import TrustedDocuments
from hub.api.core.errors import kind_of_failure, message_of, record
from hub.api.core.http import (
    METHODS,
    NEGOTIATED,
    NOT_ALLOWED,
    MalformedRequest,
    Router,
    media_type,
    request_error,
)
from hub.api.core.ratelimit import RateLimited, RateLimiter
from hub.api.graphiql import mount_assets
from hub.api.schema import build_schema
from hub.config import Settings
from hub.domain import keys
from hub.domain.jobs import worker_name
from hub.domain.vocabulary import Role
from hub.graph.connect import open_store
from hub.graph.migrate import migrate
from hub.graph.queries import keys as key_queries
from hub.graph.store import GraphStore, StoreError, StoreUnavailable, start_counting
from hub.i18n import negotiate, negotiate_locale, translate
from hub.i18n.labels import N_
from hub.services import jobs
from hub.services.settlement import install_templates

INVALID_KEY = N_("the API key is invalid or revoked")
#: A request id a proxy in front of the hub may pass in X-Request-Id (anything else: a new one).
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


def request_id_of(request: Request) -> str:
    """The request's id, made once and kept on the request for every handler that logs."""
    known: str | None = getattr(request.state, "request_id", None)
    if known is None:
        given = request.headers.get("x-request-id", "")
        known = given if REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        request.state.request_id = known
    return known


class BadKey(Exception):
    """The bearer key is malformed, unknown, revoked or expired."""

    def __init__(self, message: str = INVALID_KEY, **params: Any) -> None:
        super().__init__(message)
        self.message, self.params = message, params


def bearer_token(authorization: str | None) -> str | None:
    """The key an Authorization header presents: None without one, "" for another scheme."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


async def caller_of(store: GraphStore, token: str | None) -> keys.Caller:
    """One statement: finds the key by id and hash, and records its use (once a minute)."""
    if token is None:
        return keys.ANONYMOUS
    key_id = keys.key_id_of(token)
    if key_id is None:
        raise BadKey
    now = datetime.now(UTC)
    stored = await key_queries.use(
        store, key_id, keys.hash_token(token), keys.iso(now), keys.stale_before(now)
    )
    if stored is None or not keys.matches(token, stored["hash"]):
        raise BadKey
    if keys.expired(stored.get("expires_at"), now):
        raise BadKey(
            N_("the API key expired on {date}; ask for a new one"), date=stored["expires_at"][:10]
        )
    return keys.Caller(role=Role(stored["role"]), entity_id=stored.get("entity_id"), key_id=key_id)


def settle_heap() -> None:
    """Once started, leave what startup made (the schema, the modules: ~100k objects) out of
    the garbage collector's full collections: a request's objects, promoted while it runs,
    triggered one every ~10 pages of 50, and it took 55-70 ms scanning those; ~1 ms after."""
    gc.collect()
    gc.freeze()


def address_of(request: Request, proxies: frozenset[str]) -> str:
    """The client's address: the peer's, unless the peer is a trusted proxy, then the nearest
    address its X-Forwarded-For names that is not itself a trusted proxy."""
    peer = request.client.host if request.client else "unknown"
    if peer not in proxies:
        return peer
    forwarded = [a.strip() for a in request.headers.get("x-forwarded-for", "").split(",")]
    return next((a for a in reversed(forwarded) if a and a not in proxies), peer)


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """With `store`, the app uses it as is (tests); otherwise it opens one from the settings."""
    settings = settings or Settings()
    limiters = {
        True: RateLimiter(settings.rate_limit_per_minute),
        False: RateLimiter(settings.rate_limit_anonymous_per_minute),
    }

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if store is not None:
            settle_heap()
            yield
            return
        async with open_store(settings) as opened:
            await migrate(opened)
            await install_templates(opened)  # shipped settlement templates, idempotent
            app.state.store = opened
            settle_heap()
            if not settings.worker_in_process:
                yield
                return
            # Small deployments: the due work runs here (leases keep several processes apart).
            stop = asyncio.Event()
            worker = asyncio.create_task(jobs.work(opened, settings, worker_name(), stop))
            try:
                yield
            finally:
                stop.set()
                await worker

    async def get_context(request: Request, response: Response) -> Context:
        graph: GraphStore = request.app.state.store
        counter = start_counting()
        response.headers[NEGOTIATED] = media_type(request.headers.get("accept"))
        locale = negotiate_locale(request.headers.get("accept-language"))
        response.headers["Content-Language"] = locale.language.value
        response.headers["X-Request-Id"] = request_id = request_id_of(request)
        address = f"ip:{address_of(request, settings.proxies)}"
        token = bearer_token(request.headers.get("authorization"))
        key_id = keys.key_id_of(token) if token else None
        # Before the key lookup: a flood costs no database work once over the limit.
        if key_id is not None:
            limiters[True].take(f"key:{key_id}")
        else:
            limiters[False].take(address)
        try:
            caller = await caller_of(graph, token)
        except BadKey:
            if key_id is not None:
                limiters[False].take(address)  # guessing keys costs the address too
            raise
        return Context(
            store=graph,
            settings=settings,
            caller=caller,
            language=locale.language,
            round_trips=counter,
            locale=locale,
            request_id=request_id,
        )

    # No OpenAPI pages: the API is GraphQL, described by its schema (GraphiQL, introspection).
    app = FastAPI(
        title="Passerelle", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    if store is not None:
        app.state.store = store  # also usable without a lifespan run (httpx's ASGI transport)
    router = Router(
        build_schema(settings),
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql else None,
        documents=TrustedDocuments.load(
            settings.trusted_documents, settings.trusted_documents_only
        ),
    )
    app.include_router(router, prefix="/graphql")

    @app.options("/graphql", include_in_schema=False)
    async def graphql_options() -> Response:
        return Response(status_code=204, headers={"Allow": METHODS})

    @app.api_route("/graphql", methods=["PUT", "PATCH", "DELETE"], include_in_schema=False)
    async def graphql_other_methods(request: Request) -> JSONResponse:
        language = negotiate(request.headers.get("accept-language"))
        message = translate(NOT_ALLOWED, language, {"methods": METHODS})
        return request_error(
            request,
            [{"message": message, "extensions": {"code": "METHOD_NOT_ALLOWED"}}],
            405,
            {"Allow": METHODS, "Content-Language": language.value},
        )

    if settings.graphiql:
        mount_assets(app)
    if settings.origins:
        # Only the listed origins, only what a GraphQL client sends; preflights cached an hour.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.origins,
            allow_credentials=settings.cors_credentials,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept", "Accept-Language"],
            expose_headers=["X-Request-Id", "Retry-After", "Content-Language"],
            max_age=3600,
        )

    @app.exception_handler(BadKey)
    async def bad_key(request: Request, exc: BadKey) -> JSONResponse:
        language = negotiate(request.headers.get("accept-language"))
        message = translate(exc.message, language, exc.params)
        return request_error(
            request,
            [{"message": message, "extensions": {"code": "UNAUTHENTICATED"}}],
            401,
            {"WWW-Authenticate": "Bearer", "Content-Language": language.value},
        )

    @app.exception_handler(MalformedRequest)
    async def malformed(request: Request, exc: MalformedRequest) -> JSONResponse:
        language = negotiate(request.headers.get("accept-language"))
        message = translate(exc.message, language)
        return request_error(
            request,
            [{"message": message, "extensions": {"code": exc.code}}],
            exc.status,
            {"Content-Language": language.value},
        )

    @app.exception_handler(RateLimited)
    async def rate_limited(request: Request, exc: RateLimited) -> JSONResponse:
        language = negotiate(request.headers.get("accept-language"))
        message = translate(
            "too many requests; try again in {seconds} s", language, {"seconds": exc.retry_after}
        )
        extensions = {"code": "RATE_LIMITED", "retryAfter": exc.retry_after}
        return request_error(
            request,
            [{"message": message, "extensions": extensions}],
            429,
            {"Retry-After": str(exc.retry_after), "Content-Language": language.value},
        )

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        """Raised outside a resolver (the key check): down is 503, anything else is masked."""
        language = negotiate(request.headers.get("accept-language"))
        request_id = request_id_of(request)
        kind = kind_of_failure(exc)
        record(kind, "-", None, request_id)
        headers = {"Content-Language": language.value, "X-Request-Id": request_id}
        extensions: dict[str, Any] = {"code": kind.code}
        if kind.unexpected:
            extensions["requestId"] = request_id
        else:
            headers["Retry-After"] = "5"
        return request_error(
            request,
            [{"message": message_of(kind, language), "extensions": extensions}],
            500 if kind.unexpected else 503,
            headers,
        )

    @app.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        graph: GraphStore = request.app.state.store
        try:
            server = await graph.server()
        except StoreUnavailable:
            return JSONResponse({"status": "unavailable", "backend": graph.backend}, 503)
        except StoreError:  # answers, but cannot run a statement (misconfigured, broken)
            return JSONResponse({"status": "failing", "backend": graph.backend}, 503)
        return JSONResponse({"status": "ok", "backend": graph.backend, "server": server})

    return app
