"""The order list sorted in SQL by a column of the list: a whitelist of keys, ties by number
then id the same way round, pages that neither overlap nor skip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.db import Database
from kamdesk.services.sales.order_steps import confirm_order
from kamdesk.services.sales.orders import DraftLine, OrderDraft, list_orders, save_draft
from tests.factories import add_catalogue, add_client

D = Decimal


@pytest.fixture
def orders(db: Database) -> list[str]:
    """Twelve orders: two clients, two days, amounts and line counts out of creation order."""
    ids = []
    with db.unit_of_work() as s:
        cat = add_catalogue(s)
        zeta, alfa = add_client(s, "Zeta Zrt."), add_client(s, "Alfa Kft.")
        for n in range(12):
            lines = tuple(
                DraftLine(cat[sku], D((n * 5) % 12 + 1), D("2.00"), price_rule="base")
                for sku in ("FLOUR-25", "OIL-5", "SUGAR-1")[: n % 3 + 1]
            )
            client = (zeta, alfa)[n % 2]
            ids.append(save_draft(s, OrderDraft(client.id, date(2026, 3, 1 + n % 2), lines)))
        confirm_order(s, ids[0], today=date(2026, 3, 2))
    return ids


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("total_gross", lambda r: r.total_gross),
        ("lines", lambda r: r.lines),
        ("order_date", lambda r: r.order_date),
        ("number", lambda r: r.number),
    ],
)
@pytest.mark.parametrize("descending", [True, False])
def test_each_column_sorts_every_page(db: Database, orders, sort, key, descending) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        pages = [
            list_orders(s, sort=sort, descending=descending, offset=o, limit=5) for o in (0, 5, 10)
        ]
    rows = [r for page in pages for r in page]
    assert len({r.id for r in rows}) == 12
    assert [key(r) for r in rows] == sorted((key(r) for r in rows), reverse=descending)


def test_ties_keep_the_number_order_and_words_sort_as_read(db: Database, orders) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        by_client = list_orders(s, sort="client_name", descending=False)
        by_status = list_orders(s, sort="status", descending=False)
        unknown = list_orders(s, sort="id; DROP TABLE sales_order", descending=True)
        default = list_orders(s)
    assert [r.client_name for r in by_client] == ["Alfa Kft."] * 6 + ["Zeta Zrt."] * 6
    alfa = [r.number for r in by_client[:6]]
    assert alfa == sorted(alfa)  # a tie: by number, the same way round
    assert by_status[-1].status == "confirmed"  # after the drafts: the order of the workflow
    assert [r.id for r in unknown] == [r.id for r in default]  # not a column: newest first


def test_totals_in_several_currencies_sort_by_their_worth(db: Database) -> None:
    from kamdesk.services.company import save_company
    from kamdesk.services.prices.rates import set_rate
    from tests.currency_portfolio import COMPANY
    from tests.factories import add_order

    with db.unit_of_work() as s:
        save_company(s, COMPANY)  # reports in HUF
        set_rate(s, "EUR", date(2026, 1, 1), D("400"))
        client = add_client(s, "Euro Kft.")
        add_order(s, client, [("100", "10.00", "0")], number="SO-EUR")  # 1 200 EUR
        forints = add_order(s, client, [("1000", "100.00", "0")], number="SO-HUF")
        forints.currency = "HUF"  # 120 000 HUF: the bigger number, the smaller sum
    with db.reading() as s:
        down = list_orders(s, sort="total_gross", descending=True)
    assert [r.number for r in down] == ["SO-EUR", "SO-HUF"]


def test_orders_of_one_currency_sort_by_their_amounts_whatever_the_rate_of_their_day(
    db: Database,
) -> None:
    """A KAM reads the amounts: a dearer euro in the year of a smaller order does not put it
    above a bigger one."""
    from kamdesk.services.company import save_company
    from kamdesk.services.prices.rates import set_rate
    from tests.currency_portfolio import COMPANY
    from tests.factories import add_order

    with db.unit_of_work() as s:
        save_company(s, COMPANY)  # reports in HUF
        set_rate(s, "EUR", date(2025, 1, 1), D("300"))
        set_rate(s, "EUR", date(2026, 1, 1), D("400"))
        client = add_client(s, "Euro Kft.")
        older = add_order(s, client, [("100", "11.00", "0")], number="SO-2025")  # 1 100 EUR
        older.order_date = date(2025, 6, 1)
        newer = add_order(s, client, [("100", "10.00", "0")], number="SO-2026")  # 1 000 EUR
        newer.order_date = date(2026, 6, 1)
    with db.reading() as s:
        down = list_orders(s, sort="total_gross", descending=True)
    assert [r.number for r in down] == ["SO-2025", "SO-2026"]
