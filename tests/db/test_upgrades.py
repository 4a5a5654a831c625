"""A database written by every earlier release upgrades through the real migrations.

Each fixture (tests/db/fixtures, made by tests/db/make_fixtures.py) is a populated database at
an earlier schema revision. A copy is opened the way the app opens it (`open_database`: backup
first, then migrate to head); afterwards `kamdesk check` finds nothing wrong, every row the old
release wrote is still there with the values it had, and the backup holds the file as it was.
Each file is upgraded once per run; the tests below read what that upgrade left.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.db import current_revision, open_database
from kamdesk.domain.natural_keys import (
    COMPANY_ID,
    LINK_KEYS,
    client_price_id,
    contact_relation_id,
    key_reason_id,
    product_price_id,
    sales_plan_id,
    setting_id,
)
from kamdesk.migrations import HEAD, REVISIONS
from kamdesk.models import Base
from kamdesk.models.receivables import CACHE_TABLES
from kamdesk.services.check import check
from kamdesk.services.clients.client_list import list_clients
from tests.db.make_fixtures import (
    FIXTURES,
    KEPT_IN_0007,
    RENAMED_IN_0006,
    SETTLED_IN_0006,
    SETTLED_IN_0007,
    fixture_path,
    rows,
    tables_of,
    uid,
)

Snapshot = dict[str, dict[str, dict[str, Any]]]  # table -> id -> column -> value


def snapshot(path: Path) -> Snapshot:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return {
            table: {row["id"]: dict(row) for row in conn.execute(f"SELECT * FROM {table}")}
            for table in tables_of(conn)
        }
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@dataclass(frozen=True)
class Upgrade:
    revision: str
    before: Snapshot  # the copy of the fixture, as the old release left it
    after: Snapshot
    revision_after: str | None
    problems: list[str]  # what `kamdesk check` says afterwards
    orm_rows: dict[str, int]  # table -> rows the models read back
    found_by_search: list[str]
    backups: list[Path]
    caches: dict[str, list[tuple[Any, ...]]]  # the open-amount cache after the upgrade


@pytest.fixture(scope="module", params=FIXTURES)
def upgrade(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Upgrade:
    """Open a copy of one fixture as the app does (the committed file stays as it is)."""
    revision: str = request.param
    folder = tmp_path_factory.mktemp(f"upgrade-{revision}")
    path = folder / "kamdesk.sqlite"
    shutil.copyfile(fixture_path(revision), path)
    before = snapshot(path)
    database = open_database(path, backups=folder / "backups")
    try:
        with database.engine.connect() as conn:
            revision_after = current_revision(conn)
            problems = check(conn)
        with database.reading() as s:
            orm_rows = {
                str(mapper.local_table.name): len(s.scalars(select(mapper.class_)).all())
                for mapper in Base.registry.mappers
                # local bookkeeping and caches
                if not str(mapper.local_table.name).startswith(("sync_", "digest_"))
                and str(mapper.local_table.name) not in CACHE_TABLES
            }
            # contact_fts came with 0002: it must cover the contacts written before it
            found = [c.id for c in list_clients(s, search="szabo")]
    finally:
        database.close()
    return Upgrade(
        revision,
        before,
        snapshot(path),
        revision_after,
        problems,
        orm_rows,
        found,
        sorted((folder / "backups").glob("kamdesk-*.sqlite")),
        caches(path),
    )


def caches(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "invoice_open": conn.execute(
                "SELECT invoice_id, open_amount FROM invoice_open"
            ).fetchall(),
            "client_balance": conn.execute(
                "SELECT client_id, balance FROM client_balance"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_every_revision_before_head_has_a_fixture() -> None:
    files = sorted(fixture_path(REVISIONS[0]).parent.glob("kamdesk-*.sqlite"))
    assert [revision_of(path) for path in files] == list(REVISIONS[:-1])
    assert files == [fixture_path(revision) for revision in FIXTURES]


def test_each_fixture_holds_the_rows_of_its_revision(upgrade: Upgrade) -> None:
    """The files are what make_fixtures.py writes, and every table of their schema has rows."""
    expected = rows(upgrade.revision)
    assert set(upgrade.before) == set(expected)
    for table, records in expected.items():
        assert upgrade.before[table], f"{table} is empty at {upgrade.revision}"
        assert {r["id"] for r in records} == set(upgrade.before[table]), table


def test_it_reaches_head_and_kamdesk_check_finds_nothing(upgrade: Upgrade) -> None:
    assert upgrade.revision_after == HEAD
    assert upgrade.problems == []
    assert upgrade.found_by_search == [uid("client gyor")]


KEPT = frozenset(uid(name) for name in KEPT_IN_0007)


def new_id(table: str, row: dict[str, Any]) -> str:
    """The id 0006 and 0007 give a row: derived from its natural key where it has one (but a
    tombstone beside the row of its key keeps its own)."""
    if table in LINK_KEYS and row["id"] not in KEPT:
        columns, derive = LINK_KEYS[table]
        return derive(*(row[column] for column in columns))
    if table == "setting":
        return setting_id(row["key"])
    if table == "client_key_reason":
        return key_reason_id(row["client_id"], row["reason"])
    if table == "product_price":
        return product_price_id(row["product_id"], row["price_column_id"])
    if table == "company" and row["id"] == uid("company"):
        return COMPANY_ID
    return str(row["id"])


def settled(revision: str) -> dict[str, set[str]]:
    """Rows 0006 or 0007 turned into tombstones (twins), by table."""
    found = {"0005": SETTLED_IN_0006, "0006": SETTLED_IN_0007}.get(revision, {})
    return {table: {uid(name) for name in names} for table, names in found.items()}


# what 0006 may change in a row it settles: the tombstone and its stamp; a product's SKU
SETTLING = frozenset({"deleted_at", "updated_at", "revision"})
RENAMING = frozenset({"sku", "updated_at", "revision"})


def test_every_row_keeps_its_values_and_the_models_read_it(upgrade: Upgrade) -> None:
    tombstoned = settled(upgrade.revision)
    renamed = {uid(name) for name in RENAMED_IN_0006} if upgrade.revision == "0005" else set()
    for table, old_rows in upgrade.before.items():
        new_rows = upgrade.after[table]
        assert set(new_rows) == {new_id(table, row) for row in old_rows.values()}, table
        for row_id, old in old_rows.items():
            new = new_rows[new_id(table, old)]
            may_change = {"id"}
            if row_id in tombstoned.get(table, set()):
                may_change |= SETTLING
            if row_id in renamed:
                may_change |= RENAMING
            kept = {column for column in old if column not in may_change}
            assert {c: new[c] for c in kept} == {c: old[c] for c in kept}, (table, row_id)
    # the ORM parses every upgraded row (dates, money, decimals), tombstones included
    assert upgrade.orm_rows == {table: len(by_id) for table, by_id in upgrade.after.items()}


def test_natural_key_records_take_their_derived_ids(upgrade: Upgrade) -> None:
    """0006: the same setting, key reason, column price or company profile made on two laptops
    is one record."""
    assert set(upgrade.after["company"]) >= {COMPANY_ID}
    assert upgrade.after["company"][COMPANY_ID]["deleted_at"] is None
    for table in ("setting", "client_key_reason", "product_price"):
        rows = upgrade.after.get(table, {})
        assert all(row_id == new_id(table, row) for row_id, row in rows.items()), table
    for table, (columns, derive) in LINK_KEYS.items():  # 0007: every live row, tombstones aside
        rows = upgrade.after.get(table, {})
        live = {i: r for i, r in rows.items() if r["deleted_at"] is None}
        assert all(i == derive(*(r[c] for c in columns)) for i, r in live.items()), table
    assert (
        upgrade.before.get("setting", {}) == {}
        or setting_id("dossier.stale_days") in (upgrade.after["setting"])
    )


@pytest.mark.parametrize("upgrade", ["0005"], indirect=True)
def test_twins_of_rows_unique_in_practice_are_settled(upgrade: Upgrade) -> None:
    """0006: of two live rows with one key the latest edited stays, the other becomes a
    tombstone sync carries (a new revision, stamped when it went); a tombstoned twin is no
    duplicate; a product entered twice keeps its orders under a new SKU."""
    tombstoned = settled(upgrade.revision)
    for table, ids in tombstoned.items():
        for row_id in ids:
            old = upgrade.before[table][row_id]
            new = upgrade.after[table][new_id(table, old)]
            assert old["deleted_at"] is None and new["deleted_at"] is not None, (table, row_id)
            assert new["revision"] == old["revision"] + 1
            assert new["updated_at"] == new["deleted_at"] > old["updated_at"]
    for table, by_id in upgrade.after.items():
        for row_id, row in by_id.items():
            if row_id not in tombstoned.get(table, set()) and row_id != uid("product A4-80 again"):
                old = upgrade.before.get(table, {}).get(row_id)
                # no other row changed (columns added later take their defaults)
                assert old is None or old == {k: row[k] for k in old}, (table, row_id)
    for name, sku in RENAMED_IN_0006.items():
        assert upgrade.after["product"][uid(name)]["sku"] == sku
    assert upgrade.after["product"][uid("product A4-80")]["sku"] == "A4-80"
    assert upgrade.after["activity_contact"][uid("attendee nagy before")]["deleted_at"]


@pytest.mark.parametrize("upgrade", ["0006"], indirect=True)
def test_rows_unique_in_practice_take_the_ids_of_their_keys(upgrade: Upgrade) -> None:
    """0007: the live row of a key takes the id derived from it and a tombstone beside it keeps
    its own; of a key with tombstones only the latest edited takes it (a service revives it);
    of two live special prices open at one end the older becomes a tombstone."""
    before, after = upgrade.before, upgrade.after
    gyor, a4 = uid("client gyor"), uid("product A4-80")

    def became(table: str, name: str, row_id: str) -> dict[str, Any]:
        row = after[table][row_id]
        assert row["created_at"] == before[table][uid(name)]["created_at"], (table, name)
        return row

    dated = client_price_id(gyor, a4, "2025-03-01", "2025-08-31")
    assert became("client_price", "special A4", dated)["deleted_at"] is None
    assert after["client_price"][uid("special A4 before")]["deleted_at"] is not None
    undated = client_price_id(gyor, a4, None, "2025-12-31")
    assert became("client_price", "special A4 open again", undated)["deleted_at"] is None
    assert after["client_price"][uid("special A4 open")]["deleted_at"] is not None
    plan7, plan8 = (sales_plan_id(gyor, f"2025-0{m}-01") for m in (7, 8))
    assert became("sales_plan", "plan 7 dropped", plan7)["deleted_at"] is not None
    assert became("sales_plan", "plan 8 dropped again", plan8)["deleted_at"] is not None
    assert uid("plan 8 dropped") in after["sales_plan"]
    szabo, nagy = uid("contact szabo"), uid("contact nagy")
    conflict = contact_relation_id(szabo, nagy, "conflicts")
    assert conflict == contact_relation_id(nagy, szabo, "conflicts")
    assert became("contact_relation", "conflict drawn back", conflict)["deleted_at"] is None
    for table, kept in (
        ("activity_contact", "attendee nagy before"),
        ("promotion_client", "promotion client before"),
        ("quantity_break", "break before"),
    ):
        assert after[table][uid(kept)]["deleted_at"] is not None, table
        assert len(after[table]) == len(before[table]), table


def test_the_backup_is_the_file_as_it_was(upgrade: Upgrade) -> None:
    (backup,) = upgrade.backups
    assert revision_of(backup) == upgrade.revision
    assert snapshot(backup) == upgrade.before


@pytest.mark.parametrize("upgrade", [r for r in FIXTURES if r < "0003"], indirect=True)
def test_lines_of_orders_out_of_the_door_count_as_shipped(upgrade: Upgrade) -> None:
    """0003 added shipped and refused quantities: what had left already was shipped whole."""
    status = {oid: order["status"] for oid, order in upgrade.after["sales_order"].items()}
    lines = list(upgrade.after["order_line"].values())
    assert {status[line["order_id"]] for line in lines} == {"invoiced", "confirmed", "draft"}
    for line in lines:
        out = status[line["order_id"]] in ("shipped", "delivered", "invoiced")
        shipped = line["quantity"] if out else 0
        assert (line["shipped_qty"], line["refused_qty"]) == (shipped, 0)


@pytest.mark.parametrize("upgrade", [r for r in FIXTURES if r < "0004"], indirect=True)
def test_calls_are_by_phone_and_meetings_at_the_site(upgrade: Upgrade) -> None:
    """0004 added the place kind: a call saved with a location is still a call by phone."""
    places = {a["kind"]: a["place_kind"] for a in upgrade.after["activity"].values()}
    assert places == {"call": "phone", "meeting": "site", "task": "site"}


@pytest.mark.parametrize("upgrade", [r for r in FIXTURES if r < "0010"], indirect=True)
def test_payments_that_named_an_invoice_became_allocations(upgrade: Upgrade) -> None:
    """0010: a payment that named its invoice settles it through an allocation, and the open
    amounts are cached from the ledger."""
    (payment,) = upgrade.after["payment"].values()
    allocations = list(upgrade.after["payment_allocation"].values())
    assert [(a["payment_id"], a["invoice_id"], a["amount"]) for a in allocations] == [
        (payment["id"], payment["invoice_id"], payment["amount"])
    ]
    (invoice,) = upgrade.after["invoice"].values()
    open_rows, balance = upgrade.caches["invoice_open"], upgrade.caches["client_balance"]
    left = invoice["total_gross"] - payment["amount"]
    credited = sum(
        r["total_gross"]
        for r in upgrade.after.get("sales_return", {}).values()
        if r["invoice_id"] == invoice["id"] and r["deleted_at"] is None
    )
    assert open_rows == ([(invoice["id"], left - credited)] if left - credited > 0 else [])
    assert balance == [(invoice["client_id"], left - credited)]
