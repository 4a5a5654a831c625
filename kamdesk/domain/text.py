"""Text rules shared by search and sorting."""

from __future__ import annotations

import re
import unicodedata

# Letters with no Unicode decomposition that sort with a Latin base letter.
_BASE_LETTERS = str.maketrans({"ə": "e", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss"})
_QUOTES = "\"'«»„“”‘’`"
# Legal forms written before the name; the name itself decides where it sorts.
_PREFIX_FORMS = frozenset({"ооо", "оао", "зао", "пао", "ао", "ип", "тоо", "чп", "uab", "sia"})


def sort_key(name: str) -> str:
    """A key that sorts names as people expect across scripts.

    Case-folded, with quotes and a legal form at the start ignored so «ООО "Альфа"» sorts
    under А. Letters sort by their base letter first (Ş with S, ő with o, ё with е); the accents
    only break ties.
    """
    s = unicodedata.normalize("NFKD", name).casefold()
    s = "".join(ch for ch in s if ch not in _QUOTES)
    words = s.split()
    if len(words) > 1 and words[0] in _PREFIX_FORMS:
        words = words[1:]
    full = " ".join(words)
    base = "".join(ch for ch in full if not unicodedata.combining(ch)).translate(_BASE_LETTERS)
    return f"{base}\x00{full}"


_ACCENTS = re.compile("[\u0300-\u036f]")  # combining marks left by NFKD
_SEARCH_BASE = (("ə", "e"), ("ı", "i"), ("ø", "o"), ("ł", "l"), ("đ", "d"))


def search_fold(text: str) -> str:
    """Text as a search compares it: case and accents ignored (Győr ~ gyor, Ёлка ~ елка), for
    matching typed words anywhere in short texts (SKUs, product names). Quick: it runs over a
    whole catalogue per keystroke."""
    if text.isascii():
        return text.lower()
    folded = _ACCENTS.sub("", unicodedata.normalize("NFKD", text).casefold())
    for letter, base in _SEARCH_BASE:
        if letter in folded:
            folded = folded.replace(letter, base)
    return folded


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 prefix query; None when nothing is searchable."""
    # Each typed word becomes a quoted FTS5 phrase (so "CL-00003" is the tokens cl, 00003 in a
    # row) whose last token matches as a prefix.
    terms = [
        '"' + raw.replace('"', '""') + '"*'
        for raw in text.split()
        if any(ch.isalnum() for ch in raw)
    ]
    return " ".join(terms) if terms else None


def count_of(n: int, singular: str, plural: str | None = None) -> str:
    """'1 invoice', '3 invoices', '0 invoices' ('clash' -> 'clashes' with plural given)."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
