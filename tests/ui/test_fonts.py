"""The interface draws the five languages' letters and emoji without boxes (kamdesk.ui.fonts).

This machine, like a bare Linux laptop, has DejaVu alone: without the bundled symbol font Qt
finds no glyph for 📞 and draws a box (glyph 0, .notdef).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGlyphRun, QRawFont, QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kamdesk.ui.fonts import install_fonts

SAMPLE = "Kecskemét ő ű, Gəncə ə ğ ş ç, città à, ёлка №5, ☎ ✓ ★ → 📞 ✅ 🙂 ⭐ ₼"


def glyph_runs(text: str, font: QFont) -> list[QGlyphRun]:
    """The glyphs Qt draws for one line of `text`, one run per font it falls back to."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    return list(layout.glyphRuns())


def test_a_label_draws_every_letter_and_emoji(qtbot: QtBot) -> None:
    assert install_fonts() == ("Symbola",)
    label = QLabel(SAMPLE)
    qtbot.addWidget(label)
    label.show()
    runs = glyph_runs(label.text(), label.font())
    boxes = [run.rawFont().familyName() for run in runs if 0 in run.glyphIndexes()]
    assert boxes == []
    assert sum(len(run.glyphIndexes()) for run in runs) == len(SAMPLE)  # a glyph a character
    # what the interface's font lacks (the emoji, ₼), and only that, comes from Symbola
    own = QRawFont.fromFont(label.font())
    lacking = [c for c in SAMPLE if not own.supportsCharacter(ord(c))]
    assert "📞" in lacking and "ő" not in lacking
    symbola = [run for run in runs if run.rawFont().familyName() == "Symbola"]
    assert sum(len(run.glyphIndexes()) for run in symbola) == len(lacking)


def test_installing_twice_adds_the_font_once() -> None:
    assert install_fonts() == install_fonts() == ("Symbola",)
