"""Dossier completeness of many clients at once, in a few queries: what domain.completeness
needs to know of each (the client list's column, the dossier, and the readiness of a week's
meetings, which asks for a thousand clients at a time)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.completeness import Completeness, ContactFacts, DossierFacts, completeness
from kamdesk.models import Activity, Client, ClientCompetitor, Contact
from kamdesk.services.clients.contacts import last_contacts
from kamdesk.services.queries import live


def dossier_facts(
    session: Session, client_ids: Iterable[str], today: date, *, contact_days: bool = True
) -> dict[str, DossierFacts]:
    """What completeness needs to know, for many clients in a few queries; with
    `contact_days` False each contact's last meeting is left out (None), one query fewer."""
    ids = list(client_ids)
    if not ids:
        return {}
    # Plain columns, not ORM objects: this runs for every page of the client list.
    clients = session.execute(
        select(
            Client.id,
            Client.tax_id,
            Client.address,
            Client.needs,
            Client.development_plans,
            Client.problems,
            Client.__table__.c.budget,
            Client.__table__.c.annual_revenue,
            Client.__table__.c.estimated_spend,
        ).where(Client.id.in_(ids))
    ).all()
    people = _contact_facts(session, ids, contact_days)
    competitor_counts = dict(
        session.execute(
            select(ClientCompetitor.client_id, func.count())
            .where(ClientCompetitor.client_id.in_(ids), live(ClientCompetitor))
            .group_by(ClientCompetitor.client_id)
        ).all()
    )
    last_activity = _last_activities(session, ids)
    out: dict[str, DossierFacts] = {}
    for c in clients:
        out[c.id] = DossierFacts(
            today=today,
            has_tax_id=bool(c.tax_id.strip()),
            has_address=bool(c.address.strip()),
            has_needs=bool(c.needs.strip()),
            has_plans=bool(c.development_plans.strip()),
            has_problems=bool(c.problems.strip()),
            has_budget=c.budget is not None,
            has_revenue_figure=c.annual_revenue is not None,
            has_spend_estimate=c.estimated_spend is not None,
            competitors_known=int(competitor_counts.get(c.id, 0)),
            contacts=people[c.id],
            last_contact=last_activity.get(c.id),
        )
    return out


def _contact_facts(
    session: Session, ids: list[str], contact_days: bool = True
) -> dict[str, tuple[ContactFacts, ...]]:
    """Each client's people as completeness sees them, by name."""
    rows = session.execute(
        select(
            Contact.id,
            Contact.client_id,
            Contact.full_name,
            Contact.buying_role,
            Contact.attitude,
            Contact.__table__.c.birthday,
            Contact.interests,
            Contact.form_of_address,
            Contact.language,
            Contact.etiquette,
        ).where(Contact.client_id.in_(ids), live(Contact))
    ).all()
    seen = last_contacts(session, [r[0] for r in rows]) if contact_days else {}
    contacts: dict[str, list[ContactFacts]] = {cid: [] for cid in ids}
    # plain tuples: a week's clients have thousands of people
    for pid, cid, name, role, attitude, born, interests, address, language, manners in rows:
        contacts[cid].append(
            ContactFacts(
                name=name,
                buying_role=role,
                attitude=attitude,
                last_contact=seen.get(pid),
                has_personal_notes=bool(
                    born
                    or (interests or "").strip()
                    or (address or "").strip()
                    or (language or "").strip()
                    or (manners or "").strip()
                ),
            )
        )
    return {cid: tuple(sorted(group, key=lambda p: p.name)) for cid, group in contacts.items()}


def _last_activities(session: Session, ids: list[str]) -> dict[str | None, date]:
    """The day of each client's latest held meeting or call."""
    now = datetime.now(UTC)
    # the latest one per client, walking its (client, start) index back from now: MAX over a
    # GROUP BY would read every meeting the client ever had
    latest = (
        select(Activity.starts_at)
        .where(
            Activity.client_id == Client.id,
            live(Activity),
            Activity.status == "done",
            Activity.kind.in_(("meeting", "call")),
            Activity.starts_at <= now,
        )
        .order_by(Activity.starts_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    return {
        cid: stamp.date()
        for cid, stamp in session.execute(
            select(Client.id, type_coerce(latest, Activity.starts_at.type)).where(
                Client.id.in_(ids)
            )
        ).all()
        if stamp is not None
    }


def dossier_completeness(
    session: Session, client_ids: Iterable[str], today: date, *, stale_days: int = 90
) -> dict[str, Completeness]:
    # completeness reads no contact's last meeting (the client's last one counts): leaving
    # them out spares the costliest query of a week's readiness (tests/unit/domain/
    # test_completeness.py holds completeness to that)
    return {
        cid: completeness(facts, stale_days=stale_days)
        for cid, facts in dossier_facts(session, client_ids, today, contact_days=False).items()
    }
