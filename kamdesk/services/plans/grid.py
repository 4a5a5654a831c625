"""A year's sales plan as the KAM edits it: a row per client, twelve months, one cell at a time.

The rows are the clients with a plan in the year and the active key clients (status active,
not archived; key by a recorded reason or by their share of the last 12 months' revenue, as
Today counts them), by name; then the plan for new clients in total, in the reporting currency.
Quarters and the year are sums of the months (kamdesk.domain.plans.PlanRow), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.money import from_minor
from kamdesk.domain.natural_keys import sales_plan_id
from kamdesk.domain.plans import (
    MONTHS,
    NEW_CLIENTS,
    PlanError,
    PlanRow,
    check_month,
    plan_amount,
)
from kamdesk.domain.text import sort_key
from kamdesk.errors import UserError
from kamdesk.models import Client, SalesPlan
from kamdesk.services.clients.classification import KeyClientReport, Period, key_clients
from kamdesk.services.company import get_company
from kamdesk.services.queries import get_live, in_chunks, live, revive_or_add
from kamdesk.services.schedule.today import key_client_ids


@dataclass(frozen=True)
class PlanGrid:
    year: int
    reporting: str  # the new-clients row's currency
    rows: tuple[PlanRow, ...]  # the clients, by name
    new_clients: PlanRow

    def row_of(self, client_id: str | None) -> PlanRow | None:
        if client_id is None:
            return self.new_clients
        return next((r for r in self.rows if r.client_id == client_id), None)


def _year_plans(session: Session, year: int) -> dict[str | None, tuple[str, dict[int, Decimal]]]:
    """client id (None: new clients) -> (currency, month index -> amount) of the live plans."""
    rows = run(
        session.connection(),
        "SELECT client_id, period_start, amount, currency FROM sales_plan "
        "WHERE deleted_at IS NULL AND period_start >= ? AND period_start <= ?",
        (date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()),
    )
    out: dict[str | None, tuple[str, dict[int, Decimal]]] = {}
    for cid, start, minor, currency in rows:
        key = None if cid is None else str(cid)
        months = out.setdefault(key, (str(currency), {}))[1]
        months[int(str(start)[5:7]) - 1] = from_minor(int(minor))
    return out


def active_key_clients(
    session: Session, today: date, report: KeyClientReport | None = None
) -> frozenset[str]:
    """Key clients (a recorded reason or their share of the last 12 months' revenue, as Today
    counts them; `report`: that classification when the caller has it) that are active:
    status active and not archived."""
    report = report or key_clients(session, Period.last_12_months(today))
    key_ids = sorted(key_client_ids(report))
    active: set[str] = set()
    for chunk in in_chunks(key_ids):
        active.update(
            session.scalars(
                select(Client.id).where(
                    Client.id.in_(chunk),
                    live(Client),
                    Client.status == "active",
                    Client.archived_at.is_(None),
                )
            )
        )
    return frozenset(active)


def read_grid(
    session: Session, year: int, today: date, *, key_ids: frozenset[str] | None = None
) -> PlanGrid:
    """The year's grid (`key_ids`: the active key clients when the caller has them)."""
    plans = _year_plans(session, year)
    key_ids = active_key_clients(session, today) if key_ids is None else key_ids
    wanted = sorted({c for c in plans if c is not None} | key_ids)
    clients: dict[str, tuple[str, str]] = {}
    for chunk in in_chunks(wanted):
        for cid, name, currency in session.execute(
            select(Client.id, Client.name, Client.currency).where(
                Client.id.in_(chunk), live(Client)
            )
        ):
            clients[cid] = (name, currency)

    def row(client_id: str | None, name: str, currency: str) -> PlanRow:
        planned_currency, months = plans.get(client_id, (currency, {}))
        amounts = tuple(months.get(i) for i in range(MONTHS))
        return PlanRow(client_id, name, planned_currency, amounts)

    rows = [row(cid, name, currency) for cid, (name, currency) in clients.items()]
    rows.sort(key=lambda r: (sort_key(r.name), r.client_id or ""))
    reporting = get_company(session).reporting
    return PlanGrid(year, reporting, tuple(rows), row(None, NEW_CLIENTS, reporting))


@dataclass(frozen=True)
class PlanCell:
    """One month's plan of one row, as the grid shows it (None: no plan)."""

    amount: Decimal | None


def plan_cell(session: Session, client_id: str | None, month: date) -> PlanCell:
    """The month's plan stored now."""
    whose = SalesPlan.client_id.is_(None) if client_id is None else SalesPlan.client_id == client_id
    found = session.scalars(
        select(SalesPlan.amount).where(
            whose,
            SalesPlan.period_start == month,
            live(SalesPlan),
        )
    ).first()
    return PlanCell(found)


def set_plan(
    session: Session,
    client_id: str | None,
    month: date,
    amount: Decimal | None,
    *,
    base: PlanCell | None = None,
) -> Decimal | None:
    """Write one month's plan of a client (None: new clients in total) in the caller's unit
    of work: the amount in the client's currency (new clients: the reporting currency), whole
    cents, 0 or more; None or 0 removes the plan (a tombstone sync carries). UserError, with
    nothing written, for a month not given by its first day, a bad amount or a client gone.
    With `base` (the cell as the grid showed it before the edit) StaleEdit when the month's
    plan was changed meanwhile to something else. Returns the plan now in force (None: no
    plan)."""
    try:
        check_month(month)
        amount = plan_amount(amount)
    except PlanError as exc:
        raise UserError(str(exc)) from None
    if base is not None:
        amount = merge_edit(base, PlanCell(amount), plan_cell(session, client_id, month)).amount
    if client_id is None:
        currency = get_company(session).reporting
    else:
        currency = get_live(session, Client, client_id).currency
    plan_id = sales_plan_id(client_id, month.isoformat())
    if amount is None:
        row = session.get(SalesPlan, plan_id)
        if row is not None and row.deleted_at is None:
            row.tombstone()
        return None
    revive_or_add(
        session,
        SalesPlan,
        plan_id,
        client_id=client_id,
        period_start=month,
        amount=amount,
        currency=currency,
    )
    return amount
