"""Widgets and readers shared by the price-list windows: typed percentages and quantities,
money shown right-aligned, and a product picker that completes on SKU and name."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHeaderView, QLineEdit, QTableWidget, QWidget

from kamdesk.domain import formatting
from kamdesk.domain.money import AmountError, parse_decimal
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


def money(value: Decimal | None, currency: str = "") -> str:
    """1234.5 -> '1 234.50' (narrow no-break space between thousands)."""
    if value is None:
        return ""
    return formatting.grouped(value) + (f" {currency}" if currency else "")


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{format(value.normalize(), 'f')} %"


def qty_text(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def _number(text: str, name: str, problems: dict[str, str], message: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return parse_decimal(text)
    except AmountError as exc:
        if "ambiguous" in str(exc):
            problems[name] = _tr("Ambiguous: write 1500 or 1.5, without a thousands separator.")
        else:
            problems[name] = message
        return None


def read_number(edit: QLineEdit, name: str, problems: dict[str, str]) -> Decimal | None:
    """An optional exact number as a person types it ('1 250,5'); None when empty or
    unreadable (then a problem is noted under `name`)."""
    return _number(edit.text(), name, problems, _tr("Type a number such as 12 or 12.5."))


def read_percent(edit: QLineEdit, name: str, problems: dict[str, str]) -> Decimal | None:
    """An optional percentage ('12,5' or '12.5 %'); the range is the domain's to check."""
    text = edit.text().strip().rstrip("%")
    return _number(text, name, problems, _tr("Type a percentage such as 5 or 12.5."))


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
