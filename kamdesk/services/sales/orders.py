"""Orders: drafts priced by the client's rules, read one by one or listed, saved; the numbers
and the events every step leaves in the client's history. The steps of an order's life are in
order_steps; the rules themselves in domain/orders.py and domain/credit.py."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from kamdesk.db.search_pg import Contains
from kamdesk.domain.credit import CreditDecision, CreditPosition
from kamdesk.domain.money import ZERO, LineAmounts, sum_lines
from kamdesk.domain.orders import (
    ORDER_STATUSES,
    LineFulfilment,
    OrderRuleError,
    require,
)
from kamdesk.domain.tax import Treatment
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import (
    Client,
    Invoice,
    OrderEvent,
    OrderLine,
    PriceColumn,
    Product,
    ReturnLine,
    SalesOrder,
    SalesReturn,
)
from kamdesk.models.base import utcnow
from kamdesk.services.clients.client_list import _in_reporting as in_reporting
from kamdesk.services.clients.client_list import client_search_clause
from kamdesk.services.company import get_company
from kamdesk.services.queries import get_live, live
from kamdesk.services.replica import series_next
from kamdesk.services.sales.line_checks import CheckedLine, check_lines
from kamdesk.services.sales.line_checks import DraftLine as DraftLine
from kamdesk.services.sales.line_checks import OrderDraft as OrderDraft
from kamdesk.services.sales.line_checks import OrderLinesError as OrderLinesError
from kamdesk.services.sales.order_merge import merge_draft
from kamdesk.services.sales.order_tax import supply_for


class CreditBlocked(UserError):
    """Confirmation blocked by credit control; `decision` and `position` hold the figures."""

    def __init__(self, decision: CreditDecision, position: CreditPosition) -> None:
        self.decision = decision
        self.position = position
        super().__init__("\n".join(decision.reasons))


@dataclass(frozen=True)
class OrderLineRecord:
    id: str
    line_no: int
    product_id: str
    sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    price_rule: str
    price_note: str
    list_price: Decimal | None
    approved_by: str
    approval_note: str
    fulfilment: LineFulfilment
    refusal_reason: str
    refusal_note: str
    # converted from the product's currency (None/"" when not): domain.fx.rate_note shows it
    source_price: Decimal | None = None
    source_currency: str = ""
    fx_rate: Decimal | None = None
    fx_date: date | None = None
    fx_source: str = ""


@dataclass(frozen=True)
class EventRecord:
    happened_at: str  # ISO 8601, UTC
    kind: str
    note: str
    amount: Decimal | None


@dataclass(frozen=True)
class OrderRecord:
    id: str
    number: str
    client_id: str
    client_name: str
    status: str
    order_date: date
    delivery_date: date | None
    currency: str
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    notes: str
    revision_no: int
    supersedes_number: str
    superseded_by_number: str
    credit_override_by: str
    credit_override_reason: str
    cancel_reason: str
    max_discount: Decimal
    invoice_number: str
    lines: tuple[OrderLineRecord, ...]
    events: tuple[EventRecord, ...] = field(default=())
    tax_regime: str = ""  # domain.tax.Regime as saved, and why
    tax_reason: str = ""


@dataclass(frozen=True)
class OrderRow:
    """One row of the order list."""

    id: str
    number: str
    order_date: date
    client_id: str
    client_name: str
    status: str
    total_gross: Decimal
    currency: str
    lines: int


@dataclass(frozen=True)
class OrderClient:
    """What order entry needs to know about the client before any order exists."""

    id: str
    name: str
    currency: str
    segment: str
    price_column: str  # its name; "" when the client has none (base prices)
    max_discount: Decimal
    credit_limit: Decimal | None
    payment_terms_days: int
    archived: bool
    vat: Treatment | None = None  # the regime of a supply to it today, and why


def order_client(session: Session, client_id: str) -> OrderClient:
    """The client's terms as order entry shows them (a deleted price column reads as none)."""
    client = get_live(session, Client, client_id)
    column = ""
    if client.price_column_id is not None:
        found = session.get(PriceColumn, client.price_column_id)
        column = found.name if found is not None and found.deleted_at is None else ""
    return OrderClient(
        id=client.id,
        name=client.name,
        currency=client.currency,
        segment=client.segment,
        price_column=column,
        max_discount=client.max_discount_percent,
        credit_limit=client.credit_limit,
        payment_terms_days=client.payment_terms_days,
        archived=client.archived_at is not None,
        vat=supply_for(session, client.id),
    )


