"""Issue 16: what the interface says with a number reads as one whole phrase that agrees with
the number, in English and in Russian (three plural forms), never "(s)" or a glued word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from kamdesk.services.schedule.client_alerts import ClientRef, ExpiringPromotion
from kamdesk.services.sync.conflicts import OpenConflict
from kamdesk.services.sync.importer import ImportSummary
from kamdesk.services.sync.status import ConflictView
from kamdesk.ui.i18n import TRANSLATIONS
from kamdesk.ui.mainwindow import MainWindow
from kamdesk.ui.settings.laptop_dialog import LaptopDialog
from kamdesk.ui.sync.conflicts_view import ConflictsView
from kamdesk.ui.sync.import_dialogs import summary_text
from kamdesk.ui.today.today_blocks import ExpiringBlock


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kamdesk_ru.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _lock_spin(qtbot: QtBot, window: MainWindow) -> QSpinBox:
    window.laptop_action.trigger()
    dialog = window.findChild(LaptopDialog, "laptopDialog")
    assert isinstance(dialog, LaptopDialog)
    qtbot.waitExposed(dialog)
    spin = dialog.findChild(QSpinBox, "lockMinutes")
    assert isinstance(spin, QSpinBox)
    return spin


def _said(spin: QSpinBox, minutes: int) -> str:
    spin.setValue(minutes)
    return spin.text()


def test_the_idle_minutes_agree_with_the_number_typed(qtbot: QtBot, window: MainWindow) -> None:
    spin = _lock_spin(qtbot, window)
    assert [_said(spin, n) for n in (1, 5)] == ["1 idle minute", "5 idle minutes"]


def test_the_idle_minutes_in_russian_take_each_form(
    qtbot: QtBot, window: MainWindow, russian: None
) -> None:
    spin = _lock_spin(qtbot, window)
    assert [_said(spin, n) for n in (1, 3, 5, 21)] == [
        "1 минуту простоя",
        "3 минуты простоя",
        "5 минут простоя",
        "21 минуту простоя",
    ]


def _promotion(clients: int) -> ExpiringPromotion:
    refs = tuple(ClientRef(f"c{i}", f"Client {i}") for i in range(clients))
    return ExpiringPromotion("p", "Autumn", date(2026, 11, 1), date(2026, 12, 10), 5, refs)


def _lead_in(block: ExpiringBlock) -> str:
    """The muted words before the promotion's client links."""
    labels = [w.text() for w in block.findChildren(QLabel)]
    return next(t for t in labels if t.startswith(("for ", "для ")))


def test_a_promotion_for_some_clients_says_how_many_before_their_names(qapp) -> None:  # type: ignore[no-untyped-def]
    block = ExpiringBlock()
    block.fill([], 0, [_promotion(1)])
    assert _lead_in(block) == "for 1 client:"
    block.fill([], 0, [_promotion(2)])
    assert _lead_in(block) == "for 2 clients:"


def test_in_russian_the_lead_in_agrees_with_the_number(russian: None) -> None:
    block = ExpiringBlock()
    said = []
    for n in (2, 5, 21):
        block.fill([], 0, [_promotion(n)])
        said.append(_lead_in(block))
    assert said == ["для 2 клиентов:", "для 5 клиентов:", "для 21 клиента:"]


def test_the_import_summary_is_said_in_russian_with_the_counts_beside_the_kinds(
    russian: None,
) -> None:
    summary = ImportSummary(added=Counter({"client": 10, "sales_order": 1}), conflicts=22)
    assert summary_text(summary).splitlines() == [
        "Добавлено: Клиенты (10), Заказ (1).",
        "22 конфликта нужно решить: см. «Конфликты для решения».",
    ]
    assert summary_text(ImportSummary()) == (
        "Ничего нового: на этом ноутбуке уже есть всё, что содержит файл."
    )


def test_the_two_made_on_columns_are_translated_each(qapp, russian: None) -> None:  # type: ignore[no-untyped-def]
    view = ConflictsView()
    headers = [view.table.horizontalHeaderItem(i).text() for i in range(view.table.columnCount())]
    assert headers[3] == headers[5] == "Где внесено"
    assert "Made on" not in headers


def _conflict(kind: str, winner_by: str, other_by: str) -> ConflictView:
    o = OpenConflict("k1", kind, "client", "r1", "", {}, {}, needs_decision=False)
    return ConflictView(o, "Acme", winner_by, other_by, "", "")


def test_a_conflicts_sides_name_the_laptop_or_say_another_in_a_whole_sentence(
    qapp,  # type: ignore[no-untyped-def]
    russian: None,
) -> None:
    view = ConflictsView()
    view.fill([_conflict("deleted_while_edited", "Anna", "")])
    view.table.selectRow(0)
    assert view.winner.caption.text() == "Изменено на ноутбуке Anna"
    assert view.other.caption.text() == "Удалено на другом ноутбуке"


def test_a_money_tiles_comparison_is_one_sentence_with_or_without_its_growth(qapp) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from kamdesk.domain.kpi import MONEY, UP, Figure
    from kamdesk.ui.reports.dashboard_tiles import ARROWS, comparison_text, value_text
    from kamdesk.ui.reports.pareto_chart import format_share

    grown = Figure(
        "turnover", Decimal(1100), Decimal(1000), MONEY, UP, parts=(("growth", Decimal("0.1")),)
    )
    before = value_text(grown, grown.previous, "EUR")
    assert comparison_text(grown, "EUR", "last year") == (
        f"{ARROWS[grown.trend]} +{format_share(Decimal('0.1'))} on {before} last year"
    )
    bare = Figure("turnover", Decimal(1100), Decimal(1000), MONEY, UP)
    assert (
        comparison_text(bare, "EUR", "last year") == f"{ARROWS[bare.trend]} on {before} last year"
    )
