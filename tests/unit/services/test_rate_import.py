"""Exchange rates from a sheet (`import-sheet --kind rates`) and typed in Settings: all or
nothing, each bad row named with its number (issue 13)."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.cli import main
from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.fx import Quote
from kamdesk.domain.money import CURRENCIES
from kamdesk.services.company import InvalidFields, save_company
from kamdesk.services.prices.price_import import Sheet, read_sheet
from kamdesk.services.prices.rate_import import import_rates, plan_rate_import
from kamdesk.services.prices.rates import delete_rate, list_rates, rate_book, save_rate

D = Decimal
HEADERS = ("date", "currency", "rate", "source")
FOREIGN = [c for c in CURRENCIES if c != "HUF"]


def _sheet(rows: list[tuple[str, ...]], headers: tuple[str, ...] = HEADERS) -> Sheet:
    return Sheet("rates.csv", headers, tuple(rows))


@pytest.fixture
def hungarian(db: Database) -> Database:
    with db.unit_of_work() as s:
        save_company(
            s,
            CompanyProfile(
                legal_name="Kontinent Kft.",
                tax_id="12345676",
                country="HU",
                default_currency="EUR",
                reporting_currency="HUF",
            ),
        )
    return db


quotes = st.lists(
    st.builds(
        Quote,
        st.sampled_from(FOREIGN),
        st.dates(date(2000, 1, 1), date(2099, 12, 31)),
        st.decimals(min_value=D("0.000001"), max_value=D("999999"), places=6),
        st.sampled_from(["", "MNB", "ЦБ РФ", "contract 7/2026"]),
    ),
    max_size=12,
    unique_by=lambda q: (q.currency, q.day),
)


@given(quotes, st.booleans())
def test_any_valid_sheet_round_trips(found: list[Quote], dotted: bool) -> None:
    rows = [
        (
            q.day.strftime("%d.%m.%Y") if dotted else q.day.isoformat(),
            q.currency.lower() if dotted else q.currency,
            format(q.rate, "f"),
            q.source,
        )
        for q in found
    ]
    with tempfile.TemporaryDirectory() as folder:  # through a real file, as the command reads it
        path = Path(folder) / "rates.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=";" if dotted else ",").writerows([HEADERS, *rows])
        plan = plan_rate_import(read_sheet(path), "HUF")
    if not found:
        assert plan.problems and not plan.quotes
        return
    assert not plan.problems
    assert sorted(plan.quotes, key=repr) == sorted(found, key=repr)


@given(
    st.sampled_from(["2026-02-30", "30/11/2026", "tomorrow", "", "31.04.2026"]),
    st.sampled_from(["0", "-1.5", "abc", "1e12", ""]),
    st.integers(min_value=0, max_value=4),
)
def test_a_bad_date_or_rate_is_refused_with_its_row(bad_day: str, bad_rate: str, at: int) -> None:
    rows = [(f"2026-11-{10 + i}", "EUR", "386.12", "MNB") for i in range(5)]
    rows[at] = (bad_day, "EUR", "386.12", "")
    plan = plan_rate_import(_sheet(rows), "HUF")
    assert {(p.row_number, p.column) for p in plan.problems} == {(at + 2, "date")}
    rows[at] = ("2026-11-30", "EUR", bad_rate, "")
    plan = plan_rate_import(_sheet(rows), "HUF")
    assert {(p.row_number, p.column) for p in plan.problems} == {(at + 2, "rate")}
    assert f"row {at + 2}, rate" in plan.problems[0].line()


def test_currencies_headers_and_duplicates() -> None:
    rows = [
        ("2026-11-30", "HUF", "1", ""),
        ("2026-11-30", "XYZ", "1", ""),
        ("2026-11-30", "RUB", "4.02", ""),
        ("2026-11-30", "RUB", "4.03", ""),
    ]
    problems = plan_rate_import(_sheet(rows), "HUF").problems
    assert [(p.row_number, p.column) for p in problems] == [
        (2, "currency"),
        (3, "currency"),
        (5, "date"),
    ]
    assert "reporting currency" in problems[0].message
    assert "also row 4" in problems[2].message
    missing = plan_rate_import(_sheet([], ("day", "currency", "rate")), "HUF").problems
    assert {p.column for p in missing} >= {"day", "date"}


def test_a_sheet_is_recorded_whole_or_not_at_all(hungarian: Database, tmp_path: Path) -> None:
    good = tmp_path / "rates.csv"
    good.write_text(
        "date,currency,rate,source\n2026-11-30,EUR,386.12,MNB\n30.11.2026,RUB,4.0213,MNB\n"
    )
    with hungarian.unit_of_work() as s:
        plan = import_rates(s, read_sheet(good))
    assert plan.summary() == "2 exchange rates to record (EUR, RUB)"
    with hungarian.reading() as s:
        assert rate_book(s).to_reporting(D("10.00"), "RUB", date(2026, 12, 1)) == D("40.21")
        before = list_rates(s)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,currency,rate,source\n2026-12-01,EUR,390,MNB\n2026-12-01,USD,0,MNB\n")
    with hungarian.unit_of_work() as s:
        plan = import_rates(s, read_sheet(bad))
    assert [p.line() for p in plan.problems] == ["row 3, rate: A rate is more than 0."]
    with hungarian.reading() as s:
        assert list_rates(s) == before


def test_rates_typed_in_settings(hungarian: Database) -> None:
    with hungarian.unit_of_work() as s:
        with pytest.raises(InvalidFields) as refused:
            save_rate(s, "HUF", date(2026, 11, 30), D("0"))
        assert set(refused.value.problems) == {"currency", "rate"}
        first = save_rate(s, "EUR", date(2026, 11, 30), D("386.12"), "MNB")
        moved = save_rate(s, "EUR", date(2026, 11, 29), D("386.10"), "MNB", rate_id=first)
        save_rate(s, "RUB", date(2026, 11, 30), D("4.02"))
    with hungarian.reading() as s:
        shown = [(r.currency, r.day, r.rate) for r in list_rates(s)]
    assert shown == [
        ("EUR", date(2026, 11, 29), D("386.10")),
        ("RUB", date(2026, 11, 30), D("4.02")),
    ]
    with hungarian.unit_of_work() as s:
        delete_rate(s, moved)
    with hungarian.reading() as s:
        assert [r.currency for r in list_rates(s)] == ["RUB"]


@pytest.mark.sqlite_only("the command line opens a laptop's file")
def test_the_command(
    hungarian: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hungarian.path
    hungarian.close()
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerows([HEADERS, ("2026-11-30", "EUR", "386.12", "MNB"), ("bad", "RUB", "4", "")])
    sheet = tmp_path / "rates.csv"
    sheet.write_text(text.getvalue())
    assert main(["import-sheet", "--kind", "rates", "--db", str(path), str(sheet)]) == 1
    out, err = capsys.readouterr()
    assert "row 3, date: not a date: 'bad'" in out and "nothing was imported" in err
    sheet.write_text("date,currency,rate,source\n2026-11-30,EUR,386.12,MNB\n")
    assert main(["import-sheet", "--kind", "rates", "--db", str(path), str(sheet)]) == 0
    out, _err = capsys.readouterr()
    assert "1 exchange rate to record (EUR)" in out
