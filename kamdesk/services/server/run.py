"""`Sync with the server`: one exchange between this laptop's file and the team server, whole.

The file is backed up first (as before importing a sync file). Then, as many times as the
server asks (services.server.connect.with_retries): the laptop's unit of work and the server's
SERIALIZABLE transaction open together, the exchange runs in both, the server commits, then
the laptop. Any failure before the server's commit rolls both back: nothing changed anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kamdesk.db import Database, backup_file
from kamdesk.db.revisions import head_revision
from kamdesk.db.server import reason_of, server_state, shown
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _
from kamdesk.services.replica import ensure_replica
from kamdesk.services.server.connect import (
    ServerFailed,
    check_tls,
    sqlstate,
    sync_engine,
    sync_url,
    with_retries,
    writer_queue,
)
from kamdesk.services.server.exchange import Exchange, exchange

Progress = Callable[[int, int], None]
SET_LAPTOP = text("SELECT set_config('kamdesk.laptop', :r, true)")


def sync_with_server(db: Database, url: str, *, backups: Path | None = None) -> Exchange:
    """Push this file's changes to the team server at `url` and pull the team's."""
    target = sync_url(url)
    with db.reading() as s:
        from kamdesk.services.replica import current_replica

        me = current_replica(s)
    engine = sync_engine(target, me.id if me else "new")
    try:
        if backups is not None:
            backup_file(db.engine, backups)
        with writer_queue(engine):
            return with_retries(lambda: _attempt(db, engine, label=shown(target)))
    except (DBAPIError, ServerFailed) as exc:  # not one to try again: said as the server said
        reason = reason_of(exc)
        if sqlstate(exc) == "42501":  # a write this login may not make: RLS, a grant, a trigger
            raise UserError(
                _(
                    "The team server {url} refused a change this login may not make, so nothing "
                    "was changed on either side: {reason}. Changes to the catalogue, prices or "
                    "people, and to clients assigned to someone else, are your manager's to make."
                ).format(url=shown(target), reason=reason)
            ) from exc
        raise StorageError(
            _("The team server {url} refused the exchange; nothing was changed: {reason}").format(
                url=shown(target), reason=reason
            )
        ) from exc
    finally:
        engine.dispose()


def _attempt(db: Database, engine: Engine, *, label: str) -> Exchange:
    """One try: both transactions, the exchange, the server's commit, then the laptop's."""
    serializable = engine.execution_options(isolation_level="SERIALIZABLE")
    with db.unit_of_work() as laptop, Session(serializable) as server:
        try:
            check_server(server, engine, label)
            if engine.dialect.name == "postgresql":  # the audit log's `laptop` (SET LOCAL)
                server.execute(SET_LAPTOP, {"r": ensure_replica(laptop)})
            result = exchange(laptop, server, label=label)
            remember_url(laptop, label)
            server.commit()
        except DBAPIError as exc:
            server.rollback()
            if engine.dialect.name == "postgresql" and _from_server(exc):
                raise ServerFailed(exc) from exc
            raise
        return result


def _from_server(exc: DBAPIError) -> bool:
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    return module.startswith("psycopg")


def check_server(server: Session, engine: Engine, label: str) -> None:
    """The server speaks TLS as required and holds this kamdesk's schema."""
    conn = server.connection()
    if engine.dialect.name == "postgresql":
        check_tls(conn, engine.url)
    state = server_state(conn)
    if state == "current":
        return
    if state == "newer":
        raise StorageError(
            _("The team server {url} runs a newer kamdesk's schema: update kamdesk.").format(
                url=label
            )
        )
    if state == "older":
        raise StorageError(
            _(
                "The team server {url} needs upgrading to this kamdesk's schema ({revision}): "
                "ask its administrator to run `kamdesk server init` with this version."
            ).format(url=label, revision=head_revision())
        )
    raise StorageError(
        _(
            "{url} holds no kamdesk team server: its administrator sets it up with "
            "`kamdesk server init`."
        ).format(url=label)
    )


URL_KEY = "server.url"  # this laptop's team server, as last synced with (never a password)


def remember_url(laptop: Session, url: str) -> None:
    laptop.execute(
        text(
            "INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": URL_KEY, "v": url},
    )


def saved_url(laptop: Session) -> str:
    """The team server this laptop last synced with ('' before the first time)."""
    value = laptop.execute(
        text("SELECT value FROM sync_meta WHERE key = :k"), {"k": URL_KEY}
    ).scalar()
    return "" if value is None else str(value)
