"""Issue 18: a demo portfolio where one client's every typed text is 250 characters long (its
names, addresses, strategy, contacts, the products it orders, its meetings), written through
the services as a user's typing would be. Windows opened on it show what a long name does to
their layout."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.domain.catalog import validate_product
from kamdesk.domain.client import validate_contact, validate_profile
from kamdesk.models import Activity, Contact, OrderLine, SalesOrder
from kamdesk.services.clients import contacts, dossier
from kamdesk.services.prices import catalog
from kamdesk.services.schedule import details, meetings
from kamdesk.services.schedule.records import SCHEDULED_KINDS
from tests.factories import DEMO_AS_OF

LENGTH = 250
# words as long as a real firm's and with the letters that rise above a line (Ő, Ü, Й)
WORDS = "Ügyvezető Kőbányai Nagykereskedelmi Szolgáltató Йошкар-Олинский Termoidraulica"
# fields that hold codes or choices, not free text: a long value there is refused, not typed
CODES = {"currency", "country", "status", "kind", "place_kind", "attitude", "influence"}
CODES |= {"familiarity", "language", "recurrence", "unit", "email", "email_alt", "phone"}
CODES |= {"mobile", "tax_id", "website", "postal_code"}

T = TypeVar("T")


def long_text(field: str) -> str:
    """250 characters that start with the field's name (two fields never read the same)."""
    text = f"{field} " + " ".join([WORDS] * 4)
    return text[:LENGTH].rstrip() + "x" * (LENGTH - len(text[:LENGTH].rstrip()))


def lengthened(record: T, problems: Callable[[T], dict[str, str]]) -> T:
    """`record` with every free-text field 250 characters long, except those its rules
    refuse that long (a code, a choice)."""
    values = {
        f.name: long_text(f.name)
        for f in dataclasses.fields(record)  # type: ignore[arg-type]
        if f.name not in CODES
        and not f.name.endswith("_id")
        and isinstance(getattr(record, f.name), str)
    }
    longer = dataclasses.replace(record, **values)  # type: ignore[type-var]
    refused = problems(longer)
    keep = {name: value for name, value in values.items() if name not in refused}
    return dataclasses.replace(record, **keep)  # type: ignore[type-var]


def busiest_client(session: Session) -> str:
    """The client with the most orders (a long history, documents, meetings)."""
    most = func.count(SalesOrder.id).desc()
    query = select(SalesOrder.client_id).group_by(SalesOrder.client_id).order_by(most)
    return session.scalars(query.limit(1)).one()


def lengthen_client(db: Database) -> str:
    """Every typed text of the busiest client 250 characters long; its id."""
    with db.unit_of_work() as s:
        client_id = busiest_client(s)
        _profile(s, client_id)
        _contacts(s, client_id)
        _products(s, client_id)
        _meetings(s, client_id)
    return client_id


def _profile(s: Session, client_id: str) -> None:
    profile = lengthened(
        dossier.get_profile(s, client_id), lambda p: validate_profile(p, today=DEMO_AS_OF)
    )
    dossier.save_profile(s, profile, client_id=client_id, today=DEMO_AS_OF)
    strategy = lengthened(dossier.get_strategy(s, client_id), lambda _p: {})
    dossier.save_strategy(s, client_id, strategy)


def _contacts(s: Session, client_id: str) -> None:
    query = select(Contact.id).where(Contact.client_id == client_id, Contact.deleted_at.is_(None))
    for contact_id in s.scalars(query):
        data = contacts.contact_data(s, contact_id)
        data = lengthened(data, lambda c: validate_contact(c, today=DEMO_AS_OF))
        contacts.save_contact(s, data, contact_id=contact_id, today=DEMO_AS_OF)


def _products(s: Session, client_id: str) -> None:
    query = (
        select(OrderLine.product_id)
        .join(SalesOrder, SalesOrder.id == OrderLine.order_id)
        .where(SalesOrder.client_id == client_id)
        .distinct()
        .limit(3)
    )
    for number, product_id in enumerate(s.scalars(query)):
        data = catalog.product_data(s, product_id)
        data = lengthened(data, validate_product)
        data = dataclasses.replace(data, sku=f"{number}-{data.sku}"[:LENGTH])
        catalog.save_product(s, data, product_id=product_id)


def _meetings(s: Session, client_id: str) -> None:
    query = select(Activity.id).where(
        Activity.client_id == client_id,
        Activity.deleted_at.is_(None),
        Activity.kind.in_(SCHEDULED_KINDS),
        Activity.starts_at.is_not(None),
    )
    for meeting_id in s.scalars(query):
        data = meetings.meeting_data(details.get_meeting(s, meeting_id))
        data = lengthened(data, lambda d: meetings.meeting_problems(s, d))
        meetings.save_meeting(s, data, meeting_id=meeting_id)


def first_of(s: Session, query: Any) -> str:
    return s.scalars(query.limit(1)).one()