# What a line was sold at: copied to a new revision, shown with the line.
_LINE_TERMS = (
    "line_no",
    "product_id",
    "quantity",
    "unit_price",
    "discount_percent",
    "vat_rate",
    "net",
    "vat",
    "gross",
    "price_rule",
    "price_note",
    "list_price",
    "approved_by",
    "approval_note",
    "source_price",
    "source_currency",
    "fx_rate",
    "fx_date",
    "fx_source",
)


def line_terms(line: OrderLine) -> dict[str, Any]:
    return {name: getattr(line, name) for name in _LINE_TERMS}


def lines_of(session: Session, order_id: str) -> list[OrderLine]:
    return list(
        session.execute(
            select(OrderLine)
            .where(OrderLine.order_id == order_id, live(OrderLine))
            .order_by(OrderLine.line_no)
        ).scalars()
    )


def returned_quantities(
    session: Session, line_ids: Sequence[str]
) -> dict[str, tuple[Decimal, Decimal]]:
    """order line id -> (all returned, returned before the invoice)."""
    out: dict[str, tuple[Decimal, Decimal]] = {}
    if not line_ids:
        return out
    rows = session.execute(
        select(ReturnLine.order_line_id, ReturnLine.quantity, SalesReturn.invoice_id)
        .join(SalesReturn, SalesReturn.id == ReturnLine.return_id)
        .where(
            ReturnLine.order_line_id.in_(list(line_ids)),
            live(ReturnLine),
            live(SalesReturn),
        )
    )
    for line_id, qty, invoice_id in rows:
        total, early = out.get(line_id, (ZERO, ZERO))
        out[line_id] = (total + qty, early + (qty if invoice_id is None else ZERO))
    return out


def fulfilment(line: OrderLine, returned: Mapping[str, tuple[Decimal, Decimal]]) -> LineFulfilment:
    total, early = returned.get(line.id, (ZERO, ZERO))
    return LineFulfilment(
        quantity=line.quantity,
        shipped=line.shipped_qty,
        refused=line.refused_qty,
        returned=total,
        returned_before_invoice=early,
    )


def get_order(session: Session, order_id: str) -> OrderRecord:
    """The order with its lines (and where each stands) and its events, oldest first."""
    order = get_live(session, SalesOrder, order_id)
    client = session.get(Client, order.client_id)
    lines = lines_of(session, order_id)
    returned = returned_quantities(session, [line.id for line in lines])
    products = {
        p.id: p
        for p in session.execute(
            select(Product).where(Product.id.in_([line.product_id for line in lines]))
        ).scalars()
    }
    supersedes = session.get(SalesOrder, order.supersedes_id) if order.supersedes_id else None
    successor = session.execute(
        select(SalesOrder.number).where(SalesOrder.supersedes_id == order.id, live(SalesOrder))
    ).scalar()
    invoice = session.execute(
        select(Invoice.number).where(Invoice.order_id == order.id, live(Invoice))
    ).scalar()
    events = session.execute(
        select(OrderEvent)
        .where(OrderEvent.order_id == order.id, live(OrderEvent))
        .order_by(OrderEvent.happened_at, OrderEvent.id)
    ).scalars()
    return OrderRecord(
        id=order.id,
        number=order.number,
        client_id=order.client_id,
        client_name=client.name if client else "",
        status=order.status,
        order_date=order.order_date,
        delivery_date=order.delivery_date,
        currency=order.currency,
        total_net=order.total_net,
        total_vat=order.total_vat,
        total_gross=order.total_gross,
        notes=order.notes,
        revision_no=order.revision_no,
        supersedes_number=supersedes.number if supersedes else "",
        superseded_by_number=successor or "",
        credit_override_by=order.credit_override_by,
        credit_override_reason=order.credit_override_reason,
        cancel_reason=order.cancel_reason,
        tax_regime=order.tax_regime,
        tax_reason=order.tax_reason,
        max_discount=client.max_discount_percent if client else ZERO,
        invoice_number=invoice or "",
        lines=tuple(
            OrderLineRecord(
                id=line.id,
                sku=products[line.product_id].sku if line.product_id in products else "",
                name=products[line.product_id].name if line.product_id in products else "",
                unit=products[line.product_id].unit if line.product_id in products else "",
                fulfilment=fulfilment(line, returned),
                **line_terms(line),
                refusal_reason=line.refusal_reason,
                refusal_note=line.refusal_note,
            )
            for line in lines
        ),
        events=tuple(
            EventRecord(e.happened_at.isoformat(), e.kind, e.note, e.amount) for e in events
        ),
    )


