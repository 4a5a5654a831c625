"""The one scaffold of the Clients, Orders and Products sections."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView

from kamdesk.ui.clients.section import ClientsSection
from kamdesk.ui.orders.section import OrdersSection
from kamdesk.ui.products.section import ProductsSection
from kamdesk.ui.widgets.list_section import ListSection


class Fruit(ListSection):
    def __init__(self) -> None:
        super().__init__("fruit")
        self.opened: list[int] = []

    def open_row(self, row: int) -> None:
        self.opened.append(row)


def test_the_three_list_sections_stand_on_one_scaffold(qtbot) -> None:  # type: ignore[no-untyped-def]
    for kind, name in ((ClientsSection, "client"), (OrdersSection, "order"),
                       (ProductsSection, "product")):  # fmt: skip
        section = kind()
        qtbot.addWidget(section)
        assert isinstance(section, ListSection)
        assert section.table.objectName() == f"{name}Table"
        assert section.search.objectName() == f"{name}Search"
        assert section.count_label.text() == "Opening the database…"
        assert not section.search.isEnabled()  # until a database is attached
        table = section.table
        assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        assert not table.verticalHeader().isVisible()


def test_double_click_and_enter_open_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    section = Fruit()
    qtbot.addWidget(section)
    section.show_model(QStringListModel(["apple", "pear", "plum"], section), widths=(120,))
    section.show()
    qtbot.waitExposed(section)
    table = section.table
    assert table.columnWidth(0) == 120
    rect = table.visualRect(table.model().index(1, 0))
    # a press first: QTest's double click alone does not tell a view which item was hit
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.opened == [1]  # once: Qt follows a double click with `activated` too
    section.opened.clear()
    table.setCurrentIndex(table.model().index(2, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    section.open_current()  # as the Open button does
    assert section.opened == [2, 2]
