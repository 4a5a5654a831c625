"""A form field holding a control character (pasted NUL, ESC) is refused at the field; the
models refuse it on every save too, with the field named (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.domain.client import ContactData
from kamdesk.errors import InvalidFields
from kamdesk.models import Contact
from kamdesk.services.clients.contacts import save_contact
from kamdesk.ui.clients.contact_dialog import ContactDialog
from kamdesk.ui.operations import ChangeHub
from tests.factories import add_client
from tests.ui.typing import type_text


def paste(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def contacts(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


def test_a_nul_pasted_into_a_field_is_refused_with_a_message_at_the_field(
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
    paste(qtbot, dialog.notes, "met at the fair\x00\nlikes tea\ttoo")
    assert "\x00" in dialog.notes.toPlainText()  # what was pasted is kept for the user to fix
    error = next(f.errors["notes"] for f in dialog.forms if "notes" in f.errors)
    assert error.isVisible() and "NUL" in error.text()  # said as it is pasted
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and dialog.isVisible()
    assert error.isVisible() and "NUL" in error.text()
    assert contacts(db) == 0 and warnings == []
    dialog.notes.setPlainText("met at the fair\nlikes tea\ttoo")  # tab and line break stay
    assert not error.isVisible()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None and contacts(db) == 1


def test_every_save_refuses_control_characters_naming_the_field(db: Database) -> None:
    with db.unit_of_work() as s:
        client_id = add_client(s, "Acme").id
    data = ContactData(client_id=client_id, full_name="Anna\x1b[2J", notes="ok\ttoo\n")
    with pytest.raises(InvalidFields) as refused, db.unit_of_work() as s:
        save_contact(s, data, contact_id=None, today=date.today())
    assert refused.value.problems == {"full_name": "Full name: remove the control character (ESC)."}
    assert contacts(db) == 0


def test_a_contacts_language_is_chosen_by_name_or_typed(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.services.clients.contacts import contact_data

    with db.unit_of_work() as s:
        client_id = add_client(s, "Acme").id
    dialog = ContactDialog(db, ChangeHub(), ContactData(client_id=client_id))
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[:6] == ["", "Russian", "Hungarian", "Italian", "Azerbaijani", "English"]
    type_text(dialog.full_name, "Anna Kovács")
    dialog.language.setCurrentIndex(dialog.language.findText("Hungarian"))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    with db.reading() as s:
        assert contact_data(s, dialog.saved_id).language == "hu"  # stored as its code
    again = ContactDialog(db, ChangeHub(), ContactData(client_id=client_id, language="hu"))
    qtbot.addWidget(again)
    assert again.language.currentText() == "Hungarian"
    typed = ContactDialog(db, ChangeHub(), ContactData(client_id=client_id, language="Deutsch"))
    qtbot.addWidget(typed)
    assert typed.language.currentText() == "Deutsch"
