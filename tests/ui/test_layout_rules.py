"""Issue 18, layout rules as a user meets them: the wheel over a form scrolls it (a date field
under the mouse changes only when it has the focus), an error message wraps below its field
without running over the next one, a name too long for its row is shortened with the whole
of it in the tooltip, and rows are as tall as the font."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from kamdesk.db import Database
from kamdesk.ui import windows
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.widgets.layout_rules import title_label
from kamdesk.ui.widgets.rows import fit_rows, line_height
from tests.factories import add_client
from tests.ui.typing import type_text


def wheel_down(widget: QDateEdit) -> None:
    """One notch of the mouse wheel, turned towards the user, over the middle of `widget`."""
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def new_client(qtbot: QtBot, window: MainWindow) -> DossierWindow:
    assert window.db is not None
    dossier = windows.open_dossier(window.db, window.hub, None, parent=window)
    assert isinstance(dossier, DossierWindow)
    dossier.resize(1024 - 4, 600)  # a low window: the profile scrolls
    qtbot.waitExposed(dossier)
    return dossier


def test_the_wheel_over_a_date_scrolls_the_form_until_the_date_has_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    dossier = new_client(qtbot, window)
    founded = dossier.profile.founded
    area = next(a for a in dossier.profile.findChildren(QScrollArea) if a.isAncestorOf(founded))
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the form fits: nothing to scroll"
    area.ensureWidgetVisible(founded)
    bar.setValue(min(bar.value(), bar.maximum() - 40))  # room to scroll on, the date in sight
    before, top = founded.date(), bar.value()
    dossier.profile.name.setFocus()

    wheel_down(founded)
    assert founded.date() == before  # the date the mouse passed over is as it was
    assert bar.value() > top  # the form moved instead

    dossier.activateWindow()
    founded.setFocus()
    qtbot.waitUntil(founded.hasFocus)
    founded.setDate(QDate(2020, 5, 5))
    wheel_down(founded)
    assert founded.date() != QDate(2020, 5, 5)  # focused, it takes the wheel


def test_save_profile_stays_in_sight_on_a_low_window(qtbot: QtBot, window: MainWindow) -> None:
    dossier = new_client(qtbot, window)
    button = dossier.profile.save_button
    assert button.isVisible()
    shown = button.visibleRegion().boundingRect()
    assert shown.size() == button.size()
    assert dossier.rect().contains(button.mapTo(dossier, button.rect().bottomRight()))


def test_a_credit_limit_error_wraps_above_the_next_field(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.unit_of_work() as s:
        client_id = add_client(s, "Győri Élelmiszer Zrt.", kam="Anna").id
    dossier = windows.open_dossier(db, window.hub, client_id, parent=window)
    assert isinstance(dossier, DossierWindow)
    dossier.resize(1024 - 4, 740)
    dossier.show_page("terms")
    qtbot.waitExposed(dossier)
    page = dossier.terms
    page.credit_limit.clear()
    type_text(page.credit_limit, "about fifty thousand")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.errors["credit_limit"]
    qtbot.waitUntil(error.isVisible)
    QApplication.processEvents()
    assert "amount" in error.text()
    assert error.height() >= error.heightForWidth(error.width())  # every line of it shows
    below = page.payment_terms_days.mapTo(page, QPoint(0, 0)).y()
    assert error.mapTo(page, QPoint(0, error.height())).y() <= below  # above the next field


def test_a_long_title_is_shortened_with_the_whole_of_it_in_the_tooltip(qtbot: QtBot) -> None:
    name = "Győri Élelmiszer-nagykereskedelmi Zártkörűen Működő Részvénytársaság " * 3
    label = title_label(name.strip())
    qtbot.addWidget(label)
    label.resize(300, 40)
    label.show()
    qtbot.waitExposed(label)
    assert label.minimumSizeHint().width() < 100  # it never widens its window
    assert label.shown_text().endswith("…") and len(label.shown_text()) < len(name)
    assert label.toolTip() == name.strip()
    label.resize(label.fontMetrics().horizontalAdvance(name) + 50, 40)
    assert label.shown_text() == name.strip() and label.toolTip() == ""


def test_table_rows_follow_the_font(qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 1)
    for row in range(3):
        model.setItem(row, 0, QStandardItem("Ügyvezető"))
    heights = []
    for size in (9, 16):
        table = QTableView()
        qtbot.addWidget(table)
        font = QFont(table.font())
        font.setPointSize(size)
        table.setFont(font)
        table.setModel(model)
        fit_rows(table)
        table.show()
        assert table.rowHeight(0) >= line_height(table.fontMetrics())
        heights.append(table.rowHeight(0))
    assert heights[1] > heights[0]


def test_a_new_meeting_takes_the_clients_address_only_if_its_place_field_holds_it(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    """250-character address and city: prefilled, the place would read "502 / 500" and the
    meeting could not be saved as offered."""
    from kamdesk.ui.widgets.text_limits import limit_problems

    long = "Kőbányai út " * 21
    with db.unit_of_work() as s:
        city = ("Budapest " * 30)[:250]
        client_id = add_client(s, "Győri Kft.", kam="Anna", address=long[:250], city=city).id
    meeting = windows.open_meeting(db, window.hub, None, parent=window, client_id=client_id)
    qtbot.waitExposed(meeting)
    place = meeting.details.location
    assert limit_problems({"location": place}) == {}
    assert place.text() == ""  # left to type: nothing cut


def test_a_long_name_in_a_table_leaves_the_other_columns_in_sight(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

    from kamdesk.ui.widgets.columns import COLUMN_AT_MOST, cap_columns

    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cap_columns(table)
    name = "Győri Élelmiszer-nagykereskedelmi Zártkörűen Működő Részvénytársaság " * 3
    for column, text in enumerate((name, "champion", "high")):
        table.setItem(0, column, QTableWidgetItem(text))
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table)
    assert header.sectionSize(0) <= COLUMN_AT_MOST
    assert header.sectionPosition(2) + header.sectionSize(2) <= table.viewport().width()


def test_a_side_panel_goes_under_the_main_part_in_a_narrow_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QSplitter

    from kamdesk.ui.widgets.layout_rules import stack_when_narrow

    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("lines"))
    splitter.addWidget(QLabel("suggestions"))
    stack_when_narrow(splitter, narrow=1000)
    splitter.resize(1200, 600)
    splitter.show()
    qtbot.waitExposed(splitter)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    splitter.resize(900, 600)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
