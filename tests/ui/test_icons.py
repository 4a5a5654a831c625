"""One icon set, by meaning: the sidebar's sections and the buttons of known actions carry an
icon; kamdesk's own icon is every window's."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kamdesk.app import run_gui
from kamdesk.db import open_database
from kamdesk.paths import AppPaths
from kamdesk.ui import windows
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.widgets import icons

# a button whose words start so does what the icon shows
KNOWN_ACTION = re.compile(
    r"^(New|Add|Save|Delete|Remove|Edit|Print|Documents|Import|Export|Open|Preview|Restore|"
    r"Trash|Back up|Create draft)\b"
)


def buttons_of(*tops: QWidget) -> list[QPushButton]:
    return [b for top in tops for b in top.findChildren(QPushButton)]


def test_every_section_on_the_left_has_its_icon(window: MainWindow) -> None:
    assert [window.nav.item(i).icon().isNull() for i in range(window.nav.count())] == [False] * 8
    assert not window.settings_action.icon().isNull()


def test_the_buttons_of_known_actions_show_their_icon(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key in list(window.sections):
        window.show_section(key)
        qtbot.wait(5)
    window.show_section("clients")
    dossier = window.clients.open_dossier(window.clients.model.client_id(0))
    order = window.orders.open_order(None, client_id=window.clients.model.client_id(0))
    meeting = windows.open_meeting(window.db, window.hub, None, parent=window)
    tops = [window, dossier, order, meeting]
    found = [b for b in buttons_of(*tops) if KNOWN_ACTION.match(b.text().replace("&", ""))]
    assert len(found) > 25
    missing = [b.text() for b in found if b.icon().isNull()]
    assert missing == [], "\n".join(missing)
    for top in (dossier, order, meeting):
        top.close()


def test_icons_are_named_by_meaning_in_one_family() -> None:
    assert set(icons.SECTIONS) == {
        "today",
        "clients",
        "schedule",
        "orders",
        "products",
        "receivables",
        "reports",
        "sync",
    }
    _family, chars = icons._font()
    names = [*icons.ACTIONS.values(), *icons.SECTIONS.values()]
    assert [n for n in names if n not in chars] == []  # the font qtawesome ships has each
    for meaning in icons.ACTIONS:
        assert not icons.icon(meaning).isNull(), meaning
    assert not icons.app_icon().isNull()
    assert sorted(icons.app_icon().availableSizes(), key=lambda s: s.width())[0].width() == 16


def test_kamdesk_s_own_icon_is_every_window_s(qapp, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    open_database(paths.database).close()
    assert run_gui(paths, paths.database, smoke=True) == 0
    assert not QApplication.windowIcon().isNull()
    assert {s.width() for s in QApplication.windowIcon().availableSizes()} >= {16, 32, 256}


def test_an_icon_is_drawn_in_the_palette_s_text_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QPalette

    image = icons.icon("delete").pixmap(QSize(32, 32)).toImage()
    inked = {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert QApplication.palette().color(QPalette.ColorRole.ButtonText).name() in inked
    selected = icons.icon("delete").pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert selected != image  # the highlighted text's colour on a selected row


def test_a_bundle_reads_the_icon_font_where_kamdesk_spec_puts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert icons._fonts_folder() == tmp_path / "qtawesome" / "fonts"
    spec = (Path(__file__).parents[2] / "kamdesk.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("qtawesome", includes=["fonts/materialdesignicons6-*"])' in spec
    assert icons.FONT_FILE.startswith("materialdesignicons6-")
