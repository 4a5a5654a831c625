"""Widgets and readers shared by the price-list windows: typed percentages and quantities,
money shown right-aligned, and a product picker that completes on SKU and name."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHeaderView, QLineEdit, QTableWidget, QWidget

from kamdesk.domain.money import AmountError
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.numbers import money
from kamdesk.ui.widgets.style import BAD_FIELD_STYLE

if TYPE_CHECKING:
    from kamdesk.services.prices.price_list import ProductChoice

RIGHT_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RIGHT = int(RIGHT_ALIGN)  # as item models return it
BAD_FIELD = BAD_FIELD_STYLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("PriceFields", text)


def stretch_column(table: QTableWidget, column: int) -> None:
    """The column with text takes the spare width; numbers stay beside their headers."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


__all__ = ["money", "percent_text", "qty_text"]  # the interface's formats, re-exported


def percent_text(value: Decimal | None) -> str:
    """12.5 -> '12.5 %' / '12,5 %': every decimal the value has, the locale's point."""
    return "" if value is None else numbers.number_edit_text(value) + " %"


def qty_text(value: Decimal | None) -> str:
    """12 -> '12', 1500.5 -> '1500.5' / '1500,5': every decimal, the locale's point, no
    grouping (an edit field shows it too, and must read it back unambiguously)."""
    return numbers.number_edit_text(value)


def ambiguous_message() -> str:
    """Why "1.500" was refused, with this locale's own way of writing a number."""
    return _tr("Ambiguous: write 1500 or %1, without a thousands separator.").replace(
        "%1", numbers.quantity(Decimal("1.5"))
    )


def _number(text: str, name: str, problems: dict[str, str], message: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return numbers.read_number(text)
    except AmountError as exc:
        problems[name] = ambiguous_message() if "ambiguous" in str(exc) else message
        return None


def read_number(edit: QLineEdit, name: str, problems: dict[str, str]) -> Decimal | None:
    """An optional exact number as a person types it ('1 250,5' in Russian, '1250.5');
    None when empty or unreadable (then a problem is noted under `name`)."""
    message = _tr("Type a number such as 12 or %1.").replace("%1", numbers.number_example())
    return _number(edit.text(), name, problems, message)


def read_percent(edit: QLineEdit, name: str, problems: dict[str, str]) -> Decimal | None:
    """An optional percentage ('12,5' or '12.5 %'); the range is the domain's to check."""
    text = edit.text().strip().rstrip("%").strip()
    message = _tr("Type a percentage such as 5 or %1.").replace("%1", numbers.number_example())
    return _number(text, name, problems, message)


class Picker(QLineEdit):
    """Type a code or part of a name; the completer offers the labels. item_id() is the one
    chosen, or the only one the text matches (by label, code, or part of the label)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._items: list[tuple[str, str, str]] = []  # id, label, code
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)

    def set_items(self, items: Sequence[tuple[str, str, str]]) -> None:
        self._items = list(items)
        self._model.setStringList([label for _id, label, _code in self._items])

    def set_item(self, item_id: str | None) -> None:
        self.setText(next((label for i, label, _c in self._items if i == item_id), ""))

    def item_id(self) -> str | None:
        text = self.text().strip().casefold()
        if not text:
            return None
        for found in (
            [i for i, label, _c in self._items if label.casefold() == text],
            [i for i, _l, code in self._items if code and code.strip().casefold() == text],
            [i for i, label, _c in self._items if text in label.casefold()],
        ):
            if len(found) == 1:
                return found[0]
        return None

    def label_of(self, item_id: str) -> str:
        return next((label for i, label, _c in self._items if i == item_id), "")


class ProductPicker(Picker):
    """Completion on 'SKU · name'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("SKU or part of the name"), parent)

    def set_choices(self, choices: Sequence[ProductChoice]) -> None:
        self.set_items([(c.id, c.label, c.sku) for c in choices])

    def product_id(self) -> str | None:
        return self.item_id()
