"""Credit control said no: the figures behind it, and an override with who decided and why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.credit import CreditDecision, CreditPosition, override_problem
from kamdesk.ui.widgets.forms import FieldForm
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import BOLD_STYLE, ERROR_STYLE, MUTED_STYLE
from kamdesk.ui.widgets.table_state import SortItem, remember_table

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CreditDialog(QDialog):
    """Opened with open(); `override` carries who approved confirming and why."""

    override = Signal(str, str)

    def __init__(
        self,
        decision: CreditDecision,
        position: CreditPosition,
        *,
        today: date,
        order_number: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("creditDialog")
        self.setWindowTitle(self.tr("Credit control: {number}").format(number=order_number))
        cur = position.currency
        title = QLabel(self.tr("<h3>Confirmation is blocked by credit control</h3>"))
        reasons = QLabel("<br>".join("• " + _html(r) for r in decision.reasons))
        reasons.setObjectName("creditReasons")
        reasons.setWordWrap(True)
        reasons.setStyleSheet(ERROR_STYLE)

        grid = self._figures(decision, position)

        overdue_box = self._overdue_box(decision, today, cur)

        override_box = QGroupBox(self.tr("Confirm anyway"))
        self.form = FieldForm()
        self.approved_by = self.form.line(
            "by", self.tr("Approved by"), "", self.tr("Who takes the decision")
        )
        self.reason = self.form.text("reason", self.tr("Reason"), "", height=64)
        hint = QLabel(self.tr("The override and its reason are recorded in the order's history."))
        hint.setStyleSheet(MUTED_STYLE)
        hint.setWordWrap(True)
        override_layout = QVBoxLayout(override_box)
        override_layout.addLayout(self.form)
        override_layout.addWidget(hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.override_button = self.buttons.addButton(
            self.tr("Override and confirm"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.override_button.setObjectName("overrideCredit")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self._override)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(reasons)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(overdue_box)
        layout.addWidget(override_box)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _figures(self, decision: CreditDecision, position: CreditPosition) -> QGridLayout:
        """Limit, what is owed and open, this order, the exposure and how far over it is."""
        cur = position.currency
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        limit = self.tr("no limit") if position.limit is None else money(position.limit, cur)
        available = "" if decision.available is None else money(decision.available, cur)
        rows = [
            ("limit", self.tr("Credit limit"), limit),
            ("owed", self.tr("Owed on invoices"), money(position.open_receivables, cur)),
            (
                "open_orders",
                self.tr("Open orders (not invoiced)"),
                money(position.open_orders, cur),
            ),
            ("this_order", self.tr("This order"), money(position.this_order, cur)),
            ("exposure", self.tr("Exposure"), money(decision.exposure, cur)),
            ("over_by", self.tr("Over the limit by"), money(decision.over_by, cur)),
            ("available", self.tr("Room left before this order"), available),
        ]
        if position.limit is None:  # nothing to be over, no room to measure
            rows = [r for r in rows if r[0] not in {"over_by", "available"}]
        for i, (key, label, value) in enumerate(rows):
            name = QLabel(label)
            figure = QLabel(value)
            figure.setObjectName(f"credit_{key}")
            figure.setAlignment(ALIGN_RIGHT)
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "exposure":
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(line, 2 * i, 0, 1, 2)
                name.setStyleSheet(BOLD_STYLE)
                figure.setStyleSheet(BOLD_STYLE)
            if key == "available":
                name.setStyleSheet(MUTED_STYLE)
                figure.setStyleSheet(MUTED_STYLE)
            if key == "over_by" and decision.over_by > 0:
                name.setStyleSheet(BOLD_STYLE + " " + ERROR_STYLE)
                figure.setStyleSheet(BOLD_STYLE + " " + ERROR_STYLE)
            grid.addWidget(name, 2 * i + 1, 0)
            grid.addWidget(figure, 2 * i + 1, 1)
            self.figures[key] = figure
        grid.setColumnStretch(2, 1)
        return grid

    def _overdue_box(self, decision: CreditDecision, today: date, cur: str) -> QGroupBox:
        """The overdue invoices behind the block (hidden when there are none)."""
        self.overdue = QTableWidget(len(decision.overdue), 4)
        self.overdue.setObjectName("overdueInvoices")
        self.overdue.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Due"), self.tr("Days late"), self.tr("Open amount")]
        )
        self.overdue.verticalHeader().setVisible(False)
        self.overdue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overdue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.overdue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, inv in enumerate(decision.overdue):
            late = inv.days_overdue(today)
            values = [
                (inv.number, None),
                (short_date(inv.due_date), inv.due_date),
                (str(late), late),
                (money(inv.open_amount, cur), inv.open_amount),
            ]
            for col, (text, value) in enumerate(values):
                item = SortItem(text, value)
                if col >= 2:
                    item.setTextAlignment(ALIGN_RIGHT)
                self.overdue.setItem(row, col, item)
        remember_table(self.overdue, "overdueInvoices", descending=(1, 2, 3))
        overdue_box = QGroupBox(self.tr("Overdue invoices"))
        box = QVBoxLayout(overdue_box)
        box.addWidget(self.overdue)
        self.overdue.setFixedHeight(min(34 + 26 * max(1, len(decision.overdue)), 190))
        overdue_box.setVisible(bool(decision.overdue))
        return overdue_box

    def _override(self) -> None:
        by, reason = self.approved_by.text(), self.reason.toPlainText()
        why = override_problem(by, reason)
        problems = {("by" if "who" in why else "reason"): why} if why else {}
        self.form.show(problems)
        if why:
            return
        self.override.emit(by.strip(), reason.strip())
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
