"""Settings: the company profile dialog validates at the field and saves nothing partial."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage

from kamdesk.db import Database
from kamdesk.domain.requisites import authority_text
from kamdesk.services.company import get_company, get_vat_registrations
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.company_dialog import CompanyDialog
from kamdesk.ui.settings.form_rows import row_label, row_of
from tests.ui.typing import type_text
from tests.ui.walker import in_language


def fill(qtbot, dialog: CompanyDialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        if name == "country":
            dialog.country.setCurrentText(value)
        elif name == "vat_rate":
            dialog.vat.clear()
            qtbot.keyClicks(dialog.vat, value)
        elif value.isascii():
            dialog.fields[name].clear()
            qtbot.keyClicks(dialog.fields[name], value)
        else:  # QTest types ASCII only
            dialog.fields[name].clear()
            type_text(dialog.fields[name], value)


def click_save(qtbot, dialog: CompanyDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_settings_opens_from_the_menu_and_saves_a_valid_profile(
    qtbot,
    window: MainWindow,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    assert window.settings_action.isEnabled()
    window.settings_action.trigger()
    dialog = window.findChild(CompanyDialog)
    assert dialog is not None and dialog.isVisible()
    fill(
        qtbot,
        dialog,
        legal_name="Kontinent Supply Kft.",
        country="HU",
        tax_id="18795134-2-41",
        city="Budapest",
        email="sales@kontinent.hu",
        bank_account="HU42 1177 3016 1111 1018 0000 0000",
        vat_rate="27",
    )
    dialog.currency.setCurrentText("HUF")
    click_save(qtbot, dialog)
    assert dialog.saved and not dialog.isVisible()
    with db.reading() as s:
        profile = get_company(s)
    assert profile.legal_name == "Kontinent Supply Kft."
    assert profile.vat_rate == Decimal(27)
    assert profile.default_currency == "HUF"


def test_bad_fields_are_marked_and_nothing_is_saved(
    qtbot,
    window: MainWindow,
    db: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.open_company_settings()
    assert dialog is not None
    fill(
        qtbot,
        dialog,
        legal_name="Kontinent",
        country="RU",
        tax_id="1234567890",
        email="not-an-email",
        vat_rate="1e309",
    )
    click_save(qtbot, dialog)
    assert dialog.isVisible() and not dialog.saved
    for name in ("tax_id", "email", "vat_rate"):
        assert not dialog.errors[name].isHidden(), name
        assert dialog.errors[name].text()
    assert dialog.errors["legal_name"].isHidden()
    assert dialog.summary.text() == "Nothing was saved: correct the 3 marked fields."
    with db.reading() as s:
        assert get_company(s).legal_name == ""
    # fixing the fields clears the marks and saves
    fill(qtbot, dialog, tax_id="7707083893", email="info@kontinent.ru", vat_rate="20")
    click_save(qtbot, dialog)
    assert dialog.saved
    with db.reading() as s:
        assert get_company(s).tax_id == "7707083893"


def test_a_logo_must_be_an_image(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    fake = tmp_path / "logo.png"
    fake.write_text("not really a picture")
    dialog.set_logo_file(fake)
    assert not dialog.errors["logo"].isHidden()
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    real = tmp_path / "real.png"
    image.save(str(real))
    dialog.set_logo_file(real)
    assert dialog.errors["logo"].isHidden()
    assert not dialog.logo_preview.pixmap().isNull()


def tab_title(dialog: CompanyDialog) -> str:
    return dialog.tabs.tabText(dialog.tabs.currentIndex())


def test_country_specific_numbers_follow_the_companys_country(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    company, bank, lines = dialog.pages.company, dialog.pages.bank, dialog.fields

    def shown(form, name: str) -> bool:  # type: ignore[no-untyped-def]
        return bool(form.isRowVisible(row_of(form, lines[name])))

    def label(form, name: str) -> str:  # type: ignore[no-untyped-def]
        found = row_label(form, lines[name])
        return found.text() if found else ""

    dialog.country.setCurrentText("RU")
    assert label(company, "tax_id") == "INN *"
    assert label(bank, "bank_account") == "Settlement account (р/с)"
    assert shown(company, "kpp") and shown(bank, "corr_account")
    assert not shown(company, "fiscal_code")
    dialog.country.setCurrentText("HU")
    assert label(company, "tax_id") == "Tax number (HU) *"
    assert label(bank, "bank_account") == "Account (IBAN)"
    assert not shown(company, "kpp") and not shown(bank, "corr_account")
    dialog.country.setCurrentText("IT")
    assert label(company, "tax_id") == "Partita IVA *" and shown(company, "fiscal_code")


def test_a_wrong_correspondent_account_is_marked_on_the_bank_tab(
    qtbot, window: MainWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    fill(
        qtbot,
        dialog,
        legal_name="ООО «Континент»",
        country="RU",
        tax_id="7707083893",
        kpp="773601001",
        bank_code="044525225",
        corr_account="30101810400000000226",
    )
    click_save(qtbot, dialog)
    assert not dialog.saved
    assert tab_title(dialog) == "Bank"
    assert "БИК 044525225" in dialog.errors["corr_account"].text()
    assert dialog.errors["corr_account"].isVisible()
    assert dialog.fields["corr_account"].text() == "30101810400000000226"  # nothing typed is lost
    with db.reading() as s:
        assert get_company(s).legal_name == ""


def test_a_russian_profile_with_people_and_registrations_saves_and_reads_back(
    qtbot, window: MainWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    fill(
        qtbot,
        dialog,
        legal_name="ООО «Континент»",
        country="RU",
        tax_id="7707083893",
        kpp="773601001",
        registration_no="1027700132195",
        bank_name="ПАО Сбербанк",
        bank_account="40702810938000012345",
        bank_code="044525225",
        corr_account="30101810400000000225",
        director_name="Иванов Иван Иванович",
        director_position="Генеральный директор",
        accountant_name="Петрова Анна Сергеевна",
        signatory_name="Сидоров Пётр",
    )
    pages = dialog.pages
    assert not dialog.fields["signatory_poa_number"].isEnabled()
    pages.basis.setCurrentIndex(pages.basis.findData("poa"))  # the number and date open
    fill(qtbot, dialog, signatory_poa_number="12")
    pages.poa_date.setDate(QDate(2026, 2, 1))
    pages.reporting.setCurrentIndex(pages.reporting.findData("RUB"))
    qtbot.mouseClick(dialog.registrations.add_button, Qt.MouseButton.LeftButton)
    row = dialog.registrations.rows[0]
    row.country.setCurrentText("DE")
    qtbot.keyClicks(row.number, "DE136695977")
    click_save(qtbot, dialog)
    assert not dialog.saved
    assert tab_title(dialog) == "Tax and VAT", dialog.profile_from_fields()[1]
    assert row.error.isVisible() and "check digit" in row.error.text()
    row.number.clear()
    qtbot.keyClicks(row.number, "DE136695976")
    click_save(qtbot, dialog)
    assert dialog.saved, dialog.summary.text()
    with db.reading() as s:
        profile = get_company(s)
        registrations = get_vat_registrations(s)
    assert profile.kpp == "773601001" and profile.corr_account == "30101810400000000225"
    assert profile.signatory_basis == "poa" and profile.signatory_poa_date == date(2026, 2, 1)
    assert profile.reporting == "RUB"
    assert [(r.country, r.vat_number) for r in registrations] == [("DE", "DE136695976")]


def test_the_people_tab_says_how_contracts_will_name_the_signatory(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    pages = dialog.pages
    dialog.country.setCurrentText("RU")
    assert pages.authority.text().startswith("Contracts cannot be printed yet: Who signs")
    fill(qtbot, dialog, signatory_name="Иванов Иван Иванович")
    assert "no authority to sign" in pages.authority.text()
    pages.basis.setCurrentIndex(pages.basis.findData("charter"))
    assert pages.authority.text() == (
        "Contracts will read: Иванов Иван Иванович, на основании Устава"
    )
    dialog.country.setCurrentText("HU")
    pages.basis.setCurrentIndex(pages.basis.findData(""))
    assert pages.authority.text() == "Contracts will read: Иванов Иван Иванович"


def test_a_vat_number_is_checked_as_soon_as_the_field_is_left(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    dialog.country.setCurrentText("HU")
    fill(qtbot, dialog, vat_number="HU12892313")
    dialog.fields["vat_number"].editingFinished.emit()
    assert dialog.errors["vat_number"].text().startswith("VAT number ")
    assert dialog.errors["legal_name"].isHidden()  # the other fields wait for Save
    fill(qtbot, dialog, vat_number="HU12892312")
    dialog.fields["vat_number"].editingFinished.emit()
    assert dialog.errors["vat_number"].isHidden()


def test_in_russian_the_numbers_are_named_as_russian_documents_name_them(
    qtbot, qapp, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    with in_language(qapp, "ru"):
        dialog = window.open_company_settings()
        assert dialog is not None
        tax_id = row_label(dialog.pages.company, dialog.fields["tax_id"])
        assert tax_id is not None
        dialog.country.setCurrentText("RU")
        assert tax_id.text() == "ИНН *"
        dialog.country.setCurrentText("HU")
        assert tax_id.text() == "Adószám *"
        fill(qtbot, dialog, signatory_name="Fekete László")
        dialog.pages.basis.setCurrentIndex(dialog.pages.basis.findData("charter"))
        # the preview is in the language of the company's country, as its contracts print
        assert dialog.pages.authority.text() == (
            "В договорах будет указано: Fekete László, " + authority_text("charter", "", None, "hu")
        )
        dialog.close()


def test_choosing_the_country_sets_its_vat_rate_and_currency_until_typed_by_hand(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_company_settings()
    assert dialog is not None
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("20", "EUR")
    dialog.country.setCurrentText("RU")
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("22", "RUB")
    dialog.country.setCurrentText("HU")
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("27", "HUF")
    # a Hungarian company that bills in EUR: chosen by hand, kept when the country changes
    dialog.currency.setCurrentText("EUR")
    fill(qtbot, dialog, vat_rate="5")
    dialog.country.setCurrentText("AZ")
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("5", "EUR")
    dialog.close()


def test_a_country_typed_letter_by_letter_is_compared_with_the_one_before(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """DE gave 19 % and EUR; typing "R", then "RU" must replace Germany's defaults, not
    compare them with the blank form's 20 %."""
    dialog = window.open_company_settings()
    assert dialog is not None
    dialog.country.setCurrentText("DE")
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("19", "EUR")
    dialog.country.setCurrentText("R")
    dialog.country.setCurrentText("RU")
    assert (dialog.vat.text(), dialog.currency.currentText()) == ("22", "RUB")
    dialog.close()


def test_countries_are_named_and_the_director_signs_unless_someone_else_is_typed(
    qtbot, qapp, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    with in_language(qapp, "ru"):
        dialog = window.open_company_settings()
        assert dialog is not None
        names = [dialog.country.itemText(i) for i in range(dialog.country.count())]
        assert "Россия (RU)" in names and "Венгрия (HU)" in names
        dialog.country.setCurrentIndex(dialog.country.findData("RU"))
        assert dialog.vat.text() == "22"  # the country is understood from its name
        fill(qtbot, dialog, director_name="Смирнов Алексей Викторович",
             director_position="Генеральный директор")  # fmt: skip
        assert dialog.fields["signatory_name"].text() == "Смирнов Алексей Викторович"
        assert dialog.fields["signatory_position"].text() == "Генеральный директор"
        assert dialog.pages.basis.currentData() == "charter"
        assert "Смирнов Алексей Викторович, на основании Устава" in dialog.pages.authority.text()
        fill(qtbot, dialog, signatory_name="Кузнецова Ольга Петровна")
        fill(qtbot, dialog, director_name="Смирнов А. В.")
        assert dialog.fields["signatory_name"].text() == "Кузнецова Ольга Петровна"
        dialog.close()
