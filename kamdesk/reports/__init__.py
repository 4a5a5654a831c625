"""Plain records in, PDF out (reportlab). No Session, no Qt."""

from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
