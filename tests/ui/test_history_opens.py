"""A double-click on any entry of the dossier's history opens its record: a meeting in the
meeting window, an invoice in the window of the order it bills."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from kamdesk.db import Database
from kamdesk.services.schedule.meetings import save_meeting
from kamdesk.services.schedule.records import MeetingData
from kamdesk.ui import windows
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.meetings.meeting_window import MeetingWindow
from tests.factories import add_client, add_invoice, add_order


def _double_click(qtbot, table: QTableWidget, title: str) -> None:  # type: ignore[no-untyped-def]
    [row] = [r for r in range(table.rowCount()) if table.item(r, 2).text() == title]
    cell = table.visualItemRect(table.item(row, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def test_a_double_click_in_the_history_opens_the_meeting_and_the_invoice(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    last_week = datetime.combine(date.today() - timedelta(days=7), time(10)).astimezone()
    with db.unit_of_work() as s:
        client = add_client(s, "Buyer", kam="Anna")
        order = add_order(s, client, [("2", "10.00", "0")], number="SO-9", day=date(2026, 5, 1))
        invoice = add_invoice(
            s, client, "INV-9", "24.00", issued=date(2026, 5, 2), due=date(2026, 6, 1)
        )
        invoice.order_id = order.id
        meeting_id = save_meeting(
            s, MeetingData(client_id=client.id, subject="Season plan", start=last_week)
        )
    dossier = window.clients.open_dossier(client.id)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    table = dossier.history.table

    _double_click(qtbot, table, "Season plan")
    [meeting] = windows.open_windows(windows.MEETING)
    assert isinstance(meeting, MeetingWindow) and meeting.meeting_id == meeting_id
    meeting.close()

    _double_click(qtbot, table, "Invoice INV-9")
    [opened] = windows.open_windows(windows.ORDER)
    assert "SO-9" in opened.windowTitle()
    opened.close()
