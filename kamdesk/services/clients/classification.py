"""Key-client classification from invoiced revenue over a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.classification import (
    Classification,
    ClientRevenue,
    Thresholds,
    classify,
    revenue_by_client,
)
from kamdesk.models import Client, ClientKeyReason, Invoice, SalesReturn
from kamdesk.services.queries import live
from kamdesk.services.settings import get_rules


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @classmethod
    def last_12_months(cls, today: date) -> Period:
        return cls(start=today - timedelta(days=365) + timedelta(days=1), end=today)


def client_revenues(session: Session, period: Period) -> list[ClientRevenue]:
    """Net invoiced revenue per live client in the period, less the credit notes (returns of
    invoiced goods) dated in the period."""
    invoiced: dict[str, Decimal] = dict(
        session.execute(
            select(Invoice.client_id, func.sum(Invoice.__table__.c.total_net))
            .where(
                live(Invoice),
                Invoice.issue_date >= period.start,
                Invoice.issue_date <= period.end,
            )
            .group_by(Invoice.client_id)
        ).all()
    )
    # SUM keeps the column's Money type: the driver's integer minor units come back as Decimal.
    credited: dict[str, Decimal] = dict(
        session.execute(
            select(SalesReturn.client_id, func.sum(SalesReturn.__table__.c.total_net))
            .where(
                live(SalesReturn),
                SalesReturn.invoice_id.is_not(None),
                SalesReturn.return_date >= period.start,
                SalesReturn.return_date <= period.end,
            )
            .group_by(SalesReturn.client_id)
        ).all()
    )
    revenue = revenue_by_client(dict(invoiced), credited)
    rows = session.execute(
        select(Client.id, Client.name, Client.estimated_spend).where(
            live(Client), Client.id.in_(list(revenue))
        )
    ).all()
    return [
        ClientRevenue(cid, name, revenue[cid].quantize(Decimal("0.01")), spend)
        for cid, name, spend in rows
    ]


@dataclass(frozen=True)
class KeyClientReport:
    period: Period
    thresholds: Thresholds
    classification: Classification
    reasons: dict[str, tuple[str, ...]]  # client id -> key reasons recorded by the KAM


def key_clients(
    session: Session, period: Period, thresholds: Thresholds | None = None
) -> KeyClientReport:
    """Shares, ABC and categories of every client with revenue in the period, biggest first."""
    thresholds = thresholds or get_rules(session).thresholds
    result = classify(client_revenues(session, period), thresholds)
    reasons: dict[str, list[str]] = {}
    for cid, reason in session.execute(
        select(ClientKeyReason.client_id, ClientKeyReason.reason)
        .where(live(ClientKeyReason))
        .order_by(ClientKeyReason.reason)
    ):
        reasons.setdefault(cid, []).append(reason)
    return KeyClientReport(
        period=period,
        thresholds=thresholds,
        classification=result,
        reasons={cid: tuple(r) for cid, r in reasons.items()},
    )
