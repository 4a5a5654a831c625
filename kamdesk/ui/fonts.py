"""The bundled symbol font added to Qt's font fallback, so the interface and the PDFs share it.

Qt draws a character its font lacks in another font that has it (fontconfig on Linux, the
system's list on Windows and macOS). A Linux laptop with few fonts (DejaVu alone, say) has no
emoji at all and shows 📞 ✅ as boxes; a font added to the application joins fontconfig's
choice there. On Windows and macOS the system's colour emoji font is found first, as before.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtGui import QFontDatabase

from kamdesk.reports import SYMBOLS_FILE

log = logging.getLogger(__name__)


@functools.cache
def install_fonts() -> tuple[str, ...]:
    """Add the symbol font to this application's fonts (once per process) and return the
    families added. A missing or unreadable file is logged and the interface goes on
    without it."""
    font_id = QFontDatabase.addApplicationFont(str(SYMBOLS_FILE))
    if font_id < 0:
        log.warning("the symbol font %s could not be loaded", SYMBOLS_FILE)
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))
