"""Small pieces the meeting window's pages share: how days, times and readiness states look."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QTime

from kamdesk.ui.widgets import numbers
from kamdesk.ui.widgets.style import READINESS_STATES

# state -> (mark, colour, pale background)
STATES = READINESS_STATES
SECTION_STYLE = "font-size: 15px; font-weight: 600; margin-top: 10px;"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def day_text(day: date, *, year: bool = False) -> str:
    """'Tue 24 Nov' (with the year when asked), as the interface's locale writes it."""
    return numbers.day_text(day, year=year)


def time_text(moment: datetime) -> str:
    return numbers.time_text(moment)


def when_text(moment: datetime, minutes: int) -> str:
    """'Tue 24 Nov, 09:30–10:30'."""
    end = moment.timestamp() + minutes * 60
    finish = datetime.fromtimestamp(end, moment.tzinfo)
    return f"{day_text(moment.date())}, {time_text(moment)}–{time_text(finish)}"


def score_colour(score: int, ready: bool) -> str:
    """Green only when ready: a high score and nothing missing (domain.meeting.tone)."""
    from kamdesk.domain.meeting import tone

    return STATES[tone(score, ready)][1]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute)
