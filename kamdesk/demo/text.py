"""Text helpers for generated names: ASCII slugs and check digits."""

from __future__ import annotations

import unicodedata

# --- text helpers ---------------------------------------------------------------------------------

_TRANSLIT = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщыэюя", _TRANSLIT.split(), strict=True))
_CYRILLIC.update({"ъ": "", "ь": "", "-": " "})
_LATIN_EXTRA = {"ə": "e", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae"}


def slugify(text: str, *, sep: str = "-") -> str:
    """ASCII for web addresses and e-mail: transliterated, lower case, words joined by sep."""
    out: list[str] = []
    for ch in text.lower():
        out.append(_CYRILLIC.get(ch, _LATIN_EXTRA.get(ch, ch)))
    ascii_text = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    words = ["".join(ch for ch in w if ch.isalnum()) for w in ascii_text.split()]
    return sep.join(w for w in words if w)


def weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(ch) for w, ch in zip(weights, digits, strict=True))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)
