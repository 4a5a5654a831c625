"""Which column of a spreadsheet holds each kamdesk field: one row per field with a combo of the
file's columns ("B: Amount") or "not imported". Shared by the imports that read sheets (products
and prices, bank statements). A column the user chose is remembered by its header, so reading
the file again after correcting it keeps the choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kamdesk.domain.sheet import Cell, column_letter, header_key
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.table_state import keep_order

NOT_IMPORTED = -1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMapping", text)


def shown(cell: object) -> str:
    """A cell as a preview shows it: whole floats without '.0', the rest as read."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


class ColumnMapping(QTableWidget):
    """fields: (key, label) per row; each row's combo is named `map_<key>`."""

    changed = Signal()

    def __init__(self, fields: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(len(fields), 2, parent)
        keep_order(self, "one row per field to map, in the form's order")
        self.setObjectName("mapping")
        self.setHorizontalHeaderLabels([_tr("In kamdesk"), _tr("Column in the file")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        fit_rows(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.combos: dict[str, QComboBox] = {}
        self._headers: tuple[Cell, ...] = ()
        # the header each field was mapped to by the user ('' = not imported)
        self._chosen: dict[str, str] = {}
        self._filling = False
        for row, (key, label) in enumerate(fields):
            self.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(lambda _i, k=key: self._picked(k))
            self.setCellWidget(row, 1, combo)
            self.combos[key] = combo

    def fill(self, headers: Sequence[Cell], guess: Mapping[str, int]) -> None:
        """Offer the file's columns; select the user's earlier choice, else the guess."""
        self._headers = tuple(headers)
        keys = [header_key(h) for h in headers]
        self._filling = True
        try:
            for key, combo in self.combos.items():
                combo.clear()
                combo.addItem(_tr("— not imported —"), NOT_IMPORTED)
                for index, header in enumerate(headers):
                    text = shown(header).strip()
                    if text:
                        combo.addItem(f"{column_letter(index)}: {text}", index)
                pick = guess.get(key)
                chosen = self._chosen.get(key)
                if chosen is not None and chosen in keys:
                    pick = keys.index(chosen)
                elif chosen == "":
                    pick = None  # the user said: not imported
                combo.setCurrentIndex(
                    max(0, combo.findData(NOT_IMPORTED if pick is None else pick))
                )
        finally:
            self._filling = False

    def _picked(self, key: str) -> None:
        if self._filling:
            return
        index = self.combos[key].currentData()
        in_file = index is not None and 0 <= index < len(self._headers)
        self._chosen[key] = header_key(self._headers[index]) if in_file else ""
        self.changed.emit()

    def chosen(self) -> dict[str, int]:
        """field key -> column index, for the fields mapped to a column."""
        out: dict[str, int] = {}
        for key, combo in self.combos.items():
            index = combo.currentData()
            if index is not None and index != NOT_IMPORTED:
                out[key] = int(index)
        return out

    def unused(self) -> list[str]:
        """The file's named columns no field takes ("H: Notes")."""
        used = set(self.chosen().values())
        return [
            f"{column_letter(i)}: {shown(h).strip()}"
            for i, h in enumerate(self._headers)
            if i not in used and shown(h).strip()
        ]
