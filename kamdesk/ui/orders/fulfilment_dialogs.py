"""What happens to an order's goods, line by line: shipping (all or part), delivery with what
the client refused and why, and returns. Each dialog checks the quantities with the domain's
rules, then emits `submitted`; the order window runs the service and closes the dialog when it
is recorded, or shows what the service refused at its line."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.domain.orders import (
    REASON_LABELS,
    RETURN_REASONS,
    LineFulfilment,
    refusal_problem,
    return_problem,
    shipment_problem,
)
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.orders.order_line_edit import read_number
from kamdesk.ui.widgets.columns import fit_column
from kamdesk.ui.widgets.forms import domain_text
from kamdesk.ui.widgets.layout_rules import Heading, WrappingLabel
from kamdesk.ui.widgets.price_fields import money, qty_text
from kamdesk.ui.widgets.rows import fit_rows
from kamdesk.ui.widgets.style import BAD_INPUT_STYLE, CAUTION_STYLE, ERROR_STYLE
from kamdesk.ui.widgets.table_state import keep_order
from kamdesk.ui.widgets.text_limits import limit_text

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

if TYPE_CHECKING:
    from kamdesk.services.sales.orders import OrderLineRecord, OrderRecord

BAD = BAD_INPUT_STYLE
WARNING_STYLE = CAUTION_STYLE


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("FulfilmentDialogs", text, disambiguation, n)


def reason_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(_tr("— reason —"), "")
    for key in RETURN_REASONS:
        combo.addItem(domain_text(REASON_LABELS[key]), key)
    return combo


class LinesDialog(QDialog):
    """A table of the order's lines that can take part, with a quantity to type on each."""

    submitted = Signal(object)  # what the service needs, by order line id

    # (header, width) of the columns; 0: the column that stretches
    HEADERS: tuple[tuple[str, int], ...] = ()
    SUMMARY = QT_TRANSLATE_NOOP(
        "FulfilmentDialogs", "%n line(s), {value}"
    )  # what the quantities typed so far are worth

    def __init__(
        self, order: OrderRecord, title: str, intro: str, action: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.order = order
        self.setWindowTitle(f"{title}: {order.number}")
        self.rows: list[tuple[int, OrderLineRecord]] = [
            (i, line) for i, line in enumerate(order.lines) if self.takes_part(line.fulfilment)
        ]
        head = Heading()  # a long client name gives way
        head.set_text(order.client_name, order.number)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), len(self.HEADERS))
        keep_order(self.table, "the order's lines in their order, a quantity typed on each")
        self.table.setHorizontalHeaderLabels([_tr(h) for h, _w in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        fit_rows(self.table, QComboBox())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, (_h, width) in enumerate(self.HEADERS):
            if width:
                fit_column(self.table, col, width)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.quantities: list[QLineEdit] = []
        self.reasons: list[QComboBox] = []
        self.notes: list[QLineEdit] = []
        for r, (_i, line) in enumerate(self.rows):
            self.fill_row(r, line)
        self.message = WrappingLabel()  # wraps, as tall as its lines
        self.message.setObjectName("linesMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.summary = QLabel()
        self.summary.setObjectName("linesSummary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(head)
        self.layout_.addWidget(text)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        self.layout_.addLayout(bottom)
        height = min(230 + 30 * len(self.rows), 700)
        self.resize(sum(w for _h, w in self.HEADERS) + 420, height)
        for edit in self.quantities:
            edit.textChanged.connect(lambda _t: self._update_summary())
        self._update_summary()
        if self.quantities:
            self.quantities[0].setFocus()

    # --- to fill in by each dialog --------------------------------------------------------------
    def takes_part(self, f: LineFulfilment) -> bool:
        raise NotImplementedError

    def fill_row(self, row: int, line: OrderLineRecord) -> None:
        raise NotImplementedError

    def collect(self, problems: dict[int, str]) -> object:
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------------
    def put(self, row: int, col: int, text: str, *, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(ALIGN_RIGHT)
        self.table.setItem(row, col, item)

    def put_product(self, row: int, col: int, line: OrderLineRecord) -> None:
        self.put(row, col - 1, str(line.line_no), right=True)
        self.put(row, col, f"{line.sku} — {line.name}")
        item = self.table.item(row, col)
        if item is not None:
            item.setToolTip(f"{line.sku} — {line.name}")

    def put_qty(self, row: int, col: int, value: Decimal, unit: str) -> None:
        self.put(row, col, f"{qty_text(value)} {unit}".strip(), right=True)

    def put_reason_and_note(self, row: int, col: int, placeholder: str = "") -> None:
        """A reason and a note, open once a quantity is typed on the row."""
        combo = reason_combo()
        note = QLineEdit()
        note.setPlaceholderText(placeholder)
        limit_text(note)
        self.table.setCellWidget(row, col, combo)
        self.table.setCellWidget(row, col + 1, note)
        self.reasons.append(combo)
        self.notes.append(note)

        def typed(text: str) -> None:
            combo.setEnabled(bool(text.strip()))
            note.setEnabled(bool(text.strip()))

        self.quantities[row].textChanged.connect(typed)
        typed(self.quantities[row].text())

    def _update_summary(self) -> None:
        """What the quantities typed so far are worth (domain line amounts, with VAT)."""
        amounts = []
        for row, (_i, line) in enumerate(self.rows):
            value, why = read_number(self.quantities[row].text().strip() or "0")
            if why is None and value is not None and value > 0:
                amounts.append(
                    line_amounts(value, line.unit_price, line.discount_percent, line.vat_rate)
                )
        total = sum_lines(amounts).gross
        self.summary.setText(
            _tr(self.SUMMARY, "", len(amounts)).format(value=money(total, self.order.currency))
            if amounts
            else ""
        )

    def put_quantity(self, row: int, col: int, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setObjectName(f"qty_{row}")
        self.table.setCellWidget(row, col, edit)
        self.quantities.append(edit)
        return edit

    def read_qty(self, row: int, problems: dict[int, str]) -> Decimal | None:
        text = self.quantities[row].text().strip()
        if not text:
            return Decimal(0)
        value, why = read_number(text)
        if why is not None:
            problems[row] = why
        return value

    def check(self, row: int, why: str | None, problems: dict[int, str]) -> None:
        if why:
            problems[row] = why

    def confirm(self) -> bool:
        """A last question before the payload goes; False keeps the dialog open as typed."""
        return True

    def _submit(self) -> None:
        problems: dict[int, str] = {}
        payload = self.collect(problems)
        self.show_problems(problems)
        if not problems and self.confirm():
            self.submitted.emit(payload)

    def show_line_problems(self, problems: dict[int, str]) -> None:
        """What the service refused, by the line's index in the order."""
        rows = {r: problems[i] for r, (i, _l) in enumerate(self.rows) if i in problems}
        self.show_problems(rows)

    def show_problems(self, problems: dict[int, str]) -> None:
        for row, edit in enumerate(self.quantities):
            edit.setStyleSheet(BAD if row in problems else "")
            edit.setToolTip(problems.get(row, ""))
        text = "\n".join(
            _tr("Line {no}: {why}").format(no=self.rows[r][1].line_no, why=why)
            for r, why in sorted(problems.items())
        )
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if problems:
            self.quantities[min(problems)].setFocus()


class ShipDialog(LinesDialog):
    HEADERS = (
        ("#", 34),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Product"), 0),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Ordered"), 90),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Shipped"), 90),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Left"), 90),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Ship now"), 96),
    )
    SUMMARY = QT_TRANSLATE_NOOP("FulfilmentDialogs", "Shipping %n line(s) worth {value}")

    def __init__(self, order: OrderRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            order,
            _tr("Ship"),
            _tr("What leaves the warehouse now, line by line; the rest can follow later."),
            _tr("Ship"),
            parent,
        )
        self.setObjectName("shipDialog")

    def takes_part(self, f: LineFulfilment) -> bool:
        return f.to_ship > 0

    def fill_row(self, row: int, line: OrderLineRecord) -> None:
        f = line.fulfilment
        self.put_product(row, 1, line)
        self.put_qty(row, 2, f.quantity, line.unit)
        self.put_qty(row, 3, f.shipped, line.unit)
        self.put_qty(row, 4, f.to_ship, line.unit)
        self.put_quantity(row, 5, qty_text(f.to_ship))

    def collect(self, problems: dict[int, str]) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for row, (_i, line) in enumerate(self.rows):
            qty = self.read_qty(row, problems)
            if qty is None:
                continue
            self.check(row, shipment_problem(line.fulfilment, qty), problems)
            if qty:
                out[line.id] = qty
        if not out and not problems and self.rows:
            problems[0] = _tr("Enter the quantity leaving on at least one line.")
        return out


class DeliverDialog(LinesDialog):
    HEADERS = (
        ("#", 34),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Product"), 0),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Shipped"), 90),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Refused"), 80),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Reason"), 140),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Note"), 230),
    )
    SUMMARY = QT_TRANSLATE_NOOP("FulfilmentDialogs", "Refused on %n line(s), worth {value}")

    def __init__(self, order: OrderRecord, parent: QWidget | None = None) -> None:
        super().__init__(
            order,
            _tr("Delivered"),
            _tr(
                "The client received what was shipped. Enter what it refused at delivery, "
                "with the reason; leave the rest empty."
            ),
            _tr("Record delivery"),
            parent,
        )
        self.setObjectName("deliverDialog")
        # delivery closes the order at what was shipped: what is still to ship is dropped
        self.not_shipped = [
            (line.line_no, f"{qty_text(line.fulfilment.to_ship)} {line.unit}".strip())
            for line in order.lines
            if line.fulfilment.to_ship > 0
        ]
        self.warning = QLabel()
        self.warning.setObjectName("notShippedWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        if self.not_shipped:
            lines = ", ".join(
                _tr("line {no} ({qty})").format(no=no, qty=qty) for no, qty in self.not_shipped
            )
            self.warning.setText(
                _tr("%n line(s) not fully shipped: {lines}.", "", len(self.not_shipped)).format(
                    lines=lines
                )
                + " "
                + _tr(
                    "Recording the delivery closes the order at what was shipped; "
                    "ship the rest first if the client still gets it."
                )
            )
            self.layout_.insertWidget(1, self.warning)
            self.resize(self.width(), self.height() + 60)
        else:
            self.warning.hide()

    def confirm(self) -> bool:
        if not self.not_shipped:
            return True
        quantities = ", ".join(
            _tr("{qty} on line {no}").format(qty=qty, no=no) for no, qty in self.not_shipped
        )
        answer = QMessageBox.question(
            self,
            _tr("Close the order?"),
            _tr(
                "Close the order without the {quantities} still to ship? "
                "They will not be shipped or invoiced on this order."
            ).format(quantities=quantities),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def takes_part(self, f: LineFulfilment) -> bool:
        return f.shipped > 0

    def fill_row(self, row: int, line: OrderLineRecord) -> None:
        self.put_product(row, 1, line)
        self.put_qty(row, 2, line.fulfilment.shipped, line.unit)
        self.put_quantity(row, 3, "")
        self.put_reason_and_note(row, 4, _tr("what happened"))

    def collect(self, problems: dict[int, str]) -> dict[str, tuple[Decimal, str, str]]:
        out: dict[str, tuple[Decimal, str, str]] = {}
        for row, (_i, line) in enumerate(self.rows):
            qty = self.read_qty(row, problems)
            if qty is None:
                continue
            reason = str(self.reasons[row].currentData() or "")
            self.check(row, refusal_problem(line.fulfilment, qty, reason), problems)
            if qty:
                out[line.id] = (qty, reason, self.notes[row].text().strip())
        return out


class ReturnDialog(LinesDialog):
    HEADERS = (
        ("#", 34),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Product"), 0),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Delivered"), 86),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Returned"), 86),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Can return"), 86),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Back now"), 80),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Reason"), 140),
        (QT_TRANSLATE_NOOP("FulfilmentDialogs", "Note"), 180),
    )
    SUMMARY = QT_TRANSLATE_NOOP("FulfilmentDialogs", "Coming back on %n line(s), worth {value}")

    def __init__(self, order: OrderRecord, parent: QWidget | None = None) -> None:
        invoiced = bool(order.invoice_number)
        super().__init__(
            order,
            _tr("Return"),
            _tr(
                "Goods coming back from the client. Against invoice {inv} this is a credit note."
            ).format(inv=order.invoice_number)
            if invoiced
            else _tr("Goods coming back before the invoice: they will not be invoiced."),
            _tr("Record return"),
            parent,
        )
        self.setObjectName("returnDialog")
        self.note = QLineEdit()
        limit_text(self.note)
        self.note.setPlaceholderText(_tr("A note for the whole return (optional)"))
        self.layout_.insertWidget(3, self.note)

    def takes_part(self, f: LineFulfilment) -> bool:
        return f.returnable > 0

    def fill_row(self, row: int, line: OrderLineRecord) -> None:
        f = line.fulfilment
        self.put_product(row, 1, line)
        self.put_qty(row, 2, f.delivered, line.unit)
        self.put_qty(row, 3, f.returned, line.unit)
        self.put_qty(row, 4, f.returnable, line.unit)
        self.put_quantity(row, 5, "")
        self.put_reason_and_note(row, 6)

    def collect(self, problems: dict[int, str]) -> dict[str, object]:
        from kamdesk.services.sales.returns import ReturnedLine

        out: dict[str, object] = {}
        for row, (_i, line) in enumerate(self.rows):
            qty = self.read_qty(row, problems)
            if not qty:
                continue
            reason = str(self.reasons[row].currentData() or "")
            self.check(row, return_problem(line.fulfilment, qty, reason), problems)
            out[line.id] = ReturnedLine(qty, reason, self.notes[row].text().strip())
        if not out and not problems and self.rows:
            problems[0] = _tr("Enter the quantity that came back on at least one line.")
        return out


def set_reason(combo: QComboBox, reason: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(reason)))
