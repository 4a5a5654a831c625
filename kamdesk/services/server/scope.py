"""The scoped replica (docs/team-server.md, section 4): the clients a laptop holds, those entering
and leaving its KAM's scope at an exchange, and what becomes of their records on the laptop.

What a KAM may see changes only through `client_kam` (4.1), so scope moves are computed on
clients: the server's `SELECT id FROM client`, answered under the KAM's row-level security, is
the scope now; the laptop's live clients are what it holds. A client *entering* is pulled whole
(its records and all under them, whatever the laptop's version vector claims: it may cover their
events, learnt with other records of the same replicas). A client *leaving* goes out of sight:
its live rows are tombstoned here without an edit (no delete travels back) and marked in
`sync_held` with reason `scope`, which keeps them out of the trash and out of every bundle;
at the end of the exchange they are removed for good (`forget_out_of_scope`: the push came
first, so the server holds all of them), but for a row one in scope still points at. When a
client enters again it comes whole from the server; rows still held are brought back and
merged with the states kept here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from kamdesk.db import sync_triggers_off
from kamdesk.db.dialect import in_ids
from kamdesk.services.sync.export import Plan
from kamdesk.services.sync.purge import referrers
from kamdesk.services.sync.store import now_text, read_states
from kamdesk.services.sync.tables import children_of, entities

SCOPE = "scope"  # the sync_held reason of a record out of its KAM's scope
CHUNK = 500

Records = dict[str, set[str]]  # entity -> record ids


@dataclass(frozen=True)
class Moves:
    """Clients entering and leaving the laptop's scope at one exchange."""

    entering: frozenset[str]
    leaving: frozenset[str]


def held_clients(laptop: Session) -> set[str]:
    """The clients this laptop holds: its live ones."""
    return _ids(laptop, "SELECT id FROM client WHERE deleted_at IS NULL")


def scope_moves(laptop: Session, server: Session) -> Moves:
    """Entering = in scope (and live) on the server, not held here; leaving = held here, out of
    scope on the server (a client deleted there, still in scope, leaves by its tombstone)."""
    held = held_clients(laptop)
    now = {
        str(cid): deleted is None
        for cid, deleted in server.connection().exec_driver_sql("SELECT id, deleted_at FROM client")
    }
    entering = {cid for cid, live in now.items() if live} - held
    return Moves(frozenset(entering), frozenset(held - set(now)))


def records_under(session: Session, client_ids: Collection[str]) -> Records:
    """Every record (live or tombstoned row) of these clients and of their children, down the
    parent links (services.check.PARENTS), with the tables that name their client directly."""
    found: Records = {}
    if not client_ids:
        return found
    names = entities()
    found["client"] = _in(session, "client", "id", client_ids)
    for name, entity in names.items():
        if name != "client" and "client_id" in entity.fields:
            found[name] = _in(session, name, "client_id", client_ids)
    todo = [name for name, ids in found.items() if ids]
    while todo:
        parent = todo.pop()
        for child, link in children_of(parent):
            if child not in names:
                continue
            new = _in(session, child, link, found[parent]) - found.get(child, set())
            if new:
                found.setdefault(child, set()).update(new)
                todo.append(child)
    return {name: ids for name, ids in found.items() if ids}


def with_whole(plan: Plan, whole: Records) -> Plan:
    """The plan with every record of `whole` added (parents first, as entities() orders)."""
    if not whole:
        return plan
    planned = {entity.name: ids for entity, ids in plan}
    out: Plan = []
    for name, entity in entities().items():
        if name in planned and planned[name] is None:
            out.append((entity, None))  # every row already
        elif name in planned or name in whole:
            ids = set(planned.get(name) or ()) | whole.get(name, set())
            out.append((entity, sorted(ids)))
    return out


def put_out_of_sight(session: Session, client_ids: Collection[str]) -> int:
    """Take these clients and all under them off this laptop, without an edit (no delete
    travels back): their rows are marked held for scope, then removed for good
    (`forget_out_of_scope`); one a row in scope still points at stays, tombstoned and held.
    Returns how many rows went out of sight."""
    conn = session.connection()
    marked = 0
    with sync_triggers_off(conn):
        for name, ids in records_under(session, client_ids).items():
            for chunk in _chunks(sorted(ids)):
                conn.execute(
                    text(
                        "INSERT INTO sync_held(entity, record_id, reason) VALUES (:e, :r, :why) "
                        "ON CONFLICT (entity, record_id) DO UPDATE SET reason = excluded.reason"
                    ),
                    [{"e": name, "r": r, "why": SCOPE} for r in chunk],
                )
            marked += len(ids)
    forget_out_of_scope(session)
    _tombstone_held(session)
    return marked


