"""Who sees what on the team server, tried as the real logins (never SET ROLE from a superuser,
who passes every policy): Anna and Boris are KAMs of team East, Maria manages it, Carl is in
team West. Each test has its own database; the logins are the cluster's (made once)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.db.policies import (
    BY_CLIENT,
    CLIENT_ASSIGNMENT,
    KAM,
    MANAGER,
    SHARED,
    THROUGH_PARENT,
    missing_rls,
)
from kamdesk.models import Client, ClientKam, Contact, Kam, Product, Team
from kamdesk.models.base import new_id
from kamdesk.services.sync.tables import entities
from tests.factories import add_client
from tests.pg import Cluster

FORGE = "INSERT INTO sync_state(entity, record_id, state, seq) VALUES (%s, %s, %s, 1)"
LOGINS = {"anna": KAM, "boris": KAM, "maria": MANAGER, "carl": KAM}


@pytest.fixture(scope="session")
def pg_logins(pg_cluster: Cluster, pg_template: str) -> Cluster:
    """The logins, once the template's `server init` made the group roles."""
    for name, group in LOGINS.items():
        pg_cluster.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {name} LOGIN IN ROLE {group}; END IF; END $$"
        )
    return pg_cluster


@pytest.fixture
def team(pg_logins: Cluster, pg_url: str, pg_sessions: sessionmaker[Session]) -> dict[str, Any]:
    """East: Anna's client Kovács (with a contact), Boris's client Rossi; West: Carl's Weber."""
    with pg_sessions() as s:
        east, west = Team(name="East"), Team(name="West")
        s.add_all([east, west])
        s.flush()
        people = {}
        who = (("Anna Kovács", "anna", east), ("Boris Petrov", "boris", east),
               ("Maria Rossi", "maria", east), ("Carl Weber", "carl", west))  # fmt: skip
        for name, login, team_of in who:
            kam = Kam(name=name, name_key=name.casefold(), role_name=login, team_id=team_of.id)
            s.add(kam)
            people[login] = kam
        s.flush()
        east.manager_id = people["maria"].id
        kovacs = add_client(s, "Kovács Kft.", kam="Anna Kovács")
        rossi = add_client(s, "Rossi S.p.A.", kam="Boris Petrov")
        weber = add_client(s, "Weber GmbH", kam="Carl Weber")
        contact = Contact(client_id=kovacs.id, full_name="Nagy Éva")
        product = Product(
            sku="MILK-1", name="Milk", vat_rate=Decimal(20), base_price=Decimal(1), currency="EUR"
        )
        s.add_all([contact, product])
        s.commit()
        return {
            "kovacs": kovacs.id, "rossi": rossi.id, "weber": weber.id, "contact": contact.id,
            "product": product.id, "anna": people["anna"].id, "port": pg_logins.port,
            "db": pg_url.rsplit("/", 1)[1],
        }  # fmt: skip


@contextmanager
def login(team: dict[str, Any], name: str) -> Iterator[psycopg.Connection[Any]]:
    conn = psycopg.connect(host="127.0.0.1", port=team["port"], user=name, dbname=team["db"])
    try:
        yield conn
    finally:
        conn.close()


def _ids(conn: psycopg.Connection[Any], sql: str, *params: object) -> set[str]:
    return {str(r[0]) for r in conn.execute(sql, params).fetchall()}


def _refused(conn: psycopg.Connection[Any], sql: str, *params: object) -> str:
    """Run `sql`: it must fail for want of rights; returns the server's words."""
    with pytest.raises(errors.InsufficientPrivilege) as caught:
        conn.execute(sql, params)
    conn.rollback()
    return str(caught.value)


def test_a_kam_reads_only_the_clients_assigned_to_them(team: dict[str, Any]) -> None:
    with login(team, "anna") as anna:
        assert _ids(anna, "SELECT id FROM client") == {team["kovacs"]}
        assert _ids(anna, "SELECT id FROM client WHERE id = %s", team["rossi"]) == set()
        assert _ids(anna, "SELECT id FROM contact") == {team["contact"]}
        assert _ids(anna, "SELECT id FROM product") == {team["product"]}  # shared
        # colleagues' assignments of her clients only
        assert _ids(anna, "SELECT client_id FROM client_kam") == {team["kovacs"]}
    with login(team, "boris") as boris:
        assert _ids(boris, "SELECT id FROM client") == {team["rossi"]}
        assert _ids(boris, "SELECT id FROM contact") == set()


def test_a_manager_sees_the_team_and_no_other(team: dict[str, Any]) -> None:
    with login(team, "maria") as maria:
        assert _ids(maria, "SELECT id FROM client") == {team["kovacs"], team["rossi"]}
    with login(team, "carl") as carl:
        assert _ids(carl, "SELECT id FROM client") == {team["weber"]}


