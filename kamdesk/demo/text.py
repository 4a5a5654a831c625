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


def kz_bin(body: str) -> str:
    """A Kazakh БИН/ИИН of 11 digits with its check digit (weights 1..11, then 3..11, 1, 2; a
    body whose check is 10 both ways is moved to the next number)."""
    while True:
        check = weighted_sum(body, tuple(range(1, 12))) % 11
        if check == 10:
            check = weighted_sum(body, (*range(3, 12), 1, 2)) % 11
        if check < 10:
            return body + str(check)
        body = f"{int(body) + 1:011d}"


def mod_7_1_3(digits: str) -> int:
    """The Russian account key sum (weights 7, 1, 3 repeated) modulo 10."""
    return sum(int(ch) * (7, 1, 3)[i % 3] for i, ch in enumerate(digits)) % 10


def ru_account(bik: str, body: str, *, corr: bool = False) -> str:
    """A 20-digit Russian account (position 9 the key) valid against its bank's БИК: a
    settlement account with the БИК's last three digits, a correspondent one with '0' and the
    БИК's fifth and sixth."""
    prefix = "0" + bik[4:6] if corr else bik[-3:]
    zeroed = body[:8] + "0" + body[9:]
    key = mod_7_1_3(prefix + zeroed) * 3 % 10
    return body[:8] + str(key) + body[9:]


def giro_digit(body: str) -> str:
    """The Hungarian giro check digit (weights 9, 7, 3, 1)."""
    return str(-sum(int(ch) * (9, 7, 3, 1)[i % 4] for i, ch in enumerate(body)) % 10)
