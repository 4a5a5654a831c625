"""The handover by reassignment on a real team server (docs/team-server.md 3.5), as the real
logins: Maria manages team East, Anna and Elena are its KAMs. Maria hands Anna's client Kovács
to Elena; Anna's next exchange pushes her last offline edit, ends her assignment and takes the
client off her laptop; Elena's brings it whole. A laptop that never syncs loses it after 14 days.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.errors import UserError
from kamdesk.models import Client, ClientKam, Kam, Team
from kamdesk.services.clients.assignments import assigned_names, kam_for_name
from kamdesk.services.server.exchange import Exchange
from kamdesk.services.server.run import sync_with_server
from kamdesk.services.server.scope import records_under
from kamdesk.services.sync.store import read_states
from kamdesk.services.team.handover import handover
from kamdesk.services.team.handover_server import handover_on_server
from tests.pg import Cluster
from tests.server.test_server_exchange import PASSWORD, _client, _clients, _contact, _set
from tests.sync.laptops import Laptop

ANNA, ELENA, MARIA = "Anna Kovács", "Elena Morozova", "Maria Rossi"


@dataclass
class East:
    anna: Laptop
    elena: Laptop
    urls: dict[str, str]  # login URLs: anna, elena, maria; admin: the administrator's
    logins: dict[str, str]  # anna, elena, maria -> the PostgreSQL login
    port: int
    db: str
    kovacs: str  # Anna's client, with a contact
    rossi: str  # Elena's

    def sync(self, who: str) -> Exchange:
        return sync_with_server(getattr(self, who).db, self.urls[who])

    @contextmanager
    def login(self, who: str) -> Iterator[psycopg.Connection[Any]]:
        conn = psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.logins[who], dbname=self.db
        )
        try:
            yield conn
        finally:
            conn.close()


def _make_login(url: str, login: str, kam: str, kind: str) -> None:
    stdin = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        argv = ["server", "role", "add", "--url", url, "--login", login, "--kam", kam]
        assert main([*argv, "--as", kind]) == 0
    finally:
        sys.stdin = stdin


@pytest.fixture
def east(
    tmp_path: Path, migrated_template: Path, pg_cluster: Cluster, pg_url: str
) -> Iterator[East]:
    hub, anna, elena = (
        Laptop.new(tmp_path / n.lower(), n, migrated_template) for n in ("Hub", "Anna", "Elena")
    )

    def team(s: Session) -> None:
        east = Team(name="East")
        s.add(east)
        s.flush()
        for name in (ANNA, ELENA, MARIA):
            kam_for_name(s, name).team_id = east.id
        s.flush()
        east.manager_id = kam_for_name(s, MARIA).id

    hub.do(team)
    kovacs = _client(hub, "Kovács Kft.", city="Győr", kam=ANNA)
    hub.do(lambda s: _contact(s, kovacs, "Kovács Éva"))
    rossi = _client(hub, "Rossi S.p.A.", city="Milano", kam=ELENA)
    sync_with_server(hub.db, pg_url)  # the manager's file seeds the server
    hub.close()
    suffix = tmp_path.name[-6:].lower().replace("-", "_")
    logins = {who: f"{who}_{suffix}" for who in ("anna", "elena", "maria")}
    for who, name, kind in (("anna", ANNA, "kam"), ("elena", ELENA, "kam"),
                            ("maria", MARIA, "manager")):  # fmt: skip
        _make_login(pg_url, logins[who], name, kind)
    db = pg_url.rsplit("/", 1)[1]
    urls = {
        who: f"postgresql://{login}@127.0.0.1:{pg_cluster.port}/{db}"
        for who, login in logins.items()
    }
    made = East(anna, elena, urls, logins, pg_cluster.port, db, kovacs, rossi)
    made.sync("anna")
    made.sync("elena")
    assert set(_clients(anna)) == {kovacs} and set(_clients(elena)) == {rossi}
    yield made
    anna.close()
    elena.close()


def _assignment(sessions: sessionmaker[Session], client_id: str, name: str) -> ClientKam:
    with sessions() as s:
        row = s.execute(
            select(ClientKam)
            .join(Kam, Kam.id == ClientKam.kam_id)
            .where(ClientKam.client_id == client_id, Kam.name == name)
        ).scalar_one()
        s.expunge(row)
        return row


def _seen_by(east: East, who: str, client_id: str, ids: set[str]) -> list[str]:
    """What the login reads of the client: rows naming it, its records' kept states."""
    found = []
    with east.login(who) as conn:
        for table, column in (("client", "id"), ("contact", "client_id"),
                              ("client_kam", "client_id")):  # fmt: skip
            if conn.execute(f"SELECT 1 FROM {table} WHERE {column} = %s", (client_id,)).fetchone():
                found.append(table)
        states = conn.execute(
            "SELECT record_id FROM sync_state WHERE record_id = ANY(%s)", (sorted(ids),)
        ).fetchall()
        found.extend(f"sync_state {r[0]}" for r in states)
    return found


