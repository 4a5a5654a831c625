"""One way to open a record's window: one window per record, raised when asked for again (after
Anki's aqt.dialogs).

The dossier, the order window and the meeting window open through here, from wherever the KAM
asks: a list, a link in another window, Today, a reminder. This module imports none of them:
each kind is registered once by `window_kinds.install()` (the main window does it), so one
window can open another without importing it, and the import graph keeps no circle.

While the idle lock is on (ui/idle_lock.py registers itself with `guard`), no record window
opens: a reminder, a timer or a link in a covered window would show a client's data over the
lock page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kamdesk.errors import UserError

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub

DOSSIER, ORDER, MEETING = "dossier", "order", "meeting"


class RecordWindow(Protocol):
    """What every registered window tells about itself."""

    @property
    def record_id(self) -> str | None: ...  # None while a new record is not saved yet

    @property
    def closing(self) -> bool: ...


class _Paged(Protocol):
    def show_page(self, page: str) -> None: ...


class _Lock(Protocol):
    @property
    def locked(self) -> bool: ...


class WindowsLocked(UserError):
    """A record window asked for while kamdesk is locked."""


_GUARDS: list[QObject] = []  # the idle locks (one per main window); gone ones are dropped


def guard(lock: QObject) -> None:
    """No record window opens while `lock` (an object with `locked`) is locked."""
    if lock not in _GUARDS:
        _GUARDS.append(lock)


def locked() -> bool:
    """Is kamdesk locked now (record windows refused, reminders held)?"""
    _GUARDS[:] = [g for g in _GUARDS if isValid(g)]
    return any(cast(_Lock, g).locked for g in _GUARDS)


# A factory builds, shows and returns the window: (db, hub, record_id, parent=..., **options)
Factory = Callable[..., QWidget]


@dataclass
class _Kind:
    factory: Factory
    open: list[QWidget]


_KINDS: dict[str, _Kind] = {}


def register(kind: str, factory: Factory) -> None:
    """Say how a kind of window is made (again: replaces the factory, keeps the open ones)."""
    known = _KINDS.get(kind)
    _KINDS[kind] = _Kind(factory, known.open if known else [])


def _kind(kind: str) -> _Kind:
    try:
        return _KINDS[kind]
    except KeyError:
        raise RuntimeError(
            f"no {kind} window is registered: call kamdesk.ui.window_kinds.install() first"
        ) from None


def open_windows(kind: str) -> list[QWidget]:
    """The windows of a kind that are open now (shown and not closing), oldest first."""
    entry = _kind(kind)
    entry.open[:] = [w for w in entry.open if isValid(w)]
    return [w for w in entry.open if w.isVisible() and not cast(RecordWindow, w).closing]


def find(kind: str, record_id: str) -> QWidget | None:
    for window in open_windows(kind):
        if cast(RecordWindow, window).record_id == record_id:
            return window
    return None


def _forget(kind: str, window: QWidget) -> None:
    entry = _KINDS.get(kind)
    if entry is not None and window in entry.open:
        entry.open.remove(window)


def open_window(
    what: str,
    db: Database,
    hub: ChangeHub,
    record_id: str | None,
    *,
    parent: QWidget | None = None,
    **options: Any,
) -> QWidget:
    """The record's window, raised if it is open already, else made by the kind's factory.
    A new record (record_id None) always gets a window of its own. WindowsLocked (said to
    the user, no data in it) while kamdesk is locked."""
    if locked():
        raise WindowsLocked(
            QCoreApplication.translate("windows", "kamdesk is locked: unlock it first.")
        )
    if record_id is not None and (found := find(what, record_id)) is not None:
        found.raise_()
        found.activateWindow()
        return found
    entry = _kind(what)
    window = entry.factory(db, hub, record_id, parent=parent, **options)
    entry.open.append(window)
    window.destroyed.connect(lambda _obj=None, k=what, w=window: _forget(k, w))
    return window


def open_dossier(
    db: Database,
    hub: ChangeHub,
    client_id: str | None,
    *,
    parent: QWidget | None = None,
    page: str | None = None,
) -> QWidget:
    """A client's dossier (at `page` when given), or an empty one to create a client."""
    window = open_window(DOSSIER, db, hub, client_id, parent=parent)
    if page is not None:
        cast(_Paged, window).show_page(page)
    return window


def open_order(
    db: Database,
    hub: ChangeHub,
    order_id: str | None,
    *,
    client_id: str | None = None,
    parent: QWidget | None = None,
    today: date | None = None,
) -> QWidget:
    """An order's window, or a new order's (for `client_id` when given)."""
    return open_window(ORDER, db, hub, order_id, parent=parent, client_id=client_id, today=today)


def open_meeting(
    db: Database,
    hub: ChangeHub,
    meeting_id: str | None,
    *,
    parent: QWidget | None = None,
    client_id: str | None = None,
    start: datetime | None = None,
    kind: str = "meeting",
    today: date | None = None,
) -> QWidget:
    """A meeting's or call's window, or a new one (client and start prefilled when given)."""
    return open_window(
        MEETING,
        db,
        hub,
        meeting_id,
        parent=parent,
        client_id=client_id,
        start=start,
        kind=kind,
        today=today,
    )
