"""How each kind of record window is made, registered with `windows` once at start-up.

The only module that names the three window classes for opening: the dossier, the order and
the meeting. Each factory imports its window when first used, so start-up stays lean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kamdesk.ui import windows
from kamdesk.ui.help.guide_action import add_page_key

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.ui.operations import ChangeHub


def _dossier(
    db: Database, hub: ChangeHub, client_id: str | None, *, parent: QWidget | None = None
) -> QWidget:
    from kamdesk.ui.clients.dossier import DossierWindow

    window = DossierWindow(db, hub, client_id, parent=parent)
    window.setWindowFlag(Qt.WindowType.Window)
    add_page_key(window, "clients")
    window.show()
    return window


def _order(
    db: Database, hub: ChangeHub, order_id: str | None, *, parent: QWidget | None, **options: Any
) -> QWidget:
    from kamdesk.ui.orders import order_window

    window = order_window.open_order_window(db, hub, order_id, parent=parent, **options)
    add_page_key(window, "order")
    return window


def _meeting(
    db: Database, hub: ChangeHub, meeting_id: str | None, *, parent: QWidget | None, **options: Any
) -> QWidget:
    from kamdesk.ui.meetings import meeting_window

    window = meeting_window.open_meeting_window(parent, db, hub, meeting_id, **options)
    add_page_key(window, "prepare")
    return window


def install() -> None:
    """Register the dossier, order and meeting windows (harmless to call again)."""
    windows.register(windows.DOSSIER, _dossier)
    windows.register(windows.ORDER, _order)
    windows.register(windows.MEETING, _meeting)
