"""Each client's plan for a period against its actual (kamdesk.domain.plans for the rules).

Plans and actuals are in the client's own currency (a client's plans and invoices share it):
no conversion. Two grouped queries whatever the number of clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.money import ZERO, from_minor
from kamdesk.domain.plans import PlanPeriod, Progress, progress


@dataclass(frozen=True)
class ClientPlan:
    client_id: str
    name: str
    currency: str
    progress: Progress


def plan_sums(session: Session, period: PlanPeriod) -> dict[str, tuple[str, int]]:
    """client id -> (currency, planned minor units) of the months in the period."""
    rows = session.connection().exec_driver_sql(
        "SELECT client_id, currency, SUM(amount) FROM sales_plan WHERE deleted_at IS NULL "
        "AND client_id IS NOT NULL AND period_start >= ? AND period_start <= ? "
        "GROUP BY client_id, currency",
        (period.start.isoformat(), period.end.isoformat()),
    )
    out: dict[str, tuple[str, int]] = {}
    for cid, currency, minor in rows:
        before = out.get(str(cid), (str(currency), 0))[1]
        out[str(cid)] = (str(currency), before + int(minor))
    return out


def actual_sums(
    session: Session, start: date, end: date, client_ids: Sequence[str] | None = None
) -> dict[str, int]:
    """client id -> invoiced net less credit notes' net dated start..end, minor units."""
    args = (start.isoformat(), end.isoformat())
    out: dict[str, int] = {}
    for sql in (
        "SELECT client_id, SUM(total_net) FROM invoice WHERE deleted_at IS NULL "
        "AND issue_date >= ? AND issue_date <= ? GROUP BY client_id",
        "SELECT client_id, -SUM(total_net) FROM sales_return WHERE deleted_at IS NULL "
        "AND invoice_id IS NOT NULL AND return_date >= ? AND return_date <= ? GROUP BY client_id",
    ):
        for cid, minor in session.connection().exec_driver_sql(sql, args):
            out[str(cid)] = out.get(str(cid), 0) + int(minor)
    if client_ids is not None:
        wanted = set(client_ids)
        out = {c: m for c, m in out.items() if c in wanted}
    return out


def client_progress(session: Session, period: PlanPeriod, today: date) -> list[ClientPlan]:
    """Every live client with a plan in the period, by name."""
    plans = plan_sums(session, period)
    until = min(period.end, today)
    actual = actual_sums(session, period.start, until) if until >= period.start else {}
    names = {
        str(cid): str(name)
        for cid, name in session.connection().exec_driver_sql(
            "SELECT id, name FROM client WHERE deleted_at IS NULL"
        )
        if str(cid) in plans
    }
    rows = [
        ClientPlan(
            cid,
            names[cid],
            currency,
            progress(from_minor(minor), from_minor(actual.get(cid, 0)), period, today),
        )
        for cid, (currency, minor) in plans.items()
        if cid in names
    ]
    rows.sort(key=lambda r: (r.name.casefold(), r.client_id))
    return rows


def total(rows: Sequence[ClientPlan]) -> Decimal:
    return sum((r.progress.plan for r in rows), ZERO)
