"""People and assignments (issue 19): KAMs, teams, and the one to three KAMs of each client

- team: a sales department; manager_id its head (a kam).
- kam: a key account manager as documents print the name, its matching key (casefolded, spaces
  collapsed), e-mail, the PostgreSQL login role (none yet), team, whether a manager.
- client_kam: a KAM assigned to a client; position 1 is the lead, 2-3 co-KAMs; leaving_since
  is set by a handover (docs/team-server.md 3.5).
- activity.kam_id: the owner of an activity without a client (a training).

The free text `client.kam` becomes records: it is split into names (domain.client.kam_names:
a name typed twice counts once), one `kam` per distinct key (the first spelling seen names it,
its id derived from the key), one `client_kam` per name in order (position 1..3, id derived
from client and KAM); names past the third go to the client's notes as "KAM (not assigned):
..." so nothing typed is lost. `client.kam` stays, unused, until a later migration drops it.

On a laptop that has not begun sync (no exchange, no peer) the new rows are its baseline, as
the demo's are (kamdesk.db.baseline_load): written before their sync triggers, under a
baseline id of its own. Otherwise they are this laptop's edits, captured as such. Either way
two laptops migrating the same text make equal records (ids derived, created_at fixed or the
client's), which merge without conflict. On the team server (PostgreSQL) the same rows.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 06:30:00
"""

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from kamdesk.db import track_table
from kamdesk.domain.natural_keys import client_kam_id, kam_id
from kamdesk.migrations import on_sqlite

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("team", "kam", "client_kam")
# a migrated KAM's creation time: the same on every laptop (created_at travels with a record)
MIGRATED_AT = "2026-12-06T00:00:00.000000Z"


# domain.client's rules as they were (a migration keeps its own frozen copy: two laptops
# migrating the same text must make the same records whichever release migrates them)
MAX_KAMS = 3
NOT_ASSIGNED = "KAM (not assigned): "


def kam_name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def assignments_of(text: str, notes: str) -> tuple[list[str], str]:
    """The first MAX_KAMS distinct names, and the notes with the rest appended."""
    seen: dict[str, str] = {}
    for part in re.split(r"[;,\n]", text):
        if part.strip():
            seen.setdefault(kam_name_key(part), " ".join(part.split()))
    names = list(seen.values())
    rest = names[MAX_KAMS:]
    if rest:
        line = NOT_ASSIGNED + "; ".join(rest)
        notes = f"{notes.rstrip()}\n{line}" if notes.strip() else line
    return names[:MAX_KAMS], notes


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}")
    )


def _index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{columns[0]}"), table, list(columns), unique=False)


def _live_unique(name: str, table: str, *columns: str, where: str = "") -> None:
    condition = f"deleted_at IS NULL AND {where}" if where else "deleted_at IS NULL"
    op.create_index(
        name,
        table,
        list(columns),
        unique=True,
        sqlite_where=sa.text(condition),
        postgresql_where=sa.text(condition),
    )