def _order_filter(search: str, status: str, client_id: str | None) -> list[object]:
    clauses: list[object] = [live(SalesOrder)]
    if status:
        clauses.append(SalesOrder.status == status)
    if client_id:
        clauses.append(SalesOrder.client_id == client_id)
    words = search.strip()
    if words:
        by_client = client_search_clause(words)
        by_number = or_(
            Contains(SalesOrder.number, words),
            SalesOrder.id.in_(
                select(Invoice.order_id).where(Contains(Invoice.number, words), live(Invoice))
            ),
        )
        clauses.append(by_number if by_client is None else or_(by_number, by_client))
    return clauses


# What a column of the order list sorts by (a whitelist: nothing else reaches ORDER BY).
ORDER_SORT: dict[str, Any] = {
    "number": SalesOrder.number,
    "order_date": SalesOrder.order_date,
    "client_name": Client.name_key,
    "status": case(  # in the order of the workflow, not of the words
        {key: n for n, key in enumerate(ORDER_STATUSES)}, value=SalesOrder.status, else_=99
    ),
    "total_gross": SalesOrder.total_gross,  # integer minor units: by amount, not by text
}


LATEST = date(9999, 12, 31)  # the day of the latest rate of a currency, whatever it is


def _order_sort(session: Session, sort: str, line_count: Any) -> list[Any]:
    if sort == "lines":
        return [line_count]
    if sort == "total_gross" and (reporting := get_company(session).reporting):
        # orders in several currencies: by their worth in the reporting currency at one rate
        # per currency, its latest, so that the orders of one currency sort by their amounts
        # (at the rate of each order's date a smaller sum of a year with a dearer euro would
        # come first), then by the amount
        total = SalesOrder.__table__.c.total_gross
        worth = in_reporting(SalesOrder, total, LATEST, reporting)
        return [worth, SalesOrder.total_gross]
    return [ORDER_SORT.get(sort, SalesOrder.order_date)]


