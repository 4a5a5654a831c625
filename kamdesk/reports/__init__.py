"""Plain records in, PDF out (reportlab). No Session, no Qt."""

from kamdesk.paths import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
# symbols and emoji as outlines, for what DejaVu lacks: in the PDFs (reports.glyphs chooses it
# per character) and in the interface (ui.fonts adds it to Qt's fallback)
SYMBOLS_FILE = FONTS_DIR / "Symbola.ttf"
