"""`check` judges orders and prices in SQL where it can (issue 17) and says exactly what the
line-by-line Python it replaced said: on the demo and on copies of it damaged at random (wrong
amounts, totals, prices, rules, percentages spelled otherwise, quantities that do not fit,
conversions), compared with that Python, kept here as the reference."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from kamdesk.db import Database, open_database, raw_rows
from kamdesk.domain.money import from_minor, qty_from_milli, stored_line_minor, to_minor
from kamdesk.services import check_prices
from kamdesk.services.check_orders import order_problems
from kamdesk.services.check_prices import (
    SHOWN,
    RuleInputs,
    _conversion,
    _line_problem,
    _Unconverted,
    price_rule_problems,
)

pytestmark = pytest.mark.sqlite_only(
    "kamdesk check examines a laptop's file: its integrity, caches and digest tallies"
)

LIVE = "WHERE deleted_at IS NULL"


def reference_order_problems(conn: Connection) -> Iterator[str]:
    """The check of orders as it was before issue 17: every line in Python."""
    orders = {
        oid: (number, net, vat, gross)
        for oid, number, net, vat, gross in raw_rows(
            conn, f"SELECT id, number, total_net, total_vat, total_gross FROM sales_order {LIVE}"
        )
    }
    returned_early: dict[str, int] = dict(
        raw_rows(
            conn,
            "SELECT l.order_line_id, sum(l.quantity) FROM return_line l JOIN sales_return r "
            "ON r.id = l.return_id WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL "
            "AND r.invoice_id IS NULL GROUP BY l.order_line_id",
        )
    )
    sums: dict[str, list[int]] = {}
    billed: dict[str, list[int]] = {}
    rows = raw_rows(
        conn,
        "SELECT order_id, line_no, quantity, unit_price, discount_percent, vat_rate, net, vat,"
        f" gross, shipped_qty, refused_qty, id FROM order_line {LIVE}",
    )
    for oid, line_no, qty, price, disc, rate, net, vat, gross, shipped, refused, lid in rows:
        number = orders.get(oid, (oid,))[0]
        if qty < 0 or price < 0:
            yield f"order line {oid}#{line_no}: negative quantity or price"
            continue
        expected = stored_line_minor(qty, price, disc, rate)
        if (net, vat, gross) != expected:
            shown = "/".join(str(from_minor(x)) for x in (net, vat, gross))
            want = "/".join(str(from_minor(x)) for x in expected)
            yield f"order {number} line {line_no}: stored {shown} but the prices give {want}"
        if not 0 <= refused <= shipped <= qty:
            yield (
                f"order {number} line {line_no}: shipped {qty_from_milli(shipped)} and refused "
                f"{qty_from_milli(refused)} do not fit the ordered {qty_from_milli(qty)}"
            )
        total = sums.setdefault(oid, [0, 0])
        total[0] += expected[0]
        total[1] += expected[1]
        kept = max(0, shipped - refused - returned_early.get(lid, 0))
        bill = stored_line_minor(kept, price, disc, rate) if kept != qty else expected
        sofar = billed.setdefault(oid, [0, 0])
        sofar[0] += bill[0]
        sofar[1] += bill[1]
    for oid, (number, net, vat, gross) in orders.items():
        line_net, line_vat = sums.get(oid, (0, 0))
        if (net, vat, gross) != (line_net, line_vat, line_net + line_vat):
            got = "/".join(str(from_minor(x)) for x in (net, vat, gross))
            want = "/".join(str(from_minor(x)) for x in (line_net, line_vat, line_net + line_vat))
            yield f"order {number}: stored totals {got} but its lines add up to {want}"
    for number, oid, net, vat in raw_rows(
        conn,
        f"SELECT number, order_id, total_net, total_vat FROM invoice {LIVE} "
        "AND order_id IS NOT NULL",
    ):
        bill_net, bill_vat = billed.get(oid, (0, 0))
        if (net, vat) != (bill_net, bill_vat):
            shown = "/".join(str(from_minor(x)) for x in (net, vat))
            want = "/".join(str(from_minor(x)) for x in (bill_net, bill_vat))
            yield f"invoice {number}: net/VAT {shown} but the delivered goods come to {want}"


class _Forgetful(dict[Any, Any]):
    """A cache that keeps nothing: every decision made anew."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def reference_price_problems(conn: Connection) -> Iterator[str]:
    """The price check as it was before issue 17: every line in Python, no decision cached."""
    inputs = RuleInputs(conn)
    inputs._cache = _Forgetful()
    unconverted = _Unconverted(conn)
    orders = {
        oid: (number, client, date.fromisoformat(day), currency)
        for oid, number, client, day, currency in raw_rows(
            conn, f"SELECT id, number, client_id, order_date, currency FROM sales_order {LIVE}"
        )
    }
    failed = 0
    for oid, line_no, pid, qty, unit, rule, listed, source, src_cur, fx_rate, written in raw_rows(
        conn,
        "SELECT order_id, line_no, product_id, quantity, unit_price, price_rule, list_price, "
        f"source_price, source_currency, fx_rate, created_at FROM order_line {LIVE} "
        "AND price_rule != ''",
    ):
        order = orders.get(oid)
        if order is None or listed is not None:
            continue
        number, client, day, currency = order
        if not inputs.unchanged_since(client, pid, written):
            continue
        fx = _conversion(src_cur, currency, fx_rate) if source is not None else None
        if source is None:
            judged, fx = unconverted.fx(pid, currency, day)
            if not judged:
                continue
        found = inputs.decide(client, pid, qty, day, fx)
        if found is None:
            continue
        decision, minor = found
        if rule == decision.rule and unit == minor:
            conversion = decision.conversion
            if source is None or (
                conversion is not None and source == to_minor(conversion.source_amount)
            ):
                continue
        why = _line_problem(decision, unit, rule, listed, source, fx_rate)
        if why is not None:
            failed += 1
            if failed <= SHOWN:
                yield f"order {number} line {line_no}: not priced by the rule on {day}: {why}"
    if failed > SHOWN:
        yield f"order lines: {failed - SHOWN} more not priced by the rule"


