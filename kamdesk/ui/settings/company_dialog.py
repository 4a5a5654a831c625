"""Settings: the own-company profile that heads every document."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.company import CompanyProfile, parse_vat_rate, validate_company
from kamdesk.domain.money import CURRENCIES
from kamdesk.services.company import get_company, save_company
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.style import ERROR_STYLE

if TYPE_CHECKING:
    from kamdesk.db import Database

COUNTRIES = ("HU", "RU", "IT", "AZ", "KZ", "BY", "UA", "GE", "PL", "CZ", "RO", "DE", "AT")
MAX_LOGO_BYTES = 2 * 1024 * 1024


class CompanyDialog(QDialog):
    """Edits the profile; bad fields get a message beside them and nothing is saved."""

    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings: our company"))
        self.setObjectName("companyDialog")
        self._db = db
        self._hub = hub
        with db.reading() as session:
            self._profile = get_company(session)
        self._logo = self._profile.logo
        self.saved = False

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def line(name: str, label: str, placeholder: str = "") -> None:
            edit = QLineEdit(str(getattr(self._profile, name)))
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            self.fields[name] = edit
            self._add_row(form, label, edit, name)

        line("legal_name", self.tr("Legal name *"), self.tr("as registered"))
        line("short_name", self.tr("Short name"))
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.country.setEditable(True)
        self.country.addItems(COUNTRIES)
        self.country.setCurrentText(self._profile.country)
        self._add_row(form, self.tr("Country *"), self.country, "country")
        line("tax_id", self.tr("Tax number *"), self.tr("checked for the country"))
        line("registration_no", self.tr("Registration number"))
        line("postal_code", self.tr("Postal code"))
        line("city", self.tr("City"))
        self.address = QPlainTextEdit(self._profile.address)
        self.address.setObjectName("address")
        self.address.setFixedHeight(56)
        self._add_row(form, self.tr("Address"), self.address, "address")
        line("phone", self.tr("Phone"), "+36 1 234 5678")
        line("email", self.tr("E-mail"), "sales@example.com")
        line("website", self.tr("Website"))
        line("bank_name", self.tr("Bank"))
        line("bank_account", self.tr("Account (IBAN)"))
        line("bank_code", self.tr("SWIFT/BIC or BIK"))
        self.currency = QComboBox()
        self.currency.setObjectName("default_currency")
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(self._profile.default_currency)
        self._add_row(form, self.tr("Default currency *"), self.currency, "default_currency")
        self.vat = QLineEdit(format(self._profile.vat_rate.normalize(), "f"))
        self.vat.setObjectName("vat_rate")
        self.vat.setPlaceholderText("20")
        self._add_row(form, self.tr("VAT rate, % *"), self.vat, "vat_rate")

        self._logo_row(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _logo_row(self, form: QFormLayout) -> None:
        """The logo printed on documents: a preview, Choose… and Remove."""
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self._add_row(form, self.tr("Logo"), logo_box, "logo")
        self._show_logo()

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(label, box)

    # --- logo ---------------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        data = path.read_bytes()
        pixmap = QPixmap()
        if len(data) > MAX_LOGO_BYTES:
            self._show_error("logo", self.tr("The logo must be smaller than 2 MB."))
        elif not pixmap.loadFromData(data):
            self._show_error("logo", self.tr("That file is not a PNG or JPEG image."))
        else:
            self._logo = data
            self._show_error("logo", "")
            self._show_logo()

    def _remove_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setText(self.tr("no logo"))

    # --- saving -------------------------------------------------------------------------------
    def _show_error(self, name: str, message: str) -> None:
        label = self.errors[name]
        label.setText(message)
        label.setVisible(bool(message))

    def profile_from_fields(self) -> tuple[CompanyProfile, dict[str, str]]:
        problems: dict[str, str] = {}
        try:
            vat = parse_vat_rate(self.vat.text())
        except ValueError:
            problems["vat_rate"] = self.tr("Type the VAT rate as a number from 0 to 100, e.g. 20.")
            vat = Decimal(-1)
        values: dict[str, Any] = {name: edit.text() for name, edit in self.fields.items()}
        profile = dataclasses.replace(
            self._profile,
            **values,
            country=self.country.currentText().strip().upper(),
            address=self.address.toPlainText().strip(),
            default_currency=self.currency.currentText(),
            vat_rate=vat,
            logo=self._logo,
        )
        for name, message in validate_company(profile).items():
            # domain/ has no Qt: its messages are translated here, under their own context
            problems.setdefault(name, QCoreApplication.translate("kamdesk.domain", message))
        return profile, problems

    def save(self) -> None:
        profile, problems = self.profile_from_fields()
        for name in self.errors:
            if name != "logo" or not problems:
                self._show_error(name, problems.get(name, ""))
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            first = next(iter(problems))
            widget = self.fields.get(first) or self.findChild(QWidget, first)
            if widget is not None:
                widget.setFocus()
            return
        self.summary.clear()
        result = run_op(
            self,
            self._db,
            self._hub,
            lambda session: save_company(session, profile),
        )
        if result is not None:
            self.saved = True
            self.accept()
