"""A passphrase that does not open an encrypted file: wrong, or is the file damaged? (#15)

SQLCipher cannot tell them apart: a damaged first page fails its HMAC exactly as a wrong key
does. Every page carries its own HMAC, though: when the passphrase authenticates the pages
after the first, it is right and the file is damaged. The user is then told so, and offered
the newest backup that passphrase opens, instead of being asked to type it again.

SQLCipher 4's defaults (kamdesk makes every encrypted file with them): 4096-byte pages; at the
end of each, a 16-byte IV and a 64-byte HMAC-SHA512 of the page's ciphertext, its IV and its
number (4 bytes, little-endian), keyed by PBKDF2-HMAC-SHA512 of the page key with the salt
XOR 0x3a, 2 rounds. The first page's ciphertext starts after the 16-byte salt.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from pathlib import Path

from kamdesk.db.cipher import (
    SALT_BYTES,
    SQLITE_HEADER,
    connect_keyed,
    database_errors,
    derived_key,
    is_encrypted,
)
from kamdesk.db.header import read_start
from kamdesk.errors import DamagedFile, StorageError, WrongPassphrase

TRIED = 3  # the newest encrypted backups tried (each costs a key derivation)


def backup_opened_by(folder: Path, passphrase: str, tried: int = TRIED) -> Path | None:
    """The newest of the newest `tried` encrypted backups in `folder` that `passphrase`
    opens and that passes SQLite's quick_check; None when none does."""
    with contextlib.suppress(OSError):
        found = sorted(folder.glob("kamdesk-*.sqlite"), reverse=True)  # names carry the time
        for path in [p for p in found if p.is_file() and is_encrypted(p)][:tried]:
            if _opens(path, passphrase):
                return path
    return None


def _opens(path: Path, passphrase: str) -> bool:
    try:
        conn = connect_keyed(f"file:{path}?mode=ro", passphrase, uri=True, path=path)
    except (StorageError, *database_errors()):  # type: ignore[misc]
        return False
    try:
        return [str(r) for (r,) in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
    except database_errors():
        return False
    finally:
        conn.close()


PAGE_SIZE = 4096
IV_BYTES = 16
HMAC_BYTES = 64
RESERVED = 80  # IV and HMAC, rounded up to the cipher's block size
PAGES_TRIED = 4  # pages 2 to 5: one of them is whole unless the damage is wide


def pages_authenticate(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` authenticates one of the pages after the first of the encrypted
    file at `path`: then it is the file's passphrase, whatever its first page says."""
    try:
        data = read_start(path, PAGE_SIZE * (1 + PAGES_TRIED))
    except OSError:
        return False
    salt = data[:SALT_BYTES]
    if len(data) < 2 * PAGE_SIZE or salt.startswith(SQLITE_HEADER[:SALT_BYTES]):
        return False
    key = derived_key(passphrase, salt)
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    signed = PAGE_SIZE - RESERVED + IV_BYTES  # the ciphertext and the IV
    for number in range(2, len(data) // PAGE_SIZE + 1):
        page = data[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        body = page[:signed] + number.to_bytes(4, "little")
        mac = hmac.new(mac_key, body, hashlib.sha512).digest()
        if hmac.compare_digest(mac, page[signed : signed + HMAC_BYTES]):
            return True
    return False


def wrong_or_damaged(
    path: Path, passphrase: str, folder: Path, exc: WrongPassphrase
) -> StorageError:
    """What to raise when `passphrase` does not open `path`: DamagedFile, naming the newest
    backup in `folder` it opens, when it is the file's passphrase; `exc` otherwise."""
    if not pages_authenticate(path, passphrase):
        return exc
    backup = backup_opened_by(folder, passphrase)
    if backup is None:
        return DamagedFile(
            f"{path} is damaged: its first page does not read, though the passphrase is right. "
            f"Nothing was changed. No backup in {folder} opens with this passphrase.",
            detail="the first page does not read",
        )
    return DamagedFile(
        f"{path} is damaged: its first page does not read, though the passphrase is right. "
        f"Nothing was changed. Restore it from the backup {backup} (kamdesk check --help).",
        detail=f"the first page does not read; the passphrase opens the backup {backup.name}",
    )
