"""`kamdesk server check --db PATH --server URL`: a laptop synced with a real server agrees
with it; an edit on either side shows as the entity that differs, with the record's id."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.errors import StorageError
from kamdesk.models import Client, Contact
from kamdesk.services.server.check import check_with_server
from kamdesk.services.server.run import sync_with_server
from kamdesk.services.sync.tables import entities
from tests.factories import add_client
from tests.pg import Cluster
from tests.server.test_server_exchange import _login
from tests.sync.laptops import Laptop


@pytest.fixture
def hub(tmp_path: Path, migrated_template: Path) -> Iterator[Laptop]:
    laptop = Laptop.new(tmp_path / "hub", "Hub", migrated_template)
    yield laptop
    laptop.close()


def _check(laptop: Laptop, url: str) -> tuple[int, dict[str, str], list[str]]:
    """The exit status, each entity's line, and the lines before them."""
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["server", "check", "--db", str(laptop.db.path), "--server", url])
    lines = out.getvalue().splitlines()
    per_entity = {}
    before = []
    for line in lines:
        name, sep, rest = line.partition(": ")
        if sep and name in entities():
            per_entity[name] = rest
        else:
            before.append(line)
    return status, per_entity, before


def _written(sessions: sessionmaker[Session]) -> int:
    """The server's audit log rows: one for every record any statement wrote."""
    with sessions() as s:
        return int(s.execute(text("SELECT count(*) FROM kamdesk.audit_log")).scalar_one())


def _seed(hub: Laptop) -> tuple[str, str]:
    def work(s: Session) -> tuple[str, str]:
        kovacs = add_client(s, "Kovács Kft.", city="Győr", kam="Anna Kovács")
        rossi = add_client(s, "Rossi S.p.A.", city="Milano", kam="Boris Petrov")
        s.add(Contact(client_id=kovacs.id, full_name="Nagy Éva"))
        return kovacs.id, rossi.id

    return hub.do(work)


def test_a_synced_laptop_agrees_and_an_edit_on_either_side_differs(
    hub: Laptop, pg_url: str, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs, _ = _seed(hub)
    sync_with_server(hub.db, pg_url)
    written = _written(pg_sessions), hub.digest()
    status, lines, before = _check(hub, pg_url)
    assert (status, before) == (0, [])
    assert (_written(pg_sessions), hub.digest()) == written  # it only read, on both sides
    assert set(lines) == set(entities())
    assert lines["client"].startswith("same (laptop 2, server 2)")
    assert lines["contact"].startswith("same (laptop 1, server 1)")

    def move(s: Session) -> None:
        s.get(Client, kovacs).city = "Budapest"  # type: ignore[union-attr]

    hub.do(move)  # not sent yet
    status, lines, before = _check(hub, pg_url)
    assert status == 1
    assert before == ["1 changes not sent yet"]
    assert lines["client"] == f"differs (laptop 2, server 2) {kovacs}"
    assert lines["contact"].startswith("same")
    sync_with_server(hub.db, pg_url)
    assert _check(hub, pg_url)[0] == 0

    with pg_sessions() as s:  # written on the server, not pulled yet
        s.execute(update(Contact).values(position="Buyer"))
        s.commit()
    status, lines, before = _check(hub, pg_url)
    assert (status, before) == (1, [])
    assert lines["contact"].startswith("differs (laptop 1, server 1)")
    assert lines["client"].startswith("same")


def test_a_kams_login_compares_only_what_it_may_see(
    hub: Laptop,
    tmp_path: Path,
    migrated_template: Path,
    pg_cluster: Cluster,
    pg_url: str,
) -> None:
    kovacs, rossi = _seed(hub)
    sync_with_server(hub.db, pg_url)
    login = f"anna_{tmp_path.name[-6:].lower().replace('-', '_')}"
    as_anna = _login(pg_cluster, pg_url, login, "Anna Kovács")
    anna = Laptop.new(tmp_path / "anna", "Anna", migrated_template)
    try:
        sync_with_server(anna.db, as_anna)
        found = check_with_server(anna.db, as_anna)
        assert found.agree and found.unsent == 0
        clients = {e.entity: e for e in found.entities}["client"]
        assert (clients.laptop, clients.server) == (1, 1)  # Rossi is out of her sight
        # the hub, checked as Anna, holds a client her login does not see
        status, lines, _before = _check(hub, as_anna)
        assert status == 1
        assert lines["client"] == f"differs (laptop 2, server 1) {rossi}"
        assert kovacs not in lines["client"]
    finally:
        anna.close()


def test_a_server_that_cannot_be_read_is_said_as_the_servers(hub: Laptop) -> None:
    from tests.pg import free_port

    with pytest.raises(StorageError, match=r"team server .* could not be read"):
        check_with_server(hub.db, f"postgresql://nobody@127.0.0.1:{free_port()}/kamdesk")
