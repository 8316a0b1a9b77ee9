"""GraphiQL, served whole by the hub: the page, and its scripts and styles from `assets/` (pinned
npm builds, with their licences in `assets/LICENSES.md`). Nothing is loaded from another origin,
so it works offline, and its Content-Security-Policy says so to the browser."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

HERE = Path(__file__).parent
ASSETS_PATH = "/assets/graphiql"
PAGE = (HERE / "page.html").read_text(encoding="utf-8")
#: Scripts and styles from the hub only; no inline script, no frame, no form elsewhere.
POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",  # the editor sets style attributes as it lays out
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
)


def graphiql_page() -> HTMLResponse:
    """The hub's own GraphiQL page, instead of strawberry's, which loads a CDN."""
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": POLICY})


def mount_assets(app: FastAPI) -> None:
    app.mount(ASSETS_PATH, StaticFiles(directory=HERE / "assets"), name="graphiql-assets")