def _tombstone_held(session: Session) -> None:
    """The rows still held for scope (pointed at from the scope) are out of sight."""
    conn = session.connection()
    now = now_text()
    held = {
        str(e)
        for (e,) in conn.execute(
            text("SELECT DISTINCT entity FROM sync_held WHERE reason = :why"), {"why": SCOPE}
        )
    }
    with sync_triggers_off(conn):
        for name in (n for n in entities() if n in held):
            conn.execute(
                text(
                    f"UPDATE {name} SET deleted_at = :now WHERE deleted_at IS NULL AND id IN "
                    "(SELECT record_id FROM sync_held WHERE entity = :e AND reason = :why)"
                ),
                {"now": now, "e": name, "why": SCOPE},
            )


def forget_out_of_scope(session: Session) -> int:
    """Remove for good the rows held here for scope, with their kept states, conflicts and
    marks; returns how many went. Called after a good exchange: its push came first, so the
    server holds all of their states, and a KAM's laptop keeps no copy of other KAMs' clients
    (commercial secrets; and every save would read their marks). Children go before their
    parents, in rounds; a row some remaining row still points at (a group's parent client
    of a client in scope) stays out of sight, held. The clients' caches are made again."""
    conn = session.connection()
    if not conn.execute(HELD_ANY, {"why": SCOPE}).first():
        return 0
    pointing = referrers()
    gone = 0
    clients: set[str] = set()
    with sync_triggers_off(conn):
        while True:
            round_gone = 0
            for name in reversed(list(entities())):  # children before parents
                free = "".join(
                    f" AND NOT EXISTS (SELECT 1 FROM {t} r WHERE r.{c} = h.record_id)"
                    for t, c in pointing.get(name, ())
                )
                ids = [
                    str(r)
                    for (r,) in conn.execute(
                        text(
                            "SELECT h.record_id FROM sync_held h WHERE h.entity = :e "
                            f"AND h.reason = :why{free}"
                        ),
                        {"e": name, "why": SCOPE},
                    )
                ]
                if name == "client":
                    clients.update(ids)
                for chunk in _chunks(ids):
                    _forget(conn, name, chunk)
                round_gone += len(ids)
            gone += round_gone
            if not round_gone:
                break
    if clients:
        from kamdesk.services.kpi import revenue_cache
        from kamdesk.services.receivables import cache

        cache.refresh(conn, clients)
        if revenue_cache.made(conn):
            revenue_cache.refresh(conn, clients)
    return gone


def _forget(conn: Connection, name: str, ids: list[str]) -> None:
    conn.execute(in_ids(f"DELETE FROM {name} WHERE id IN :ids", "ids"), {"ids": ids})
    for table in ("sync_state", "sync_conflict", "sync_held", "sync_dirty"):
        conn.execute(
            in_ids(f"DELETE FROM {table} WHERE entity = :e AND record_id IN :ids", "ids"),
            {"e": name, "ids": ids},
        )


def bring_back(session: Session, coming: Records) -> int:
    """Before a pull that brings them: the records held here for scope among `coming` are shown
    again as their kept state says (live, unless deleted by then), and unmarked, so that the
    merge joins the server's state with the one kept here. Returns how many came back."""
    conn = session.connection()
    if not coming or not conn.execute(HELD_ANY, {"why": SCOPE}).first():
        return 0
    held: Records = {}
    for entity, record_id in conn.execute(
        text("SELECT entity, record_id FROM sync_held WHERE reason = :why"), {"why": SCOPE}
    ):
        if str(record_id) in coming.get(str(entity), ()):
            held.setdefault(str(entity), set()).add(str(record_id))
    back = 0
    with sync_triggers_off(conn):
        for name, ids in held.items():
            kept = read_states(session, name, ids)
            # a row without a kept state is a baseline record, live when it went out of sight
            live = sorted(r for r in ids if r not in kept or not kept[r].deleted)
            for chunk in _chunks(live):
                conn.execute(
                    text(f"UPDATE {name} SET deleted_at = NULL WHERE id IN :ids").bindparams(
                        bindparam("ids", expanding=True)
                    ),
                    {"ids": chunk},
                )
            for chunk in _chunks(sorted(ids)):
                conn.execute(
                    text(
                        "DELETE FROM sync_held WHERE entity = :e AND record_id IN :ids"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"e": name, "ids": chunk},
                )
            back += len(live)
    return back


HELD_ANY = text("SELECT 1 FROM sync_held WHERE reason = :why LIMIT 1")


def _in(
    session: Session, table: str, column: str, values: Iterable[str], *, live: bool = False
) -> set[str]:
    found: set[str] = set()
    alive = " AND deleted_at IS NULL" if live else ""
    sql = text(f"SELECT id FROM {table} WHERE {column} IN :v{alive}").bindparams(
        bindparam("v", expanding=True)
    )
    for chunk in _chunks(sorted(values)):
        found.update(str(r) for (r,) in session.connection().execute(sql, {"v": chunk}))
    return found


def _ids(session: Session, sql: str) -> set[str]:
    return {str(r) for (r,) in session.connection().exec_driver_sql(sql)}


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
