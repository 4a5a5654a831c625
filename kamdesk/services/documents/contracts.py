"""The supply contract as a record: one per client and period (the calendar year of the order),
with its own number (D-2026-AM-0001, next in this laptop's series) and its own date: the day of
the first order it was issued for (a contract precedes what is supplied under it). Every later
package for the client in that period reuses it and cites it with that date, never the print
day.

Its id is derived from client and period (natural_keys.contract_id): two laptops that make "the"
contract make one record, and if they chose two numbers, sync shows the number as a conflict.

Printing reads only: `contract_terms` says which contract a package cites (the recorded one,
or the one it will make). Issuing the package records it (`record_contract`) and links the order
and the issued document to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from kamdesk.domain.natural_keys import contract_id
from kamdesk.errors import UserError
from kamdesk.messages import _, day
from kamdesk.models import Contract, IssuedDocument, SalesOrder
from kamdesk.services.queries import revive_or_add
from kamdesk.services.replica import series_next


@dataclass(frozen=True)
class ContractTerms:
    id: str
    number: str
    signed_on: date
    period_start: date
    recorded: bool  # False: the contract is made when the package is issued


def period_of(day: date) -> date:
    """A contract's period starts on 1 January of the order's year."""
    return date(day.year, 1, 1)


def next_contract_number(session: Session, year: int) -> str:
    """The next number of this laptop's contract series: past the contracts recorded and the
    contract packages issued before contracts were records."""
    numbers = [
        series_next(session, Contract.number, "D", year, width=4),
        series_next(session, IssuedDocument.number, "D", year, width=4),
    ]
    return max(numbers)


def contract_terms(
    session: Session, client_id: str, order_id: str, *, order_day: date, today: date
) -> ContractTerms:
    """The contract a package for this order cites: the order's own, else the client's for the
    order's period, else a new one numbered next and dated the order's day (a contract
    precedes what is supplied under it: an order of 22.10 never cites a contract of 5.12),
    or `today` for an order dated ahead. An order dated before the recorded contract's date
    brings that date back to the order's day (recorded so when its package is issued)."""
    order = session.get(SalesOrder, order_id)
    row = session.get(Contract, order.contract_id) if order and order.contract_id else None
    if row is None or row.deleted_at is not None:
        period = period_of(order_day)
        row = session.get(Contract, contract_id(client_id, period.isoformat()))
    if row is not None and row.deleted_at is None:
        signed = row.signed_on
        if row.period_start <= order_day < signed:
            signed = min(order_day, today)
        return ContractTerms(row.id, row.number, signed, row.period_start, True)
    period = period_of(order_day)
    return ContractTerms(
        contract_id(client_id, period.isoformat()),
        next_contract_number(session, period.year),
        min(order_day, today),
        period,
        False,
    )


def record_contract(
    session: Session, terms: ContractTerms, *, client_id: str, order_id: str, currency: str
) -> str:
    """Keep the contract a package cites and link the order to it; its id. A package for an
    order dated before the contract brings the contract's date back to that day (a contract
    precedes what is supplied under it). A contract recorded meanwhile under another number or
    date is refused: the package must be prepared again."""
    row = session.get(Contract, terms.id)
    if row is not None and row.deleted_at is None:
        if row.number == terms.number and row.period_start <= terms.signed_on < row.signed_on:
            row.signed_on = terms.signed_on
        elif row.number != terms.number or row.signed_on != terms.signed_on:
            raise UserError(
                _(
                    "Contract {number} of {day} was made meanwhile for this client and year: "
                    "prepare the package again so that it cites it."
                ).format(number=row.number, day=day(row.signed_on))
            )

    else:
        revive_or_add(
            session,
            Contract,
            terms.id,
            number=terms.number,
            client_id=client_id,
            signed_on=terms.signed_on,
            period_start=terms.period_start,
            period_end=date(terms.period_start.year, 12, 31),
            currency=currency,
        )
    order = session.get(SalesOrder, order_id)
    if order is not None and order.contract_id != terms.id:
        order.contract_id = terms.id
    session.flush()
    return terms.id
