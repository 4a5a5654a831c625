"""Numbers, money and dates in the interface language's locale: shown as Hungarians, Italians,
Russians and Azerbaijanis write them, typed back the same way or in the plain form, exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QLineEdit, QMessageBox

from kamdesk.db import Database
from kamdesk.domain.money import AmountError
from kamdesk.ui.clients.dossier import DossierWindow
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.orders.order_lines_model import column
from kamdesk.ui.orders.order_window import OrderWindow
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.forms import FieldForm, money_text, read_money
from tests.factories import add_catalogue, add_client, add_order
from tests.ui.test_products import section_of, shown
from tests.ui.test_products import shop as products_shop  # noqa: F401 - a fixture
from tests.ui.typing import type_text

D = Decimal
NBSP = "\u00a0"
TODAY = date(2026, 11, 24)
FIVE = sorted(numbers.LOCALES.values())


@pytest.fixture
def in_locale() -> Iterator[object]:
    """Switch the default locale for one test (as the interface language would), and back."""
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def close_order_windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, OrderWindow) and widget.isVisible():
            widget.close()


# --- the formatter ----------------------------------------------------------------------------
values = st.decimals(min_value=-(10**11), max_value=10**11, places=4, allow_nan=False)
cents = st.decimals(min_value=0, max_value=10**11, places=2, allow_nan=False)


@settings(max_examples=60)
@given(value=values, name=st.sampled_from(FIVE))
def test_every_figure_written_in_a_locale_reads_back_the_same(value: Decimal, name: str) -> None:
    locale = QLocale(name)
    assert numbers.read_number(numbers.money_edit_text(value, locale), locale) == value
    assert numbers.read_number(numbers.number_edit_text(value, locale), locale) == value
    shown = numbers.quantity(value, locale)
    # grouped without decimals ("1.000" in Italian) is refused as ambiguous, never misread
    assert "ambiguous" in _why(shown, locale) or numbers.read_number(shown, locale) == value


def _why(text: str, locale: QLocale) -> str:
    try:
        numbers.read_number(text, locale)
    except AmountError as exc:
        return str(exc)
    return ""


@settings(max_examples=60)
@given(amount=cents, name=st.sampled_from(FIVE))
def test_an_amount_shown_reads_back_as_the_amount(amount: Decimal, name: str) -> None:
    locale = QLocale(name)
    assert numbers.read_number(numbers.money(amount, locale=locale), locale) == amount
    assert numbers.read_money(numbers.money_edit_text(amount, locale), locale) == amount


def test_the_five_locales_write_their_own_way() -> None:
    amount = D("1234567.505")
    written = {name: numbers.money(amount, "EUR", QLocale(name)) for name in FIVE}
    assert written == {
        "en_GB": "1,234,567.51 EUR",
        "ru_RU": f"1{NBSP}234{NBSP}567,51 EUR",
        "hu_HU": f"1{NBSP}234{NBSP}567,51 EUR",
        "it_IT": "1.234.567,51 EUR",
        "az_Latn_AZ": "1.234.567,51 EUR",
    }
    day = date(2026, 12, 5)
    dates = {name: numbers.short_date(day, QLocale(name)) for name in FIVE}
    assert dates == {
        "en_GB": "05/12/2026",
        "ru_RU": "05.12.2026",
        "hu_HU": "2026. 12. 05.",
        "it_IT": "05/12/2026",  # a four-digit year, where Qt's short form has two
        "az_Latn_AZ": "05.12.2026",
    }
    assert numbers.percent(D("12.50"), QLocale("it_IT")) == f"12,5{NBSP}%"
    assert numbers.share(D("0.2438"), 1, QLocale("ru_RU")) == f"24,4{NBSP}%"


def test_day_labels_follow_the_locales_order(in_locale) -> None:  # type: ignore[no-untyped-def]
    day = date(2026, 12, 5)
    in_locale("en_GB")
    assert numbers.day_text(day) == "Sat 5 Dec"
    in_locale("hu_HU")
    assert numbers.day_text(day, weekday=False, year=True) == "2026. dec. 5."
    in_locale("ru_RU")
    assert numbers.month_year(2026, 12) == "декабрь 2026"  # named on its own, not "декабря"
    assert numbers.long_day_text(day) == "суббота, 5 декабря"


def test_the_interface_language_sets_the_default_locale(in_locale) -> None:  # type: ignore[no-untyped-def]
    for language, name in (("ru", "ru_RU"), ("az", "az_AZ"), ("en", "en_GB"), ("xx", "en_GB")):
        numbers.use_language(language)
        assert QLocale().name() == name


def test_an_italian_1_500_is_ambiguous_and_the_message_says_what_to_type(  # type: ignore[no-untyped-def]
    qtbot, in_locale
) -> None:
    in_locale("it_IT")
    edit = QLineEdit()
    qtbot.addWidget(edit)
    problems: dict[str, str] = {}
    edit.setText("1.500")
    assert read_money(edit, "price", problems) is None
    assert problems["price"] == "Type an amount such as 125000 or 1.250.000,50."
    with pytest.raises(AmountError, match="ambiguous"):
        numbers.read_number("1.500")
    for typed, expected in (("1.500,00", D(1500)), ("1500.00", D(1500)), ("1,5", D("1.50"))):
        edit.setText(typed)
        assert read_money(edit, "price", problems) == expected


@pytest.mark.parametrize("name", FIVE)
def test_an_amount_loaded_and_saved_unchanged_is_equal(qtbot, in_locale, name: str) -> None:  # type: ignore[no-untyped-def]
    in_locale(name)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    for value in (D("1500"), D("1234567.5"), D("0.05"), D("1.25")):
        edit.setText(money_text(value))
        assert read_money(edit, "amount", problems := {}) == value, problems


# --- the windows ------------------------------------------------------------------------------
@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        ids["client"] = add_client(s, "Rossi Alimentari S.p.A.", price_column_id=ids["Key"]).id
    return ids


def open_order(qtbot, window: MainWindow, client_id: str) -> OrderWindow:  # type: ignore[no-untyped-def]
    window.orders.today = TODAY
    w = window.orders.open_order(None, client_id=client_id)
    assert isinstance(w, OrderWindow)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def typed_into(qtbot, w: OrderWindow, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    w.view.go_to(0, name)
    focused = QApplication.focusWidget()
    assert focused is not None
    focused.selectAll()  # type: ignore[attr-defined]
    type_text(focused, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def cell(w: OrderWindow, name: str) -> str:
    return str(w.lines.index(0, column(name)).data() or "")


def test_an_italian_order_line_reads_1_234_50_and_shows_it_back(  # type: ignore[no-untyped-def]
    qtbot, in_locale, window: MainWindow, shop: dict[str, str]
) -> None:
    in_locale("it_IT")
    w = open_order(qtbot, window, shop["client"])
    for ch in "MILK-1":  # the first key opens the cell's editor, the rest go to it
        type_text(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    typed_into(qtbot, w, "quantity", "1.200")  # 1200 the Italian way, 1.2 the plain way
    assert "ambiguous" in (w.lines.cell_problem(0, "quantity") or "")
    assert "1,5" in (w.lines.cell_problem(0, "quantity") or "")  # the example in Italian
    typed_into(qtbot, w, "quantity", "1.200,5")
    typed_into(qtbot, w, "price", "1.234,50")
    line = w.lines.lines[0]
    assert (line.quantity, line.unit_price) == (D("1200.5"), D("1234.50"))
    assert cell(w, "quantity") == "1200,5"
    assert cell(w, "price") == "1.234,50"
    assert cell(w, "net") == "1.482.017,25"  # 1200.5 × 1234.50, exactly
    assert w.header.order_date.displayFormat() == "dd/MM/yyyy"
    assert w.header.order_date.text() == "24/11/2026"
    assert w.header.order_date.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_a_hungarian_price_list_and_order_show_1_234_50(  # type: ignore[no-untyped-def]
    qtbot,
    in_locale,
    window: MainWindow,
    products_shop: dict[str, str],  # noqa: F811
) -> None:
    in_locale("hu_HU")
    section = section_of(window)
    rows = shown(section)
    film = next(row for row in rows if row[0] == "FLM-0001")
    assert film[4:8] == ["27 %", f"1{NBSP}200,00", f"1{NBSP}200,00", "900,00"]


def test_hungarian_dossier_figures_and_dates(  # type: ignore[no-untyped-def]
    qtbot, in_locale, db: Database, window: MainWindow
) -> None:
    in_locale("hu_HU")
    with db.unit_of_work() as s:
        client = add_client(s, "Vevő Kft.", kam="Anna")
        add_order(s, client, [("150", "10.00", "0")], number="SO-7", day=date(2026, 5, 1))
    dossier = window.clients.open_dossier(client.id)
    assert isinstance(dossier, DossierWindow)
    dossier.show_page("history")
    table = dossier.history.table
    assert table.item(0, 0).text() == "2026. 05. 01."
    assert table.item(0, 3).text() == f"1{NBSP}800,00 EUR"  # 150 × 10.00 and 20 % VAT
    dossier.close()


@pytest.mark.parametrize(("name", "shown"), [("hu_HU", "2026. 11. 24."), ("ru_RU", "24.11.2026")])
def test_a_date_field_shows_the_locales_order_and_a_monday_calendar(  # type: ignore[no-untyped-def]
    qtbot, in_locale, name: str, shown: str
) -> None:
    in_locale(name)
    form = FieldForm()
    edit = form.day("due", "Due", TODAY)
    qtbot.addWidget(edit)
    assert isinstance(edit, QDateEdit) and edit.text() == shown
    assert edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_every_calendar_starts_on_monday_even_where_the_locale_says_sunday(  # type: ignore[no-untyped-def]
    qtbot, in_locale
) -> None:
    in_locale("en_US")
    edit = numbers.date_edit(QDateEdit(QDate(2026, 11, 24)))
    qtbot.addWidget(edit)
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    calendar = edit.calendarWidget()
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert edit.displayFormat() == "MM/dd/yyyy"  # the locale's order, four-digit year


def test_installing_the_translations_sets_the_languages_locale(  # type: ignore[no-untyped-def]
    qapp, in_locale, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from kamdesk.ui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # no .qm: only the locale is set
    in_locale("C")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(i18n.log, "warning", lambda *a: None)  # the missing files, expected
        i18n.install_translations(qapp, QLocale("en_US"))  # English: en_GB's habits
    assert QLocale().name() == "en_GB"
    assert numbers.short_date(TODAY) == "24/11/2026"
    assert numbers.money(D("1234.5")) == "1,234.50"


def test_a_plan_cell_reads_the_locales_notation(in_locale) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.plans import PlanError
    from kamdesk.ui.plans.grid_model import read_typed_plan

    in_locale("hu_HU")
    assert read_typed_plan("1 250 000,50") == D("1250000.50")
    assert read_typed_plan(numbers.money_edit_text(D("1250000.50"))) == D("1250000.50")
    assert read_typed_plan("1250000.50") == D("1250000.50")  # the plain form
    in_locale("it_IT")
    assert read_typed_plan("1.250.000,50") == D("1250000.50")
    with pytest.raises(PlanError, match="ambiguous"):
        read_typed_plan("1.500")
