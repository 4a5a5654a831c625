"""A client's people: contacts, their formal and informal relations, the trash."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.client import (
    RELATION_KINDS,
    ContactData,
    has_personal_notes,
    reports_to_cycle,
    validate_contact,
)
from kamdesk.domain.edits import merge_edit
from kamdesk.domain.natural_keys import contact_relation_id
from kamdesk.errors import UserError
from kamdesk.messages import N_, _
from kamdesk.models import Activity, ActivityContact, Contact, ContactRelation
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, live, revive_or_add

_DATA_FIELDS = [f.name for f in dataclasses.fields(ContactData)]


@dataclass(frozen=True)
class ContactRecord:
    id: str
    data: ContactData
    last_contact: date | None  # the last meeting or call they attended

    @property
    def name(self) -> str:
        return self.data.full_name

    @property
    def has_personal_notes(self) -> bool:
        return has_personal_notes(self.data)


@dataclass(frozen=True)
class RelationRecord:
    id: str
    from_contact_id: str
    to_contact_id: str
    kind: str
    note: str


def _data(row: Contact) -> ContactData:
    return ContactData(**{name: getattr(row, name) for name in _DATA_FIELDS})


def last_contacts(session: Session, contact_ids: list[str]) -> dict[str, date]:
    """The day each contact last attended a meeting or call that took place."""
    if not contact_ids:
        return {}
    now = datetime.now(UTC)
    rows = session.execute(
        select(ActivityContact.contact_id, func.max(Activity.starts_at))
        .join(Activity, Activity.id == ActivityContact.activity_id)
        .where(
            ActivityContact.contact_id.in_(contact_ids),
            live(ActivityContact),
            live(Activity),
            Activity.status == "done",
            Activity.kind.in_(("meeting", "call")),
            Activity.starts_at <= now,
        )
        .group_by(ActivityContact.contact_id)
    ).all()
    return {cid: stamp.date() for cid, stamp in rows if stamp is not None}


def list_contacts(
    session: Session, client_id: str, *, deleted: bool = False
) -> list[ContactRecord]:
    """The client's live contacts (or, with deleted=True, those in the trash), by name."""
    stmt = select(Contact).where(Contact.client_id == client_id)
    stmt = stmt.where(Contact.deleted_at.is_not(None) if deleted else live(Contact))
    rows = list(session.execute(stmt.order_by(Contact.full_name, Contact.id)).scalars())
    seen = last_contacts(session, [r.id for r in rows])
    return [ContactRecord(r.id, _data(r), seen.get(r.id)) for r in rows]


def contact_data(session: Session, contact_id: str) -> ContactData:
    """What the contact form edits, as stored now."""
    return _data(get_live(session, Contact, contact_id))


def save_contact(
    session: Session,
    data: ContactData,
    *,
    contact_id: str | None = None,
    today: date,
    base: ContactData | None = None,
) -> str:
    """Create or update a contact; InvalidFields (nothing saved) when a field breaks a rule.
    With `base` (the contact as the form loaded it) only the fields the user changed are
    written; StaleEdit if one of them was changed since."""
    if contact_id is not None and base is not None:
        data = merge_edit(base, data, contact_data(session, contact_id))
    data = dataclasses.replace(
        data,
        full_name=data.full_name.strip(),
        email=data.email.strip(),
        email_alt=data.email_alt.strip(),
        phone=data.phone.strip(),
        mobile=data.mobile.strip(),
    )
    problems = validate_contact(data, today=today)
    if data.reports_to_id is not None:
        boss = session.get(Contact, data.reports_to_id)
        if boss is None or boss.deleted_at is not None or boss.client_id != data.client_id:
            problems["reports_to_id"] = _("They can only report to a contact of the same client.")
        elif contact_id is not None and reports_to_cycle(
            contact_id, data.reports_to_id, _bosses(session, data.client_id)
        ):
            problems["reports_to_id"] = _("That would make them their own superior.")
    if problems:
        raise InvalidFields(problems)
    if contact_id is None:
        row = Contact(client_id=data.client_id, full_name=data.full_name)
        session.add(row)
    else:
        row = get_live(session, Contact, contact_id)
        if row.client_id != data.client_id:
            raise UserError(_("A contact cannot move to another client."))
    for name in _DATA_FIELDS:
        if getattr(row, name) != getattr(data, name):
            setattr(row, name, getattr(data, name))
    session.flush()
    return row.id


def _bosses(session: Session, client_id: str) -> dict[str, str | None]:
    return dict(
        session.execute(
            select(Contact.id, Contact.reports_to_id).where(
                Contact.client_id == client_id, live(Contact)
            )
        ).all()
    )


