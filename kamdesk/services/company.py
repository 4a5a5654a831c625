"""The own-company profile."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.company import (
    REGISTRATIONS,
    CompanyProfile,
    VatRegistrationEntry,
    normalized,
    registration_problems,
    validate_company,
)
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.natural_keys import COMPANY_ID, vat_registration_id
from kamdesk.errors import InvalidFields
from kamdesk.messages import _
from kamdesk.models import Company, ExchangeRate, VatRegistration
from kamdesk.services.queries import live, revive_or_add

__all__ = ["InvalidFields"]  # kept here too: the services raise it, the ui catches it

_FIELDS = [f.name for f in dataclasses.fields(CompanyProfile)]


def _live(session: Session) -> Company | None:
    stmt = select(Company).where(live(Company)).order_by(Company.created_at)
    return session.execute(stmt.limit(1)).scalar_one_or_none()


def has_company_profile(session: Session) -> bool:
    """Whether the team's own company was set up (a new database has none: the first run)."""
    return _live(session) is not None


def get_company(session: Session) -> CompanyProfile:
    """The profile as saved, or an empty one for a new database."""
    row = _live(session)
    if row is None:
        return CompanyProfile()
    return CompanyProfile(**{name: getattr(row, name) for name in _FIELDS})


def registration_field(index: int) -> str:
    """The field name under which row `index` of the VAT registrations is reported."""
    return f"vat_registration_{index}"


def get_vat_registrations(session: Session) -> list[VatRegistrationEntry]:
    """The company's VAT registrations in other countries, by country."""
    stmt = select(VatRegistration).where(live(VatRegistration)).order_by(VatRegistration.country)
    return [VatRegistrationEntry(r.country, r.vat_number) for r in session.scalars(stmt)]


def _normal_entry(entry: VatRegistrationEntry) -> VatRegistrationEntry:
    return VatRegistrationEntry(
        entry.country.strip().upper(), entry.vat_number.replace(" ", "").strip().upper()
    )


def _store_registrations(session: Session, entries: Sequence[VatRegistrationEntry]) -> None:
    wanted = {e.country: e for e in entries}
    for e in entries:
        revive_or_add(
            session,
            VatRegistration,
            vat_registration_id(e.country),
            country=e.country,
            vat_number=e.vat_number,
        )
    stamp = datetime.now(UTC)
    for row in session.scalars(select(VatRegistration).where(live(VatRegistration))):
        if row.country not in wanted:
            row.deleted_at = stamp


def _reporting_change_problem(session: Session, profile: CompanyProfile) -> dict[str, str]:
    """Exchange rates are quoted in the reporting currency (HUF per 1 EUR): while any is
    recorded, the reporting currency cannot change, or every rate would silently mean another
    currency (a field -> message, empty when the change is fine)."""
    row = _live(session)
    if row is None:
        return {}
    was = row.reporting_currency or row.default_currency
    if not was or was == profile.reporting:
        return {}
    if session.execute(select(ExchangeRate.id).where(live(ExchangeRate)).limit(1)).first() is None:
        return {}
    field = "reporting_currency" if profile.reporting_currency else "default_currency"
    return {
        field: _(
            "The exchange rates are recorded in {currency} per unit of each currency, so the "
            "reporting currency stays {currency} while they exist: delete them under File > "
            "Exchange rates… first (and enter them again in the new currency)."
        ).format(currency=was)
    }


def save_company(
    session: Session,
    profile: CompanyProfile,
    registrations: Sequence[VatRegistrationEntry] | None = None,
    *,
    base: CompanyProfile | None = None,
    base_registrations: Sequence[VatRegistrationEntry] | None = None,
) -> CompanyProfile:
    """Validate and store the profile (and, when given, the complete list of the company's
    VAT registrations in other countries); raises InvalidFields and stores nothing if any is
    bad. With `base` and `base_registrations` (as the form loaded them) only what the user
    changed is written, registrations merged by country; StaleEdit if a field (or a
    registration) the user changed was changed since."""
    profile = normalized(profile)
    problems = validate_company(profile)
    entries = [_normal_entry(e) for e in registrations or ()]
    for index, message in registration_problems(profile.country, entries).items():
        problems[registration_field(index)] = message
    if problems:
        raise InvalidFields(problems)
    if base is not None:
        profile = merge_edit(normalized(base), profile, get_company(session))
        problems.update(validate_company(profile))  # another's change with the user's
    if registrations is not None and base_registrations is not None:
        was = [_normal_entry(e) for e in base_registrations]
        entries = REGISTRATIONS.merge(was, entries, get_vat_registrations(session))
        if merged_problems := registration_problems(profile.country, entries):
            problems["vat_registrations"] = "; ".join(merged_problems.values())
    problems.update(_reporting_change_problem(session, profile))
    if problems:
        raise InvalidFields(problems)
    if registrations is not None:
        _store_registrations(session, entries)
    row = _live(session) or session.get(Company, COMPANY_ID)
    if row is None:  # one profile, one fixed id: the same record on every laptop
        row = Company(id=COMPANY_ID, legal_name=profile.legal_name)
        session.add(row)
    if row.deleted_at is not None:
        row.deleted_at = None
    for name in _FIELDS:
        if getattr(row, name) != getattr(profile, name):
            setattr(row, name, getattr(profile, name))
    session.flush()
    return profile
