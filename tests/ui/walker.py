"""Issue 16: walk a window's visible widgets in a language, and say what reads in English where
that language has its own words, and what text does not fit its widget.

    with in_language(qapp, "ru") as catalogue:
        window = MainWindow(...)          # built after the translators are in, as at start
        ...
        assert walk(window, catalogue) == []

A finding is a readable line: "ru · OrdersSection · QPushButton 'Новый заказ' clipped: 142 >
120 px". Texts that are data (client names, numbers, dates) match no English source and are
left alone; a text made by formatting a source with values is matched against the source as a
pattern (its placeholders stand for anything).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

from babel.messages.pofile import read_po
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QTranslator
from PySide6.QtGui import QFontMetrics, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from kamdesk import messages
from kamdesk.ui import i18n
from kamdesk.ui.widgets.numbers import use_language

LANGUAGES = ("en", "ru", "hu", "it", "az")
# a placeholder in a source: Qt's %1 / %n / %L1, Python's {name} / {count:,}
_PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{[a-z_0-9]*(?::[^}]*)?\}")
_NUMBER = r"(-?\d[\d\s.,\u00a0\u202f]*)"  # what %n becomes
_ONE_WORD = {"number", "no", "day", "date", "code", "count", "version", "age", "percent", "n"}
_TAG = re.compile(r"<[^>]+>")
_LETTERS = re.compile(r"[^\W\d_]{3,}")
ROWS_LOOKED_AT = 40  # cells of a view looked at for words (the rest are more of the same)


def _plain(text: str) -> str:
    """What a reader sees of a text: mnemonic ampersands and tags dropped, entities read."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    # a list's bullet or a trend's arrow before the words is not part of them
    return html.unescape(_TAG.sub("", text)).strip().lstrip("•·▪–—▲▼ ")


def _hole(placeholder: str) -> str:
    """What a placeholder stands for: %n a number; a number, day or code one word (so a
    sentence typed as data, "Payment of the invoices promised…", is not "Payment {number}");
    anything else any text."""
    if placeholder in ("%n", "%Ln"):
        return _NUMBER
    if placeholder.strip("{}").split(":")[0] in _ONE_WORD:
        return r"(\S*\d\S*)"  # a number, a day, a code: one word with a digit
    return "(.+?)"


