"""Meetings, calls and tasks: the KAM's schedule and the client's contact history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, ISODate, Record, UTCDateTime, unique_live

ACTIVITY_KINDS = ("meeting", "call", "task")
ACTIVITY_STATUSES = ("planned", "done", "cancelled")
PLACE_KINDS = ("site", "phone", "video")  # at an address, or remote
RECURRENCES = ("", "weekly", "monthly")
OBJECTION_STATUSES = ("open", "settled")


def _text() -> Mapped[str]:
    """A text column added after the first release: '' for rows that existed before."""
    return mapped_column(Text, default="", server_default="")


class Activity(Record, Base):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_starts_at", "starts_at"),
        Index("ix_activity_client_starts", "client_id", "starts_at"),
        # Today's tasks due by a day (migration 0011)
        Index(
            "ix_activity_due_tasks",
            "status",
            "due_date",
            sqlite_where=text("due_date IS NOT NULL"),
            postgresql_where=text("due_date IS NOT NULL"),
        ),
        # Today's meetings and calls awaiting their outcome (migration 0013)
        Index(
            "ix_activity_planned_starts",
            "starts_at",
            sqlite_where=text("status = 'planned'"),
            postgresql_where=text("status = 'planned'"),
        ),
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
    # --- meeting preparation (schedule issue) ---
    place_kind: Mapped[str] = mapped_column(String(10), default="site", server_default="site")
    needs_asked: Mapped[str] = _text()  # the needs the client was asked about in advance
    offer_order_id: Mapped[str | None] = mapped_column(
        ForeignKey("sales_order.id"), index=True, default=None
    )
    recurrence: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # every occurrence of a recurring call points to the first one (which points to itself)
    series_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity.id"), index=True, default=None
    )
    # a task agreed at a meeting points to that meeting
    follow_up_of_id: Mapped[str | None] = mapped_column(
        ForeignKey("activity.id"), index=True, default=None
    )
    # the preparation items the KAM ticked by hand, comma-separated keys (domain.meeting.ITEMS)
    checked: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # the owner of an activity without a client (a training): its scope on the team server
    kam_id: Mapped[str | None] = mapped_column(ForeignKey("kam.id"), index=True, default=None)


class ActivityContact(Record, Base):
    """A contact attending a meeting or on a call."""

    __tablename__ = "activity_contact"
    __table_args__ = (
        unique_live("uq_activity_contact_live", "activity_id", "contact_id"),
        # a contact's meetings from the index alone: their last one (migration 0011)
        Index(
            "ix_activity_contact_contact_live",
            "contact_id",
            "activity_id",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)


class ActivityProduct(Record, Base):
    """A product on a meeting's agenda."""

    __tablename__ = "activity_product"
    __table_args__ = (unique_live("uq_activity_product_live", "activity_id", "product_id"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)


class MeetingQuestion(Record, Base):
    """The listening plan: a question to ask at a meeting, and the answer noted there."""

    __tablename__ = "meeting_question"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")


class Objection(Record, Base):
    """Something the client holds against us or our offer, and the response prepared for it."""

    __tablename__ = "objection"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    raised_on: Mapped[date | None] = mapped_column(ISODate, default=None)
    objection: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open")
