"""The Pareto chart of revenue per client, drawn with QPainter (QtCharts is not in Essentials).

Bars of revenue per client, biggest first, coloured by ABC class; the cumulative share as a
line with dots; dashed guides at the A and B limits (80 % and 95 %). The top clients are named
under their bars, the long tail is grouped into one "N others" bar. Also the number formats the
key-client views share: exact amounts with the locale's separators, shares as "24.4 %".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kamdesk.domain.classification import ClientShare
from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets import style as house

ABC_COLOURS = {abc: QColor(colour) for abc, colour in house.ABC_COLOURS.items()}
OTHERS_COLOUR = QColor(house.OTHERS_COLOUR)
LINE_COLOUR = QColor(house.CUMULATIVE_LINE)
GUIDE_COLOUR = QColor(house.GUIDE_LINE)
GROUP_EDGE = QColor(house.GUIDE_DASH)  # the outline of a bar that groups clients
TOP_CLIENTS = 25


# --- number formats ---------------------------------------------------------------------------
def format_amount(value: Decimal, locale: QLocale | None = None) -> str:
    """An exact amount with two decimals and thousands separators: 1,234,567.89 (widgets.numbers
    writes it)."""
    return numbers.money(value, locale=locale)


def format_share(share: Decimal, locale: QLocale | None = None, digits: int = 1) -> str:
    """A share 0..1 as a percentage: 0.2438 -> '24.4 %' / '24,4 %' (no break before the sign)."""
    return numbers.share(share, digits, locale)


def _axis_label(value: float, step: float, locale: QLocale) -> str:
    """Axis ticks in k or M when the step is that coarse: '250 k', '1.5 M'."""
    for size, suffix in ((1e6, "M"), (1e3, "k")):
        if step >= size / 10 and value >= size:
            digits = max(0, -math.floor(math.log10(step / size) + 1e-9))
            return f"{locale.toString(value / size, 'f', digits)}\u00a0{suffix}"
    digits = max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
    return locale.toString(value, "f", digits)


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about `ticks` intervals up to maximum."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return float(m * power)
    return 10.0 * power  # pragma: no cover - the loop always returns


# --- what is drawn ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ParetoBar:
    label: str
    revenue: Decimal
    share: Decimal
    cumulative: Decimal  # cumulative share after this bar
    abc: str  # "A", "B", "C"; "" for the group of the others
    clients: int = 1


def pareto_bars(shares: Sequence[ClientShare], top: int = TOP_CLIENTS) -> list[ParetoBar]:
    """One bar per client with revenue, biggest first; past `top`, one bar for the rest.

    The group's label is left empty: the chart names it ("12 others") in the user's language.
    """
    buying = [s for s in shares if s.revenue > 0]
    bars = [
        ParetoBar(s.name, s.revenue, s.share, s.cumulative_share, s.abc)
        for s in buying[: max(top, 0)]
    ]
    rest = buying[max(top, 0) :]
    if len(rest) == 1:
        s = rest[0]
        bars.append(ParetoBar(s.name, s.revenue, s.share, s.cumulative_share, s.abc))
    elif rest:
        bars.append(
            ParetoBar(
                label="",
                revenue=sum((s.revenue for s in rest), Decimal(0)),
                share=sum((s.share for s in rest), Decimal(0)),
                cumulative=rest[-1].cumulative_share,
                abc="",
                clients=len(rest),
            )
        )
    return bars


class ParetoChart(QWidget):
    LABEL_WIDTH = 170  # client names are elided to this many pixels, drawn at 45°

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paretoChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._bars: list[ParetoBar] = []
        self._currency = ""
        self._guides = (Decimal("0.80"), Decimal("0.95"))
        self._bar_rects: list[QRectF] = []

    # --- what the section sets and tests read -------------------------------------------------
    def set_data(
        self,
        bars: Sequence[ParetoBar],
        *,
        currency: str = "",
        guides: tuple[Decimal, Decimal] = (Decimal("0.80"), Decimal("0.95")),
    ) -> None:
        self._bars = list(bars)
        self._currency = currency
        self._guides = guides
        self.update()

    @property
    def bars(self) -> tuple[ParetoBar, ...]:
        return tuple(self._bars)

    @property
    def bar_count(self) -> int:
        return len(self._bars)

    @property
    def client_count(self) -> int:
        """How many clients the bars stand for (the others' bar counts each of them)."""
        return sum(b.clients for b in self._bars)

    def bar_label(self, bar: ParetoBar) -> str:
        if bar.clients > 1:
            return self.tr("%n others", "", bar.clients)
        return bar.label

    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 200)

    # --- drawing ------------------------------------------------------------------------------
    def _plot_rect(self, fm: QFontMetrics) -> QRectF:
        n = max(len(self._bars), 1)
        left = 16 + fm.height() + fm.horizontalAdvance("8888.8 M")
        right = 24 + fm.height() + fm.horizontalAdvance("100 %")
        label_w = min(self.LABEL_WIDTH, max(60, self.height() // 3))
        bottom = 10 + int(label_w * 0.72) + fm.height()
        top = self._legend_places(fm)[-1].y() + fm.height() * 2 + 8
        width = max(10.0, self.width() - left - right)
        # the first name runs down-left from its bar: keep it clear of the axis labels
        slot = width / n
        left = max(left, int(label_w * 0.72 + fm.height() - slot / 2) + 8)
        return QRectF(
            left, top, max(10.0, self.width() - left - right), self.height() - top - bottom
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        text_colour = self.palette().text().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        if not self._bars:
            p.setPen(muted)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No invoiced revenue in this period."),
            )
            self._bar_rects = []
            return
        plot = self._plot_rect(fm)
        top_revenue = float(max(b.revenue for b in self._bars))
        step = nice_step(top_revenue)
        y_max = step * math.ceil(top_revenue / step - 1e-9) or step
        self._paint_axes(p, fm, plot, step, y_max, text_colour)
        slot = self._paint_bars(p, fm, plot, y_max, text_colour)
        self._paint_names(p, fm, plot, slot, text_colour, muted)
        self._paint_cumulative(p, plot, slot)
        self._legend(p, fm, plot)
        p.end()

    @staticmethod
    def _y_rev(plot: QRectF, y_max: float, value: float) -> float:
        return plot.bottom() - plot.height() * value / y_max

    @staticmethod
    def _y_share(plot: QRectF, share: float) -> float:
        return plot.bottom() - plot.height() * share

    def _paint_axes(
        self,
        p: QPainter,
        fm: QFontMetrics,
        plot: QRectF,
        step: float,
        y_max: float,
        text_colour: QColor,
    ) -> None:
        """The grid, revenue on the left, the cumulative share on the right, both titled."""
        locale = self.locale()

        def y_rev(value: float) -> float:
            return self._y_rev(plot, y_max, value)

        def y_share(share: float) -> float:
            return self._y_share(plot, share)

        # grid and left axis (revenue)
        p.setPen(QPen(QColor(0, 0, 0, 28), 1))
        ticks = [step * i for i in range(round(y_max / step) + 1)]
        for t in ticks:
            p.drawLine(QPointF(plot.left(), y_rev(t)), QPointF(plot.right(), y_rev(t)))
        p.setPen(text_colour)
        for t in ticks:
            rect = QRectF(0, y_rev(t) - fm.height() / 2, plot.left() - 6, fm.height())
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _axis_label(t, step, locale),
            )
        # right axis (cumulative share)
        for pct in range(0, 101, 20):
            rect = QRectF(plot.right() + 6, y_share(pct / 100) - fm.height() / 2, 60, fm.height())
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                numbers.percent(Decimal(pct), self.locale()),
            )
        # axis titles, rotated along the axes
        title_left = (
            self.tr("Revenue, {currency}").format(currency=self._currency)
            if self._currency
            else self.tr("Revenue")
        )
        self._vertical_text(p, title_left, 4, plot, fm, clockwise=False)
        self._vertical_text(
            p, self.tr("Cumulative share"), self.width() - 4, plot, fm, clockwise=True
        )

    def _paint_bars(
        self, p: QPainter, fm: QFontMetrics, plot: QRectF, y_max: float, text_colour: QColor
    ) -> float:
        """A bar per client (or group of clients) with its share above it; the slot width."""
        locale = self.locale()
        # bars
        n = len(self._bars)
        slot = plot.width() / n
        gap = min(8.0, slot * 0.22)
        self._bar_rects = []
        small = QFont(p.font())
        small.setPointSizeF(max(7.0, p.font().pointSizeF() * 0.85))
        for i, bar in enumerate(self._bars):
            x = plot.left() + i * slot + gap / 2
            top = self._y_rev(plot, y_max, float(bar.revenue))
            rect = QRectF(x, top, slot - gap, plot.bottom() - top)
            self._bar_rects.append(rect)
            colour = ABC_COLOURS.get(bar.abc, OTHERS_COLOUR)
            p.fillRect(rect, colour)
            if bar.clients > 1:
                p.setPen(QPen(GROUP_EDGE, 1, Qt.PenStyle.DashLine))
                p.drawRect(rect)
            # the share above the bars wide enough to hold it
            text = format_share(bar.share, locale)
            p.setFont(small)
            fits = QFontMetrics(small).horizontalAdvance(text) + 2 <= slot
            if fits and bar.share >= Decimal("0.01"):
                p.setPen(text_colour)
                p.drawText(
                    QRectF(x - gap / 2, top - fm.height(), slot, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    text,
                )
            p.setFont(self.font())
        return slot

    def _paint_names(
        self,
        p: QPainter,
        fm: QFontMetrics,
        plot: QRectF,
        slot: float,
        text_colour: QColor,
        muted: QColor,
    ) -> None:
        # x axis and client names at 45°, ending under their bars
        p.setPen(QPen(muted, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        label_w = min(self.LABEL_WIDTH, max(60, self.height() // 3))
        every = max(1, math.ceil(fm.height() * 1.3 / slot))
        for i, bar in enumerate(self._bars):
            if i % every and bar.clients == 1:
                continue
            name = fm.elidedText(self.bar_label(bar), Qt.TextElideMode.ElideRight, label_w)
            cx = plot.left() + (i + 0.5) * slot
            p.save()
            p.translate(cx + fm.height() * 0.3, plot.bottom() + 6)
            p.rotate(-45)
            italic = QFont(self.font())
            italic.setItalic(bar.clients > 1)
            p.setFont(italic)
            p.setPen(text_colour)
            p.drawText(
                QRectF(-label_w, -fm.height(), label_w, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            p.restore()

    def _paint_cumulative(self, p: QPainter, plot: QRectF, slot: float) -> None:
        """The A and B limits, and the cumulative share as a line with a dot per bar."""
        # guides at the A and B limits (named in the legend: labels here would cross the line)
        p.setPen(QPen(GUIDE_COLOUR, 1, Qt.PenStyle.DashLine))
        for guide in self._guides:
            y = self._y_share(plot, float(guide))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

        # cumulative share line with dots
        points = [
            QPointF(plot.left() + (i + 0.5) * slot, self._y_share(plot, float(b.cumulative)))
            for i, b in enumerate(self._bars)
        ]
        p.setPen(QPen(LINE_COLOUR, 2))
        p.drawPolyline(points)
        p.setBrush(self.palette().base())
        radius = 3.5 if slot >= 12 else 2.0
        for pt in points:
            p.drawEllipse(pt, radius, radius)

    def _vertical_text(
        self, p: QPainter, text: str, x: float, plot: QRectF, fm: QFontMetrics, *, clockwise: bool
    ) -> None:
        p.save()
        p.setPen(self.palette().text().color())
        p.translate(x + (-fm.height() if clockwise else 0), plot.center().y())
        p.rotate(90 if clockwise else -90)
        p.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, int(plot.height())),
        )
        p.restore()

    def _legend_items(self) -> list[tuple[QColor, str, str]]:
        """(colour, text, how the sample is drawn: box, line or dashed)."""
        items = [
            (ABC_COLOURS["A"], self.tr("A clients"), "box"),
            (ABC_COLOURS["B"], self.tr("B clients"), "box"),
            (ABC_COLOURS["C"], self.tr("C clients"), "box"),
        ]
        if any(b.clients > 1 for b in self._bars):
            items.append((OTHERS_COLOUR, self.tr("Others, grouped"), "box"))
        items.append((LINE_COLOUR, self.tr("Cumulative share"), "line"))
        a, b = (format_share(g, self.locale(), 0) for g in self._guides)
        limits = self.tr("{a} and {b}: limits of A and B").format(a=a, b=b)
        items.append((GUIDE_COLOUR, limits, "dashed"))
        return items

    def _legend_places(self, fm: QFontMetrics) -> list[QPointF]:
        """Where each legend item starts, wrapping onto more rows on a narrow chart."""
        x0, right = 16 + fm.height(), self.width() - 16
        x, y = float(x0), 6.0
        places = []
        for _colour, text, _kind in self._legend_items():
            width = 24 + fm.horizontalAdvance(text)
            if x > x0 and x + width > right:
                x, y = float(x0), y + fm.height() + 4
            places.append(QPointF(x, y))
            x += width + 18
        return places

    def _legend(self, p: QPainter, fm: QFontMetrics, plot: QRectF) -> None:
        h = fm.height()
        text_colour = self.palette().text().color()
        for (colour, text, kind), at in zip(
            self._legend_items(), self._legend_places(fm), strict=True
        ):
            x, mid = at.x(), at.y() + h / 2
            if kind == "dashed":
                p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            elif kind == "line":
                p.setPen(QPen(colour, 2))
                p.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
                p.setBrush(self.palette().base())
                p.drawEllipse(QPointF(x + 9, mid), 3.0, 3.0)
            else:
                p.fillRect(QRectF(x, at.y() + 2, 18, h - 4), colour)
            p.setPen(text_colour)
            p.drawText(QRectF(x + 24, at.y(), 400, h), Qt.AlignmentFlag.AlignVCenter, text)

    # --- tooltips -----------------------------------------------------------------------------
    def bar_at(self, x: float, y: float) -> int | None:
        for i, rect in enumerate(self._bar_rects):
            # the whole column counts, so thin bars of the tail are easy to point at
            if rect.left() <= x <= rect.right() and y <= rect.bottom():
                return i
        return None

    def tooltip_text(self, index: int) -> str:
        bar = self._bars[index]
        locale = self.locale()
        return self.tr(
            "{name}\nRevenue: {revenue} {currency}\nShare: {share}\nCumulative: {cumulative}"
        ).format(
            name=self.bar_label(bar),
            revenue=format_amount(bar.revenue, locale),
            currency=self._currency,
            share=format_share(bar.share, locale),
            cumulative=format_share(bar.cumulative, locale),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x(), event.pos().y())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)