def test_a_manager_assigns_within_the_team_only(
    team: dict[str, Any], pg_sessions: sessionmaker[Session]
) -> None:
    """Maria (East) reads her team's assignments, puts Boris beside Anna, but neither assigns
    Carl (West) nor changes his assignment (the team's KAMs are one set per statement)."""
    with pg_sessions() as s:
        kam = {str(login): str(k) for login, k in s.execute(select(Kam.role_name, Kam.id))}
    assign = (
        "INSERT INTO client_kam(id, client_id, kam_id, position, created_at, updated_at, "
        "revision) VALUES (%s, %s, %s, 2, '2026-12-06', '2026-12-06', 1)"
    )
    with login(team, "maria") as maria:
        assert _ids(maria, "SELECT client_id FROM client_kam") == {team["kovacs"], team["rossi"]}
        said = _refused(maria, assign, "ck-carl", team["kovacs"], kam["carl"])
        assert "row-level security" in said
        moved = maria.execute(
            "UPDATE client_kam SET position = 3 WHERE kam_id = %s", (kam["carl"],)
        )
        assert moved.rowcount == 0
        maria.execute(assign, ("ck-boris", team["kovacs"], kam["boris"]))
        maria.commit()
    with pg_sessions() as s:
        both = s.scalars(select(ClientKam.kam_id).where(ClientKam.client_id == team["kovacs"]))
        assert set(both) == {kam["anna"], kam["boris"]}
        carls = s.scalars(select(ClientKam.position).where(ClientKam.kam_id == kam["carl"]))
        assert list(carls) == [1]


def test_a_kam_cannot_write_into_another_kams_client(team: dict[str, Any]) -> None:
    with login(team, "anna") as anna:
        said = _refused(
            anna,
            "INSERT INTO contact(id, client_id, full_name, created_at, updated_at, "
            "revision) VALUES ('c-forged', %s, 'X Y', '2026-12-06', '2026-12-06', 1)",
            team["rossi"],
        )
        assert "row-level security" in said
        said = _refused(anna, "UPDATE contact SET client_id = %s WHERE id = %s",
                        team["rossi"], team["contact"])  # fmt: skip
        assert "row-level security" in said
        changed = anna.execute("UPDATE client SET city = 'Hacked' WHERE id = %s", (team["rossi"],))
        assert changed.rowcount == 0
        anna.commit()
    with login(team, "boris") as boris:
        city = boris.execute("SELECT city FROM client WHERE id = %s", (team["rossi"],)).fetchone()
        assert city is not None and city[0] != "Hacked"


def test_a_kam_cannot_take_a_client_nor_write_shared_records_nor_delete(
    team: dict[str, Any],
) -> None:
    with login(team, "anna") as anna:
        _refused(
            anna,
            "INSERT INTO client_kam(id, client_id, kam_id, position, created_at, updated_at, "
            "revision) VALUES ('ck-forged', %s, %s, 2, '2026-12-06', '2026-12-06', 1)",
            team["rossi"], team["anna"],
        )  # fmt: skip
        _refused(anna, "UPDATE product SET name = 'Cheap milk' WHERE id = %s", team["product"])
        _refused(anna, "DELETE FROM contact WHERE id = %s", team["contact"])


def test_a_forged_state_of_a_shared_or_foreign_record_is_refused(team: dict[str, Any]) -> None:
    """The server sends kept states as they are: one forged for a product would reach every
    laptop. A KAM's states are admitted only for records in their scope."""
    state = '{"c": {}}'
    with login(team, "anna") as anna:
        said = _refused(anna, FORGE, "product", team["product"], state)
        assert "only a manager" in said
        said = _refused(anna, FORGE, "client", team["rossi"], state)
        assert "not in your scope" in said
        anna.execute(FORGE, ("contact", team["contact"], state))  # her own contact: admitted
        anna.rollback()


def test_a_kam_may_create_a_client_and_assign_only_themselves(
    team: dict[str, Any], pg_sessions: sessionmaker[Session]
) -> None:
    """The assignment goes first (a client row is in nobody's scope before it), the client
    after it, the foreign key checked at COMMIT: as a push writes a new client."""
    engine = create_engine(f"postgresql+psycopg://anna@127.0.0.1:{team['port']}/{team['db']}")
    try:
        with Session(engine) as anna:
            anna.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            made = new_id()
            new = Client(id=made, name="Új Ügyfél", currency="EUR", status="active")
            anna.add(ClientKam(client_id=made, kam_id=team["anna"], position=1))
            anna.flush()
            anna.add(new)
            anna.commit()
            assert made in set(anna.scalars(select(Client.id)))
            # but not herself beside Boris on his client
            anna.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            anna.add(ClientKam(client_id=team["rossi"], kam_id=team["anna"], position=2))
            with pytest.raises(ProgrammingError, match="row-level security"):
                anna.flush()
            anna.rollback()
    finally:
        engine.dispose()
    with pg_sessions() as s:
        assert s.scalar(select(Client.name).where(Client.id == made)) == "Új Ügyfél"


def test_every_synced_table_has_a_family_and_rls_enabled_and_forced(
    team: dict[str, Any], pg_sessions: sessionmaker[Session]
) -> None:
    families = {*BY_CLIENT, *THROUGH_PARENT, *SHARED, CLIENT_ASSIGNMENT}
    assert set(entities()) - families == set()
    with pg_sessions() as s:
        assert missing_rls(s.connection()) == []
        bypass = s.connection().exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolbypassrls AND NOT rolsuper"
        )
        assert [r[0] for r in bypass] == []
