"""A damaged database file on the command line: refused before a read-only command trusts it,
and named with the newest backup to restore when `check` finds it damaged (#15)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kamdesk.errors import DamagedFile, StorageError, WrongPassphrase
from kamdesk.messages import _
from kamdesk.paths import AppPaths

# quick_check reads every page: about 0.02 s on the 40-client demo but ~20 s on a 2 GB file
# (10 000 clients). Above this size a read-only command relies on SQLite's own errors instead
# (main() turns them into the same message); `check` always looks at every page.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


# commands that only read the file named by --db: a file they cannot trust is refused first
READ_ONLY_COMMANDS = frozenset({"check", "list", "digest", "report", "document"})


def refuse_untrusted(args: argparse.Namespace) -> None:
    """Before a read-only command runs: StorageError for a file it must not read."""
    if args.command in READ_ONLY_COMMANDS and getattr(args, "db", None):
        # check lists the damage; check --repair would write into it: refused
        look = args.command != "check" or args.repair
        try:
            refuse_unreadable(args.db, look=look)
        except DamagedFile:
            if look:
                raise
            # check: an SQLite file cut short is a problem it lists (report_unopenable)


def report_unopenable(path: Path, exc: DamagedFile) -> int:
    """`check` on an SQLite file too damaged (or cut too short) to open: the damage as a
    problem line and the newest backup to restore, exit code 1, as for damage found inside.
    A file that is not SQLite's at all is no DamagedFile: refused, exit code 2."""
    from kamdesk.services.check import DAMAGED

    print(f"{DAMAGED}: {exc.detail or exc}")
    print(f"{DAMAGED}: {restore_hint(path)}")
    return 1


def database_error(exc: Exception, args: argparse.Namespace) -> int:
    """An SQLite error no command turned into a message (a damaged page, say) as one, exit
    code 2; any other exception is raised again."""
    from kamdesk.db.cipher import database_errors

    if not isinstance(getattr(exc, "orig", exc), database_errors()):
        raise exc  # SQLAlchemy's DBAPIError keeps SQLite's own as .orig
    from kamdesk.db import translate

    path = getattr(args, "db", None) or AppPaths.default().database
    print(f"kamdesk: {translate(exc, path)}", file=sys.stderr)
    return 2


def backups_folder_of(path: Path) -> Path:
    """The file's backups: the app's own for its database, else `backups/` beside it."""
    app = AppPaths.default()
    mine = path.resolve() == app.database.resolve()
    return app.backups if mine else path.parent / "backups"  # as Database.back_up writes


def newest_backup(path: Path) -> Path | None:
    """The newest verified backup beside the file (`backups/`) or in the app's backups."""
    from kamdesk.db.backups import list_backups

    found = list_backups(backups_folder_of(path))  # newest first
    return found[0].path if found else None


def restore_hint(path: Path) -> str:
    newest = newest_backup(path)
    if newest:
        return _("restore it from the newest backup: {backup} (kamdesk check --help)").format(
            backup=newest
        )
    return _(
        "restore it from the newest backup (none was found in its backups folder) "
        "(kamdesk check --help)"
    )


def damage_message(path: Path, detail: str) -> str:
    return _("the file is damaged: {path} ({detail}); {hint}").format(
        path=path, detail=detail, hint=restore_hint(path)
    )


def refuse_unreadable(path: Path, *, look: bool = True) -> None:
    """StorageError for a file a read-only command must not trust: not an SQLite file,
    empty, or (with `look`, when small enough to read every page quickly) one SQLite's
    quick_check finds damaged."""
    from kamdesk.db import inspect_file

    if not path.is_file():
        return  # open_database says what is wrong with it
    inspect_file(path)  # refuses a file that is not SQLite's, or is cut short
    size = path.stat().st_size
    if size == 0:
        raise StorageError(
            _(
                "{path} is empty: it is not a kamdesk database. Nothing was changed. Choose "
                "another file or start a new database."
            ).format(path=path)
        )
    if not look or size > QUICK_CHECK_MAX_BYTES:
        return
    from kamdesk.db.cipher import database_errors
    from kamdesk.db.health import quick_check_problems
    from kamdesk.db.readonly import connect_read_only

    try:
        # as a read-only command opens it: no -wal/-shm left behind, immutable on read-only media
        conn = connect_read_only(path)
        try:
            said = quick_check_problems(conn, 3)
        finally:
            conn.close()
    except WrongPassphrase as exc:  # or a damaged first page (fixenc, #15 finding 8)
        raise _wrong_or_damaged(path, exc) from exc
    except database_errors() as exc:
        raise StorageError(damage_message(path, str(exc))) from exc
    if said:
        raise StorageError(damage_message(path, "; ".join(said[:3])))


def _wrong_or_damaged(path: Path, exc: WrongPassphrase) -> StorageError:
    """A wrong passphrase, or (when it opens the newest backup) a damaged file, named with
    the backup to restore."""
    from kamdesk.db.cipher import key_for
    from kamdesk.db.keycheck import wrong_or_damaged

    found = wrong_or_damaged(path, key_for(path) or "", backups_folder_of(path), exc)
    if isinstance(found, DamagedFile):
        return StorageError(damage_message(path, found.detail))
    return found
