"""This file's identity as a replica: opened (created or forked) on a writable open, read by
everything that numbers documents.

A registry outside the file (`AppPaths.replica_registry`, a JSON file under the app's data
folder) binds each replica id to the database's resolved path, this machine and a token the
file got at its last writable open. A file that does not match its entry (copied to another
path or machine, or restored from a backup) retires the identity it carried and forks a new
one, so no replica id, and no number series, is ever used by two files. Read-only opens only
read (`current_replica`).
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, func, select
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session

from kamdesk.domain.numbering import (
    format_number,
    normalize_series,
    number_stem,
    series_from_id,
)
from kamdesk.errors import UserError
from kamdesk.messages import N_, _
from kamdesk.models import Replica
from kamdesk.models.base import new_id, utcnow


@dataclass(frozen=True)
class ReplicaInfo:
    id: str
    name: str
    series_code: str
    created_at: datetime
    forked_from: str | None


def _info(row: Replica) -> ReplicaInfo:
    return ReplicaInfo(row.id, row.name, row.series_code, row.created_at, row.forked_from)


def _live(session: Session) -> Replica | None:
    return (
        session.execute(
            select(Replica).where(Replica.retired_at.is_(None)).order_by(Replica.created_at.desc())
        )
        .scalars()
        .first()
    )


def current_replica(session: Session) -> ReplicaInfo | None:
    """The file's live identity, or None before its first writable open (reads only)."""
    row = _live(session)
    return None if row is None else _info(row)


def series_code(session: Session) -> str:
    """The series new numbers take; empty (the old form) in a file no replica has opened yet,
    such as the demo as generated."""
    row = _live(session)
    return "" if row is None else row.series_code


def machine_id() -> str:
    """This computer, as stably as the platform tells it."""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(candidate).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if text:
            return text
    return f"{platform.node()}:{uuid.getnode():012x}"


def _load(registry: Path) -> dict[str, Any]:
    try:
        data = json.loads(registry.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # unreadable: every file forks once, which is safe
    return data if isinstance(data, dict) else {}


def _save(registry: Path, data: dict[str, Any]) -> None:
    registry.parent.mkdir(parents=True, exist_ok=True)
    tmp = registry.with_name(registry.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, registry)


def _new_replica(session: Session, name: str, forked_from: str | None) -> Replica:
    rid = new_id()
    row = Replica(id=rid, name=name, series_code=series_from_id(rid), forked_from=forked_from)
    session.add(row)
    return row


def ensure_replica(session: Session) -> str:
    """The live replica's id, for sync to stamp a write with. A file written before any
    writable open (a script's, a test's) gets one now: unbound, so its first open forks it (a
    new id and series), and without a series, so its numbers keep the old form until then."""
    row = _live(session)
    if row is None:
        row = _new_replica(session, platform.node(), None)
        row.series_code = ""
        session.flush()
    return row.id


def open_replica(
    session: Session,
    database: Path,
    registry: Path,
    *,
    machine: str | None = None,
    name: str = "",
) -> ReplicaInfo:
    """The identity of the database at `database` on a writable open: created on the first
    open, kept when the file is the one the registry last saw here, forked otherwise. Writes the
    registry; the caller commits the session (a crash between the two only forks once more)."""
    here = {"path": str(Path(database).resolve()), "machine": machine or machine_id()}
    entries = _load(registry)
    row = _live(session)
    if row is None:
        row = _new_replica(session, name or platform.node(), None)
    else:
        seen = entries.get(row.id)
        same = isinstance(seen, dict) and seen == {**here, "token": row.open_token}
        if not same:
            row.retired_at = utcnow()
            row = _new_replica(session, row.name, row.id)
    row.open_token = new_id()
    session.flush()
    entries[row.id] = {**here, "token": row.open_token}
    _save(registry, entries)
    return _info(row)


def set_series_code(session: Session, code: str) -> ReplicaInfo:
    """Change the series this replica's new numbers take (numbers issued keep theirs)."""
    row = _live(session)
    if row is None:
        raise UserError(_(NO_IDENTITY))
    try:
        row.series_code = normalize_series(code)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    return _info(row)


NAME_MAX = 80
NO_IDENTITY = N_("This database has no replica identity yet: open it in kamdesk first.")


def replica_name_problem(name: str) -> str | None:
    """What is wrong with a laptop's name, or None: the team reads it in every exchange."""
    name = name.strip()
    if not name:
        return _("Give this laptop a name the team recognises, e.g. Anna's laptop.")
    if len(name) > NAME_MAX:
        return _("A name of at most {n} characters.").format(n=NAME_MAX)
    return None


def rename_replica(session: Session, name: str) -> ReplicaInfo:
    row = _live(session)
    if row is None:
        raise UserError(_(NO_IDENTITY))
    problem = replica_name_problem(name)
    if problem is not None:
        raise UserError(problem)
    row.name = name.strip()
    return _info(row)


def series_next(session: Session, column: object, prefix: str, year: int, *, width: int) -> str:
    """The next free number of this replica's series in `column` (PREFIX-YEAR-SERIES-000001).

    Only numbers of the same series count: another replica's, or the old form's, are never
    looked at, so each series runs on its own. A revision suffix ('/2') is ignored.
    """
    stem = number_stem(prefix, year, series_code(session))
    col: Any = column
    after = func.substr(col, len(stem) + 1)
    # the leading digits: SQLite's CAST reads them alone; PostgreSQL's refuses '000501/2'
    digits = (
        after if session.get_bind().dialect.name == "sqlite" else func.substring(after, "^[0-9]+")
    )
    last = session.execute(
        select(func.max(sa_cast(digits, Integer))).where(
            col.like(f"{stem}%"), func.substr(after, 1, 1).between("0", "9")
        )
    ).scalar()
    return format_number(stem, int(last or 0) + 1, width)
