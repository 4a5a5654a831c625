"""The ORM base: naming conventions, exact-value column types and the columns every table has."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, MetaData, String, Text, event, inspect, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from kamdesk.domain.limits import length_problem, text_limit
from kamdesk.domain.money import from_minor, qty_from_milli, qty_to_milli, to_minor
from kamdesk.domain.spreadsheet import control_problem
from kamdesk.errors import InvalidFields

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime stored as ISO-8601 text that sorts correctly."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; kamdesk stores UTC only")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)  # 'Z' is read as UTC; C-fast, unlike strptime


class Money(TypeDecorator[Decimal]):
    """A money amount: Decimal in Python, integer minor units in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else to_minor(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_minor(value)


# An amount in minor units that a cache keeps as a plain integer (kamdesk.models.receivables):
# SQLite's INTEGER holds 64 bits, PostgreSQL's only 32 (21 474 836.47 at most), so BIGINT there.
MINOR_UNITS = Integer().with_variant(BigInteger(), "postgresql")


class Quantity(TypeDecorator[Decimal]):
    """A quantity with up to three decimals, stored as integer thousandths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        return None if value is None else qty_to_milli(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else qty_from_milli(value)


class DecimalText(TypeDecorator[Decimal]):
    """Rates and percentages kept exactly as decimal text (never a float)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError(f"not an exact decimal: {value!r}")
        return format(value.normalize(), "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class ISODate(TypeDecorator[date]):
    """A calendar date as YYYY-MM-DD text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)


class SortKey(TypeDecorator[str]):
    """A derived sort key (kamdesk.domain.text.sort_key) whose separator is NUL. PostgreSQL's
    text holds no NUL: on the team server the separator is U+0001, which sorts the same (no
    name holds a control character: kamdesk.domain.spreadsheet). SQLite's bytes are as ever."""

    impl = String
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Any:
        if dialect.name != "postgresql":
            return super().bind_processor(dialect)  # nothing to do: none per row
        return lambda value: None if value is None else value.replace("\x00", "\x01")

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        if dialect.name != "postgresql":
            return super().result_processor(dialect, coltype)
        return lambda value: None if value is None else value.replace("\x01", "\x00")


def unique_live(name: str, *columns: str, where: str = "") -> Index:
    """One live row per key (a tombstoned twin may exist): a partial unique index."""
    condition = f"deleted_at IS NULL AND {where}" if where else "deleted_at IS NULL"
    return Index(
        name, *columns, unique=True, sqlite_where=text(condition), postgresql_where=text(condition)
    )


def added_text(**kw: Any) -> Mapped[str]:
    """A text column added after the first release: '' for rows that existed before."""
    return mapped_column(Text, default="", server_default="", **kw)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every synced table has: UUID key, timestamps, revision and a tombstone."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def tombstone(self) -> None:
        self.deleted_at = utcnow()


# Columns that are local bookkeeping, not user data: digest and sync compare everything else.
BOOKKEEPING_COLUMNS = frozenset({"created_at", "updated_at", "revision"})


@event.listens_for(Base, "before_update", propagate=True)
def _bump_revision(mapper: Any, connection: Any, target: Any) -> None:
    """A record's revision counts its real edits. SQLAlchemy calls this for every dirty record,
    also one whose fields were set to the values they had: that is no edit, and neither the
    revision nor `updated_at` may move (sync and the calendar's SEQUENCE read them)."""
    if not isinstance(target, Record):
        return
    state = inspect(target)
    edited = any(
        state.attrs[column.key].history.has_changes()
        for column in mapper.column_attrs
        if column.key not in BOOKKEEPING_COLUMNS
    )
    if edited:
        target.revision = (target.revision or 0) + 1


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _refuse_bad_text(mapper: Any, connection: Any, target: Any) -> None:
    """The sure place for every save: text holding NUL, ESC or another control character (tab
    and line breaks are layout) is refused with the field named, nothing written. Imports
    remove them first (and say so); an edit is checked in the fields it changes.

    So is a record's text longer than its documented limit (kamdesk.domain.limits), nothing
    cut: a `Text` column is multi-line (notes, an agenda: MAX_TEXT_CHARS), any other text
    column single-line (a name: MAX_LINE_CHARS). Only what a save changes is checked, so an
    older, longer value (from an older version, through sync) stays readable and savable."""
    state = inspect(target)
    limited = isinstance(target, Record)  # sync's and the caches' bookkeeping is no typed text
    problems = {}
    for column in mapper.column_attrs:
        value = getattr(target, column.key, None)
        if not isinstance(value, str) or column.key.endswith("_key"):
            continue  # a derived key (name_key's sort key holds NUL on purpose) is no text
        if state.has_identity and not state.attrs[column.key].history.has_changes():
            continue  # an old value the user did not touch
        label = column.key.replace("_", " ").capitalize()
        message = control_problem(label, value)
        if not message and limited:
            multiline = isinstance(column.columns[0].type, Text)
            message = length_problem(label, value, text_limit(multiline))
        if message:
            problems[column.key] = message
    if problems:
        raise InvalidFields(problems)
