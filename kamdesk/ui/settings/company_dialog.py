"""Settings: the own-company profile that heads every document."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.company import (
    REGISTRATIONS,
    CompanyProfile,
    VatRegistrationEntry,
    parse_vat_rate,
    registration_problems,
    validate_company,
)
from kamdesk.services.company import (
    get_company,
    get_vat_registrations,
    registration_field,
    save_company,
)
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.settings.company_pages import CompanyPages
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.conflicts import Pick, run_edit
from kamdesk.ui.widgets.countries import country_code
from kamdesk.ui.widgets.forms import FieldForm, read_day
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.style import ERROR, ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database

MAX_LOGO_BYTES = 2 * 1024 * 1024
# numbers whose check digits are checked as soon as the user leaves the field
CHECKED_AT_ONCE = ("tax_id", "vat_number", "kpp", "bank_account", "bank_code", "corr_account")


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

        with db.reading() as session:
            registrations = get_vat_registrations(session)
        self._registrations = registrations  # as loaded: a save writes only what changed
        self.pages = CompanyPages(self._profile, registrations)
        self.fields: dict[str, QLineEdit] = self.pages.lines
        self.country = self.pages.country
        self.address = self.pages.address
        self.currency = self.pages.currency
        self.vat = self.pages.vat
        self.registrations = self.pages.registrations
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("companyTabs")
        self._tab_of: dict[str, int] = {}
        for title, form in self.pages.forms():
            if form is self.pages.company:
                self._logo_row(form)
            page = QWidget()
            page.setLayout(form)
            index = self.tabs.addTab(page, title)
            for name in form.errors:
                self._tab_of[name] = index
            self.errors.update(form.errors)
        for name in CHECKED_AT_ONCE:
            edit = self.fields[name]
            edit.editingFinished.connect(lambda name=name: self.check_field(name))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.summary = WrappingLabel()  # wraps, as tall as its lines
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def _logo_row(self, form: FieldForm) -> None:
        """The logo printed on documents: a preview, Choose… and Remove."""
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        remove = QPushButton(icon("remove"), self.tr("Remove"))
        remove.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        form.add("logo", self.tr("Logo"), logo_box)
        self._show_logo()

    # --- logo ---------------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        path = file_dialogs.open_file(
            self, "logo", self.tr("Choose the logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.set_logo_file(path)

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
            country=country_code(self.country.currentText()),
            address=self.address.toPlainText().strip(),
            default_currency=self.currency.currentText(),
            reporting_currency=self.pages.reporting.currentData() or "",
            vat_registered=self.pages.vat_registered.isChecked(),
            signatory_basis=self.pages.basis.currentData() or "",
            signatory_poa_date=read_day(self.pages.poa_date),
            vat_rate=vat,
            logo=self._logo,
        )
        for name, message in validate_company(profile).items():
            problems.setdefault(name, message)
        rows = registration_problems(profile.country, self.registrations.entries())
        for index, message in rows.items():
            problems[registration_field(index)] = message
        return profile, problems

    def check_field(self, name: str) -> None:
        """A number's check digits as soon as the user leaves its field (not the others')."""
        if not self.fields[name].text().strip():
            return
        _, problems = self.profile_from_fields()
        self._show_error(name, problems.get(name, ""))

    def _mark(self, problems: dict[str, str]) -> None:
        """Messages at their fields; tabs holding one are shown in red, the first one opened."""
        for name in self.errors:
            if name != "logo" or not problems:
                self._show_error(name, problems.get(name, ""))
        prefix = registration_field(0)[:-1]
        rows = {int(k[len(prefix) :]): v for k, v in problems.items() if k.startswith(prefix)}
        self.registrations.show_problems(rows)
        tabs = {self._tab_of.get(name, self._tab_of["vat_registrations"]) for name in problems}
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(ERROR) if index in tabs else QColor())
        if problems:
            first = next(iter(problems))
            self.tabs.setCurrentIndex(self._tab_of.get(first, self._tab_of["vat_registrations"]))
            widget = self.fields.get(first) or self.findChild(QWidget, first)
            if widget is not None:
                widget.setFocus()

    def _labels(self, entries: list[VatRegistrationEntry]) -> dict[str, str]:
        """Field name -> label for the conflict dialog (a registration by its country)."""
        labels = {
            name: text for _, form in self.pages.forms() for name, text in form.labels.items()
        }
        for e in (*entries, *self._registrations):
            labels[f"vat_registration:{e.country.strip().upper()}"] = self.tr(
                "VAT registration in {country}"
            ).format(country=e.country.strip().upper())
        return labels

    def save(self) -> None:
        profile, problems = self.profile_from_fields()
        self._mark(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return
        self.summary.clear()
        entries = self.registrations.entries()
        base, loaded = self._profile, self._registrations

        def work(session: Session, pick: Pick) -> CompanyProfile:
            return save_company(
                session,
                pick.mine(profile),
                REGISTRATIONS.choose(entries, pick.chosen, like=loaded),
                base=pick.rebase(base),
                base_registrations=pick.rebase(loaded, REGISTRATIONS),
            )

        result = run_edit(self, self._db, self._hub, work, labels=self._labels(entries))
        if result is not None:
            self.saved = True
            self.accept()
