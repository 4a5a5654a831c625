"""The Today page's alerts about clients: special prices and promotions about to end, the
clients with overdue invoices, and the key clients nobody has met or called for too long.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.domain.money import from_minor
from kamdesk.models import (
    Activity,
    Client,
    ClientPrice,
    Product,
    Promotion,
    PromotionClient,
)
from kamdesk.services.queries import in_chunks, live

PRICE_DAYS_AHEAD = 30  # special prices ending within a month


PROMOTION_DAYS_AHEAD = 14  # promotions ending within two weeks


@dataclass(frozen=True)
class ExpiringPrice:
    id: str
    client_id: str
    client_name: str
    product_id: str
    sku: str
    product_name: str
    price: Decimal
    currency: str
    valid_to: date
    days_left: int


@dataclass(frozen=True)
class ClientRef:
    id: str
    name: str


@dataclass(frozen=True)
class ExpiringPromotion:
    id: str
    name: str
    starts_on: date
    ends_on: date
    days_left: int
    clients: tuple[ClientRef, ...]  # () when it is for every client

    @property
    def for_every_client(self) -> bool:
        return not self.clients


@dataclass(frozen=True)
class OverdueClient:
    client_id: str
    client_name: str
    currency: str
    amount: Decimal  # open (after payments and credit notes) on invoices past their due date
    invoices: int
    oldest_due: date
    oldest_days: int


@dataclass(frozen=True)
class StaleClient:
    client_id: str
    client_name: str
    last_contact: date | None  # the last meeting or call held; None: never
    days: int | None  # days since it; None: never


def expiring_prices(session: Session, today: date) -> list[ExpiringPrice]:
    """Special prices ending from today to PRICE_DAYS_AHEAD days on, soonest first; a price
    already followed by another for the same product (a renewal) is not expiring."""
    until = today + timedelta(days=PRICE_DAYS_AHEAD)
    rows = session.execute(
        select(
            ClientPrice.id,
            ClientPrice.client_id,
            Client.name,
            ClientPrice.product_id,
            Product.sku,
            Product.name,
            ClientPrice.price,
            Product.currency,
            ClientPrice.valid_to,
        )
        .join(Client, Client.id == ClientPrice.client_id)
        .join(Product, Product.id == ClientPrice.product_id)
        .where(
            live(ClientPrice),
            live(Client),
            Client.archived_at.is_(None),
            live(Product),
            ClientPrice.valid_to.is_not(None),
            ClientPrice.valid_to >= today,
            ClientPrice.valid_to <= until,
        )
    ).all()
    if not rows:
        return []
    later: dict[tuple[str, str], list[tuple[str, date | None, date | None]]] = {}
    client_ids = sorted({r.client_id for r in rows})
    for chunk in in_chunks(client_ids):
        for pid, cid, prod, start, end in session.execute(
            select(
                ClientPrice.id,
                ClientPrice.client_id,
                ClientPrice.product_id,
                ClientPrice.valid_from,
                ClientPrice.valid_to,
            ).where(ClientPrice.client_id.in_(chunk), live(ClientPrice))
        ):
            later.setdefault((cid, prod), []).append((pid, start, end))

    def renewed(r: Any) -> bool:
        return any(
            other != r.id
            and (end is None or end > r.valid_to)
            and (start is None or start <= r.valid_to + timedelta(days=1))
            for other, start, end in later.get((r.client_id, r.product_id), [])
        )

    out = [
        ExpiringPrice(
            r.id,
            r.client_id,
            r[2],
            r.product_id,
            r.sku,
            r[5],
            r.price,
            r.currency,
            r.valid_to,
            (r.valid_to - today).days,
        )
        for r in rows
        if not renewed(r)
    ]
    out.sort(key=lambda p: (p.valid_to, p.client_name.casefold(), p.sku.casefold()))
    return out


def expiring_promotions(session: Session, today: date) -> list[ExpiringPromotion]:
    """Promotions ending from today to PROMOTION_DAYS_AHEAD days on, with the clients they
    were made for (none: every client)."""
    until = today + timedelta(days=PROMOTION_DAYS_AHEAD)
    promos = session.execute(
        select(Promotion.id, Promotion.name, Promotion.starts_on, Promotion.ends_on)
        .where(
            live(Promotion),
            Promotion.ends_on >= today,
            Promotion.ends_on <= until,
        )
        .order_by(Promotion.ends_on, Promotion.name)
    ).all()
    if not promos:
        return []
    clients: dict[str, list[ClientRef]] = {}
    for pid, cid, name in session.execute(
        select(PromotionClient.promotion_id, Client.id, Client.name)
        .join(Client, Client.id == PromotionClient.client_id)
        .where(
            PromotionClient.promotion_id.in_([p.id for p in promos]),
            live(PromotionClient),
            live(Client),
        )
        .order_by(Client.name_key)
    ):
        clients.setdefault(pid, []).append(ClientRef(cid, name))
    return [
        ExpiringPromotion(
            p.id,
            p.name,
            p.starts_on,
            p.ends_on,
            (p.ends_on - today).days,
            tuple(clients.get(p.id, ())),
        )
        for p in promos
    ]


def overdue_by_client(session: Session, today: date) -> list[OverdueClient]:
    """Every client with invoices due before today that are not paid in full (after
    allocations and credit notes), for all clients at once: the total still open, how many
    invoices, and the oldest due date. The oldest debt first.

    Reads the receivables cache (services.receivables.cache), a row per open invoice, so it
    does not rescan years of invoices and payments."""
    owed: dict[tuple[str, str], list[Any]] = {}  # (client, currency) -> [minor units, n, oldest]
    for client_id, currency, total, n, oldest in run(
        session.connection(),
        "SELECT client_id, currency, SUM(open_amount), COUNT(*), MIN(due_date) "
        "FROM invoice_open WHERE due_date < ? GROUP BY client_id, currency",
        (today.isoformat(),),
    ):
        owed[(str(client_id), str(currency))] = [int(total), int(n), date.fromisoformat(oldest)]
    names: dict[str, str] = {}
    for chunk in in_chunks(sorted({client_id for client_id, _currency in owed})):
        for cid, name in session.execute(
            select(Client.id, Client.name).where(Client.id.in_(chunk), live(Client))
        ):
            names[cid] = name
    out = [
        OverdueClient(
            cid, names[cid], currency, from_minor(total), n, oldest, (today - oldest).days
        )
        for (cid, currency), (total, n, oldest) in owed.items()
        if cid in names
    ]
    out.sort(key=lambda o: (-o.oldest_days, -o.amount, o.client_name.casefold()))
    return out


def stale_key_clients(
    session: Session,
    key_ids: Iterable[str],
    today: date,
    now: datetime,
    stale_days: int,
    tz: tzinfo | None = None,
) -> list[StaleClient]:
    """Live key clients whose last meeting or call held (as services.clients.dossier counts
    it) is more than `stale_days` days ago, or who were never met: never first, then the
    longest ago."""
    ids = sorted(key_ids)
    last_held = (
        select(Activity.starts_at)
        .where(
            Activity.client_id == Client.id,
            live(Activity),
            Activity.status == "done",
            Activity.kind.in_(("meeting", "call")),
            Activity.starts_at <= now.astimezone(UTC),
        )
        .order_by(Activity.starts_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    out: list[StaleClient] = []
    for chunk in in_chunks(ids):
        for cid, name, last in session.execute(
            select(Client.id, Client.name, type_coerce(last_held, Activity.starts_at.type)).where(
                Client.id.in_(chunk), live(Client), Client.archived_at.is_(None)
            )
        ):
            day = (
                None if last is None else (last.astimezone(tz) if tz else last.astimezone()).date()
            )
            days = None if day is None else (today - day).days
            if days is None or days > stale_days:
                out.append(StaleClient(cid, name, day, days))
    out.sort(key=lambda s: (s.days is not None, -(s.days or 0), s.client_name.casefold()))
    return out
