"""A handover by reassignment (issue 19; docs/team-server.md 3.5): a manager moves clients to
another KAM, and the outgoing KAM's next exchange with the team server ends their part.

`handover` (a manager's, on a laptop's file or on the team server) writes the incoming KAM's
assignment (as the lead, or a co-KAM) and marks the outgoing KAM's `leaving_since`; the rules
are kamdesk.domain.handover. The outgoing KAM keeps the client through a grace of 14 days
(`kamdesk.visible_clients()` on the server): their next exchange pushes their last offline
edits, then `end_leaving` tombstones their own leaving assignment on the server, and the client
leaves their laptop in the same exchange (services.server.scope). A laptop that never syncs
again loses it when the grace runs out, with no process on the server. The incoming KAM's next
exchange brings the client whole (it enters their scope).

On the server the roles decide: only a manager (of the KAMs' team) writes assignments, and a
KAM may change one row only, their own leaving assignment, and only its `deleted_at`
(kamdesk.db.policies). A laptop's file has no roles: a KAM's handover made there is refused by
the server at their next exchange. On the team server itself: services.team.handover_server.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kamdesk.domain import merge
from kamdesk.domain.handover import HandoverRefused, Seat, hand_over
from kamdesk.domain.natural_keys import client_kam_id
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.models import Client, ClientKam, Kam
from kamdesk.services.queries import live


@dataclass(frozen=True)
class HandedOver:
    """One client handed over: to whom, and whose assignment now ends."""

    client_id: str
    client_name: str
    to_kam: str  # the incoming KAM's name
    co: bool
    leaving: tuple[str, ...]  # the outgoing KAMs' names (none when a co-KAM joins)


def find_kam(session: Session, name_or_id: str) -> Kam:
    """The live KAM with this id, or else this name (in any case or spacing); UserError when
    there is none: a handover goes to a KAM the team knows, it makes no new one."""
    from kamdesk.domain.client import kam_name_key

    wanted = name_or_id.strip()
    found = session.get(Kam, wanted) if wanted else None
    if found is None or found.deleted_at is not None:
        found = session.scalars(
            select(Kam).where(Kam.name_key == kam_name_key(wanted), live(Kam)).order_by(Kam.id)
        ).first()
    if found is None:
        raise UserError(
            _("There is no KAM {kam!r}: hand clients over to a KAM the team knows.").format(
                kam=name_or_id
            )
        )
    return found


def kam_choices(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every live KAM, by name: whom a client may be handed over to."""
    rows = session.execute(
        select(Kam.id, Kam.name).where(live(Kam)).order_by(Kam.name_key, Kam.id)
    ).all()
    return [(str(k), str(name)) for k, name in rows]


def handover(
    session: Session, client_ids: Sequence[str], to_kam: str, *, co: bool = False
) -> list[HandedOver]:
    """Hand the clients to the KAM `to_kam` (an id or a name): as their lead, the lead they
    replace leaving, or with `co` as a co-KAM, nobody leaving. UserError for an unknown KAM or
    client, the same KAM again, or a fourth KAM; nothing is written then."""
    from kamdesk.services.sync.store import now_text

    if not client_ids:
        raise UserError(_("Name at least one client to hand over."))
    kam = find_kam(session, to_kam)
    now = now_text()
    done = []
    for client_id in dict.fromkeys(client_ids):
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise UserError(_("There is no client {id}.").format(id=client_id))
        rows = {
            row.kam_id: row
            for row in session.scalars(
                select(ClientKam).where(ClientKam.client_id == client_id, live(ClientKam))
            )
        }
        seats = [Seat(k, r.position, r.leaving_since is not None) for k, r in rows.items()]
        try:
            move = hand_over(seats, kam.id, co=co, who=kam.name)
        except HandoverRefused as exc:
            raise UserError(_("{client}: {reason}").format(client=client.name, reason=exc)) from exc
        for kid, position in move.positions().items():
            row = rows.get(kid) or session.get(ClientKam, client_kam_id(client_id, kid))
            if row is None:
                row = ClientKam(id=client_kam_id(client_id, kid), client_id=client_id, kam_id=kid)
                session.add(row)
            if row.deleted_at is not None:
                row.deleted_at = None
            if row.leaving_since is not None:
                row.leaving_since = None  # one leaving and handed the client back stays
            if row.position != position:
                row.position = position
        for kid in move.leaving:
            rows[kid].leaving_since = now
        leaving = tuple(_name(session, k) for k in move.leaving)
        done.append(HandedOver(client_id, client.name, kam.name, co, leaving))
    session.flush()
    return done


def _name(session: Session, kam_id: str) -> str:
    found = session.get(Kam, kam_id)
    return found.name if found is not None else kam_id


# the server's answers for the exchange's step below; `kamdesk.current_kam()` is the login's
MY_LEAVING = text(
    "SELECT id FROM client_kam WHERE kam_id = kamdesk.current_kam() "
    "AND leaving_since IS NOT NULL AND deleted_at IS NULL ORDER BY id"
)
END_ROW = text(
    "UPDATE client_kam SET deleted_at = :at, updated_at = :now, revision = revision + 1 "
    "WHERE id = :id AND deleted_at IS NULL"
)


def end_leaving(server: Session) -> int:
    """In an exchange, after the push (the KAM's last edits are on the server): tombstone the
    KAM's own leaving assignments on the team server; the clients then leave their scope (and
    their laptop, in the same exchange) unless they see them otherwise. Returns how many ended.

    The delete is the server's event. Its state is written first, while the client is still in
    the KAM's scope (the state's trigger and the bookkeeping's row policy admit it then), and
    the row after: from then on the login sees nothing of the client. Nothing to do on a
    server without logins (SQLite, in tests) nor for a login that is nobody's KAM."""
    from kamdesk.db import sync_triggers_off
    from kamdesk.services.sync.store import (
        entity,
        load_local,
        now_text,
        read_rows,
        read_states,
        save_local,
        state_of,
        write_states,
    )
    from kamdesk.services.sync.writing import deleted_at_of

    conn = server.connection()
    if conn.dialect.name != "postgresql":
        return 0
    ids = [str(r) for (r,) in conn.execute(MY_LEAVING)]
    if not ids:
        return 0
    local = load_local(server)
    ent = entity("client_kam")
    rows = read_rows(server, ent, ids)
    kept = read_states(server, "client_kam", ids)
    ended = []
    for record_id in ids:
        before = state_of(local, "client_kam", record_id, kept.get(record_id), rows.get(record_id))
        if before is None:
            continue
        ended.append(
            merge.delete(before, replica=local.replica, stamp=local.tick(), dot=local.next_dot())
        )
    write_states(server, local, ended)
    now = now_text()
    with sync_triggers_off(conn):  # the server's own event, just kept: no edit to capture
        for state in ended:
            conn.execute(END_ROW, {"at": deleted_at_of(state), "now": now, "id": state.record_id})
    save_local(server, local)
    return len(ended)
