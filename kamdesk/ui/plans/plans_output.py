"""Export… and Print… of the plans' progress: plan, actual, fulfilment, forecast and gap per
client for the period chosen, the period and the day it is measured at printed, totals per
currency."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.money import ZERO
from kamdesk.reports.sheets import Percent, Value
from kamdesk.ui.reports.report_output import Described
from kamdesk.ui.widgets.numbers import short_date

if TYPE_CHECKING:
    from kamdesk.services.plans.progress import PlanReport
    from kamdesk.ui.plans.progress_model import ProgressRow

SUMMED = ("plan", "actual", "forecast", "gap")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlansPage", text)


def progress_totals(rows: Sequence[ProgressRow]) -> list[dict[str, Value]]:
    """Per currency: plan, actual, forecast and gap added up, the fulfilment of the sums."""
    sums: dict[str, dict[str, Decimal]] = {}
    for row in rows:
        total = sums.setdefault(row.currency, dict.fromkeys(SUMMED, ZERO))
        p = row.progress
        for name, value in zip(SUMMED, (p.plan, p.actual, p.forecast, p.gap), strict=True):
            total[name] += value
    lines: list[dict[str, Value]] = []
    for currency in sorted(sums):
        total = sums[currency]
        share = Percent(total["actual"] / total["plan"]) if total["plan"] else None
        lines.append({"currency": currency, **total, "fulfilment": share})
    return lines


def progress_described(
    report: PlanReport | None, rows: Sequence[ProgressRow], words: Callable[[str], str]
) -> Described | None:
    """`words` names a period as the page's choice does ("2026-Q1" -> "Q1 2026")."""
    if report is None or not rows:
        return None

    def period(day: Callable[[date], str]) -> str:
        return _tr("{period} ({start} – {end}), as of {day}").format(
            period=words(report.period.label),
            start=day(report.period.start),
            end=day(report.period.end),
            day=day(report.today),
        )

    filters = (
        _tr("clients with a plan; new clients in total in {currency}").format(
            currency=report.reporting
        ),
        _tr("amounts net of VAT in each client's currency; forecast at the pace so far"),
    )
    title = _tr("Sales plans against actual")
    return Described(
        title,
        filters,
        progress_totals(rows),
        period=period(short_date),
        file_period=period(date.isoformat),
    )
