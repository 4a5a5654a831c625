"""Laptops for sync tests: real database files, each with its own identity, exchanging files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kamdesk.db import Database, open_database
from kamdesk.services.digest import digest, from_records
from kamdesk.services.replica import open_replica, rename_replica
from kamdesk.services.sync.conflicts import OpenConflict, open_conflicts
from kamdesk.services.sync.export import ExportResult
from kamdesk.services.sync.files import export_file, import_file
from kamdesk.services.sync.importer import ImportSummary

T = TypeVar("T")


@dataclass
class Laptop:
    name: str
    db: Database
    folder: Path

    @classmethod
    def new(cls, folder: Path, name: str, template: Path | None = None) -> Laptop:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.sqlite"
        if template is not None:
            shutil.copyfile(template, path)
        db = open_database(path, backups=folder / "backups")
        with db.unit_of_work() as s:
            open_replica(s, path, folder / "registry.json")
            rename_replica(s, name)
        return cls(name, db, folder)

    def do(self, work: Callable[[Session], T]) -> T:
        with self.db.unit_of_work() as s:
            return work(s)

    def read(self, work: Callable[[Session], T]) -> T:
        with self.db.reading() as s:
            return work(s)

    def export(self, peer: str | None = None, *, full: bool = False, tag: str = "") -> Path:
        out = self.folder / f"{self.name}-to-{peer or 'all'}{tag}.kamsync"
        self.last_export = export_file(self.db, out, peer=peer, full=full, encrypt=False)
        return out

    last_export: ExportResult | None = None

    def take(self, path: Path, **options: Any) -> ImportSummary:
        return import_file(self.db, path, **options)

    def digest(self) -> list[str]:
        """The digest lines, from the kept tallies; they must be what the records give."""
        with self.db.engine.connect() as conn:
            lines = [d.line() for d in digest(conn)]
            assert lines == [d.line() for d in from_records(conn)], self.name
            return lines

    def conflicts(self) -> list[OpenConflict]:
        return self.read(open_conflicts)

    def close(self) -> None:
        self.db.close()


def exchange(a: Laptop, b: Laptop) -> None:
    """a sends to b, b sends back to a (each by name once it has heard from the other)."""
    b.take(a.export(b.name))
    a.take(b.export(a.name))
