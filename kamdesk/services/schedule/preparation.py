"""One meeting's preparation: everything its panel and its printed brief show.

The seven checks come from the same facts as everywhere (services.schedule.readiness); here the
surrounding picture is added: the client's figures, orders, debts, returns, what changed in its
prices since the last meeting, its objections and open complaints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.completeness import Completeness
from kamdesk.domain.credit import OverdueInvoice
from kamdesk.domain.meeting import MeetingFacts, Readiness
from kamdesk.domain.money import ZERO
from kamdesk.domain.orders import OPEN_STATUSES
from kamdesk.domain.schedule import Conflict
from kamdesk.errors import UserError
from kamdesk.messages import _, day, figure, ngettext
from kamdesk.models import (
    Activity,
    Client,
    Complaint,
    Invoice,
    PriceColumn,
    Product,
    ProductPrice,
    SalesOrder,
    SalesPlan,
    SalesReturn,
)
from kamdesk.services.clients.completeness import dossier_completeness
from kamdesk.services.queries import gone, live
from kamdesk.services.sales.credit import open_invoices, receivable
from kamdesk.services.schedule.details import get_meeting
from kamdesk.services.schedule.prep_items import client_objections
from kamdesk.services.schedule.readiness import readiness_many
from kamdesk.services.schedule.records import MeetingRecord, ObjectionRecord, local_time
from kamdesk.services.schedule.week import meeting_conflicts
from kamdesk.services.settings import get_rules


@dataclass(frozen=True)
class ComplaintRecord:
    id: str
    subject: str
    opened_on: date
    description: str
    prepared_response: str


@dataclass(frozen=True)
class OrderBrief:
    id: str
    number: str
    order_date: date
    status: str
    total_gross: Decimal
    currency: str


@dataclass(frozen=True)
class Figures:
    currency: str
    revenue_this_year: Decimal  # net, 1 January to today
    revenue_last_year: Decimal  # net, the same stretch of last year
    plan_this_year: Decimal | None
    receivable: Decimal
    overdue: Decimal
    overdue_invoices: int

    @property
    def plan_fulfilment(self) -> Decimal | None:
        if not self.plan_this_year:
            return None
        return (self.revenue_this_year / self.plan_this_year * 100).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Preparation:
    meeting: MeetingRecord
    readiness: Readiness
    conflicts: tuple[Conflict, ...]
    objections: tuple[ObjectionRecord, ...]
    complaints: tuple[ComplaintRecord, ...]  # open ones
    completeness: Completeness
    figures: Figures
    open_orders: tuple[OrderBrief, ...]
    recent_orders: tuple[OrderBrief, ...]
    overdue: tuple[OverdueInvoice, ...]
    product_facts: tuple[str, ...]
    last_meeting: date | None
    today: date = field(default_factory=date.today)
    # the product facts on prices: what changed since the last meeting, or that none was held
    price_facts: tuple[str, ...] = ()
    # what readiness was computed from (typed_readiness recomputes it from the unsaved form)
    facts: MeetingFacts | None = None


# --- one meeting's preparation ---------------------------------------------------------------


def _revenue(session: Session, client_id: str, start: date, end: date) -> Decimal:
    invoiced = session.execute(
        select(func.sum(Invoice.__table__.c.total_net)).where(
            Invoice.client_id == client_id,
            live(Invoice),
            Invoice.issue_date >= start,
            Invoice.issue_date <= end,
        )
    ).scalar()
    credited = session.execute(
        select(func.sum(SalesReturn.__table__.c.total_net)).where(
            SalesReturn.client_id == client_id,
            live(SalesReturn),
            SalesReturn.invoice_id.is_not(None),
            SalesReturn.return_date >= start,
            SalesReturn.return_date <= end,
        )
    ).scalar()
    # SUM keeps the Money column type: it comes back as Decimal in currency units
    return Decimal(invoiced or 0) - Decimal(credited or 0)


def _same_day_last_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def client_figures(session: Session, client_id: str, today: date) -> Figures:
    client = session.get(Client, client_id)
    if client is None:
        raise gone(Client)
    year_start = date(today.year, 1, 1)
    last_start = date(today.year - 1, 1, 1)
    plan = session.execute(
        select(func.sum(SalesPlan.__table__.c.amount)).where(
            SalesPlan.client_id == client_id,
            live(SalesPlan),
            SalesPlan.period_start >= year_start,
            SalesPlan.period_start <= date(today.year, 12, 31),
        )
    ).scalar()
    unpaid = open_invoices(session, client_id)
    overdue = [i for i in unpaid if i.due_date < today]
    return Figures(
        currency=client.currency,
        revenue_this_year=_revenue(session, client_id, year_start, today),
        revenue_last_year=_revenue(session, client_id, last_start, _same_day_last_year(today)),
        plan_this_year=None if plan is None else Decimal(plan),
        receivable=receivable(session, client_id),
        overdue=sum((i.open_amount for i in overdue), ZERO),
        overdue_invoices=len(overdue),
    )


def _orders(session: Session, client_id: str, *where: Any, limit: int) -> tuple[OrderBrief, ...]:
    return tuple(
        OrderBrief(o.id, o.number, o.order_date, o.status, o.total_gross, o.currency)
        for o in session.execute(
            select(SalesOrder)
            .where(SalesOrder.client_id == client_id, live(SalesOrder), *where)
            .order_by(SalesOrder.order_date.desc(), SalesOrder.number.desc())
            .limit(limit)
        ).scalars()
    )


def _last_meeting_before(session: Session, client_id: str, before: datetime) -> datetime | None:
    return session.execute(
        select(func.max(Activity.starts_at)).where(
            Activity.client_id == client_id,
            live(Activity),
            Activity.kind == "meeting",
            Activity.status == "done",
            Activity.starts_at < before.astimezone(UTC),
        )
    ).scalar()


def _price_changes(session: Session, client: Client, since: datetime, today: date) -> list[str]:
    """What changed in the client's prices since `since` (the last meeting)."""
    out: list[str] = []
    column_rows: Sequence[Any] = []
    if client.price_column_id:
        column_rows = session.execute(
            select(Product.sku, Product.name)
            .join(ProductPrice, ProductPrice.product_id == Product.id)
            .where(
                ProductPrice.price_column_id == client.price_column_id,
                ProductPrice.updated_at > since,
                live(ProductPrice),
            )
            .order_by(Product.name)
        ).all()
        column = session.get(PriceColumn, client.price_column_id)
        name = column.name if column else ""
        if column_rows:
            n, more = len(column_rows), len(column_rows) - 3
            shown = ", ".join(f"{sku} {label}" for sku, label in column_rows[:3])
            text = (
                ngettext(
                    "Price list “{name}”: {n} price changed since the last meeting: {shown} "
                    "and {more} more.",
                    "Price list “{name}”: {n} prices changed since the last meeting: {shown} "
                    "and {more} more.",
                    n,
                )
                if more > 0
                else ngettext(
                    "Price list “{name}”: {n} price changed since the last meeting: {shown}.",
                    "Price list “{name}”: {n} prices changed since the last meeting: {shown}.",
                    n,
                )
            )
            out.append(text.format(name=name, n=n, shown=shown, more=more))
    base = session.execute(
        select(func.count()).where(
            live(Product),
            Product.updated_at > since,
        )
    ).scalar_one()
    if base:
        out.append(
            ngettext(
                "{n} product of the catalogue changed since the last meeting.",
                "{n} products of the catalogue changed since the last meeting.",
                base,
            ).format(n=base)
        )
    return out


