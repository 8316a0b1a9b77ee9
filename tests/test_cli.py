"""The `hub` command, run as a user runs it: one process per command, each with its own embedded
FalkorDB start (or sharing the one already running on the data directory)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from hub.api.app import create_app
from hub.api.core.documents import BUILT_IN, document_id
from hub.config import Settings
from hub.graph.connect import FALKOR_GRAPH
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.neo4j_store import Neo4jStore
from tests.bolt_server import free_port
from tests.graph.test_embedded import servers_for
from tests.graph.test_loading import aof
from tests.importer.helpers import COLUMNS, startups, write

HUB = Path(sys.executable).parent / "hub"


@pytest.fixture
def data_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="hub-cli-", dir="/tmp"))
    yield path
    for pid in servers_for(path):  # every command stops its server; a failed test may not
        os.kill(pid, signal.SIGKILL)
    shutil.rmtree(path, ignore_errors=True)


def hub(
    data_dir: Path, *args: str, locale: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    # The test's locale only, whatever the machine running the suite has set.
    env = {k: v for k, v in os.environ.items() if k != "LANG" and not k.startswith("LC_")}
    env |= {"HUB_DATA_DIR": str(data_dir), "HUB_GRAPH_URI": "", **(locale or {})}
    return subprocess.run(
        [str(HUB), *args], env=env, capture_output=True, text=True, timeout=60, cwd=data_dir
    )


def ok(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_migrate_twice_applies_nothing_the_second_time(data_dir: Path) -> None:
    first = ok(hub(data_dir, "migrate"))
    assert first[-1].startswith("migrated: ") and first[-1] != "migrated: 0 schema steps applied"
    assert ok(hub(data_dir, "migrate")) == ["migrated: 0 schema steps applied"]


@pytest.fixture
async def served(data_dir: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The API on the data directory, as `hub serve` would run it; CLI commands share its server."""
    server = EmbeddedFalkor(data_dir).start()
    store = FalkorStore.connect(
        graph=FALKOR_GRAPH, backend="falkordb-embedded", unix_socket=str(server.socket)
    )
    app = create_app(Settings(_env_file=None), store=store)  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield client
    await store.close()
    server.stop()


async def countries(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(
        "/graphql",
        json={"query": "{ countries { id } }"},
        headers={"Authorization": f"Bearer {token}"},
    )


async def test_a_created_key_authenticates_until_it_is_revoked(
    data_dir: Path, served: httpx.AsyncClient
) -> None:
    created = ok(hub(data_dir, "keys", "create", "--role", "admin", "--label", "ops"))
    token = created[-1]
    assert token.startswith("hub_") and " " not in token
    _, key_id, secret = token.split("_", 2)
    assert key_id in created[0]

    response = await countries(served, token)
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"countries": []}

    listed = hub(data_dir, "keys", "list")
    row = next(line for line in ok(listed) if key_id in line)
    assert "admin" in row and "ops" in row
    assert secret not in listed.stdout  # never the secret

    assert ok(hub(data_dir, "keys", "revoke", key_id)) == [f"key {key_id} revoked"]
    refused = await countries(served, token)
    assert refused.status_code == 401
    assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_a_partner_key_for_an_unknown_organisation_fails_in_one_line(data_dir: Path) -> None:
    done = hub(data_dir, "keys", "create", "--role", "partner", "--for", "no-such-org")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: no Organisation with id no-such-org"]
    assert "hub_" not in done.stdout


def test_revoking_an_unknown_key_fails_in_one_line(data_dir: Path) -> None:
    done = hub(data_dir, "keys", "revoke", "0123456789ab")
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: no active key with id 0123456789ab"]


def test_export_schema_prints_the_sdl_or_writes_a_file(data_dir: Path) -> None:
    printed = hub(data_dir, "export-schema")
    assert printed.returncode == 0 and "type Query {" in printed.stdout
    ok(hub(data_dir, "export-schema", "--output", str(data_dir / "hub.graphql")))
    assert (data_dir / "hub.graphql").read_text(encoding="utf-8") == printed.stdout


