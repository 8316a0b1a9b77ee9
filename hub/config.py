"""Settings, read from the environment (prefix ``HUB_``) and an optional ``.env`` file."""

from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from hub.logs import LogFormat


def default_data_dir() -> Path:
    # ~/.local/share/passerelle on Linux, ~/Library/Application Support/passerelle on macOS.
    return Path(user_data_dir("passerelle", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUB_", env_file=".env", extra="ignore")

    # Empty: start the embedded FalkorDB. neo4j://, bolt://, neo4j+s://: Neo4j. falkor://host:port:
    # an external FalkorDB server.
    graph_uri: str = ""
    graph_user: str = "neo4j"
    graph_password: SecretStr = SecretStr("")
    # The Neo4j database (empty: the server's default) or the FalkorDB graph (empty: "passerelle").
    graph_database: str = ""
    data_dir: Path = Field(default_factory=default_data_dir)
    # Per-statement timeout sent to the database, in milliseconds.
    statement_timeout_ms: int = 10_000

    host: str = "127.0.0.1"
    port: int = 8000
    # `hub serve` worker processes (the embedded FalkorDB is shared by all of them).
    workers: int = Field(default=1, ge=1)
    graphiql: bool = True
    introspection: bool = True
    # Trusted documents (api/core/documents.py): a directory of a deployment's own registered
    # documents, besides the hub's; and whether only registered documents run (production).
    trusted_documents: Path | None = None
    trusted_documents_only: bool = False
    # `hub serve`'s log: plain lines or one JSON object per line, and from which level.
    log_format: LogFormat = "text"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    max_query_depth: int = 10
    max_query_tokens: int = 2_000
    max_aliases: int = 15
    # What one document may cost: the objects it may ask for (api/core/cost.py).
    max_query_cost: int = 20_000
    max_page_size: int = 100
    default_page_size: int = 20
    # Report database round trips of each request in the response's extensions (tests, benches).
    report_round_trips: bool = False
    # Requests a minute per API key, and per client IP for anonymous callers (token buckets in
    # each hub process; 0: no limit). Over it: HTTP 429 with Retry-After.
    rate_limit_per_minute: int = 600
    rate_limit_anonymous_per_minute: int = 120
    # The reverse proxies whose X-Forwarded-For names the client (comma-separated addresses;
    # none by default: the peer's own address counts, whatever a request claims).
    trusted_proxies: str = ""

    @property
    def proxies(self) -> frozenset[str]:
        return frozenset(p.strip() for p in self.trusted_proxies.split(",") if p.strip())

    # Browsers on these origins (comma-separated, e.g. `https://app.example.org`) may call the
    # API; none by default. Credentials (cookies) only when switched on as well.
    cors_origins: str = ""
    cors_credentials: bool = False

    @property
    def origins(self) -> list[str]:
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    # Introductions: a request or offer with no answer after this many days is expired (computed
    # at read time); a target has at most this many pending (requested or offered) ones.
    introduction_expiry_days: int = 21
    # Due work (hub worker; `hub serve` runs it in-process when worker_in_process is on): how
    # often it runs, and how long a claimed job stays claimed if its worker dies.
    worker_interval_seconds: float = Field(default=60, gt=0)
    job_lease_seconds: int = Field(default=300, ge=10)
    worker_in_process: bool = False
    max_pending_per_target: int = 10

    @property
    def backend(self) -> str:
        uri = self.graph_uri
        if not uri:
            return "falkordb-embedded"
        if uri.startswith(("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://")):
            return "neo4j"
        if uri.startswith(("falkor://", "falkors://", "redis://", "unix://")):
            return "falkordb"
        raise ValueError(f"HUB_GRAPH_URI: unsupported scheme in {uri!r}")
