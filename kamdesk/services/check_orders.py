"""`kamdesk check` of orders: every stored line amount is what its quantity, price, discount
and VAT give (kamdesk.domain.money.stored_line_minor), shipped and refused quantities fit the
line, an order's totals are what its lines add up to, and an invoice bills what was delivered
and not sent back before it.

One SQL pass over the lines does the work where the data is: it vouches for each line it can
(percentages of whole hundredths written as kamdesk writes them, amounts small enough for
64-bit arithmetic, the same half-up rounding as the domain's integer path) and adds up every
order's amounts and what it bills. Python looks again, line by line as before, only at the
orders with a line SQL could not vouch for (a wrong amount, quantities that do not fit, a
percentage written another way) or with a line sent back before it was invoiced: the problems
read as they always did, in the order of the lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import Connection

from kamdesk.db.dialect import raw_rows
from kamdesk.domain.money import from_minor, qty_from_milli, stored_line_minor
from kamdesk.domain.orders import RETURN_REASONS


def _percentages() -> str:
    """JSON: every percentage of whole hundredths from 0 to 100 as kamdesk writes it
    (kamdesk.models.base.DecimalText: "0", "12.5", "27") -> its hundredths. A line whose
    percentages are spelled otherwise is one SQL does not vouch for."""
    return json.dumps({format(Decimal(h).scaleb(-2).normalize(), "f"): h for h in range(10001)})


# net of q thousandths at p minor units, d hundredths of a percent off, rounded half up
_NET = "(2 * {q} * p * (10000 - d) + 10000000) / 20000000"
_VAT = "(2 * ({net}) * r + 10000) / 20000"
_VOUCHED = (
    "d IS NOT NULL AND r IS NOT NULL AND typeof(q) = 'integer' AND typeof(p) = 'integer' "
    "AND q BETWEEN 0 AND 2000000000 AND p BETWEEN 0 AND 2000000000 AND q * p < 400000000000000 "
    "AND 0 <= f AND f <= s AND s <= q "
    f"AND net = {_NET.format(q='q')} AND vat = {_VAT.format(net='net')} AND gross = net + vat"
)
# what a line bills when nothing was sent back before the invoice (Python sees the others)
_BILL_NET = (
    "CASE WHEN s - f = q THEN net WHEN s - f BETWEEN 0 AND q AND q * p < 400000000000000 "
    f"THEN {_NET.format(q='(s - f)')} END"
)
_BILL_VAT = (
    "CASE WHEN s - f = q THEN vat WHEN s - f BETWEEN 0 AND q AND q * p < 400000000000000 "
    f"THEN {_VAT.format(net=_NET.format(q='(s - f)'))} END"
)
_SMALL = "abs({0}) < 1000000000000000"  # sums of these cannot overflow
_ORDER_SUMS = (
    "WITH pct(t, h) AS MATERIALIZED (SELECT key, value FROM json_each(?)) "
    f"SELECT order_id, sum(CASE WHEN {_VOUCHED} THEN 0 ELSE 1 END), "  # stops at a failed test
    f"sum(CASE WHEN {_SMALL.format('net')} THEN net END), "
    f"sum(CASE WHEN {_SMALL.format('vat')} THEN vat END), "
    f"sum({_BILL_NET}), sum({_BILL_VAT}) FROM ("
    "SELECT l.order_id, l.quantity AS q, l.unit_price AS p, l.net, l.vat, l.gross, "
    "l.shipped_qty AS s, l.refused_qty AS f, pd.h AS d, pr.h AS r FROM order_line l "
    "LEFT JOIN pct pd ON pd.t = l.discount_percent LEFT JOIN pct pr ON pr.t = l.vat_rate "
    "WHERE l.deleted_at IS NULL) GROUP BY order_id"
)
_LINES = (
    "SELECT order_id, line_no, quantity, unit_price, discount_percent, vat_rate, net, vat, "
    "gross, shipped_qty, refused_qty, id FROM order_line WHERE deleted_at IS NULL"
)


def order_problems(conn: Connection) -> Iterator[str]:
    """Stored line amounts and order totals must be what the domain computes; shipped and
    refused quantities must fit the line; an invoice bills what was delivered and not sent
    back before it."""
    orders = {
        oid: (number, net, vat, gross)
        for oid, number, net, vat, gross in raw_rows(
            conn,
            "SELECT id, number, total_net, total_vat, total_gross FROM sales_order "
            "WHERE deleted_at IS NULL",
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
    sums: dict[str, tuple[int, int]] = {}
    billed: dict[str, tuple[int, int]] = {}
    closer: set[str] = set()
    for oid, doubted, net, vat, bill_net, bill_vat in raw_rows(
        conn, _ORDER_SUMS, (_percentages(),)
    ):
        if doubted:
            closer.add(oid)
        else:
            sums[oid] = (net, vat)
            billed[oid] = (bill_net, bill_vat)
    closer.update(
        oid
        for (oid,) in raw_rows(
            conn,
            "SELECT DISTINCT order_id FROM order_line WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(returned_early)),),
        )
    )
    yield from _lines_looked_at(conn, closer, orders, returned_early, sums, billed)
    yield from _totals(conn, orders, sums, billed)


def _lines_looked_at(
    conn: Connection,
    order_ids: set[str],
    orders: dict[str, tuple[str, int, int, int]],
    returned_early: dict[str, int],
    sums: dict[str, tuple[int, int]],
    billed: dict[str, tuple[int, int]],
) -> Iterator[str]:
    """The orders SQL could not vouch for, line by line (in the order of the lines): what is
    wrong, and what they add up to and bill."""
    if not order_ids:
        return
    rows = raw_rows(
        conn,
        f"{_LINES.replace('SELECT ', 'SELECT rowid, ', 1)} "
        "AND order_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(order_ids)),),
    )
    added: dict[str, list[int]] = {oid: [0, 0] for oid in order_ids}
    bills: dict[str, list[int]] = {oid: [0, 0] for oid in order_ids}
    for (
        _rowid,
        oid,
        line_no,
        qty,
        price,
        disc,
        rate,
        net,
        vat,
        gross,
        shipped,
        refused,
        lid,
    ) in sorted(rows):
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
        added[oid][0] += expected[0]
        added[oid][1] += expected[1]
        kept = max(0, shipped - refused - returned_early.get(lid, 0))
        bill = stored_line_minor(kept, price, disc, rate) if kept != qty else expected
        bills[oid][0] += bill[0]
        bills[oid][1] += bill[1]
    for oid in order_ids:
        sums[oid] = (added[oid][0], added[oid][1])
        billed[oid] = (bills[oid][0], bills[oid][1])


def _totals(
    conn: Connection,
    orders: dict[str, tuple[str, int, int, int]],
    sums: dict[str, tuple[int, int]],
    billed: dict[str, tuple[int, int]],
) -> Iterator[str]:
    for oid, (number, net, vat, gross) in orders.items():
        line_net, line_vat = sums.get(oid, (0, 0))
        if (net, vat, gross) != (line_net, line_vat, line_net + line_vat):
            got = "/".join(str(from_minor(x)) for x in (net, vat, gross))
            want = "/".join(str(from_minor(x)) for x in (line_net, line_vat, line_net + line_vat))
            yield f"order {number}: stored totals {got} but its lines add up to {want}"
    for number, oid, net, vat in raw_rows(
        conn,
        "SELECT number, order_id, total_net, total_vat FROM invoice "
        "WHERE deleted_at IS NULL AND order_id IS NOT NULL",
    ):
        bill_net, bill_vat = billed.get(oid, (0, 0))
        if (net, vat) != (bill_net, bill_vat):
            shown = "/".join(str(from_minor(x)) for x in (net, vat))
            want = "/".join(str(from_minor(x)) for x in (bill_net, bill_vat))
            yield f"invoice {number}: net/VAT {shown} but the delivered goods come to {want}"


def return_problems(conn: Connection) -> Iterator[str]:
    """Return lines priced as their order lines, return totals the sum of their lines, never
    more back than was delivered, and a known reason."""
    sums: dict[str, list[int]] = {}
    for rid, qty, price, disc, rate, net, vat, gross, reason in raw_rows(
        conn,
        "SELECT return_id, quantity, unit_price, discount_percent, vat_rate, net, vat, gross,"
        " reason FROM return_line WHERE deleted_at IS NULL",
    ):
        expected = stored_line_minor(qty, price, disc, rate)
        if qty <= 0 or (net, vat, gross) != expected:
            yield f"return {rid}: a line's amounts are not what its quantity and price give"
        if reason not in RETURN_REASONS:
            yield f"return {rid}: unknown reason {reason!r}"
        total = sums.setdefault(rid, [0, 0])
        total[0] += expected[0]
        total[1] += expected[1]
    for rid, number, net, vat, gross in raw_rows(
        conn,
        "SELECT id, number, total_net, total_vat, total_gross FROM sales_return "
        "WHERE deleted_at IS NULL",
    ):
        line_net, line_vat = sums.get(rid, (0, 0))
        if (net, vat, gross) != (line_net, line_vat, line_net + line_vat):
            yield f"return {number}: stored totals differ from the sum of its lines"
    for number, line_no in raw_rows(
        conn,
        "SELECT s.number, o.line_no FROM order_line o JOIN sales_order s ON s.id = o.order_id "
        "JOIN (SELECT l.order_line_id, sum(l.quantity) AS q "
        "FROM return_line l JOIN sales_return r ON r.id = l.return_id WHERE l.deleted_at IS "
        "NULL AND r.deleted_at IS NULL GROUP BY l.order_line_id) b ON b.order_line_id = o.id "
        "WHERE b.q > o.shipped_qty - o.refused_qty",
    ):
        yield f"order {number} line {line_no}: more returned than was delivered"
