"""Groundwork for sync between laptops: the replica's identity, ids derived from natural keys,
and one live row per key where a key is unique in practice

- replica: this file's identity (local bookkeeping, never synced; kamdesk.services.replica).
- setting, client_key_reason, product_price: the id becomes the UUID v5 of the natural key
  (kamdesk.domain.natural_keys), so the same record made on two laptops is one record; the
  company profile takes the one fixed id. Nothing points at these rows, so only their ids move.
- Rows unique in practice get partial unique indexes (live rows only: a tombstoned twin may
  exist). Duplicates found first are settled deterministically: the most recently edited row
  of a key stays (then the higher revision, then the smaller id), the others become tombstones
  that sync will carry; of products sharing a SKU the first entered keeps it and the others get
  "~2", "~3"... (products have orders, so none is thrown away). A conflict between two people
  is one relation whichever way it was drawn. A competitor may be listed twice at a client
  (two lines it supplies on different terms): no index there.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 09:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from kamdesk.domain.natural_keys import (
    COMPANY_ID,
    key_reason_id,
    product_price_id,
    setting_id,
)

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = "deleted_at IS NULL"
# (index, table, key columns, condition besides being live). NULLs never clash in SQLite, so a
# key with an empty part has an index of its own.
UNIQUE_LIVE: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("uq_product_sku_live", "product", ("sku",), ""),
    (
        "uq_client_price_undated_live",
        "client_price",
        ("client_id", "product_id"),
        "valid_from IS NULL AND valid_to IS NULL",
    ),
    (
        "uq_client_price_dated_live",
        "client_price",
        ("client_id", "product_id", "valid_from", "valid_to"),
        "",
    ),
    ("uq_activity_contact_live", "activity_contact", ("activity_id", "contact_id"), ""),
    ("uq_activity_product_live", "activity_product", ("activity_id", "product_id"), ""),
    ("uq_promotion_product_live", "promotion_product", ("promotion_id", "product_id"), ""),
    ("uq_promotion_client_live", "promotion_client", ("promotion_id", "client_id"), ""),
    (
        "uq_contact_relation_live",
        "contact_relation",
        ("from_contact_id", "to_contact_id", "kind"),
        "",
    ),
    ("uq_sales_plan_client_live", "sales_plan", ("client_id", "period_start"), ""),
    ("uq_sales_plan_department_live", "sales_plan", ("period_start",), "client_id IS NULL"),
    (
        "uq_quantity_break_column_live",
        "quantity_break",
        ("product_id", "price_column_id", "min_quantity"),
        "",
    ),
    (
        "uq_quantity_break_every_live",
        "quantity_break",
        ("product_id", "min_quantity"),
        "price_column_id IS NULL",
    ),
)


def _where(condition: str) -> str:
    return f"{LIVE} AND {condition}" if condition else LIVE


def upgrade() -> None:
    op.create_table(
        "replica",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("series_code", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("forked_from", sa.String(length=36), nullable=True),
        sa.Column("retired_at", sa.String(length=32), nullable=True),
        sa.Column("open_token", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replica")),
    )
    conn = op.get_bind()
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    _natural_ids(conn)
    _one_company(conn, now)
    _rename_shared_skus(conn, now)
    for _name, table, columns, condition in UNIQUE_LIVE[1:]:
        _tombstone(conn, table, _duplicates(conn, table, columns, condition), now)
    for name, table, columns, condition in UNIQUE_LIVE:
        op.create_index(
            name,
            table,
            list(columns),
            unique=True,
            sqlite_where=sa.text(_where(condition)),
            postgresql_where=sa.text(_where(condition)),
        )


def _rekey(conn: sa.Connection, table: str, new_ids: list[dict[str, Any]]) -> None:
    moved = [x for x in new_ids if x["new"] != x["old"]]
    if moved:
        conn.execute(sa.text(f"UPDATE {table} SET id = :new WHERE id = :old"), moved)


def _natural_ids(conn: sa.Connection) -> None:
    settings = conn.execute(sa.text("SELECT id, key FROM setting")).all()
    _rekey(conn, "setting", [{"old": i, "new": setting_id(k)} for i, k in settings])
    reasons = conn.execute(sa.text("SELECT id, client_id, reason FROM client_key_reason")).all()
    _rekey(
        conn,
        "client_key_reason",
        [{"old": i, "new": key_reason_id(c, r)} for i, c, r in reasons],
    )
    prices = conn.execute(sa.text("SELECT id, product_id, price_column_id FROM product_price"))
    _rekey(
        conn,
        "product_price",
        [{"old": i, "new": product_price_id(p, c)} for i, p, c in prices.all()],
    )


def _one_company(conn: sa.Connection, now: str) -> None:
    """The live profile (the latest edited, if several) takes the fixed id; other live ones
    become tombstones. With none live, the latest tombstone takes it, to be revived."""
    ids = [
        i
        for (i,) in conn.execute(
            sa.text(
                "SELECT id FROM company ORDER BY deleted_at IS NOT NULL, updated_at DESC, "
                "revision DESC, id"
            )
        )
    ]
    if not ids:
        return
    extra = conn.execute(
        sa.text(f"SELECT id FROM company WHERE {LIVE} AND id != :keep"), {"keep": ids[0]}
    ).scalars()
    _tombstone(conn, "company", list(extra), now)
    _rekey(conn, "company", [{"old": ids[0], "new": COMPANY_ID}])


def _rename_shared_skus(conn: sa.Connection, now: str) -> None:
    rows = conn.execute(
        sa.text(f"SELECT id, sku FROM product WHERE {LIVE} ORDER BY created_at, id")
    ).all()
    used = {sku for (sku,) in conn.execute(sa.text("SELECT sku FROM product"))}
    seen: set[str] = set()
    for pid, sku in rows:
        if sku not in seen:
            seen.add(sku)
            continue
        n = 2
        while f"{sku}~{n}" in used:
            n += 1
        new = f"{sku}~{n}"
        used.add(new)
        seen.add(new)
        conn.execute(
            sa.text(
                "UPDATE product SET sku = :sku, updated_at = :now, revision = revision + 1 "
                "WHERE id = :id"
            ),
            {"sku": new, "now": now, "id": pid},
        )


def _duplicates(
    conn: sa.Connection, table: str, columns: tuple[str, ...], condition: str
) -> list[str]:
    """Live rows whose key another live row has: all but the most recently edited."""
    present = " AND ".join(f"{c} IS NOT NULL" for c in columns)
    rows = conn.execute(
        sa.text(
            f"SELECT id, {', '.join(columns)} FROM {table} "
            f"WHERE {_where(condition)} AND {present} "
            "ORDER BY updated_at DESC, revision DESC, id"
        )
    ).all()
    seen: set[tuple[Any, ...]] = set()
    out: list[str] = []
    for row in rows:
        key = tuple(row[1:])
        if table == "contact_relation" and key[2] == "conflicts":
            key = (*sorted(key[:2]), key[2])  # a conflict has no direction
        if key in seen:
            out.append(row[0])
        seen.add(key)
    return out


def _tombstone(conn: sa.Connection, table: str, ids: list[str], now: str) -> None:
    if ids:
        conn.execute(
            sa.text(
                f"UPDATE {table} SET deleted_at = :now, updated_at = :now, "
                "revision = revision + 1 WHERE id = :id"
            ),
            [{"id": i, "now": now} for i in ids],
        )


def downgrade() -> None:
    """The indexes and the replica table go; derived ids and settled duplicates stay."""
    for name, table, _columns, _condition in UNIQUE_LIVE:
        op.drop_index(name, table_name=table)
    op.drop_table("replica")
