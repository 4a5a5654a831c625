"""Exchange rates as the laptop knows them: the book conversions read, and setting one rate.

A rate is reporting-currency units per one unit of a currency (kamdesk.domain.fx); one rate per
currency and day, its id derived from both so two laptops entering it make one record.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.fx import Quote, RateBook
from kamdesk.domain.natural_keys import exchange_rate_id
from kamdesk.models import ExchangeRate
from kamdesk.services.company import get_company
from kamdesk.services.queries import live, revive_or_add


def rate_book(session: Session) -> RateBook:
    """Every live rate, in the company's reporting currency."""
    rows = session.execute(
        select(
            ExchangeRate.currency, ExchangeRate.rate_date, ExchangeRate.rate, ExchangeRate.source
        ).where(live(ExchangeRate))
    ).all()
    return RateBook(get_company(session).reporting, (Quote(*row) for row in rows))


def set_rate(session: Session, currency: str, day: date, rate: Decimal, source: str = "") -> None:
    """Record `rate` reporting units per unit of `currency` on `day` (replacing that day's)."""
    if rate <= 0:
        raise ValueError("an exchange rate is positive")
    currency = currency.strip().upper()
    revive_or_add(
        session,
        ExchangeRate,
        exchange_rate_id(currency, day.isoformat()),
        currency=currency,
        rate_date=day,
        rate=rate,
        source=source.strip(),
    )
