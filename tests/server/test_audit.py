"""The server's audit trail (docs/team-server.md 3.6), tried as the real logins of
tests/server/test_rls.py: one row per record written, with who, what and hashes of the row
before and after; only the trigger writes the log; KAMs cannot read it."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.cli import main
from kamdesk.db.audit import AUDIT, audited, missing_audit
from kamdesk.db.server import init_server
from kamdesk.services.replica import current_replica
from kamdesk.services.server.run import sync_with_server
from kamdesk.services.sync.tables import entities
from tests.factories import add_client
from tests.server.test_rls import login, pg_logins, team
from tests.sync.laptops import Laptop

__all__ = ["pg_logins", "team"]

ROW_HASH = "SELECT encode(sha256(convert_to(t::text, 'UTF8')), 'hex') FROM {} t WHERE id = %s"


def _log(conn: psycopg.Connection[Any], *where: str) -> list[tuple[Any, ...]]:
    sql = (
        "SELECT role_name, session_role, entity, record_id, client_id, op, "
        "encode(old_hash, 'hex'), encode(new_hash, 'hex'), laptop, txid FROM kamdesk.audit_log "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY id"
    )
    return conn.execute(sql).fetchall()


def _admin(team: dict[str, Any]) -> psycopg.Connection[Any]:
    return psycopg.connect(
        host="127.0.0.1", port=team["port"], user="postgres", dbname=team["db"], autocommit=True
    )


def test_every_audited_table_has_its_triggers(pg_sessions: sessionmaker[Session]) -> None:
    assert set(entities()) | {"sync_state"} == set(audited())
    with pg_sessions() as s:
        assert missing_audit(s.connection()) == []


def test_one_row_per_write_with_the_login_the_record_and_hashes(team: dict[str, Any]) -> None:
    contact = team["contact"]
    with login(team, "anna") as anna:
        before = anna.execute(ROW_HASH.format("contact"), (contact,)).fetchone()
        anna.execute("SELECT set_config('kamdesk.laptop', 'laptop-anna', true)")
        anna.execute("UPDATE contact SET position = 'Buyer' WHERE id = %s", (contact,))
        after = anna.execute(ROW_HASH.format("contact"), (contact,)).fetchone()
        anna.execute(
            "UPDATE client SET city = 'Győr' WHERE id = %s", (team["kovacs"],)
        )  # and her client in the same transaction
        txid = anna.execute("SELECT txid_current()").fetchone()
        anna.commit()
    assert before is not None and after is not None and txid is not None
    assert before != after
    with _admin(team) as admin:
        rows = _log(admin, "role_name = 'anna'")
    assert rows == [
        ("anna", "anna", "contact", contact, team["kovacs"], "U", before[0], after[0],
         "laptop-anna", txid[0]),
        ("anna", "anna", "client", team["kovacs"], team["kovacs"], "U", rows[1][6], rows[1][7],
         "laptop-anna", txid[0]),
    ]  # fmt: skip
    assert rows[1][6] != rows[1][7]


def test_a_many_row_statement_leaves_one_row_per_record_and_no_values(
    team: dict[str, Any],
) -> None:
    with _admin(team) as admin:
        admin.execute("UPDATE client SET notes = 'Top secret price 1.23' WHERE true")
        rows = _log(admin, "entity = 'client'", "op = 'U'")
        assert sorted(r[3] for r in rows) == sorted([team["kovacs"], team["rossi"], team["weber"]])
        assert all(r[0] == r[1] == "postgres" and r[8] is None for r in rows)
        dumped = admin.execute(
            "SELECT string_agg(t::text, ' ') FROM kamdesk.audit_log t"
        ).fetchone()
        assert dumped is not None and "secret" not in dumped[0]
        # the setup's inserts: the contact with its client, the kept states keyed by record
        made = _log(admin, "op = 'I'", "entity = 'contact'")
        assert [(r[3], r[4], r[6]) for r in made] == [(team["contact"], team["kovacs"], None)]
        admin.execute(
            "INSERT INTO sync_state(entity, record_id, state, seq) VALUES ('contact', %s, '{}', 1)",
            (team["contact"],),
        )
        admin.execute("DELETE FROM sync_state WHERE record_id = %s", (team["contact"],))
        states = _log(admin, "entity = 'sync_state/contact'")
        assert [(r[3], r[4], r[5]) for r in states] == [
            (team["contact"], team["kovacs"], "I"),
            (team["contact"], team["kovacs"], "D"),
        ]
        assert states[1][7] is None and states[1][6] == states[0][7]
        admin.execute("DELETE FROM contact WHERE id = %s", (team["contact"],))  # a purge
        gone = _log(admin, "op = 'D'", "entity = 'contact'")
        # its client from the row as it was; the hash of the row as inserted, never changed
        assert [(r[3], r[4], r[6], r[7]) for r in gone] == [
            (team["contact"], team["kovacs"], made[0][7], None)
        ]


def test_nobody_but_the_trigger_writes_the_log(team: dict[str, Any]) -> None:
    with _admin(team) as admin:
        admin.execute("CREATE ROLE auditor_t LOGIN IN ROLE " + AUDIT)
        admin.execute("GRANT anna TO maria")
    try:
        for name in ("anna", "maria", "auditor_t"):
            with login(team, name) as conn:
                for sql in (
                    "INSERT INTO kamdesk.audit_log(role_name, session_role, entity, record_id, "
                    "op) VALUES ('x', 'x', 'client', 'x', 'I')",
                    "UPDATE kamdesk.audit_log SET role_name = 'nobody'",
                    "DELETE FROM kamdesk.audit_log",
                    "TRUNCATE kamdesk.audit_log",
                    "ALTER TABLE contact DISABLE TRIGGER audit_u",
                ):
                    with pytest.raises(errors.InsufficientPrivilege):
                        conn.execute(sql)
                    conn.rollback()
        with login(team, "auditor_t") as auditor:  # the audit role reads it all
            assert len(_log(auditor)) > 0
    finally:
        with _admin(team) as admin:
            admin.execute("REVOKE anna FROM maria")
            admin.execute("DROP OWNED BY auditor_t")
            admin.execute("DROP ROLE auditor_t")


def test_a_kam_cannot_read_the_log(team: dict[str, Any]) -> None:
    with login(team, "anna") as anna, pytest.raises(errors.InsufficientPrivilege):
        _log(anna)


def test_a_managers_set_role_shows_both_names(team: dict[str, Any]) -> None:
    with _admin(team) as admin:
        admin.execute("GRANT anna TO maria")  # as section 2.6 has it: the team's KAM roles
    try:
        with login(team, "maria") as maria:
            maria.execute("SET ROLE anna")
            maria.execute("UPDATE contact SET position = 'CEO' WHERE id = %s", (team["contact"],))
            maria.commit()
        with _admin(team) as admin:
            rows = _log(admin, "session_role = 'maria'")
        assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
            ("anna", "maria", "contact", team["contact"])
        ]
    finally:
        with _admin(team) as admin:
            admin.execute("REVOKE anna FROM maria")


def test_server_audit_prints_a_clients_log(team: dict[str, Any], pg_url: str) -> None:
    with login(team, "anna") as anna:
        anna.execute("UPDATE contact SET position = 'Buyer' WHERE id = %s", (team["contact"],))
        anna.commit()
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["server", "audit", "--url", pg_url, "--client", team["kovacs"]]) == 0
    lines = out.getvalue().splitlines()
    assert any("anna" in line and team["contact"] in line and " U " in line for line in lines)
    assert not any(team["rossi"] in line for line in lines)
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["server", "audit", "--url", pg_url, "--login", "anna",
                     "--since", "2000-01-01"]) == 0  # fmt: skip
    said = out.getvalue().splitlines()
    assert len(said) == 1 and team["contact"] in said[0]


def test_an_exchange_names_its_laptop_and_init_again_keeps_the_log(
    tmp_path: Path, migrated_template: Path, pg_url: str, pg_sessions: sessionmaker[Session]
) -> None:
    laptop = Laptop.new(tmp_path / "hub", "Hub", migrated_template)
    try:
        cid = laptop.do(lambda s: add_client(s, "Kovács Kft.", kam="Anna Kovács").id)
        me = laptop.read(current_replica)
        sync_with_server(laptop.db, pg_url)
    finally:
        laptop.close()
    assert me is not None
    query = text("SELECT laptop, client_id FROM kamdesk.audit_log WHERE record_id = :r")
    with pg_sessions() as s:
        rows = s.execute(query, {"r": cid}).all()
    assert {r[0] for r in rows} == {me.id}
    assert {r[1] for r in rows} == {cid}  # the client's row and its kept state, if any
    init_server(pg_url)  # the server's init again: same triggers, the log kept
    with pg_sessions() as s:
        assert s.execute(query, {"r": cid}).all() == rows
        assert missing_audit(s.connection()) == []
        count = s.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'audit\\__' ESCAPE '\\'")
        ).scalar_one()
    assert count == 3 * len(audited())


def test_a_manager_reads_the_team_clients_rows_only(team: dict[str, Any], pg_url: str) -> None:
    with _admin(team) as admin:  # a write to each client, and to a shared product
        admin.execute("UPDATE client SET city = 'Somewhere' WHERE true")
        admin.execute("UPDATE product SET name = 'Fresh milk' WHERE true")
    with login(team, "maria") as maria:
        seen = {str(r[0]) for r in maria.execute("SELECT client_id FROM kamdesk.team_audit")}
        assert seen == {team["kovacs"], team["rossi"]}  # not West's Weber, nor shared rows
        with pytest.raises(errors.InsufficientPrivilege):
            maria.execute("SELECT 1 FROM kamdesk.audit_log")
    with login(team, "anna") as anna, pytest.raises(errors.InsufficientPrivilege):
        anna.execute("SELECT 1 FROM kamdesk.team_audit")
    as_maria = pg_url.replace("postgres@", "maria@")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["server", "audit", "--url", as_maria]) == 0
    lines = out.getvalue().splitlines()
    assert lines and not any(team["weber"] in line or "product" in line for line in lines)
    assert any(team["rossi"] in line for line in lines)
