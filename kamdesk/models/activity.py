"""Meetings, calls and tasks: the KAM's schedule and the client's contact history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, ISODate, Record, UTCDateTime

ACTIVITY_KINDS = ("meeting", "call", "task")
ACTIVITY_STATUSES = ("planned", "done", "cancelled")


class Activity(Record, Base):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_starts_at", "starts_at"),
        Index("ix_activity_client_starts", "client_id", "starts_at"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), default=None)
    subject: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str] = mapped_column(String(300), default="")
    travel_min: Mapped[int] = mapped_column(Integer, default=0)
    agenda: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    due_date: Mapped[date | None] = mapped_column(ISODate, default=None)


class ActivityContact(Record, Base):
    """A contact attending a meeting or on a call."""

    __tablename__ = "activity_contact"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