def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with placeholders as a pattern its formatted texts match; None when nothing but
    placeholders and punctuation would be left to recognise it by."""
    pieces = _PLACEHOLDER.split(source)
    if len(pieces) == 1 or not any(_LETTERS.search(p) for p in pieces):
        return None
    holes = [_hole(name) for name in _PLACEHOLDER.findall(source)]
    if "(.+?)" in holes and len(_LETTERS.findall(" ".join(pieces))) < 2:
        return None  # "Payment {reference}": one word around free text matches any sentence
    rest = zip(holes, pieces[1:], strict=True)
    body = re.escape(pieces[0]) + "".join(hole + re.escape(piece) for hole, piece in rest)
    return re.compile("(?s)" + body)


def _english_forms(source: str) -> list[str]:
    return [re.sub(r"\((?:s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)]


@dataclass
class Catalogue:
    """One language's messages, read from its .ts: the English texts it translates otherwise,
    and its own texts (an English text that is also one of this language's is not flagged)."""

    language: str
    english: set[str] = field(default_factory=set)
    own: set[str] = field(default_factory=set)
    english_patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    own_patterns: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def load(cls, language: str) -> Catalogue:
        return _catalogue(language)

    def _add(self, sources: list[str], translations: list[str]) -> None:
        theirs = {_plain(t) for t in translations if t}
        for text in translations:
            if text and (pattern := _pattern(_plain(text))) is not None:
                self.own_patterns.append(pattern)
        self.own |= theirs
        for source in sources:
            plain = _plain(source)
            if plain in theirs or not _LETTERS.search(plain):
                continue  # the same word in this language ("OK", "EUR"), or no words at all
            self.english.add(plain)
            if (pattern := _pattern(plain)) is not None:
                self.english_patterns.append((pattern, source))

    def english_left(self, text: str) -> str | None:
        """The English source `text` reads as, when this language says it otherwise."""
        if self.language == "en":
            return None
        plain = _plain(text)
        if not plain or plain in self.own:
            return None
        if plain in self.english:
            return plain
        if any(p.fullmatch(plain) for p in self.own_patterns):
            return None
        for pattern, source in self.english_patterns:
            if pattern.fullmatch(plain):
                return source
        return None


def _add_messages(out: Catalogue, language: str) -> None:
    """What services and the domain say (kamdesk.messages' gettext catalogue), translated."""
    path = messages.CATALOGUES / language / "LC_MESSAGES" / "kamdesk.po"
    if not path.exists():
        return
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    for message in catalog:
        if not message.id or message.fuzzy or not message.string:
            continue
        if isinstance(message.id, tuple):
            forms = [f for f in message.string if f]
            if forms:
                out._add(list(message.id), forms)
        else:
            out._add([message.id], [str(message.string)])


@cache
def _catalogue(language: str) -> Catalogue:
    out = Catalogue(language)
    if language == "en":
        return out
    _add_messages(out, language)
    root = ET.parse(i18n.TRANSLATIONS / f"kamdesk_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        t = message.find("translation")
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in t.findall("numerusform")]
            out._add(_english_forms(source), forms)
        else:
            out._add([source], [t.text or ""])
    return out


@contextmanager
def in_language(app: QCoreApplication, language: str) -> Iterator[Catalogue]:
    """The interface in `language` for the block (kamdesk's and Qt's own translations on top of
    the English every test has, and the language's QLocale as default); removed afterwards."""
    installed: list[QTranslator] = []
    before = QLocale()
    try:
        if language != "en":
            installed = i18n.load_language(app, language)
        use_language(language)  # as install_translations does at start
        messages.use(language)
        yield Catalogue.load(language)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
        messages.use("en")


# --- the walk -----------------------------------------------------------------------------------


def _owner(widget: QWidget) -> str:
    """The nearest kamdesk class around the widget (its section, page or dialog)."""
    w: QWidget | None = widget
    while w is not None:
        if type(w).__module__.startswith("kamdesk."):
            return type(w).__name__
        w = w.parentWidget()
    return type(widget.window()).__name__


class _Report:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.lines: list[str] = []

    def word(self, widget: QWidget, what: str, text: str | None) -> None:
        if text and (source := self.catalogue.english_left(text)) is not None:
            shown = _plain(text)
            said = "" if source == shown else f" (from {source!r})"
            self.add(widget, what, text, f"untranslated{said}")

    def fits(self, widget: QWidget, what: str, text: str, needed: int, room: int) -> None:
        if needed > room:
            self.add(widget, what, text, f"clipped: {needed} > {room} px")

    def add(self, widget: QWidget, what: str, text: str, finding: str) -> None:
        shown = _plain(text).replace("\n", " ⏎ ")
        line = f"{self.catalogue.language} · {_owner(widget)} · {what} {shown!r} {finding}"
        if line not in self.lines:
            self.lines.append(line)


def _qt_class(widget: QWidget) -> str:
    """The Qt class a widget is made of (QPushButton for a kamdesk button subclass)."""
    return next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(report: _Report, label: QLabel) -> None:
    text = label.text()
    if not text:
        return
    report.word(label, "QLabel", text)
    # as tall as its lines (a layout squeezed for room can press lines onto each other)
    tall = label.heightForWidth(label.width()) if label.wordWrap() else -1
    tall = tall if tall > 0 else label.sizeHint().height()
    if tall > label.height():
        report.add(label, "QLabel", text, f"clipped in height: {tall} > {label.height()} px")
    if label.wordWrap() or getattr(label, "elides", False):
        return  # a wrapped label is as wide as it is given; an eliding one shortens on purpose
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    indent = label.indent()
    if indent > 0 and label.frameWidth() > 0:
        room -= indent
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.999)
    else:
        needed = _text_width(label.fontMetrics(), text)
    report.fits(label, "QLabel", text, needed, room)


def _button(report: _Report, button: QAbstractButton) -> None:
    text = button.text()
    kind = _qt_class(button)
    report.word(button, kind, text)
    if isinstance(button, QToolButton) and button.menu() is not None:
        for action in button.menu().actions():
            report.word(button, "menu action", action.text())
    if not text or getattr(button, "elides", False):
        return  # an eliding button (a name that opens a record) shortens on purpose
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    ):
        return
    style = button.style()
    needed = _text_width(button.fontMetrics(), _plain(text))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        room = button.width() - indicator - spacing
    else:
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        room = button.contentsRect().width() - margin
        if isinstance(button, QToolButton | QPushButton) and button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    report.fits(button, kind, text, needed, room)


def _group(report: _Report, box: QGroupBox) -> None:
    title = box.title()
    report.word(box, "QGroupBox", title)
    if title:
        needed = _text_width(box.fontMetrics(), _plain(title))
        if box.isCheckable():
            needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
        report.fits(box, "QGroupBox", title, needed, box.width() - 8)


def _tabs(report: _Report, bar: QTabBar) -> None:
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = bar.tabText(i)
        report.word(bar, "tab", text)
        if text:
            report.fits(bar, "tab", text, bar.tabSizeHint(i).width(), bar.tabRect(i).width())
        if bar.tabRect(i).right() > bar.width():
            report.add(bar, "tab", text, f"beyond the tab bar ({bar.width()} px)")


def _combo(report: _Report, combo: QComboBox) -> None:
    for i in range(combo.count()):
        data = combo.itemData(i)
        if isinstance(data, str) and i18n.NATIVE_NAMES.get(data) == combo.itemText(i):
            continue  # a language named in its own words, as a language choice lists it
        report.word(combo, "combo item", combo.itemText(i))
    text = combo.currentText()
    if combo.isEditable():
        line = combo.lineEdit()
        if line is not None:
            report.word(combo, "placeholder", line.placeholderText())
        return
    if not text:
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    report.fits(combo, "QComboBox", text, needed, field_rect.width())


