"""The dossier's Hand over…: a small dialog (to which KAM, as the lead or a co-KAM) whose
choice writes the assignments (services.team.handover); the KAM field shows them after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.db import Database
from kamdesk.services.clients.assignments import assigned_names
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.clients.handover_dialog import HandoverDialog
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_client


def _answer(qtbot, kam: str, *, co: bool, seen: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """When the dialog shows: note what it offers, choose `kam` and the place, press Hand over."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoverDialog)
        seen.append([dialog.to.itemText(i) for i in range(dialog.to.count())])
        dialog.to.setCurrentIndex(dialog.to.findText(kam))
        qtbot.mouseClick(dialog.as_co if co else dialog.as_lead, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_hand_over_makes_the_chosen_kam_the_lead_or_a_co_kam(
    qtbot,  # type: ignore[no-untyped-def]
    db: Database,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Tisza Pékség Kft.", kam="Kovács Anna").id
        add_client(s, "Other Kft.", kam="Elena Morozova")
        add_client(s, "Third Kft.", kam="Boris Petrov")
    new = window.clients.open_dossier(None)
    assert isinstance(new, DossierWindow)
    assert not new.profile.handover_button.isVisibleTo(new.profile)  # no KAMs to hand over yet
    new.close()
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    page = dossier.profile
    assert page.handover_button.isVisibleTo(page)
    seen: list[list[str]] = []
    _answer(qtbot, "Elena Morozova", co=False, seen=seen)
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    assert seen == [["Boris Petrov", "Elena Morozova"]]  # not the lead herself
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Elena Morozova"]
    assert page.kam.text() == "Elena Morozova"  # Anna leaves at her next sync
    assert "Elena Morozova" in dossier.subtitle.text()
    assert "Kovács Anna" not in dossier.subtitle.text()
    _answer(qtbot, "Boris Petrov", co=True, seen=seen)
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Elena Morozova", "Boris Petrov"]
    assert page.kam.text() == "Elena Morozova; Boris Petrov"
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    _answer(qtbot, "Boris Petrov", co=True, seen=seen)  # already there: refused, said why
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    assert said == ["Tisza Pékség Kft.: Boris Petrov is already one of the client's KAMs."]
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Elena Morozova", "Boris Petrov"]
    dossier.close()


def test_the_dialog_reads_well(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HandoverDialog(
        "Tisza Pékség Kft.",
        ["Kovács Anna", "Boris Petrov"],
        [("a", "Kovács Anna"), ("b", "Boris Petrov"), ("e", "Elena Morozova")],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [dialog.to.itemText(i) for i in range(dialog.to.count())] == [
        "Boris Petrov", "Elena Morozova",
    ]  # fmt: skip
    assert dialog.as_lead.isChecked() and not dialog.co()
    assert dialog.ok.isEnabled()
    assert dialog.sizeHint().width() <= 700
    alone = HandoverDialog("X", ["Kovács Anna"], [("a", "Kovács Anna")])
    qtbot.addWidget(alone)
    assert not alone.ok.isEnabled()  # nobody else to take it
