"""Laptops for the proofs (state machine, fuzz, crash): real database files, each with its own
replica identity, driven through the services (capture by triggers, export and import of clear
bundles). tests/sync/laptops.py is the lighter kind the other sync tests use."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import event

from kamdesk.db import Database, open_database
from kamdesk.models import Client, Contact
from kamdesk.services.check import check
from kamdesk.services.clients.assignments import assign_kams
from kamdesk.services.clients.dossier import delete_client
from kamdesk.services.digest import digest, from_records
from kamdesk.services.replica import open_replica
from kamdesk.services.sync import files
from kamdesk.services.sync.conflicts import OpenConflict, open_conflicts
from kamdesk.services.sync.importer import ImportSummary
from kamdesk.services.sync.resolve import resolve

CLIENT_FIELDS = ("name", "city", "phone", "credit_limit")


KAM = "Kovács Anna"


class Laptop:
    """One KAM's database file, opened once with its own identity."""

    def __init__(
        self, folder: Path, name: str, template: Path, registry: Path, *, durable: bool = False
    ) -> None:
        self.name = name
        self.path = folder / f"{name}.sqlite"
        shutil.copyfile(template, self.path)
        self.db: Database = open_database(self.path)
        if not durable:  # a test's throw-away file need not wait for the disk
            event.listen(self.db.engine, "connect", _no_sync)
            self.db.engine.dispose()
        with self.db.unit_of_work() as session:
            self.replica = open_replica(session, self.path, registry, name=name).id
        self.exports = 0

    def close(self) -> None:
        self.db.close()

    # --- writes, as the app makes them -------------------------------------------------

    def create_client(self, values: dict[str, Any]) -> str:
        with self.db.unit_of_work() as session:
            client = Client(currency="EUR", **values)
            session.add(client)
            session.flush()
            assign_kams(session, client.id, [KAM])  # every client has its KAM (kamdesk check)
            return client.id

    def edit_client(self, client_id: str, values: dict[str, Any]) -> None:
        with self.db.unit_of_work() as session:
            client = session.get(Client, client_id)
            assert client is not None and client.deleted_at is None
            for name, value in values.items():
                setattr(client, name, value)

    def delete_client(self, client_id: str) -> None:
        with self.db.unit_of_work() as session:
            delete_client(session, client_id)

    def add_contact(self, client_id: str, full_name: str) -> str:
        with self.db.unit_of_work() as session:
            contact = Contact(client_id=client_id, full_name=full_name)
            session.add(contact)
            session.flush()
            return contact.id

    def resolve(self, conflict_id: str, take: str) -> str:
        with self.db.unit_of_work() as session:
            return resolve(session, conflict_id, take=take)

    # --- reads ---------------------------------------------------------------------------

    def raw(self, table: str, record_id: str, columns: tuple[str, ...]) -> dict[str, Any] | None:
        """The stored values of a row (as sync sees them) and `deleted_at`, None if absent."""
        with self.db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)}, deleted_at FROM {table} WHERE id = ?", (record_id,)
            ).first()
        return None if row is None else dict(zip((*columns, "deleted_at"), row, strict=True))

    def is_live(self, table: str, record_id: str) -> bool:
        row = self.raw(table, record_id, ("id",))
        return row is not None and row["deleted_at"] is None

    def digest(self) -> list[str]:
        """The digest lines, from the kept tallies; they must be what the records give."""
        with self.db.engine.connect() as conn:
            lines = [d.line() for d in digest(conn)]
            assert lines == [d.line() for d in from_records(conn)], self.name
            return lines

    def check(self) -> list[str]:
        with self.db.engine.connect() as conn:
            return check(conn)

    def conflicts(self) -> list[OpenConflict]:
        with self.db.reading() as session:
            return open_conflicts(session)

    # --- files ---------------------------------------------------------------------------

    def export(self, folder: Path, peer: Laptop | None) -> Path:
        """A clear bundle for `peer` (incremental once it has sent us something), else full."""
        self.exports += 1
        to = peer.name if peer else "all"
        out = folder / f"{self.name}-to-{to}-{self.exports}.kamsync"
        files.export_file(self.db, out, peer=peer.name if peer else None, encrypt=False)
        return out

    def import_(self, path: Path) -> ImportSummary:
        return files.import_file(self.db, path)


def _no_sync(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def money(text: str) -> Decimal:
    return Decimal(text).quantize(Decimal("0.01"))
