"""Read-only connections that work on read-only media and leave no files behind.

A WAL-mode database read through `mode=ro` gets a `-wal` and a `-shm` beside it, and in a folder
nobody may write (a CD, a locked share) it cannot be read at all. So a read-only opening picks:

- the folder is not writable and no non-empty `-wal` exists: `immutable=1`, which needs neither
  file (with committed rows still in a `-wal`, immutable would hide them: plain `mode=ro`);
- the folder is writable and neither `-wal` nor `-shm` exists: a read-write connection with
  `query_only`, which SQLite lets remove both files when it closes last (it checkpoints an
  empty log, leaving the database's bytes alone; a process still using them keeps them);
- otherwise `mode=ro`: the files are there already (another program may be writing).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kamdesk.db.cipher import connect_keyed, key_for


def folder_writable(folder: Path) -> bool:
    """Whether this process may create files in `folder` (patched in tests: root may always)."""
    return os.access(folder, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The SQLite URI a read-only command opens `path` with (see the module docstring)."""
    target = "file:" + quote(str(Path(path).absolute()))
    wal = Path(f"{path}-wal")
    shm = Path(f"{path}-shm")
    if not folder_writable(Path(path).absolute().parent):
        wal_has_rows = wal.exists() and wal.stat().st_size > 0
        return f"{target}?mode=ro" if wal_has_rows else f"{target}?mode=ro&immutable=1"
    if not wal.exists() and not shm.exists():
        return f"{target}?mode=rw"
    return f"{target}?mode=ro"


def connect_read_only(path: Path, passphrase: str | None = None) -> Any:
    """A connection that cannot write (`query_only`), opened as `read_only_uri` says; an
    encrypted file through sqlcipher3 with `passphrase` (or the one known for it)."""
    return open_read_only(path, key_for(path, passphrase))


def open_read_only(path: Path, key: str | None, raw: str | None = None) -> Any:
    """connect_read_only for an engine, which knew before opening anything whether the file
    is encrypted (`key`, its `raw` key): the file is not read outside SQLite here."""
    conn: Any
    if key is not None:
        conn = connect_keyed(read_only_uri(path), key, uri=True, path=path, raw=raw)
    else:
        conn = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn
