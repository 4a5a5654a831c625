"""Stranded edits (docs/team-server.md 4.3): what a laptop pushes that its login may not write,
kept whole on the server for a manager instead of failing the exchange.

A KAM's offline edit to a client the manager has since taken from them outright, or a KAM's
edit to a shared record (the catalogue, prices, people: managers only), would make row-level
security refuse the whole push, every time, until a manager acted: the laptop stuck. Instead
the push asks the server first who is calling (`kamdesk.current_kam()`, `is_manager()`, the
visible clients) and splits the records *before* merging: those the login may not write go into
the server-only table `stranded` (kamdesk.db.stranded) as the laptop's whole encoded states, the
rest merge as always.

The server's version vector still takes the laptop's whole vector: the stranded events are held
too (in `stranded`), so the server claims nothing it lacks, the laptop is not asked for them
again, and the next exchange is clean. Such an event reaches the other laptops only if a manager
applies it (services.server.settle), which merges it and adds an event of the server's own, so
that laptops whose vectors already claim the stranded event are still sent the result.

Which client a record belongs to is read on the laptop (the state's values, a child's parent's
row), as scope.py knows it: the server cannot tell for a record it does not hold. A client the
server does not hold yet is a new one, the KAM's to create (`kamdesk.client_is_new`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.db.policies import BY_CLIENT, CLIENT_ASSIGNMENT, KAM, KAM_WRITES_SHARED, SHARED
from kamdesk.db.policies import THROUGH_PARENT as PARENT_OF
from kamdesk.services.sync.export import Plan, bundle_items
from kamdesk.services.sync.store import Local
from kamdesk.services.sync.tables import entities
from kamdesk.sync import codec
from kamdesk.sync.bundle import BundleBlob, BundleRecord

MANAGERS_ONLY = frozenset(SHARED) - KAM_WRITES_SHARED | {"promotion_client"}


@dataclass(frozen=True)
class Caller:
    """The server's login as the split needs it; None from `caller` for one that may write
    anything its role allows without a split (the administrator, head office)."""

    kam_id: str
    manager: bool
    visible: frozenset[str]


def caller(server: Session) -> Caller | None:
    """Who is pushing, asked of the server (its functions answer for the login)."""
    conn = server.connection()
    if conn.dialect.name != "postgresql":
        return None
    if conn.exec_driver_sql("SELECT to_regproc('kamdesk.visible_clients')").scalar() is None:
        return None  # a server without kamdesk's access rules: one role writes everything
    member, everything, manager, kam_id = conn.execute(
        text(
            f"SELECT pg_has_role(kamdesk.caller(), '{KAM}', 'member'), kamdesk.sees_all(), "
            "kamdesk.is_manager(), kamdesk.current_kam()"
        )
    ).one()
    if not member or everything or kam_id is None:
        return None
    visible = conn.exec_driver_sql("SELECT unnest(kamdesk.visible_clients())").scalars()
    return Caller(str(kam_id), bool(manager), frozenset(str(c) for c in visible))


@dataclass
class Held:
    """One record's state kept apart: its entity, id, client (None: shared), state, blobs."""

    entity: str
    record_id: str
    client_id: str | None
    state: dict[str, Any]
    blobs: dict[str, str] = field(default_factory=dict)  # ref -> hex