def test_export_graph_schema_per_backend(data_dir: Path) -> None:
    neo4j = "\n".join(ok(hub(data_dir, "export-graph-schema", "--backend", "neo4j")))
    assert "CREATE CONSTRAINT entity_id_unique IF NOT EXISTS" in neo4j
    falkor = "\n".join(ok(hub(data_dir, "export-graph-schema")))
    assert "CREATE INDEX FOR (n:Entity) ON (n.id);" in falkor
    assert "GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Entity PROPERTIES 1 id" in falkor


def healthz(url: str) -> httpx.Response:
    """/healthz once `hub serve` answers (it starts, migrates, may load the demo first)."""
    for _ in range(1200):
        try:
            return httpx.get(f"{url}/healthz", timeout=1)
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("hub serve did not answer")


def serve(
    data_dir: Path, *args: str, stderr: int = subprocess.DEVNULL, **settings: str
) -> tuple[subprocess.Popen[str], str]:
    """`hub serve` on a free port of the data directory, with `settings` (HUB_*) in its
    environment, and the URL it will answer on (wait for it with `healthz`)."""
    port = free_port()
    env = {**os.environ, "HUB_DATA_DIR": str(data_dir), "HUB_GRAPH_URI": "", **settings}
    process = subprocess.Popen(
        [str(HUB), "serve", *args, "--port", str(port)],
        env=env,
        cwd=data_dir,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
    )
    return process, f"http://127.0.0.1:{port}"


def test_serve_answers_and_stops_its_server_on_ctrl_c(data_dir: Path) -> None:
    serving, url = serve(data_dir)
    try:
        health = healthz(url)
        assert health.json()["status"] == "ok"
        assert health.json()["backend"] == "falkordb-embedded"
        assert len(servers_for(data_dir)) == 1
    finally:
        serving.send_signal(signal.SIGINT)
        assert serving.wait(30) == 0
    assert servers_for(data_dir) == []


def test_serve_writes_json_logs_when_asked(data_dir: Path) -> None:
    serving, url = serve(data_dir, stderr=subprocess.PIPE, HUB_LOG_FORMAT="json")
    try:
        healthz(url)
        answer = httpx.post(f"{url}/graphql", json={"query": 'mutation { deleteStartup(id: "x") }'})
        assert answer.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    finally:
        serving.send_signal(signal.SIGINT)
        _, log = serving.communicate(timeout=30)
    lines = [json.loads(line) for line in log.splitlines()]  # every line is one JSON object
    (refused,) = [line for line in lines if line.get("event") == "refused"]
    assert refused["code"] == "UNAUTHENTICATED" and refused["level"] == "INFO"
    assert refused["request_id"] == answer.headers["x-request-id"]
    assert any(line["logger"] == "uvicorn.access" for line in lines)  # uvicorn's lines too
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)


def test_serve_believes_no_forwarded_for_header_by_default(data_dir: Path) -> None:
    """uvicorn would take X-Forwarded-For from a local peer as the client: `hub serve` does
    not, so rotating the header does not open new rate-limit buckets."""
    serving, url = serve(data_dir, HUB_RATE_LIMIT_ANONYMOUS_PER_MINUTE="2")
    try:
        healthz(url)
        codes = [
            httpx.post(
                f"{url}/graphql",
                json={"query": "{ sectors { id } }"},
                headers={"X-Forwarded-For": f"203.0.113.{i}"},
            ).status_code
            for i in range(3)
        ]
        assert codes == [200, 200, 429]
    finally:
        serving.send_signal(signal.SIGINT)
        assert serving.wait(30) == 0


