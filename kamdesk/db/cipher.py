"""Optional encryption of the database file with a passphrase (#15 item 7).

SQLCipher 4 (AES-256 pages with an HMAC each, the key derived from the passphrase by
PBKDF2-HMAC-SHA512) through the maintained `sqlcipher3` binding, which has FTS5. A plain file
keeps going through Python's own sqlite3, so nothing changes or slows for it; an encrypted file
is opened through sqlcipher3 and keyed before anything is read. SQLAlchemy gets the sqlcipher3
module as its DBAPI (so its errors are wrapped as usual) and a `creator` making keyed
connections (so the pragmas, BEGIN IMMEDIATE, read-only opening and backups work unchanged).

Without its passphrase an encrypted file is whole pages of noise: it has no "SQLite format 3"
header. The passphrase of a file may be given for the whole process (`use_passphrase`: the
command line's --passphrase-file, which also opens the copies a command makes of the file) or
to `open_database` directly (the GUI's dialog).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import sqlite3
import sys
from pathlib import Path
from typing import Any

from kamdesk.db.header import read_start
from kamdesk.errors import PassphraseNeeded, UserError, WrongPassphrase
from kamdesk.messages import _

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher pages are 4096 bytes by default; any SQLite page size is a multiple of 512
_PAGE_QUANTUM = 512
# random bytes show nearly every byte value in a 1 KiB sample (251 of 256 on average); text,
# images' headers or zero-filled files show far fewer
_NOISE_DISTINCT_BYTES = 200

# SQLCipher 4's defaults: the salt at the start of the file, the key derivation's rounds
SALT_BYTES = 16
KDF_ITERATIONS = 256_000
# keys derived in this process: (sha256 of the passphrase, salt) -> the key
_DERIVED: dict[tuple[bytes, bytes], bytes] = {}

# passphrases given for the whole process, by resolved path; "" for any encrypted file
_KNOWN: dict[str, str] = {}
ANY_FILE = ""


def needed_message(path: Path) -> str:
    return _(
        "{path} is encrypted: give --passphrase-file F (a file whose first line is its "
        "passphrase; --db-passphrase-file F for export and import). Nothing was changed."
    ).format(path=path)


def wrong_message(path: Path) -> str:
    return _(
        "The passphrase does not open {path}, or the file is damaged (or it is not a kamdesk "
        "database). Nothing was changed."
    ).format(path=path)


def is_encrypted(path: Path) -> bool:
    """Whether `path` looks like an SQLCipher file: whole pages of noise, no SQLite header.

    (Without the passphrase an encrypted file cannot be told from random bytes.)"""
    try:
        size = Path(path).stat().st_size
        if size < 2 * _PAGE_QUANTUM or size % _PAGE_QUANTUM:
            return False
        sample = read_start(path, 1024)
    except OSError:
        return False
    if sample.startswith(SQLITE_HEADER):
        return False
    return len(set(sample)) >= _NOISE_DISTINCT_BYTES


def check_passphrase(passphrase: str) -> str:
    """UserError for a passphrase SQLCipher cannot take (empty, or with a NUL)."""
    if not passphrase:
        raise UserError(_("The passphrase is empty."))
    if "\x00" in passphrase:
        raise UserError(_("The passphrase must not contain a NUL character."))
    return passphrase


def use_passphrase(path: Path | None, passphrase: str | None) -> None:
    """Open `path` (None: any encrypted file) with `passphrase` in this process; a None
    passphrase forgets it."""
    if passphrase is None:
        _KNOWN.pop(_key(path), None)
    else:
        _KNOWN[_key(path)] = check_passphrase(passphrase)


def _key(path: Path | None) -> str:
    return ANY_FILE if path is None else str(Path(path).resolve())


def key_for(path: Path, passphrase: str | None = None) -> str | None:
    """The passphrase to open `path` with: None for a plain (or missing, or new) file;
    PassphraseNeeded for an encrypted file with none given or known."""
    if not is_encrypted(path):
        return None
    found = passphrase if passphrase is not None else _KNOWN.get(_key(path), _KNOWN.get(ANY_FILE))
    if found is None:
        raise PassphraseNeeded(needed_message(path))
    return found


def quote(text: str) -> str:
    """An SQL string literal (PRAGMA key cannot take a bound parameter)."""
    return "'" + check_passphrase(text).replace("'", "''") + "'"


def driver() -> Any:
    """The sqlcipher3 DBAPI module (imported only when an encrypted file is used)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's DatabaseError and, once loaded, sqlcipher3's (not a subclass of it)."""
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, loaded.DatabaseError)


def is_cipher_connection(conn: object) -> bool:
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return loaded is not None and isinstance(conn, loaded.Connection)


def connect_keyed(
    target: str,
    passphrase: str,
    *,
    uri: bool = False,
    path: Path | None = None,
    raw: str | None = None,
) -> Any:
    """A sqlcipher3 connection to `target` keyed with `passphrase`, checked by reading the
    schema: WrongPassphrase when it does not open the file.

    The key derived from the passphrase and the file's salt is kept for the process (see
    raw_key), so only the first connection to a file pays for the derivation. An engine gives
    it as `raw`, read before any connection was open: the file is then not opened outside
    SQLite (closing such a handle would drop the locks SQLite holds on the file, POSIX says)."""
    file = Path(path or target)
    if raw is None:
        raw = raw_key(passphrase, file)
    if raw is not None:
        with contextlib.suppress(WrongPassphrase):  # other cipher settings: let SQLCipher derive
            return _keyed(target, raw, uri=uri, path=file)
    return _keyed(target, quote(passphrase), uri=uri, path=file)


def _keyed(target: str, key_sql: str, *, uri: bool, path: Path) -> Any:
    conn = driver().connect(target, uri=uri, check_same_thread=False)
    try:
        # a wrong key is our message, not SQLCipher's lines on stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_sql}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver().DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(wrong_message(path)) from exc
        raise
    return conn


def raw_key(passphrase: str, path: Path) -> str | None:
    """SQLCipher 4's key for `passphrase` and the salt of the file at `path` (its first 16
    bytes), as a raw key literal (x'key salt') that skips the derivation: PBKDF2-HMAC-SHA512,
    256 000 iterations, as SQLCipher 4 does by default. None when the file has no salt yet."""
    try:
        salt = read_start(path, SALT_BYTES)
    except OSError:
        return None
    if len(salt) < SALT_BYTES or salt == SQLITE_HEADER:
        return None
    return f"\"x'{derived_key(passphrase, salt).hex()}{salt.hex()}'\""


def derived_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's page key for `passphrase` and a file's `salt`, kept for the process."""
    secret = check_passphrase(passphrase).encode("utf-8")
    known = (hashlib.sha256(secret).digest(), salt)
    if known not in _DERIVED:
        _DERIVED[known] = hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, 32)
    return _DERIVED[known]


