"""Export to and import from a file: what the Sync section and the command line call.

An import backs the database up first, reads and merges the whole bundle in one transaction,
and commits only when the file was read to its end and every check held: a refused, damaged or
cancelled file writes nothing. A preview (`dry_run`) does the same and rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kamdesk.db import Database, backup_file
from kamdesk.services.sync.export import ExportResult, export_bundle
from kamdesk.services.sync.importer import ImportSummary, apply_bundle
from kamdesk.sync.bundle import open_bundle

Progress = Callable[[int, int], None]


def export_file(
    db: Database,
    out: Path,
    *,
    peer: str | None = None,
    full: bool = False,
    passphrase: str | None = None,
    encrypt: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    with db.unit_of_work() as session:
        return export_bundle(
            session, out, peer=peer, full=full, passphrase=passphrase, encrypt=encrypt,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip


def import_file(
    db: Database,
    path: Path,
    *,
    passphrase: str | None = None,
    dry_run: bool = False,
    backups: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Merge the sync file at `path` (or, with `dry_run`, say what that would do)."""
    with open_bundle(path, passphrase, allow_unencrypted=passphrase is None) as bundle:
        if not dry_run and backups is not None:
            backup_file(db.engine, backups)
        session = db.sessions()
        try:
            summary = apply_bundle(
                session, iter(bundle), bundle.header, file_name=path.name,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
            if dry_run:
                session.rollback()
            else:
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
    return summary
