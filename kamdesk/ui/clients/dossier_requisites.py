"""The client's requisites on the profile page: what documents print for it, and its VAT regime.

Labels follow the client's country (КПП and к/с for Russia, Codice fiscale, SDI and PEC for
Italy, the EU VAT number and its VIES check for EU clients); a field that does not apply is
hidden unless it holds a value, so nothing typed disappears."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from kamdesk.domain.client_requisites import REGIME_NAMES, ClientRequisites, regime_preview
from kamdesk.domain.requisites import registration_label, vat_number_problem
from kamdesk.domain.tax import EU, Supplier
from kamdesk.ui.i18n import shown_language
from kamdesk.ui.settings.form_rows import hint, set_row
from kamdesk.ui.widgets.forms import NO_DATE, FieldForm, domain_text, read_day

_LINES = (
    "vat_number",
    "kpp",
    "registration_no",
    "fiscal_code",
    "sdi_code",
    "pec",
    "bank_name",
    "bank_account",
    "bank_code",
    "corr_account",
    "signatory_name",
    "signatory_position",
    "signatory_poa_number",
)


def _set_day(edit: QDateEdit, day: date | None) -> None:
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


class RequisitesBox(QGroupBox):
    """Requisites, VAT regime and signatory of one client."""

    def __init__(self, tax_id: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tax_id = tax_id  # the profile's tax number: the VAT number when it is one
        self.setTitle(self.tr("Requisites for documents"))
        self.setObjectName("clientRequisites")
        self.country = ""
        self.form = FieldForm()
        f = self.form
        self.lines: dict[str, QLineEdit] = {}

        def line(name: str, label: str, placeholder: str = "") -> None:
            self.lines[name] = f.line(name, label, placeholder=placeholder)

        line("vat_number", self.tr("EU VAT number"), self.tr("with the country prefix"))
        self.lines["vat_number"].editingFinished.connect(self.check_vat_number)
        self.vat_checked_on = f.day("vat_checked_on", self.tr("Last checked in VIES"), None)
        self.tax_regime: QComboBox = f.choice(
            "tax_regime",
            self.tr("VAT regime"),
            [(value, domain_text(name)) for value, name in REGIME_NAMES.items()],
            "",
        )
        self.supplier = Supplier("")  # the company as orders see it (order_tax.supplier_of)
        self.regime_note = hint("")
        self.regime_note.setObjectName("regimeNote")
        f.addRow("", self.regime_note)
        self.tax_regime.currentIndexChanged.connect(self.show_regime)
        self.lines["vat_number"].textChanged.connect(self.show_regime)
        if tax_id is not None:
            tax_id.textChanged.connect(self.show_regime)
        line("kpp", self.tr("KPP (КПП)"), "773601001")
        line("registration_no", self.tr("Registration number"))
        line("fiscal_code", self.tr("Codice fiscale"))
        line("sdi_code", self.tr("Codice SDI"), self.tr("7 letters and digits"))
        line("pec", self.tr("PEC"), "nome@pec.it")
        line("bank_name", self.tr("Bank"))
        line("bank_account", self.tr("Account (IBAN)"))
        line("bank_code", self.tr("SWIFT/BIC"))
        line("corr_account", self.tr("Correspondent account (к/с)"))
        f.addRow("", hint(self.tr("Who signs for the client, and on what authority:")))
        line("signatory_name", self.tr("Signatory"), self.tr("full name"))
        line("signatory_position", self.tr("Signatory's position"))
        self.basis: QComboBox = f.choice(
            "signatory_basis",
            self.tr("Signs on the basis of"),
            [
                ("", self.tr("not recorded")),
                ("charter", self.tr("the charter (Устав)")),
                ("poa", self.tr("a power of attorney (доверенность)")),
            ],
            "",
        )
        line("signatory_poa_number", self.tr("Power of attorney No."))
        self.poa_date = f.day("signatory_poa_date", self.tr("Power of attorney date"), None)
        self.basis.currentIndexChanged.connect(self._follow_basis)
        layout = QVBoxLayout(self)
        layout.addLayout(f)
        self.follow_country("")
        self._follow_basis()

    def _follow_basis(self) -> None:
        poa = self.basis.currentData() == "poa"
        self.lines["signatory_poa_number"].setEnabled(poa)
        self.poa_date.setEnabled(poa)

    def follow_country(self, text: str) -> None:
        country = self.country = text.strip().upper()
        ru, it, eu = country == "RU", country == "IT", country in EU
        lines = self.lines
        language = shown_language()  # the number's name in the interface's language
        reg = self.tr("OGRN / OGRNIP (ОГРН)") if ru else registration_label(country, "", language)
        set_row(self.form, lines["registration_no"], label=reg, visible=True)
        account = self.tr("Settlement account (р/с)") if ru else self.tr("Account (IBAN)")
        set_row(self.form, lines["bank_account"], label=account, visible=True)
        code = self.tr("BIK (БИК)") if ru else self.tr("SWIFT/BIC")
        set_row(self.form, lines["bank_code"], label=code, visible=True)
        for name, shown in (
            ("kpp", ru),
            ("corr_account", ru),
            ("fiscal_code", it),
            ("sdi_code", it),
            ("pec", it),
            ("vat_number", eu),
        ):
            set_row(self.form, lines[name], visible=shown or bool(lines[name].text().strip()))
        checked = read_day(self.vat_checked_on) is not None
        set_row(self.form, self.vat_checked_on, visible=eu or checked)
        self.show_regime()

    def show_regime(self) -> None:
        """The VAT this client's supplies get and why, as the documents will apply it."""
        if not hasattr(self, "supplier"):
            return
        if not self.country:  # no regime to show yet: it depends on the country
            self.regime_note.setText(
                self.tr("Choose the client's country to see which VAT its documents apply.")
            )
            return
        text = regime_preview(
            self.supplier,
            self.country,
            self.lines["vat_number"].text(),
            self.tax_id.text() if self.tax_id is not None else "",
            self.tax_regime.currentData() or "",
        )
        self.regime_note.setText(self.tr("Documents apply: {regime}").format(regime=text))

    def check_vat_number(self) -> None:
        """The VAT number's check digits, as soon as the user leaves the field."""
        number = self.lines["vat_number"].text().strip()
        why = vat_number_problem(self.country, number) if number and self.country else None
        error = self.form.errors["vat_number"]
        error.setText(why or "")
        error.setVisible(bool(why))

    def load(self, r: ClientRequisites, country: str, supplier: Supplier) -> None:
        self.supplier = supplier
        for name, edit in self.lines.items():
            edit.setText(getattr(r, name))
        _set_day(self.vat_checked_on, r.vat_checked_on)
        _set_day(self.poa_date, r.signatory_poa_date)
        self.tax_regime.setCurrentIndex(max(0, self.tax_regime.findData(r.tax_regime)))
        self.basis.setCurrentIndex(max(0, self.basis.findData(r.signatory_basis)))
        self.follow_country(country)

    def requisites(self) -> ClientRequisites:
        values = {name: edit.text() for name, edit in self.lines.items()}
        return ClientRequisites(
            **values,
            vat_checked_on=read_day(self.vat_checked_on),
            tax_regime=self.tax_regime.currentData() or "",
            signatory_basis=self.basis.currentData() or "",
            signatory_poa_date=read_day(self.poa_date),
        )
