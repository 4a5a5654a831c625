"""A database passphrase: what a new one must be, and a rough strength for the hint beside the
field (#15 item 7). There is no way back into an encrypted file without it, so the hint is
only advice; the rules are a minimum length, the two entries equal, and no NUL character
(SQLCipher's key is a C string)."""

from __future__ import annotations

import math
from enum import Enum

from kamdesk.messages import _, ngettext

MIN_LENGTH = 8
# bits of a guessing attacker's work, roughly: below WEAK_BITS a passphrase is weak
WEAK_BITS = 50
STRONG_BITS = 80


class Strength(Enum):
    TOO_SHORT = "too short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def _pool(text: str) -> int:
    """How many characters each position could be, from the kinds it uses."""
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(c.isascii() and not c.isalnum() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return pool


def effective_length(text: str) -> float:
    """Characters that add to guessing: a repeat of the one before or the next of a run
    (aaa, abc, 123, cba) counts a quarter."""
    total = 0.0
    for i, c in enumerate(text):
        if i == 0:
            total += 1
            continue
        step = ord(c) - ord(text[i - 1])
        total += 0.25 if step in (-1, 0, 1) else 1.0
    return total


def estimate_bits(text: str) -> float:
    """A rough guessing cost in bits: effective length times bits per character."""
    pool = _pool(text)
    if pool == 0:
        return 0.0
    return effective_length(text) * math.log2(pool)


def strength(text: str) -> Strength:
    if len(text) < MIN_LENGTH:
        return Strength.TOO_SHORT
    bits = estimate_bits(text)
    if bits < WEAK_BITS:
        return Strength.WEAK
    return Strength.FAIR if bits < STRONG_BITS else Strength.STRONG


def new_passphrase_problems(new: str, repeated: str) -> dict[str, str]:
    """What is wrong with a new passphrase as typed twice, by field ('new', 'repeat')."""
    found: dict[str, str] = {}
    if "\x00" in new:
        found["new"] = _("The passphrase must not contain a NUL character.")
    elif len(new) < MIN_LENGTH:
        found["new"] = ngettext(
            "Use at least {n} character.", "Use at least {n} characters.", MIN_LENGTH
        ).format(n=MIN_LENGTH)
    elif new != repeated:
        found["repeat"] = _("The two passphrases differ.")
    return found
