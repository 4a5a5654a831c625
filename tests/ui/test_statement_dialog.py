"""The reconciliation statement dialog as a KAM uses it: the client given or found by typing,
a period picked, the preview showing the statement's pages, Save as writing the PDF whose
closing balance is the ledger's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.domain.receivables import client_balance
from kamdesk.models import Client, Invoice
from kamdesk.reports.doc_i18n import DocText
from kamdesk.services.receivables.ledger_rows import in_money, load_ledgers
from kamdesk.ui.documents import document_actions
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.receivables.statement_dialog import StatementDialog, open_statement_dialog
from tests.factories import DEMO_AS_OF, add_client
from tests.ui.typing import type_text


@pytest.fixture
def parent(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QWidget:  # type: ignore[no-untyped-def]
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    monkeypatch.setattr(document_actions, "outbox", lambda *_a: outbox)
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _client(db: Database, language: str) -> tuple[str, str]:
    """The client in `language` with the most invoices: id and name."""
    with db.reading() as session:
        row = session.execute(
            select(Client.id, Client.name)
            .join(Invoice, Invoice.client_id == Client.id)
            .where(Client.document_language == language)
            .group_by(Client.id)
            .order_by(func.count().desc(), Client.id)
            .limit(1)
        ).one()
    return str(row[0]), str(row[1])


def _balance_at(db: Database, client_id: str, at: date):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        ledger = in_money(load_ledgers(session.connection(), [client_id], until=at)[client_id])
    return client_balance(ledger.invoices, ledger.payments, ledger.credit_notes)


def _ready(qtbot, dialog: StatementDialog) -> None:  # type: ignore[no-untyped-def]
    view = dialog.view
    assert view is not None, "PySide6-Addons brings QtPdf: the preview is inside the dialog"
    qtbot.waitUntil(
        lambda: dialog.made is not None and view.document().pageCount() > 0, timeout=15_000
    )


def test_pick_a_period_preview_and_save(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id, name = _client(demo_db, "ru")
    open_statement_dialog(parent, demo_db, ChangeHub(), client_id)
    dialog = parent.findChild(StatementDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.today = DEMO_AS_OF
    assert dialog.picker.text() == name
    assert dialog.language.currentData() == "ru"  # the client's document language
    assert dialog.period.period() == (date(date.today().year, 1, 1), date.today())
    _ready(qtbot, dialog)

    dialog.last_quarter.trigger()  # Quick periods > Last quarter
    assert dialog.period.period() == (date(2026, 7, 1), date(2026, 9, 30))
    _ready(qtbot, dialog)
    assert dialog.made is not None
    assert dialog.made.choices[1:3] == (date(2026, 7, 1), date(2026, 9, 30))
    summary = dialog.findChild(QLabel, "statementSummary")
    assert "30/09/2026" in summary.text() and name in summary.text()
    assert dialog.view is not None and dialog.view.document().pageCount() >= 1

    target = tmp_path / "akt.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert f"Saved: {target}" in summary.text()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    closing = _balance_at(demo_db, client_id, date(2026, 9, 30))
    assert dialog.made.doc.reconciliation.closing == closing
    t = DocText("ru", dialog.made.doc.currency)
    assert f"Сальдо конечное {' '.join(t.money(closing).split())}" in text
    assert "за период с 01.07.2026 по 30.09.2026" in text


def test_the_client_found_by_typing_and_a_period_backwards(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, parent: QWidget
) -> None:
    _client_id, name = _client(demo_db, "en")
    dialog = StatementDialog(demo_db, ChangeHub(), None, today=DEMO_AS_OF, parent=parent)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    type_text(dialog.picker, name)
    qtbot.waitUntil(lambda: dialog.picker.completer().completionCount() > 0)
    dialog.picker.setText(name)
    dialog.picker.returnPressed.emit()
    _ready(qtbot, dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.print_button.isEnabled()

    dialog.period.to_edit.setDate(dialog.period.from_edit.date().addDays(-1))
    summary = dialog.findChild(QLabel, "statementSummary")
    assert summary.text() == "The period must start before it ends."
    assert not dialog.save_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert dialog.made is None


def test_the_dossier_opens_the_statement_for_its_client(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, parent: QWidget
) -> None:
    from kamdesk.ui.clients.dossier import DossierWindow

    client_id, name = _client(demo_db, "ru")
    dossier = DossierWindow(demo_db, ChangeHub(), client_id, today=DEMO_AS_OF, parent=parent)
    dossier.show()
    button = dossier.findChild(QPushButton, "dossierStatement")
    assert button is not None and button.isEnabled()
    button.click()
    dialog = parent.findChild(StatementDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.picker.text() == name
    _ready(qtbot, dialog)
    dossier.close()


def test_without_a_pdf_view_the_system_viewer_shows_it(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_actions, "pdf_view", lambda _parent: None)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    client_id, _name = _client(demo_db, "en")
    dialog = StatementDialog(demo_db, ChangeHub(), client_id, today=DEMO_AS_OF, parent=parent)
    dialog.show()
    assert dialog.view is None and dialog.preview_button.isVisible()
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=15_000)
    dialog.preview_button.click()
    assert len(opened) == 1
    shown = Path(opened[0].toLocalFile())
    assert shown.suffix == ".pdf" and PdfReader(shown).pages


def test_no_company_to_head_the_statement_is_said_under_the_choices(  # type: ignore[no-untyped-def]
    qtbot, db: Database, parent: QWidget
) -> None:
    with db.unit_of_work() as s:
        bare = add_client(s, "Bare").id
    empty = StatementDialog(db, ChangeHub(), bare, today=DEMO_AS_OF, parent=parent)
    empty.show()
    summary = empty.findChild(QLabel, "statementSummary")
    qtbot.waitUntil(lambda: "Fill in your company" in summary.text(), timeout=15_000)
    assert not empty.save_button.isEnabled()
