"""The blocks of the Today page, one under another: tasks, birthdays, prices and promotions
about to end, overdue invoices, key clients out of touch (today's meetings: today_meetings).

Each block is a title, a note (what the list means, or its empty state) and its rows, drawn
from the records of services.today. A block does not act by itself: a click on a client, a
meeting or a task's box is emitted as a signal the section acts on (open the dossier, open the
meeting, mark the task done). Only Qt here: the services are imported for their types only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.meetings.meeting_common import STATES, day_text
from kamdesk.ui.widgets.elided_label import ElidedButton, ElidedLabel
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import (
    CALL_TEXT,
    HEADING,
    MEETING_BLUE,
    ON_DARK,
    READY_PALE,
    TEXT_MUTED,
    TEXT_WEAK,
    WEEKEND,
)

if TYPE_CHECKING:
    from kamdesk.services.schedule.client_alerts import (
        ExpiringPrice,
        ExpiringPromotion,
        OverdueClient,
        StaleClient,
    )
    from kamdesk.services.schedule.today import Birthday, TodayTask

SHOWN = 8  # rows of a long list; the rest is counted
BIRTHDAYS_SHOWN = 12
DAY_COLUMN = 110  # the day (or how late) before a row's text, at least
RED = STATES["missing"][1]
AMBER = STATES["warning"][1]
MUTED = TEXT_MUTED
# One style sheet per block, rules chosen by object name and property: a style sheet set on
# each of hundreds of labels costs seconds on a busy day.
STYLE = f"""
QLabel#blockTitle {{ font-size: 14px; font-weight: bold; }}
QLabel#blockNote {{ color: palette(placeholder-text); }}
QLabel[tone="muted"] {{ color: {MUTED}; }}
QLabel[tone="bold"] {{ font-weight: bold; }}
QLabel[tone="late"] {{ color: {RED}; font-weight: bold; }}
QLabel[tone="red"] {{ color: {RED}; }}
QLabel[tone="amber"] {{ color: {AMBER}; }}
QLabel[tone="amberBold"] {{ color: {AMBER}; font-weight: bold; }}
QLabel[tone="vip"] {{ color: {AMBER}; font-weight: bold; font-size: 11px; }}
QLabel[tone="weak"] {{ color: {TEXT_WEAK}; }}
QLabel[tone="time"] {{ font-size: 15px; font-weight: bold; }}
QLabel[tone="timeOver"] {{ font-size: 15px; font-weight: bold; color: {MUTED}; }}
QLabel#leaveBy {{ font-weight: bold; font-size: 13px; padding: 4px 9px; border-radius: 4px; }}
QLabel#leaveBy[phase="leave"] {{ background: {HEADING}; color: {ON_DARK}; font-size: 14px; }}
QLabel#leaveBy[phase="now"] {{ background: {RED}; color: {ON_DARK}; font-size: 14px; }}
QLabel#leaveBy[phase="calm"] {{ background: {READY_PALE["green"]}; color: {CALL_TEXT}; }}
QLabel#leaveBy[phase="over"] {{ background: {WEEKEND}; color: {MUTED}; }}
QLabel#readiness {{ color: {ON_DARK}; border-radius: 6px; }}
QLabel#readiness[level="ok"] {{ background: {STATES["ok"][1]}; }}
QLabel#readiness[level="warning"] {{ background: {AMBER}; }}
QLabel#readiness[level="missing"] {{ background: {RED}; }}
QFrame#meetingRow {{ border: 1px solid palette(mid); border-radius: 5px;
    background: palette(base); }}
