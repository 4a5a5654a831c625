"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 loses a reference to None on every
call of a void method, and the interpreter aborts once they run out (pyproject pins below it).
This fails loudly if such a binding is ever installed again."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.setEnabled(True)
        painter.setPen(QPen())
        painter.drawLine(0, 0, 10, 10)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 10, f"None lost {before - after} references in 3000 Qt calls"
