"""The returns-and-refusals report on a real SQLite file, from orders written by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.models import Client, OrderLine, Product, ReturnLine, SalesOrder, SalesReturn
from kamdesk.models.base import utcnow
from kamdesk.services.sales.losses import losses_report
from tests.factories import add_client

D = Decimal
START, END = date(2026, 1, 1), date(2026, 3, 31)


@dataclass(frozen=True)
class Line:
    product: Product
    quantity: str
    price: str
    discount: str = "0"
    shipped: str | None = None  # all of it unless told
    refused: str = "0"
    reason: str = ""


def add_product(s: Session, sku: str, name: str, vat: str = "20") -> Product:
    product = Product(sku=sku, name=name, vat_rate=D(vat), base_price=D("1.00"), currency="EUR")
    s.add(product)
    s.flush()
    return product


_numbers = iter(range(1, 1000))


def add_order(
    s: Session,
    client: Client,
    lines: list[Line],
    *,
    ordered: date,
    delivered: date | None,
    status: str = "invoiced",
    deleted: bool = False,
) -> list[OrderLine]:
    order = SalesOrder(
        number=f"SO-{next(_numbers)}",
        client_id=client.id,
        order_date=ordered,
        delivery_date=delivered,
        status=status,
        currency="EUR",
        deleted_at=utcnow() if deleted else None,
    )
    s.add(order)
    s.flush()
    rows, amounts = [], []
    for no, line in enumerate(lines, 1):
        p = line.product
        a = line_amounts(D(line.quantity), D(line.price), D(line.discount), p.vat_rate)
        amounts.append(a)
        row = OrderLine(
            order_id=order.id,
            line_no=no,
            product_id=p.id,
            quantity=D(line.quantity),
            unit_price=D(line.price),
            discount_percent=D(line.discount),
            vat_rate=p.vat_rate,
            net=a.net,
            vat=a.vat,
            gross=a.gross,
            shipped_qty=D(line.quantity if line.shipped is None else line.shipped),
            refused_qty=D(line.refused),
            refusal_reason=line.reason,
        )
        s.add(row)
        rows.append(row)
    totals = sum_lines(amounts)
    order.total_net, order.total_vat, order.total_gross = totals.net, totals.vat, totals.gross
    s.flush()
    return rows


def add_return(
    s: Session,
    client: Client,
    day: date,
    lines: list[tuple[OrderLine, str, str]],
    *,
    deleted: bool = False,
) -> None:
    """lines: (order line, quantity, reason), priced as the order line was."""
    back = SalesReturn(
        number=f"RT-{next(_numbers)}",
        client_id=client.id,
        order_id=lines[0][0].order_id,
        return_date=day,
        currency="EUR",
        total_net=D(0),
        total_vat=D(0),
        total_gross=D(0),
        deleted_at=utcnow() if deleted else None,
    )
    s.add(back)
    s.flush()
    amounts = []
    for line, qty, reason in lines:
        a = line_amounts(D(qty), line.unit_price, line.discount_percent, line.vat_rate)
        amounts.append(a)
        s.add(
            ReturnLine(return_id=back.id, order_line_id=line.id, product_id=line.product_id,
                       quantity=D(qty), unit_price=line.unit_price,
                       discount_percent=line.discount_percent, vat_rate=line.vat_rate,
                       net=a.net, vat=a.vat, gross=a.gross, reason=reason)
        )  # fmt: skip
    totals = sum_lines(amounts)
    back.total_net, back.total_vat, back.total_gross = totals.net, totals.vat, totals.gross
    s.flush()


@pytest.fixture
def book(db: Database) -> dict[str, str]:
    """Two clients with losses, one without, and much that must not count."""
    with db.unit_of_work() as s:
        gyor = add_client(s, "Győri Élelmiszer Zrt.")
        sever = add_client(s, "ООО «Северный Хлеб»")
        calm = add_client(s, "Bologna Carni S.r.l.")
        flour = add_product(s, "FLR-1", "Flour, 1 kg")
        oil = add_product(s, "OIL-2", "Sunflower oil, 1 l", vat="27")
        # delivered in the period: 10 × 12.50 less 10 % = 112.50 shipped, 3 refused = 33.75
        a1 = add_order(
            s,
            gyor,
            [
                Line(flour, "10", "12.50", "10", refused="3", reason="damaged"),
                Line(oil, "5", "7.99"),
            ],
            ordered=date(2026, 2, 5),
            delivered=date(2026, 2, 10),
        )
        # no delivery date: the order date counts; 4 of 7 shipped = 13.32 (not the line's 23.31)
        add_order(s, gyor, [Line(flour, "7", "3.33", shipped="4")], ordered=date(2026, 3, 5),
                  delivered=None, status="shipped")  # fmt: skip
        # delivered after the period, ordered in it: neither shipped value nor refusal counts
        add_order(s, gyor, [Line(flour, "9", "5.00", refused="9", reason="quality")],
                  ordered=date(2026, 3, 28), delivered=date(2026, 4, 2))  # fmt: skip
        # confirmed, not shipped yet; and a deleted order
        add_order(s, gyor, [Line(oil, "50", "8.00", shipped="0")], ordered=date(2026, 2, 1),
                  delivered=date(2026, 2, 3), status="confirmed")  # fmt: skip
        add_order(s, gyor, [Line(oil, "50", "8.00", refused="50", reason="surplus")],
                  ordered=date(2026, 2, 1), delivered=date(2026, 2, 3), deleted=True)  # fmt: skip
        b1 = add_order(s, sever, [Line(oil, "100", "2.00")], ordered=date(2026, 1, 12),
                       delivered=date(2026, 1, 15))  # fmt: skip
        add_order(s, calm, [Line(flour, "20", "10.00")], ordered=date(2026, 3, 1),
                  delivered=date(2026, 3, 3))  # fmt: skip
        # returns: in the period (whenever shipped), before it, deleted, and after it
        add_return(s, sever, date(2026, 3, 20), [(b1[0], "10", "quality")])
        add_return(
            s, gyor, date(2026, 2, 28), [(a1[1], "1", "damaged"), (a1[0], "1", "wrong_item")]
        )
        add_return(s, gyor, date(2025, 12, 31), [(a1[1], "2", "price_dispute")])
        add_return(s, sever, date(2026, 3, 21), [(b1[0], "5", "other")], deleted=True)
        add_return(s, sever, date(2026, 12, 10), [(b1[0], "3", "misgrading")])
        return {"gyor": gyor.id, "sever": sever.id, "calm": calm.id, "flour": flour.id,
                "oil": oil.id}  # fmt: skip


def test_totals_count_what_was_shipped_refused_and_returned_in_the_period(
    db: Database, book: dict[str, str]
) -> None:
    with db.reading() as s:
        report = losses_report(s, START, END)
    total = report.total
    # 112.50 + 39.95 + 13.32 (Győr) + 200.00 (Северный) + 200.00 (Bologna)
    assert total.shipped_value == D("565.77")
    assert total.refused_value == D("33.75")
    # 10 × 2.00 quality; 1 × 7.99 damaged; 1 × 12.50 less 10 % wrong item
    assert total.returned_value == D("20.00") + D("7.99") + D("11.25")
    assert total.lost_value == D("72.99")
    assert total.events == 4
    assert total.share == (D("72.99") / D("565.77")).quantize(D("0.0001"))


def test_grouped_by_client_with_names_and_share_of_its_own_shipments(
    db: Database, book: dict[str, str]
) -> None:
    with db.reading() as s:
        report = losses_report(s, START, END)
    rows = report.rows("client")
    assert [r.label for r in rows] == ["Győri Élelmiszer Zrt.", "ООО «Северный Хлеб»"]
    gyor, sever = rows
    assert gyor.key == book["gyor"]
    assert gyor.shipped_value == D("165.77")
    assert (gyor.refused_value, gyor.returned_value) == (D("33.75"), D("19.24"))
    assert gyor.events == 3
    assert gyor.share == (D("52.99") / D("165.77")).quantize(D("0.0001"))
    assert (sever.shipped_value, sever.refused_value, sever.returned_value) == (
        D("200.00"),
        D("0.00"),
        D("20.00"),
    )
    assert sever.share == D("0.1") and sever.events == 1
    # the client that lost nothing is not listed
    assert book["calm"] not in {r.key for r in rows}


def test_grouped_by_product_shows_sku_and_name(db: Database, book: dict[str, str]) -> None:
    with db.reading() as s:
        report = losses_report(s, START, END)
    rows = {r.key: r for r in report.rows("product")}
    labels = [r.label for r in report.by_product]
    assert labels == ["FLR-1 — Flour, 1 kg", "OIL-2 — Sunflower oil, 1 l"]
    flour, oil = rows[book["flour"]], rows[book["oil"]]
    assert flour.shipped_value == D("112.50") + D("13.32") + D("200.00")
    assert flour.lost_value == D("33.75") + D("11.25") and flour.events == 2
    assert oil.shipped_value == D("39.95") + D("200.00")
    assert oil.lost_value == D("27.99") and oil.events == 2


def test_grouped_by_reason_with_the_top_causes(db: Database, book: dict[str, str]) -> None:
    with db.reading() as s:
        report = losses_report(s, START, END)
    rows = report.rows("reason")
    assert [(r.key, r.label, r.lost_value, r.events) for r in rows] == [
        ("damaged", "Damaged", D("41.74"), 2),
        ("quality", "Quality", D("20.00"), 1),
        ("wrong_item", "Wrong item", D("11.25"), 1),
    ]
    assert all(r.shipped_value == report.total.shipped_value for r in rows)
    assert rows[0].share == (D("41.74") / D("565.77")).quantize(D("0.0001"))
    causes = report.top_causes
    assert [c.reason for c in causes] == ["damaged", "quality", "wrong_item"]
    assert causes[0].share_of_losses == (D("41.74") / D("72.99")).quantize(D("0.0001"))
    # every grouping accounts for the same losses
    for by in ("client", "product", "reason"):
        assert sum((r.lost_value for r in report.rows(by)), D(0)) == report.total.lost_value
        assert sum(r.events for r in report.rows(by)) == report.total.events
    with pytest.raises(ValueError):
        report.rows("city")


def test_period_bounds_are_inclusive(db: Database, book: dict[str, str]) -> None:
    with db.reading() as s:
        january = losses_report(s, date(2026, 1, 15), date(2026, 1, 15))
        april = losses_report(s, date(2026, 4, 2), date(2026, 4, 2))
    assert january.total.shipped_value == D("200.00") and january.total.events == 0
    assert january.by_client == ()
    # delivered that day: its refusal counts now, and 9 of 9 refused is all of it
    assert april.total.shipped_value == D("45.00")
    assert [(r.key, r.lost_value) for r in april.by_reason] == [("quality", D("45.00"))]
    assert april.by_reason[0].share == 1


def test_returns_in_a_period_with_nothing_shipped_have_no_share(
    db: Database, book: dict[str, str]
) -> None:
    with db.reading() as s:
        december = losses_report(s, date(2026, 12, 1), date(2026, 12, 31))
        empty = losses_report(s, date(2010, 1, 1), date(2010, 12, 31))
    assert december.total.shipped_value == 0 and december.total.share is None
    (row,) = december.by_client
    assert row.label == "ООО «Северный Хлеб»" and row.returned_value == D("6.00")
    assert row.share is None
    assert december.by_reason[0].share is None
    assert december.top_causes[0].share_of_losses == 1
    assert empty.by_client == empty.by_product == empty.by_reason == empty.top_causes == ()
    assert empty.total.lost_value == 0 and empty.total.share is None
