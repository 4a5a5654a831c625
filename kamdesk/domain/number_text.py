"""Numbers written and read in one locale's notation, exactly (the interface's half).

A locale is given by its two separators: the group separator ("," in English, "." in Italian
and Azerbaijani, a no-break space in Russian and Hungarian) and the decimal point. Writing keeps
every digit of the Decimal (or rounds half-up to fixed places, like formatting.grouped); reading
accepts what the locale writes ("1.234,50" in Italian) and the plain form ("1234.50"), and
refuses, rather than guesses, text the two would read differently ("1.500" in Italian: 1500 the
Italian way, 1.5 the plain way).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kamdesk.domain.formatting import grouped
from kamdesk.domain.money import AmountError, parse_decimal

SPACES = " \u00a0\u202f\u2009"  # what a space-grouping locale's groups may be typed with
MINUS = "\u2212"  # the minus sign some locales write
_PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")


def _space_like(separator: str) -> bool:
    return separator in SPACES


def _normal(text: str, group: str) -> str:
    """Trimmed, one kind of space for a space-grouping locale, a true minus as "-"."""
    text = text.strip().replace(MINUS, "-")
    if _space_like(group):
        for space in SPACES:
            text = text.replace(space, " ")
    return text


def _local_pattern(group: str, point: str) -> re.Pattern[str]:
    g = " " if _space_like(group) else re.escape(group)
    return re.compile(rf"^[+-]?(\d{{1,3}}({g}\d{{3}})+|\d+)({re.escape(point)}\d+)?$")


def local_reading(text: str, group: str, point: str) -> Decimal | None:
    """`text` as the locale writes numbers, or None when it is not written that way."""
    s = _normal(text, group)
    if not _local_pattern(group, point).match(s):
        return None
    g = " " if _space_like(group) else group
    return Decimal(s.replace(g, "").replace(point, "."))


def read_number(text: str, group: str, point: str) -> Decimal:
    """What a person typed, in the locale's notation or the plain form, as an exact Decimal.

    Text in neither form goes to money.parse_decimal, which reads the other usual notations
    ("1,234.50" typed in Russian) and refuses ambiguous ones. AmountError with "ambiguous" in
    its message when the locale's reading and the plain one disagree."""
    local = local_reading(text, group, point)
    if local is None:
        return parse_decimal(text)
    plain_text = text.strip()
    if _PLAIN.match(plain_text) and Decimal(plain_text) != local:
        raise AmountError(
            f"ambiguous: {text!r} reads {local} in this locale's notation and "
            f"{Decimal(plain_text)} in the plain one"
        )
    return local


def _group_digits(digits: str, group: str) -> str:
    """'1234567' -> '1 234 567' with `group` between the thousands."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return group.join(parts)


def write_exact(
    value: Decimal, group: str, point: str, *, min_places: int = 0, grouping: bool = True
) -> str:
    """Every digit of `value` (trailing zeros beyond `min_places` dropped) in the locale's
    notation: 1234.5 -> "1 234,50" with min_places=2; read_number gives the value back."""
    text = format(value, "f")
    negative = text.startswith("-") and value != 0
    whole, _, fraction = text.lstrip("+-").partition(".")
    fraction = fraction.rstrip("0").ljust(min_places, "0")
    whole = whole.lstrip("0") or "0"
    if grouping:
        whole = _group_digits(whole, group)
    return ("-" if negative else "") + whole + (point + fraction if fraction else "")


def write_fixed(value: Decimal, group: str, point: str, places: int = 2) -> str:
    """Rounded half-up to `places` in the locale's notation: formatting.grouped's rounding."""
    return grouped(value, places=places, group=group, point=point)
