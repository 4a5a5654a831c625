"""`kamdesk export | import | conflicts | resolve`: sync between laptops from the command line.

Exit 0 on success (also when an import found conflicts); 2 when a file or a passphrase is
refused, and then nothing was written. Read-only commands (`conflicts`, `import --dry-run`)
never fork a replica nor write a byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.cli.output import bulk_stdout, write_json
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _, ngettext
from kamdesk.paths import AppPaths

if TYPE_CHECKING:
    from kamdesk.services.sync.importer import ImportSummary


def run_sync(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.capture import install

    install()
    global _PATHS
    _PATHS = AppPaths.default(getattr(args, "data_dir", None))
    if args.command == "export":
        return cmd_export(args)
    if args.command == "import":
        return cmd_import(args)
    if args.command == "sync":
        from kamdesk.cli.server_sync import cmd_sync_server

        return cmd_sync_server(args, _open)
    if args.command == "conflicts":
        return cmd_conflicts(args.db, as_json=args.json)
    return cmd_resolve(args.db, args.conflict, take=args.take, value=args.value)


_PATHS: AppPaths | None = None


def _paths() -> AppPaths:
    return _PATHS or AppPaths.default()


def _progress(what: str):  # type: ignore[no-untyped-def]
    """Records done so far, on one rewritten line of a terminal (nothing when piped)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total:
            said = ngettext("{what} {done} of {n} record", "{what} {done} of {n} records", total)
        else:
            said = ngettext("{what} {done} record", "{what} {done} records", done)
        sys.stderr.write("\r  " + said.format(what=what, done=done, n=total) + "   ")
        sys.stderr.flush()

    return show


def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            _("Cannot read the passphrase file {path}: {reason}").format(path=path, reason=exc)
        ) from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(_("The passphrase file {path} is empty.").format(path=path))
    return passphrase


def _open(path: Path):  # type: ignore[no-untyped-def]
    from kamdesk.db import open_database
    from kamdesk.services.replica import open_replica

    db = open_database(path)
    with db.unit_of_work() as session:
        open_replica(session, path, _paths().replica_registry)
    return db


def cmd_export(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.files import export_file

    if not args.db.exists():
        raise StorageError(_("{path} does not exist.").format(path=args.db))
    passphrase = read_passphrase(args.passphrase_file)
    clear = bool(getattr(args, "no_encryption", False))
    if passphrase is None and not clear:
        raise UserError(_("Give --passphrase-file F (the team's passphrase), or --no-encryption."))
    db = _open(args.db)
    try:
        result = export_file(
            db, args.out, peer=args.peer, full=args.full, passphrase=passphrase,
            encrypt=not clear, progress=_progress(_("exported")),
        )  # fmt: skip
    finally:
        db.close()
    if result.peer:
        said = ngettext(
            "exported {n} record ({kind}) for {peer} to {path}",
            "exported {n} records ({kind}) for {peer} to {path}",
            result.total,
        )
    else:
        said = ngettext(
            "exported {n} record ({kind}) to {path}",
            "exported {n} records ({kind}) to {path}",
            result.total,
        )
    print(said.format(n=result.total, kind=result.kind, peer=result.peer, path=result.path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.files import import_file

    if not args.file.is_file():
        raise UserError(_("{path} is not a file.").format(path=args.file))
    passphrase = read_passphrase(args.passphrase_file)
    if args.dry_run:
        summary = _dry_run(args.db, args.file, passphrase)
    else:
        db = _open(args.db)
        try:
            summary = import_file(
                db, args.file, passphrase=passphrase,
                backups=db.backups_folder, progress=_progress(_("merged")),
            )  # fmt: skip
        finally:
            db.close()
    print_summary(summary, as_json=args.json, dry_run=args.dry_run)
    return 0


def print_summary(summary: ImportSummary, *, as_json: bool, dry_run: bool = False) -> None:
    """An import's summary as `kamdesk import` (and `kamdesk server import`) print it."""
    if as_json:
        print(json.dumps(summary.as_json(), sort_keys=True))
        return
    for title, counts in ((_("added"), summary.added), (_("changed"), summary.changed),
                          (_("deleted"), summary.deleted)):  # fmt: skip
        for entity, n in sorted(counts.items()):
            print(f"{title:8} {entity:20} {n}")
    if summary.nothing:
        print(_("nothing new in this file"))
    print(_("conflicts open: {n}").format(n=summary.conflicts))
    if dry_run:
        print(_("dry run: nothing was written"))


def _dry_run(path: Path, file: Path, passphrase: str | None):  # type: ignore[no-untyped-def]
    """The import on a throw-away copy: the file itself is never opened for writing."""
    import tempfile

    from kamdesk.db import open_database
    from kamdesk.services.sync.files import import_file

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "preview.sqlite"
        if path.exists():
            _copy_database(path, copy)
        db = open_database(copy, backups=Path(tmp) / "backups")
        try:
            return import_file(db, file, passphrase=passphrase, dry_run=True)
        finally:
            db.close()


def _copy_database(path: Path, copy: Path) -> None:
    import sqlite3

    from kamdesk.db.cipher import is_encrypted

    if is_encrypted(path):  # the copy is encrypted with the same passphrase
        from kamdesk.db.backups import copy_encrypted
        from kamdesk.db.cipher import connect_keyed, key_for

        keyed = connect_keyed(str(path), key_for(path) or "", path=path)
        try:
            copy_encrypted(keyed, copy)
        finally:
            keyed.close()
        return
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def cmd_conflicts(path: Path, *, as_json: bool) -> int:
    from kamdesk.db import open_database
    from kamdesk.services.sync.conflicts import open_conflicts

    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    db = open_database(path, readonly=True)
    try:
        with db.reading() as session:
            found = [c.as_json() for c in open_conflicts(session)]
    finally:
        db.close()
    with bulk_stdout() as out:
        if as_json:
            write_json(found, out)
            return 0
        if not found:
            out.write(_("no open conflicts") + "\n")
        for c in found:
            field = c["field"] or _("(record)")
            out.write(f"{c['id'][:12]}  {c['entity']} {c['record_id']} {field}: "
                      f"{c['winner']!r} (shown) / {c['other']!r}\n")  # fmt: skip
    return 0


def cmd_resolve(path: Path, conflict: str, *, take: str | None, value: str | None) -> int:
    from kamdesk.services.sync.resolve import resolve

    if not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    db = _open(path)
    try:
        with db.unit_of_work() as session:
            text = resolve(session, conflict, take=take, value=value)
    finally:
        db.close()
    print(text)
    return 0
