"""Issue 18: Help > Guide (F1): the main tasks, each a page with a screenshot, searchable, in the
interface language; the names of buttons it gives are the buttons' own."""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QImageReader, QTextDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kamdesk.ui.help import guide_terms
from kamdesk.ui.help.guide_pages import PAGES, page_html, translated_pages
from kamdesk.ui.help.guide_window import GUIDE_IMAGES, GuideWindow, folded, plain
from kamdesk.ui.i18n import SHIPPED, TRANSLATIONS
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.widgets.numbers import use_language
from tests.scripts import load_script
from tests.ui.typing import type_text

translations: Any = load_script("translations")


def _guide(qtbot: QtBot, window: MainWindow) -> GuideWindow:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [guide] = window.findChildren(GuideWindow)
    qtbot.waitExposed(guide)
    return guide


def _shown_text(guide: GuideWindow) -> str:
    return guide.browser.toPlainText()


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kamdesk_ru.qm"))
    QCoreApplication.installTranslator(translator)
    use_language("ru")  # the guide's pictures follow the interface's language
    yield
    QCoreApplication.removeTranslator(translator)


def test_f1_opens_the_guide_from_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    first = help_menu.actions()[0]  # type: ignore[union-attr]
    assert first.text().replace("&", "") == "Guide" and first.shortcut().toString() == "F1"
    guide = _guide(qtbot, window)
    assert guide.shown_titles() == [html.unescape(p.title) for p in translated_pages().values()]
    assert guide.current_key() == PAGES[0].key
    assert "Steps" in _shown_text(guide)
    # F1 again brings the same guide forward rather than a second one
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideWindow) == [guide] and guide.isVisible()
    guide.reject()


def test_every_page_has_a_title_a_body_and_a_picture_in_every_language(qapp) -> None:  # type: ignore[no-untyped-def]
    assert 8 <= len(PAGES) <= 10
    assert len({page.key for page in PAGES}) == len(PAGES)
    for page in PAGES:
        assert page.title and page.intro and 3 <= len(page.steps) <= 7, page.key
        for language in SHIPPED:
            picture = GUIDE_IMAGES / language / f"{page.key}.png"
            size = QImageReader(str(picture)).size()
            assert size.isValid() and 400 <= size.width() <= 900, picture
    total = sum(f.stat().st_size for f in GUIDE_IMAGES.rglob("*.png"))
    assert total < 4_000_000


def test_every_page_reads_in_each_language(qapp) -> None:  # type: ignore[no-untyped-def]
    english = {key: plain(page) for key, page in translated_pages().items()}
    for language in SHIPPED:
        if language == "en":
            continue
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"kamdesk_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            for page in PAGES:
                shown = translated_pages()[page.key]
                assert "{" not in plain(shown), (language, page.key)
                assert shown.title != page.title and plain(shown) != english[page.key]
        finally:
            QCoreApplication.removeTranslator(translator)


def test_every_name_a_page_gives_is_a_label_of_the_window_it_names() -> None:
    """A renamed button would leave the guide naming a button nobody sees: each term must be
    a message of its window's own module, not only of the guide's list."""
    sources = Path(translations.SOURCES)
    others = [p for p in sources.rglob("*.py") if p.name != "guide_terms.py"]
    shared = {
        translations._module(p): translations._wrappers(ast.parse(p.read_text(encoding="utf-8")))
        for p in others
    }
    found = {(m.context, m.source) for p in others for m in translations.messages_of(p, shared)}
    missing = sorted(set(guide_terms.TERMS.values()) - found)
    assert missing == []
    used = {
        name
        for page in PAGES
        for text in (page.intro, *page.steps, *page.tips)
        for name in re.findall(r"\{([a-z_]+)\}", text)
    }
    assert used <= set(guide_terms.TERMS)


