"""The dossier's KAM field: the client's assigned KAMs, the lead first; typing after a ';'
offers the KAMs known, a new name is allowed, and saving writes the assignments the list
shows ("lead +1")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kamdesk.db import Database
from kamdesk.services.clients.assignments import assigned_names, known_kams
from kamdesk.services.clients.client_list import list_clients
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from tests.factories import add_client
from tests.ui.typing import type_text


def test_the_kam_field_completes_known_names_and_saves_assignments(
    qtbot,  # type: ignore[no-untyped-def]
    db: Database,
    window: MainWindow,
) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "Tisza Pékség Kft.", kam="Kovács Anna").id
        add_client(s, "Other Kft.", kam="Elena Morozova")
    dossier = window.clients.open_dossier(cid)
    assert isinstance(dossier, DossierWindow)
    page = dossier.profile
    assert page.kam.text() == "Kovács Anna"
    page.kam.setFocus()
    page.kam.end(False)
    type_text(page.kam, "; mor")
    completer = page.kam_names
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["Elena Morozova"]  # a part of the name finds it, in any case
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # to the first offered, and take it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.kam.text() == "Kovács Anna; Elena Morozova"
    type_text(page.kam, "; Nagy Béla")  # nobody yet: saving makes the KAM
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Kovács Anna", "Elena Morozova", "Nagy Béla"]
        assert "Nagy Béla" in known_kams(s)
        row = next(r for r in list_clients(s) if r.id == cid)
    assert row.kam == "Kovács Anna +2"
    page.kam.setText("Elena Morozova; Kovács Anna; Nagy Béla; Tóth Péter")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.errors["kam"].isVisible()  # four: refused, nothing saved
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Kovács Anna", "Elena Morozova", "Nagy Béla"]
    page.kam.setText("Elena Morozova")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert assigned_names(s, cid) == ["Elena Morozova"]
    dossier.close()
