"""Plain records in, PDF out (reportlab). No Session, no Qt."""

from kamdesk.paths import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
