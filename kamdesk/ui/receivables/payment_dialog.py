"""A payment typed by hand, and the allocation of what is free of a posted one.

The payment is spread oldest invoices first (the default), over invoices chosen with an amount
each, or kept whole as the client's credit. Every problem is shown at its field or row and
the dialog stays open with everything typed; what the ledger refuses is shown in the dialog.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.money import ZERO
from kamdesk.errors import UserError
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import read_now, run_op
from kamdesk.ui.receivables.invoice_table import AllocationTable, oldest_first_plan
from kamdesk.ui.widgets.forms import FieldForm, read_day, read_money
from kamdesk.ui.widgets.layout_rules import WrappingLabel, elided_label
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import ERROR_STYLE, MUTED_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.receivables.views import ClientChoice, OpenInvoices, PaymentLine
    from kamdesk.ui.operations import ChangeHub

FUTURE_DAYS = 1  # as the ledger allows: a bank's value date may be tomorrow
OLDEST, CHOOSE, CREDIT = "oldest", "choose", "credit"
METHODS = (
    QT_TRANSLATE_NOOP("PaymentDialog", "bank transfer"),
    QT_TRANSLATE_NOOP("PaymentDialog", "cash"),
    QT_TRANSLATE_NOOP("PaymentDialog", "card"),
    QT_TRANSLATE_NOOP("PaymentDialog", "offset"),
)


def method_label(method: str) -> str:
    """How a payment came (bank transfer, cash…) in the interface's language; another
    method, typed at import, as it is."""
    return QCoreApplication.translate("PaymentDialog", method) if method in METHODS else method


class _LedgerDialog(QDialog):
    """What both dialogs share: the invoice table, a message line and the buttons."""

    def __init__(self, db: Database, hub: ChangeHub, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.hub, self.today = db, hub, today
        self.table = AllocationTable()
        self.message = WrappingLabel()  # wraps, as tall as its lines
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("post")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.post)
        self.buttons.rejected.connect(self.reject)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _refused(self, exc: UserError) -> bool:
        self.say(str(exc))
        return True

    def post(self) -> None:
        raise NotImplementedError


class PaymentDialog(_LedgerDialog):
    """Record a payment received; `client_id` preselects the client (else one is chosen)."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        *,
        client_id: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, hub, today, parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Record payment"))
        self.posted_id: str | None = None
        self.choices: list[ClientChoice] = []
        self.current: OpenInvoices | None = None
        self.form = FieldForm()
        self.client = self._client_field(client_id)
        self.day = self.form.day("date", self.tr("Date received"), today)
        self.amount = self.form.line("amount", self.tr("Amount"), "", self.tr("e.g. 1250.50"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLabel()
        self.currency.setStyleSheet(MUTED_STYLE)
        self.form.add("currency", self.tr("Currency"), self.currency)
        self.method = self.form.choice(
            "method", self.tr("Method"), [(m, self.tr(m)) for m in METHODS], METHODS[0]
        )
        self.reference = self.form.line(
            "reference", self.tr("Reference"), "", self.tr("Bank reference or document number")
        )
        self.note = self.form.text("note", self.tr("Note"), "", height=48)
        self.ok.setText(self.tr("Post payment"))

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self._allocation_box(), 1)  # the spare height, not the fields
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.amount.textChanged.connect(self._amount_typed)
        self._load_client(client_id)
        self.resize(640, 620)

    def _client_field(self, client_id: str | None) -> QWidget:
        from kamdesk.services.receivables.views import client_choices

        self.choices = read_now(self, self.db, client_choices) or []
        if client_id is not None:
            name = next((c.name for c in self.choices if c.id == client_id), client_id)
            label = elided_label(name, bold=True)
            label.setProperty("client_id", client_id)
            self.form.add("client", self.tr("Client"), label)
            return label
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")
        for c in self.choices:
            combo.addItem(c.name, c.id)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type part of the client's name"))
        # typing a name (or part of one only one client has) is choosing the client
        combo.editTextChanged.connect(lambda _t: self._load_client(self.client_id()))
        self.form.add("client", self.tr("Client"), combo)
        return combo

    def _allocation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Allocation"))
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(box)
        for key, text in (
            (OLDEST, self.tr("Oldest invoices first")),
            (CHOOSE, self.tr("Choose invoices")),
            (CREDIT, self.tr("Keep as credit")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"mode_{key}")
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            layout.addWidget(button)
        self.mode_buttons[OLDEST].setChecked(True)
        layout.addWidget(self.table, 1)
        self.table.hide()
        self.plan = QLabel()  # what the mode chosen does with the amount typed
        self.plan.setObjectName("allocationPlan")
        self.plan.setStyleSheet(MUTED_STYLE)
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)
        layout.addStretch(1)  # takes the table's height while the table is hidden
        self.box_layout = layout
        self.modes.buttonToggled.connect(self._mode_changed)
        return box

    def _mode_changed(self) -> None:
        mode = self.mode()
        self.table.setVisible(mode == CHOOSE)
        self.box_layout.setStretch(self.box_layout.count() - 1, 0 if mode == CHOOSE else 1)
        self.plan.setVisible(mode != CHOOSE)
        self._say_plan()

    def _say_plan(self) -> None:
        """Oldest first: which invoices the amount settles; as credit: that all of it stays."""
        amount = read_money(self.amount, "amount", {})
        cur = self.current.client.currency if self.current else ""
        if self.current is None:
            self.plan.setText(self.tr("Choose the client to see which invoices this settles."))
        elif amount is None or amount <= 0:
            self.plan.setText("")
        elif self.mode() == CREDIT:
            self.plan.setText(
                self.tr("All {amount} stays as the client's credit, to allocate later.").format(
                    amount=money(amount, cur)
                )
            )
        else:
            invoices = self.current.invoices if self.current else ()
            plan = oldest_first_plan(amount, invoices)
            numbers = {i.id: i.number for i in invoices}
            settles = ", ".join(f"{numbers[i]} {money(a)}" for i, a in plan.items())
            left = amount - sum(plan.values(), ZERO)
            said = (
                self.tr("Settles {invoices}; {credit} stays as credit.")
                if settles
                else self.tr("Settles no invoice; {credit} stays as credit.")
            )
            self.plan.setText(said.format(invoices=settles, credit=money(left, cur)))

    def mode(self) -> str:
        return next((k for k, b in self.mode_buttons.items() if b.isChecked()), OLDEST)

    def _matches(self) -> list[str]:
        """The clients the name typed stands for: the one so called, or all it is part of."""
        assert isinstance(self.client, QComboBox)
        text = self.client.currentText().strip().casefold()
        found = [c.id for c in self.choices if c.name.casefold() == text]
        if not found and text:
            found = [c.id for c in self.choices if text in c.name.casefold()]
        return found

    def client_id(self) -> str | None:
        if isinstance(self.client, QComboBox):
            found = self._matches()
            return found[0] if len(found) == 1 else None
        value = self.client.property("client_id")
        return str(value) if value else None

    def _client_problem(self) -> str:
        if not isinstance(self.client, QComboBox) or not self.client.currentText().strip():
            return self.tr("Choose the client the payment is from.")
        typed = self.client.currentText().strip()
        if self._matches():
            return self.tr("Several clients match “{text}”: type more of the name.").format(
                text=typed
            )
        return self.tr("No client is called “{text}”.").format(text=typed)

    def _load_client(self, client_id: str | None) -> None:
        from kamdesk.services.receivables.views import open_for_payment

        if client_id is None:
            self.current = None
            self.currency.setText(self.tr("the client's, once it is chosen"))
            self.table.set_invoices((), "")
            self._say_plan()
            return
        if self.current is not None and self.current.client.id == client_id:
            return
        found = read_now(self, self.db, lambda s: open_for_payment(s, client_id))
        self.current = found
        cur = found.client.currency if found else ""
        self.currency.setText(cur)
        self.table.set_invoices(found.invoices if found else (), cur)
        self._say_plan()

    def _amount_typed(self) -> None:
        self.table.prefill(read_money(self.amount, "amount", {}))
        self._say_plan()

    def _read(self) -> tuple[str, date, Decimal] | None:
        problems: dict[str, str] = {}
        client_id = self.client_id()
        if client_id is None:
            problems["client"] = self._client_problem()
        day = read_day(self.day)
        if day is None:
            problems["date"] = self.tr("Give the day the money came in.")
        elif day > self.today + timedelta(days=FUTURE_DAYS):
            problems["date"] = self.tr(
                "The payment is dated after tomorrow: money not yet received cannot be posted."
            )
        amount = read_money(self.amount, "amount", problems)
        if self.amount.text().strip().startswith("-"):
            problems["amount"] = self.tr("A payment must be above zero.")
        elif amount is None and "amount" not in problems:
            problems["amount"] = self.tr("Type the amount received.")
        elif amount is not None and amount <= 0:
            problems["amount"] = self.tr("A payment must be above zero.")
        self.form.show(problems)
        if problems or client_id is None or day is None or amount is None:
            return None
        return client_id, day, amount

    def post(self) -> None:
        from kamdesk.services.receivables.posting import PaymentEntry, post_payment

        self.say("")
        read = self._read()
        if read is None:
            return
        client_id, day, amount = read
        if client_id != (self.current.client.id if self.current else None):
            self._load_client(client_id)
        mode = self.mode()
        manual = self.table.rows() if mode == CHOOSE else None
        if mode == CHOOSE and manual is None:
            return
        entry = PaymentEntry(
            client_id=client_id,
            payment_date=day,
            amount=amount,
            method=str(self.method.currentData()),
            reference=self.reference.text().strip(),
            note=self.note.toPlainText().strip(),
        )

        def run(session: Session) -> str:
            return post_payment(
                session, entry, today=self.today, manual=manual, auto=mode == OLDEST
            ).payment_id

        result = run_op(self, self.db, self.hub, run, handle=self._refused)
        if result is not None:
            self.posted_id = result
            self.accept()


class AllocateDialog(_LedgerDialog):
    """Put what is free of a posted payment on the client's open invoices."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        *,
        client_id: str,
        payment: PaymentLine,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        from kamdesk.services.receivables.views import open_for_payment

        super().__init__(db, hub, today, parent)
        self.setObjectName("allocateDialog")
        self.setWindowTitle(self.tr("Allocate payment"))
        self.payment = payment
        found = read_now(self, db, lambda s: open_for_payment(s, client_id))
        cur = found.client.currency if found else ""
        heading = QLabel(
            self.tr("Payment of {day}: {amount}, of which {free} is free to allocate.").format(
                day=short_date(payment.paid_on),
                amount=money(payment.amount, cur),
                free=money(payment.free, cur),
            )
        )
        heading.setWordWrap(True)
        self.table.payment = payment.free
        self.table.set_invoices(found.invoices if found else (), cur)
        self.ok.setText(self.tr("Allocate"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def post(self) -> None:
        from kamdesk.services.receivables.posting import allocate_payment

        self.say("")
        manual = self.table.rows()
        if manual is None:
            return
        if not manual:
            self.say(self.tr("Type an amount on at least one invoice."))
            return
        pid, on = self.payment.id, self.today

        def run(session: Session) -> int:
            return len(allocate_payment(session, pid, on=on, manual=manual).allocations)

        if run_op(self, self.db, self.hub, run, handle=self._refused) is not None:
            self.accept()