def outcome(found: Iterator[str]) -> list[str] | str:
    """What a check says, or the error it stops with (the reference stops on some)."""
    try:
        return list(found)
    except Exception as exc:
        return type(exc).__name__


@contextlib.contextmanager
def damaged_copy(template: Path, folder: Path) -> Iterator[Database]:
    path = folder / f"{uuid.uuid4()}.sqlite"
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def test_the_demo_passes_both_ways(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        assert list(order_problems(conn)) == list(reference_order_problems(conn)) == []
        assert list(price_rule_problems(conn)) == list(reference_price_problems(conn)) == []


# (table, column, value): what a damage writes, into the n-th row of the table
DAMAGE = st.sampled_from(
    [
        ("order_line", "net", "net + 1"),
        ("order_line", "vat", "vat - 1"),
        ("order_line", "gross", "gross + 2"),
        ("order_line", "quantity", "quantity + 1000"),
        ("order_line", "quantity", "-quantity"),
        ("order_line", "unit_price", "unit_price + 1"),
        ("order_line", "unit_price", "unit_price * 1000000000000"),
        ("order_line", "discount_percent", "'5.0'"),
        ("order_line", "discount_percent", "'2.5'"),
        ("order_line", "discount_percent", "'007'"),
        ("order_line", "discount_percent", "'12.345'"),
        ("order_line", "vat_rate", "'27.00'"),
        ("order_line", "vat_rate", "'150'"),
        ("order_line", "shipped_qty", "quantity + 1"),
        ("order_line", "refused_qty", "shipped_qty + 1"),
        ("order_line", "shipped_qty", "quantity / 2"),
        ("order_line", "refused_qty", "shipped_qty / 3"),
        ("order_line", "price_rule", "'promotion'"),
        ("order_line", "price_rule", "'manual'"),
        ("order_line", "list_price", "NULL"),
        ("order_line", "source_price", "source_price + 1"),
        ("order_line", "source_price", "unit_price"),
        ("order_line", "fx_rate", "'1e2'"),
        ("order_line", "fx_rate", "fx_rate || '1'"),
        ("order_line", "fx_rate", "NULL"),
        ("order_line", "source_currency", "''"),
        ("order_line", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("sales_order", "total_net", "total_net + 1"),
        ("sales_order", "total_vat", "total_vat + 1"),
        ("sales_order", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
        ("sales_order", "order_date", "date(order_date, '-30 days')"),
        ("sales_order", "currency", "'HUF'"),
        ("invoice", "total_vat", "total_vat + 1"),
        ("client", "price_column_id", "NULL"),
        ("product", "base_price", "base_price + 5"),
        ("price_column", "discount_percent", "'3'"),
        ("return_line", "deleted_at", "'2026-01-01T00:00:00.000000Z'"),
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(damages=st.lists(st.tuples(DAMAGE, st.integers(0, 10_000)), min_size=1, max_size=5))
def test_damage_is_told_as_the_line_by_line_check_told_it(
    demo_template: Path, tmp_path: Path, damages: list[tuple[tuple[str, str, str], int]]
) -> None:
    with damaged_copy(demo_template, tmp_path) as db, db.engine.begin() as conn:
        for (table, column, value), n in damages:
            count = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            if count:
                conn.exec_driver_sql(
                    f"UPDATE {table} SET {column} = {value} WHERE rowid = "
                    f"(SELECT rowid FROM {table} ORDER BY rowid LIMIT 1 OFFSET ?)",
                    (n % count,),
                )
        # the price rule's inputs counted as unchanged since every line was written
        for table in ("client", "product", "price_column"):
            conn.exec_driver_sql(f"UPDATE {table} SET updated_at = '2000-01-01T00:00:00Z'")
        check_prices._conversion.cache_clear()
        assert outcome(order_problems(conn)) == outcome(reference_order_problems(conn))
        assert outcome(price_rule_problems(conn)) == outcome(reference_price_problems(conn))
