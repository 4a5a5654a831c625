"""A text field's documented maximum length (kamdesk.domain.limits), shown and enforced.

`limit_text(edit)` is one line in a form's constructor: a counter appears in the field's corner
as the text nears its limit ("18 204 / 20 000") and turns red past it ("20 412 / 20 000"), and
`limit_problems(root)` gives the message at each field past its limit, for the Save to refuse.
Nothing is ever cut: QLineEdit's own maxLength (32 767 by default) truncates a paste without a
word, so it is lifted out of the way. FieldForm applies this to every text field it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from kamdesk.domain.limits import COUNTER_FROM, text_limit
from kamdesk.domain.limits import counter as limit_counter
from kamdesk.ui.widgets.numbers import integer as count
from kamdesk.ui.widgets.style import BORDER, ERROR, PANEL_BACKGROUND, TEXT_MUTED

TextEdit = QLineEdit | QPlainTextEdit
_NO_CUT = 2**31 - 1  # QLineEdit's maxLength out of the way: the limit is ours, never a cut
_PROPERTY = "kamdeskTextLimit"


class TextLimit(QObject):
    """The counter of one field, a child of it (found with `edit.findChild(TextLimit)`)."""

    def __init__(self, edit: TextEdit, limit: int) -> None:
        super().__init__(edit)
        self.setObjectName("textLimit")
        self.edit = edit
        self.limit = limit
        self.host: QWidget = edit.viewport() if isinstance(edit, QPlainTextEdit) else edit
        host = self.host
        self.label = QLabel(host)
        self.label.setObjectName("textCounter")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        host.installEventFilter(self)
        if isinstance(edit, QLineEdit):
            edit.setMaxLength(_NO_CUT)
        edit.textChanged.connect(self._update)
        edit.setProperty(_PROPERTY, limit)
        self._update()

    def length(self) -> int:
        if isinstance(self.edit, QLineEdit):
            return len(self.edit.text())
        # characterCount is cheap on 10 MB; the exact count (surrogates) only near the limit
        rough = self.edit.document().characterCount() - 1
        return len(self.edit.toPlainText()) if rough >= self.limit * COUNTER_FROM else rough

    def is_edited(self) -> bool:
        """Whether the user changed the text since it was loaded: an older, longer value that
        is left alone may be saved as it is (the models check only what a save changes)."""
        edit = self.edit
        return edit.isModified() if isinstance(edit, QLineEdit) else edit.document().isModified()

    def problem(self) -> str:
        """The message at the field when the user's text is past the limit; "" otherwise."""
        if not self.is_edited() or self.length() <= self.limit:
            return ""
        return (
            QCoreApplication.translate("TextLimit", "Too long to save: %1 characters, at most %2.")
            .replace("%1", count(self.length()), 1)
            .replace("%2", count(self.limit), 1)
        )

    def _update(self, *_args: object) -> None:
        length = self.length()
        shown = counter(length, self.limit)  # in the locale's grouping
        self.label.setVisible(bool(shown))
        if not shown:
            if isinstance(self.edit, QLineEdit):
                self.edit.setTextMargins(0, 0, 0, 0)
            return
        over = length > self.limit
        self.label.setText(shown)
        self.label.setStyleSheet(
            f"color: {ERROR if over else TEXT_MUTED}; background: {PANEL_BACKGROUND};"
            f" border: 1px solid {ERROR if over else BORDER}; border-radius: 3px; padding: 0 3px;"
            + (" font-weight: bold;" if over else "")
        )
        self.label.setToolTip(
            QCoreApplication.translate(
                "TextLimit", "This field holds at most %1 characters; longer text cannot be saved."
            ).replace("%1", count(self.limit))
        )
        self.label.adjustSize()
        if isinstance(self.edit, QLineEdit):
            self.edit.setTextMargins(0, 0, self.label.width() + 4, 0)
        self._place()

    def _place(self) -> None:
        host = self.host
        x = host.width() - self.label.width() - 3
        y = host.height() - self.label.height() - 2
        if isinstance(self.edit, QLineEdit):
            y = (host.height() - self.label.height()) // 2
        self.label.move(max(0, x), max(0, y))
        self.label.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._place()
        return False


def counter(length: int, limit: int) -> str:
    """A field's counter, "20,412 / 20,000", in the locale's grouping (limits.counter)."""
    return limit_counter(length, limit, count=count)


def limit_text(edit: TextEdit, *, multiline: bool | None = None) -> TextLimit:
    """Give `edit` its documented limit and counter: multi-line for a QPlainTextEdit (or
    multiline=True: a one-line field bound to a notes column), single-line otherwise. Applying
    it twice keeps the first."""
    found = edit.findChild(TextLimit, "textLimit")
    if isinstance(found, TextLimit):
        return found
    wide = isinstance(edit, QPlainTextEdit) if multiline is None else multiline
    return TextLimit(edit, text_limit(wide))


def limit_problems(fields: dict[str, QWidget] | QWidget) -> dict[str, str]:
    """name -> the message at each limited field (by object name under a root widget, or the
    given name -> widget) whose user-typed text is past its limit."""
    if isinstance(fields, QWidget):
        found = fields.findChildren(TextLimit, "textLimit")
        pairs = [(limit.edit.objectName(), limit) for limit in found]
    else:
        pairs = []
        for name, widget in fields.items():
            limit = widget.findChild(TextLimit, "textLimit")
            if isinstance(limit, TextLimit):
                pairs.append((name, limit))
    problems = {}
    for name, limit in pairs:
        message = limit.problem()
        if message:
            problems[name] = message
    return problems
