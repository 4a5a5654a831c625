"""Exchange rates as the laptop knows them: the book conversions read, and setting one rate.

A rate is reporting-currency units per one unit of a currency (kamdesk.domain.fx); one rate per
currency and day, its id derived from both so two laptops entering it make one record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.edits import merge_edit
from kamdesk.domain.fx import Quote, RateBook, rate_problems
from kamdesk.domain.natural_keys import exchange_rate_id
from kamdesk.models import ExchangeRate
from kamdesk.services.company import InvalidFields, get_company
from kamdesk.services.queries import get_live, live, revive_or_add


@dataclass(frozen=True)
class RateRow:
    """One rate as the Settings list shows it."""

    id: str
    currency: str
    day: date
    rate: Decimal
    source: str


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


def list_rates(session: Session, currency: str = "") -> list[RateRow]:
    """Live rates by currency, newest first within each (one currency when given)."""
    stmt = select(
        ExchangeRate.id,
        ExchangeRate.currency,
        ExchangeRate.rate_date,
        ExchangeRate.rate,
        ExchangeRate.source,
    ).where(live(ExchangeRate))
    if currency:
        stmt = stmt.where(ExchangeRate.currency == currency.strip().upper())
    rows = [RateRow(*row) for row in session.execute(stmt)]
    rows.sort(key=lambda r: (r.currency, -r.day.toordinal()))
    return rows


def rate_data(session: Session, rate_id: str) -> RateRow:
    """The rate as stored now (what the rates form edits); a UserError when it is gone."""
    row = get_live(session, ExchangeRate, rate_id)
    return RateRow(row.id, row.currency, row.rate_date, row.rate, row.source)


def save_rate(
    session: Session,
    currency: str,
    day: date,
    rate: Decimal | None,
    source: str = "",
    *,
    rate_id: str | None = None,
    base: RateRow | None = None,
) -> str:
    """Record a rate typed in Settings (InvalidFields by field when it cannot be); editing one
    to another currency or day moves it there (the old one is tombstoned). Its id. With `base`
    (the rate as the form loaded it) only the fields the user changed are written; StaleEdit
    if one of them changed since."""
    if rate_id is not None and base is not None:
        mine = RateRow(rate_id, currency.strip().upper(), day, rate, source.strip())  # type: ignore[arg-type]
        merged = merge_edit(base, mine, rate_data(session, rate_id))
        currency, day, rate, source = merged.currency, merged.day, merged.rate, merged.source
    problems = rate_problems(currency, rate, get_company(session).reporting)
    if problems:
        raise InvalidFields(problems)
    assert rate is not None
    new_id = exchange_rate_id(currency.strip().upper(), day.isoformat())
    if rate_id is not None and rate_id != new_id:
        get_live(session, ExchangeRate, rate_id).tombstone()
    set_rate(session, currency, day, rate, source)
    session.flush()
    return new_id


def delete_rate(session: Session, rate_id: str) -> None:
    """Tombstone a rate (sync carries the deletion); conversions on its days use older ones."""
    get_live(session, ExchangeRate, rate_id).tombstone()
    session.flush()
