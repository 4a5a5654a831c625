"""A country box that names the countries ("Russia (RU)", «Россия (RU)») in the interface's
language and gives back the two-letter code; a code typed by hand is taken as it is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from babel import Locale
from PySide6.QtWidgets import QComboBox

from kamdesk.ui.i18n import shown_language

_CODE = re.compile(r"\(([A-Za-z]{2})\)\s*$")


def country_label(code: str) -> str:
    """ "Russia (RU)" in English, «Россия (RU)» in Russian; an unknown code as it is."""
    name = Locale.parse(shown_language()).territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code


def country_code(text: str) -> str:
    """The code of what the box shows: "Russia (RU)" -> "RU", " ru " -> "RU"."""
    found = _CODE.search(text)
    return (found.group(1) if found else text).strip().upper()


def fill_countries(box: QComboBox, codes: Sequence[str], current: str) -> None:
    """Offer the countries by name; show `current` (a code) by its name."""
    box.setEditable(True)
    for code in codes:
        box.addItem(country_label(code) if code else "", code)
    index = box.findData(current.strip().upper())
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(current)
