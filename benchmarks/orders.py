"""Benchmarks of order entry on the 10 000-client database.

- adding a line: what the order window does when a product is picked: gather the client's
  price inputs for that product and resolve its price (target < 10 ms);
- saving a 200-line order: save_draft and the commit (synchronous=FULL), target < 200 ms.

The saved orders are removed again afterwards, so the cached database stays as built.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

DAY = date(2026, 11, 1)


def _ms(samples: list[float], digits: int = 0) -> str:
    return f"{statistics.median(samples):8.{digits}f} ms"


def order_entry(db_path: Path) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.models import Client, Product, SalesOrder
    from kamdesk.services.prices.catalog import price_inputs
    from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft

    rng = random.Random(7)
    db = open_database(db_path)
    rows: list[tuple[str, str, str]] = []
    made: list[str] = []
    try:
        with db.reading() as s:
            clients = list(
                s.execute(select(Client.id).where(Client.credit_limit.is_(None)).limit(500))
                .scalars()
                .all()
            ) or list(s.execute(select(Client.id).limit(500)).scalars())
            products = list(s.execute(select(Product.id).where(Product.active.is_(True))).scalars())
        samples: list[float] = []
        for _ in range(300):
            client, product = rng.choice(clients), rng.choice(products)
            with db.reading() as s:
                t = time.perf_counter()
                inputs = price_inputs(s, client, [product], DAY)[product]
                inputs.decide(Decimal(rng.randint(1, 200)), DAY)
                samples.append((time.perf_counter() - t) * 1000)
        rows.append(
            (
                "add an order line (price inputs + resolution)",
                _ms(samples, 2),
                f"max {max(samples):.1f} ms (target < 10 ms)",
            )
        )

        saves: list[float] = []
        for _ in range(5):
            client = rng.choice(clients)
            picked = rng.sample(products, 200)
            with db.reading() as s:
                priced = price_inputs(s, client, picked, DAY)
            lines = []
            for pid in picked:
                qty = Decimal(rng.randint(1, 50))
                decision = priced[pid].decide(qty, DAY)
                lines.append(
                    DraftLine(
                        pid,
                        qty,
                        decision.unit_price,
                        price_rule=decision.rule,
                        price_note=decision.explanation,
                    )
                )
            draft = OrderDraft(client_id=client, order_date=DAY, lines=tuple(lines))
            t = time.perf_counter()
            with db.unit_of_work() as s:
                made.append(save_draft(s, draft))
            saves.append((time.perf_counter() - t) * 1000)
        rows.append(("save a 200-line order (with commit)", _ms(saves), "target < 200 ms"))
    finally:
        with db.unit_of_work() as s:
            for oid in made:
                for table in ("order_event", "order_line"):
                    s.execute(text(f"DELETE FROM {table} WHERE order_id = :o"), {"o": oid})
                s.execute(text("DELETE FROM sales_order WHERE id = :o"), {"o": oid})
            assert not s.execute(select(SalesOrder.id).where(SalesOrder.id.in_(made))).first()
        db.close()
    return rows
