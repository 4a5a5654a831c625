"""Number series: PREFIX-YEAR-[SERIES-]SEQUENCE and the replica's series code."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.numbering import (
    SERIES_MAX,
    format_number,
    normalize_series,
    number_stem,
    sequence_of,
    series_from_id,
)


def test_a_series_goes_between_the_year_and_the_sequence() -> None:
    assert format_number(number_stem("SO", 2026, "AM"), 1, 6) == "SO-2026-AM-000001"
    assert format_number(number_stem("KP", 2026, "AM"), 12, 4) == "KP-2026-AM-0012"
    assert format_number(number_stem("SO", 2026, ""), 501, 6) == "SO-2026-000501"


def test_the_sequence_is_read_within_its_own_series_only() -> None:
    stem = number_stem("SO", 2026, "")
    assert sequence_of("SO-2026-000501/2", stem) == 501
    assert sequence_of("SO-2026-AM-000001", stem) is None
    assert sequence_of("SO-2026-AM-000007", number_stem("SO", 2026, "AM")) == 7


@pytest.mark.parametrize("wrong", ["", "1A", "A-M", "A M", "ABCDEFG", "ÁM"])
def test_a_series_code_is_letters_and_digits_starting_with_a_letter(wrong: str) -> None:
    with pytest.raises(ValueError, match="series code"):
        normalize_series(wrong)


@given(st.uuids())
def test_the_default_series_is_a_valid_code_stable_for_its_id(rid: uuid.UUID) -> None:
    code = series_from_id(str(rid))
    assert normalize_series(code) == code and len(code) <= SERIES_MAX
    assert series_from_id(str(rid)) == code
