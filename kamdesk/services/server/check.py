"""`kamdesk server check --db PATH --server URL`: does this laptop hold what the team server
holds for its login? (docs/team-server.md 4.4, simplified.)

Read-only on both sides: the laptop's file through a reading session, the server in one
`REPEATABLE READ READ ONLY` transaction (one snapshot). Per synced entity, the laptop's live
records against the live records the login may see on the server (row-level security scopes
them), by count and by a hash of each record computed here, in Python, over the values sync
reads (services.sync.store.all_rows: the same values from either dialect). Unsent edits differ
by design, so their number is said first.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.db.server import reason_of, shown
from kamdesk.domain.clock import VersionVector
from kamdesk.errors import StorageError
from kamdesk.messages import _
from kamdesk.services.sync.store import Row, all_rows
from kamdesk.services.sync.tables import Entity, entities

SHOWN_IDS = 5  # differing ids listed per entity


@dataclass(frozen=True)
class EntityCheck:
    """One entity on both sides."""

    entity: str
    laptop: int  # live records
    server: int
    differing: tuple[str, ...]  # the first ids on one side only or with other values

    @property
    def same(self) -> bool:
        return not self.differing


@dataclass(frozen=True)
class ServerCheck:
    url: str  # as shown: no password
    unsent: int  # the laptop's changes the server has not seen
    entities: tuple[EntityCheck, ...]
    stranded: int = 0  # stranded changes this login may read, unsettled (a manager: the team's)

    @property
    def agree(self) -> bool:
        return all(e.same for e in self.entities)


def record_hash(row: Row) -> str:
    """A record's values as one hash (the same on a laptop and on the server)."""
    data = json.dumps(row.values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()


def live_hashes(session: Session, entity: Entity) -> dict[str, str]:
    """The entity's live records (as this session may see them), id -> record_hash."""
    return {rid: record_hash(row) for rid, row in all_rows(session, entity) if not row.deleted}


def compare(entity: str, laptop: dict[str, str], server: dict[str, str]) -> EntityCheck:
    """Counts and the first differing ids (in id order) of one entity."""
    ids = sorted(laptop.keys() | server.keys())
    differing = tuple(i for i in ids if laptop.get(i) != server.get(i))[:SHOWN_IDS]
    return EntityCheck(entity, len(laptop), len(server), differing)


def server_vector(server: Session) -> VersionVector:
    """Every event the server holds (its own bookkeeping, read as is: nothing is made)."""
    from sqlalchemy import text

    value = server.execute(text("SELECT value FROM sync_meta WHERE key = 'vector'")).scalar()
    return VersionVector.from_json(str(value) if value is not None else "{}")


def unsent(laptop: Session, known: VersionVector) -> int:
    """How many of the laptop's records hold changes `known` lacks (and writes not yet
    recorded as changes, if any). A laptop that never synced: all its records."""
    from kamdesk.services.replica import current_replica
    from kamdesk.services.sync.capture import pending
    from kamdesk.services.sync.export import plan_for
    from kamdesk.services.sync.store import load_local

    if current_replica(laptop) is None:
        return sum(1 for e in entities().values() for _row in all_rows(laptop, e))
    plan = plan_for(laptop, load_local(laptop), known)
    count = pending(laptop)
    for entity, ids in plan:
        count += sum(1 for _row in all_rows(laptop, entity)) if ids is None else len(ids)
    return count


def waiting_stranded(server: Session) -> int:
    """Unsettled stranded changes the login may read (none where the server keeps none)."""
    from sqlalchemy import text

    from kamdesk.services.server.settle import open_count

    conn = server.connection()
    if conn.dialect.name != "postgresql":
        return 0
    if conn.execute(text("SELECT to_regclass('stranded')")).scalar() is None:
        return 0
    return open_count(server)


def check_with_server(db: Database, url: str) -> ServerCheck:
    """Compare the laptop's file with what the server's login sees; nothing is written.
    StorageError when the server cannot be read (said as the server's, not the file's)."""
    from sqlalchemy.exc import DBAPIError

    from kamdesk.db.server import make_server_engine
    from kamdesk.services.server.connect import sync_url
    from kamdesk.services.server.run import check_server

    target = sync_url(url)
    engine = make_server_engine(target, application_name="kamdesk/check")
    reader = engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with Session(reader) as server:  # one snapshot of the server, read first
            check_server(server, engine, shown(target))
            known = server_vector(server)
            theirs = {name: live_hashes(server, e) for name, e in entities().items()}
            stranded = waiting_stranded(server)
            server.rollback()
    except DBAPIError as exc:
        raise StorageError(
            _("The team server {url} could not be read: {reason}").format(
                url=shown(target), reason=reason_of(exc)
            )
        ) from exc
    finally:
        engine.dispose()
    with db.reading() as laptop:
        waiting = unsent(laptop, known)
        found = tuple(
            compare(name, live_hashes(laptop, entity), theirs[name])
            for name, entity in entities().items()
        )
    return ServerCheck(shown(target), waiting, found, stranded)
