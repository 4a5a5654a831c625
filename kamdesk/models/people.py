"""The people: key account managers, their teams, and which KAMs a client is assigned to.

Synced records like any other (issue 19, docs/team-server.md 3.1). A KAM's id is derived from
the matching key of their name (kamdesk.domain.natural_keys.kam_id), an assignment's from the
client and the KAM (client_kam_id): two laptops that turn the same typed names into records
make the same ones.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, SmallInteger, String, false
from sqlalchemy.orm import Mapped, mapped_column, validates

from kamdesk.domain.client import kam_name_key
from kamdesk.models.base import Base, Record, unique_live


class Team(Record, Base):
    """A sales department under one head (a manager who is a KAM too)."""

    __tablename__ = "team"

    name: Mapped[str] = mapped_column(String(120))
    # team and kam point at each other: the table is made before kam, its key added after
    manager_id: Mapped[str | None] = mapped_column(
        ForeignKey("kam.id", use_alter=True), index=True, default=None
    )


class Kam(Record, Base):
    """A key account manager (or a manager), as documents print their name."""

    __tablename__ = "kam"
    __table_args__ = (unique_live("uq_kam_role_live", "role_name", where="role_name IS NOT NULL"),)

    name: Mapped[str] = mapped_column(String(120))
    # casefolded, spaces collapsed (kamdesk.domain.client.kam_name_key): what names match by
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    role_name: Mapped[str | None] = mapped_column(String(63), default=None)  # PostgreSQL login
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True, default=None)
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    @validates("name")
    def _keep_name_key(self, _key: str, value: str) -> str:
        self.name_key = kam_name_key(value)  # derived: sync carries the name only
        return value


class ClientKam(Record, Base):
    """A KAM assigned to a client: position 1 is the lead (documents sign as them), 2-3 the
    co-KAMs."""

    __tablename__ = "client_kam"
    __table_args__ = (unique_live("uq_client_kam_live", "client_id", "kam_id"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    kam_id: Mapped[str] = mapped_column(ForeignKey("kam.id"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    leaving_since: Mapped[str | None] = mapped_column(String(32), default=None)  # a handover
