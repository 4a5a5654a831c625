"""A spreadsheet of sales plans: both layouts, clients by id, tax id or name, every bad row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.plan_sheet import ClientDirectory, check_plan_sheet
from kamdesk.domain.plans import NEW_CLIENTS, PlanError

CLIENTS = ClientDirectory(
    [
        ("id-1", "Alföld Kft.", "12345678-2-13"),
        ("id-2", "ООО «Север»", "7701234567"),
        ("id-3", "Twin S.r.l.", "IT001"),
        ("id-4", "Twin S.r.l.", "IT002"),
    ]
)


def problems(check) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(p.row_number, p.column, p.message) for p in check.problems]


def test_a_client_is_found_by_id_tax_id_or_name() -> None:
    assert CLIENTS.find("id-2") == "id-2"
    assert CLIENTS.find(" 1234 5678-2-13 ") == "id-1"  # spaces in a tax id do not matter
    assert CLIENTS.find("alföld  KFT.") == "id-1"
    assert CLIENTS.find("IT002") == "id-4"
    assert CLIENTS.find("new clients") is None
    for text, words in (("Twin S.r.l.", "2 clients are named"), ("Nobody", "no client"),
                        ("", "missing")):  # fmt: skip
        with pytest.raises(PlanError, match=words):
            CLIENTS.find(text)
    # a sheet names a client so that it is found again: by name, else by id
    assert [CLIENTS.label(c) for c in ("id-1", "id-3", None)] == [
        "Alföld Kft.",
        "id-3",
        NEW_CLIENTS,
    ]


def test_the_long_layout_reads_one_month_a_row() -> None:
    check = check_plan_sheet(
        ["Client", " Month ", "AMOUNT"],
        [
            ["Alföld Kft.", "2026-01", "12 500,50"],
            ["7701234567", "2026-02", 3000],
            [],
            ["New clients", "2026-03-01 00:00:00", 0.0],
        ],
        CLIENTS,
    )
    assert check.layout == "long" and not check.problems
    assert [(c.row_number, c.client_id, c.month, c.amount) for c in check.cells] == [
        (2, "id-1", date(2026, 1, 1), Decimal("12500.50")),
        (3, "id-2", date(2026, 2, 1), Decimal("3000.00")),
        (5, None, date(2026, 3, 1), None),  # 0 removes the plan
    ]


def test_the_wide_layout_reads_a_client_a_row_and_leaves_empty_cells_alone() -> None:
    check = check_plan_sheet(
        ["client", "2026-01", "2026-02", "2026-03", "Q1", "Year"],
        [["id-3", "100", "", "0", "999", "999"], ["Alföld Kft.", None, 2.5, None, "", ""]],
        CLIENTS,
    )
    assert check.layout == "wide" and not check.problems
    assert [(c.client_id, c.month.month, c.amount) for c in check.cells] == [
        ("id-3", 1, Decimal("100.00")),
        ("id-3", 3, None),
        ("id-1", 2, Decimal("2.50")),
    ]


def test_every_bad_row_is_listed_and_none_is_read() -> None:
    check = check_plan_sheet(
        ["client", "month", "amount"],
        [
            ["Nobody", "2026-01", "10"],
            ["Alföld Kft.", "2026-13", "-5"],
            ["Alföld Kft.", "2026-02", ""],
            ["Twin S.r.l.", "2026-02", "10"],
            ["id-2", "2026-04", "10"],
            ["ООО «Север»", "2026-04", "20"],
            ["id-2", "2026-05", "12", "50"],
        ],
        CLIENTS,
    )
    assert check.cells == ()
    found = problems(check)
    assert [(row, column) for row, column, _m in found] == [
        (2, "client"),
        (3, "month"),
        (3, "amount"),
        (4, "amount"),
        (5, "client"),
        (7, "client"),
        (8, ""),
    ]
    assert "no client" in found[0][2] and "01 to 12" in found[1][2]
    assert "negative" in found[2][2] and "missing" in found[3][2]
    assert "also in row 6" in found[5][2] and "decimal comma" in found[6][2]


def test_a_header_neither_layout_knows_is_refused_with_the_layouts() -> None:
    for headers in (["client", "month"], ["name", "2026-01"], ["client", "Jan"], ["client"], []):
        check = check_plan_sheet(headers, [["Alföld Kft.", "10"]], CLIENTS)
        assert check.cells == () and check.problems, headers
        assert all(p.row_number == 1 for p in check.problems)
        assert any("client, month, amount" in p.message for p in check.problems)
    twice = check_plan_sheet(["client", "2026-01", "2026-1"], [], CLIENTS)
    assert "appears twice" in twice.problems[0].message


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["id-1", "id-2", "id-3", "id-4", None]),
            st.integers(1, 12),
            st.decimals(min_value=0, max_value=10**10, places=2),
        ),
        max_size=30,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_a_long_sheet_written_from_plans_reads_back_as_them(
    plans: list[tuple[str | None, int, Decimal]],
) -> None:
    rows = [[CLIENTS.label(c), f"2026-{m:02d}", format(a, "f")] for c, m, a in plans]
    check = check_plan_sheet(["client", "month", "amount"], rows, CLIENTS)
    assert not check.problems
    assert [(c.client_id, c.month.month, c.amount) for c in check.cells] == [
        (c, m, None if a == 0 else a) for c, m, a in plans
    ]
