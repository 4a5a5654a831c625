"""Renders resources/icons/kamdesk.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing the SVG: `python scripts/app_icon.py` (Qt's SVG renderer and Pillow only).
"""

from __future__ import annotations

import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "kamdesk.svg"))
    pngs = []
    for size in (*SIZES, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"kamdesk-{size}.png"
        image.save(str(path))
        pngs.append(path)
    biggest = Image.open(ICONS / "kamdesk-512.png")
    biggest.save(ICONS / "kamdesk.ico", sizes=[(s, s) for s in SIZES])
    biggest.save(ICONS / "kamdesk.icns")
    (ICONS / "kamdesk-512.png").unlink()  # only the .icns's source
    del app


if __name__ == "__main__":
    main()
