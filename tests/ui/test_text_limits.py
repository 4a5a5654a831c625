"""A text field's documented limit in the forms: a counter as the text nears it, the Save
refused at the field past it, and never a silent cut (issue 15 item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
from kamdesk.models import Contact
from kamdesk.ui.clients.contact_dialog import ContactDialog
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.orders.order_header import OrderHeader
from kamdesk.ui.products.import_dialog import ImportDialog
from kamdesk.ui.widgets.numbers import integer as count
from kamdesk.ui.widgets.text_limits import limit_problems, limit_text
from tests.factories import add_client
from tests.ui.typing import type_text
from tests.zip_bombs import zip_bomb

TEN_MB = ("A key account's whole mailbox, pasted by mistake. " * 20 + "\n") * 10_200


def paste(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def counter(edit: QLineEdit | QPlainTextEdit) -> QLabel:
    label = edit.findChild(QLabel, "textCounter")
    assert isinstance(label, QLabel)
    return label


def contacts(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


def test_a_ten_megabyte_paste_is_counted_refused_at_the_field_and_kept(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    with db.unit_of_work() as s:
        client_id = add_client(s, "Acme").id
    dialog = ContactDialog(db, ChangeHub(), ContactData(client_id=client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.full_name, "Anna Kovács")
    assert not counter(dialog.notes).isVisible()
    paste(qtbot, dialog.notes, TEN_MB)
    assert len(TEN_MB) > 10_000_000
    assert counter(dialog.notes).isVisible()
    shown = count(len(TEN_MB))  # "10,210,200": the locale's grouping (en_GB)
    assert counter(dialog.notes).text() == f"{shown} / 20,000"
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    error = next(f.errors["notes"] for f in dialog.forms if "notes" in f.errors)
    assert error.isVisible()
    assert error.text() == f"Too long to save: {shown} characters, at most 20,000."
    assert dialog.saved_id is None and dialog.isVisible() and contacts(db) == 0
    assert dialog.notes.toPlainText() == TEN_MB  # nothing cut: the user shortens it
    assert warnings == []
    dialog.notes.selectAll()
    type_text(dialog.notes, "met at the fair")
    assert not counter(dialog.notes).isVisible()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None and contacts(db) == 1


def test_an_orders_notes_are_never_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    header = OrderHeader(lambda _text: [])
    qtbot.addWidget(header)
    header.show()
    long = "n" * 40_000  # past QLineEdit's own 32 767, which cut the notes without a word
    paste(qtbot, header.notes, long)
    assert header.notes.text() == long and header.values()[2] == long
    assert counter(header.notes).text() == "40,000 / 20,000"  # a notes column
    assert limit_problems(header) == {
        "orderNotes": "Too long to save: 40,000 characters, at most 20,000."
    }


def test_the_counter_appears_from_ninety_percent_and_an_old_long_value_may_stay(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    limit_text(edit)
    edit.show()
    type_text(edit, "x" * (MAX_LINE_CHARS * 9 // 10 - 1))
    assert not counter(edit).isVisible()
    type_text(edit, "x")
    assert counter(edit).isVisible() and counter(edit).text() == "450 / 500"
    edit.setText("y" * 600)  # loaded from the database, not typed: savable as it is
    assert counter(edit).text() == "600 / 500"
    assert limit_problems({"name": edit}) == {}
    big = QPlainTextEdit()
    qtbot.addWidget(big)
    assert limit_text(big).limit == MAX_TEXT_CHARS


def test_the_price_import_dialog_says_a_zip_bomb_is_refused(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bomb = zip_bomb(tmp_path / "prices.xlsx", unzipped_mb=120)
    dialog = ImportDialog(db, ChangeHub())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(bomb)
    assert dialog.file_message.isVisible()
    assert dialog.file_message.text().startswith("prices.xlsx is refused: its part")
    assert dialog.preview.rowCount() == 0 and not dialog.import_button.isEnabled()
