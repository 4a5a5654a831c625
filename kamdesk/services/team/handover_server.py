"""`handover` on the team server (services.team.handover), as the login a URL names: what
`kamdesk handover --server URL` runs.

Only a manager of the KAMs' team may: row-level security refuses anyone else, and a KAM's login
is told so before anything is tried. Kept apart from services.team.handover, which the exchange
imports (this module imports the exchange's runner).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.services.team.handover import HandedOver, handover


def handover_on_server(
    url: str, client_ids: Sequence[str], to_kam: str, *, co: bool = False
) -> list[HandedOver]:
    """`handover` on the team server at `url`, as the login it names (a manager of the KAMs'
    team), in one transaction queued behind the exchanges writing: the assignments are the
    server's edits, captured there, and reach the laptops at their next exchange."""
    from sqlalchemy.exc import DBAPIError

    from kamdesk.db.server import reason_of, shown
    from kamdesk.errors import StorageError
    from kamdesk.services.server.connect import (
        ServerFailed,
        sqlstate,
        sync_engine,
        sync_url,
        with_retries,
        writer_queue,
    )
    from kamdesk.services.server.run import check_server
    from kamdesk.services.sync.capture import capture

    target = sync_url(url)
    engine = sync_engine(target, "handover")

    def attempt() -> list[HandedOver]:
        with Session(engine) as server:
            check_server(server, engine, shown(target))
            _must_manage(server, shown(target))
            done = handover(server, client_ids, to_kam, co=co)
            capture(server)
            server.commit()
            return done

    try:
        with writer_queue(engine):
            return with_retries(attempt)
    except (DBAPIError, ServerFailed) as exc:
        if sqlstate(exc) == "42501":  # row-level security, a grant or a trigger said no
            raise UserError(_not_yours(shown(target), reason_of(exc))) from exc
        raise StorageError(
            _("The team server {url} refused the handover; nothing was changed: {reason}").format(
                url=shown(target), reason=reason_of(exc)
            )
        ) from exc
    finally:
        engine.dispose()


def _not_yours(url: str, reason: str) -> str:
    return _(
        "The team server {url} refused the handover, so nothing was changed: {reason}. Handing "
        "clients over is a manager's to make, for the KAMs of the team they manage."
    ).format(url=url, reason=reason)


def _must_manage(server: Session, url: str) -> None:
    """A KAM's login may not hand clients over (row-level security refuses it anyway; this says
    so before anything is tried). The administrator and the head office may."""
    kam_only = server.execute(
        text(
            "SELECT pg_has_role(kamdesk.caller(), 'kamdesk_kam', 'member') "
            "AND NOT kamdesk.is_manager()"
        )
    ).scalar()
    if kam_only:
        raise UserError(_not_yours(url, _("this login is a KAM's, not a manager's")))
