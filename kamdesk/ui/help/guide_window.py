"""Help > Guide (F1): the main tasks, a page each with a screenshot of the interface in its
language; a search box narrows the list to the pages whose words match, whatever the case and
the accents; a page's links lead to the place in the application it is about."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.paths import RESOURCES
from kamdesk.ui.help.guide_pages import (
    HELP_ACTIONS,
    SECTIONS,
    GuidePage,
    page_html,
    translated_pages,
)
from kamdesk.ui.i18n import shown_language

GUIDE_IMAGES = RESOURCES / "guide"
KEY_ROLE = Qt.ItemDataRole.UserRole
_TAG = re.compile(r"<[^>]+>")
PAGE_STYLE = "li { margin-bottom: 4px; } h3 { margin-top: 14px; }"


# letters that are no base letter and an accent, typed as their nearest plain one
PLAIN_LETTERS = str.maketrans({"ə": "e", "ı": "i", "ø": "o", "ł": "l", "đ": "d"})


def folded(text: str) -> str:
    """Text as the search compares it: lower case, without accents ("Ügyvezető" finds
    "ugyvezeto", "ё" finds "е", Azerbaijani "şifrə" finds "sifre")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(PLAIN_LETTERS)


def plain(page: GuidePage) -> str:
    """Every word of a translated page, without its markup."""
    texts = (page.title, page.intro, *page.steps, *page.tips)
    return html.unescape(_TAG.sub(" ", " ".join(texts)))


def image_of(key: str, language: str) -> Path | None:
    """The page's screenshot in the language, else the English one; None when neither is
    there."""
    for lang in (language, "en"):
        path = GUIDE_IMAGES / lang / f"{key}.png"
        if path.is_file():
            return path
    return None


class GuideWindow(QDialog):
    """The pages on the left under a search box, the chosen page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("kamdesk guide"))
        self.language = shown_language()
        self.pages = translated_pages()
        self._words = {key: folded(plain(page)) for key, page in self.pages.items()}
        self.search = QLineEdit()
        self.search.setObjectName("guideSearch")
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("guidePages")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for key, page in self.pages.items():
            item = QListWidgetItem(html.unescape(page.title))
            item.setData(KEY_ROLE, key)
            self.list.addItem(item)
        self.nothing = QLabel(self.tr("No page has these words."))
        self.nothing.setObjectName("guideNothing")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guidePage")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        # air between the steps; the picture framed off the page
        self.browser.document().setDefaultStyleSheet(PAGE_STYLE)
        self.browser.installEventFilter(self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list, 1)
        column.addWidget(self.nothing)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 940])
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._narrow)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.setCurrentRow(0)
        # the pictures at their own width (900 px) where the screen has the room
        screen = self.screen().availableGeometry()
        self.resize(min(1200, screen.width() - 40), min(800, screen.height() - 60))

    # --- what a person sees ---------------------------------------------------------------
    def shown_titles(self) -> list[str]:
        """The titles the list shows now (the search leaves them)."""
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if not self.list.item(row).isHidden()
        ]

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None and not item.isHidden() else None

    def show_page(self, key: str) -> None:
        """Choose the page `key` in the list (and show it)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.item(row).setHidden(False)
                self.list.setCurrentRow(row)
                return
        raise KeyError(key)

    # --- behaviour ------------------------------------------------------------------------
    def _narrow(self, text: str) -> None:
        """Pages with every word typed, in any order, anywhere in their text."""
        wanted = folded(text).split()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            words = self._words[item.data(KEY_ROLE)]
            hidden = not all(word in words for word in wanted)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = row
        self.nothing.setVisible(first_shown is None)
        current = self.list.currentItem()
        if first_shown is None:
            self.browser.clear()
        elif current is None or current.isHidden():
            self.list.setCurrentRow(first_shown)
        else:
            self._render()

    def _chosen(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.browser.verticalScrollBar().setValue(0)
        self._render()

    def _render(self) -> None:
        key = self.current_key()
        if key is None:
            return
        image = image_of(key, self.language)
        width = 0
        if image is not None:
            size = QImageReader(str(image)).size()
            # the page's width with room kept for a scroll bar, whether it shows or not (it
            # comes with the picture), less the document's margins and the frame's
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            margins = 2 * self.browser.document().documentMargin() + 8
            room = int(self.browser.contentsRect().width() - scroll_bar - margins)
            width = min(size.width(), max(room, 200)) if size.isValid() else 0
        source = QUrl.fromLocalFile(str(image)).toString() if image is not None else None
        scrolled = self.browser.verticalScrollBar().value()
        self.browser.setHtml(page_html(self.pages[key], source, width))
        self.browser.verticalScrollBar().setValue(scrolled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser and event.type() == QEvent.Type.Resize:
            self._render()  # the picture as wide as the page now is
        return super().eventFilter(watched, event)

    def _follow(self, url: QUrl) -> None:
        """A link of a page: the section it names shown in the main window, or the dialog."""
        place = url.path()
        window = self.parentWidget()
        if window is None:
            return
        if place in SECTIONS and hasattr(window, "show_section"):
            window.show_section(place)
            window.raise_()
            window.activateWindow()
        elif place in HELP_ACTIONS and hasattr(window, HELP_ACTIONS[place]):
            getattr(window, HELP_ACTIONS[place])()
