"""Sync bookkeeping: local to one database file, never synced nor digested.

- `sync_meta`: this file's clocks and knowledge (key/value): the hybrid logical clock, the
  version vector of every event it holds, the local change counter, its baseline id.
- `sync_state`: the sync state of a record (kamdesk.sync.codec), for every record changed
  since sync began. A record without one is a *baseline* record: created by this file's
  baseline event and never changed since (most of the rows of a database that predates sync).
- `sync_dirty`: records written since their last capture, kept by triggers on every synced
  table whatever wrote them (ORM, Core, raw SQL, migrations). `old` is the row as it was before
  the first write (JSON), NULL for a new row.
- `sync_peer`: the other laptops this one exchanged files with, and what each acknowledged.
- `sync_exchange`: the history of bundles written and read.
- `sync_conflict`: what two people changed at once, open until resolved.
- `sync_held`: rows kept out of sight although their state is live (a twin of one unique key,
  a client out of its KAM's scope on a team server's laptop), or in sight although deleted (a
  parent brought back by a child): `reason` says why.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, UTCDateTime


class SyncMeta(Base):
    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncState(Base):
    __tablename__ = "sync_state"
    __table_args__ = (Index("ix_sync_state_seq", "seq"),)

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer)


class SyncDirty(Base):
    __tablename__ = "sync_dirty"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    old: Mapped[str | None] = mapped_column(Text, default=None)


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    replica_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    acked: Mapped[str] = mapped_column(Text, default="{}")  # its version vector, as JSON
    last_sent: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_received: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SyncExchange(Base):
    __tablename__ = "sync_exchange"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # "out" or "in"
    peer_id: Mapped[str | None] = mapped_column(String(64), default=None)
    peer_name: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(12))  # "full" or "incremental"
    file_name: Mapped[str] = mapped_column(String(260), default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")  # counts, as JSON
    # this file's change counter and version vector right after the exchange: what a peer
    # that acknowledges the vector holds of every record changed up to `seq`
    seq: Mapped[int] = mapped_column(Integer, default=0)
    vector: Mapped[str] = mapped_column(Text, default="{}")


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_record", "entity", "record_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64), default="")
    winner: Mapped[str] = mapped_column(Text)  # JSON: the value every laptop shows for now
    other: Mapped[str] = mapped_column(Text)  # JSON: the value (or delete) that lost
    needs_decision: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class SyncHeld(Base):
    __tablename__ = "sync_held"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(String(16))  # "twin", "revived" or "scope"


SYNC_TABLES = frozenset(
    {
        "sync_meta",
        "sync_state",
        "sync_dirty",
        "sync_peer",
        "sync_exchange",
        "sync_conflict",
        "sync_held",
    }
)