def test_a_handover_moves_the_client_from_anna_to_elena_at_their_next_exchanges(
    east: East, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = east.kovacs
    _set(east.anna, kovacs, city="Budapest")  # offline, before the handover
    assert main(["handover", "--server", east.urls["maria"], "--client", kovacs,
                 "--to", "elena morozova"]) == 0  # fmt: skip
    anna_row = _assignment(pg_sessions, kovacs, ANNA)
    assert anna_row.leaving_since is not None and anna_row.deleted_at is None
    assert _assignment(pg_sessions, kovacs, ELENA).position == 1
    with pg_sessions() as s:
        under = records_under(s, [kovacs])

    done = east.sync("anna")
    assert done.left == {kovacs}  # in the same exchange that pushed her edit
    with pg_sessions() as s:
        assert s.get(Client, kovacs).city == "Budapest"  # type: ignore[union-attr]
        ended = read_states(s, "client_kam", [anna_row.id])[anna_row.id]
    assert ended.deleted  # the tombstone is an event: it travels
    assert _assignment(pg_sessions, kovacs, ANNA).deleted_at is not None
    assert kovacs not in _clients(east.anna)
    assert _seen_by(east, "anna", kovacs, set().union(*under.values())) == []
    assert east.sync("anna").sent == 0  # nothing goes back as a delete

    done = east.sync("elena")
    assert done.entered == {kovacs}
    assert _clients(east.elena)[kovacs] == ("Kovács Kft.", "Budapest")
    with pg_sessions() as s:
        on_server = records_under(s, [kovacs])
    assert east.elena.read(lambda s: records_under(s, [kovacs])) == on_server
    assert east.elena.read(lambda s: assigned_names(s, kovacs)) == [ELENA]
    assert not east.elena.conflicts()


def test_anna_changes_nothing_else_of_her_assignment_nor_anothers(
    east: East, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = east.kovacs
    mine = _assignment(pg_sessions, kovacs, ANNA).id
    with east.login("anna") as anna:  # not leaving yet: hers to end only by a handover
        assert anna.execute("UPDATE client_kam SET deleted_at = now()::text WHERE id = %s",
                            (mine,)).rowcount == 0  # fmt: skip
        anna.rollback()
    handover_on_server(east.urls["maria"], [kovacs], ELENA)
    hers = _assignment(pg_sessions, kovacs, ELENA).id
    with east.login("anna") as anna:
        for change in ("position = 2", "leaving_since = NULL", "kam_id = kam_id || ''",
                       "client_id = %s"):  # fmt: skip
            params = (east.rossi, mine) if "%s" in change else (mine,)
            with pytest.raises(errors.InsufficientPrivilege) as refused:
                anna.execute(f"UPDATE client_kam SET {change} WHERE id = %s", params)
            anna.rollback()
            assert "only end their own leaving assignment" in str(refused.value) or (
                "row-level security" in str(refused.value)
            )
        with pytest.raises(errors.InsufficientPrivilege):  # ending it, and more besides
            anna.execute("UPDATE client_kam SET deleted_at = now()::text, position = 3 "
                         "WHERE id = %s", (mine,))  # fmt: skip
        anna.rollback()
        # Elena's assignment of the same client: Anna reads it, changes nothing of it
        assert anna.execute("SELECT 1 FROM client_kam WHERE id = %s", (hers,)).fetchone()
        assert anna.execute("UPDATE client_kam SET deleted_at = now()::text WHERE id = %s",
                            (hers,)).rowcount == 0  # fmt: skip
        anna.commit()
    assert _assignment(pg_sessions, kovacs, ELENA).deleted_at is None
    assert _assignment(pg_sessions, kovacs, ANNA).position == 1


def test_fourteen_days_later_without_a_sync_anna_reads_nothing_of_the_client(
    east: East, pg_sessions: sessionmaker[Session]
) -> None:
    kovacs = east.kovacs
    handover_on_server(east.urls["maria"], [kovacs], ELENA)
    with pg_sessions() as s:
        under = set().union(*records_under(s, [kovacs]).values())
    assert "client" in _seen_by(east, "anna", kovacs, under)  # within the grace: still hers
    mine = _assignment(pg_sessions, kovacs, ANNA).id
    with pg_sessions() as s:  # the handover 15 days back (no edit: nothing to capture)
        s.execute(text("SELECT set_config('kamdesk.capture', 'off', true)"))
        s.execute(
            text(
                "UPDATE client_kam SET leaving_since = to_char((now() - interval '15 days') "
                "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') WHERE id = :id"
            ),
            {"id": mine},
        )
        s.commit()
    assert _seen_by(east, "anna", kovacs, under) == []
    done = east.sync("anna")  # whenever she syncs again: it is gone from her laptop
    assert done.left == {kovacs} and kovacs not in _clients(east.anna)
    assert _assignment(pg_sessions, kovacs, ANNA).deleted_at is None  # nobody ended it


def test_a_kams_handover_is_refused_as_the_managers_to_make(
    east: East, pg_sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    kovacs = east.kovacs
    with pytest.raises(UserError, match="a manager's to make"):
        handover_on_server(east.urls["anna"], [kovacs], ELENA)
    with east.login("anna") as anna:  # row-level security is what refuses it
        elena = anna.execute("SELECT id FROM kam WHERE name = %s", (ELENA,)).fetchone()
        assert elena is not None
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            anna.execute(
                "INSERT INTO client_kam(id, client_id, kam_id, position, created_at, "
                "updated_at, revision) VALUES ('ck-forged', %s, %s, 1, '2026-12-06', "
                "'2026-12-06', 1)",
                (kovacs, elena[0]),
            )
        anna.rollback()
        assert anna.execute("UPDATE client_kam SET leaving_since = now()::text "
                            "WHERE client_id = %s", (kovacs,)).rowcount == 0  # fmt: skip
    # made on her laptop's file (which has no roles), the server refuses it at her sync
    east.anna.do(lambda s: handover(s, [kovacs], ELENA))
    with pytest.raises(UserError, match="manager's to make"):
        east.sync("anna")
    # psycopg may say, as it drops the batch the server refused, that it dropped it: no more
    assert {r.getMessage().rsplit(": ", 1)[-1] for r in caplog.records} <= {"pipeline aborted"}
    assert _assignment(pg_sessions, kovacs, ANNA).leaving_since is None
    assert _assignment_count(pg_sessions, kovacs) == 1


def _assignment_count(sessions: sessionmaker[Session], client_id: str) -> int:
    with sessions() as s:
        return len(s.scalars(select(ClientKam.id).where(ClientKam.client_id == client_id)).all())
