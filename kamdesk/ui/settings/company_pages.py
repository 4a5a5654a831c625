"""The company dialog's pages: Company, Bank, Tax and VAT, People and signatures.

Fields whose number is country-specific are labelled for the company's country (the tax number
is "INN" for Russia, "Partita IVA" for Italy, ...) and hidden where they do not apply (КПП and
к/с for Russia only, Codice fiscale for Italy only)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

from kamdesk.domain.company import (
    COUNTRY_DEFAULTS,
    CompanyProfile,
    VatRegistrationEntry,
    follow_country,
    parse_vat_rate,
)
from kamdesk.domain.documents import country_language
from kamdesk.domain.money import CURRENCIES
from kamdesk.domain.requisites import (
    authority_text,
    registration_label,
    signatory_problem,
    tax_id_label,
)
from kamdesk.domain.tax import EU
from kamdesk.ui.i18n import shown_language
from kamdesk.ui.settings.form_rows import HINT_STYLE, hint, set_row
from kamdesk.ui.settings.vat_registrations import COUNTRIES, VatRegistrationsEditor
from kamdesk.ui.widgets.countries import country_code, fill_countries
from kamdesk.ui.widgets.forms import FieldForm, read_day
from kamdesk.ui.widgets.numbers import number_edit_text
from kamdesk.ui.widgets.style import ERROR_STYLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompanyDialog", text)


class CompanyPages:
    """The four forms and their widgets; `lines` maps field name to its QLineEdit."""

    def __init__(self, profile: CompanyProfile, registrations: list[VatRegistrationEntry]) -> None:
        self.lines: dict[str, QLineEdit] = {}
        self.company = FieldForm()
        self.bank = FieldForm()
        self.tax = FieldForm()
        self.people = FieldForm()
        self._company_page(profile)
        self._bank_page(profile)
        self._tax_page(profile, registrations)
        self._people_page(profile)
        self.country.currentTextChanged.connect(self.follow_country)
        self.follow_country(self.country.currentText())
        self._country = profile.country.strip().upper()
        self.country.currentTextChanged.connect(self.country_defaults)

    def forms(self) -> list[tuple[str, FieldForm]]:
        return [
            (_tr("Company"), self.company),
            (_tr("Bank"), self.bank),
            (_tr("Tax and VAT"), self.tax),
            (_tr("People and signatures"), self.people),
        ]

    def _line(self, form: FieldForm, name: str, label: str, text: str, hint: str = "") -> None:
        self.lines[name] = form.line(name, label, text, hint)

    def _company_page(self, p: CompanyProfile) -> None:
        f = self.company
        self._line(f, "legal_name", _tr("Legal name *"), p.legal_name, _tr("as registered"))
        self._line(f, "short_name", _tr("Short name"), p.short_name)
        self.country = QComboBox()
        fill_countries(self.country, COUNTRIES, p.country)
        f.add("country", _tr("Country *"), self.country)
        self._line(f, "tax_id", _tr("Tax number *"), p.tax_id, _tr("checked for the country"))
        self._line(f, "kpp", _tr("KPP (КПП)"), p.kpp, "773601001")
        self._line(f, "registration_no", _tr("Registration number"), p.registration_no)
        self._line(f, "fiscal_code", _tr("Codice fiscale"), p.fiscal_code)
        self._line(f, "postal_code", _tr("Postal code"), p.postal_code)
        self._line(f, "city", _tr("City"), p.city)
        self.address = f.text("address", _tr("Address"), p.address, 56)
        self._line(f, "phone", _tr("Phone"), p.phone, "+36 1 234 5678")
        self._line(f, "email", _tr("E-mail"), p.email, "sales@example.com")
        self._line(f, "website", _tr("Website"), p.website)

    def _bank_page(self, p: CompanyProfile) -> None:
        f = self.bank
        self._line(f, "bank_name", _tr("Bank"), p.bank_name)
        self._line(f, "bank_account", _tr("Account (IBAN)"), p.bank_account)
        self._line(f, "bank_code", _tr("SWIFT/BIC"), p.bank_code)
        self._line(
            f,
            "corr_account",
            _tr("Correspondent account (к/с)"),
            p.corr_account,
            _tr("20 digits starting 301, checked against the БИК"),
        )

    def _tax_page(self, p: CompanyProfile, registrations: list[VatRegistrationEntry]) -> None:
        f = self.tax
        self.vat_registered = f.check(
            "vat_registered", _tr("Registered for VAT (charges VAT on its sales)"), p.vat_registered
        )
        self._line(
            f,
            "vat_number",
            _tr("EU VAT number"),
            p.vat_number,
            _tr("with the country prefix, e.g. HU12345678"),
        )
        self.vat = QLineEdit(number_edit_text(p.vat_rate))
        self.vat.setPlaceholderText("20")
        f.add("vat_rate", _tr("VAT rate, % *"), self.vat)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(p.default_currency)
        f.add("default_currency", _tr("Default currency *"), self.currency)
        self.reporting = QComboBox()
        self.reporting.addItem(_tr("Same as the default currency"), "")
        for code in CURRENCIES:
            self.reporting.addItem(code, code)
        self.reporting.setCurrentIndex(max(0, self.reporting.findData(p.reporting_currency)))
        f.add("reporting_currency", _tr("Reporting currency"), self.reporting)
        f.addRow(
            "",
            hint(
                _tr(
                    "The currency your books are kept in: figures across clients (key clients, "
                    "Today's totals, plans, reports) are converted into it, and exchange rates "
                    "are quoted as reporting-currency units per one foreign unit."
                )
            ),
        )
        self.registrations = VatRegistrationsEditor(registrations)
        f.add("vat_registrations", _tr("VAT registrations in other countries"), self.registrations)

    def _people_page(self, p: CompanyProfile) -> None:
        f = self.people
        self._line(f, "director_name", _tr("Director"), p.director_name, _tr("full name"))
        self._line(
            f,
            "director_position",
            _tr("Director's position"),
            p.director_position,
            "Генеральный директор",
        )
        self._line(f, "accountant_name", _tr("Chief accountant"), p.accountant_name)
        self._line(
            f,
            "accountant_position",
            _tr("Accountant's position"),
            p.accountant_position,
            "Главный бухгалтер",
        )
        f.addRow("", hint(_tr("Who signs contracts, and on what authority:")))
        self._line(f, "signatory_name", _tr("Signatory"), p.signatory_name, _tr("full name"))
        self._line(f, "signatory_position", _tr("Signatory's position"), p.signatory_position)
        self.basis = f.choice(
            "signatory_basis",
            _tr("Signs on the basis of"),
            [
                ("", _tr("not recorded")),
                ("charter", _tr("the charter (Устав)")),
                ("poa", _tr("a power of attorney (доверенность)")),
            ],
            p.signatory_basis,
        )
        self._line(f, "signatory_poa_number", _tr("Power of attorney No."), p.signatory_poa_number)
        self.poa_date: QDateEdit = f.day(
            "signatory_poa_date", _tr("Power of attorney date"), p.signatory_poa_date
        )
        self.authority = hint("")
        self.authority.setObjectName("authorityNote")
        f.addRow("", self.authority)
        self.basis.currentIndexChanged.connect(self._follow_basis)
        for name in ("signatory_name", "signatory_poa_number"):
            self.lines[name].textChanged.connect(self.show_authority)
        self.poa_date.dateChanged.connect(self.show_authority)
        for director, signatory in (("director_name", "signatory_name"),
                                    ("director_position", "signatory_position")):  # fmt: skip
            self._follow_director(director, signatory)
        self._follow_basis()

    def _follow_director(self, director: str, signatory: str) -> None:
        """The director signs unless someone else is typed: the signatory follows the
        director while it is empty or the same."""
        source, target = self.lines[director], self.lines[signatory]
        was = {"text": source.text()}

        def follow(text: str) -> None:
            if target.text() in ("", was["text"]):
                target.setText(text)
                if signatory == "signatory_name" and text and not self.basis.currentData():
                    # a director signs on the basis of the charter (Устав)
                    self.basis.setCurrentIndex(self.basis.findData("charter"))
            was["text"] = text

        source.textChanged.connect(follow)

    def _follow_basis(self) -> None:
        poa = self.basis.currentData() == "poa"
        self.lines["signatory_poa_number"].setEnabled(poa)
        self.poa_date.setEnabled(poa)
        self.show_authority()

    def show_authority(self) -> None:
        """How contracts will name the signatory, or what they still need (not a save error:
        printing names it, as it names an unknown placeholder)."""
        country = country_code(self.country.currentText())
        name = self.lines["signatory_name"].text().strip()
        basis = self.basis.currentData() or ""
        number = self.lines["signatory_poa_number"].text()
        day = read_day(self.poa_date)
        why = signatory_problem(country, name, basis, number, day)
        if why:
            self.authority.setText(_tr("Contracts cannot be printed yet: {why}").format(why=why))
            self.authority.setStyleSheet(ERROR_STYLE)
            return
        self.authority.setStyleSheet(HINT_STYLE)
        if not name:
            self.authority.setText("")
            return
        language = country_language(country)
        authority = authority_text(basis, number, day, language)
        shown = f"{name}, {authority}" if authority else name
        self.authority.setText(_tr("Contracts will read: {text}").format(text=shown))

    def country_defaults(self, text: str) -> None:
        """The country's standard VAT rate and currency, where the form still shows the
        untouched defaults (Russia: 22 % and RUB)."""
        country, old = country_code(text), self._country
        if country not in COUNTRY_DEFAULTS:
            return  # a country half typed ("R"): the one before it stays the one compared
        self._country = country
        typed = self.vat.text().strip()
        try:
            rate: Decimal | None = parse_vat_rate(typed) if typed else None
        except ValueError:
            return  # something typed by hand, half-way: left alone
        new_rate, currency = follow_country(rate, self.currency.currentText(), old, country)
        if new_rate is not None and new_rate != rate:
            self.vat.setText(number_edit_text(new_rate))
        self.currency.setCurrentText(currency)

    def follow_country(self, text: str) -> None:
        """Label the country-specific numbers for `text` and hide those that do not apply."""
        country = country_code(text)
        ru = country == "RU"
        language = shown_language()  # the number's name as a document in this language prints it
        set_row(
            self.company,
            self.lines["tax_id"],
            label=tax_id_label(country, language) + " *",
            visible=True,
        )
        reg = _tr("OGRN / OGRNIP (ОГРН)") if ru else registration_label(country, "", language)
        set_row(self.company, self.lines["registration_no"], label=reg, visible=True)
        for name, form, shown in (
            ("kpp", self.company, ru),
            ("corr_account", self.bank, ru),
            ("fiscal_code", self.company, country == "IT"),
            ("vat_number", self.tax, country in EU),
        ):
            # a value typed earlier stays visible, so nothing is lost silently
            set_row(form, self.lines[name], visible=shown or bool(self.lines[name].text()))
        set_row(
            self.bank,
            self.lines["bank_account"],
            label=_tr("Settlement account (р/с)") if ru else _tr("Account (IBAN)"),
            visible=True,
        )
        self.show_authority()
        set_row(
            self.bank,
            self.lines["bank_code"],
            label=_tr("BIK (БИК)") if ru else _tr("SWIFT/BIC"),
            visible=True,
        )