def set_reports_to(
    session: Session,
    contact_id: str,
    boss_id: str | None,
    *,
    base: Mapping[str, str | None] | None = None,
) -> None:
    """The formal line of the org chart; refuses other clients' people and cycles. With
    `base` ({"reports_to_id": the boss as the chart showed it}) StaleEdit when the line was
    changed since to another boss."""
    row = get_live(session, Contact, contact_id)
    if base is not None:
        merged = merge_edit(base, {"reports_to_id": boss_id}, {"reports_to_id": row.reports_to_id})
        boss_id = merged["reports_to_id"]
    if boss_id is not None:
        boss = get_live(session, Contact, boss_id)
        if boss.client_id != row.client_id:
            raise UserError(_("They can only report to a contact of the same client."))
        if reports_to_cycle(contact_id, boss_id, _bosses(session, row.client_id)):
            raise UserError(
                _("{boss} already reports to {person}, directly or not.").format(
                    boss=boss.full_name, person=row.full_name
                )
            )
    if row.reports_to_id != boss_id:
        row.reports_to_id = boss_id
        session.flush()


def delete_contact(session: Session, contact_id: str) -> list[str]:
    """Soft delete: the contact and their informal lines go to the trash, restorable. Their
    reports move up one level: their ids are returned (put_back_reports undoes the move)."""
    row = get_live(session, Contact, contact_id)
    stamp = datetime.now(UTC)
    row.deleted_at = stamp
    for rel in _relations_of(session, [contact_id]):
        rel.deleted_at = stamp
    moved = []
    for report in session.execute(
        select(Contact).where(Contact.reports_to_id == contact_id, live(Contact))
    ).scalars():
        report.reports_to_id = row.reports_to_id  # their reports move up one level
        moved.append(report.id)
    session.flush()
    return moved


def put_back_reports(session: Session, contact_id: str, report_ids: Sequence[str]) -> None:
    """After `contact_id` came back (an undo of its deletion): the people who reported to it
    report to it again, those still where its deletion moved them (one moved since stays)."""
    row = get_live(session, Contact, contact_id)
    for report in session.execute(
        select(Contact).where(Contact.id.in_(list(report_ids)), live(Contact))
    ).scalars():
        if report.reports_to_id == row.reports_to_id and report.id != contact_id:
            report.reports_to_id = contact_id
    session.flush()


def restore_contact(session: Session, contact_id: str) -> None:
    """Back from the trash, with their relations to people still here (services.trash)."""
    from kamdesk.services.trash import restore

    row = session.get(Contact, contact_id)
    if row is None or row.deleted_at is None:
        raise UserError(_("That contact is not in the trash."))
    restore(session, "contact", [contact_id])


def _relations_of(session: Session, contact_ids: list[str]) -> list[ContactRelation]:
    return list(
        session.execute(
            select(ContactRelation).where(
                live(ContactRelation),
                ContactRelation.from_contact_id.in_(contact_ids)
                | ContactRelation.to_contact_id.in_(contact_ids),
            )
        ).scalars()
    )


def list_relations(session: Session, client_id: str) -> list[RelationRecord]:
    ids = [
        cid
        for (cid,) in session.execute(
            select(Contact.id).where(Contact.client_id == client_id, live(Contact))
        )
    ]
    rels = sorted(_relations_of(session, ids), key=lambda r: (r.kind, r.id))
    return [RelationRecord(r.id, r.from_contact_id, r.to_contact_id, r.kind, r.note) for r in rels]


# one whole sentence per kind of relation, for a relation drawn twice
ALREADY_ON_MAP = {
    "influences": N_("That relation is already on the map (influences)."),
    "conflicts": N_("That relation is already on the map (conflicts)."),
}


def add_relation(session: Session, from_id: str, to_id: str, kind: str, *, note: str = "") -> str:
    """An informal line: `from` influences `to`, or the two are in conflict."""
    if kind not in RELATION_KINDS:
        raise UserError(_("A relation is 'influences' or 'conflicts'."))
    if from_id == to_id:
        raise UserError(_("A person cannot have a relation with themselves."))
    a, b = get_live(session, Contact, from_id), get_live(session, Contact, to_id)
    if a.client_id != b.client_id:
        raise UserError(_("Both people must belong to the same client."))
    pairs = {(from_id, to_id)} if kind == "influences" else {(from_id, to_id), (to_id, from_id)}
    for rel in _relations_of(session, [from_id]):
        if rel.kind == kind and (rel.from_contact_id, rel.to_contact_id) in pairs:
            raise UserError(_(ALREADY_ON_MAP[kind]))
    row = revive_or_add(
        session,
        ContactRelation,
        contact_relation_id(from_id, to_id, kind),
        from_contact_id=from_id,
        to_contact_id=to_id,
        kind=kind,
        note=note,
    )
    session.flush()
    return row.id


def remove_relation(session: Session, relation_id: str) -> None:
    row = get_live(session, ContactRelation, relation_id)
    row.tombstone()
    session.flush()
