"""The trash: deleted clients, contacts, products and meetings, listed and brought back.

A delete is a tombstone (`deleted_at`) that sync carries to the other laptops; a restore clears
it again, an ordinary edit that sync carries the same way (the capture records it as a
"keep"). A tombstone stays restorable for at least RETENTION_DAYS: only after that may sync
purge it (services.sync.purge), once every laptop has seen the delete.

Restoring a record brings back what went with it: the children deleted at the moment it was
deleted or after (the services and sync's capture tombstone them then), never what had been
deleted on its own before. A child whose other parent is still deleted stays in the trash (a
relation to a contact still deleted, a meeting's product that was deleted).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.db.dialect import run
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Activity, Client, Contact, Product
from kamdesk.models.base import utcnow
from kamdesk.services.queries import in_chunks
from kamdesk.services.sync.purge import RETENTION_DAYS
from kamdesk.services.sync.store import read_states, time_text
from kamdesk.services.sync.tables import children_of, parents_of

# what the trash lists: the kind as the UI names it, and its table
KINDS: dict[str, Any] = {
    "client": Client,
    "contact": Contact,
    "product": Product,
    "meeting": Activity,  # meetings, calls and tasks alike
}
# children deleted a moment after their parent went with it: sync's capture tombstones them
# when the unit of work commits, and another laptop dates each delete by its own stamp
WITH_PARENT = timedelta(seconds=2)
# what belongs to a record besides sync's parents (services.check.PARENTS): a product's texts,
# tax rates and places in promotions go to the trash with it (services.prices.catalog)
MORE_CHILDREN = {
    "product": (
        ("product_translation", "product_id"),
        ("product_tax_rate", "product_id"),
        ("promotion_product", "product_id"),
    )
}
LIMIT = 2000  # the newest deletes: a trash this full is searched, not scrolled


@dataclass(frozen=True)
class TrashEntry:
    kind: str  # client, contact, product, meeting
    id: str
    name: str
    detail: str  # a contact's or meeting's client, a product's SKU, a client's city
    deleted_at: datetime
    deleted_by: str  # the laptop that deleted it, "" when not known (this one, before sync)
    kept_until: date  # sync may purge it after this day (when every laptop has seen it)
    what: str = ""  # the kind in more detail: a meeting's, call's or task's own kind

    @property
    def label_kind(self) -> str:
        """client, contact, product, meeting, call or task."""
        return self.what or self.kind

    @property
    def may_go(self) -> bool:
        """Past its retention: still here, but the next sync may remove it for good."""
        return self.kept_until < datetime.now(self.deleted_at.tzinfo).date()


def kept_until(deleted_at: datetime) -> date:
    return (deleted_at + timedelta(days=RETENTION_DAYS)).date()


def list_trash(session: Session, *, search: str = "") -> list[TrashEntry]:
    """What can be restored, newest delete first. A contact or meeting deleted with its
    client is not listed apart: it comes back with the client."""
    found: list[TrashEntry] = []
    clients = {
        c.id: c for c in session.scalars(select(Client).where(Client.deleted_at.is_not(None)))
    }
    for row in clients.values():
        found.append(_entry("client", row, row.name, row.city or ""))
    for row in _deleted(session, Contact):
        if not _went_with_client(row, clients):
            found.append(_entry("contact", row, row.full_name, _client_name(session, row)))
    for row in _deleted(session, Product):
        found.append(_entry("product", row, row.name, row.sku))
    for row in _deleted(session, Activity):
        if row.series_id not in (None, row.id) and _same_delete(session, row):
            continue  # an occurrence deleted with the series' earlier one: listed once
        if not _went_with_client(row, clients):
            entry = _entry("meeting", row, row.subject, _client_name(session, row))
            found.append(_replace(entry, what=row.kind))
    held = {  # kept out of sight by sync (a twin of one key, a client out of scope): no delete
        (str(e), str(r))
        for e, r in run(session.connection(), "SELECT entity, record_id FROM sync_held")
    }
    if held:
        found = [e for e in found if (KINDS[e.kind].__tablename__, e.id) not in held]
    words = search.casefold().split()
    if words:
        found = [e for e in found if all(w in f"{e.name} {e.detail}".casefold() for w in words)]
    found.sort(key=lambda e: e.deleted_at, reverse=True)
    return _with_laptops(session, found[:LIMIT])


def _deleted(session: Session, model: Any) -> Sequence[Any]:
    return session.scalars(
        select(model).where(model.deleted_at.is_not(None)).order_by(model.deleted_at.desc())
    ).all()


def _entry(kind: str, row: Any, name: str, detail: str) -> TrashEntry:
    assert row.deleted_at is not None
    return TrashEntry(kind, row.id, name, detail, row.deleted_at, "", kept_until(row.deleted_at))


def _went_with_client(row: Any, clients: dict[str, Client]) -> bool:
    client = clients.get(row.client_id) if row.client_id else None
    return client is not None and _with(row.deleted_at, client.deleted_at)


def _with(child: datetime | None, parent: datetime | None) -> bool:
    """Was the child deleted with the parent (at its delete or right after)?"""
    return child is not None and parent is not None and child >= parent - WITH_PARENT


def _same_delete(session: Session, row: Activity) -> bool:
    """A later occurrence of a series deleted together with an earlier, deleted one."""
    if row.starts_at is None:
        return False
    earlier = session.scalars(
        select(Activity.deleted_at).where(
            Activity.series_id == row.series_id,
            Activity.id != row.id,
            Activity.starts_at < row.starts_at,
            Activity.deleted_at.is_not(None),
        )
    ).all()
    return any(
        stamp is not None
        and row.deleted_at is not None
        and abs(stamp - row.deleted_at) <= WITH_PARENT
        for stamp in earlier
    )


def _client_name(session: Session, row: Any) -> str:
    client = session.get(Client, row.client_id) if row.client_id else None
    return client.name if client is not None else ""


def _with_laptops(session: Session, entries: list[TrashEntry]) -> list[TrashEntry]:
    """Each entry with the name of the laptop whose delete it is, when sync knows it."""
    names = {
        str(i): str(n)
        for i, n in run(
            session.connection(),
            "SELECT id, name FROM replica UNION ALL SELECT replica_id, name FROM sync_peer",
        )
        if n
    }
    out: list[TrashEntry] = []
    by_kind: dict[str, list[TrashEntry]] = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, []).append(entry)
    laptops: dict[tuple[str, str], str] = {}
    for kind, listed in by_kind.items():
        table = KINDS[kind].__tablename__
        for record_id, state in read_states(session, table, [e.id for e in listed]).items():
            if state.tombstones:
                last = max(state.tombstones, key=lambda t: t.stamp)
                laptops[(kind, record_id)] = names.get(last.dot.replica, "")
    for entry in entries:
        laptop = laptops.get((entry.kind, entry.id), "")
        out.append(entry if not laptop else _replace(entry, deleted_by=laptop))
    return out


def _replace(entry: TrashEntry, *, what: str = "", deleted_by: str = "") -> TrashEntry:
    from dataclasses import replace

    return replace(entry, what=what or entry.what, deleted_by=deleted_by or entry.deleted_by)


# --- restoring --------------------------------------------------------------------------------


def restore(session: Session, kind: str, record_ids: Sequence[str]) -> int:
    """Bring the records back with what went with them; how many records came back in all.
    A UserError (nothing restored) when one is not in the trash any more, belongs to a client
    still deleted, or its SKU was given to another product meanwhile."""
    model = KINDS[kind]
    table = model.__tablename__
    wanted: dict[str, set[str]] = {}
    for record_id in dict.fromkeys(record_ids):
        row = session.get(model, record_id)
        if row is None or row.deleted_at is None:
            raise UserError(_("That record is not in the trash any more."))
        _check_parents(session, table, row)
        if kind == "product":
            _check_sku(session, row)
        _collect(session, table, record_id, row.deleted_at, wanted)
        if kind == "meeting":
            for later in series_deleted_with(session, row):
                _collect(session, table, later, row.deleted_at, wanted)
    _drop_orphans(session, wanted)
    count = 0
    conn = session.connection()
    now = time_text(utcnow())
    for name, ids in wanted.items():
        for chunk in in_chunks(sorted(ids)):
            marks = ", ".join("?" * len(chunk))
            run(
                conn,
                f"UPDATE {name} SET deleted_at = NULL, revision = revision + 1, updated_at = ? "
                f"WHERE id IN ({marks})",
                (now, *chunk),
            )
            count += len(chunk)
    session.expire_all()
    if kind == "contact":
        for record_id in record_ids:
            _boss_alive(session, record_id)
    session.flush()
    return count


def series_deleted_with(session: Session, row: Activity) -> list[str]:
    """The later occurrences of a series deleted together with this one ("and the following")."""
    if row.series_id is None or row.starts_at is None or row.deleted_at is None:
        return []
    return [
        later.id
        for later in session.scalars(
            select(Activity).where(
                Activity.series_id == row.series_id,
                Activity.starts_at > row.starts_at,
                Activity.deleted_at.is_not(None),
            )
        )
        if later.deleted_at is not None and abs(later.deleted_at - row.deleted_at) <= WITH_PARENT
    ]


ORDER = ("client", "product", "contact", "meeting")  # a client first: its people come with it


def restore_chosen(
    session: Session, chosen: Mapping[str, Sequence[str]]
) -> tuple[int, dict[str, list[str]]]:
    """Restore records of several kinds (ids by kind) in an order that works: how many records
    came back in all, and by kind the ones chosen (with the later occurrences of a series that
    came back with one): what delete_again takes to put them back in the trash."""
    count, top = 0, {}
    for kind in ORDER:
        ids = list(dict.fromkeys(chosen.get(kind, ())))
        if not ids:
            continue
        if kind == "meeting":
            for record_id in list(ids):
                row = session.get(Activity, record_id)
                if row is not None:
                    ids += [i for i in series_deleted_with(session, row) if i not in ids]
        count += restore(session, kind, ids)
        top[kind] = ids
    return count, top


def _check_parents(session: Session, table: str, row: Any) -> None:
    """A contact or meeting of a client still in the trash comes back with the client."""
    client_id = getattr(row, "client_id", None) if table != "client" else None
    if client_id is None:
        return
    client = session.get(Client, client_id)
    if client is not None and client.deleted_at is not None:
        raise UserError(
            _("{client} is in the trash too: restore the client first.").format(client=client.name)
        )


def _check_sku(session: Session, row: Product) -> None:
    taken = session.scalar(
        select(Product.name).where(
            Product.sku == row.sku, Product.deleted_at.is_(None), Product.id != row.id
        )
    )
    if taken is not None:
        raise UserError(
            _("SKU {sku} now belongs to {product}: change its SKU first.").format(
                sku=row.sku, product=taken
            )
        )


def _collect(
    session: Session, table: str, record_id: str, since: datetime, into: dict[str, set[str]]
) -> None:
    """The record and, below it, every child deleted with it (at `since` or just after)."""
    into.setdefault(table, set()).add(record_id)
    conn = session.connection()
    after = time_text(since - WITH_PARENT)
    for child, link in (*children_of(table), *MORE_CHILDREN.get(table, ())):
        for (child_id,) in run(
            conn, f"SELECT id FROM {child} WHERE {link} = ? AND deleted_at >= ?", (record_id, after)
        ).all():
            if str(child_id) not in into.get(child, set()):
                _collect(session, child, str(child_id), since, into)


def _drop_orphans(session: Session, wanted: dict[str, set[str]]) -> None:
    """Leave in the trash a child whose other parent stays deleted (and, again, its own)."""
    conn = session.connection()
    changed = True
    while changed:
        changed = False
        for table, ids in wanted.items():
            for link, parent in parents_of(table):
                for record_id in list(ids):
                    (parent_id,) = run(
                        conn, f"SELECT {link} FROM {table} WHERE id = ?", (record_id,)
                    ).one()
                    if parent_id is None or str(parent_id) in wanted.get(parent, set()):
                        continue
                    alive = run(
                        conn,
                        f"SELECT 1 FROM {parent} WHERE id = ? AND deleted_at IS NULL",
                        (parent_id,),
                    ).first()
                    if alive is None:
                        ids.discard(record_id)
                        changed = True


def _boss_alive(session: Session, contact_id: str) -> None:
    """A contact back from the trash reports to nobody when their boss is gone meanwhile."""
    row = session.get(Contact, contact_id)
    if row is not None and row.reports_to_id is not None:
        boss = session.get(Contact, row.reports_to_id)
        if boss is None or boss.deleted_at is not None:
            row.reports_to_id = None
