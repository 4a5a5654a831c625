"""Ids derived from the natural key for the rows unique in practice (issue 12)

0006 gave setting, client_key_reason and product_price the UUID v5 of their natural key and
left the tables that are unique in practice with one live row per key (partial unique indexes).
Here those rows take their derived id too (kamdesk.domain.natural_keys), so the same special
price, attendee, agenda product, promotion link, relation, sales plan or quantity break made on
two laptops is one record: client_price, activity_contact, activity_product, promotion_product,
promotion_client, contact_relation, sales_plan and quantity_break.

- Of the rows of one key (a live one and its tombstoned twins, or only tombstones) one takes the
  derived id: the live row, else the most recently edited tombstone, which a service revives
  when the key is made again. The other tombstones keep their old ids: sync still carries them,
  and they can never be live again (a live row has its derived id, `check` says so).
- The partial indexes could not see a special price open at one end (NULL never clashes), so
  two live rows may share such a key: the latest edited stays, the others become tombstones,
  as 0006 settled the rest. A conflict between two people is one relation whichever way it was
  drawn, so its id takes the pair in order.
- Nothing refers to these rows by id (no foreign key, no stored reference), so only the ids move.
- client_competitor has no natural id: one competitor may be listed twice at a client.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 10:30:00
"""

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from kamdesk.domain.natural_keys import (
    activity_contact_id,
    activity_product_id,
    client_price_id,
    contact_relation_id,
    promotion_client_id,
    promotion_product_id,
    quantity_break_id,
    sales_plan_id,
)

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (key columns, as the id function takes them; the function)
NATURAL_LINKS: dict[str, tuple[tuple[str, ...], Callable[..., str]]] = {
    "client_price": (("client_id", "product_id", "valid_from", "valid_to"), client_price_id),
    "activity_contact": (("activity_id", "contact_id"), activity_contact_id),
    "activity_product": (("activity_id", "product_id"), activity_product_id),
    "promotion_product": (("promotion_id", "product_id"), promotion_product_id),
    "promotion_client": (("promotion_id", "client_id"), promotion_client_id),
    "contact_relation": (("from_contact_id", "to_contact_id", "kind"), contact_relation_id),
    "sales_plan": (("client_id", "period_start"), sales_plan_id),
    "quantity_break": (("product_id", "price_column_id", "min_quantity"), quantity_break_id),
}


def upgrade() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for table, (columns, derive) in NATURAL_LINKS.items():
        _derive_ids(conn, table, columns, derive, now)


def _derive_ids(
    conn: sa.Connection,
    table: str,
    columns: tuple[str, ...],
    derive: Callable[..., str],
    now: str,
) -> None:
    """Per key, the live row (else the latest edited tombstone) takes the derived id; live
    twins become tombstones; other tombstones keep their ids."""
    rows = conn.execute(
        sa.text(
            f"SELECT id, deleted_at IS NULL, {', '.join(columns)} FROM {table} "
            "ORDER BY deleted_at IS NOT NULL, updated_at DESC, revision DESC, id"
        )
    ).all()
    by_key: dict[str, list[Any]] = {}
    for row in rows:
        by_key.setdefault(derive(*row[2:]), []).append(row)
    moves: list[dict[str, str]] = []
    twins: list[str] = []
    for new, (keep, *others) in by_key.items():
        twins.extend(other[0] for other in others if other[1])
        if keep[0] == new:
            continue
        if any(other[0] == new for other in others):  # a twin holds it: it moves out first
            moves.append({"old": new, "new": str(uuid.uuid4())})
        moves.append({"old": keep[0], "new": new})
    if twins:
        conn.execute(
            sa.text(
                f"UPDATE {table} SET deleted_at = :now, updated_at = :now, "
                "revision = revision + 1 WHERE id = :id"
            ),
            [{"id": i, "now": now} for i in twins],
        )
    if moves:
        conn.execute(sa.text(f"UPDATE {table} SET id = :new WHERE id = :old"), moves)


def downgrade() -> None:
    """Nothing to undo: a derived id is as good an id as a random one."""
