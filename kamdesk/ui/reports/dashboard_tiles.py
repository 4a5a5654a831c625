"""The dashboard's figure tiles and the list of the clients behind a figure.

A tile shows a figure's value, how it compares with the same period last year (an arrow, green
when the move is good, red when bad) and what it is made of; clicking it opens the clients
behind it, and a double-click on one of them opens the client's dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.kpi import COUNT, MONEY, Contribution, Figure
from kamdesk.domain.text import sort_key
from kamdesk.reports.sheets import Percent
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.reports.pareto_chart import format_share
from kamdesk.ui.reports.report_output import Described, ReportOutput
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import quantity, short_date
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.table_state import remember_table

VERDICT_COLOURS = {"good": house.OK, "bad": house.ERROR, "": house.TEXT_MUTED}
ARROWS = {"up": "▲", "down": "▼", "flat": "=", "": ""}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DashboardTile", text, disambiguation, n)


def titles() -> dict[str, str]:
    return {
        "turnover": _tr("Turnover"),
        "plan": _tr("Plan fulfilment"),
        "overdue": _tr("Overdue receivables"),
        "returns": _tr("Returns rate"),
        "refusals": _tr("Refusals rate"),
        "complaints": _tr("Complaints"),
        "concentration": _tr("Key-client concentration"),
    }


def tooltips() -> dict[str, str]:
    return {
        "turnover": _tr("Invoiced revenue net of VAT, less credit notes, against last year"),
        "plan": _tr("Actual against the plans of the clients with a plan for the period"),
        "overdue": _tr("Money past its due date as a share of all open invoices, today"),
        "returns": _tr("Credit notes' net as a share of the net invoiced in the period"),
        "refusals": _tr("Refused at delivery as a share of what was shipped in the period"),
        "complaints": _tr("Complaints opened in the period"),
        "concentration": _tr("Share of revenue of the A class: the clients making the first 80 %"),
    }


# --- numbers as a person reads them -----------------------------------------------------------
def whole_amount(value: Decimal, currency: str = "") -> str:
    """An amount to the unit, thousands apart: '1 234 568 HUF' (tiles have little room)."""
    text = numbers.whole_money(value)
    return f"{text} {currency}" if currency else text


def count_text(value: Decimal) -> str:
    return str(int(value))


def value_text(figure: Figure, value: Decimal | None, currency: str) -> str:
    if value is None:
        return "—"
    if figure.unit == MONEY:
        return whole_amount(value, currency)
    if figure.unit == COUNT:
        return count_text(value)
    return format_share(value, digits=2 if abs(value) < Decimal("0.01") else 1)


def points_text(change: Decimal) -> str:
    """A change of a share in percentage points: '+2.3 pts'."""
    step = Decimal("0.01") if abs(change) < Decimal("0.001") else Decimal("0.1")
    pts = (change * 100).quantize(step, rounding=ROUND_HALF_UP)
    sign = "+" if pts > 0 else ""
    return _tr("{sign}{points} pts").format(sign=sign, points=quantity(pts))


def against_text(key: str, overdue_compared_at: date | None) -> str:
    """What a tile's figure is compared with: last year, or (the overdue share, which is of
    today) a past month end."""
    if key == "overdue" and overdue_compared_at is not None:
        return _tr("at {day}").format(day=short_date(overdue_compared_at))
    return _tr("last year")


def comparison_text(figure: Figure, currency: str, against: str) -> str:
    """'▲ +12.0 % on 1 068 394 572 HUF last year': the move and what it is measured against
    (`against`: 'last year', 'at 2025-11-30'...)."""
    if figure.previous is None:
        return _tr("nothing to compare {against}").format(against=against)
    before = value_text(figure, figure.previous, currency)
    arrow = ARROWS[figure.trend]
    change = figure.change or Decimal(0)
    if figure.unit == MONEY:
        growth = figure.part("growth")
        if growth is None:
            return _tr("{arrow} on {before} {against}").format(
                arrow=arrow, before=before, against=against
            )
        moved = f"{'+' if growth > 0 else ''}{format_share(growth)}"
        return _tr("{arrow} {change} on {before} {against}").format(
            arrow=arrow, change=moved, before=before, against=against
        )
    if figure.unit == COUNT:
        sign = "+" if change > 0 else ""
        return _tr("{arrow} {sign}{change} on {before} {against}").format(
            arrow=arrow, sign=sign, change=count_text(change), before=before, against=against
        )
    return _tr("{arrow} {change} on {before} {against}").format(
        arrow=arrow, change=points_text(change), before=before, against=against
    )


def detail_text(figure: Figure, currency: str) -> str:
    """What the value is made of, in words."""
    part = figure.part

    def amount(name: str) -> str:
        value = part(name)
        return "—" if value is None else whole_amount(value, currency)

    clients = part("clients") or Decimal(0)
    texts: dict[str, Callable[[], str]] = {
        "turnover": lambda: _tr("change {change}").format(change=amount("change")),
        "plan": lambda: _tr("{actual} of {plan}; forecast {forecast}").format(
            actual=amount("actual"), plan=amount("plan"), forecast=amount("forecast")
        ),
        "overdue": lambda: _tr("{overdue} of {receivables} open").format(
            overdue=amount("overdue"), receivables=amount("receivables")
        ),
        "returns": lambda: _tr("{notes} credited of {invoiced}").format(
            notes=amount("credit notes"), invoiced=amount("invoiced")
        ),
        "refusals": lambda: _tr("{refused} refused of {delivered} delivered").format(
            refused=amount("refused"), delivered=amount("delivered")
        ),
        "complaints": lambda: _tr("from %n client(s)", "", int(clients)),
        "concentration": lambda: _tr(
            "%n A-class client(s); top client {share}", "", int(clients)
        ).format(share=format_share(part("top1") or Decimal(0))),
    }
    return texts[figure.key]()


def contribution_header(key: str, currency: str) -> str:
    headers = {
        "turnover": _tr("Change on last year, {currency}"),
        "plan": _tr("Ahead of plan (+) or behind (−), {currency}"),
        "overdue": _tr("Overdue, {currency}"),
        "returns": _tr("Credit notes, {currency}"),
        "refusals": _tr("Refused, {currency}"),
        "complaints": _tr("Complaints"),
        "concentration": _tr("Revenue, {currency}"),
    }
    return headers[key].format(currency=currency)


# --- a tile -----------------------------------------------------------------------------------
class FigureTile(QFrame):
    """A figure as a card: title, value, comparison and detail. Clicked (or Enter/Space when
    focused) to list the clients behind it."""

    clicked = Signal(str)  # the figure's key

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(tooltips()[key] + "\n" + _tr("Click to see the clients behind it."))
        self.setStyleSheet(
            f"#tile_{key} {{ background: {house.PANEL_BACKGROUND};"
            f" border: 1px solid {house.BORDER}; border-radius: 6px; }}"
        )
        self.title = QLabel(titles()[key])
        self.title.setStyleSheet(house.WEAK_STYLE)
        # the title and the comparison wrap where a language's words run long: four tiles
        # still fit a row of a 1280-pixel window
        self.title.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setObjectName(f"tileValue_{key}")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.comparison = QLabel("")
        self.comparison.setObjectName(f"tileComparison_{key}")
        self.comparison.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setObjectName(f"tileDetail_{key}")
        self.detail.setStyleSheet(house.MUTED_STYLE)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.comparison, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, figure: Figure, currency: str, against: str) -> None:
        self.value.setText(value_text(figure, figure.value, currency))
        self.comparison.setText(comparison_text(figure, currency, against))
        self.comparison.setStyleSheet(f"color: {VERDICT_COLOURS[figure.verdict]};")
        self.detail.setText(detail_text(figure, currency))

    def clear(self) -> None:
        for label in (self.comparison, self.detail):
            label.setText("")
        self.value.setText("—")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


# --- the clients behind a figure --------------------------------------------------------------
class ContributionModel(RowsTableModel[Contribution]):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("ContributionModel", "Client")),
        ("amount", QT_TRANSLATE_NOOP("ContributionModel", "Contribution")),
        ("share", QT_TRANSLATE_NOOP("ContributionModel", "Share")),
    )
    RIGHT = frozenset({"amount", "share"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.unit = MONEY
        self.amount_header = ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = self.COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "amount" and self.amount_header:
                return self.amount_header
            return QCoreApplication.translate("ContributionModel", self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.RIGHT:
            return self.alignment(field)
        return super().headerData(section, orientation, role)

    def key(self, row: Contribution) -> str:
        return row.client_id

    def display(self, row: Contribution, field: str) -> str:
        if field == "amount":
            if self.unit == COUNT:
                return count_text(row.amount)
            return numbers.money(row.amount)
        if field == "share":
            return "" if row.share is None else format_share(row.share)
        return row.name

    def export_value(self, row: Contribution, field: str) -> Any:
        if field == "amount":
            return int(row.amount) if self.unit == COUNT else row.amount
        if field == "share":
            return None if row.share is None else Percent(row.share)
        return row.name

    def sort_value(self, row: Contribution, field: str) -> Any:
        if field == "name":
            return sort_key(row.name)
        if field == "share":
            return -1.0 if row.share is None else float(row.share)
        return float(row.amount)  # ordering only; the text stays exact


class FigureClients(QDialog):
    """The clients behind a figure with their contributions; a double-click (or Enter) opens
    the client through `open_client`."""

    def __init__(
        self,
        figure: Figure,
        currency: str,
        open_client: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        period: tuple[date, date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("figureClients")
        self.figure, self.currency = figure, currency
        self.setWindowTitle(titles()[figure.key])
        self._open_client = open_client
        self.model = ContributionModel(self)
        self.model.unit = figure.unit if figure.key == "complaints" else MONEY
        self.model.amount_header = contribution_header(figure.key, currency)
        self.model.replace_rows(figure.clients)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(ContributionModel.SORT_ROLE)
        self.table = list_table("figureClientsTable")
        self.table.setModel(proxy)
        remember_table(self.table, "figureClientsTable")  # as read: the biggest part first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # a figure whose clients have no share of it (a change, a gap to plan) shows none
        self.table.setColumnHidden(2, all(c.share is None for c in figure.clients))
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        n = len(figure.clients)
        head = f"<b>{titles()[figure.key]}: {value_text(figure, figure.value, currency)}</b><br>"
        self.caption = QLabel(
            head
            + (
                _tr("%n client(s) behind this figure. Double-click one to open it.", "", n)
                if n
                else _tr("No client is behind this figure in the period.")
            )
        )
        self.caption.setWordWrap(True)
        # Export… (and Print…) of the list, with the figure and the dashboard's period
        self.output = ReportOutput(
            self,
            self.table,
            self._described,
            name="figureClients",
            period=(lambda: period) if period is not None else None,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.output.row())
        self.resize(560, 420)

    def _described(self) -> Described | None:
        figure = self.figure
        if not figure.clients:
            return None
        title = _tr("{figure}: the clients behind it").format(figure=titles()[figure.key])
        value = _tr("the figure: {value}").format(
            value=value_text(figure, figure.value, self.currency)
        )
        return Described(title, (value, tooltips()[figure.key]))

    def client_names(self) -> list[str]:
        model = self.table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    def _open(self, index: QModelIndex) -> None:
        client_id = index.data(ContributionModel.KEY_ROLE)
        if client_id:
            self._open_client(str(client_id))
