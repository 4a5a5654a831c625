"""Qt's translation markers, typed: PySide6 declares them as taking and returning `object`.

`QT_TRANSLATE_NOOP("Context", "text")` marks a label kept in a constant and translated later
through a variable (`self.tr(header)`, `_tr(LABELS[key])`): it returns the text unchanged, and
scripts/translations.py collects the text under that context. At run time these are Qt's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str, /) -> str: ...

    def QT_TR_NOOP(text: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "QT_TR_NOOP"]
