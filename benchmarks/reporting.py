"""Cross-client figures on the 10 000-client database (issue 13): key clients, Today and the
returns report, each in the reporting currency.

Timed twice: on the database as built, and with the company reporting in HUF and a rate for
every day of two years in each currency the invoices use, so that every invoice, credit note,
delivery and return is converted (the rates are written in a transaction that is rolled back).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

AS_OF = date(2026, 11, 1)


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def _report_in_huf(session: Any) -> int:
    """The company reports in HUF with daily rates; how many rates were written."""
    from sqlalchemy import select, update

    from kamdesk.models import Company, ExchangeRate, Invoice
    from kamdesk.services.prices.rates import set_rate

    session.execute(update(Company).values(reporting_currency="HUF"))
    currencies = set(session.execute(select(Invoice.currency).distinct()).scalars()) - {"HUF"}
    n = 0
    for k, currency in enumerate(sorted(currencies)):
        day = AS_OF - timedelta(days=2 * 365 + 30)
        while day <= AS_OF:
            rate = Decimal(380 + 10 * k) + Decimal(day.toordinal() % 97) / 100
            set_rate(session, currency, day, rate, "bench")
            day += timedelta(days=1)
            n += 1
    session.flush()
    assert session.query(ExchangeRate).count() >= n
    return n


def reporting_bench(
    db_path: Path,
    runs: int = 5,
    *,
    key_clients_fn: Callable[..., Any] | None = None,
    losses_fn: Callable[..., Any] | None = None,
    label: str = "",
) -> list[tuple[str, str, str]]:
    from kamdesk.db import open_database
    from kamdesk.services.clients.classification import Period, key_clients
    from kamdesk.services.sales.losses import losses_report
    from kamdesk.services.schedule.today import today_overview

    key_clients_fn = key_clients_fn or key_clients
    losses_fn = losses_fn or losses_report
    period = Period.last_12_months(AS_OF)
    db = open_database(db_path)
    rows: list[tuple[str, str, str]] = []
    try:
        for setting in ("as built", "HUF, daily rates"):
            with db.reading() as s:  # rolled back at the end: the file keeps no rate
                note = setting
                if setting != "as built":
                    note += f" ({_report_in_huf(s)} rates)"
                keys, today, losses = [], [], []
                for _ in range(runs):
                    t = time.perf_counter()
                    report = key_clients_fn(s, period)
                    keys.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    today_overview(s, AS_OF, key_report=key_clients_fn(s, period))
                    today.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    losses_fn(s, period.start, period.end)
                    losses.append((time.perf_counter() - t) * 1000)
                note += f", {len(report.classification.clients)} clients with revenue"
                rows.append((f"key clients, 12 months{label}", _ms(keys), note))
                rows.append((f"Today overview{label}", _ms(today), setting))
                rows.append((f"returns and refusals, 12 months{label}", _ms(losses), setting))
    finally:
        db.close()
    return rows
