"""The dashboard's charts (QtCharts from PySide6-Addons): plan against actual by month, the aging
of receivables, the overdue share month by month and the revenue of the biggest clients; the
Pareto chart is the Key clients page's own (pareto_chart.ParetoChart). Each sits in a box with a
"Save as PNG…" button.

Amounts are drawn in thousands or millions of the reporting currency (the axis says which):
floats only for drawing; the figures a person reads stay exact in the tiles and lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.kpi import TrendPoint
from kamdesk.domain.receivables import BUCKETS
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets import style as house
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.numbers import month_name

# five clients, five inks that tell apart on white
SERIES_COLOURS = (
    house.ABC_COLOURS["A"],
    house.CUMULATIVE_LINE,
    house.READY_GREEN,
    house.TOP_CAUSE,
    house.OPINION_LEADER_BADGE[0],
)
BUCKET_COLOURS = dict(
    zip(BUCKETS, (house.OK, house.READY_AMBER, house.WARNING_STRONG, house.READY_RED, house.ALERT),
        strict=True)
)  # fmt: skip
ACTUAL_COLOUR = house.ABC_COLOURS["B"]
PLAN_COLOUR = house.TEXT_WEAK
OVERDUE_COLOUR = house.READY_RED
MIN_PNG_HEIGHT = 260


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardCharts", text)


def scale_of(values: Sequence[float]) -> tuple[float, str]:
    """The divisor and its word for an axis: millions, thousands or units."""
    top = max((abs(v) for v in values), default=0.0)
    if top >= 1e7:
        return 1e6, _tr("millions")
    if top >= 1e4:
        return 1e3, _tr("thousands")
    return 1.0, ""


def month_label(first: date) -> str:
    """'Jan 26': short enough for twelve under a chart."""
    name = month_name(first.month, short=True)
    return f"{name} {first.year % 100:02d}"


def _angle(axis: QBarCategoryAxis, count: int) -> None:
    axis.setLabelsAngle(-90 if count > 6 else 0)


def new_chart(title: str) -> QChart:
    chart = QChart()
    if house.DARK:  # its axes, grid, title and legend in light ink on a dark panel
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setBackgroundBrush(QColor(house.PANEL_BACKGROUND))
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setLocalizeNumbers(True)  # axis labels with the locale's separators ("1 500")
    return chart


def _value_axis(title: str, maximum: float, fmt: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat(fmt)
    axis.setRange(0, maximum if maximum > 0 else 1)
    axis.applyNiceNumbers()
    return axis


def _amount_title(currency: str, word: str) -> str:
    return f"{currency}, {word}" if word else currency


def _categories(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    return axis


def _line(
    name: str, colour: str, points: Sequence[tuple[float, float]], width: int = 2
) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    pen = QPen(QColor(colour))
    pen.setWidth(width)
    line.setPen(pen)
    line.setPointsVisible(True)
    for x, y in points:
        line.append(QPointF(x, y))
    return line


def plan_chart(months: Sequence[tuple[date, Decimal, Decimal | None]], currency: str) -> QChart:
    """Actual by month as bars, the plan as a line over them."""
    chart = new_chart(_tr("Plan and actual by month"))
    values = [float(p) for _, p, _ in months] + [float(a or 0) for _, _, a in months]
    scale, word = scale_of(values)
    actual = QBarSet(_tr("Actual"))
    actual.setColor(QColor(ACTUAL_COLOUR))
    actual.setBorderColor(QColor(ACTUAL_COLOUR))
    for _, _, done in months:
        actual.append(float(done or 0) / scale)
    bars = QBarSeries()
    bars.append(actual)
    plan = _line(
        _tr("Plan"), PLAN_COLOUR, [(i, float(p) / scale) for i, (_, p, _) in enumerate(months)]
    )
    chart.addSeries(bars)
    chart.addSeries(plan)
    x = _categories([month_label(m) for m, _, _ in months])
    y = _value_axis(_amount_title(currency, word), max(values, default=0) / scale)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for series in (bars, plan):
        series.attachAxis(x)
        series.attachAxis(y)
    _angle(x, len(months))
    return chart


def bucket_label(bucket: str) -> str:
    # each age a whole label: the noun after a range agrees with its last number
    labels = {
        "current": _tr("Not due"),
        "1-30": _tr("1-30 days"),
        "31-60": _tr("31-60 days"),
        "61-90": _tr("61-90 days"),
        "90+": _tr("90+ days"),
    }
    return labels.get(bucket, bucket)


def aging_chart(buckets: Sequence[tuple[str, Decimal]], currency: str) -> QChart:
    """Open money by how late it is, one colour per bucket."""
    chart = new_chart(_tr("Receivables by age"))
    values = [float(v) for _, v in buckets]
    scale, word = scale_of(values)
    series = QStackedBarSeries()  # one set per bucket, so each bar has its own colour
    for i, (bucket, _) in enumerate(buckets):
        bar = QBarSet(bucket_label(bucket))
        colour = QColor(BUCKET_COLOURS.get(bucket, house.GUIDE_LINE))
        bar.setColor(colour)
        bar.setBorderColor(colour)
        for j, value in enumerate(values):
            bar.append(value / scale if i == j else 0.0)
        series.append(bar)
    chart.addSeries(series)
    x = _categories([bucket_label(b) for b, _ in buckets])
    y = _value_axis(_amount_title(currency, word), max(values, default=0) / scale)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().hide()  # the axis names the buckets
    return chart


def overdue_chart(points: Sequence[TrendPoint]) -> QChart:
    """The overdue share of receivables at each month end, then today."""
    chart = new_chart(_tr("Overdue share of receivables"))
    shares = [float(p.overdue_share or 0) * 100 for p in points]
    line = _line(_tr("Overdue, % of open"), OVERDUE_COLOUR, list(enumerate(shares)), 3)
    chart.addSeries(line)
    labels = [month_label(p.day) for p in points]
    if points:
        labels[-1] = _tr("today")
    x = _categories(labels)
    y = _value_axis("%", max(shares, default=0) * 1.15, "%.1f")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(x)
    line.attachAxis(y)
    _angle(x, len(points))
    chart.legend().hide()
    return chart


def key_trend_chart(
    series: Sequence[tuple[str, Sequence[tuple[date, Decimal]]]], currency: str
) -> QChart:
    """Each client's revenue month by month, one line each."""
    chart = new_chart(_tr("Revenue of the biggest clients by month"))
    values = [float(v) for _, points in series for _, v in points]
    scale, word = scale_of(values)
    months = [m for m, _ in series[0][1]] if series else []
    x = _categories([month_label(m) for m in months])
    low = min(values, default=0.0)
    y = _value_axis(_amount_title(currency, word), max(values, default=0) / scale)
    if low < 0:
        y.setMin(low / scale)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for k, (name, points) in enumerate(series):
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        line = _line(
            _short(name), colour, [(i, float(v) / scale) for i, (_, v) in enumerate(points)]
        )
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    _angle(x, len(months))
    return chart


