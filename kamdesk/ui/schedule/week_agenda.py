"""The week shown in the Schedule section printed as a one-page agenda (reports/agenda.py), in
the words of the day list: kind, place, readiness, clashes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.reports.agenda import Agenda, AgendaEntry, agenda_pdf
from kamdesk.ui.documents.document_actions import busy
from kamdesk.ui.widgets.pdf_preview import show_pdf

if TYPE_CHECKING:
    from kamdesk.services.schedule.records import WeekItem
    from kamdesk.ui.schedule.schedule_day import DayModel


class ShownWeek(Protocol):
    """What the Schedule section shows (its module imports this one: no import back)."""

    @property
    def monday(self) -> date: ...

    @property
    def items(self) -> list[WeekItem]: ...

    @property
    def day_model(self) -> DayModel: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...

    def week_label_text(self) -> str: ...

    def summary_text(self) -> str: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeekAgenda", text)


def agenda_labels() -> dict[str, str]:
    return {
        "Time": _tr("Time"),
        "Client · subject": _tr("Client · subject"),
        "Place": _tr("Place"),
        "Readiness": _tr("Readiness"),
        "nothing planned": _tr("nothing planned"),
        "+{n} more": _tr("+{n} more"),
        "Printed": _tr("Printed"),
    }


def entry_of(item: WeekItem, words: DayModel) -> AgendaEntry:
    """A meeting or call as the agenda prints it."""
    kind = words.kind_text(item)
    planned = item.status == "planned"
    return AgendaEntry(
        start=item.start,
        end=item.end,
        client=item.client_name,
        subject=item.subject,
        place=kind if item.remote else item.location,
        kind=kind,
        readiness=words.readiness_text(item),
        tone=item.readiness.tone if planned and item.readiness is not None else "",
        note=item.conflicts[0].describe() if planned and item.conflicts else "",
        leave_by=_tr("Leave {time}").format(time=f"{item.leave_by:%H:%M}") if item.travel else "",
        cancelled=item.status == "cancelled",
    )


def week_agenda(section: ShownWeek, printed_at: datetime) -> Agenda:
    return Agenda(
        title=section.week_label_text(),
        monday=section.monday,
        entries=tuple(entry_of(item, section.day_model) for item in section.items),
        summary=section.summary_text(),
        printed_at=printed_at,
        labels=agenda_labels(),
    )


def print_week(section: ShownWeek) -> None:
    """The shown week as a one-page agenda, in the preview (print, save, viewer)."""
    agenda = week_agenda(section, section.clock().replace(second=0, microsecond=0))
    with busy():
        pdf = agenda_pdf(agenda)
    week = section.monday.isocalendar()
    show_pdf(
        cast(QWidget, section),
        pdf,
        title=_tr("Agenda: {week}").format(week=agenda.title),
        file_name=_tr("Agenda {year} week {week}.pdf").format(year=week[0], week=week[1]),
    )
