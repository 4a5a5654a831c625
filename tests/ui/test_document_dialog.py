"""The documents of an order as a KAM makes them: a proposal tailored in the client's language,
issued (numbered, versioned, kept), saved, mailed; a contract package whole or in part; a wrong
template refused by name before anything is printed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6 import QtPrintSupport
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLabel, QMessageBox

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.domain.company import CompanyProfile
from kamdesk.paths import ENV_DATA_DIR, AppPaths
from kamdesk.services.clients.contacts import save_contact
from kamdesk.services.company import save_company
from kamdesk.services.documents.builder import list_documents
from kamdesk.services.replica import series_code
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.documents import document_actions
from kamdesk.ui.documents.document_dialog import DocumentDialog
from kamdesk.ui.documents.document_output import PREVIEW_WIDTH
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.order_window import OrderWindow
from tests.factories import add_catalogue, add_client
from tests.ui.typing import type_text

TODAY = date(2026, 11, 24)
D = Decimal
COMPANY = CompanyProfile(
    legal_name="ООО «Континент»",
    short_name="Континент",
    tax_id="7707083893",
    registration_no="1027700132195",
    country="RU",
    city="Москва",
    address="ул. Ленина, 1",
    bank_name="ПАО Сбербанк",
    bank_account="40702810200000000001",  # its control key checks against the БИК
    bank_code="044525225",
    default_currency="EUR",
    vat_rate=D(20),
    director_name="Иванов Иван Иванович",
    director_position="Генеральный директор",
    accountant_name="Смирнова Ольга Петровна",
)
LINES = (("MILK-1", "120", "1.25"), ("CHEESE-2", "10", "12.40"), ("OIL-5", "6", "8.70"))


@pytest.fixture
def order(db: Database) -> dict[str, str]:
    """A draft order of three lines for a client whose documents are in English."""
    with db.unit_of_work() as s:
        save_company(s, COMPANY)
        ids = add_catalogue(s)
        client = add_client(
            s,
            "Szőnyi Élelmiszer Zrt.",
            legal_name="Szőnyi Élelmiszer Kereskedelmi Zrt.",
            city="Szeged",
            address="Kossuth u. 5",
            tax_id="12345676-2-06",
            payment_terms_days=30,
            document_language="en",
            signatory_name="Kovács Anna",
            signatory_position="Purchasing director",
            signatory_basis="charter",
        )
        save_contact(
            s,
            ContactData(
                client_id=client.id,
                full_name="Kovács Anna",
                position="Purchasing director",
                buying_role="decision maker",
                email="anna.kovacs@szonyi.example",
            ),
            today=TODAY,
        )
        order_id = save_draft(
            s,
            OrderDraft(
                client_id=client.id,
                order_date=TODAY,
                lines=tuple(
                    DraftLine(product_id=ids[sku], quantity=D(qty), unit_price=D(price))
                    for sku, qty, price in LINES
                ),
            ),
        )
    return {"client": client.id, "order": order_id}


@pytest.fixture(autouse=True)
def warned(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Messages the KAM would have been shown (a box nobody answers would hang the run);
    windows left open would ask on close: answered for the KAM."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    yield shown
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (OrderWindow, DocumentDialog)) and widget.isVisible():
            widget.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[QUrl]:
    """What the system would have opened (viewer, file manager); the outbox is the test's."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(document_actions, "outbox", lambda *_a: outbox)
    return urls


def series(db: Database) -> str:
    """The number series of the replica the main window opened the file as."""
    with db.reading() as s:
        code = series_code(s)
    assert code
    return code


