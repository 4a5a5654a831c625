"""The meeting brief as plain records: what services gather and reports.brief prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kamdesk.domain.schedule import is_remote


@dataclass(frozen=True)
class BriefPerson:
    name: str
    position: str = ""
    buying_role: str = ""
    attitude: str = ""
    form_of_address: str = ""
    language: str = ""
    etiquette: str = ""
    interests: str = ""
    birthday: date | None = None
    phone: str = ""
    notes: str = ""
    last_contact: date | None = None


@dataclass(frozen=True)
class BriefQuestion:
    question: str
    answer: str = ""


@dataclass(frozen=True)
class BriefArgument:
    kind: str  # "objection" | "complaint"
    text: str
    response: str = ""


@dataclass(frozen=True)
class BriefProduct:
    sku: str
    name: str
    unit: str
    price: Decimal
    currency: str
    rule: str = ""  # why this price


@dataclass(frozen=True)
class BriefCheck:
    title: str
    state: str  # ok | warning | missing
    summary: str


@dataclass(frozen=True)
class BriefFigures:
    currency: str
    revenue_this_year: Decimal
    revenue_last_year: Decimal  # same period last year (1 Jan .. same day)
    plan_this_year: Decimal | None
    receivable: Decimal
    overdue: Decimal
    overdue_invoices: int


@dataclass(frozen=True)
class Brief:
    client_name: str
    subject: str
    kind: str  # "meeting" | "call"
    start: datetime  # aware, local time: printed as it is
    end: datetime
    leave_by: datetime | None  # None for phone/video
    place: str  # the address, or "Phone" / "Video call"
    travel_min: int
    readiness: int  # 0..100
    checks: tuple[BriefCheck, ...]
    people: tuple[BriefPerson, ...]
    agenda: str = ""
    goals: str = ""
    needs_asked: str = ""
    questions: tuple[BriefQuestion, ...] = ()
    arguments: tuple[BriefArgument, ...] = ()
    figures: BriefFigures | None = None
    products: tuple[BriefProduct, ...] = ()
    facts: tuple[str, ...] = ()  # open orders, overdue invoices, price changes: one line each
    kam: str = ""
    company_name: str = ""
    client_address: str = ""
    generated_on: date | None = None
    place_kind: str = "site"  # site | phone | video, as the meeting was saved

    @property
    def remote(self) -> bool:
        """By phone or video (a call always is): what the meeting says, not its label."""
        return is_remote(self.kind, self.place_kind)
