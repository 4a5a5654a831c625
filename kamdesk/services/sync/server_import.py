"""A laptop's sync file applied to the team server (issue 19, docs/team-server.md 2.6).

`kamdesk server import FILE --server URL`: the same import as a laptop's (importer.apply_bundle:
merge, revivals, twins, derived values, checks, the team's hub, the receivables), in one
SERIALIZABLE transaction on the server, as the database owner for now (no row-level security
yet). The server is a replica like a laptop: its own `replica` row (made by `server init`, or
here for a server set up before) and `sync_meta` clocks, so the edits it derives itself (an
order's totals made again) are captured under its own id, and the sender is remembered in
`sync_peer` (`heard_from`) as a laptop remembers a peer.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kamdesk.db.server import make_server_engine, reason_of, server_state, server_url, shown
from kamdesk.errors import StorageError, UserError
from kamdesk.messages import _
from kamdesk.models import Replica
from kamdesk.models.base import new_id
from kamdesk.services.sync.importer import ImportSummary, apply_bundle
from kamdesk.sync.bundle import open_bundle

SERVER_NAME = "team server"
# SQLSTATEs of a transaction PostgreSQL gave up to keep SERIALIZABLE (docs/team-server.md 2.2)
RETRIED = frozenset({"40001", "40P01"})
ATTEMPTS = 5


def ensure_server_replica(session: Session) -> str:
    """The server's replica id; one is made the first time (it numbers no documents: no
    series). A server is one database, never copied as a laptop's file is: no registry."""
    found = session.scalars(
        select(Replica.id).where(Replica.retired_at.is_(None)).order_by(Replica.created_at.desc())
    ).first()
    if found is not None:
        return str(found)
    rid = new_id()
    session.add(Replica(id=rid, name=SERVER_NAME, series_code=""))
    session.flush()
    return rid


def prepare_server(engine: Engine) -> str:
    """After `server init`: the server's own replica (committed); its id."""
    with Session(engine) as session:
        rid = ensure_server_replica(session)
        session.commit()
    return rid


def import_to_server(
    url: str, path: Path, *, passphrase: str | None = None
) -> tuple[str, ImportSummary]:
    """Apply the sync file at `path` to the server at `url`, all of it or nothing; the URL as
    shown (no password) and the import's summary. A refused file (bad passphrase, addressed
    to another replica, damaged) raises the laptop import's BundleError, nothing written."""
    target = server_url(url)
    engine = make_server_engine(target).execution_options(isolation_level="SERIALIZABLE")
    try:
        for attempt in range(ATTEMPTS):
            try:
                return shown(target), _import_once(engine, path, passphrase)
            except DBAPIError as exc:
                if _sqlstate(exc) in RETRIED and attempt + 1 < ATTEMPTS:
                    time.sleep(0.1 * 2**attempt)
                    continue
                if _sqlstate(exc) in RETRIED:
                    raise UserError(
                        _("The team server is busy; nothing was changed, try again in a minute.")
                    ) from exc
                raise StorageError(
                    _("The import into {url} failed: {reason} Nothing was changed.").format(
                        url=shown(target), reason=reason_of(exc)
                    )
                ) from exc
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        engine.dispose()


def _import_once(engine: Engine, path: Path, passphrase: str | None) -> ImportSummary:
    with (
        open_bundle(path, passphrase, allow_unencrypted=passphrase is None) as bundle,
        Session(engine) as session,
    ):
        _refuse_schema(session, engine)
        ensure_server_replica(session)
        summary = apply_bundle(session, iter(bundle), bundle.header, file_name=path.name)
        session.commit()
    return summary


def _refuse_schema(session: Session, engine: Engine) -> None:
    state = server_state(session.connection())
    if state != "current":
        raise StorageError(
            _(
                "{url} is not at this kamdesk's schema ({state}): run `kamdesk server init` "
                "there first. Nothing was changed."
            ).format(url=shown(engine.url), state=state)
        )


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")
