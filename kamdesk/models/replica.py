"""This database file's identity as a replica (one laptop's copy of the data).

Local bookkeeping, never synced nor digested: every copy has its own. A file carries every
identity it has had; the live one has no `retired_at`. A copy of the file opened elsewhere
retires the identity it carried and gets a new one (`forked_from` says which).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, UTCDateTime, new_id, utcnow


class Replica(Base):
    __tablename__ = "replica"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120), default="")
    # The part of order, invoice, return and document numbers that keeps this replica's numbers
    # apart from every other's (SO-2026-<series>-000001).
    series_code: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    forked_from: Mapped[str | None] = mapped_column(String(36), default=None)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # Changed on every writable open, kept in the registry too: a file restored from a backup
    # holds an older one and is told apart from the file last opened.
    open_token: Mapped[str] = mapped_column(String(36), default=new_id)