def connect_plain(target: str, *, uri: bool = False) -> Any:
    """A sqlcipher3 connection to a plain file (for converting it): no key."""
    conn = driver().connect(target, uri=uri, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


# passphrases of the encrypted databases opened in this process: their backups open with them
_FOR_COPIES: dict[bytes, str] = {}


def hold_for_copies(passphrase: str) -> None:
    """The backups of a database opened with `passphrase` are encrypted with it too."""
    _FOR_COPIES[hashlib.sha256(passphrase.encode("utf-8")).digest()] = passphrase


def connect_copy(path: Path) -> Any:
    """An encrypted copy of a database (a backup), opened read-only with a passphrase this
    process holds (given for it, or of a database it opened). PassphraseNeeded when none is
    held, WrongPassphrase when none opens it (a backup taken before the passphrase changed)."""
    return _open_copy(path)[0]


def passphrase_of_copy(path: Path) -> str | None:
    """The passphrase this process holds that opens the encrypted copy at `path` (to open
    the database restored from it); None for a plain copy, or when none does."""
    if not is_encrypted(path):
        return None
    try:
        conn, passphrase = _open_copy(path)
    except (PassphraseNeeded, WrongPassphrase):
        return None
    conn.close()
    return passphrase


def _open_copy(path: Path) -> tuple[Any, str]:
    held = list(dict.fromkeys([*_KNOWN.values(), *_FOR_COPIES.values()]))
    if not held:
        raise PassphraseNeeded(needed_message(path))
    for passphrase in held:
        with contextlib.suppress(WrongPassphrase):
            uri = f"file:{path}?mode=ro"
            return connect_keyed(uri, passphrase, uri=True, path=path), passphrase
    raise WrongPassphrase(wrong_message(path))


class Passphrase:
    """A passphrase held for a database: never shown in a repr or a log line."""

    __slots__ = ("_digest", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._digest = hashlib.sha256(text.encode("utf-8")).digest()

    @property
    def text(self) -> str:
        return self._text

    def matches(self, text: str) -> bool:
        """Constant-time comparison (digests of equal length, hmac.compare_digest)."""
        given = hashlib.sha256(text.encode("utf-8")).digest()
        return hmac.compare_digest(given, self._digest)

    def __repr__(self) -> str:
        return "Passphrase(***)"
