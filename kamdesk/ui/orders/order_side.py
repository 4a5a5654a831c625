"""Beside and below an order's lines: what else the client could buy, and the order's history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.orders.event_notes import event_note
from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.numbers import date_time, short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import MUTED_STYLE, TEXT_MUTED
from kamdesk.ui.widgets.table_state import SortItem, filling, remember_table

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

if TYPE_CHECKING:
    from kamdesk.services.sales.orders import EventRecord
    from kamdesk.services.sales.suggestions import Suggestion, Suggestions

EVENT_LABELS = {
    "created": QT_TRANSLATE_NOOP("OrderSide", "Created"),
    "changed": QT_TRANSLATE_NOOP("OrderSide", "Changed"),
    "confirmed": QT_TRANSLATE_NOOP("OrderSide", "Confirmed"),
    "credit_override": QT_TRANSLATE_NOOP("OrderSide", "Credit block overridden"),
    "shipped": QT_TRANSLATE_NOOP("OrderSide", "Shipped"),
    "refused": QT_TRANSLATE_NOOP("OrderSide", "Refused at delivery"),
    "delivered": QT_TRANSLATE_NOOP("OrderSide", "Delivered"),
    "invoiced": QT_TRANSLATE_NOOP("OrderSide", "Invoiced"),
    "returned": QT_TRANSLATE_NOOP("OrderSide", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("OrderSide", "Cancelled"),
    "revised": QT_TRANSLATE_NOOP("OrderSide", "Revised"),
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("OrderSide", text, disambiguation, n)


def event_label(kind: str) -> str:
    """An order's step (an OrderEvent's kind) as the order window names it."""
    return _tr(EVENT_LABELS.get(kind, kind))


WHY_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionDelegate(QStyledItemDelegate):
    """Two lines per product: 'SKU — name', and under it, smaller and grey, why."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        why = index.data(WHY_ROLE)
        if not why:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect.adjusted(6, 3, -6, -3)
        metrics = option.fontMetrics
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        painter.save()
        painter.setPen(
            palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else palette.color(QPalette.ColorRole.Text)
        )
        first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, first)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(
            palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor(TEXT_MUTED)
        )
        second = painter.fontMetrics().elidedText(
            "   " + str(why), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, second)
        painter.restore()


class SuggestionsPanel(QWidget):
    """Products this client bought in the last 12 months but not in this order, and products
    its segment buys that it never did. Double-click (or Enter) adds one as a line."""

    chosen = Signal(str)  # product id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions")
        title = QLabel(_tr("<b>Suggestions</b>"))
        hint = QLabel(_tr("Double-click to add to the order."))
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)  # a sentence: in a language whose words run long, two lines
        self.before_label = QLabel(_tr("Bought in the last 12 months"))
        self.before_label.setWordWrap(True)
        self.before = self._list("boughtBefore")
        self.segment_label = QLabel()
        self.segment_label.setWordWrap(True)
        self.segment = self._list("segmentBuys")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.before_label)
        layout.addWidget(self.before, 3)
        layout.addWidget(self.segment_label)
        layout.addWidget(self.segment, 2)
        self.set_suggestions(None)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAlternatingRowColors(True)
        widget.setItemDelegate(SuggestionDelegate(widget))
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # a double-click, or Enter (or one click where the desktop activates on a click)
        widget.itemActivated.connect(self._activated)
        return widget

    def _activated(self, item: QListWidgetItem) -> None:
        product_id = item.data(Qt.ItemDataRole.UserRole)
        if product_id:
            self.chosen.emit(str(product_id))

    def set_suggestions(self, found: Suggestions | None) -> None:
        """What to suggest; None while it is not known yet (the lists stay empty)."""
        segment = found.segment if found else ""
        if found is not None and not segment:
            self.segment_label.setText(_tr("Others in its segment buy (no segment recorded)"))
        else:
            self.segment_label.setText(
                _tr("Others in {segment} buy, this client never did").format(segment=segment)
                if segment
                else _tr("Others in its segment buy, this client never did")
            )
        self._fill(self.before, found.bought_before if found else None)
        self._fill(self.segment, found.segment_buys if found else None)

    def _fill(self, widget: QListWidget, items: Sequence[Suggestion] | None) -> None:
        widget.clear()
        for s in items or ():
            if s.last is not None:  # bought before: how often, and when last
                why = _tr("%n order(s), last on {day}", "", s.times).format(day=short_date(s.last))
            else:
                why = _tr("bought by %n other client(s) of the segment", "", s.times)
            item = QListWidgetItem(f"{s.sku} — {s.name}")
            item.setData(Qt.ItemDataRole.UserRole, s.product_id)
            item.setData(WHY_ROLE, why)
            item.setToolTip(f"{s.sku} — {s.name}\n{why}")
            widget.addItem(item)
        if items is not None and not items:
            empty = QListWidgetItem(_tr("Nothing to suggest."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(empty)

    def product_ids(self, widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).data(Qt.ItemDataRole.UserRole)
        ]


class EventsTable(QTableWidget):
    """The order's history: every step with when, what and how much."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("orderEvents")
        self.setHorizontalHeaderLabels([_tr("When"), _tr("Step"), _tr("Amount"), _tr("Details")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        fit_columns(self, (130, 170, 120))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        remember_table(self, "orderEvents", descending=(0, 2))  # in the order of the steps

    def set_events(self, events: Sequence[EventRecord], currency: str) -> None:
        with filling(self):
            self._fill(events, currency)

    def _fill(self, events: Sequence[EventRecord], currency: str) -> None:
        self.setRowCount(len(events))
        for row, e in enumerate(events):
            when = date_time(datetime.fromisoformat(e.happened_at))
            amount = SortItem(money(e.amount, currency), e.amount)
            amount.setTextAlignment(ALIGN_RIGHT)
            step = QTableWidgetItem(event_label(e.kind))
            if e.kind in ("credit_override", "refused", "returned", "cancelled"):
                step.setForeground(Qt.GlobalColor.darkRed)
            note = event_note(e.kind, e.note)
            details = QTableWidgetItem(note)
            details.setToolTip(note)
            moment = SortItem(when, e.happened_at)  # ISO 8601: sorts as the moments do
            for col, item in enumerate((moment, step, amount, details)):
                self.setItem(row, col, item)

    def kinds(self) -> list[str]:
        labels = {_tr(v): k for k, v in EVENT_LABELS.items()}
        items = [self.item(r, 1) for r in range(self.rowCount())]
        return [labels.get(item.text(), "") if item else "" for item in items]
