"""The returns-and-refusals report in the reporting currency (issue 13): each delivery and
return at its own date's rate; lines without a rate left out and named."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.models import SalesOrder, SalesReturn
from kamdesk.services.company import save_company
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.sales.losses import losses_report
from tests.currency_portfolio import COMPANY
from tests.factories import add_client
from tests.unit.services.test_losses import Line, add_order, add_product, add_return

D = Decimal


def add_loss_portfolio(s: Session) -> None:
    """EUR, RUB and HUF deliveries and a RUB return of a company reporting in HUF."""
    save_company(s, COMPANY)
    set_rate(s, "EUR", date(2026, 1, 1), D("400"))
    set_rate(s, "RUB", date(2026, 2, 1), D("4"))
    set_rate(s, "RUB", date(2026, 3, 1), D("5"))  # after the return: not its rate
    euro, rub, huf = (add_client(s, n, currency=c) for n, c in
                      (("Euro Kft.", "EUR"), ("Волга", "RUB"), ("Hazai", "HUF")))  # fmt: skip
    flour = add_product(s, "FLR-1", "Flour")

    def order(client, currency, day, line):  # type: ignore[no-untyped-def]
        rows = add_order(s, client, [line], ordered=day, delivered=day)
        o = s.get(SalesOrder, rows[0].order_id)
        assert o is not None
        o.currency = currency
        return rows

    # 8 of 10 shipped (100.00 EUR), 2 refused (25.00 EUR)
    order(euro, "EUR", date(2026, 1, 10), Line(flour, "10", "12.50", shipped="8",
                                                refused="2", reason="damaged"))  # fmt: skip
    order(rub, "RUB", date(2026, 1, 15), Line(flour, "100", "10.00"))  # no RUB rate yet
    sold = order(rub, "RUB", date(2026, 2, 10), Line(flour, "50", "10.00"))  # 500.00 RUB
    order(huf, "HUF", date(2026, 1, 20), Line(flour, "3", "1000.00"))
    add_return(s, rub, date(2026, 2, 20), [(sold[0], "5", "quality")])  # 50.00 RUB
    s.query(SalesReturn).update({SalesReturn.currency: "RUB"})


def test_losses_are_in_huf_at_each_dates_rate(db: Database) -> None:
    with db.unit_of_work() as s:
        add_loss_portfolio(s)
    with db.reading() as s:
        report = losses_report(s, date(2026, 1, 1), date(2026, 3, 31))
    assert report.currency == "HUF"
    total = report.total
    assert total.shipped_value == D("100.00") * 400 + D("500.00") * 4 + D("3000.00")
    assert total.refused_value == D("25.00") * 400
    assert total.returned_value == D("50.00") * 4
    assert report.warnings == (
        "1 order line in RUB has no rate on or before its date: "
        "enter rates in File > Exchange rates",
    )
    by_client = {r.label: r for r in report.rows("client")}
    assert by_client["Euro Kft."].shipped_value == D("40000.00")
    assert by_client["Волга"].returned_value == D("200.00")