def children(pid: int) -> list[int]:
    """The live processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        if entry.name.isdigit() and fields[0] not in ("Z", "X") and int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def cmdline(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}/cmdline").read_bytes()).replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_serve_with_workers_shares_its_server_and_stops_everything_on_sigterm(
    data_dir: Path,
) -> None:
    serving, url = serve(data_dir, "--workers", "2", "--demo", HUB_WORKERS="1")
    try:
        health = healthz(url)
        assert health.json()["status"] == "ok"
        assert health.json()["backend"] == "falkordb-embedded"
        # One server, started by the `hub serve` process itself, not by a worker.
        (server,) = servers_for(data_dir)
        assert server in children(serving.pid)
        workers = [p for p in children(serving.pid) if "multiprocessing.spawn" in cmdline(p)]
        assert len(workers) == 2
        for _ in range(20):  # a new connection each time: the kernel spreads them over workers
            answer = httpx.post(f"{url}/graphql", json={"query": "{ countries { id } }"})
            assert answer.status_code == 200, answer.text
            body = answer.json()
            assert "errors" not in body, body
            assert "morocco" in {c["id"] for c in body["data"]["countries"]}
    finally:
        serving.send_signal(signal.SIGTERM)
        assert serving.wait(60) == 0
    assert servers_for(data_dir) == []
    assert [p for p in workers if cmdline(p)] == []


def test_an_invalid_worker_count_is_one_line(data_dir: Path) -> None:
    env = {**os.environ, "HUB_DATA_DIR": str(data_dir), "HUB_GRAPH_URI": "", "HUB_WORKERS": "0"}
    done = subprocess.run(
        [str(HUB), "serve"], env=env, capture_output=True, text=True, timeout=60, cwd=data_dir
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: HUB_WORKERS: Input should be greater than or equal to 1"
    ]
    assert servers_for(data_dir) == []


def base_file(data_dir: Path) -> str:
    (base,) = (data_dir / "appendonlydir").glob("*.base.rdb")
    return base.name


def test_synth_and_import_leave_a_compacted_append_only_file(data_dir: Path) -> None:
    ok(hub(data_dir, "synth", "--startups", "40"))
    synthesized = aof(data_dir)
    assert synthesized["incr"] == 0 and synthesized["base"] > 0
    base = base_file(data_dir)
    path = write(data_dir, "new.csv", startups(3), COLUMNS)
    summary = ok(hub(data_dir, "import", str(path), "--kind", "startups", "--language", "en"))
    assert summary[-1] == "3 created, 0 updated, 0 unchanged, 0 rejected"
    assert aof(data_dir)["incr"] == 0 and base_file(data_dir) != base  # rewritten again
    exported = ok(hub(data_dir, "export", str(data_dir / "all.csv"), "--kind", "startups"))
    assert exported[-1].startswith("43 ")  # the restart loaded everything from the base


def test_the_demo_load_leaves_a_compacted_append_only_file(data_dir: Path) -> None:
    ok(hub(data_dir, "demo"))
    assert aof(data_dir)["incr"] == 0 and aof(data_dir)["base"] > 0


#: Locales most servers and containers have not installed (only C and C.UTF-8 are, here).
MISSING_LOCALES = [
    ({"LANG": "fr_FR.UTF-8"}, "3 créés, 0 mis à jour, 0 inchangés, 0 rejetés"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "ar_MA.UTF-8"}, "أُنشئ: 3، حُدّث: 0، دون تغيير: 0، مرفوض: 0"),
    ({"LC_MESSAGES": "en_GB.UTF-8", "LC_CTYPE": "xx_YY.bogus"}, "3 created, 0 updated"),
]


@pytest.mark.parametrize(("locale", "summary"), MISSING_LOCALES)
def test_the_cli_and_its_database_work_in_any_locale_and_speak_its_language(
    data_dir: Path, locale: dict[str, str], summary: str
) -> None:
    ok(hub(data_dir, "demo", locale=locale))  # the cities and sectors the rows name
    path = write(data_dir, "new.csv", startups(3), COLUMNS)
    lines = ok(hub(data_dir, "import", str(path), "--kind", "startups", locale=locale))
    assert lines[-1].startswith(summary)
    # --language wins over the environment.
    again = ok(
        hub(data_dir, "import", str(path), "--kind", "startups", "--language", "en", locale=locale)
    )
    assert again[-1] == "0 created, 0 updated, 3 unchanged, 0 rejected"


@pytest.fixture
async def bolt_env(bolt_uri: tuple[str, str, str, str]) -> AsyncIterator[dict[str, str]]:
    """The hub's settings for the suite's Bolt server, its database emptied before and after."""
    uri, user, password, database = bolt_uri
    store = Neo4jStore(uri, user=user, password=password, database=database or None)
    await store.clear()
    yield {
        "HUB_GRAPH_URI": uri,
        "HUB_GRAPH_USER": user,
        "HUB_GRAPH_PASSWORD": password,
        "HUB_GRAPH_DATABASE": database,
    }
    await store.clear()
    await store.close()


def test_the_cli_runs_on_bolt(data_dir: Path, bolt_env: dict[str, str]) -> None:
    def on_bolt(*args: str) -> list[str]:
        env = {**os.environ, "HUB_DATA_DIR": str(data_dir), **bolt_env}
        return ok(
            subprocess.run(
                [str(HUB), *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                cwd=data_dir,
            )
        )

    assert on_bolt("migrate")[-1].startswith("migrated: ")
    assert " ".join(on_bolt("demo")).startswith("demo data loaded: ")  # wrapped by rich
    path = write(data_dir, "new.csv", startups(3), COLUMNS)
    summary = on_bolt("import", str(path), "--kind", "startups", "--language", "en")
    assert summary[-1] == "3 created, 0 updated, 0 unchanged, 0 rejected"
    exported = on_bolt("export", str(data_dir / "all.csv"), "--kind", "startups")
    assert exported[-1].startswith(f"{24 + 3} ")  # the demo's startups and the imported ones
    assert on_bolt("keys", "create", "--role", "admin")[-1].startswith("hub_")
    assert servers_for(data_dir) == []  # no embedded database was started


def test_documents_prints_the_trusted_documents_a_client_may_send_by_id(data_dir: Path) -> None:
    mine = data_dir / "documents"
    mine.mkdir()
    (mine / "sectors.graphql").write_text("{ sectors { id } }", encoding="utf-8")
    (data_dir / ".env").write_text(f"HUB_TRUSTED_DOCUMENTS={mine}\n", encoding="utf-8")
    manifest = json.loads("\n".join(ok(hub(data_dir, "documents"))))
    for text in ["{ sectors { id } }", *(p.read_text() for p in BUILT_IN.glob("*.graphql"))]:
        assert manifest[document_id(text)] == text
    assert len(manifest) == 1 + len(list(BUILT_IN.glob("*.graphql")))


def test_worker_once_runs_each_due_job_and_says_what_it_did(data_dir: Path) -> None:
    assert ok(hub(data_dir, "worker", "--once")) == ["expire-introductions: 0"]


def test_serve_runs_the_due_work_in_process_when_asked(data_dir: Path) -> None:
    log = data_dir / "serve.log"
    with log.open("w") as sink:
        serving, url = serve(
            data_dir,
            stderr=sink.fileno(),
            HUB_WORKER_IN_PROCESS="true",
            HUB_WORKER_INTERVAL_SECONDS="0.2",
        )
        try:
            healthz(url)
            for _ in range(600):  # the first run starts with the app; wait for its line
                if "due work: {'expire-introductions': 0}" in log.read_text():
                    break
                time.sleep(0.05)
            else:
                raise AssertionError(log.read_text())
        finally:
            serving.send_signal(signal.SIGINT)
            serving.wait(timeout=60)
    assert serving.returncode == 0
