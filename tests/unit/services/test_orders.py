"""Orders on a real SQLite file: drafts, credit control, shipping, refusals, invoices, returns."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.errors import UserError
from kamdesk.models import (
    Client,
    Invoice,
    OrderEvent,
    OrderLine,
    Payment,
    PriceColumn,
    Product,
    SalesOrder,
)
from kamdesk.services.check import check
from kamdesk.services.clients.classification import Period, client_revenues
from kamdesk.services.clients.history import timeline
from kamdesk.services.sales.credit import receivable
from kamdesk.services.sales.order_steps import (
    cancel_order,
    confirm_order,
    deliver_order,
    invoice_order,
    invoice_preview,
    revise_order,
    ship_order,
)
from kamdesk.services.sales.orders import (
    CreditBlocked,
    DraftLine,
    OrderDraft,
    OrderLinesError,
    get_order,
    list_orders,
    order_client,
    save_draft,
)
from kamdesk.services.sales.returns import ReturnedLine, record_return
from tests.factories import add_client

TODAY = date(2026, 11, 24)
D = Decimal


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        client = add_client(
            s,
            "Szőnyi Élelmiszer Zrt.",
            credit_limit=D("10000.00"),
            payment_terms_days=30,
            max_discount_percent=D("5"),
        )
        ids = {"client": client.id}
        for sku, price, vat in (("MILK-1", "1.25", "18"), ("CHEESE-2", "12.40", "27")):
            p = Product(
                sku=sku, name=sku.title(), vat_rate=D(vat), base_price=D(price), currency="EUR"
            )
            s.add(p)
            s.flush()
            ids[sku] = p.id
    return ids


def _draft(shop: dict[str, str], *lines: DraftLine) -> OrderDraft:
    return OrderDraft(client_id=shop["client"], order_date=TODAY, lines=lines)


def _line(shop: dict[str, str], sku: str, qty: str, price: str, disc: str = "0") -> DraftLine:
    return DraftLine(shop[sku], D(qty), D(price), D(disc), price_rule="base")


def _new(db: Database, shop: dict[str, str], *lines: DraftLine) -> str:
    with db.unit_of_work() as s:
        return save_draft(s, _draft(shop, *lines))


def test_a_draft_is_priced_line_by_line_and_totals_are_their_sum(
    db: Database, shop: dict[str, str]
) -> None:
    oid = _new(
        db, shop, _line(shop, "MILK-1", "100", "1.25"), _line(shop, "CHEESE-2", "3.5", "12.40", "2")
    )
    with db.reading() as s:
        order = get_order(s, oid)
    milk = line_amounts(D(100), D("1.25"), D(0), D(18))
    cheese = line_amounts(D("3.5"), D("12.40"), D(2), D(27))
    assert [line.gross for line in order.lines] == [milk.gross, cheese.gross]
    assert order.total_gross == milk.gross + cheese.gross
    assert order.status == "draft" and order.number == "SO-2026-000001"
    assert [e.kind for e in order.events] == ["created"]


def test_resaving_keeps_line_ids_and_tombstones_removed_lines(
    db: Database, shop: dict[str, str]
) -> None:
    oid = _new(db, shop, _line(shop, "MILK-1", "10", "1.25"), _line(shop, "CHEESE-2", "1", "12.40"))
    with db.reading() as s:
        first = get_order(s, oid).lines
    with db.unit_of_work() as s:
        kept = DraftLine(shop["MILK-1"], D(20), D("1.25"), line_id=first[0].id)
        save_draft(s, _draft(shop, kept), order_id=oid)
    with db.reading() as s:
        again = get_order(s, oid)
        dead = s.get(OrderLine, first[1].id)
        assert dead is not None and dead.deleted_at is not None
    assert [line.id for line in again.lines] == [first[0].id]
    assert again.lines[0].quantity == 20


@pytest.mark.parametrize(
    ("qty", "price", "disc", "message"),
    [
        ("0", "1.25", "0", "Quantity must be more than zero."),
        ("-3", "1.25", "0", "Quantity must be more than zero."),
        ("1.0005", "1.25", "0", "at most three decimals"),
        ("1", "0", "0", "Price must be more than zero."),
        ("1", "1.255", "0", "at most two decimals"),
        ("1", "1.25", "101", "between 0 and 100"),
    ],
)
def test_bad_lines_are_refused_with_the_line_named_and_nothing_written(
    db: Database, shop: dict[str, str], qty: str, price: str, disc: str, message: str
) -> None:
    with pytest.raises(OrderLinesError) as err, db.unit_of_work() as s:
        save_draft(
            s,
            _draft(
                shop, _line(shop, "MILK-1", "1", "1.25"), _line(shop, "MILK-1", qty, price, disc)
            ),
        )
    assert list(err.value.problems) == [1] and message in err.value.problems[1]
    assert str(err.value).startswith("Line 2:")
    with db.reading() as s:
        assert s.execute(select(SalesOrder)).first() is None


def test_an_unknown_product_is_an_error_at_its_line(db: Database, shop: dict[str, str]) -> None:
    with pytest.raises(OrderLinesError) as err, db.unit_of_work() as s:
        save_draft(s, _draft(shop, DraftLine("no-such-product", D(1), D(1))))
    assert err.value.problems == {0: "Unknown product: choose one from the catalogue."}


def test_a_discount_above_the_clients_maximum_needs_who_and_why(
    db: Database, shop: dict[str, str]
) -> None:
    with pytest.raises(OrderLinesError, match="more than this client's allowed 5"):
        _new(db, shop, _line(shop, "MILK-1", "10", "1.25", "7"))
    # a price typed under the list price is a discount too
    cheap = DraftLine(shop["MILK-1"], D(10), D("1.10"), list_price=D("1.25"), price_rule="manual")
    with pytest.raises(OrderLinesError, match=r"12\.00 % off"):
        _new(db, shop, cheap)
    approved = DraftLine(
        shop["MILK-1"],
        D(10),
        D("1.10"),
        list_price=D("1.25"),
        price_rule="manual",
        approved_by="Kovács Anna, head of sales",
        approval_note="Matches the competitor's offer for the launch week",
    )
    oid = _new(db, shop, approved)
    with db.reading() as s:
        line = get_order(s, oid).lines[0]
    assert line.approved_by == "Kovács Anna, head of sales" and line.list_price == D("1.25")


def test_confirmation_needs_lines(db: Database, shop: dict[str, str]) -> None:
    oid = _new(db, shop)
    with pytest.raises(UserError, match="without lines"), db.unit_of_work() as s:
        confirm_order(s, oid, today=TODAY)


def test_credit_block_shows_the_figures_and_an_override_is_recorded(
    db: Database, shop: dict[str, str]
) -> None:
    small = _new(db, shop, _line(shop, "CHEESE-2", "500", "12.40"))  # 7 874.00 gross
    with db.unit_of_work() as s:
        confirm_order(s, small, today=TODAY)
    big = _new(db, shop, _line(shop, "CHEESE-2", "200", "12.40"))  # 3 149.60 gross
    with pytest.raises(CreditBlocked) as blocked, db.unit_of_work() as s:
        confirm_order(s, big, today=TODAY)
    decision, position = blocked.value.decision, blocked.value.position
    assert position.open_orders == D("7874.00") and position.this_order == D("3149.60")
    assert decision.exposure == D("11023.60") and decision.over_by == D("1023.60")
    assert "Over the credit limit by 1,023.60 EUR" in str(blocked.value)
    with db.reading() as s:
        assert get_order(s, big).status == "draft"
    with pytest.raises(UserError, match="reason"), db.unit_of_work() as s:
        confirm_order(s, big, today=TODAY, override_by="Kovács Anna", override_reason="")
    with db.unit_of_work() as s:
        confirm_order(
            s,
            big,
            today=TODAY,
            override_by="Kovács Anna",
            override_reason="Paid in advance by wire, confirmed by phone",
        )
    with db.reading() as s:
        order = get_order(s, big)
        history = timeline(s, shop["client"], ["order"])
    assert order.status == "confirmed" and order.credit_override_by == "Kovács Anna"
    assert [e.kind for e in order.events] == ["created", "credit_override", "confirmed"]
    assert any("past the credit block" in h.title for h in history)


def test_an_invoice_overdue_too_long_blocks_confirmation(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        s.add(
            Invoice(
                number="INV-2026-000900",
                client_id=shop["client"],
                issue_date=TODAY - timedelta(days=80),
                due_date=TODAY - timedelta(days=50),
                currency="EUR",
                total_net=D("100.00"),
                total_vat=D("27.00"),
                total_gross=D("127.00"),
            )
        )
    oid = _new(db, shop, _line(shop, "MILK-1", "1", "1.25"))
    with (
        pytest.raises(CreditBlocked, match="INV-2026-000900, is 50 days late"),
        db.unit_of_work() as s,
    ):
        confirm_order(s, oid, today=TODAY)
    with db.unit_of_work() as s:  # paid: the block lifts
        inv = s.execute(select(Invoice)).scalar_one()
        s.add(
            Payment(
                client_id=shop["client"],
                invoice_id=inv.id,
                payment_date=TODAY,
                amount=D("127.00"),
                currency="EUR",
            )
        )
    with db.unit_of_work() as s:
        assert confirm_order(s, oid, today=TODAY).allowed


def _confirmed(db: Database, shop: dict[str, str]) -> tuple[str, list[str]]:
    oid = _new(
        db, shop, _line(shop, "MILK-1", "100", "1.25"), _line(shop, "CHEESE-2", "10", "12.40")
    )
    with db.unit_of_work() as s:
        confirm_order(s, oid, today=TODAY)
    with db.reading() as s:
        return oid, [line.id for line in get_order(s, oid).lines]


def test_a_confirmed_order_is_not_edited_but_revised(db: Database, shop: dict[str, str]) -> None:
    oid, (milk, _cheese) = _confirmed(db, shop)
    with (
        pytest.raises(UserError, match=r"cannot be changed\. Make a new revision"),
        db.unit_of_work() as s,
    ):
        save_draft(
            s, _draft(shop, DraftLine(shop["MILK-1"], D(1), D("1.25"), line_id=milk)), order_id=oid
        )
    with db.unit_of_work() as s:
        new_id = revise_order(s, oid, "Client wants 150 of milk")
    with db.reading() as s:
        old, new = get_order(s, oid), get_order(s, new_id)
    assert old.status == "cancelled" and "revision 2" in old.cancel_reason
    assert old.superseded_by_number == new.number == "SO-2026-000001/2"
    assert new.status == "draft" and new.supersedes_number == old.number
    assert [line.quantity for line in new.lines] == [line.quantity for line in old.lines]


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_ship_in_parts_deliver_with_a_refusal_and_invoice_what_was_kept(
    db: Database, shop: dict[str, str]
) -> None:
    oid, (milk, cheese) = _confirmed(db, shop)
    with db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(60), cheese: D(10)}, day=TODAY)
    with pytest.raises(OrderLinesError, match="Only 40 are left to ship"), db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(41)}, day=TODAY)
    with db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(40)}, day=TODAY)
    with pytest.raises(OrderLinesError, match="Only 10 were shipped"), db.unit_of_work() as s:
        deliver_order(s, oid, {cheese: (D(11), "damaged", "")}, day=TODAY)
    with db.unit_of_work() as s:
        deliver_order(s, oid, {cheese: (D(2), "damaged", "Two wheels crushed")}, day=TODAY)
    with pytest.raises(UserError, match="cannot be cancelled"), db.unit_of_work() as s:
        cancel_order(s, oid, "changed their mind")
    with db.reading() as s:  # what the KAM is asked to confirm first
        preview = invoice_preview(s, oid, day=TODAY)
    with db.unit_of_work() as s:
        invoice_id = invoice_order(s, oid, day=TODAY)
    with db.reading() as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None
        assert preview == (invoice.number, invoice.total_gross, "EUR")
        assert invoice is not None
        billed, due, number = invoice.total_gross, invoice.due_date, invoice.number
        order = get_order(s, oid)
        problems = check(s.connection())
    expected = sum_lines(
        [line_amounts(D(100), D("1.25"), D(0), D(18)), line_amounts(D(8), D("12.40"), D(0), D(27))]
    )
    assert billed == expected.gross and due == TODAY + timedelta(days=30)
    assert order.status == "invoiced" and order.invoice_number == number
    assert [e.kind for e in order.events] == [
        "created", "confirmed", "shipped", "shipped", "refused", "delivered", "invoiced",
    ]  # fmt: skip
    assert problems == []


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_return_after_the_invoice_is_a_credit_note(db: Database, shop: dict[str, str]) -> None:
    oid, (milk, cheese) = _confirmed(db, shop)
    with db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(100), cheese: D(10)}, day=TODAY)
        deliver_order(s, oid, {}, day=TODAY)
        invoice_order(s, oid, day=TODAY)
    with db.reading() as s:
        owed = receivable(s, shop["client"])
        revenue = client_revenues(s, Period(TODAY, TODAY))[0].revenue
    with pytest.raises(OrderLinesError, match="Only 10 can come back"), db.unit_of_work() as s:
        record_return(s, oid, {cheese: ReturnedLine(D(11), "quality")}, day=TODAY)
    with pytest.raises(OrderLinesError, match="Choose the reason"), db.unit_of_work() as s:
        record_return(s, oid, {cheese: ReturnedLine(D(1), "because")}, day=TODAY)
    with db.unit_of_work() as s:
        record_return(s, oid, {cheese: ReturnedLine(D(3), "quality", "Mould")}, day=TODAY)
    back = line_amounts(D(3), D("12.40"), D(0), D(27))
    with db.reading() as s:
        assert receivable(s, shop["client"]) == owed - back.gross
        assert client_revenues(s, Period(TODAY, TODAY))[0].revenue == revenue - back.net
        entries = timeline(s, shop["client"], ["return"])
        assert check(s.connection()) == []
    assert [e.title for e in entries] == ["Return RET-2026-000001"]
    assert entries[0].status == "credit note" and entries[0].amount == back.gross
    with pytest.raises(OrderLinesError, match="Only 7 can come back"), db.unit_of_work() as s:
        record_return(s, oid, {cheese: ReturnedLine(D(8), "quality")}, day=TODAY)


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_return_before_the_invoice_lowers_what_is_invoiced(
    db: Database, shop: dict[str, str]
) -> None:
    oid, (milk, cheese) = _confirmed(db, shop)
    with db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(100), cheese: D(10)}, day=TODAY)
        deliver_order(s, oid, {}, day=TODAY)
        record_return(s, oid, {milk: ReturnedLine(D(30), "surplus")}, day=TODAY)
        invoice_id = invoice_order(s, oid, day=TODAY)
    with db.reading() as s:
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None
        billed = invoice.total_gross
        assert check(s.connection()) == []
    kept = sum_lines(
        [line_amounts(D(70), D("1.25"), D(0), D(18)), line_amounts(D(10), D("12.40"), D(0), D(27))]
    )
    assert billed == kept.gross


def test_cancel_needs_a_reason_and_is_logged(db: Database, shop: dict[str, str]) -> None:
    oid = _new(db, shop, _line(shop, "MILK-1", "1", "1.25"))
    with pytest.raises(UserError, match="Say why"), db.unit_of_work() as s:
        cancel_order(s, oid, "")
    with db.unit_of_work() as s:
        cancel_order(s, oid, "Duplicate of the phone order")
    with db.reading() as s:
        order = get_order(s, oid)
        events = s.execute(select(OrderEvent.kind).where(OrderEvent.order_id == oid)).scalars()
        assert order.cancel_reason == "Duplicate of the phone order"
        assert list(events) == ["created", "cancelled"]


@pytest.mark.sqlite_only("search is SQLite's FTS5 (the server's: tsvector)")
def test_order_list_filters_by_status_and_finds_by_number_or_client(
    db: Database, shop: dict[str, str]
) -> None:
    first = _new(db, shop, _line(shop, "MILK-1", "1", "1.25"))
    _new(db, shop, _line(shop, "MILK-1", "2", "1.25"))
    with db.unit_of_work() as s:
        confirm_order(s, first, today=TODAY)
    with db.reading() as s:
        assert [r.number for r in list_orders(s)] == ["SO-2026-000002", "SO-2026-000001"]
        assert [r.id for r in list_orders(s, status="confirmed")] == [first]
        assert len(list_orders(s, search="szőnyi")) == 2
        assert [r.number for r in list_orders(s, search="000002")] == ["SO-2026-000002"]
    with db.unit_of_work() as s:
        line = get_order(s, first).lines[0].id
        ship_order(s, first, {line: D(1)}, day=TODAY)
        deliver_order(s, first, {}, day=TODAY)
        invoice_order(s, first, day=TODAY)
    with db.reading() as s:  # the invoice's number finds its order
        assert [r.id for r in list_orders(s, search="INV-2026-000001")] == [first]


def test_order_client_gives_the_terms_order_entry_shows(db: Database, shop: dict[str, str]) -> None:
    from tests.factories import add_price_column

    with db.reading() as s:
        plain = order_client(s, shop["client"])
    assert (plain.name, plain.price_column, plain.max_discount) == (
        "Szőnyi Élelmiszer Zrt.",
        "",
        D("5"),
    )
    assert plain.credit_limit == D("10000.00") and not plain.archived
    with db.unit_of_work() as s:
        column = add_price_column(s, "Key", "12")
        client = s.get(Client, shop["client"])
        assert client is not None
        client.price_column_id = column.id
    with db.reading() as s:
        assert order_client(s, shop["client"]).price_column == "Key"
    with db.unit_of_work() as s:
        column_row = s.get(PriceColumn, column.id)
        assert column_row is not None
        column_row.tombstone()
    with db.reading() as s:
        assert order_client(s, shop["client"]).price_column == ""
        with pytest.raises(UserError):
            order_client(s, "no-such-client")


# --- properties ------------------------------------------------------------------------------

quantities = st.decimals(min_value=D("0.001"), max_value=D(5000), places=3)
prices = st.decimals(min_value=D("0.01"), max_value=D(99999), places=2)
discounts = st.decimals(min_value=D(0), max_value=D(5), places=2)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(quantities, prices, discounts, st.booleans()), min_size=1, max_size=8))
def test_stored_order_total_is_the_sum_of_stored_line_totals(
    db: Database, shop: dict[str, str], lines: list[tuple[Decimal, Decimal, Decimal, bool]]
) -> None:
    draft = [DraftLine(shop["MILK-1" if milk else "CHEESE-2"], q, p, d) for q, p, d, milk in lines]
    oid = _new(db, shop, *draft)
    with db.reading() as s:
        order = get_order(s, oid)
    assert order.total_net == sum(line.net for line in order.lines)
    assert order.total_vat == sum(line.vat for line in order.lines)
    assert (
        order.total_gross
        == sum(line.gross for line in order.lines)
        == (order.total_net + order.total_vat)
    )


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.booleans(),
            st.integers(min_value=1, max_value=60),
            st.sampled_from(["quality", "damaged"]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=0, max_value=2),
)
@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_returns_never_make_the_balance_wrong(
    db: Database,
    shop: dict[str, str],
    returns: list[tuple[bool, int, str]],
    paid_parts: int,
) -> None:
    """Whatever is sent back, the client owes invoices less payments less credit notes, no
    line comes back more than was delivered, and `check` finds nothing."""
    with db.reading() as s:
        before = receivable(s, shop["client"])
    oid, (milk, cheese) = _confirmed(db, shop)
    with db.unit_of_work() as s:
        ship_order(s, oid, {milk: D(100), cheese: D(10)}, day=TODAY)
        deliver_order(s, oid, {}, day=TODAY)
        invoice_id = invoice_order(s, oid, day=TODAY)
        invoice = s.get(Invoice, invoice_id)
        assert invoice is not None
        paid = D(0)
        for _ in range(paid_parts):
            s.add(
                Payment(
                    client_id=shop["client"],
                    invoice_id=invoice_id,
                    payment_date=TODAY,
                    amount=D("10.00"),
                    currency="EUR",
                )
            )
            paid += D("10.00")
        gross = invoice.total_gross
    credited = D(0)
    back = {milk: D(0), cheese: D(0)}
    for is_milk, qty, reason in returns:
        line = milk if is_milk else cheese
        limit = D(100) if is_milk else D(10)
        try:
            with db.unit_of_work() as s:
                record_return(s, oid, {line: ReturnedLine(D(qty), reason)}, day=TODAY)
        except OrderLinesError:
            assert back[line] + qty > limit  # refused only when too much would come back
            continue
        back[line] += qty
        price, vat = (D("1.25"), D(18)) if is_milk else (D("12.40"), D(27))
        credited += line_amounts(D(qty), price, D(0), vat).gross
    with db.reading() as s:
        assert receivable(s, shop["client"]) - before == gross - paid - credited
        assert check(s.connection()) == []
    assert back[milk] <= 100 and back[cheese] <= 10
