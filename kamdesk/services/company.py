"""The own-company profile."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.company import CompanyProfile, normalized, validate_company
from kamdesk.domain.natural_keys import COMPANY_ID
from kamdesk.errors import UserError
from kamdesk.models import Company
from kamdesk.services.queries import live

_FIELDS = [f.name for f in dataclasses.fields(CompanyProfile)]


class InvalidFields(UserError):
    """Some fields break a rule; `problems` maps field name to the message shown beside it."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("\n".join(problems.values()))
        self.problems = problems


def _live(session: Session) -> Company | None:
    stmt = select(Company).where(live(Company)).order_by(Company.created_at)
    return session.execute(stmt.limit(1)).scalar_one_or_none()


def get_company(session: Session) -> CompanyProfile:
    """The profile as saved, or an empty one for a new database."""
    row = _live(session)
    if row is None:
        return CompanyProfile()
    return CompanyProfile(**{name: getattr(row, name) for name in _FIELDS})


def save_company(session: Session, profile: CompanyProfile) -> CompanyProfile:
    """Validate and store the profile; raises InvalidFields and stores nothing if any is bad."""
    profile = normalized(profile)
    problems = validate_company(profile)
    if problems:
        raise InvalidFields(problems)
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