def _tables() -> None:
    sqlite = on_sqlite()
    # team and kam point at each other: SQLite takes the forward reference in CREATE TABLE
    # (and cannot add a constraint later), PostgreSQL adds it once kam exists
    op.create_table(
        "team",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("manager_id", sa.String(length=36), nullable=True),
        *_record_columns(),
        *([_fk("team", "manager_id", "kam")] if sqlite else []),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    _index("team", "manager_id")
    op.create_table(
        "kam",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), server_default="", nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=True),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("is_manager", sa.Boolean(), server_default=sa.false(), nullable=False),
        *_record_columns(),
        _fk("kam", "team_id", "team"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kam")),
    )
    _index("kam", "name_key")
    _index("kam", "team_id")
    _live_unique("uq_kam_role_live", "kam", "role_name", where="role_name IS NOT NULL")
    if not sqlite:
        op.create_foreign_key(op.f("fk_team_manager_id_kam"), "team", "kam", ["manager_id"], ["id"])
    op.create_table(
        "client_kam",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("kam_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.SmallInteger(), server_default="1", nullable=False),
        sa.Column("leaving_since", sa.String(length=32), nullable=True),
        *_record_columns(),
        _fk("client_kam", "client_id", "client"),
        _fk("client_kam", "kam_id", "kam"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_kam")),
    )
    _index("client_kam", "client_id")
    _index("client_kam", "kam_id")
    _live_unique("uq_client_kam_live", "client_kam", "client_id", "kam_id")
    # ADD COLUMN with its foreign key inline (Alembic would copy the table to add it)
    op.execute(
        "ALTER TABLE activity ADD COLUMN kam_id VARCHAR(36) "
        "CONSTRAINT fk_activity_kam_id_kam REFERENCES kam (id)"
    )
    _index("activity", "kam_id")


def _has_synced(conn: sa.Connection) -> bool:
    """Whether this file has exchanged with another (a bundle out or in, a peer known)."""
    return bool(
        conn.execute(
            sa.text(
                "SELECT EXISTS (SELECT 1 FROM sync_exchange) OR EXISTS (SELECT 1 FROM sync_peer)"
            )
        ).scalar()
    )


def _migrate_names(conn: sa.Connection) -> None:
    """client.kam -> kam and client_kam rows (and notes for the names past the third)."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    kams: dict[str, dict[str, str]] = {}
    links: list[dict[str, object]] = []
    notes: list[dict[str, str]] = []
    clients = conn.execute(
        sa.text("SELECT id, kam, notes, created_at, deleted_at FROM client ORDER BY created_at, id")
    ).all()
    for client_id, text, old_notes, created, deleted in clients:
        names, new_notes = assignments_of(text or "", old_notes or "")
        for position, name in enumerate(names, start=1):
            key = kam_name_key(name)
            kam = kams.setdefault(key, {"id": kam_id(key), "name": name, "key": key})
            links.append(
                {
                    "id": client_kam_id(client_id, kam["id"]),
                    "client": client_id,
                    "kam": kam["id"],
                    "position": position,
                    "made": created,
                    "deleted": deleted,  # a deleted client's go with it (and come back with it)
                }
            )
        if new_notes != (old_notes or ""):
            notes.append({"id": client_id, "notes": new_notes})
    if kams:
        conn.execute(
            sa.text(
                "INSERT INTO kam (id, created_at, updated_at, revision, deleted_at, name, "
                "name_key, email, role_name, team_id, is_manager) VALUES (:id, :made, :now, 1, "
                "NULL, :name, :key, '', NULL, NULL, :no)"
            ),
            [{**k, "made": MIGRATED_AT, "now": now, "no": False} for k in kams.values()],
        )
    if links:
        conn.execute(
            sa.text(
                "INSERT INTO client_kam (id, created_at, updated_at, revision, deleted_at, "
                "client_id, kam_id, position, leaving_since) "
                "VALUES (:id, :made, :now, 1, :deleted, :client, :kam, :position, NULL)"
            ),
            [{**link, "now": now} for link in links],
        )
    if notes:  # an edit of the client's, captured as one wherever its triggers are
        conn.execute(
            sa.text(
                "UPDATE client SET notes = :notes, updated_at = :now, revision = revision + 1 "
                "WHERE id = :id"
            ),
            [{**n, "now": now} for n in notes],
        )


def upgrade() -> None:
    _tables()
    conn = op.get_bind()
    if not on_sqlite():  # the team server: no capture of its own here (see 0008)
        _migrate_names(conn)
        return
    if _has_synced(conn):
        for table in (*NEW_TABLES, "activity"):
            track_table(conn, table)
        _migrate_names(conn)  # after the triggers: this laptop's edits, sent with its data
        return
    # the file's baseline: rows written before their tables' triggers, under a baseline id of
    # their own (a copy of the file made before them never passes for holding them)
    _migrate_names(conn)
    for table in (*NEW_TABLES, "activity"):
        track_table(conn, table)
    conn.execute(
        sa.text("UPDATE sync_meta SET value = :b WHERE key = 'baseline'"),
        {"b": f"base-{uuid.uuid4()}"},
    )


def downgrade() -> None:
    """Not undone: the backup taken before the upgrade is the way back."""
