"""`kamdesk check`: SQLite's integrity checks plus the domain's own invariants."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Connection

from kamdesk.db import schema_state, storage_problems
from kamdesk.domain.money import (
    LineAmounts,
    from_minor,
    line_amounts,
    qty_from_milli,
    sum_lines,
)
from kamdesk.models.activity import ACTIVITY_KINDS, ACTIVITY_STATUSES
from kamdesk.models.client import CLIENT_STATUSES
from kamdesk.models.sales import ORDER_STATUSES

# A live child whose parent is a tombstone is an orphan that sync would resurrect wrongly.
_PARENTS = (
    ("contact", "client_id", "client"),
    ("order_line", "order_id", "sales_order"),
    ("sales_order", "client_id", "client"),
    ("invoice", "client_id", "client"),
    ("payment", "client_id", "client"),
    ("product_price", "product_id", "product"),
    ("activity_contact", "activity_id", "activity"),
)


def check(conn: Connection) -> list[str]:
    """Every problem found, as a readable line; empty means the database is sound."""
    problems = storage_problems(conn)
    if problems:
        return problems  # the rest would read damaged pages
    state = schema_state(conn)
    if state != "current":
        return [f"schema: the database schema is {state}, not this version's"]
    problems.extend(_orphans(conn))
    problems.extend(_order_totals(conn))
    problems.extend(_invoices_and_payments(conn))
    problems.extend(_allowed_values(conn))
    companies = conn.exec_driver_sql(
        "SELECT count(*) FROM company WHERE deleted_at IS NULL"
    ).scalar_one()
    if companies > 1:
        problems.append(f"company: {companies} live company profiles; there must be one")
    return problems


def _orphans(conn: Connection) -> Iterator[str]:
    for child, fk, parent in _PARENTS:
        n = conn.exec_driver_sql(
            f"SELECT count(*) FROM {child} c JOIN {parent} p ON p.id = c.{fk} "
            "WHERE c.deleted_at IS NULL AND p.deleted_at IS NOT NULL"
        ).scalar_one()
        if n:
            yield f"{child}: {n} live rows belong to a deleted {parent}"


def _order_totals(conn: Connection) -> Iterator[str]:
    """Stored line amounts and order totals must be what the domain computes."""
    orders = {
        oid: (number, net, vat, gross)
        for oid, number, net, vat, gross in conn.exec_driver_sql(
            "SELECT id, number, total_net, total_vat, total_gross FROM sales_order "
            "WHERE deleted_at IS NULL"
        )
    }
    lines: dict[str, list[LineAmounts]] = {}
    rows = conn.exec_driver_sql(
        "SELECT l.order_id, l.line_no, l.quantity, l.unit_price, l.discount_percent, l.vat_rate,"
        " l.net, l.vat, l.gross FROM order_line l WHERE l.deleted_at IS NULL"
    )
    for oid, line_no, qty, price, disc, rate, net, vat, gross in rows:
        if qty < 0 or price < 0:
            yield f"order line {oid}#{line_no}: negative quantity or price"
            continue
        expected = line_amounts(
            qty_from_milli(qty), from_minor(price), Decimal(disc), Decimal(rate)
        )
        stored = LineAmounts(from_minor(net), from_minor(vat), from_minor(gross))
        if stored != expected:
            number = orders.get(oid, (oid,))[0]
            yield (
                f"order {number} line {line_no}: stored {stored.net}/{stored.vat}/{stored.gross}"
                f" but the prices give {expected.net}/{expected.vat}/{expected.gross}"
            )
        lines.setdefault(oid, []).append(expected)
    for oid, (number, net, vat, gross) in orders.items():
        totals = sum_lines(lines.get(oid, []))
        got = (from_minor(net), from_minor(vat), from_minor(gross))
        if got != (totals.net, totals.vat, totals.gross):
            yield (
                f"order {number}: stored totals {got[0]}/{got[1]}/{got[2]} but its lines add "
                f"up to {totals.net}/{totals.vat}/{totals.gross}"
            )


def _invoices_and_payments(conn: Connection) -> Iterator[str]:
    for number, net, vat, gross, issued, due in conn.exec_driver_sql(
        "SELECT number, total_net, total_vat, total_gross, issue_date, due_date FROM invoice "
        "WHERE deleted_at IS NULL AND (total_net + total_vat != total_gross OR due_date < "
        "issue_date)"
    ):
        if net + vat != gross:
            yield f"invoice {number}: net {from_minor(net)} + VAT {from_minor(vat)} != total"
        if due < issued:
            yield f"invoice {number}: due {due} before it was issued {issued}"
    n = conn.exec_driver_sql(
        "SELECT count(*) FROM payment WHERE deleted_at IS NULL AND amount <= 0"
    ).scalar_one()
    if n:
        yield f"payment: {n} payments with an amount of zero or less"


def _allowed_values(conn: Connection) -> Iterator[str]:
    for table, column, allowed in (
        ("client", "status", CLIENT_STATUSES),
        ("sales_order", "status", ORDER_STATUSES),
        ("activity", "kind", ACTIVITY_KINDS),
        ("activity", "status", ACTIVITY_STATUSES),
    ):
        marks = ", ".join("?" for _ in allowed)
        bad = conn.exec_driver_sql(
            f"SELECT {column}, count(*) FROM {table} WHERE deleted_at IS NULL "
            f"AND {column} NOT IN ({marks}) GROUP BY {column}",
            tuple(allowed),
        ).all()
        for value, count in bad:
            yield f"{table}: {count} rows with unknown {column} {value!r}"