def preparation(
    session: Session,
    meeting_id: str,
    *,
    today: date | None = None,
    tz: tzinfo | None = None,
    meeting: MeetingRecord | None = None,
) -> Preparation:
    """Everything the preparation panel and the brief show for one meeting (`meeting`: the
    meeting as get_meeting read it with the same day and zone in this session, when the caller
    has it already)."""
    today = today or date.today()
    if meeting is None or meeting.id != meeting_id:
        meeting = get_meeting(session, meeting_id, today=today, tz=tz)
    if meeting.client_id is None:
        raise UserError(_("This meeting has no client."))
    client = session.get(Client, meeting.client_id)
    assert client is not None
    row = session.get(Activity, meeting_id)
    assert row is not None
    conflicts = meeting_conflicts(session, row, tz=tz)
    open_orders = _orders(
        session, client.id, SalesOrder.status.in_(("draft", *OPEN_STATUSES)), limit=10
    )
    recent = _orders(session, client.id, limit=5)
    unpaid = open_invoices(session, client.id)
    overdue = tuple(i for i in unpaid if i.due_date < today)
    figures = client_figures(session, client.id, today)
    last = _last_meeting_before(session, client.id, meeting.start)
    facts = _facts(session, client, meeting, open_orders, recent, overdue, figures, today)
    prices = tuple(
        _price_changes(session, client, last, today)
        if last is not None
        else [_("No earlier meeting held: go through the client's prices in full.")]
    )
    facts += prices
    dossier = dossier_completeness(
        session, [client.id], today, stale_days=get_rules(session).stale_days
    )[client.id]
    read: dict[str, MeetingFacts] = {}
    ready = readiness_many(
        session,
        [_row_of(row, client.name)],
        {meeting.id: conflicts},
        today,
        tz,
        {meeting.id: tuple(facts)},
        {client.id: dossier},
        facts_out=read,
    )[meeting.id]
    return Preparation(
        meeting=meeting,
        readiness=ready,
        conflicts=conflicts,
        objections=tuple(o for o in client_objections(session, client.id) if o.status == "open"),
        complaints=_open_complaints(session, client.id),
        completeness=dossier,
        figures=figures,
        open_orders=open_orders,
        recent_orders=recent,
        overdue=overdue,
        product_facts=tuple(facts),
        price_facts=prices,
        last_meeting=local_time(last, tz).date() if last else None,
        today=today,
        facts=read.get(meeting.id),
    )


