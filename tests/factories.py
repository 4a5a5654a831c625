"""Small, explicit test data written through the ORM (independent of the demo generator)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.models import Client, OrderLine, PriceColumn, Product, SalesOrder


def _stable_id(kind: str, key: str) -> str:
    """Ids that two test databases share, as synced laptops do."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kamdesk-test:{kind}:{key}"))


def add_client(session: Session, name: str, **fields: object) -> Client:
    values: dict[str, object] = {"currency": "EUR", "status": "active"}
    values.update(fields)
    client = Client(name=name, **values)
    session.add(client)
    session.flush()
    return client


def add_order(
    session: Session,
    client: Client,
    lines: list[tuple[str, str, str]],
    *,
    number: str = "SO-1",
    day: date = date(2026, 11, 2),
) -> SalesOrder:
    """lines: (quantity, unit price, discount %) as text; VAT 20 %."""
    product = Product(
        id=_stable_id("product", number),
        sku=f"SKU-{number}",
        name="Widget",
        vat_rate=Decimal(20),
        base_price=Decimal("10.00"),
        currency="EUR",
    )
    session.add(product)
    session.flush()
    order = SalesOrder(
        id=_stable_id("order", number),
        number=number,
        client_id=client.id,
        order_date=day,
        currency="EUR",
    )
    session.add(order)
    session.flush()
    amounts = []
    for i, (qty, price, disc) in enumerate(lines, 1):
        a = line_amounts(Decimal(qty), Decimal(price), Decimal(disc), Decimal(20))
        amounts.append(a)
        session.add(
            OrderLine(
                id=_stable_id("line", f"{number}/{i}"),
                order_id=order.id,
                line_no=i,
                product_id=product.id,
                quantity=Decimal(qty),
                unit_price=Decimal(price),
                discount_percent=Decimal(disc),
                vat_rate=Decimal(20),
                net=a.net,
                vat=a.vat,
                gross=a.gross,
            )
        )
    totals = sum_lines(amounts)
    order.total_net, order.total_vat, order.total_gross = totals.net, totals.vat, totals.gross
    session.flush()
    return order


def add_price_column(session: Session, name: str, percent: str = "0") -> PriceColumn:
    column = PriceColumn(name=name, discount_percent=Decimal(percent))
    session.add(column)
    session.flush()
    return column


CLIENT_NAMES = [
    "ООО «Северный Хлеб»",
    "АО «Волга-Логистик»",
    "Győri Élelmiszer Zrt.",
    "Dunakeszi Csomagoló Kft.",
    "Ristorazione Milanese S.r.l.",
    "Logistica Padana S.p.A.",
    "Xəzər Qida MMC",
    "Gəncə Tikinti ASC",
    "Alfa Pharm Kft.",
    "Bologna Carni S.r.l.",
]
CITIES = [
    "Москва",
    "Казань",
    "Győr",
    "Dunakeszi",
    "Milano",
    "Verona",
    "Bakı",
    "Gəncə",
    "Debrecen",
    "Bologna",
]


def add_named_clients(session: Session) -> list[Client]:
    return [
        add_client(session, name, city=city, code=f"CL-{i:05d}")
        for i, (name, city) in enumerate(zip(CLIENT_NAMES, CITIES, strict=True), 1)
    ]