def _spin(report: _Report, spin: QAbstractSpinBox) -> None:
    """A spin box's or date edit's text (its words: a suffix, "never") within its field."""
    line = spin.findChild(QLineEdit)
    if line is None:
        return
    text = line.text()
    if isinstance(spin, QSpinBox) and spin.value() == spin.minimum() and spin.specialValueText():
        report.word(spin, "QSpinBox", spin.specialValueText())
    elif isinstance(spin, QSpinBox) and spin.suffix().strip():
        report.word(spin, "suffix", spin.suffix().strip())
    if text:
        margins = line.textMargins()
        room = line.contentsRect().width() - margins.left() - margins.right() - 4
        report.fits(spin, _qt_class(spin), text, line.fontMetrics().horizontalAdvance(text), room)


def _header(report: _Report, view: QAbstractItemView, header: QHeaderView) -> None:
    model = header.model()
    if model is None or header.isHidden():
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        report.word(view, "header", text)
        report.fits(
            view, "header", text, _header_need(header, section, text), header.sectionSize(section)
        )


def _header_need(header: QHeaderView, section: int, text: str) -> int:
    """Text and margins, and the sort arrow's room on the section that shows it (as
    QCommonStyle's SE_HeaderLabel takes it)."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    needed = _text_width(header.fontMetrics(), text) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        needed += header.height() // 2 + 2 * margin
    return needed


def _view(report: _Report, view: QAbstractItemView) -> None:
    header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
    columns = 1
    if header is not None and isinstance(h := header(), QHeaderView):
        _header(report, view, h)
        columns = h.count()
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    for row in range(min(model.rowCount(root), ROWS_LOOKED_AT)):
        for column in range(columns):
            index = model.index(row, column, root)
            data = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(data, str):
                report.word(view, "cell", data)
                _row_height(report, view, index, data)


def _row_height(report: _Report, view: QAbstractItemView, index: QModelIndex, text: str) -> None:
    """A row as tall as its letters: an accented capital (Ő, Ü, Ё, Й) can rise above the font's
    ascent, and a row only as tall as the line cuts its top off."""
    shown = view.visualRect(index).height()
    metrics = view.fontMetrics()
    over = max(0, -metrics.boundingRect(text).top() - metrics.ascent())
    if text and over and 0 < shown < metrics.height() + 2 * over:
        needed = metrics.height() + 2 * over
        report.add(view, "cell", text, f"clipped in height: {needed} > {shown} px")


def _page(report: _Report, area: QScrollArea) -> None:
    """A page that scrolls sideways is wider than its window: what is on its right is out of
    sight (a table scrolling its columns is another matter: item views are not looked at)."""
    inner = area.widget()
    if inner is not None and area.horizontalScrollBar().isVisible():
        text = f"{type(inner).__name__} {inner.objectName()}".strip()
        width, room = inner.width(), area.viewport().width()
        report.add(area, "page", text, f"wider than its window: {width} > {room} px")


def _menus(report: _Report, widget: QWidget) -> None:
    bar = getattr(widget, "menuBar", None)
    if bar is None or not callable(bar):
        return
    for action in bar().actions():
        report.word(widget, "menu", action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                report.word(widget, "menu action", item.text())


def _one(report: _Report, widget: QWidget) -> None:
    if isinstance(widget, QLabel):
        _label(report, widget)
    elif isinstance(widget, QAbstractButton):
        _button(report, widget)
    elif isinstance(widget, QGroupBox):
        _group(report, widget)
    elif isinstance(widget, QTabBar):
        _tabs(report, widget)
    elif isinstance(widget, QComboBox):
        _combo(report, widget)
    elif isinstance(widget, QAbstractItemView):
        _view(report, widget)
    elif isinstance(widget, QAbstractSpinBox):
        _spin(report, widget)
    elif isinstance(widget, QScrollArea):
        _page(report, widget)
    elif (
        isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox)
    ) or isinstance(widget, QTextEdit):
        report.word(widget, "placeholder", widget.placeholderText())
    if widget.isWindow():
        report.word(widget, "window title", widget.windowTitle())


def visible_widgets(root: QWidget) -> Iterable[QWidget]:
    """The root and every widget under it a user can see now."""
    yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.width() > 0 and child.height() > 0:
            yield child


def walk(root: QWidget, catalogue: Catalogue) -> list[str]:
    """Every finding in what `root` shows now: untranslated texts and clipped ones."""
    report = _Report(catalogue)
    _menus(report, root)
    for widget in visible_widgets(root):
        _one(report, widget)
    return report.lines


def walk_pages(
    root: QWidget, catalogue: Catalogue, settle: Callable[[], None] = lambda: None
) -> list[str]:
    """`walk` on what `root` shows, then on each page of every tab widget it shows (tabs within
    tabs too), `settle()` after each page is turned to; the first page is shown again after."""
    lines: list[str] = []
    seen: set[int] = set()

    def visit() -> None:
        settle()
        lines.extend(line for line in walk(root, catalogue) if line not in lines)
        for tabs in root.findChildren(QTabWidget):
            if id(tabs) in seen or not tabs.isVisible():
                continue
            seen.add(id(tabs))
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != first and tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    visit()
            tabs.setCurrentIndex(first)

    visit()
    return lines