class Gate:
    """Splits a push's records: `passed` yields what the login may write; the rest is held in
    `held` for `keep` to write into `stranded` once the push has merged."""

    def __init__(self, laptop: Session, server: Session, who: Caller, local: Local) -> None:
        self.laptop = laptop
        self.local = local
        self.server = server
        self.who = who
        self.held: list[Held] = []
        self._new: dict[str, bool] = {}  # client id -> not on the server yet (asked once)
        self._owners: dict[tuple[str, str], str | None] = {}
        self._missing: set[tuple[str, str]] = set()  # held records the server does not hold
        self._blobs: dict[str, bytes] = {}
        self._early: set[str] = set()  # assignments sent ahead of their new client

    def passed(
        self, items: Iterator[BundleRecord | BundleBlob]
    ) -> Iterator[BundleRecord | BundleBlob]:
        for item in items:
            if isinstance(item, BundleBlob):  # passed on (another record may name it), kept
                self._blobs[codec.BLOB_PREFIX + item.sha256] = item.data
                yield item
                continue
            held = self._strand(item.entity, item.data)
            if held is None:
                if item.entity == "client" and item.data["id"] not in self.who.visible:
                    yield from self._assignments_of(str(item.data["id"]))
                if item.entity != CLIENT_ASSIGNMENT or item.data["id"] not in self._early:
                    yield item
                continue
            self.held.append(held)
            if not self._on_server(item.entity, held.record_id):
                self._missing.add((item.entity, held.record_id))

    def _assignments_of(self, client: str) -> Iterator[BundleRecord | BundleBlob]:
        """A new client's assignments, sent before it: row-level security lets a KAM write a
        client once it is assigned to them, and an assignment only of a client the server does
        not hold yet (docs/team-server.md 3.4, "A new client"); its foreign key is checked at
        the commit. Each is then left out where the push brings it."""
        ids = [
            str(r)
            for r, kam in self.laptop.connection().execute(
                text(f"SELECT id, kam_id FROM {CLIENT_ASSIGNMENT} WHERE client_id = :c"),
                {"c": client},
            )
            if self.who.manager or kam == self.who.kam_id  # a co-KAM's: held, in its turn
        ]
        self._early.update(ids)
        plan: Plan = [(entities()[CLIENT_ASSIGNMENT], ids)] if ids else []
        yield from bundle_items(self.laptop, self.local, plan)

    def _strand(self, entity: str, data: dict[str, Any]) -> Held | None:
        """The record kept apart, or None when the login may write it."""
        values: dict[str, Any] = data.get("v") or {}
        record_id = str(data["id"])
        if self._links_missing(entity, values):  # its parent is held: so is it
            return self._held(entity, record_id, self._client_of(entity, record_id, values), data)
        if entity in MANAGERS_ONLY:
            if self.who.manager:
                return None
            return self._held(entity, record_id, None, data)
        if entity not in BY_CLIENT and entity not in PARENT_OF and entity != CLIENT_ASSIGNMENT:
            return None  # not scoped by client: the server's rules decide
        client = self._client_of(entity, record_id, values)
        mine = values.get("kam_id") == self.who.kam_id
        if entity == CLIENT_ASSIGNMENT and not (self.who.manager or mine):
            return self._held(entity, record_id, client, data)  # a colleague's: the manager's
        if client is None:
            if self._unowned_allowed(entity, values):
                return None
            return self._held(entity, record_id, None, data)
        if client in self.who.visible or self._is_new(client):
            return None
        return self._held(entity, record_id, client, data)

    def _held(self, entity: str, record_id: str, client: str | None, data: dict[str, Any]) -> Held:
        names = entities()[entity].blobs if entity in entities() else frozenset()
        values: dict[str, Any] = data.get("v") or {}
        blobs = {
            ref: self._blobs[ref].hex()
            for ref in (values.get(n) for n in names)
            if isinstance(ref, str) and ref in self._blobs
        }
        return Held(entity, record_id, client, data, blobs)

    def _unowned_allowed(self, entity: str, values: dict[str, Any]) -> bool:
        """A scoped record without a client: an activity of the caller's own (a training: a
        manager's too, RLS admits no other's) or, for a manager, the new-clients plan; a child
        whose parent is not found here is left to the server's rules."""
        if entity == "activity":
            return values.get("kam_id") == self.who.kam_id
        if entity == "sales_plan":
            return self.who.manager
        return entity in PARENT_OF

    def _client_of(self, entity: str, record_id: str, values: dict[str, Any]) -> str | None:
        if entity == "client":
            return record_id
        if entity in BY_CLIENT or entity == CLIENT_ASSIGNMENT:
            found = values.get("client_id")
            return None if found is None else str(found)
        if entity in PARENT_OF:
            link, parent = PARENT_OF[entity]
            parent_id = values.get(link)
            return None if parent_id is None else self._owner(parent, str(parent_id))
        return None

    def _owner(self, parent: str, parent_id: str) -> str | None:
        """The client of a parent record as this laptop holds it (its row, live or not)."""
        key = (parent, parent_id)
        if key not in self._owners:
            column = BY_CLIENT[parent]
            found = (
                self.laptop.connection()
                .execute(text(f"SELECT {column} FROM {parent} WHERE id = :id"), {"id": parent_id})
                .scalar()
            )
            self._owners[key] = None if found is None else str(found)
        return self._owners[key]

    def _is_new(self, client: str) -> bool:
        """Not on the server at all (asked before any record of it is written there)."""
        if client not in self._new:
            self._new[client] = bool(
                self.server.execute(
                    text("SELECT kamdesk.client_is_new(:c)"), {"c": client}
                ).scalar()
            )
        return self._new[client]

    def _links_missing(self, entity: str, values: dict[str, Any]) -> bool:
        """Whether the record names a held record the server does not hold (a new product kept
        apart, an order line of it): merged, it would break the server's foreign keys."""
        if not self._missing or entity not in entities():
            return False
        for key in entities()[entity].table.foreign_keys:
            target = key.column.table.name
            value = values.get(key.parent.name)
            if value is not None and (target, str(value)) in self._missing:
                return True
        return False

    def _on_server(self, entity: str, record_id: str) -> bool:
        """Whether the server holds the record, whether or not this login may see it."""
        if entity not in BY_CLIENT and entity not in PARENT_OF and entity != CLIENT_ASSIGNMENT:
            found = self.server.execute(
                text(f"SELECT 1 FROM {entity} WHERE id = :id"), {"id": record_id}
            ).first()
            return found is not None
        owner = self.server.execute(
            text("SELECT kamdesk.owner_of(:e, :r)"), {"e": entity, "r": record_id}
        ).scalar()
        return owner != "?"

    def keep(self, replica_id: str) -> int:
        """Write the held states into `stranded` (once: the same state from the same laptop is
        not kept twice); returns how many records were held."""
        if not self.held:
            return 0
        self.server.execute(
            text(
                "INSERT INTO stranded(id, replica_id, kam_id, entity, record_id, client_id, "
                "state, blobs) SELECT CAST(:id AS varchar), CAST(:replica AS varchar), "
                "CAST(:kam AS varchar), CAST(:e AS varchar), CAST(:r AS varchar), "
                "CAST(:c AS varchar), CAST(:s AS jsonb), CAST(:b AS jsonb) WHERE NOT EXISTS "
                "(SELECT 1 FROM stranded WHERE replica_id = :replica AND entity = :e "
                "AND record_id = :r AND state = CAST(:s AS jsonb))"
            ),
            [
                {
                    "id": str(uuid.uuid4()),
                    "replica": replica_id,
                    "kam": self.who.kam_id,
                    "e": h.entity,
                    "r": h.record_id,
                    "c": h.client_id,
                    "s": json.dumps(h.state, ensure_ascii=False, separators=(",", ":")),
                    "b": json.dumps(h.blobs),
                }
                for h in self.held
            ],
        )
        return len(self.held)


def gate_for(laptop: Session, server: Session, local: Local) -> Gate | None:
    """The push's gate, or None when the login may push everything its role allows."""
    who = caller(server)
    return None if who is None else Gate(laptop, server, who, local)
