"""A bulk import from the GUI (run_op with backup=True) makes a verified backup first; when the
backup cannot be made the user is told why and nothing is run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.db import Database
from kamdesk.models import Client
from kamdesk.ui.operations import ChangeHub, run_op
from tests.factories import add_client


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    for name in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: messages.append(text))
    return messages


def _import(session: Session) -> str:
    return add_client(session, "Imported").id


def _clients(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Client.id))) or 0


def test_a_bulk_import_backs_up_first(qtbot: QtBot, db: Database, said: list[str]) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    assert db.backups is not None
    before = _clients(db)
    assert run_op(owner, db, ChangeHub(), _import, backup=True) is not None
    assert len(list(db.backups.glob("kamdesk-*.sqlite"))) == 1
    assert _clients(db) == before + 1 and said == []


def test_a_failed_backup_is_said_and_nothing_imported(
    qtbot: QtBot, db: Database, said: list[str], tmp_path: Path
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    db.backups = tmp_path / "not-a-folder"
    db.backups.write_text("")
    before = _clients(db)
    assert run_op(owner, db, ChangeHub(), _import, backup=True) is None
    assert len(said) == 1 and said[0].startswith("Could not back up")
    assert said[0].endswith("Nothing was changed.")
    assert _clients(db) == before
