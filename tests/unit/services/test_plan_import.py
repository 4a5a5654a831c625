"""Sales plans from a spreadsheet: checked whole, written all or nothing; an exported grid
imports back unchanged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kamdesk.db import Database
from kamdesk.domain.plans import NEW_CLIENTS
from kamdesk.errors import UserError
from kamdesk.services.plans.grid import read_grid, set_plan
from kamdesk.services.plans.plan_import import (
    apply_plan_import,
    export_grid,
    import_plans,
)
from kamdesk.services.prices.price_import import read_sheet
from tests.factories import add_client

TODAY = date(2026, 11, 15)


def plans(db: Database) -> list[tuple[str | None, str, str, int, str | None]]:
    """Every plan row: client, month, amount, revision, deleted_at (whether a tombstone)."""
    with db.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT client_id, period_start, amount, revision, deleted_at IS NOT NULL "
            "FROM sales_plan ORDER BY id"
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def clients(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        a = add_client(s, "Alföld Kft.", tax_id="12345678-2-13", currency="HUF")
        b = add_client(s, "ООО «Север»", tax_id="7701234567")
        set_plan(s, a.id, date(2026, 1, 1), Decimal("100"))
        set_plan(s, b.id, date(2026, 2, 1), Decimal("200"))
        return {"a": a.id, "b": b.id}


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_sheet_sets_and_removes_months(
    db: Database, clients: dict[str, str], tmp_path: Path
) -> None:
    sheet = read_sheet(
        write_csv(
            tmp_path / "plans.csv",
            "client;month;amount\n"
            "Alföld Kft.;2026-01;100\n"  # as it is
            "7701234567;2026-02;0\n"  # removed
            f"{clients['a']};2026-03;1 500,50\n"
            "New clients;2026-03;2000\n",
        )
    )
    with db.reading() as s:
        dry = import_plans(s, sheet, write=False)
    assert dry.summary() == "2 monthly plans to set, 1 to remove (1 unchanged)"
    assert [(c.client, c.month.month, c.old, c.new) for c in dry.changes] == [
        ("ООО «Север»", 2, Decimal("200.00"), None),
        ("Alföld Kft.", 3, None, Decimal("1500.50")),
        (NEW_CLIENTS, 3, None, Decimal("2000.00")),
    ]
    assert [c.currency for c in dry.changes] == ["EUR", "HUF", "EUR"]
    with db.unit_of_work() as s:
        import_plans(s, sheet)
    with db.reading() as s:
        grid = read_grid(s, 2026, TODAY)
    # Север has no plan left (nor is it a key client): it leaves the grid
    assert [(r.name, r.year) for r in grid.rows] == [("Alföld Kft.", Decimal("1600.50"))]
    assert grid.new_clients.months[2] == Decimal("2000.00")


def test_a_sheet_with_any_bad_row_writes_nothing_and_says_every_problem(
    db: Database, clients: dict[str, str], tmp_path: Path
) -> None:
    before = plans(db)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Client", "2026-01", "2026-02", "Q1"],
        ["Alföld Kft.", 300, None, 300],  # good
        ["Nobody Ltd.", 10, 10, 20],
        ["ООО «Север»", "ten", -1, None],
    ):
        sheet.append(row)
    book.save(tmp_path / "plans.xlsx")
    with db.unit_of_work() as s:
        result = import_plans(s, read_sheet(tmp_path / "plans.xlsx"))
        with pytest.raises(UserError, match="Nothing was imported: 3 problem"):
            apply_plan_import(s, result)
    assert result.layout == "wide" and result.bad_rows == 2 and result.changes == ()
    assert [p.line() for p in result.problems] == [
        "row 3, client: no client has the name, id or tax id 'Nobody Ltd.'",
        "row 4, 2026-01: 'ten' is not an amount: type a number such as 125000 or 125000.50.",
        "row 4, 2026-02: A plan cannot be negative (-1): type 0 or leave the cell empty for no "
        "plan.",
    ]
    assert plans(db) == before


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    names=st.lists(
        st.text(
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
            min_size=1,
            max_size=12,
        ).filter(str.strip),
        min_size=1,
        max_size=5,
    ),
    cells=st.lists(
        st.tuples(
            st.integers(0, 5),  # 5: new clients
            st.integers(1, 12),
            st.decimals(min_value=1, max_value=10**10, places=2),
        ),
        max_size=20,
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_an_exported_grid_imports_back_unchanged(
    db: Database,
    tmp_path: Path,
    names: list[str],
    cells: list[tuple[int, int, Decimal]],
    suffix: str,
) -> None:
    with db.unit_of_work() as s:
        s.connection().exec_driver_sql("DELETE FROM sales_plan")
        s.connection().exec_driver_sql("DELETE FROM client_kam")
        s.connection().exec_driver_sql("DELETE FROM client")
        ids = [
            add_client(s, name, tax_id=["", "111", "222"][n % 3]).id for n, name in enumerate(names)
        ]
        for who, month, amount in cells:
            client = None if who >= len(ids) else ids[who]
            set_plan(s, client, date(2026, month, 1), amount)
    before = plans(db)
    with db.reading() as s:
        path = export_grid(s, read_grid(s, 2026, TODAY), tmp_path / f"grid{suffix}")
    with db.unit_of_work() as s:
        result = import_plans(s, read_sheet(path))
    assert result.problems == () and result.changes == ()
    assert result.unchanged == sum(1 for row in before if not row[4])
    assert plans(db) == before
