"""Returns and refusals: what was lost over a period, by reason, client or product, and what to
act on first. A page of the Reports section.

The report comes from services.losses (imported inside methods: the main window imports this
module before the database is loaded); this page only shows it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.orders import LossRow, TopCause
from kamdesk.domain.text import sort_key
from kamdesk.reports.sheets import Percent
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.reports.pareto_chart import format_share
from kamdesk.ui.reports.report_output import ReportOutput, losses_described
from kamdesk.ui.reports.report_page import ReportPage, currency_warning_label, show_warnings
from kamdesk.ui.widgets.columns import COLUMN_AT_MOST
from kamdesk.ui.widgets.layout_rules import guard_wheel
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import integer, short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.rows_model import RowsTableModel
from kamdesk.ui.widgets.style import CAUSE, PLACEHOLDER_STYLE, TOP_CAUSE
from kamdesk.ui.widgets.table_state import remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.sales.losses import LossReport
    from kamdesk.ui.operations import ChangeHub

Index = QModelIndex | QPersistentModelIndex
GROUPINGS = ("reason", "client", "product")
REFRESH_ON = frozenset({Change.ORDERS, Change.RETURNS, Change.CLIENTS, Change.PRODUCTS})
TOP_COLOUR = QColor(TOP_CAUSE)  # the cause to act on first
CAUSE_COLOUR = QColor(CAUSE)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LossTableModel", text)


def reason_label(row_label: str) -> str:
    """Reason names come from the domain in English; the interface shows them translated."""
    return QCoreApplication.translate("kamdesk.domain", row_label)


def _share(value: Decimal | None) -> str:
    # losses are often a fraction of a per cent of what was shipped: two decimals
    return "—" if value is None else format_share(value, digits=2)


# --- the table --------------------------------------------------------------------------------
COLUMNS: tuple[tuple[str, str], ...] = (
    ("rank", QT_TRANSLATE_NOOP("LossTableModel", "#")),
    (
        "label",
        QT_TRANSLATE_NOOP("LossTableModel", ""),
    ),  # Reason, Client or Product: set with the grouping
    # net of VAT, where the order and the dossier show gross: the headers say so
    ("shipped", QT_TRANSLATE_NOOP("LossTableModel", "Shipped, net")),
    ("refused", QT_TRANSLATE_NOOP("LossTableModel", "Refused, net")),
    ("returned", QT_TRANSLATE_NOOP("LossTableModel", "Returned, net")),
    ("lost", QT_TRANSLATE_NOOP("LossTableModel", "Lost, net")),
    ("share", QT_TRANSLATE_NOOP("LossTableModel", "% of shipped")),
    ("events", QT_TRANSLATE_NOOP("LossTableModel", "Events")),
)
SHIPPED_COLUMN = 2
_MONEY = {"shipped": "shipped_value", "refused": "refused_value", "returned": "returned_value",
          "lost": "lost_value"}  # fmt: skip


@dataclass(frozen=True)
class LossTableRow:
    rank: int
    row: LossRow
    label: str  # as shown (reasons translated)


class LossTableModel(RowsTableModel[LossTableRow]):
    """Plain rows, biggest loss first."""

    COLUMNS = COLUMNS
    RIGHT = frozenset({"rank", "shipped", "refused", "returned", "lost", "share", "events"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grouping = "reason"
        self.currency = ""

    def set_rows(self, rows: Sequence[LossRow], grouping: str, currency: str) -> None:
        self.grouping = grouping
        self.currency = currency
        self.replace_rows(
            LossTableRow(rank, row, reason_label(row.label) if grouping == "reason" else row.label)
            for rank, row in enumerate(rows, 1)
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "label":
                return {"reason": _tr("Reason"), "client": _tr("Client"),
                        "product": _tr("Product")}[self.grouping]  # fmt: skip
            if field == "shipped" and self.currency:
                return _tr("Shipped, net {currency}").format(currency=self.currency)
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and field in self.RIGHT:
            return self.alignment(field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "share":
                if self.grouping == "reason":
                    return _tr("Lost value as a share of everything shipped in the period")
                return _tr("Lost value as a share of what was shipped to it in the period")
            if field == "events":
                return _tr("Lines refused at delivery and lines returned")
            if field == "shipped":
                return _tr("Net value shipped on orders delivered in the period")
        return super().headerData(section, orientation, role)

    def key(self, shown: LossTableRow) -> str:
        return shown.row.key

    def export_value(self, shown: LossTableRow, field: str) -> Any:
        row = shown.row
        if field in _MONEY:
            return getattr(row, _MONEY[field])
        if field == "share":
            return None if row.share is None else Percent(row.share, digits=2)
        if field == "events":
            return row.events
        return super().export_value(shown, field)

    def cell(self, shown: LossTableRow, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and field == "lost":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "label":
                return shown.label
            if field == "share" and shown.row.share is None:
                return _tr("Nothing was shipped to it in the period")
        return None

    def display(self, shown: LossTableRow, field: str) -> str:
        row = shown.row
        if field == "rank":
            return str(shown.rank)
        if field == "label":
            return shown.label
        if field in _MONEY:
            return money(getattr(row, _MONEY[field]))
        if field == "share":
            return _share(row.share)
        return integer(row.events)

    def sort_value(self, shown: LossTableRow, field: str) -> Any:
        row = shown.row
        if field == "rank":
            return shown.rank
        if field == "label":
            return sort_key(shown.label)
        if field in _MONEY:
            return float(getattr(row, _MONEY[field]))  # ordering only; the text stays exact
        if field == "share":
            return -1.0 if row.share is None else float(row.share)
        return row.events


# --- the causes -------------------------------------------------------------------------------
class CauseBars(QWidget):
    """The reasons as horizontal bars, longest first: name and share, the bar, then the events
    and the value lost. The first is drawn in the colour of what to act on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("causeBars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._causes: list[TopCause] = []
        self._currency = ""

    def set_causes(self, causes: Sequence[TopCause], currency: str) -> None:
        self._causes = list(causes)
        self._currency = currency
        self.setFixedHeight(max(self._row_height() * len(self._causes), 1))
        self.update()

    @property
    def causes(self) -> tuple[TopCause, ...]:
        return tuple(self._causes)

    def detail(self, cause: TopCause) -> str:
        amount = money(cause.lost_value)
        if self._currency:
            amount = f"{amount}\u00a0{self._currency}"
        return self.tr("%Ln event(s), {amount}", "", cause.events).format(amount=amount)

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 3 + 14

    def sizeHint(self) -> QSize:
        return QSize(300, max(self._row_height() * len(self._causes), 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        text = self.palette().text().color()
        muted = QColor(text)
        muted.setAlpha(160)
        bold = QFont(self.font())
        bold.setBold(True)
        width = self.width() - 2
        top_share = max((c.share_of_losses for c in self._causes), default=Decimal(1))
        for i, cause in enumerate(self._causes):
            y = i * self._row_height()
            share = format_share(cause.share_of_losses)
            p.setFont(bold)
            p.setPen(text)
            share_w = p.fontMetrics().horizontalAdvance(share) + 8
            name = p.fontMetrics().elidedText(
                reason_label(cause.label), Qt.TextElideMode.ElideRight, width - share_w
            )
            p.drawText(QRectF(0, y, width - share_w, line), Qt.AlignmentFlag.AlignLeft, name)
            p.drawText(QRectF(0, y, width, line), Qt.AlignmentFlag.AlignRight, share)
            p.setFont(self.font())
            # bars scale to the largest cause, so small ones stay visible
            bar = max(2.0, width * float(cause.share_of_losses / top_share)) if top_share else 2
            track = QColor(text)
            track.setAlpha(22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(QRectF(0, y + line + 3, width, 9), 3, 3)
            p.setBrush(TOP_COLOUR if i == 0 else CAUSE_COLOUR)
            p.drawRoundedRect(QRectF(0, y + line + 3, bar, 9), 3, 3)
            p.setPen(muted)
            p.drawText(QRectF(0, y + line + 15, width, line), Qt.AlignmentFlag.AlignLeft,
                       self.detail(cause))  # fmt: skip
        p.end()


class TopCausesPanel(QFrame):
    """What to act on first: the biggest cause in words, then every cause as a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topCausesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(290)
        title = QLabel(self.tr("<b>Top causes</b>"))
        title.setStyleSheet("font-size: 14px;")
        self.headline = QLabel()
        self.headline.setObjectName("actFirst")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.bars = CauseBars()
        note = QLabel(self.tr("Share of all refused and returned value in the period."))
        note.setWordWrap(True)
        note.setStyleSheet(PLACEHOLDER_STYLE)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.bars)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        guard_wheel(inner)  # the wheel scrolls the page, not a field under it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.headline)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)

    def set_causes(self, causes: Sequence[TopCause], currency: str) -> None:
        self.bars.set_causes(causes, currency)
        if not causes:
            self.headline.setText(self.tr("Nothing was refused or returned in the period."))
            return
        first = causes[0]
        self.headline.setText(
            self.tr("Act first on <b>{reason}</b>: {share} of losses — {detail}.").format(
                reason=html.escape(reason_label(first.label)),
                share=format_share(first.share_of_losses),
                detail=html.escape(self.bars.detail(first)),
            )
        )

    def lines(self) -> list[str]:
        """Each cause as the KAM reads it: "Damaged: 34.0 % of losses — 12 events, 4 310.00"."""
        return [
            self.tr("{reason}: {share} of losses — {detail}").format(
                reason=reason_label(c.label),
                share=format_share(c.share_of_losses),
                detail=self.bars.detail(c),
            )
            for c in self.bars.causes
        ]


# --- the page ---------------------------------------------------------------------------------
class LossesReport(ReportPage):
    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        names = ("lossesFrom", "lossesTo", "lossesQuickPeriods")
        super().__init__(names, today=today, parent=parent)
        self.setObjectName("lossesReport")
        self.report: LossReport | None = None
        self.currency = ""

        heading = QLabel(self.tr("<h2>Returns and refusals</h2>"))
        heading.setToolTip(
            self.tr("What the clients refused at delivery and sent back, against what was shipped")
        )
        # one click to regroup: three buttons side by side, one always down
        group_row = self._grouping_row()

        # the grouping beside the title, the period on a row of its own: a narrow window fits
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addLayout(group_row)

        self.summary = QLabel(self.tr("Opening the database…"))
        self.summary.setObjectName("lossSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.warning = currency_warning_label()

        self._make_table()
        self.output = ReportOutput(
            self, self.table, lambda: losses_described(self), name="losses", period=self.period
        )

        self.causes = TopCausesPanel()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.causes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(body, 1)
        layout.addLayout(self.output.row())

        self.grouping_group.buttonClicked.connect(lambda _button: self._show())
        self._enable(False)
        self.show_figures_in(self.causes, self.table)

    def _grouping_row(self) -> QHBoxLayout:
        self.group_buttons: dict[str, QToolButton] = {}
        self.grouping_group = QButtonGroup(self)
        self.grouping_group.setExclusive(True)
        labels = {"reason": self.tr("Reason"), "client": self.tr("Client"),
                  "product": self.tr("Product")}  # fmt: skip
        group_row = QHBoxLayout()
        group_row.setSpacing(0)
        group_row.addWidget(QLabel(self.tr("Group by")))
        group_row.addSpacing(6)
        for key in GROUPINGS:
            button = QToolButton()
            button.setObjectName(f"groupBy{key.title()}")
            button.setText(labels[key])
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.grouping_group.addButton(button)
            self.group_buttons[key] = button
            group_row.addWidget(button)
        self.group_buttons["reason"].setChecked(True)
        return group_row

    def _make_table(self) -> None:
        """The losses per group, sortable; the names get the room, the figures what they need."""
        self.model = LossTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(LossTableModel.SORT_ROLE)
        self.table = list_table("lossTable")
        self.table.setModel(self.proxy)
        remember_table(self.table, "lossTable", sort=(0, Qt.SortOrder.AscendingOrder))
        # the names get the room; the figures take what they need
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(COLUMN_AT_MOST)  # a long name shortened
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        hub.changed.connect(self._on_changed)
        self._enable(True)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _enable(self, on: bool) -> None:
        self.period_bar.set_controls_enabled(on)
        for widget in self.group_buttons.values():
            widget.setEnabled(on)

    def _on_changed(self, changes: Changes) -> None:
        if not changes & REFRESH_ON:
            return
        self.refresh_when_seen()

    # --- grouping -----------------------------------------------------------------------------
    def grouping(self) -> str:
        return next((k for k, b in self.group_buttons.items() if b.isChecked()), "reason")

    def set_grouping(self, grouping: str) -> None:
        self.group_buttons[grouping].setChecked(True)
        self._show()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._db is None:
            return
        from kamdesk.services.sales.losses import losses_report

        self._stale = False
        start, end = self.period()
        if start > end:
            self.filled_otherwise()
            self.report = None
            self._show()
            return
        hub = self._hub
        key = ("losses", start, end)
        cached = hub.peek(key) if hub is not None else None
        if cached is not None:
            self.filled_otherwise()
            self.report, self.currency = cached
            self._show()
            return
        epoch = hub.epoch if hub is not None else 0

        def read(session: Session) -> tuple[LossReport, str]:
            report = losses_report(session, start, end)
            return report, report.currency

        def show(result: tuple[LossReport, str]) -> None:
            if hub is not None:
                hub.remember(key, result, epoch)
            self.report, self.currency = result
            self._show()

        self.read(self._db, read, show)

    def _show(self) -> None:
        report = self.report
        grouping = self.grouping()
        if report is None:
            self.warning.hide()
            self.model.set_rows([], grouping, self.currency)
            self.causes.set_causes([], self.currency)
            start, end = self.period()
            if start > end:
                self.say_reversed_period()
            return
        self.model.set_rows(report.rows(grouping), grouping, self.currency)
        # by reason every row would repeat the same shipped total: the summary says it once
        self.table.setColumnHidden(SHIPPED_COLUMN, grouping == "reason")
        self.causes.set_causes(report.top_causes, self.currency)
        basis = self.tr(
            "Amounts in {currency} at the rate of each delivery's and return's date."
        ).format(currency=self.currency)
        self.summary.setText(self._summary_text(report) + "<br>" + basis)
        show_warnings(self.warning, report.warnings)

    def _money(self, value: Decimal) -> str:
        amount = money(value)
        return f"{amount}\u00a0{self.currency}" if self.currency else amount

    def _summary_text(self, report: LossReport) -> str:
        t = report.total
        start, end = (short_date(d) for d in (report.start, report.end))
        if t.events == 0:
            if t.shipped_value > 0:
                return self.tr(
                    "Shipped <b>{amount}</b> (net of VAT) from {start} to {end}: "
                    "nothing refused or returned."
                ).format(amount=self._money(t.shipped_value), start=start, end=end)
            return self.tr("Nothing shipped, refused or returned from {start} to {end}.").format(
                start=start, end=end
            )
        parts = [
            self.tr("Shipped <b>{amount}</b> (net of VAT)").format(
                amount=self._money(t.shipped_value)
            ),
            self.tr("refused <b>{amount}</b>").format(amount=self._money(t.refused_value)),
            self.tr("returned <b>{amount}</b>").format(amount=self._money(t.returned_value)),
            self.tr("lost <b>{amount}</b>").format(amount=self._money(t.lost_value))
            + (
                ""
                if t.share is None
                else " " + self.tr("(<b>{share}</b> of shipped)").format(share=_share(t.share))
            ),
            self.tr("%Ln event(s)", "", t.events),
        ]
        return " · ".join(parts)