def _facts(
    session: Session,
    client: Client,
    meeting: MeetingRecord,
    open_orders: tuple[OrderBrief, ...],
    recent: tuple[OrderBrief, ...],
    overdue: tuple[OverdueInvoice, ...],
    figures: Figures,
    today: date,
) -> list[str]:
    """One line per fact worth knowing about the client's orders, returns and debts."""
    facts: list[str] = []
    cur = client.currency
    if meeting.products:
        n = len(meeting.products)
        facts.append(
            ngettext(
                "{n} product on the agenda, with today's prices.",
                "{n} products on the agenda, with today's prices.",
                n,
            ).format(n=n)
        )
    drafts = [o for o in open_orders if o.status == "draft"]
    confirmed = [o for o in open_orders if o.status != "draft"]
    if confirmed:
        orders = "; ".join(
            f"{o.number} {o.status} {figure(o.total_gross)} {o.currency}" for o in confirmed[:3]
        )
        facts.append(_("Open orders: {n}, {orders}.").format(n=len(confirmed), orders=orders))
    if drafts:
        facts.append(
            _("Draft orders: {orders}.").format(orders=", ".join(o.number for o in drafts[:3]))
        )
    if recent:
        facts.append(
            _("Last order {number} on {day}.").format(
                number=recent[0].number, day=day(recent[0].order_date)
            )
        )
    returns = session.execute(
        select(SalesReturn.number, SalesReturn.return_date, SalesReturn.total_gross)
        .where(
            SalesReturn.client_id == client.id,
            live(SalesReturn),
            SalesReturn.return_date >= today - timedelta(days=60),
        )
        .order_by(SalesReturn.return_date.desc())
    ).all()
    if returns:
        listed = "; ".join(
            _("{number} on {day}").format(number=number, day=day(dated))
            for number, dated, _total in returns[:3]
        )
        facts.append(
            _("Returns in the last 60 days: {n}, {returns}.").format(n=len(returns), returns=listed)
        )
    if overdue:
        oldest, n = max(i.days_overdue(today) for i in overdue), len(overdue)
        facts.append(
            ngettext(
                "Overdue: {n} invoice, {amount} {currency}, the oldest {late} late.",
                "Overdue: {n} invoices, {amount} {currency}, the oldest {late} late.",
                n,
            ).format(
                n=n,
                amount=figure(figures.overdue),
                currency=cur,
                late=ngettext("{n} day", "{n} days", oldest).format(n=oldest),
            )
        )
    return facts


def _open_complaints(session: Session, client_id: str) -> tuple[ComplaintRecord, ...]:
    return tuple(
        ComplaintRecord(c.id, c.subject, c.opened_on, c.description, c.prepared_response)
        for c in session.execute(
            select(Complaint)
            .where(
                Complaint.client_id == client_id,
                live(Complaint),
                Complaint.status == "open",
            )
            .order_by(Complaint.opened_on)
        ).scalars()
    )


@dataclass(frozen=True)
class _Row:
    id: str
    kind: str
    status: str
    client_id: str | None
    client_name: str
    subject: str
    starts_at: datetime
    duration_min: int
    travel_min: int
    place_kind: str
    location: str
    series_id: str | None
    agenda: str
    goals: str
    needs_asked: str
    offer_order_id: str | None
    checked: str


def _row_of(a: Activity, client_name: str) -> _Row:
    assert a.starts_at is not None
    return _Row(
        a.id,
        a.kind,
        a.status,
        a.client_id,
        client_name,
        a.subject,
        a.starts_at,
        a.duration_min,
        a.travel_min,
        a.place_kind,
        a.location,
        a.series_id,
        a.agenda,
        a.goals,
        a.needs_asked,
        a.offer_order_id,
        a.checked,
    )