def list_orders(
    session: Session,
    *,
    search: str = "",
    status: str = "",
    client_id: str | None = None,
    sort: str = "order_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[OrderRow]:
    """Orders filtered by number or client name, status and client, sorted by a column of
    the list (ORDER_SORT; newest first by default); ties by number, then id, the same way, so
    pages never overlap."""
    line_count = (
        select(func.count())
        .where(OrderLine.order_id == SalesOrder.id, live(OrderLine))
        .correlate(SalesOrder)
        .scalar_subquery()
    )
    keys = [*_order_sort(session, sort, line_count), SalesOrder.number, SalesOrder.id]
    order_by = [key.desc() if descending else key.asc() for key in keys]
    stmt = (
        select(
            SalesOrder.id,
            SalesOrder.number,
            SalesOrder.order_date,
            SalesOrder.client_id,
            Client.name,
            SalesOrder.status,
            SalesOrder.total_gross,
            SalesOrder.currency,
            line_count,
        )
        .join(Client, Client.id == SalesOrder.client_id)
        .where(*_order_filter(search, status, client_id))  # type: ignore[arg-type]
        .order_by(*order_by)
        .offset(offset)
        .limit(limit)
    )
    return [OrderRow(*row) for row in session.execute(stmt)]


def count_orders(
    session: Session, *, search: str = "", status: str = "", client_id: str | None = None
) -> int:
    stmt = select(func.count()).select_from(SalesOrder)
    if search.strip():  # the client is needed only to search by its name
        stmt = stmt.join(Client, Client.id == SalesOrder.client_id)
    stmt = stmt.where(*_order_filter(search, status, client_id))  # type: ignore[arg-type]
    return int(session.execute(stmt).scalar_one())


def next_number(session: Session, column: object, prefix: str, year: int) -> str:
    """The next number of this replica's series: SO-2026-AM-000001 (SO-2026-000001 in a file
    no replica has opened, the demo as generated)."""
    return series_next(session, column, prefix, year, width=6)


def add_event(
    session: Session, order: SalesOrder, kind: str, note: str = "", amount: Decimal | None = None
) -> None:
    session.add(
        OrderEvent(
            order_id=order.id,
            client_id=order.client_id,
            happened_at=utcnow(),
            kind=kind,
            note=note,
            amount=amount,
        )
    )


def qty_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def draft_of(record: OrderRecord, contact_id: str | None = None) -> OrderDraft:
    """An order as a draft of it: what the order window edits (its lines with their ids)."""
    lines = tuple(
        DraftLine(
            product_id=line.product_id,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            price_rule=line.price_rule,
            price_note=line.price_note,
            list_price=line.list_price,
            approved_by=line.approved_by,
            approval_note=line.approval_note,
            line_id=line.id,
            source_price=line.source_price,
        )
        for line in record.lines
    )
    return OrderDraft(
        record.client_id, record.order_date, lines, record.delivery_date, record.notes, contact_id
    )


def save_draft(
    session: Session,
    draft: OrderDraft,
    *,
    order_id: str | None = None,
    base: OrderDraft | None = None,
) -> str:
    """Create or update a draft order and its lines; the order's id.

    Each line's VAT rate is what domain.tax decides for the client (the order keeps the regime
    and why); a product priced in another currency is converted at the order date's rate.
    Lines keep their ids (and so their history on other laptops) when they are kept; lines
    left out are tombstoned. A confirmed order is never changed here: revise it. With `base`
    (the order as the window loaded it) the window's changes are merged onto the order as
    stored now (services.sales.order_merge); StaleEdit when both changed a field or a line.
    """
    client = get_live(session, Client, draft.client_id)
    if client.archived_at is not None:
        raise UserError(
            _("{client} is archived: bring it back before taking orders.").format(
                client=client.name
            )
        )
    order = None if order_id is None else get_live(session, SalesOrder, order_id)
    if order is not None:
        try:
            require("edit", order.status, order.number)
        except OrderRuleError as exc:
            raise UserError(str(exc)) from exc
        if order.client_id != client.id:
            raise UserError(_("An order cannot move to another client; start a new order."))

        if base is not None:
            stored = draft_of(get_order(session, order.id), order.contact_id)
            draft = merge_draft(base, draft, stored)
    supply = supply_for(session, client.id)
    checked = check_lines(
        session,
        client,
        draft.lines,
        supply=supply,
        currency=order.currency if order is not None else client.currency,
        day=draft.order_date,
    )
    if order is None:
        order = SalesOrder(
            number=next_number(session, SalesOrder.number, "SO", draft.order_date.year),
            client_id=client.id,
            order_date=draft.order_date,
            status="draft",
            currency=client.currency,
        )
        session.add(order)
        session.flush()
        add_event(session, order, "created")
    order.order_date = draft.order_date
    order.delivery_date = draft.delivery_date
    order.notes = draft.notes
    order.contact_id = draft.contact_id
    order.tax_regime, order.tax_reason = supply.regime.value, supply.reason
    _write_lines(session, order, checked)
    session.flush()
    return order.id


def _write_lines(session: Session, order: SalesOrder, checked: Sequence[CheckedLine]) -> None:
    existing = {line.id: line for line in lines_of(session, order.id)}
    kept: set[str] = set()
    amounts: list[LineAmounts] = []
    for line_no, found in enumerate(checked, 1):
        line, total, fx = found.line, found.amounts, found.conversion
        row = existing.get(line.line_id or "")
        if row is None:
            row = OrderLine(order_id=order.id)
            session.add(row)
        else:
            kept.add(row.id)
        row.line_no = line_no
        row.product_id = found.product.id
        row.quantity = line.quantity
        row.unit_price = line.unit_price
        row.discount_percent = line.discount_percent
        row.vat_rate = found.vat_rate
        row.net, row.vat, row.gross = total.net, total.vat, total.gross
        row.price_rule = line.price_rule
        row.price_note = line.price_note
        row.list_price = line.list_price
        row.approved_by = line.approved_by.strip()
        row.approval_note = line.approval_note.strip()
        row.source_price = None if fx is None else fx.source_amount
        row.source_currency = "" if fx is None else fx.source_currency
        row.fx_rate = None if fx is None else fx.factor
        row.fx_date = None if fx is None else fx.day
        row.fx_source = "" if fx is None else fx.source
        amounts.append(total)
    for line_id, row in existing.items():
        if line_id not in kept:
            row.tombstone()
    totals = sum_lines(amounts)
    order.total_net, order.total_vat, order.total_gross = totals.net, totals.vat, totals.gross
