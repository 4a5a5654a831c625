"""The head of the order window: the client (chosen by completion for a new order), number,
status, dates, notes, the client's terms and where the order stands among its revisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.ui.widgets.forms import NO_DATE, domain_text, read_day
from kamdesk.ui.widgets.layout_rules import elided_label, title_label
from kamdesk.ui.widgets.numbers import date_edit
from kamdesk.ui.widgets.price_fields import money, qty_text
from kamdesk.ui.widgets.style import MUTED_STYLE, ON_DARK, ORDER_STATUS_COLOURS, TEXT_MUTED
from kamdesk.ui.widgets.text_limits import limit_text

if TYPE_CHECKING:
    from kamdesk.services.clients.client_list import ClientRow
    from kamdesk.services.sales.orders import OrderClient, OrderRecord


class ClientPicker(QLineEdit):
    """Type part of a client's name; the list offers the matches. `chosen` is emitted with the
    client's id once one is picked (from the list, or the only or exact match on Enter)."""

    chosen = Signal(str)

    def __init__(
        self, search: Callable[[str], list[ClientRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.setPlaceholderText(self.tr("Type the client's name, code or city…"))
        self._search = search
        self._found: dict[str, ClientRow] = {}
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._pick_label)
        self.setCompleter(completer)
        self.textEdited.connect(self._refill)
        self.returnPressed.connect(self._on_return)

    @staticmethod
    def label(row: ClientRow) -> str:
        where = ", ".join(x for x in (row.city, row.code) if x)
        return f"{row.name} ({where})" if where else row.name

    def _refill(self, text: str) -> None:
        rows = self._search(text) if text.strip() else []
        self._found = {self.label(r): r for r in rows}
        self._labels.setStringList(list(self._found))
        popup = self.completer().popup()
        if rows:
            self.completer().complete()
        elif popup is not None:
            popup.hide()

    def _pick_label(self, label: str) -> None:
        row = self._found.get(label)
        if row is not None:
            self.chosen.emit(row.id)

    def _on_return(self) -> None:
        text = self.text().strip().casefold()
        if text in {k.casefold() for k in self._found}:
            self._pick_label(next(k for k in self._found if k.casefold() == text))
            return
        exact = [r for r in self._found.values() if r.name.casefold() == text]
        rows = exact or list(self._found.values())
        if len(rows) == 1:
            self.setText(self.label(rows[0]))
            self.chosen.emit(rows[0].id)
        elif rows:
            self.completer().complete()


class OrderHeader(QWidget):
    edited = Signal()
    day_changed = Signal(object)  # the new order date

    def __init__(
        self, search_clients: Callable[[str], list[ClientRow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.client_name = title_label(name="orderClient")  # a long name gives way
        self.picker = ClientPicker(search_clients)
        self.picker.setMinimumWidth(380)
        self.number = QLabel()
        self.number.setObjectName("orderNumber")
        self.status = QLabel()
        self.status.setObjectName("orderStatus")
        self.order_date = self._date("orderDate", allow_empty=False)
        self.delivery_date = self._date("deliveryDate", allow_empty=True)
        self.notes = QLineEdit()
        self.notes.setObjectName("orderNotes")
        limit_text(self.notes, multiline=True)  # a notes column: QLineEdit cut it at 32 767
        self.notes.setPlaceholderText(self.tr("Notes for this order (delivery, packing, contact)"))
        self.terms = elided_label(name="clientTerms")
        self.terms.setStyleSheet(MUTED_STYLE)
        self.revision = QLabel()
        self.revision.setObjectName("revisionInfo")
        self.revision.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.client_name, 3)
        top.addWidget(self.picker)
        top.addSpacing(12)
        top.addWidget(self.number)
        top.addSpacing(6)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Order date")))
        top.addWidget(self.order_date)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("Delivery")))
        top.addWidget(self.delivery_date)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.terms, 1, 0)
        grid.addWidget(self.revision, 1, 1, Qt.AlignmentFlag.AlignRight)
        notes_row = QHBoxLayout()
        notes_row.setSpacing(8)
        notes_row.addWidget(QLabel(self.tr("Notes")))
        notes_row.addWidget(self.notes, 1)
        grid.addLayout(notes_row, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.notes.textEdited.connect(lambda _t: self.edited.emit())
        self.delivery_date.dateChanged.connect(lambda _d: self.edited.emit())
        self.order_date.dateChanged.connect(self._on_order_date)
        self._loaded: tuple[object, ...] = ()
        self._quiet = False

    def _date(self, name: str, *, allow_empty: bool) -> QDateEdit:
        edit = date_edit(QDateEdit())
        edit.setObjectName(name)
        if allow_empty:
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("not set"))
        return edit

    def _on_order_date(self, _value: QDate) -> None:
        if not self._quiet:
            self.edited.emit()
            self.day_changed.emit(read_day(self.order_date))

    def set_order(
        self,
        record: OrderRecord | None,
        client: OrderClient | None,
        *,
        editable: bool,
        day: date,
    ) -> None:
        self._quiet = True
        new = record is None
        self.picker.setVisible(new and client is None)
        self.client_name.setVisible(client is not None)
        if client is not None:
            self.client_name.setText(client.name)
        self.number.setText(
            f"<h3 style='margin:0'>{_html(record.number)}</h3>"
            if record
            else f"<h3 style='margin:0'>{self.tr('New order')}</h3>"
        )
        status = record.status if record else "draft"
        colour = ORDER_STATUS_COLOURS.get(status, TEXT_MUTED)
        self.status.setText(
            f"<span style='background:{colour}; color:{ON_DARK};'>&nbsp;"
            f"{domain_text(STATUS_LABELS.get(status, status)).upper()}&nbsp;</span>"
        )
        order_day = record.order_date if record else day
        self.order_date.setDate(QDate(order_day.year, order_day.month, order_day.day))
        delivery = record.delivery_date if record else None
        self.delivery_date.setDate(
            QDate(delivery.year, delivery.month, delivery.day) if delivery else NO_DATE
        )
        self.notes.setText(record.notes if record else "")
        for widget in (self.order_date, self.delivery_date, self.notes):
            widget.setEnabled(editable)
        self.terms.setText(self._terms(client))
        self.revision.setText(self._revision(record))
        self._loaded = self.values()
        self._quiet = False

    def _terms(self, client: OrderClient | None) -> str:
        if client is None:
            return self.tr("Choose the client: its price column and terms price the lines.")
        bits = [
            self.tr("Price column: {name}").format(name=client.price_column)
            if client.price_column
            else self.tr("No price column: base prices"),
            self.tr("discount up to {pct} %").format(pct=qty_text(client.max_discount)),
            self.tr("credit limit {limit}").format(
                limit=money(client.credit_limit, client.currency)
            )
            if client.credit_limit is not None
            else self.tr("no credit limit"),
            self.tr("pays in %n day(s)", "", client.payment_terms_days),
            client.currency,
        ]
        if client.segment:
            bits.append(self.tr("segment {segment}").format(segment=client.segment))
        return " · ".join(bits)

    def _revision(self, record: OrderRecord | None) -> str:
        if record is None:
            return ""
        bits = []  # rich text: a number never breaks at its hyphens (SO-2026-AM-000001)
        if record.revision_no > 1:
            bits.append(
                _html(self.tr("Revision {n}, replaces {number}")).format(
                    n=record.revision_no, number=_number(record.supersedes_number)
                )
            )
        if record.superseded_by_number:
            bits.append(
                _html(self.tr("Replaced by {number}")).format(
                    number=_number(record.superseded_by_number)
                )
            )
        if record.credit_override_by:
            bits.append(
                _html(self.tr("Confirmed past the credit block by {who}: {why}")).format(
                    who=_html(record.credit_override_by), why=_html(record.credit_override_reason)
                )
            )
        if record.invoice_number:
            bits.append(
                _html(self.tr("Invoice {number}")).format(number=_number(record.invoice_number))
            )
        return " · ".join(bits)

    def values(self) -> tuple[date | None, date | None, str]:
        return read_day(self.order_date), read_day(self.delivery_date), self.notes.text().strip()

    def is_dirty(self) -> bool:
        return self.values() != self._loaded


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(number: str | None) -> str:
    """A document number in rich text, kept on one line."""
    return f'<span style="white-space:nowrap">{_html(number or "")}</span>'
