"""A period's plans against actual, a row per client with a plan and one for new clients: plan,
actual, fulfilment, forecast and gap, the clients behind their plan tinted (the forecast falls
short of the plan: kamdesk.domain.plans.is_behind)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from kamdesk.domain.plans import Progress, is_behind
from kamdesk.domain.text import sort_key
from kamdesk.reports.sheets import Percent
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.reports.pareto_chart import format_amount, format_share
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.rows_model import RowsTableModel

BEHIND_BACKGROUND = QColor(house.CRITICAL_BACKGROUND)
MET = QColor(house.OK)
SHORT = QColor(house.ERROR)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanProgressModel", text)


@dataclass(frozen=True)
class ProgressRow:
    client_id: str | None  # None: new clients in total
    name: str
    currency: str
    progress: Progress

    @property
    def behind(self) -> bool:
        return is_behind(self.progress)

    @property
    def met(self) -> bool:
        p = self.progress
        return p.plan > 0 and p.actual >= p.plan


COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("PlanProgressModel", "Client")),
    ("currency", QT_TRANSLATE_NOOP("PlanProgressModel", "Cur.")),
    ("plan", QT_TRANSLATE_NOOP("PlanProgressModel", "Plan")),
    ("actual", QT_TRANSLATE_NOOP("PlanProgressModel", "Actual")),
    ("fulfilment", QT_TRANSLATE_NOOP("PlanProgressModel", "Fulfilment")),
    ("forecast", QT_TRANSLATE_NOOP("PlanProgressModel", "Forecast")),
    ("gap", QT_TRANSLATE_NOOP("PlanProgressModel", "Gap")),
)
TIPS = {
    "actual": QT_TRANSLATE_NOOP(
        "PlanProgressModel",
        "Invoiced net of VAT, less credit notes of returns, so far in the period",
    ),
    "fulfilment": QT_TRANSLATE_NOOP("PlanProgressModel", "Actual as a share of the plan"),
    "forecast": QT_TRANSLATE_NOOP(
        "PlanProgressModel", "The actual carried to the period's end at the pace so far"
    ),
    "gap": QT_TRANSLATE_NOOP("PlanProgressModel", "What is still missing to the plan"),
}


class PlanProgressModel(RowsTableModel[ProgressRow]):
    COLUMNS = COLUMNS
    RIGHT = frozenset({"plan", "actual", "fulfilment", "forecast", "gap"})

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(field)
        if role == Qt.ItemDataRole.ToolTipRole and field in TIPS:
            return _tr(TIPS[field])
        return super().headerData(section, orientation, role)

    def key(self, row: ProgressRow) -> str | None:
        return row.client_id

    def display(self, row: ProgressRow, field: str) -> str:
        p = row.progress
        if field == "name":
            return _tr("New clients (in total)") if row.client_id is None else row.name
        if field == "currency":
            return row.currency
        if field == "fulfilment":
            return "—" if p.fulfilment is None else format_share(p.actual / p.plan)
        value: Decimal = p.gap if field == "gap" else getattr(p, field)
        return format_amount(value)

    def export_value(self, row: ProgressRow, field: str) -> Any:
        """Amounts exact, the fulfilment as a share (none without a plan)."""
        p = row.progress
        if field in ("name", "currency"):
            return self.display(row, field)
        if field == "fulfilment":
            return None if p.plan == 0 else Percent(p.actual / p.plan)
        return p.gap if field == "gap" else getattr(p, field)

    def sort_value(self, row: ProgressRow, field: str) -> Any:
        if field == "name":
            return (row.client_id is None, sort_key(row.name))  # new clients last
        if field == "currency":
            return row.currency
        if field == "fulfilment":
            return -1.0 if row.progress.fulfilment is None else row.progress.fulfilment
        value: Decimal = row.progress.gap if field == "gap" else getattr(row.progress, field)
        return float(value)  # ordering only; the text shown stays exact

    def cell(self, row: ProgressRow, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.behind:
            return BEHIND_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if field in ("fulfilment", "forecast", "gap") and row.behind:
                return SHORT
            if field == "fulfilment" and row.met:
                return MET
            if row.behind:
                return QColor(house.TEXT_ON_TINT)  # readable on the tint in a dark theme
        if role == Qt.ItemDataRole.FontRole and field == "name" and row.client_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.behind:
            return _tr("Behind: at the pace so far the plan will not be met")
        return None