def _short(name: str, width: int = 28) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_PNG_HEIGHT)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


class ChartBox(QWidget):
    """A chart (any widget that draws one) with a "Save as PNG…" button under it."""

    def __init__(
        self, name: str, chart: QWidget, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = chart
        self._title = title
        self.save_button = QPushButton(icon("save"), _tr("Save as PNG…"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setToolTip(_tr("Save this chart as a picture"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.empty = QLabel()
        self.empty.setStyleSheet(house.MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:  # a chart drawn without QtCharts has no title of its own
            heading = QLabel(f"<b>{title}</b>")
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(heading)
        layout.addWidget(chart, 1)
        layout.addLayout(row)

    def title(self) -> str:
        if isinstance(self.chart, QChartView) and self.chart.chart() is not None:
            return self.chart.chart().title()
        return self._title or self.objectName()

    def caption(self) -> str:
        """The title drawn beside the chart, not in it ("" for a QtCharts chart)."""
        return self._title

    def say_empty(self, text: str) -> None:
        self.empty.setText(text)

    def save_png(self, path: Path) -> bool:
        """The chart as drawn on screen, at its size."""
        return self.chart.grab().save(str(path), "PNG")

    def ask_and_save(self) -> None:
        name = self.title().lower().replace(" ", "-") + ".png"
        chosen = file_dialogs.save_file(
            self, "image", _tr("Save the chart as PNG"), name, _tr("PNG images (*.png)")
        )
        if chosen is None:
            return
        path = str(chosen)
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(Path(path)):
            QMessageBox.warning(
                self,
                _tr("Chart not saved"),
                _tr("Could not write {path}: choose a folder you can write to.").format(path=path),
            )
