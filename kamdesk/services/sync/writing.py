"""Writing merged records into their tables: a row shows its state's winning values and is a
tombstone when its state is deleted. Also: the parents an import's records link to (noted for
revivals.py, which settles parents brought back by children) and the cascade of a delete made
here. Twins, two live records with one unique key, are twins.py's.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from kamdesk.domain.client import kam_name_key
from kamdesk.domain.merge import MergeRules, RecordState, Value
from kamdesk.domain.text import sort_key
from kamdesk.messages import _
from kamdesk.models.base import SortKey
from kamdesk.services.check import PARENTS
from kamdesk.services.sync.store import now_text, time_text
from kamdesk.services.sync.tables import Entity, children_of, entities, parents_of, rules_for
from kamdesk.sync.bundle import BundleError


def deleted_at_of(state: RecordState) -> str:
    """The moment of the last delete, from its stamp: the same text on every laptop."""
    from datetime import UTC, datetime

    if not state.tombstones:  # live, held out of sight (a twin): the row's moment is its own
        return now_text()
    last = max(state.tombstones, key=lambda t: t.stamp)
    moment = datetime.fromtimestamp(max(0, last.stamp.wall_ms) / 1000, UTC)
    return time_text(moment)


# values a row keeps that are made here from other fields
DERIVED: dict[str, dict[str, Any]] = {
    "client": {"name_key": lambda v: sort_key(v.get("name") or "")},
    "kam": {"name_key": lambda v: kam_name_key(v.get("name") or "")},
}


def write_row(
    session: Session,
    entity: Entity,
    state: RecordState,
    blobs: Mapping[str, bytes],
    *,
    live: bool | None = None,
) -> None:
    """Insert or update the row of `state`; `live` overrides the state's own view."""
    now = now_text()
    values = row_values(entity, state, blobs, rules_for(session), live=live, now=now)
    params = {"id": state.record_id, **values, "updated_at": now, "revision": 1}
    session.connection().execute(upsert_sql(entity.name, tuple(values)), params)


def row_values(
    entity: Entity,
    state: RecordState,
    blobs: Mapping[str, bytes],
    rules: MergeRules,
    *,
    live: bool | None,
    now: str = "",
) -> dict[str, Any]:
    """The columns a row of `state` is written with (without id, updated_at and revision)."""
    values: dict[str, Any] = {}
    for name, value in rules.values(state).items():
        if name not in entity.fields:
            continue
        if value is None:
            values[name] = None
        elif name in entity.blobs:
            values[name] = _blob(blobs, value)
        elif name in entity.bools:
            values[name] = bool(value)  # PostgreSQL's booleans take no 0/1 (SQLite keeps 1)
        else:
            values[name] = value
    for name, derive in DERIVED.get(entity.name, {}).items():
        values[name] = derive(values)
    is_live = (not state.deleted) if live is None else live
    # a twin held back has no delete of its own: it is out of sight from now, as in settle_twins
    values["deleted_at"] = (
        None if is_live else deleted_at_of(state) if state.tombstones else now or now_text()
    )
    return values


@functools.cache
def upsert_sql(table: str, names: tuple[str, ...]) -> TextClause:
    """Insert a row (id, *names, updated_at, revision), or update the one with its id; the
    binds are named as the columns."""
    columns = ["id", *names, "updated_at", "revision"]
    marks = ", ".join(f":{c}" for c in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in names)
    # a sort key's NUL separator is U+0001 on the server (models.base.SortKey): bound by its type
    own = entities()[table].table.columns
    typed = [bindparam(c, type_=own[c].type) for c in names if isinstance(own[c].type, SortKey)]
    return text(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = excluded.updated_at, "
        f"revision = {table}.revision + 1"
    ).bindparams(*typed)


def _blob(blobs: Mapping[str, bytes], ref: Value) -> bytes:
    data = blobs.get(str(ref))
    if data is None:
        raise BundleError(_("The sync file refers to a file (a logo or a PDF) it does not hold."))

    return data


def unhold(session: Session, entity: str, record_id: str) -> None:
    session.connection().execute(UNHOLD, {"e": entity, "r": record_id})


UNHOLD = text("DELETE FROM sync_held WHERE entity = :e AND record_id = :r")


class Revivals:
    """The live records merged by an import that link to parents, noted as they are written
    (in a temporary table: a full import merges millions), so that at the end the parents that
    are deleted or kept in sight by a child are settled again (revivals.reevaluate)."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        # unqualified: SQLite looks in temp first, PostgreSQL in the session's pg_temp
        self.conn.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS sync_revive(id BIGINT PRIMARY KEY, entity TEXT, "
            "record_id TEXT, link TEXT, parent TEXT, parent_id TEXT)"
        )
        self.conn.exec_driver_sql("DELETE FROM sync_revive")
        self.count = 0

    def note(self, states: Sequence[RecordState]) -> None:
        rows = []
        for state in states:
            self.count += 1
            for i, (link, parent) in enumerate(parents_of(state.entity)):
                if link in state.fields and (parent_id := state.value(link)) is not None:
                    rows.append({
                        "i": self.count * 8 + i, "e": state.entity, "r": state.record_id,
                        "l": link, "p": parent, "pi": str(parent_id),
                    })  # fmt: skip
        if rows:
            self.conn.execute(
                text("INSERT INTO sync_revive VALUES (:i, :e, :r, :l, :p, :pi)"), rows
            )

    def parents(self) -> set[tuple[str, str]]:
        """The parents noted records link to that are deleted or kept in sight now."""
        found: set[tuple[str, str]] = set()
        for parent in sorted({p for _child, _link, p in PARENTS}):
            rows = self.conn.execute(
                text(
                    f"SELECT DISTINCT r.parent_id FROM sync_revive r JOIN {parent} p "
                    "ON p.id = r.parent_id WHERE r.parent = :p AND (p.deleted_at IS NOT NULL "
                    "OR p.id IN (SELECT record_id FROM sync_held WHERE entity = :p "
                    "AND reason = 'revived'))"
                ),
                {"p": parent},
            )
            found.update((parent, str(r[0])) for r in rows)
        self.conn.exec_driver_sql("DELETE FROM sync_revive")
        return found


def cascade_deletes(session: Session, states: list[RecordState]) -> None:
    """Tombstone the live children of records just deleted here, records never changed (an
    invoice, a payment) included: they go with what they belong to. The writes are noted for
    capture, which cascades further."""
    conn = session.connection()
    now = now_text()
    for state in states:
        for child, link in children_of(state.entity):
            conn.execute(
                text(
                    f"UPDATE {child} SET deleted_at = :now "
                    f"WHERE {link} = :id AND deleted_at IS NULL"
                ),
                {"now": now, "id": state.record_id},
            )
