"""Reading the first bytes of a database file without dropping SQLite's locks on it.

On POSIX, closing any descriptor of a file drops every lock this process holds on it, SQLite's
included: another process would then take the file as unused and delete its -wal under our
open connection. So while this process has the file open (a Database on it), a read of its
first bytes keeps its descriptor until the last Database on that file closes, as SQLite's own
unix VFS does with the descriptors it would close.
"""

from __future__ import annotations

import collections
import os
from pathlib import Path

_OPEN_FILES: collections.Counter[str] = collections.Counter()
_KEPT_FDS: dict[str, list[int]] = {}


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def read_start(path: Path, size: int) -> bytes:
    """The first `size` bytes of the file at `path` (fewer when it is shorter)."""
    key = _key(path)
    if os.name != "posix" or not _OPEN_FILES[key]:
        with Path(path).open("rb") as fh:
            return fh.read(size)
    fd = os.open(path, os.O_RDONLY)
    _KEPT_FDS.setdefault(key, []).append(fd)
    return os.pread(fd, size, 0)


def opened(path: Path) -> None:
    """A Database on `path` is open in this process."""
    _OPEN_FILES[_key(path)] += 1


def closed(path: Path) -> None:
    """A Database on `path` closed: with the last one, the descriptors kept go too."""
    key = _key(path)
    _OPEN_FILES[key] -= 1
    if _OPEN_FILES[key] <= 0:
        del _OPEN_FILES[key]
        for fd in _KEPT_FDS.pop(key, []):
            os.close(fd)
