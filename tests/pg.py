"""A real PostgreSQL for the team server's tests (issue 19): a temporary cluster made with
initdb for the test session, on a free port of 127.0.0.1 (its unix socket in its own folder),
stopped and removed at the end; each test gets a fresh database copied from a migrated
template (CREATE DATABASE ... TEMPLATE), so a test costs a file copy, not the migrations.

Where Debian's postgresql package (initdb, pg_ctl) is missing, the tests skip and say so.
initdb and the server refuse to run as root: as root the cluster belongs to the `postgres`
system user (Debian's package makes it) and its programs run through `runuser`; the tests
themselves connect over TCP with trust authentication, which only this loopback cluster has.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
NO_INITDB = "PostgreSQL's initdb not found: install Debian's postgresql package"


def _program(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    # Debian keeps them out of PATH, below the version's own folder
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    """A running temporary cluster."""

    folder: Path
    port: int
    prefix: tuple[str, ...]  # runs a program as the cluster's owner
    pg_ctl: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def admin(self) -> object:
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        )

    def execute(self, sql: str) -> None:
        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(sql)

    def stop(self) -> None:
        subprocess.run(
            [*self.prefix, self.pg_ctl, "-D", str(self.folder / "data"), "-m", "fast", "stop"],
            check=False,
            capture_output=True,
        )


def _owner_prefix(folder: Path) -> tuple[str, ...]:
    """How to run the cluster's programs: as ourselves, or (as root) as `postgres`."""
    if os.geteuid() != 0:
        return ()
    runuser = shutil.which("runuser")
    try:
        owner = pwd.getpwnam(SUPERUSER)
    except KeyError:
        owner = None
    if runuser is None or owner is None:
        pytest.skip("running as root: initdb needs the `postgres` user and runuser to run as it")
    os.chown(folder, owner.pw_uid, owner.pw_gid)
    return (runuser, "-u", SUPERUSER, "--")


def start_cluster() -> Cluster:
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip(NO_INITDB)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg 3 is not installed (pip install 'psycopg[binary]')")
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-pg-"))
    prefix = _owner_prefix(folder)
    data, port = folder / "data", free_port()
    settings = ["-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]
    made = subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", SUPERUSER, *settings],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"initdb failed: {made.stderr}")
    # the server's settings for tests: loopback only, its socket in its own folder, no fsync
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    log = folder / "server.log"
    started = subprocess.run(
        [*prefix, pg_ctl, "-D", str(data), "-l", str(log), "-w", "-o", options, "start"],
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        said = log.read_text(errors="replace") if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {started.stderr}\n{said}")
    return Cluster(folder, port, prefix, pg_ctl)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster for the whole test session (skipped where none can run)."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.folder, ignore_errors=True)


TEMPLATE = "kamdesk_template"


@pytest.fixture(scope="session")
def pg_template(pg_cluster: Cluster) -> str:
    """A database at head, made once by `server init`'s own code; tests copy it."""
    from kamdesk.db.server import init_server

    pg_cluster.execute(f"CREATE DATABASE {TEMPLATE}")
    init_server(pg_cluster.url(TEMPLATE))
    return TEMPLATE


@contextlib.contextmanager
def _database(cluster: Cluster, template: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:16]}"
    cluster.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield cluster.url(name)
    finally:
        cluster.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_cluster: Cluster, pg_template: str) -> Iterator[str]:
    """The URL of a fresh database of this test's own, at head."""
    with _database(pg_cluster, pg_template) as url:
        yield url


@pytest.fixture
def pg_empty_url(pg_cluster: Cluster) -> Iterator[str]:
    """The URL of a fresh, empty database of this test's own."""
    with _database(pg_cluster, "template0") as url:
        yield url
