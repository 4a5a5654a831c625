"""The client's requisites on the dossier's profile page: typed, checked at the field, saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt

from kamdesk.db import Database
from kamdesk.services.clients.dossier import get_requisites
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.form_rows import row_label, row_of
from tests.factories import add_client
from tests.ui.typing import type_text


def fill(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    type_text(edit, text)


def open_profile(window: MainWindow, db: Database, country: str, **fields: str) -> DossierWindow:
    with db.unit_of_work() as s:
        cid = add_client(s, "Client", kam="Anna", country=country, **fields).id
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    return dossier


def shown(box, name: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(box.form.isRowVisible(row_of(box.form, box.lines[name])))


def test_a_vat_number_with_a_wrong_check_digit_is_refused_at_the_field(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dossier = open_profile(window, db, "IT", tax_id="00743110157")
    page = dossier.profile
    box = page.requisites
    assert shown(box, "vat_number") and shown(box, "sdi_code") and not shown(box, "kpp")
    fill(box.lines["vat_number"], "IT00743110158")
    box.lines["vat_number"].editingFinished.emit()  # leaving the field checks it at once
    error = box.form.errors["vat_number"]
    assert error.isVisible()
    assert error.text().startswith("VAT number IT00743110158: the check digit is wrong")
    fill(box.lines["sdi_code"], "M5UXCR1")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing was saved" in page.summary.text()
    with db.reading() as s:
        assert get_requisites(s, dossier.client_id).sdi_code == ""
    assert box.lines["sdi_code"].text() == "M5UXCR1"  # nothing typed is lost
    fill(box.lines["vat_number"], "IT00743110157")
    box.vat_checked_on.setDate(QDate(2026, 11, 2))
    box.tax_regime.setCurrentIndex(box.tax_regime.findData("exempt"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    with db.reading() as s:
        r = get_requisites(s, dossier.client_id)
    assert (r.vat_number, r.sdi_code, r.vat_checked_on) == (
        "IT00743110157",
        "M5UXCR1",
        date(2026, 11, 2),
    )
    assert r.tax_regime == "exempt"


def test_a_russian_clients_requisites_and_signatory_save_and_read_back(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dossier = open_profile(window, db, "RU", tax_id="7707083893")
    page = dossier.profile
    box = page.requisites
    label = row_label(page.form, page.tax_id)
    assert label is not None and label.text() == "INN"
    assert shown(box, "kpp") and shown(box, "corr_account") and not shown(box, "vat_number")
    for name, value in (
        ("kpp", "773601001"),
        ("registration_no", "1027700132195"),
        ("bank_name", "ПАО Сбербанк"),
        ("bank_account", "40702810938000012345"),
        ("bank_code", "044525225"),
        ("corr_account", "30101810400000000226"),
        ("signatory_name", "Иванов Иван Иванович"),
        ("signatory_position", "Генеральный директор"),
    ):
        fill(box.lines[name], value)
    box.basis.setCurrentIndex(box.basis.findData("charter"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "БИК 044525225" in box.form.errors["corr_account"].text()
    fill(box.lines["corr_account"], "30101810400000000225")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.summary.text() == ""
    with db.reading() as s:
        r = get_requisites(s, dossier.client_id)
    assert (r.kpp, r.corr_account, r.bank_name) == (
        "773601001",
        "30101810400000000225",
        "ПАО Сбербанк",
    )
    assert (r.signatory_name, r.signatory_basis) == ("Иванов Иван Иванович", "charter")
    dossier.profile.load(dossier.client_id)  # and the page shows what was saved
    assert box.lines["registration_no"].text() == "1027700132195"
    assert box.basis.currentData() == "charter"


def test_the_page_says_which_vat_regime_documents_apply(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.company import CompanyProfile
    from kamdesk.services.company import save_company

    with db.unit_of_work() as s:
        save_company(
            s, CompanyProfile(legal_name="Kontinent Kft.", country="HU", tax_id="12892312")
        )
    dossier = open_profile(window, db, "IT", tax_id="00743110157")
    box = dossier.profile.requisites
    # the tax number is a valid Italian VAT number: orders treat it as one, and so does the page
    assert "Intra-Community supply" in box.regime_note.text()
    dossier.profile.tax_id.clear()
    assert "Domestic" in box.regime_note.text() and "no valid VAT number" in box.regime_note.text()
    fill(box.lines["vat_number"], "IT00743110157")
    assert "Intra-Community supply" in box.regime_note.text()
    box.tax_regime.setCurrentIndex(box.tax_regime.findData("exempt"))
    assert box.regime_note.text().endswith("set on the client: without VAT.")


def test_the_page_says_a_registration_in_the_clients_country_charges_its_rates(
    qtbot, db: Database, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """As orders do (issue 13 review): the page said 'Domestic: HU's rate' where orders charged
    Italy's rates."""
    from kamdesk.domain.company import CompanyProfile
    from kamdesk.domain.natural_keys import vat_registration_id
    from kamdesk.models import VatRegistration
    from kamdesk.services.company import save_company
    from kamdesk.services.queries import revive_or_add

    with db.unit_of_work() as s:
        save_company(
            s, CompanyProfile(legal_name="Kontinent Kft.", country="HU", tax_id="12892312")
        )
        revive_or_add(s, VatRegistration, vat_registration_id("IT"), country="IT")
    dossier = open_profile(window, db, "IT")
    box = dossier.profile.requisites
    assert "where the company is registered for VAT: IT's rates" in box.regime_note.text()
    fill(dossier.profile.tax_id, "00743110157")  # a business with a valid VAT number
    assert "Intra-Community supply" in box.regime_note.text()


def test_a_new_russian_client_in_the_russian_interface(
    qtbot, qapp, window: MainWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.company import CompanyProfile
    from kamdesk.services.clients.client_terms import get_client_terms
    from kamdesk.services.company import save_company
    from tests.ui.walker import in_language

    with db.unit_of_work() as s:
        save_company(
            s,
            CompanyProfile(
                legal_name="ООО «Континент»", country="RU", tax_id="7707083893",
                default_currency="RUB", vat_rate=Decimal(22),
            ),
            [],
        )  # fmt: skip
    with in_language(qapp, "ru"):
        dossier = window.clients.open_dossier(None)
        assert isinstance(dossier, DossierWindow)
        page = dossier.profile
        box = page.requisites
        # before a country is chosen: Russian words, and no regime guessed for "country RU"
        registration = row_label(box.form, box.lines["registration_no"])
        assert registration is not None and registration.text() == "Рег. номер"
        bank_code = row_label(box.form, box.lines["bank_code"])
        assert bank_code is not None and bank_code.text() == "SWIFT-код (BIC)"
        assert box.regime_note.text() == (
            "Выберите страну клиента, чтобы увидеть, какой НДС применяют его документы."
        )
        assert page.currency.currentText() == "RUB"  # the company's currency
        page.country.setCurrentIndex(page.country.findData("RU"))
        assert page.country.currentText() == "Россия (RU)"  # countries by name
        tax_id = row_label(page.form, page.tax_id)
        assert tax_id is not None and tax_id.text() == "ИНН"
        fill(page.name, "ООО «Стройторг»")
        fill(page.kam, "Елена Морозова")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert dossier.client_id is not None
    with db.reading() as s:
        # its proposals come out in Russian
        assert get_client_terms(s, dossier.client_id).document_language == "ru"
    dossier.close()