def open_dialog(qtbot, window: MainWindow, order_id: str, kind: str) -> DocumentDialog:  # type: ignore[no-untyped-def]
    """From the order window, as the KAM does: Documents ▸ Commercial proposal…"""
    window.orders.today = TODAY
    w = window.orders.open_order(order_id)
    assert isinstance(w, OrderWindow)
    assert w.buttons["documents"].isVisible()
    action = w.findChild(QAction, f"document_{kind}")
    assert action is not None
    action.trigger()
    dialog = w.actions_.dialog
    assert isinstance(dialog, DocumentDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def click(qtbot, dialog: DocumentDialog, key: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons[key], Qt.MouseButton.LeftButton)


def tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """A click on the box itself (the widget is wider than its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def set_language(dialog: DocumentDialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def retype_opening(qtbot, dialog: DocumentDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.opening.setFocus()
    dialog.opening.selectAll()
    type_text(dialog.opening, text)


def toggle_optional(qtbot, dialog: DocumentDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    """Space on the Optional cell, as with the keyboard."""
    table = dialog.lines
    table.setFocus()
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def documents(db: Database, client_id: str) -> list:  # type: ignore[type-arg]
    with db.reading() as s:
        return list(list_documents(s, client_id))


def test_the_proposal_speaks_each_document_language_named_in_itself(
    qtbot,
    window: MainWindow,
    order: dict[str, str],  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Русский", "Magyar", "Italiano", "Azərbaycanca"]
    openings = {"en": dialog.opening.toPlainText()}
    for code, words in (("hu", "Köszönjük"), ("it", "La ringraziamo"), ("az", "təşəkkür")):
        set_language(dialog, code)
        openings[code] = dialog.opening.toPlainText()
        assert words in openings[code], openings[code][:80]
    assert len(set(openings.values())) == 4  # each its own template
    dialog.reject()


def test_a_proposal_tailored_in_russian_is_issued_saved_and_versioned(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    assert dialog.kind_buttons["proposal"].isChecked()
    assert dialog.language.currentData() == "en"  # the client's document language
    assert "Szőnyi Élelmiszer Zrt." in dialog.heading.text()
    assert dialog.lines.rowCount() == 3
    english = dialog.opening.toPlainText()
    assert english.strip()
    assert dialog.addressee.currentText().startswith("Kovács Anna")

    set_language(dialog, "ru")
    assert dialog.opening.toPlainText() != english  # the template's opening, in Russian
    assert dialog.language.currentData() == "ru"
    retype_opening(qtbot, dialog, "Уважаемая Анна, предлагаем вам молоко и сыр к праздникам.")
    toggle_optional(qtbot, dialog, 2)  # the oil: offered apart
    assert dialog.optional_line_nos() == (3,)
    assert "2 line" in dialog.lines_total.text()

    path = tmp_path / "proposal.pdf"
    asked = save_to(monkeypatch, path)
    click(qtbot, dialog, "save")
    assert asked and asked[0].endswith(".pdf")
    assert path.exists()
    text = flat(pdf_text(path))
    assert "Уважаемая Анна, предлагаем вам молоко и сыр к праздникам." in text
    assert "Szőnyi Élelmiszer" in text
    for name in ("Milk 2.8 %, 1 l", "Trappista cheese, 2 kg block", "Sunflower oil, 5 l"):
        assert name in text
    issued = documents(db, order["client"])
    assert len(issued) == 1
    assert issued[0].version == 1
    assert "version 1" in dialog.status.text()
    assert not opened  # saving opens nothing

    same = tmp_path / "proposal again.pdf"
    save_to(monkeypatch, same)
    click(qtbot, dialog, "save")
    assert same.exists()
    assert [d.version for d in documents(db, order["client"])] == [1]  # unchanged: the same
    assert "version 1" in dialog.status.text()

    retype_opening(qtbot, dialog, "Уважаемая Анна, предлагаем вам молоко, сыр и масло.")
    again = tmp_path / "proposal v2.pdf"
    save_to(monkeypatch, again)
    click(qtbot, dialog, "save")
    assert again.exists()
    versions = sorted(d.version for d in documents(db, order["client"]))
    assert versions == [1, 2]  # the first is kept
    assert "version 2" in dialog.status.text()


def test_an_unknown_field_in_the_opening_is_named_and_nothing_is_printed(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    retype_opening(qtbot, dialog, "Dear {{ nonsense }}, here is our offer.")
    error = dialog.findChild(QLabel, "error_opening")
    assert error is not None and error.isVisible()
    assert "{{ nonsense }}" in error.text()

    path = tmp_path / "never.pdf"
    asked = save_to(monkeypatch, path)
    click(qtbot, dialog, "save")  # refused: nothing is asked, nothing written
    assert dialog.save_as() is None
    assert dialog.preview() is None
    assert not asked and not path.exists() and not opened
    assert "nonsense" in dialog.status.text()
    assert documents(db, order["client"]) == []

    retype_opening(qtbot, dialog, "Dear {{ addressee.name }}, here is our offer.")
    assert not error.isVisible()
    click(qtbot, dialog, "save")
    assert "Dear Kovács Anna, here is our offer." in flat(pdf_text(path))


def test_the_contract_package_prints_the_invoice_alone(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "contract")
    assert dialog.kind_buttons["contract"].isChecked()
    assert dialog.contract_box.isVisible() and not dialog.proposal_box.isVisible()
    assert dialog.lines.isColumnHidden(0)  # no optional items in a contract
    summary = dialog.contract_summary.text()
    assert "D-2026-" in summary and "new: recorded when the package is issued" in summary

    whole = tmp_path / "package.pdf"
    save_to(monkeypatch, whole)
    click(qtbot, dialog, "save")
    package = PdfReader(whole)
    summary = dialog.contract_summary.text()  # the contract is a record now, with its date
    assert "D-2026-" in summary and "new:" not in summary

    tick(qtbot, dialog.parts["contract"])
    tick(qtbot, dialog.parts["specification"])
    assert dialog.chosen_parts() == ("invoice",)
    alone = tmp_path / "invoice.pdf"
    asked_names = save_to(monkeypatch, alone)
    click(qtbot, dialog, "save")
    whole_text = flat(pdf_text(whole))
    assert "SUPPLY CONTRACT" in whole_text and "SPECIFICATION" in whole_text
    text = flat(pdf_text(alone))
    assert "Pro forma invoice No." in text
    assert "Szőnyi Élelmiszer" in text
    assert "ПАО Сбербанк" in text  # our bank details, to pay into
    assert len(PdfReader(alone).pages) == 1 < len(package.pages)
    assert "SUPPLY CONTRACT" not in text and "SPECIFICATION" not in text
    assert "version 2" in dialog.status.text()  # the package issued again
    # the name offered; the window opened the file as this laptop's replica, whose series
    # numbers its documents
    assert asked_names[0].endswith(f"D-2026-{series(db)}-0001 v2 invoice.pdf")

    tick(qtbot, dialog.parts["invoice"])
    assert not dialog.buttons["save"].isEnabled()  # nothing ticked, nothing to make
    assert "Tick at least one part" in dialog.status.text()


def test_send_by_e_mail_without_a_mail_program_reveals_the_file(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(document_actions.shutil, "which", lambda _name: None)
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    click(qtbot, dialog, "email")
    path = dialog.last_path
    assert path is not None and path.exists() and path.suffix == ".pdf"
    assert [url.toLocalFile() for url in opened] == [str(path.parent)]
    assert f"Attach {path}" in dialog.status.text()
    assert len(documents(db, order["client"])) == 1


def test_preview_issues_nothing_and_print_opens_the_viewer(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where this Qt has no QtPdf, the system viewer shows and prints."""
    from kamdesk.ui.documents import document_actions

    monkeypatch.setattr(document_actions, "pdf_view", lambda _parent: None)
    monkeypatch.setattr(document_actions, "print_pdf", lambda _parent, _path: None)
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    click(qtbot, dialog, "preview")
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")
    assert Path(opened[0].toLocalFile()).read_bytes().startswith(b"%PDF")
    assert documents(db, order["client"]) == []
    assert "not issued" in dialog.status.text()

    click(qtbot, dialog, "print")
    assert len(opened) == 2
    assert "print it from the viewer" in dialog.status.text()
    assert len(documents(db, order["client"])) == 1


def test_a_file_that_cannot_be_written_issues_nothing_and_keeps_the_text(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    warned: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    retype_opening(qtbot, dialog, "Our best offer for the season.")
    save_to(monkeypatch, tmp_path / "no such folder" / "offer.pdf")
    click(qtbot, dialog, "save")
    assert warned and "Could not write" in warned[0]
    assert documents(db, order["client"]) == []
    assert dialog.opening.toPlainText() == "Our best offer for the season."

    # closing with an opening of one's own that went nowhere asks first
    asked: list[str] = []

    def question(*args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.close()
    assert asked and dialog.isVisible()


def test_an_issued_proposal_opens_from_the_client_history(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    path = tmp_path / "offer.pdf"
    save_to(monkeypatch, path)
    click(qtbot, dialog, "save")
    dialog.close()

    dossier = window.clients.open_dossier(order["client"])
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    history = dossier.history
    history.kind.setCurrentIndex(history.kind.findData("document"))
    table = history.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text().startswith(f"Proposal KP-2026-{series(db)}-0001")
    rect = table.visualItemRect(table.item(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    shown = Path(opened[0].toLocalFile())
    assert shown.read_bytes() == path.read_bytes()  # exactly as it was handed over
    dossier.close()


@pytest.mark.parametrize("kind", ["proposal", "contract"])
def test_the_dialog_and_the_cli_print_from_the_same_user_template(
    qtbot,  # type: ignore[no-untyped-def]
    db: Database,
    settings: QSettings,
    order: dict[str, str],
    opened: list[QUrl],
    kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The README's promise: your copies in <data folder>/templates win, whichever way the
    document is printed; the data folder is AppPaths', not wherever the database file is."""
    paths = AppPaths.from_data_dir(tmp_path / "elsewhere").ensure()
    assert paths.data != db.path.parent
    name, phrase = (
        ("proposal_opening", "Our own opening from the data folder.")
        if kind == "proposal"
        else ("contract", "## 1. Our own clause\nOur own wording from the data folder.")
    )
    paths.templates.mkdir()
    (paths.templates / f"{name}.en.txt").write_text(phrase, encoding="utf-8")
    wanted = flat(phrase.splitlines()[-1])

    window = MainWindow(db.path, settings, paths=paths)
    window.attach(db)
    window.show()
    try:
        dialog = open_dialog(qtbot, window, order["order"], kind)
        assert dialog.templates_dir == paths.templates
        made = dialog.make()
        assert made is not None
        pdf = tmp_path / "dialog.pdf"
        pdf.write_bytes(made[1])
        assert wanted in flat(pdf_text(pdf))
    finally:
        dialog.close()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
            window.close()
        window.deleteLater()

    monkeypatch.setenv(ENV_DATA_DIR, str(paths.data))  # what the CLI takes for the data folder
    out = tmp_path / "cli.pdf"
    code = main(
        ["document", kind, "--db", str(db.path), "--order", order["order"], "--out", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    assert wanted in flat(pdf_text(out))


class AnsweredPrintDialog:
    """Qt's print dialog, answered "Print" to a PDF file the test reads back."""

    DialogCode = QPrintDialog.DialogCode
    target = Path()

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> QPrintDialog.DialogCode:
        return QPrintDialog.DialogCode.Accepted


def test_the_preview_shows_the_pages_beside_the_form_and_print_goes_to_the_printer(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """With QtPdf the proposal shows inside the dialog, beside the form on a desktop screen,
    and Print goes through Qt's print dialog: nothing goes to the system viewer."""
    AnsweredPrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", AnsweredPrintDialog)
    monkeypatch.setattr(DocumentDialog, "screen_width", lambda _self: 1680)
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    view = dialog.preview_view
    assert isinstance(view, QPdfView) and not view.isVisible()
    click(qtbot, dialog, "preview")
    document = view.document()
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready)
    assert view.isVisible() and view.width() >= PREVIEW_WIDTH - 5  # a page, not a strip
    assert view.x() > dialog.lines.x() + dialog.lines.width() - 5  # beside the form
    assert dialog.last_path is not None
    assert document.pageCount() == len(PdfReader(dialog.last_path).pages) >= 1
    assert document.pageCount() > 0 and view.grab().width() == view.width()  # it paints
    assert opened == [] and documents(db, order["client"]) == []
    assert "not issued" in dialog.status.text()

    click(qtbot, dialog, "print")
    assert "sent to the printer" in dialog.status.text()
    assert len(documents(db, order["client"])) == 1
    printed = PdfReader(AnsweredPrintDialog.target)
    assert len(printed.pages) == len(PdfReader(dialog.last_path).pages)
    assert opened == []


def test_on_a_narrow_screen_the_pages_go_under_the_form(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    order: dict[str, str],
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(DocumentDialog, "screen_width", lambda _self: 1024)
    dialog = open_dialog(qtbot, window, order["order"], "contract")
    click(qtbot, dialog, "preview")
    view = dialog.preview_view
    assert isinstance(view, QPdfView) and view.isVisible()
    assert view.y() > dialog.lines.y()  # under the lines, as wide as the dialog
    assert view.width() > 600 and view.height() > 150
    assert view.document().pageCount() >= 1 and opened == []


def test_a_proposal_comes_in_the_language_of_the_clients_country(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    db: Database,
    order: dict[str, str],
    opened: list[QUrl],
) -> None:
    from dataclasses import replace

    from kamdesk.services.clients import dossier

    # the client's country is filled in on its profile; nobody chose its documents' language
    with db.unit_of_work() as s:
        profile = dossier.get_profile(s, order["client"])
        dossier.save_profile(
            s, replace(profile, country="HU", kam="Anna"), client_id=order["client"], today=TODAY
        )
    dialog = open_dialog(qtbot, window, order["order"], "proposal")
    assert dialog.language.currentData() == "hu"
    dialog.close()
