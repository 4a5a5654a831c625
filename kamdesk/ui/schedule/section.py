"""The Schedule section: the week of meetings and calls (week_view) with how ready each one
is, the chosen day as a list underneath, and the week as a calendar file.

Services are imported inside methods: the main window imports this module before the
database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.schedule import days_of, week_of
from kamdesk.services.changes import Change, Changes
from kamdesk.ui import windows
from kamdesk.ui.operations import Reader
from kamdesk.ui.schedule.schedule_day import DAY_WIDTHS, DayModel, conflict_pairs, not_ready
from kamdesk.ui.schedule.week_calendar import WeekCalendar
from kamdesk.ui.schedule.week_layout import (
    AMBER,
    CALL_SIGN,
    DAYS,
    GREEN,
    MEETING_SIGN,
    OPEN_AT_H,
    RED,
    SNAP_MIN,
    aware,
)
from kamdesk.ui.widgets import file_dialogs
from kamdesk.ui.widgets.columns import fit_columns
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import elided_label, wrapping
from kamdesk.ui.widgets.list_section import list_table
from kamdesk.ui.widgets.numbers import day_span, day_text, long_day_text
from kamdesk.ui.widgets.table_state import remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.schedule.records import WeekItem
    from kamdesk.ui.operations import ChangeHub

# readiness depends on the client's dossier, its contacts, its orders (the offer) and the rules
WATCHED = frozenset(
    {Change.SCHEDULE, Change.CLIENTS, Change.ORDERS, Change.CONTACTS, Change.SETTINGS}
)


class ScheduleSection(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        clock: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleSection")
        self._today = today
        self.tz = tz
        self.clock = clock or (lambda: datetime.now(tz).astimezone(tz))
        self.db: Database | None = None
        self.hub: ChangeHub | None = None
        self._stale = False
        self._scrolled = False
        self.monday = week_of(today())[0]
        self.items: list[WeekItem] = []
        self._reader = Reader(self)  # the week is read off the GUI thread
        self.last_notice = ""

        self._make_week_bar()

        self.calendar = WeekCalendar(clock=self.clock)
        self.view = self.calendar.view
        self.header = self.calendar.header

        self._make_day_list()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)  # the room between the heading and the buttons
        top.addSpacing(8)
        top.addWidget(self.print_button)  # beside the buttons below, a narrow window would widen
        top.addWidget(self.export_button)  # with Print: the week's label keeps its room below
        bar = QHBoxLayout()
        bar.setSpacing(4)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        bar.addWidget(self.new_meeting_button)
        bar.addWidget(self.new_call_button)
        day_panel = QWidget()
        day_layout = QVBoxLayout(day_panel)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.setSpacing(2)
        day_layout.addWidget(self.day_title)
        day_layout.addWidget(self.day_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("scheduleSplitter")
        self.splitter.addWidget(self.calendar)
        self.splitter.addWidget(day_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 190])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._connect()
        for widget in self._needs_db():
            widget.setEnabled(False)
        self.view.selected_day = today().weekday()
        self._show_week_label()

    def _make_week_bar(self) -> None:
        """The heading and summary, the week's navigation and the buttons to add or export."""
        self.heading = QLabel(self.tr("<h2>Schedule</h2>"))
        self.summary = QLabel(self.tr("Opening the database…"))
        self.summary.setObjectName("weekSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("font-size: 13px;")
        wrapping(self.summary)  # a narrow window: on two lines, never clipped nor wider
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.prev_button = QToolButton()
        self.prev_button.setObjectName("previousWeek")
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.today_button = QPushButton(icon("today"), self.tr("Today"))
        self.today_button.setObjectName("thisWeek")
        self.today_button.setToolTip(self.tr("This week, today chosen"))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextWeek")
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.week_label = elided_label(name="weekLabel")  # narrow: shortened, whole in its tip
        self.week_label.setStyleSheet("font-size: 15px; font-weight: bold; padding-left: 8px;")
        self.new_meeting_button = QPushButton(icon("new"), self.tr("New meeting…"))
        self.new_meeting_button.setObjectName("newMeeting")
        self.new_call_button = QPushButton(icon("new"), self.tr("New call…"))
        self.new_call_button.setObjectName("newCall")
        self.export_button = QPushButton(icon("calendar_export"), self.tr("Export week (.ics)…"))
        self.export_button.setObjectName("exportWeek")
        self.export_button.setToolTip(
            self.tr("Save the week's meetings and calls as a file for a phone or mail calendar")
        )
        self.print_button = QPushButton(icon("print"), self.tr("Print week…"))
        self.print_button.setObjectName("printWeek")
        self.print_button.setToolTip(self.tr("The week on one page: preview, print or save"))

    def _make_day_list(self) -> None:
        """The chosen day's meetings and calls as a list under the week."""
        self.day_title = elided_label(name="dayTitle")  # narrow: shortened, whole in its tip
        self.day_title.setStyleSheet("font-weight: bold; padding: 4px 0 2px 0;")
        self.day_model = DayModel(self)
        self.day_table = list_table("dayList", word_wrap=False)
        self.day_table.setModel(self.day_model)
        header = self.day_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(self.day_table, DAY_WIDTHS)
        remember_table(self.day_table, "dayList")  # in time order until a header is clicked

    def _connect(self) -> None:
        self.prev_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.today_button.clicked.connect(self.this_week)
        self.new_meeting_button.clicked.connect(lambda: self.new_meeting("meeting"))
        self.new_call_button.clicked.connect(lambda: self.new_meeting("call"))
        self.export_button.clicked.connect(self.export_week)
        self.print_button.clicked.connect(self.print_week)
        self.view.open_requested.connect(self.open_meeting)
        self.view.create_requested.connect(lambda start: self.open_meeting(None, start=start))
        self.view.move_requested.connect(self.move_meeting)
        self.view.day_selected.connect(lambda _day: self._show_day())
        self.view.selection_changed.connect(self._select_row)
        self.day_table.doubleClicked.connect(self._open_row)
        self.day_table.activated.connect(self._open_row)
        self.day_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current)
        )
        for keys, step in (("Alt+Left", self.previous_week), ("Alt+Right", self.next_week)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(step)

    def _needs_db(self) -> tuple[QWidget, ...]:
        return (self.new_meeting_button, self.new_call_button, self.export_button,
                self.print_button)  # fmt: skip

    # --- wiring -------------------------------------------------------------------------------
    def attach(self, db: Database, hub: ChangeHub) -> None:
        self.db, self.hub = db, hub
        hub.changed.connect(self._on_changed)
        for widget in self._needs_db():
            widget.setEnabled(True)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes & WATCHED:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled:
            self._scrolled = True
            self.calendar.scroll_to_hour(OPEN_AT_H)
        if self._stale or self.view.today != self._today():
            self.refresh()

    # --- the week -----------------------------------------------------------------------------
    def go_to(self, monday: date) -> None:
        self.monday = week_of(monday)[0]
        self.refresh()

    def previous_week(self) -> None:
        self.go_to(self.monday - timedelta(days=7))

    def next_week(self) -> None:
        self.go_to(self.monday + timedelta(days=7))

    def this_week(self) -> None:
        today = self._today()
        self.view.selected_day = today.weekday()
        self.go_to(today)
        now = self.clock()
        hour = now.hour - 1 if now.date() == today and now.hour > OPEN_AT_H else OPEN_AT_H
        self.calendar.scroll_to_hour(min(hour, 16))

    @property
    def loading(self) -> bool:
        """True while the week is being read: what it shows is about to be replaced."""
        return self._reader.busy

    def refresh(self, *, now: bool = False) -> None:
        """Read the shown week again: off the GUI thread, or at once when `now`."""
        self._show_week_label()
        if self.db is None:
            return
        from kamdesk.services.schedule.week import week

        self._stale = False
        today, monday, tz = self._today(), self.monday, self.tz

        def read(session: Session) -> list[WeekItem]:
            return week(session, monday, today=today, tz=tz)

        def show(items: list[WeekItem]) -> None:
            self.items = items
            self.view.set_week(monday, items, today=today, tz=tz)
            self._fill_header()
            self.summary.setText(self.summary_html())
            self._show_day()

        if self.view.monday != monday:
            # another week: its days at once (a double-click lands on the right date), the
            # meetings when read; never the last week's meetings under this week's dates
            self.items = []
            show([])
        if now:
            self._reader.run_now(self.db, read, show)
        else:
            self._reader.run(self.db, read, show)

    def week_label_text(self) -> str:
        first, last = self.monday, self.monday + timedelta(days=6)
        span = day_span(first, last)
        return self.tr("Week {week} · {span}").format(week=first.isocalendar()[1], span=span)

    def _show_week_label(self) -> None:
        self.week_label.setText(self.week_label_text())

    def summary_text(self) -> str:
        """The week in one line: how many meetings and calls, how many not ready, conflicts."""
        return html.unescape(_strip_tags(self.summary_html()))

    def summary_html(self) -> str:
        # a meeting run over from the Sunday before is that week's
        live = [i for i in self.items if i.status != "cancelled" and i.start.date() >= self.monday]
        meetings = sum(1 for i in live if i.kind == "meeting")
        calls = len(live) - meetings
        if not live:
            return html.escape(self.tr("Nothing planned this week"))
        parts = [html.escape(self.tr("%n meeting(s)", "", meetings))]
        if calls:
            parts.append(html.escape(self.tr("%n call(s)", "", calls)))
        lacking = sum(1 for i in live if not_ready(i))
        planned = sum(1 for i in live if i.status == "planned")
        if lacking:
            parts.append(
                f"<span style='color:{AMBER.name()}'><b>"
                + html.escape(self.tr("%n not ready", "", lacking))
                + "</b></span>"
            )
        elif planned:
            parts.append(
                f"<span style='color:{GREEN.name()}'>"
                + html.escape(self.tr("all ready"))
                + "</span>"
            )
        clashes = len(conflict_pairs(live))
        if clashes:
            parts.append(
                f"<span style='color:{RED.name()}'><b>"
                + html.escape(self.tr("%n conflict(s)", "", clashes))
                + "</b></span>"
            )
        return ", ".join(parts)

    def _fill_header(self) -> None:
        counts: list[tuple[str, str]] = []
        clashes: list[int] = []
        tips: list[str] = []
        for day in range(DAYS):
            d = self.monday + timedelta(days=day)
            items = [i for i in self.on_day(d) if i.status != "cancelled"]
            meetings = sum(1 for i in items if i.kind == "meeting")
            calls = len(items) - meetings
            parts = []
            if meetings:
                parts.append(self.tr("%n meeting(s)", "", meetings))
            if calls:
                parts.append(self.tr("%n call(s)", "", calls))
            # a narrow column: each count after the sign of what it counts (people met, the
            # phone), as the week's own blocks mark a call; the words are in the tooltip
            short = [f"{MEETING_SIGN}{meetings}"] if meetings else []
            short += [f"{CALL_SIGN}{calls}"] if calls else []
            counts.append((", ".join(parts), "  ".join(short)))
            n = len(conflict_pairs(items))
            clashes.append(n)
            lacking = sum(1 for i in items if not_ready(i))
            tip = parts + ([self.tr("%n not ready", "", lacking)] if lacking else [])
            tip += [self.tr("%n conflict(s)", "", n)] if n else []
            tips.append(", ".join(tip))
        self.header.set_counts(counts, clashes, tips)

    # --- the chosen day -----------------------------------------------------------------------
    def on_day(self, day: date) -> list[WeekItem]:
        """The meetings on `day`: begun on it, or begun the evening before and run past
        midnight into it."""
        return [i for i in self.items if day in days_of(i.start, i.duration_min)]

    def selected_date(self) -> date:
        return self.monday + timedelta(days=self.view.selected_day)

    def _show_day(self) -> None:
        day = self.selected_date()
        items = self.on_day(day)
        chosen = self.view.selected_id
        self.day_model.set_items(items)
        when = long_day_text(day)
        if items:
            meetings = sum(1 for i in items if i.kind == "meeting")
            parts = [self.tr("%n meeting(s)", "", meetings)] if meetings else []
            if len(items) > meetings:
                parts.append(self.tr("%n call(s)", "", len(items) - meetings))
            self.day_title.setText(
                self.tr("{day}: {count}").format(day=when, count=", ".join(parts))
            )
        else:
            self.day_title.setText(
                self.tr("{day}: nothing planned. Double-click the week to add a meeting.").format(
                    day=when
                )
            )
        self._select_row(chosen)
        self.header.update()
        self._show_week_label()

    def _select_row(self, meeting_id: str) -> None:
        row = self.day_model.row_of(meeting_id) if meeting_id else -1
        current = self.day_table.currentIndex()
        if row < 0:
            if current.isValid():
                self.day_table.clearSelection()
            return
        if current.row() != row:
            self.day_table.selectRow(row)
            self.day_table.scrollTo(self.day_model.index(row, 0))

    def _row_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        meeting_id = self.day_model.item(index.row()).id
        if meeting_id != self.view.selected_id:  # chosen in the list: show it in the week
            self.view.select(meeting_id)
            placed = self.view.placed_of(meeting_id)
            if placed is not None:
                self.view.reveal(placed)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(self.day_model.item(index.row()).id)

    # --- actions ------------------------------------------------------------------------------
    def new_meeting(self, kind: str = "meeting") -> QWidget | None:
        """A new meeting or call on the chosen day: at the next quarter of an hour when that
        is today (tomorrow at 09:00 late in the evening), at 09:00 otherwise."""
        day = self.selected_date()
        now = self.clock()
        minutes = 9 * 60
        if day == now.date():
            if now.hour < 23:
                minutes = (now.hour * 60 + now.minute) // SNAP_MIN * SNAP_MIN + SNAP_MIN
            else:
                day += timedelta(days=1)
        return self.open_meeting(None, start=aware(day, minutes, self.tz), kind=kind)

    def open_meeting(
        self,
        meeting_id: str | None,
        *,
        start: datetime | None = None,
        kind: str = "meeting",
        client_id: str | None = None,
    ) -> QWidget | None:
        """The meeting's window (raised if already open), or a new meeting's at `start`."""
        if self.db is None or self.hub is None:
            return None
        return windows.open_meeting(
            self.db,
            self.hub,
            meeting_id,
            parent=self.window(),
            client_id=client_id,
            start=start,
            kind=kind,
            today=self._today(),
        )

    def move_meeting(self, meeting_id: str, start: datetime, duration_min: int) -> bool:
        """A block dragged or stretched in the week: the meeting gets the new time."""
        if self.db is None or self.hub is None:
            return False
        from kamdesk.services.schedule.meetings import Slot, move_meeting
        from kamdesk.ui.undo import commands as undo_commands
        from kamdesk.ui.widgets.conflicts import run_edit

        item = next((i for i in self.items if i.id == meeting_id), None)
        shown = None if item is None else Slot(item.start, item.duration_min)

        def op(session: Any, pick: Any) -> bool:
            mine = pick.mine(Slot(start, duration_min))
            base = None if shown is None else pick.rebase(shown)
            move_meeting(session, meeting_id, mine.start, mine.duration_min, base=base)
            return True

        labels = {"start": self.tr("Start"), "duration_min": self.tr("Duration, minutes")}
        done = run_edit(self, self.db, self.hub, op, labels=labels)
        if not done:
            self.view.update()
            return False
        end = start + timedelta(minutes=duration_min)
        when = day_text(start.date())
        text = self.tr("“{subject}” now {day} {start}–{end}.").format(
            subject=item.subject if item else "",
            day=when,
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
        )
        self.refresh(now=True)  # the clashes the move made must be current to be told
        shown_day = (start.astimezone(self.tz) if self.tz else start).date() - self.monday
        if 0 <= shown_day.days < 7:
            self.view.select_day(shown_day.days)  # the day list follows the meeting
        moved = next((i for i in self.items if i.id == meeting_id), None)
        if shown is not None and moved is not None:  # Ctrl+Z puts it back
            after = Slot(moved.start, moved.duration_min)
            undo_commands.moved(
                self.db, self.hub, meeting_id, moved.subject, shown, after, kind=moved.kind
            )
        if moved is not None and moved.conflicts:
            text += " " + self.tr("It now clashes: {what}").format(
                what=" ".join(c.describe() for c in moved.conflicts[:2])
            )
        self.notify(text)
        return True

    def export_week(self) -> Path | None:
        """Save the shown week as an .ics file where the KAM chooses."""
        if self.db is None:
            return None
        from kamdesk.services.schedule.ics import week_file_name, week_ics

        path = file_dialogs.save_file(
            self,
            "calendar",
            self.tr("Export the week as a calendar file"),
            week_file_name(self.monday),
            self.tr("Calendar files (*.ics)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        with self.db.reading() as session:
            data = week_ics(session, self.monday, tz=self.tz)
        try:
            path.write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                self.tr("The file could not be written: {error}").format(error=exc.strerror or exc),
            )
            return None
        self.notify(
            self.tr(
                "Week {week} saved to {path}: %n calendar event(s)", "", len(self.items)
            ).format(week=self.monday.isocalendar()[1], path=path)
        )
        return path

    def print_week(self) -> None:
        """The shown week as a one-page agenda, in the PDF preview."""
        from kamdesk.ui.schedule.week_agenda import print_week

        if self.loading:  # the week on screen is about to change: print the one being read
            self.refresh(now=True)
        print_week(self)

    def notify(self, text: str) -> None:
        """A passing message in the main window's status bar."""
        self.last_notice = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)


def _strip_tags(text: str) -> str:
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)
