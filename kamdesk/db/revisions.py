"""What a database file's schema says: its revision against the ones this kamdesk knows
(current, older, newer), a file of another program, or one whose revision is damage; read
through a read-only connection before anything may write."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from kamdesk.db.readonly import connect_read_only
from kamdesk.errors import DamagedFile, StorageError
from kamdesk.messages import _
from kamdesk.migrations import HEAD, REVISIONS


def _probe(path: Path, key: str | None = None) -> str:
    """The schema state, read through a read-only connection before anything may write."""
    if not path.exists() or path.stat().st_size == 0:
        return "empty"
    conn = connect_read_only(path, key)
    try:
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return "empty" if not tables else "foreign"
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return _state_of(None if row is None else str(row[0]))


def _state_of(revision: str | None) -> str:
    if revision is None:
        return "foreign"
    if revision == head_revision():
        return "current"
    if revision in known_revisions():
        return "older"
    # a newer kamdesk's revision is a name as ours are ("0013"); anything else is damage
    return "newer" if re.fullmatch(r"\w{1,64}", revision, re.ASCII) else f"damaged:{revision!r}"


def _refuse(state: str, path: Path) -> None:
    if state.startswith("damaged:"):
        detail = f"malformed schema version {state.partition(':')[2]}"
        raise DamagedFile(
            f"the file is damaged: {path} ({detail}). Restore it from the newest backup "
            "(kamdesk check --help).",
            detail=detail,
        )
    refuse_newer_or_foreign(state, path)


def refuse_newer_or_foreign(state: str, path: Path) -> None:
    """A file of a newer kamdesk or of another program is refused, nothing changed."""
    if state == "newer":
        raise StorageError(newer_message(path))
    if state == "foreign":
        raise StorageError(
            _(
                "{path} is an SQLite database of another program, not kamdesk's. "
                "Nothing was changed."
            ).format(path=path)
        )


# --- migrations -------------------------------------------------------------------------------


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "kamdesk:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return HEAD


def known_revisions() -> set[str]:
    return set(REVISIONS)


def revision_order() -> tuple[str, ...]:
    """Every schema revision this kamdesk knows, oldest first."""
    return REVISIONS


def script_revisions() -> list[str]:
    """The revisions as Alembic's script directory has them, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def schema_state(conn: Connection) -> str:
    """'empty', 'current', 'older', 'newer' or 'foreign' (tables but no kamdesk schema)."""
    rev = current_revision(conn)
    if rev is None:
        tables = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).scalar_one()
        return "empty" if tables == 0 else "foreign"
    return _state_of(rev)


def newer_message(path: Path) -> str:
    return (
        f"{path} was written by a newer version of kamdesk. Update kamdesk to open it; "
        "the file was not changed."
    )