def test_typing_a_word_of_one_page_finds_that_page(qtbot: QtBot, window: MainWindow) -> None:
    guide = _guide(qtbot, window)
    words = {k: set(re.findall(r"\w{6,}", folded(plain(p)))) for k, p in guide.pages.items()}
    # a word of one page's body that no other page has
    page, word = next(
        (key, w)
        for key, own in words.items()
        for w in sorted(own)
        if not any(w in other for k, other in words.items() if k != key)
    )
    type_text(guide.search, word.upper())
    assert guide.shown_titles() == [guide.pages[page].title]
    assert guide.current_key() == page
    guide.search.clear()
    type_text(guide.search, "passphrase laptop")  # every word, anywhere in the page
    assert guide.shown_titles() == [
        "Share data with another laptop",
        "Protect the laptop and its data",
    ]
    guide.search.clear()
    type_text(guide.search, "zzqx")
    assert guide.shown_titles() == [] and guide.nothing.isVisible()
    guide.search.clear()
    assert len(guide.shown_titles()) == len(PAGES)
    guide.reject()


def test_in_russian_the_guide_speaks_russian_with_the_buttons_own_names(
    qtbot: QtBot, window: MainWindow, russian: None
) -> None:
    guide = _guide(qtbot, window)
    assert "Оформить заказ" in guide.shown_titles()
    guide.show_page("order")
    text = _shown_text(guide)
    confirm = QCoreApplication.translate("OrderWindow", "Confirm")
    assert confirm != "Confirm" and f"Нажмите {confirm}" in text
    assert "Шаги" in text and "Steps" not in text
    assert "/guide/ru/order.png" in guide.browser.toHtml()
    # without the accent: "отчеты" finds the page that names «Отчёты»
    type_text(guide.search, "отчеты")
    assert "Дебиторская задолженность и план продаж" in guide.shown_titles()
    guide.reject()


def test_a_pages_link_opens_the_place_it_is_about(qtbot: QtBot, window: MainWindow) -> None:
    window.show_section("clients")
    guide = _guide(qtbot, window)
    guide.show_page("week")
    document: QTextDocument = guide.browser.document()
    found = document.find("Go to Schedule")
    assert not found.isNull()
    guide.browser.setTextCursor(found)
    guide.browser.ensureCursorVisible()  # scrolled to the link, as a reader would
    rect = guide.browser.cursorRect(found)
    qtbot.mouseClick(
        guide.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.x() - 20, rect.center().y()),
    )
    assert window.current_section() == "schedule"
    guide.reject()


def test_the_pages_html_shows_the_picture_at_the_width_asked() -> None:
    page = translated_pages()[PAGES[0].key]
    shown = page_html(page, "file:///x.png", 640)
    assert 'width="640"' in shown and shown.index("<ol>") < shown.index("<img")


def test_the_search_ignores_case_and_accents() -> None:
    assert folded("Ügyvezető") == "ugyvezeto"
    assert folded("Отчёты") == "отчеты"
    assert folded("ŞİFRƏ ifadəsi") == folded("sifre ifadesi")


def test_a_link_to_a_dialog_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    guide = _guide(qtbot, window)
    guide.show_page("protect")
    found = guide.browser.document().find("Go to Backups…")
    assert not found.isNull()
    guide.browser.setTextCursor(found)
    guide.browser.ensureCursorVisible()
    rect = guide.browser.cursorRect(found)
    qtbot.mouseClick(
        guide.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.x() - 20, rect.center().y()),
    )
    backups = window.findChild(QDialog, "backupsDialog")
    assert backups is not None and backups.isVisible()
    backups.reject()
    guide.reject()


def test_f1_in_an_order_window_opens_the_guide_at_entering_an_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    from kamdesk.ui import windows

    assert window.db is not None
    order = windows.open_order(window.db, window.hub, None, parent=window)
    qtbot.waitExposed(order)
    [key] = [a for a in order.actions() if a.objectName() == "guidePageAction"]
    assert key.shortcut().toString() == "F1"
    assert key.shortcutContext() == Qt.ShortcutContext.WindowShortcut  # the order's own F1
    key.trigger()  # offscreen, the order window cannot be made the active one to press it
    [guide] = window.findChildren(GuideWindow)
    qtbot.waitExposed(guide)
    assert guide.current_key() == "order"
    order.close()
