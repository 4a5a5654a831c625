"""File > Exchange rates: the rates conversions use, by currency and date; add, change and
delete (a tombstone, synced). A rate is reporting-currency units per 1 unit of the currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.fx import rate_problems
from kamdesk.domain.money import CURRENCIES, AmountError
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.forms import FieldForm, read_day
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import number_edit_text, quantity, read_number, short_date
from kamdesk.ui.widgets.style import MUTED_STYLE
from kamdesk.ui.widgets.table_state import SortItem, filling, key_of_row, remember_table, row_of_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.prices.rates import RateRow

ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RatesDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        from kamdesk.services.company import get_company

        self.setObjectName("ratesDialog")
        self.setWindowTitle(self.tr("Exchange rates"))
        self.db, self.hub = db, hub
        self.today = today or date.today()
        with db.reading() as session:
            self.reporting = get_company(session).reporting
        self.rows: list[RateRow] = []
        self.editing: str | None = None  # the id of the rate in the form, None for a new one
        self.loaded: RateRow | None = None  # that rate as the form loaded it

        intro = QLabel(
            self.tr(
                "Prices in another currency than the order's are converted at the latest rate "
                "on or before the order date. A rate is {rep} per 1 unit of the currency "
                "(the reporting currency, {rep}, is always 1)."
            ).format(rep=self.reporting)
        )
        intro.setObjectName("ratesIntro")
        intro.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("ratesFilter")
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        top.addStretch(1)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("ratesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Currency"),
                self.tr("Date"),
                self.tr("{rep} per 1 unit").format(rep=self.reporting),
                self.tr("Source"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        remember_table(self.table, "ratesTable", descending=(1, 2))
        self.table.itemSelectionChanged.connect(self._on_selected)

        self._make_form()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_title)
        layout.addLayout(self.form)
        layout.addLayout(self._buttons())
        self.resize(640, 620)
        self.hub.changed.connect(self._on_changed)
        self.reload()
        self.start_new()

    def _make_form(self) -> None:
        self.form_title = QLabel()
        self.form_title.setObjectName("rateFormTitle")
        self.form = FieldForm()
        self.currency: QComboBox = self.form.choice(
            "currency",
            self.tr("Currency"),
            [(c, c) for c in CURRENCIES if c != self.reporting],
            "EUR" if self.reporting != "EUR" else "USD",
        )
        self.currency.currentIndexChanged.connect(lambda _i: self._name_rate())
        self.day = self.form.day("day", self.tr("Date"), self.today)
        self.rate: QLineEdit = self.form.line("rate", self.tr("Rate"), placeholder="386.12")
        self.per = QLabel()
        self.per.setObjectName("ratePer")
        self.per.setStyleSheet(MUTED_STYLE)
        self.form.addRow("", self.per)
        self.source: QLineEdit = self.form.line(
            "source", self.tr("Source"), placeholder=self.tr("MNB, ЦБ РФ, the contract…")
        )
        self._name_rate()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(icon("new"), self.tr("New rate"))
        self.new_button.setObjectName("rateNew")
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setObjectName("rateDelete")
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(icon("add"), self.tr("Add"))
        self.save_button.setObjectName("rateSave")
        self.save_button.setDefault(True)
        self.save_button.setMinimumWidth(130)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        return row

    def _name_rate(self) -> None:
        code = self.currency.currentData() or ""
        self.per.setText(
            self.tr("{rep} per 1 {code}: how many {rep} one {code} is worth").format(
                rep=self.reporting, code=code
            )
        )

    # --- the list -----------------------------------------------------------------------------
    def reload(self) -> None:
        from kamdesk.services.prices.rates import list_rates

        with self.db.reading() as session:
            self.rows = list_rates(session)
        shown = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All currencies"), "")
        for code in sorted({r.currency for r in self.rows}):
            self.filter.addItem(code, code)
        self.filter.setCurrentIndex(max(0, self.filter.findData(shown or "")))
        self.filter.blockSignals(False)
        self._fill()

    def shown_rows(self) -> list[RateRow]:
        code = self.filter.currentData() or ""
        return [r for r in self.rows if not code or r.currency == code]

    def _fill(self) -> None:
        rows = self.shown_rows()
        self.table.blockSignals(True)
        with filling(self.table):
            self.table.setRowCount(len(rows))
            for i, r in enumerate(rows):
                rate = SortItem(quantity(r.rate), r.rate)
                rate.setTextAlignment(ALIGN_RIGHT)
                cells = (SortItem(r.currency), SortItem(short_date(r.day), r.day), rate)
                for col, item in enumerate((*cells, SortItem(r.source))):
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                    self.table.setItem(i, col, item)
        # the rate in the form stays selected when it is shown; otherwise none is
        shown = [r.id for r in rows]
        self.table.clearSelection()
        if self.editing in shown:
            self.table.selectRow(row_of_key(self.table, self.editing))
        self.table.blockSignals(False)
        self.delete_button.setEnabled(self.editing in shown)

    def _on_selected(self) -> None:
        key = key_of_row(self.table, self.table.currentRow())
        found = next((r for r in self.shown_rows() if r.id == key), None)
        if found is None or not self.table.selectedItems():
            return
        self.editing, self.loaded = found.id, found
        self.currency.setCurrentIndex(max(0, self.currency.findData(found.currency)))
        self.day.setDate(QDate(found.day.year, found.day.month, found.day.day))
        self.rate.setText(number_edit_text(found.rate))
        self.source.setText(found.source)
        self.form.show({})
        self.form_title.setText(
            self.tr("<b>Change the rate of {code} on {day}</b>").format(
                code=found.currency, day=short_date(found.day)
            )
        )
        self.save_button.setText(self.tr("Save changes"))
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        self.editing, self.loaded = None, None
        self.table.clearSelection()
        self.rate.clear()
        self.source.clear()
        self.day.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.form.show({})
        self.form_title.setText(self.tr("<b>New rate</b>"))
        self.save_button.setText(self.tr("Add"))
        self.delete_button.setEnabled(False)

    # --- changing -----------------------------------------------------------------------------
    def save(self) -> bool:
        from kamdesk.services.company import InvalidFields
        from kamdesk.services.prices.rates import RateRow, save_rate

        code = str(self.currency.currentData() or "")
        problems: dict[str, str] = {}
        rate = None
        text = self.rate.text().strip()
        if text:
            try:
                rate = read_number(text)
            except AmountError:
                problems["rate"] = self.tr("Type a number such as 386.12 or %1.").replace(
                    "%1", number_edit_text(Decimal("4.0213"))
                )
        day = read_day(self.day)
        if day is None:
            problems["day"] = self.tr("Choose the day of the rate.")
        if "rate" not in problems:
            problems.update(rate_problems(code, rate, self.reporting))
        self.form.show(problems)
        if problems or day is None or rate is None:
            return False

        def handle(exc: UserError) -> bool:
            if isinstance(exc, InvalidFields):
                self.form.show(exc.problems)
                return True
            return False

        editing, base = self.editing, self.loaded
        if not self._replace_agreed(code, day, rate, editing):
            return False  # kept as typed: the user may change the day or currency
        typed = RateRow(editing or "", code, day, rate, self.source.text().strip())

        def work(session: Session, pick: Pick) -> str:
            mine = pick.mine(typed)
            return save_rate(
                session,
                mine.currency,
                mine.day,
                mine.rate,
                mine.source,
                rate_id=editing,
                base=None if base is None else pick.rebase(base),
            )

        saved = run_edit(self, self.db, self.hub, work, labels=self.form.labels, handle=handle)
        if saved is None:
            return False  # the reason is at its field; what was typed stays
        self.start_new()
        return True

    def _replace_agreed(self, code: str, day: date, rate: Decimal, editing: str | None) -> bool:
        """A currency has one rate a day: saving over another recorded one asks first."""
        other = next(
            (r for r in self.rows if (r.currency, r.day) == (code, day) and r.id != editing), None
        )
        if other is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the rate"),
            self.tr(
                "{code} already has a rate on {day}: {old}{source}. Replace it with {new}?"
            ).format(
                code=code,
                day=short_date(day),
                old=quantity(other.rate),
                source=f" ({other.source})" if other.source else "",
                new=quantity(rate),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        from kamdesk.services.prices.rates import delete_rate

        rate_id = self.editing
        if rate_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the rate"),
            self.tr(
                "Delete this rate? Orders already priced keep their converted prices; new ones "
                "on its days use the rate before it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, self.db, self.hub, lambda s: delete_rate(s, rate_id))
        self.start_new()

    def _on_changed(self, changes: Changes) -> None:
        if Change.PRICES in changes or Change.COMPANY in changes:
            self.reload()

    def done(self, result: int) -> None:
        if self.hub is not None:
            self.hub.changed.disconnect(self._on_changed)
            self.hub = None  # type: ignore[assignment]
        super().done(result)
