"""The receivables ledger beside invoices and payments: which payment settles which invoice,
allocations undone, and the dunning steps taken with a client; and the local caches of what is
open (never synced: each laptop recomputes them from the ledger after every write and import).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import MINOR_UNITS, Base, ISODate, Money, Record, unique_live

DUNNING_STEPS: tuple[str, ...] = ("reminder", "call", "blocked", "unblocked")


class PaymentAllocation(Record, Base):
    """This much of a payment settles this invoice. Posted once; undone by a reversal."""

    __tablename__ = "payment_allocation"
    __table_args__ = (Index("ix_payment_allocation_client_date", "client_id", "allocated_on"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    payment_id: Mapped[str] = mapped_column(ForeignKey("payment.id"), index=True)
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    allocated_on: Mapped[date] = mapped_column(ISODate)


class AllocationReversal(Record, Base):
    """Undoes one allocation entirely: the money goes back to its payment (and so to the
    client's credit until allocated again). Its id derives from the allocation's."""

    __tablename__ = "allocation_reversal"
    __table_args__ = (unique_live("uq_allocation_reversal_live", "allocation_id"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    allocation_id: Mapped[str] = mapped_column(ForeignKey("payment_allocation.id"))
    reversed_on: Mapped[date] = mapped_column(ISODate)
    reason: Mapped[str] = mapped_column(Text, default="")


class DunningStep(Record, Base):
    """A step taken to get a client to pay: a reminder sent, a call made, supplies blocked (or
    the block lifted), on a date, by someone."""

    __tablename__ = "dunning_step"
    __table_args__ = (Index("ix_dunning_step_client_date", "client_id", "step_date"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    step: Mapped[str] = mapped_column(String(20))  # one of DUNNING_STEPS
    step_date: Mapped[date] = mapped_column(ISODate)
    done_by: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


# --- local caches (not synced, no tombstones: rewritten from the ledger) ----------------------


class InvoiceOpen(Base):
    """What is still unpaid on an invoice, for the invoices with something unpaid only."""

    __tablename__ = "invoice_open"
    __table_args__ = (Index("ix_invoice_open_due", "due_date", "client_id"),)

    invoice_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[date] = mapped_column(ISODate)
    open_amount: Mapped[int] = mapped_column(MINOR_UNITS)  # minor units


class ClientBalance(Base):
    """A client's balance (invoices less payments and credit notes; below zero in credit), its
    unallocated credit and the excess merges put on invoices, for clients with any ledger."""

    __tablename__ = "client_balance"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    balance: Mapped[int] = mapped_column(MINOR_UNITS)  # minor units
    open_amount: Mapped[int] = mapped_column(MINOR_UNITS)
    credit: Mapped[int] = mapped_column(MINOR_UNITS)
    excess: Mapped[int] = mapped_column(MINOR_UNITS, default=0)


class RevenueMonth(Base):
    """A client's invoices or credit notes (`kind`) of one currency dated in one month: their
    net as issued and in the reporting currency, each day's documents converted at that day's
    rate (domain.revenue_months), and how many had no rate (for the reports' warning)."""

    __tablename__ = "revenue_month"
    __table_args__ = {"sqlite_with_rowid": False}

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # invoice, credit note
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    documents: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(MINOR_UNITS)  # minor units, as the documents are
    converted: Mapped[int] = mapped_column(MINOR_UNITS)  # reporting currency's minor units
    unconverted: Mapped[int] = mapped_column(Integer)  # documents with no rate
    missing_first: Mapped[date | None] = mapped_column(ISODate, nullable=True)
    missing_last: Mapped[date | None] = mapped_column(ISODate, nullable=True)


class LedgerMonth(Base):
    """Receivable money by the month it took effect, summed by currency and due date: what the
    receivables trend takes back from today's open amounts (services.kpi.ledger_months): an
    invoice's gross (`kind` invoice, negative), a standing allocation, an undone one (`since`:
    the month it was made; '' for the others), a credit note."""

    __tablename__ = "ledger_month"
    __table_args__ = {"sqlite_with_rowid": False}

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    due_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    since: Mapped[str] = mapped_column(String(7), primary_key=True)
    amount: Mapped[int] = mapped_column(MINOR_UNITS)  # minor units


class CacheState(Base):
    """What a cache was made at: `revenue_rates`, the rates revenue_month was converted at
    (domain.revenue_months.rates_state); `ledger_month`, made. No row: not to be read."""

    __tablename__ = "cache_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    state: Mapped[str] = mapped_column(Text)


# Tables of this laptop alone: sync, digests and the duplicate checks leave them out
CACHE_TABLES = frozenset(
    {
        InvoiceOpen.__tablename__,
        ClientBalance.__tablename__,
        RevenueMonth.__tablename__,
        LedgerMonth.__tablename__,
        CacheState.__tablename__,
    }
)
