"""A new database passphrase's rules and its rough strength (kamdesk.domain.passphrase)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.passphrase import (
    MIN_LENGTH,
    Strength,
    estimate_bits,
    new_passphrase_problems,
    strength,
)


def test_strengths_of_examples() -> None:
    assert strength("abc") is Strength.TOO_SHORT
    assert strength("aaaaaaaaaaaa") is Strength.WEAK
    assert strength("abcdefgh12345678") is Strength.WEAK  # runs count little
    assert strength("password1") is Strength.WEAK
    assert strength("Tr0ub4dour&3") is Strength.FAIR  # xkcd 936: its symbols are predictable
    assert strength("correct horse battery staple") is Strength.STRONG
    assert strength("жёлтый чемодан у окна") is Strength.STRONG


def test_problems_of_a_new_passphrase() -> None:
    assert new_passphrase_problems("short", "short") == {"new": "Use at least 8 characters."}
    assert new_passphrase_problems("long enough", "long enougH") == {
        "repeat": "The two passphrases differ."
    }
    assert new_passphrase_problems("with\x00nul inside", "with\x00nul inside") == {
        "new": "The passphrase must not contain a NUL character."
    }
    assert new_passphrase_problems("long enough", "long enough") == {}


@given(st.text(max_size=40), st.characters())
def test_a_character_more_never_makes_it_weaker(text: str, extra: str) -> None:
    assert estimate_bits(text + extra) >= estimate_bits(text) >= 0


@given(st.text(max_size=MIN_LENGTH - 1))
def test_shorter_than_the_minimum_is_too_short(text: str) -> None:
    assert strength(text) is Strength.TOO_SHORT
    assert "new" in new_passphrase_problems(text, text)
