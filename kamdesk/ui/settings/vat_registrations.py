"""The company's VAT registrations in other countries: one row per country, its message below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.company import VatRegistrationEntry
from kamdesk.ui.settings.form_rows import HINT_STYLE
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR_STYLE

COUNTRIES = ("HU", "RU", "IT", "AZ", "KZ", "BY", "UA", "GE", "PL", "CZ", "RO", "DE", "AT")


class RegistrationRow(QWidget):
    def __init__(self, entry: VatRegistrationEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(COUNTRIES)
        self.country.setCurrentText(entry.country)
        self.country.setFixedWidth(70)
        self.number = QLineEdit(entry.vat_number)
        self.number.setPlaceholderText(self.tr("VAT number there, e.g. DE136695976"))
        self.remove = QToolButton()
        self.remove.setText(self.tr("Remove"))
        self.error = WrappingLabel()  # wraps, as tall as its lines
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.country)
        line.addWidget(self.number, 1)
        line.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.error)

    def entry(self) -> VatRegistrationEntry:
        return VatRegistrationEntry(self.country.currentText().strip(), self.number.text())


class VatRegistrationsEditor(QWidget):
    """Rows of (country, VAT number); `show(problems)` puts each message under its row."""

    def __init__(self, entries: list[VatRegistrationEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vatRegistrations")
        self.rows: list[RegistrationRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("None: the company charges VAT only in its own country."))
        self.empty.setStyleSheet(HINT_STYLE)
        self.add_button = QPushButton(icon("add"), self.tr("Add a country…"))
        self.add_button.setObjectName("addVatRegistration")
        self.add_button.clicked.connect(lambda: self.add_row(VatRegistrationEntry("", "")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_box)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)
        for entry in entries:
            self.add_row(entry)
        self._update_empty()

    def add_row(self, entry: VatRegistrationEntry) -> RegistrationRow:
        row = RegistrationRow(entry, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._update_empty()
        if not entry.country:
            row.country.setFocus()
        return row

    def _remove(self, row: RegistrationRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def entries(self) -> list[VatRegistrationEntry]:
        return [row.entry() for row in self.rows]

    def show_problems(self, problems: dict[int, str]) -> None:
        for i, row in enumerate(self.rows):
            message = problems.get(i, "")
            row.error.setText(message)
            row.error.setVisible(bool(message))
