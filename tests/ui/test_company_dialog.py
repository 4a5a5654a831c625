"""Settings: the company profile dialog validates at the field and saves nothing partial."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from kamdesk.db import Database
from kamdesk.services.company import get_company
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.company_dialog import CompanyDialog


def fill(qtbot, dialog: CompanyDialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for name, value in values.items():
        if name == "country":
            dialog.country.setCurrentText(value)
        elif name == "vat_rate":
            dialog.vat.clear()
            qtbot.keyClicks(dialog.vat, value)
        else:
            dialog.fields[name].clear()
            qtbot.keyClicks(dialog.fields[name], value)


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
        assert dialog.errors[name].isVisible(), name
        assert dialog.errors[name].text()
    assert not dialog.errors["legal_name"].isVisible()
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
    assert dialog.errors["logo"].isVisible()
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    real = tmp_path / "real.png"
    image.save(str(real))
    dialog.set_logo_file(real)
    assert not dialog.errors["logo"].isVisible()
    assert not dialog.logo_preview.pixmap().isNull()
