"""Benchmarks of order entry on the 10 000-client database.

- adding a line: what the order window does when a product is picked: gather the client's
  price inputs for that product and resolve its price (target < 10 ms);
- saving a 200-line order: save_draft and the commit (synchronous=FULL), target < 200 ms.

It runs on a copy of the database (the cached one stays as built); the clients are ones
without a credit limit, in the currency the catalogue is priced in (an order in another
currency would need each price converted first).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from benchmarks.startup import copy_database

DAY = date(2026, 11, 1)


def _ms(samples: list[float], digits: int = 0) -> str:
    return f"{statistics.median(samples):8.{digits}f} ms"


def order_entry(db_path: Path) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(copy_database(db_path, Path(tmp)))
        try:
            return _measured(db, rng)
        finally:
            db.close()


def _measured(db: Any, rng: random.Random) -> list[tuple[str, str, str]]:
    from kamdesk.models import Client, Product
    from kamdesk.services.prices.catalog import price_inputs
    from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft

    rows: list[tuple[str, str, str]] = []
    with db.reading() as s:
        currency = (
            s.execute(
                select(Product.currency).group_by(Product.currency).order_by(func.count().desc())
            )
            .scalars()
            .first()
        )
        products = list(
            s.execute(
                select(Product.id).where(Product.active.is_(True), Product.currency == currency)
            ).scalars()
        )
        clients = list(
            s.execute(
                select(Client.id)
                .where(Client.credit_limit.is_(None), Client.currency == currency)
                .limit(500)
            ).scalars()
        ) or list(
            s.execute(select(Client.id).where(Client.currency == currency).limit(500)).scalars()
        )
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
            f"max {max(samples):.1f} ms, the first (cold caches) {samples[0]:.1f} ms,"
            f" the rest's max {max(samples[1:]):.1f} ms (target < 10 ms)",
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
            save_draft(s, draft)
        saves.append((time.perf_counter() - t) * 1000)
    rows.append(("save a 200-line order (with commit)", _ms(saves), "target < 200 ms"))
    return rows
