"""Text rules shared by search and sorting."""

from __future__ import annotations

import unicodedata

_QUOTES = "\"'«»„“”‘’`"
# Legal forms written before the name; the name itself decides where it sorts.
_PREFIX_FORMS = frozenset({"ооо", "оао", "зао", "пао", "ао", "ип", "тоо", "чп", "uab", "sia"})


def sort_key(name: str) -> str:
    """A key that sorts names as people expect across scripts.

    Case-folded, with quotes and legal-form noise at the start ignored so «ООО "Альфа"» sorts
    under А, and accents kept as secondary (ő after o) by decomposing them.
    """
    s = unicodedata.normalize("NFKD", name).casefold()
    s = "".join(ch for ch in s if ch not in _QUOTES)
    words = s.split()
    if len(words) > 1 and words[0] in _PREFIX_FORMS:
        words = words[1:]
    return " ".join(words)


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
