"""Every keyboard shortcut of kamdesk, by where it works: what Help > Keyboard shortcuts lists.

The windows bind their own keys; this table says them to the user. A test opens the windows
and fails on a key bound there that this table does not list (tests/ui/test_help.py), so the
list cannot fall behind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "Shortcuts"
Key = str | QKeySequence.StandardKey

# (where, [(keys, what)]): keys as Qt writes them ("Ctrl+Shift+C") or a standard key, which
# reads as each system has it (Ctrl+F, ⌘F)
# (QT_TRANSLATE_NOOP is typed `object` by PySide: the texts are str)
SHORTCUTS: tuple[tuple[Any, tuple[tuple[Key, Any], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere in the main window"),
        (
            (QKeySequence.StandardKey.Find, QT_TRANSLATE_NOOP("Shortcuts", "Search clients")),
            (
                QKeySequence.StandardKey.Preferences,
                QT_TRANSLATE_NOOP("Shortcuts", "Company settings"),
            ),
            (
                QKeySequence.StandardKey.Undo,
                QT_TRANSLATE_NOOP("Shortcuts", "Undo (a move in the week, a deletion)"),
            ),
            (QKeySequence.StandardKey.Redo, QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
            ("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo")),
            ("F1", QT_TRANSLATE_NOOP("Shortcuts", "The guide: the main tasks step by step")),
            ("Ctrl+/", QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts")),
            (QKeySequence.StandardKey.Quit, QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Schedule"),
        (
            ("Alt+Left", QT_TRANSLATE_NOOP("Shortcuts", "The week before")),
            ("Alt+Right", QT_TRANSLATE_NOOP("Shortcuts", "The week after")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Products"),
        (("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the product (asks first)")),),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "An order"),
        (
            ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Save the order")),
            ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save the order (keypad Enter)")),
            ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Confirm (credit control runs)")),
            ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Ship")),
            ("Ctrl+Shift+D", QT_TRANSLATE_NOOP("Shortcuts", "Deliver")),
            ("Ctrl+Shift+I", QT_TRANSLATE_NOOP("Shortcuts", "Invoice (asks first)")),
            ("Return", QT_TRANSLATE_NOOP("Shortcuts", "In a line: take the product, move on")),
            ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Remove the line (asks first)")),
            (
                QKeySequence.StandardKey.Undo,
                QT_TRANSLATE_NOOP("Shortcuts", "Put back the line removed last"),
            ),
            ("F1", QT_TRANSLATE_NOOP("Shortcuts", "The guide, at this window's task")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "A meeting"),
        (
            (QKeySequence.StandardKey.Save, QT_TRANSLATE_NOOP("Shortcuts", "Save the meeting")),
            ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Save the meeting")),
            ("F1", QT_TRANSLATE_NOOP("Shortcuts", "The guide, at this window's task")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "A document's preview"),
        (
            (QKeySequence.StandardKey.Print, QT_TRANSLATE_NOOP("Shortcuts", "Print")),
            (QKeySequence.StandardKey.Save, QT_TRANSLATE_NOOP("Shortcuts", "Save as PDF")),
            (QKeySequence.StandardKey.ZoomIn, QT_TRANSLATE_NOOP("Shortcuts", "Zoom in")),
            (QKeySequence.StandardKey.ZoomOut, QT_TRANSLATE_NOOP("Shortcuts", "Zoom out")),
        ),
    ),
)


def key_text(key: Key) -> str:
    """The keys as this system writes them."""
    sequence = QKeySequence(key)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def listed() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every shortcut, in the interface's language; a standard key
    this system binds to nothing (Preferences on some desktops) is left out."""
    out = []
    for where, keys in SHORTCUTS:
        place = QCoreApplication.translate(CONTEXT, where)
        for key, what in keys:
            text = key_text(key)
            if text:
                out.append((place, text, QCoreApplication.translate(CONTEXT, what)))
    return out


def listed_sequences() -> set[str]:
    """Every listed key in Qt's portable form, to compare with what windows bind."""
    out: set[str] = set()
    for _where, keys in SHORTCUTS:
        for key, _what in keys:
            bound = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
            out.update(s.toString(QKeySequence.SequenceFormat.PortableText) for s in bound)
    return out