QFrame#meetingRow[happening="true"] {{ border: 1px solid {MEETING_BLUE}; }}
LinkButton {{ border: none; padding: 0; text-align: left; color: palette(link); }}
LinkButton:hover, LinkButton:focus {{ text-decoration: underline; }}
LinkButton[bold="true"] {{ font-weight: bold; }}
LinkButton[muted="true"] {{ color: {MUTED}; }}
"""


def make_label(text: str = "", *, name: str = "", tone: str = "", rich: bool = False) -> QLabel:
    """A label; `tone` picks its colour and weight from STYLE."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    if tone:
        label.setProperty("tone", tone)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _empty(layout: QLayout) -> None:
    """Remove everything in a layout at once (not only at the next event loop turn)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()


class Block(QFrame):
    """One block of the Today page: a title and whatever goes under it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayBlock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # never squeezed below what it shows: the page scrolls instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet(STYLE)
        self.title = QLabel(f"<b>{html.escape(title)}</b>")
        self.title.setObjectName("blockTitle")
        self.note = QLabel()
        self.note.setObjectName("blockNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self.body)

    def clear(self) -> None:
        _empty(self.body)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def add_more(self, text: str) -> None:
        """'… and 12 more' under a list cut short."""
        self.body.addWidget(make_label(text, name="more", tone="muted"))

    def add_heading(self, text: str, tone: str = "bold") -> QLabel:
        heading = make_label(text, name="subheading", tone=tone)
        self.body.addWidget(heading)
        return heading


SUBJECT_AT_LEAST = 220  # a task's subject keeps this much; what follows it gives way first
LINK_AT_LEAST = 150  # and a client's name after it


class LinkButton(ElidedButton):
    """A name that opens something (a client's dossier, a meeting), drawn like a link but
    reachable with the keyboard and clicked like any button."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # a name keeps this much: a note after it ("agreed at …") gives way first
        self.setMinimumWidth(min(super().sizeHint().width(), LINK_AT_LEAST))

    def set_look(self, *, muted: bool = False, bold: bool = False) -> None:
        """Before it is shown (STYLE reads the properties when the button is polished)."""
        self.setProperty("muted", muted)
        self.setProperty("bold", bold)


def line_up(labels: Sequence[QLabel], at_least: int = DAY_COLUMN) -> None:
    """The first column of a block's rows (a due day, how late) as wide as its widest text in
    this language, so the texts after it start at one place and none is cut."""
    widest = max([at_least, *(label.sizeHint().width() for label in labels)])
    for label in labels:
        label.setMinimumWidth(widest)


def make_row(*widgets: QWidget, stretch: bool = True, spacing: int = 10) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(spacing)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return row


# --- tasks ------------------------------------------------------------------------------------


class TasksBlock(Block):
    """Overdue tasks in red with how late they are, then those due this week: ticking the box
    marks the task done."""

    taskDone = Signal(str)
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tasks"), parent)
        self.setObjectName("tasksBlock")
        self.boxes: dict[str, QCheckBox] = {}
        self._days: list[QLabel] = []  # each row's due day or how late, lined up

    def fill(
        self,
        overdue: Sequence[TodayTask],
        overdue_count: int,
        upcoming: Sequence[TodayTask],
        upcoming_count: int,
        today: date,
    ) -> None:
        self.clear()
        self.boxes = {}
        self._days = []
        if overdue:
            self.add_heading(self.tr("Overdue (%n)", "", overdue_count), "late")
            for t in overdue[:SHOWN]:
                late = self.tr("%n day(s) overdue", "", t.days_overdue)
                self._task(t, late, True)
            self._more(overdue_count, min(len(overdue), SHOWN))
        if upcoming:
            self.add_heading(self.tr("Due in the next 7 days (%n)", "", upcoming_count))
            for t in upcoming[:SHOWN]:
                when = self.tr("Today") if t.due_date == today else day_text(t.due_date)
                self._task(t, when, False)
            self._more(upcoming_count, min(len(upcoming), SHOWN))
        line_up(self._days)
        self.set_note(
            "" if overdue or upcoming else self.tr("No tasks overdue or due in the next 7 days.")
        )

    def _more(self, total: int, shown: int) -> None:
        if total > shown:
            self.add_more(self.tr("… and %n more", "", total - shown))

    def _ticked(self, on: bool, task_id: str) -> None:
        if on:
            self.taskDone.emit(task_id)

    def _task(self, t: TodayTask, when: str, late: bool) -> None:
        box = QCheckBox()
        box.setObjectName("taskDone")
        box.setToolTip(self.tr("Mark done"))
        box.setAccessibleName(self.tr("Mark done: {task}").format(task=t.subject))
        tid = t.id
        box.toggled.connect(lambda on, i=tid: self._ticked(on, i))
        self.boxes[t.id] = box
        due = make_label(when, name="taskDue")
        self._days.append(due)
        if late:
            due.setProperty("tone", "late")
        subject = ElidedLabel(t.subject)  # a long subject gives way, kept readable
        subject.setObjectName("taskSubject")
        subject.setMinimumWidth(min(subject.sizeHint().width(), SUBJECT_AT_LEAST))
        if late:
            subject.setProperty("tone", "red")
        widgets: list[QWidget] = [box, due, subject]
        if t.client_id is not None:
            link = LinkButton(t.client_name)
            link.setObjectName("taskClient")
            cid = t.client_id
            link.clicked.connect(lambda _c=False, c=cid: self.clientClicked.emit(c))
            widgets += [make_label("·", tone="muted"), link]
        if t.follow_up_of:
            after = self.tr("agreed at “{meeting}”").format(meeting=t.follow_up_of)
            # it gives way where the row runs long (a long subject, a language's long words)
            follow_up = ElidedLabel(after)
            follow_up.setObjectName("followUp")
            follow_up.setProperty("tone", "muted")
            widgets.append(follow_up)
        self.body.addLayout(make_row(*widgets, spacing=8))


# --- birthdays --------------------------------------------------------------------------------


class BirthdaysBlock(Block):
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Birthdays this week"), parent)
        self.setObjectName("birthdaysBlock")

    def fill(self, birthdays: Sequence[Birthday], today: date) -> None:
        self.clear()
        days: list[QLabel] = []
        for b in birthdays[:BIRTHDAYS_SHOWN]:
            is_today = b.on == today
            when = make_label(self.tr("Today") if is_today else day_text(b.on), name="birthdayDay")
            days.append(when)
            if is_today:
                when.setProperty("tone", "amberBold")
            name = make_label(b.name, name="birthdayName", tone="bold")
            widgets: list[QWidget] = [when, name]
            if b.turns is not None:
                widgets.append(make_label(self.tr("turns {age}").format(age=b.turns), name="turns"))
            if b.position:
                widgets.append(make_label(b.position, tone="muted"))
            link = LinkButton(b.client_name)
            link.setObjectName("birthdayClient")
            link.clicked.connect(lambda _c=False, c=b.client_id: self.clientClicked.emit(c))
            widgets += [make_label("·", tone="muted"), link]
            if b.is_vip:
                widgets.append(
                    make_label(
                        self.tr("VIP"),
                        name="vip",
                        tone="vip",
                    )
                )
            self.body.addLayout(make_row(*widgets, spacing=8))
        line_up(days)
        if len(birthdays) > BIRTHDAYS_SHOWN:
            self.add_more(self.tr("… and %n more", "", len(birthdays) - BIRTHDAYS_SHOWN))
        self.set_note(
            ""
            if birthdays
            else self.tr("No birthdays this week among key clients' contacts and VIPs.")
        )


# --- prices and promotions about to end -------------------------------------------------------


class ExpiringBlock(Block):
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Special prices and promotions ending soon"), parent)
        self.setObjectName("expiringBlock")

    def _left(self, days: int) -> str:
        return self.tr("ends today") if days == 0 else self.tr("in %n day(s)", "", days)

    @staticmethod
    def _grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, 100)
        grid.setColumnStretch(4, 1)
        return grid

    def _line(
        self, grid: QGridLayout, row: int, ends: date, days: int, first: QWidget, second: QWidget
    ) -> None:
        day = make_label(day_text(ends), name="ends")
        left = make_label(self._left(days), name="daysLeft", tone="amber")
        for column, widget in enumerate((day, left, first, second)):
            grid.addWidget(widget, row, column)

    def fill(
        self,
        prices: Sequence[ExpiringPrice],
        price_count: int,
        promotions: Sequence[ExpiringPromotion],
    ) -> None:
        self.clear()
        if prices:
            self.add_heading(self.tr("Special prices ending within 30 days"))
            grid = self._grid()
            for row, p in enumerate(prices[:SHOWN]):
                link = LinkButton(p.client_name)
                link.setObjectName("priceClient")
                link.clicked.connect(lambda _c=False, c=p.client_id: self.clientClicked.emit(c))
                what = make_label(
                    self.tr("{sku} {name} at {price}").format(
                        sku=p.sku, name=p.product_name, price=money(p.price, p.currency)
                    ),
                    name="priceProduct",
                )
                self._line(grid, row, p.valid_to, p.days_left, link, what)
            self.body.addLayout(grid)
            if price_count > SHOWN:
                self.add_more(self.tr("… and %n more", "", price_count - SHOWN))
        if promotions:
            self.add_heading(self.tr("Promotions ending within 14 days"))
            grid = self._grid()
            for row, promo in enumerate(promotions[:SHOWN]):
                name = make_label(promo.name, name="promotionName", tone="bold")
                widgets: list[QWidget] = []
                if promo.for_every_client:
                    widgets.append(make_label(self.tr("for every client"), tone="muted"))
                else:
                    # a whole phrase before the list of names, never a lone preposition
                    only = self.tr("for %n client(s):", "", len(promo.clients))
                    widgets.append(make_label(only, tone="muted"))
                    for ref in promo.clients[:3]:
                        link = LinkButton(ref.name)
                        link.setObjectName("promotionClient")
                        link.clicked.connect(lambda _c=False, c=ref.id: self.clientClicked.emit(c))
                        widgets.append(link)
                    if len(promo.clients) > 3:
                        rest = self.tr("and %n more", "", len(promo.clients) - 3)
                        widgets.append(make_label(rest, tone="muted"))
                holder = QWidget()
                holder.setLayout(make_row(*widgets, spacing=6))
                self._line(grid, row, promo.ends_on, promo.days_left, name, holder)
            self.body.addLayout(grid)
            if len(promotions) > SHOWN:
                self.add_more(self.tr("… and %n more", "", len(promotions) - SHOWN))
        self.set_note(
            ""
            if prices or promotions
            else self.tr(
                "No special price ends in the next 30 days, and no promotion in the next 14."
            )
        )


# --- money owed -------------------------------------------------------------------------------


class DebtsBlock(Block):
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Overdue invoices by client"), parent)
        self.setObjectName("debtsBlock")

    def fill(self, debts: Sequence[OverdueClient], count: int) -> None:
        self.clear()
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for row, d in enumerate(debts[:SHOWN]):
            link = LinkButton(d.client_name)
            link.setObjectName("debtClient")
            link.clicked.connect(lambda _c=False, c=d.client_id: self.clientClicked.emit(c))
            amount = make_label(money(d.amount, d.currency), name="debtAmount")
            amount.setProperty("tone", "late")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            invoices = make_label(self.tr("%n invoice(s)", "", d.invoices), tone="muted")
            oldest = make_label(
                self.tr("oldest %n day(s) overdue", "", d.oldest_days), name="debtOldest"
            )
            for column, widget in enumerate((link, amount, invoices, oldest)):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(4, 1)
        self.body.addLayout(grid)
        if count > SHOWN:
            self.add_more(self.tr("… and %n more client(s)", "", count - SHOWN))
        self.set_note(
            self.tr("Open amounts after payments and credit notes, the oldest debt first.")
            if debts
            else self.tr("No overdue invoices.")
        )


# --- key clients out of touch -----------------------------------------------------------------


class StaleBlock(Block):
    clientClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Key clients not contacted"), parent)
        self.setObjectName("staleBlock")

    def fill(
        self, stale: Sequence[StaleClient], count: int, stale_days: int, key_count: int
    ) -> None:
        self.clear()
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for row, c in enumerate(stale[:SHOWN]):
            link = LinkButton(c.client_name)
            link.setObjectName("staleClient")
            link.clicked.connect(lambda _c=False, cid=c.client_id: self.clientClicked.emit(cid))
            if c.days is None or c.last_contact is None:
                since = make_label(self.tr("never met or called"), name="staleSince")
                since.setProperty("tone", "red")
            else:
                since = make_label(
                    self.tr("%n day(s) since the last meeting or call", "", c.days),
                    name="staleSince",
                )
                when = make_label(day_text(c.last_contact, year=True), tone="muted")
                grid.addWidget(when, row, 2)
            grid.addWidget(link, row, 0)
            grid.addWidget(since, row, 1)
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)
        if count > SHOWN:
            self.add_more(self.tr("… and %n more", "", count - SHOWN))
        if stale:
            note = self.tr("No meeting or call held in more than %n day(s).", "", stale_days)
        elif key_count:
            note = self.tr(
                "Every key client was met or called in the last %n day(s).", "", stale_days
            )
        else:
            note = self.tr(
                "No key clients yet: record a key reason in a client's dossier, or wait for "
                "revenue to make one key."
            )
        self.set_note(note)
