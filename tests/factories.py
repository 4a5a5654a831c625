"""Small, explicit test data written through the ORM (independent of the demo generator)."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from kamdesk.domain.money import line_amounts, qty_to_milli, sum_lines
from kamdesk.domain.natural_keys import quantity_break_id
from kamdesk.models import (
    Client,
    Invoice,
    OrderLine,
    PriceColumn,
    Product,
    QuantityBreak,
    SalesOrder,
)

# The demo portfolio the UI and CLI tests share (conftest's demo_db): 40 clients, seed 1, as of
# this Monday.
DEMO_AS_OF = date(2026, 11, 23)


def build_demo_copy(
    template: Path, path: Path, *, clients: int = 40, as_of: date = DEMO_AS_OF, seed: int = 1
) -> Path:
    """The demo portfolio, built by kamdesk.demo into a copy of the migrated template."""
    from kamdesk.db import open_database
    from kamdesk.demo.build import build_demo

    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        build_demo(database, seed=seed, clients=clients, as_of=as_of)
    finally:
        database.close()
    return path


def _stable_id(kind: str, key: str) -> str:
    """Ids that two test databases share, as synced laptops do."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"kamdesk-test:{kind}:{key}"))


def add_client(session: Session, name: str, **fields: object) -> Client:
    """A client with its KAM assignments: `kam` as the dossier's field takes the names (one
    KAM by default, as every client has one to three: `kamdesk check` says so; '' for none)."""
    from kamdesk.domain.client import kam_names
    from kamdesk.services.clients.assignments import assign_kams

    values: dict[str, object] = {"currency": "EUR", "status": "active"}
    values.update(fields)
    kam = str(values.pop("kam", "Kovács Anna"))
    client = Client(name=name, **values)
    session.add(client)
    session.flush()
    if kam:
        assign_kams(session, client.id, kam_names(kam))
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


def add_product(
    session: Session, sku: str, name: str, price: str, vat: str = "20", unit: str = "pcs"
) -> Product:
    product = Product(
        sku=sku,
        name=name,
        unit=unit,
        vat_rate=Decimal(vat),
        base_price=Decimal(price),
        currency="EUR",
    )
    session.add(product)
    session.flush()
    return product


# (sku, name, base price, VAT %, unit): a small food wholesaler's catalogue
CATALOGUE = (
    ("MILK-1", "Milk 2.8 %, 1 l", "1.25", "18", "l"),
    ("MILK-10", "Milk 3.5 %, 10 l can", "11.90", "18", "can"),
    ("CHEESE-2", "Trappista cheese, 2 kg block", "12.40", "27", "kg"),
    ("BUTTER-5", "Butter 82 %, 250 g", "2.15", "18", "pcs"),
    ("FLOUR-25", "Flour BL55, 25 kg sack", "14.80", "5", "sack"),
    ("SUGAR-1", "Sugar, 1 kg", "1.05", "5", "kg"),
    ("OIL-5", "Sunflower oil, 5 l", "8.70", "27", "can"),
    ("EGGS-30", "Eggs M, tray of 30", "5.60", "18", "tray"),
)


def add_catalogue(session: Session, *, key_percent: str = "10") -> dict[str, str]:
    """The catalogue above and a 'Key' price column; sku -> product id, plus 'Key' -> column."""
    ids = {
        sku: add_product(session, sku, name, price, vat, unit).id
        for sku, name, price, vat, unit in CATALOGUE
    }
    ids["Key"] = add_price_column(session, "Key", key_percent).id
    return ids


def add_quantity_break(
    session: Session, product_id: str, min_quantity: str, percent: str
) -> QuantityBreak:
    found = QuantityBreak(
        id=quantity_break_id(product_id, None, qty_to_milli(Decimal(min_quantity))),
        product_id=product_id,
        price_column_id=None,
        min_quantity=Decimal(min_quantity),
        discount_percent=Decimal(percent),
    )
    session.add(found)
    session.flush()
    return found


def add_invoice(
    session: Session, client: Client, number: str, gross: str, *, issued: date, due: date
) -> Invoice:
    """An invoice with no order behind it (an older one, from before kamdesk)."""
    amount = Decimal(gross)
    net = (amount / Decimal("1.2")).quantize(Decimal("0.01"))
    invoice = Invoice(
        number=number,
        client_id=client.id,
        issue_date=issued,
        due_date=due,
        currency=client.currency,
        total_net=net,
        total_vat=amount - net,
        total_gross=amount,
    )
    session.add(invoice)
    session.flush()
    return invoice


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


def order_line_pages(path: Path) -> int:
    """Where three pages of the demo's oldest order lines follow one another, as a page index
    from 0 (for tests that damage what the first screens do not read): not the schema's
    pages, which the demo's last writes (its triggers put back) leave near the end of the file,
    nor the newest orders' lines, which the orders list reads."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        pages = {p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'order_line'")}
    finally:
        conn.close()
    return min(p for p in pages if p + 1 in pages and p + 2 in pages) - 1
