"""The languages kamdesk writes documents in, each named in itself (a document's language is
not the interface's). Its own module: the command line's --lang choices need no more of the
documents' domain before a window paints."""

from __future__ import annotations

LANGUAGES = ("en", "ru", "hu", "it", "az")
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "hu": "Magyar",
    "it": "Italiano",
    "az": "Azərbaycanca",
}
