"""The documented limits and what is said when one is passed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain import limits
from kamdesk.domain.limits import LimitExceeded, ZipPart

MB = 1024 * 1024


def test_the_documented_numbers() -> None:
    assert limits.MAX_IMPORT_ROWS == 100_000
    assert limits.MAX_CELL_CHARS == 32_767  # Excel's own
    assert limits.MAX_UNZIPPED_BYTES == 100 * MB
    assert limits.MAX_COMPRESSION_RATIO == 100
    assert limits.text_limit(multiline=False) == limits.MAX_LINE_CHARS == 500
    assert limits.text_limit(multiline=True) == limits.MAX_TEXT_CHARS == 20_000


def test_a_zip_bomb_part_is_named_with_its_ratio() -> None:
    parts = [
        ZipPart("xl/workbook.xml", 900, 400),
        ZipPart("xl/worksheets/sheet1.xml", 372 * MB, MB + MB // 3),
    ]
    with pytest.raises(LimitExceeded) as refused:
        limits.check_zip("prices.xlsx", parts)
    assert str(refused.value) == (
        "prices.xlsx is refused: its part xl/worksheets/sheet1.xml unzips to 372 MB from 1.3 MB "
        "(279:1), more than the 100:1 a real workbook is compressed. It is not an Excel workbook "
        "kamdesk can read safely."
    )


def test_small_parts_may_compress_well_and_a_real_sheet_passes() -> None:
    limits.check_zip("a.xlsx", [ZipPart("xl/styles.xml", MB, 1000)])  # 1 MB at 1000:1
    limits.check_zip("a.xlsx", [ZipPart("xl/worksheets/sheet1.xml", 30 * MB, 3 * MB)])


def test_the_unzipped_total_is_bounded() -> None:
    parts = [ZipPart(f"xl/worksheets/sheet{n}.xml", 40 * MB, 4 * MB) for n in range(3)]
    with pytest.raises(LimitExceeded, match="it unzips to 120 MB, more than the 100 MB"):
        limits.check_zip("big.xlsx", parts)


@given(
    st.lists(
        st.tuples(st.integers(0, 200 * MB), st.integers(0, 10 * MB)).map(
            lambda t: ZipPart("part", *t)
        ),
        max_size=6,
    )
)
def test_check_zip_refuses_exactly_what_the_limits_say(parts: list[ZipPart]) -> None:
    over_ratio = any(
        p.size > limits.RATIO_FLOOR_BYTES and p.size > 100 * max(p.compressed, 1) for p in parts
    )
    over_total = sum(p.size for p in parts) > limits.MAX_UNZIPPED_BYTES
    try:
        limits.check_zip("f.xlsx", parts)
    except LimitExceeded:
        assert over_ratio or over_total
    else:
        assert not (over_ratio or over_total)


def test_rows_and_file_size() -> None:
    limits.check_rows("a.csv", 100_000)
    with pytest.raises(LimitExceeded, match="more than 100,000 rows"):
        limits.check_rows("a.csv", 100_001)
    limits.check_file_size("a.csv", 100 * MB)
    with pytest.raises(LimitExceeded, match=r"a\.csv is refused: it holds 101 MB"):
        limits.check_file_size("a.csv", 101 * MB)


def test_cells_and_fields() -> None:
    limits.check_cell("a.csv", 3, 4, "x" * 32_767)
    with pytest.raises(LimitExceeded) as refused:
        limits.check_cell("a.csv", 3, 4, "x" * 32_768)
    assert str(refused.value) == (
        "a.csv is refused: the cell in row 3, column 5 holds 32,768 characters, more than "
        "the 32,767 a spreadsheet cell can hold."
    )
    assert limits.length_problem("Notes", "x" * 20_000, 20_000) == ""
    assert limits.length_problem("Notes", "x" * 20_412, 20_000) == (
        "Notes: 20,412 characters, more than the 20,000 it can hold."
    )


@given(st.integers(0, 60_000))
def test_the_counter_shows_from_ninety_percent(length: int) -> None:
    shown = limits.counter(length, 20_000)
    assert bool(shown) == (length >= 18_000)
    if shown:
        assert shown == f"{limits.count(length)} / 20\u202f000"
