"""The database: engine, pragmas, units of work, migrations with backup, integrity checks.

SQLite-specific SQL lives here (and in the migrations that call it) so the models stay portable.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from kamdesk.db import rowhash
from kamdesk.db.backups import BACKUPS_KEPT as BACKUPS_KEPT
from kamdesk.db.backups import Progress, aside_path, put_back
from kamdesk.db.backups import backup_file as backup_file
from kamdesk.db.backups import restore_file as restore_file
from kamdesk.db.cipher import SQLITE_HEADER as SQLITE_HEADER
from kamdesk.db.cipher import (
    Passphrase,
    connect_keyed,
    driver,
    hold_for_copies,
    is_encrypted,
    passphrase_of_copy,
    raw_key,
)
from kamdesk.db.cipher import database_errors as database_errors
from kamdesk.db.cipher import key_for as key_for
from kamdesk.db.header import closed, opened, read_start
from kamdesk.db.keycheck import wrong_or_damaged
from kamdesk.db.readonly import connect_read_only as connect_read_only
from kamdesk.db.readonly import open_read_only
from kamdesk.db.revisions import (
    _alembic_config,
    _probe,
    _refuse,
    refuse_newer_or_foreign,
)
from kamdesk.db.revisions import (
    current_revision as current_revision,
)
from kamdesk.db.revisions import (
    head_revision as head_revision,
)
from kamdesk.db.revisions import (
    known_revisions as known_revisions,
)
from kamdesk.db.revisions import (
    newer_message as newer_message,
)
from kamdesk.db.revisions import (
    revision_order as revision_order,
)
from kamdesk.db.revisions import (
    schema_state as schema_state,
)
from kamdesk.db.revisions import (
    script_revisions as script_revisions,
)
from kamdesk.db.search import CLIENT_FTS_COLUMNS as CLIENT_FTS_COLUMNS
from kamdesk.db.search import create_client_search as create_client_search
from kamdesk.db.search import create_contact_search as create_contact_search
from kamdesk.db.search import drop_client_search as drop_client_search
from kamdesk.db.search import drop_contact_search as drop_contact_search
from kamdesk.db.search import is_search_table as is_search_table
from kamdesk.db.triggers import baseline_load as baseline_load
from kamdesk.db.triggers import create_sync_triggers as create_sync_triggers
from kamdesk.db.triggers import drop_sync_triggers as drop_sync_triggers
from kamdesk.db.triggers import sync_triggers_off as sync_triggers_off
from kamdesk.db.triggers import track_table as track_table
from kamdesk.errors import DamagedFile, StorageError, WrongPassphrase, says_damaged
from kamdesk.messages import _
from kamdesk.migrations import HEAD as HEAD
from kamdesk.migrations import REVISIONS as REVISIONS

# An execution option: this connection's transactions only read (Database.reading).
READ_ONLY = "kamdesk_read_only"


def _set_pragmas(dbapi_conn: Any, _record: Any, *, readonly: bool) -> None:
    # Python's sqlite3 would commit around DDL on its own; take transactions in hand (see
    # _begin) so a migration is all or nothing.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    # Whole-table passes (digest, check, reports) read through the index on id: memory-mapped
    # pages and a larger cache spare a system call per page.
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA cache_size=-65536")
    if not readonly:
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def inspect_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a whole SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise StorageError(_("{path} is a folder, not a kamdesk database.").format(path=path))
    size = path.stat().st_size
    if size == 0:
        return
    header = read_start(path, 100)
    if is_encrypted(path):
        return  # its pages are unreadable without the passphrase (key_for asks for it)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise StorageError(
            _(
                "{path} is not a kamdesk database (it is not an SQLite file). Nothing was "
                "changed. Choose another file or start a new database."
            ).format(path=path)
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header size is valid when the change counters agree (SQLite >= 3.7.0 writes it).
    if header[24:28] == header[92:96] and pages and size < pages * page_size:
        raise DamagedFile(
            f"{path} is truncated: it should hold {pages * page_size} bytes but has {size}. "
            "Nothing was changed. Restore it from a backup.",
            detail=f"the file is cut short: {size} of {pages * page_size} bytes",
        )


def make_engine(path: Path, *, readonly: bool = False, passphrase: str | None = None) -> Engine:
    """An engine on `path`; an encrypted file needs its `passphrase` (or one known for it)."""
    key = key_for(path, passphrase)
    # an encrypted file: sqlcipher3 is the DBAPI (its errors are wrapped as sqlite3's are);
    # its key derived now, before any connection is open (see connect_keyed)
    keyed: dict[str, Any] = {} if key is None else {"module": driver()}
    raw = None if key is None else raw_key(key, path)
    if readonly:
        # a file's pool: for this URL (no file) SQLAlchemy's in-memory one would keep five
        # threads' connections at most, closing others' mid-read as read workers come and go
        opener = lambda: open_read_only(path, key, raw)  # noqa: E731
        engine = create_engine("sqlite://", creator=opener, poolclass=QueuePool, **keyed)
    elif key is not None:
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: connect_keyed(str(path), key, path=path, raw=raw),
            **keyed,
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(
        engine,
        "connect",
        lambda c, r: _set_pragmas(c, r, readonly=readonly),
    )
    event.listen(engine, "begin", _begin_read if readonly else _begin)
    return engine


def _begin(conn: Connection) -> None:
    """SQLAlchemy's pysqlite recipe (the driver's own BEGIN is off, see _set_pragmas), with
    writers taking the write lock at once. A deferred transaction that reads and then writes
    cannot wait for a lock another writer holds (SQLite refuses it at once, "database is
    locked", as waiting could deadlock); BEGIN IMMEDIATE waits up to busy_timeout instead."""
    if conn.get_execution_options().get(READ_ONLY):
        _begin_read(conn)
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_read(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")  # deferred: readers never wait for writers in WAL mode


def read_connection(engine: Engine) -> Connection:
    """A connection whose transactions only read: they never hold the write lock."""
    return engine.connect().execution_options(**{READ_ONLY: True})


def translate(exc: BaseException, path: Path) -> StorageError:
    """Say what a low-level SQLite error means for the user."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "locked" in msg or "busy" in msg:
        return StorageError(
            _("{path} is in use by another program. Close it and try again.").format(path=path)
        )
    if "disk i/o" in msg or "full" in msg:
        return StorageError(
            _("Cannot write {path}: the disk is full or failing.").format(path=path)
        )
    if "readonly" in msg or "read-only" in msg:
        return StorageError(_("{path} is read-only.").format(path=path))
    if says_damaged(msg):
        return DamagedFile(
            f"the file is damaged: {path} ({msg}). Restore it from the newest backup "
            "(kamdesk check --help).",
            detail=msg,
        )
    if "unable to open" in msg:
        return StorageError(_("Cannot open {path}: {msg}.").format(path=path, msg=msg))
    return StorageError(_("Database error on {path}: {msg}").format(path=path, msg=msg))


# Run on the session before each unit of work commits, in its transaction (sync's capture
# registers itself here: kamdesk.services.sync.capture.install).
BEFORE_COMMIT: list[Callable[[Session], None]] = []


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    backups: Path | None = None  # where back_up() writes; beside the file when None
    keep_backups: int = field(default=BACKUPS_KEPT)
    # set when the file is encrypted (kamdesk.db.cipher); backups are then encrypted too
    passphrase: Passphrase | None = field(default=None, repr=False)
    readonly: bool = False
    # cleared while the file is converted (suspend): units of work and reads wait for reopen
    _ready: threading.Event = field(default_factory=threading.Event, repr=False)

    def __post_init__(self) -> None:
        self._ready.set()

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def passphrase_matches(self, text: str) -> bool:
        """Whether `text` is this encrypted database's passphrase (a constant-time compare;
        the idle lock asks for it again). Always False for a plain file."""
        return self.passphrase is not None and self.passphrase.matches(text)

    @functools.cached_property
    def _reader(self) -> Engine:
        return self.engine.execution_options(**{READ_ONLY: True})

    @property
    def backups_folder(self) -> Path:
        return self.backups or self.path.parent / "backups"

    def back_up(self) -> Path:
        """A verified copy of the file in the backups folder (before a bulk import, say);
        StorageError, with nothing changed, when it cannot be made."""
        return backup_file(self.engine, self.backups_folder, keep=self.keep_backups)

    def restore(self, backup: Path, *, progress: Progress | None = None) -> Path:
        """Put `backup` in place of this file and open it (upgraded when older), returning
        where the file it replaced was saved aside. Nothing may be reading or writing. On
        failure the file is as it was (StorageError or OSError). `encrypted` says afterwards
        whether the file restored is (kamdesk.services.backups.restore_backup encrypts a plain
        backup first when this file was encrypted)."""
        aside = aside_path(self.path)
        # an encrypted backup of a database decrypted since opens with the passphrase held
        # for it; a plain one restored onto an encrypted database stays plain (see above)
        passphrase = passphrase_of_copy(backup) or (
            None if self.passphrase is None else self.passphrase.text
        )
        self.engine.dispose()
        restore_file(backup, self.path, aside=aside, progress=progress)
        try:
            fresh = open_database(
                self.path,
                backups=self.backups,
                keep_backups=self.keep_backups,
                passphrase=passphrase,
            )
        except BaseException:
            put_back(aside, self.path)  # the file as it was
            raise
        closed(self.path)  # `fresh` is this Database again: one registration of the file
        old, self.engine, self.sessions = self.engine, fresh.engine, fresh.sessions
        self.passphrase = fresh.passphrase  # the truth about the file restored (#15)
        self.__dict__.pop("_reader", None)  # the cached read-only engine was the old one's
        old.dispose()
        return aside

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: commit on success, roll back on any error."""
        self._ready.wait()
        session = self.sessions()
        try:
            yield session
            for hook in BEFORE_COMMIT:
                hook(session)
            _fold_digest(session)
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            if isinstance(exc, IntegrityError):
                raise  # a broken constraint is a bug to see, not a storage condition
            raise translate(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read: nothing is written; a locked, damaged or missing file is a StorageError.

        Its transaction is deferred: it never takes (or waits for) the write lock."""
        self._ready.wait()
        session = self.sessions(bind=self._reader)
        try:
            yield session
        except DBAPIError as exc:
            raise translate(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if not self.__dict__.get("_closed"):
            self.__dict__["_closed"] = True
            closed(self.path)

    def suspend(self, why: str) -> None:
        """Close the file until reopen() (while it is converted, say): units of work and
        reads wait for it; the engine itself refuses, StorageError(`why`), without touching
        the file."""
        self._ready.clear()
        self._swap(_refusing_engine(why))

    def reopen(self, passphrase: str | None) -> None:
        """Open the file again in place, after it was encrypted, decrypted or given a new
        passphrase (kamdesk.db.encryption): whoever holds this Database keeps using it.
        Whatever waits for it goes on even when this fails (against a refusing engine)."""
        try:
            self.engine.dispose()  # first: key_for reads the file's first bytes (see connect_keyed)
            key = key_for(self.path, passphrase)
            self._swap(make_engine(self.path, readonly=self.readonly, passphrase=key))
            self.passphrase = None if key is None else Passphrase(key)
            if key is not None:
                hold_for_copies(key)
        except BaseException:
            self._swap(_refusing_engine(f"{self.path} could not be opened again."))
            raise
        finally:
            self._ready.set()

    def _swap(self, engine: Engine) -> None:
        self.engine.dispose()
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.__dict__.pop("_reader", None)  # the cached read-only view of the old engine


def _fold_digest(session: Session) -> None:
    """The digest's tallies follow what this unit of work wrote, hooks' writes included
    (kamdesk.db.rowhash); a unit of work that wrote nothing takes no write lock for it. The
    team server keeps no tallies (docs/team-server.md 2.7): nothing to fold there."""
    session.flush()
    if session.in_transaction() and session.connection().dialect.name == "sqlite":
        rowhash.fold(session.connection())


def _refusing_engine(why: str) -> Engine:
    def refuse() -> Any:
        raise StorageError(why)

    return create_engine("sqlite://", creator=refuse)


def open_database(
    path: Path,
    *,
    backups: Path | None = None,
    readonly: bool = False,
    migrate_schema: bool = True,
    keep_backups: int = BACKUPS_KEPT,
    accept_older: bool = False,
    passphrase: str | None = None,
) -> Database:
    """Open (creating if missing) and migrate a kamdesk database; StorageError if unusable.

    Read-only, an older schema cannot be upgraded: refused unless `accept_older` (for `check`,
    which reports it). An encrypted file needs its `passphrase` (or one given for the process,
    kamdesk.db.cipher.use_passphrase): PassphraseNeeded or WrongPassphrase otherwise.
    """
    path = Path(path)
    inspect_file(path)
    key = key_for(path, passphrase)
    if readonly and not path.exists():
        raise StorageError(_("{path} does not exist.").format(path=path))
    if not readonly:
        path.parent.mkdir(parents=True, exist_ok=True)
    if key is not None:  # from now: a damaged file's encrypted backups can be read (#15)
        hold_for_copies(key)
    try:
        state = _probe(path, key)
    except WrongPassphrase as exc:  # or a damaged first page: the newest backup tells
        assert key is not None
        raise wrong_or_damaged(path, key, backups or path.parent / "backups", exc) from exc
    except database_errors() as exc:
        raise translate(exc, path) from exc
    _refuse(state, path)
    if readonly and state == "older" and not accept_older:
        raise StorageError(
            _(
                "{path} was written by an older kamdesk. Open it once in kamdesk, which upgrades "
                "it after making a backup; it was not changed."
            ).format(path=path)
        )
    engine = make_engine(path, readonly=readonly, passphrase=key)
    try:
        if not readonly and migrate_schema:
            migrate(engine, path, backups or path.parent / "backups", keep=keep_backups)
    except DBAPIError as exc:
        engine.dispose()
        raise translate(exc, path) from exc
    except BaseException:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, expire_on_commit=False)
    opened(path)
    held = None if key is None else Passphrase(key)
    return Database(
        path,
        engine,
        sessions,
        backups=backups,
        keep_backups=keep_backups,
        passphrase=held,
        readonly=readonly,
    )


def migrate(engine: Engine, path: Path, backups: Path, *, keep: int = BACKUPS_KEPT) -> bool:
    """Bring the schema to head; backs the file up first and restores it if the upgrade fails.

    Returns True when a migration ran.
    """
    with read_connection(engine) as conn:
        state = schema_state(conn)
    if state == "current":
        return False
    refuse_newer_or_foreign(state, path)
    backup: Path | None = None
    if state == "older":
        backup = backup_file(engine, backups, keep=keep)
    try:
        run_upgrade(engine)
    except Exception as exc:
        if backup is not None:
            engine.dispose()
            restore_file(backup, path)
            raise StorageError(
                _(
                    "Updating {path} to this version failed ({exc}); the file was restored from "
                    "the backup {backup}."
                ).format(path=path, exc=exc, backup=backup.name)
            ) from exc
        raise
    return True


def run_upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


# --- SQLite-only pieces used by migrations and services ---------------------------------------


def storage_problems(conn: Connection, *, full: bool = True) -> list[str]:
    """SQLite's own view: integrity_check (quick_check unless `full`: it leaves out whether
    each index holds what its table does, and takes a fraction of the time) and
    foreign_key_check, as readable lines."""
    problems: list[str] = []
    pragma = "integrity_check" if full else "quick_check"
    for (line,) in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall():
        if line != "ok":
            problems.append(f"integrity: {line}")
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return problems


def raw_rows(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Stream plain tuples from the driver: for whole-table passes (digest, check) where
    SQLAlchemy's per-row processing would cost more than the work itself."""
    cursor = conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    try:
        while batch := cursor.fetchmany(5000):
            yield from batch
    finally:
        cursor.close()


@contextlib.contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Fast loading into a brand-new file (the demo generator): no fsync until the end.

    The sync level can only change outside a transaction: an open one is committed first, and
    the caller commits (or rolls back) its own work before leaving.
    """
    if conn.in_transaction():
        conn.commit()
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA synchronous=OFF")
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        raw.execute("PRAGMA synchronous=FULL")
