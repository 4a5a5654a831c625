"""The digest's own bookkeeping: local to one database file, never synced nor digested.

- `digest_sum`: per digested table, its live-row count and the sum modulo 2**256 of the
  SHA-256 of each live row's canonical text (kamdesk.db.rowhash), as 64 hex digits, and the
  column names that text is made of (a JSON list; the digest line hashes them too). A sum does
  not depend on row order, so a write changes it by what it removed and what it added.
- `digest_dirty`: rows written since their last fold, kept by triggers on every digested table
  whatever wrote them (ORM, Core, raw SQL, migrations, another program). `old` is the row's
  canonical text before its first write, NULL when it was not live (new, or a tombstone).
  Each unit of work folds the marks into the sums before it commits.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base


class DigestSum(Base):
    __tablename__ = "digest_sum"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    live: Mapped[int] = mapped_column(Integer)
    total: Mapped[str] = mapped_column(String(64))
    columns: Mapped[str] = mapped_column(Text)


class DigestDirty(Base):
    __tablename__ = "digest_dirty"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    old: Mapped[str | None] = mapped_column(Text, default=None)


DIGEST_TABLES = frozenset({"digest_sum", "digest_dirty"})
