"""Every page the hub serves works offline: each script, stylesheet, font and image it loads
comes from the hub itself, and is there."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from hub.api.app import create_app
from hub.api.graphiql import POLICY
from hub.config import Settings
from tests.conftest import Api

ORIGIN = "http://hub.test"
#: What a stylesheet loads: url(...) and @import "...".
CSS_LOADS = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")


class Loads(HTMLParser):
    """The addresses a page makes the browser load: scripts, styles, icons, images, frames."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "audio", "video"} and values.get("src"):
            self.found.append(values["src"] or "")
        if tag == "link" and values.get("href"):
            self.found.append(values["href"] or "")


def loads_of(html: str) -> list[str]:
    parser = Loads()
    parser.feed(html)
    return parser.found


def pages() -> list[str]:
    """The path of every GET route the app has (its route table, as FastAPI describes it; the
    asset folders they load are checked through the pages)."""
    app = create_app(Settings(_env_file=None))  # type: ignore[call-arg]
    return sorted(path for path, methods in app.openapi()["paths"].items() if "get" in methods)


async def assert_served_here(api: Api, page: str, address: str, seen: set[str]) -> None:
    absolute = urljoin(ORIGIN + page, address)
    if address.startswith("data:") or absolute in seen:
        return
    seen.add(absolute)
    assert urlsplit(absolute).netloc == urlsplit(ORIGIN).netloc, f"{page} loads {address}"
    response = await api.client.get(absolute)
    assert response.status_code == 200, f"{page}: {address} answers {response.status_code}"
    if response.headers["content-type"].startswith("text/css"):
        for match in CSS_LOADS.finditer(response.text):
            await assert_served_here(api, absolute, match.group(1) or match.group(2), seen)


async def test_every_page_loads_only_what_the_hub_serves(api: Api) -> None:
    html_pages, seen = 0, set[str]()
    for page in pages():
        response = await api.client.get(page, headers={"Accept": "text/html"})
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue
        html_pages += 1
        loads = loads_of(response.text)
        assert loads, f"{page} loads nothing: not the page expected"
        for address in loads:
            await assert_served_here(api, page, address, seen)
    assert html_pages >= 1  # GraphiQL at least
    assert len(seen) >= 6  # its page, scripts and styles


async def test_graphiql_tells_the_browser_to_load_nothing_from_elsewhere(api: Api) -> None:
    response = await api.client.get("/graphql", headers={"Accept": "text/html"})
    assert response.headers["content-security-policy"] == POLICY
    directives = dict(d.split(" ", 1) for d in POLICY.split("; "))
    for kind in ("default-src", "script-src", "style-src", "font-src", "connect-src"):
        assert directives[kind].split(" ")[0] == "'self'"
        assert "http" not in directives[kind] and "*" not in directives[kind]
    assert "'unsafe-inline'" not in directives["script-src"]


async def test_no_openapi_pages(api: Api) -> None:
    for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
        assert (await api.client.get(path)).status_code == 404, path
