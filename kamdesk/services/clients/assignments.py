"""Which KAMs a client is assigned to (issue 19): read for lists, dossiers, documents and briefs,
written by the dossier's save.

A client has one to three live `client_kam` rows: position 1 is the lead (documents sign as
them), 2-3 the co-KAMs. A row with `leaving_since` is a KAM the client was handed over from
(services.team.handover): it stays live until their next exchange with the team server, but
they are no longer among the client's KAMs here. A KAM is matched by the key of their name
(domain.client.kam_name_key); a name no KAM has yet makes one, its id derived from the key, as
migration 0014 made them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.client import kam_name_key
from kamdesk.domain.natural_keys import client_kam_id, kam_id
from kamdesk.models import ClientKam, Kam
from kamdesk.services.queries import live


def assigned_names(session: Session, client_id: str) -> list[str]:
    """The client's KAMs' names, the lead first."""
    return assigned_by_client(session, [client_id]).get(client_id, [])


def assigned_by_client(session: Session, client_ids: Iterable[str]) -> dict[str, list[str]]:
    """client id -> its KAMs' names, the lead first (clients without any left out)."""
    ids = list(dict.fromkeys(client_ids))
    out: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(ClientKam.client_id, Kam.name)
            .join(Kam, Kam.id == ClientKam.kam_id)
            .where(
                ClientKam.client_id.in_(ids[start : start + 500]),
                live(ClientKam),
                ClientKam.leaving_since.is_(None),
            )
            .order_by(ClientKam.client_id, ClientKam.position, ClientKam.id)
        ).all()
        for client_id, name in rows:
            out.setdefault(client_id, []).append(name)
    return out


def known_kams(session: Session) -> list[str]:
    """Every live KAM's name, by name: what the dossier's KAM field offers."""
    return list(session.scalars(select(Kam.name).where(live(Kam)).order_by(Kam.name_key, Kam.id)))


def lead_kam(session: Session, client_id: str) -> str:
    """The lead KAM's name ('' when the client has none): who signs documents."""
    names = assigned_names(session, client_id)
    return names[0] if names else ""


def kam_for_name(session: Session, name: str) -> Kam:
    """The live KAM of this name's key; else the one the key's id names, brought back if it
    was deleted; else a new one (its id derived from the key, as migration 0014 makes it)."""
    key = kam_name_key(name)
    found = session.execute(
        select(Kam).where(Kam.name_key == key, live(Kam)).order_by(Kam.id).limit(1)
    ).scalar_one_or_none()
    if found is not None:
        return found
    derived = session.get(Kam, kam_id(key))
    if derived is not None:
        derived.deleted_at = None
        return derived
    made = Kam(id=kam_id(key), name=" ".join(name.split()), name_key=key)
    session.add(made)
    return made


def assign_kams(session: Session, client_id: str, names: Sequence[str]) -> None:
    """Make the client's assignments exactly `names`, in order (the first is the lead): the
    validated list (domain.client.kams_problem). An assignment dropped becomes a tombstone
    (sync carries it); one made again is brought back. A leaving one (a handover) is left to
    end at its KAM's next exchange, unless named again: then it stays."""
    wanted = [kam_for_name(session, name) for name in names]
    session.flush()  # new KAMs exist before assignments point to them
    positions = {kam.id: n for n, kam in enumerate(wanted, start=1)}
    current = {
        row.kam_id: row
        for row in session.execute(
            select(ClientKam).where(ClientKam.client_id == client_id, live(ClientKam))
        ).scalars()
    }
    for kid, dropped in current.items():
        if kid not in positions and dropped.leaving_since is None:
            dropped.tombstone()
    for kid, position in positions.items():
        found = current.get(kid) or session.get(ClientKam, client_kam_id(client_id, kid))
        if found is None:
            found = ClientKam(id=client_kam_id(client_id, kid), client_id=client_id, kam_id=kid)
            session.add(found)
        row = found
        if row.deleted_at is not None:
            row.deleted_at = None
        if row.leaving_since is not None:
            row.leaving_since = None
        if row.position != position:
            row.position = position
    session.flush()
