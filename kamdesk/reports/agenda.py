"""The week as a one-page agenda to carry: each day with its meetings and calls (time, client,
subject, place, how ready), on a single A4 page whatever the week holds.

A full week is set in smaller type; if even the smallest does not fit, the busiest days show
their first meetings and say "+N more". Never a second page.

The ui says the words (kind, place, readiness) in its language: this module lays them out.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.reports.pdf import (
    BAD,
    FONT_BOLD,
    MUTED,
    OK,
    SHADE,
    WARN,
    build_pdf,
    colored,
    content_size,
    esc,
    format_date,
    styles,
    table_style,
    text_width,
)

SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)  # type sizes tried, largest first
TONES: dict[str, Color] = {"ok": OK, "warning": WARN, "missing": BAD}
PLACE_SHARE = 0.3  # of what the time and readiness columns leave; the rest to client, subject


@dataclass(frozen=True)
class AgendaEntry:
    """One meeting or call as the agenda prints it."""

    start: datetime
    end: datetime
    client: str
    subject: str
    place: str  # the address, or "Phone call", "Video meeting"…
    kind: str = ""  # "Meeting", "Phone call" (printed before the place when remote)
    readiness: str = ""  # "82", "Done", "Cancelled"
    tone: str = ""  # ok / warning / missing: the readiness's colour
    note: str = ""  # a clash, in red under the subject
    leave_by: str = ""  # "Leave 08:40" under the place
    cancelled: bool = False


@dataclass(frozen=True)
class Agenda:
    title: str  # "Week 48 · 23–29 Nov 2026"
    monday: date
    entries: tuple[AgendaEntry, ...]
    summary: str = ""  # "5 meetings, 2 calls, 1 not ready"
    printed_at: datetime | None = None
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def days(self) -> list[tuple[date, list[AgendaEntry]]]:
        """Monday to Friday always, Saturday and Sunday when something is on."""
        out = []
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            entries = sorted((e for e in self.entries if e.start.date() == day),
                             key=lambda e: e.start)  # fmt: skip
            if offset < 5 or entries:
                out.append((day, entries))
        return out


@dataclass(frozen=True)
class _Type:
    size: float
    cell: ParagraphStyle
    bold: ParagraphStyle
    small: ParagraphStyle

    @classmethod
    def of(cls, size: float) -> _Type:
        base = styles().cell
        cell = ParagraphStyle(f"agenda{size}", parent=base, fontSize=size, leading=size * 1.2)
        return cls(
            size,
            cell,
            ParagraphStyle(f"agendaDay{size}", parent=cell, fontName=FONT_BOLD),
            ParagraphStyle(
                f"agendaSmall{size}",
                parent=cell,
                fontSize=size - 1,
                leading=(size - 1) * 1.2,
                textColor=MUTED,
            ),
        )


def _entry_row(entry: AgendaEntry, t: _Type) -> list[Any]:
    strike = ("<strike>", "</strike>") if entry.cancelled else ("", "")
    what = f"{strike[0]}<b>{esc(entry.client)}</b>"
    if entry.subject:
        what += f" · {esc(entry.subject)}"
    what += strike[1]
    cells: list[Any] = [
        Paragraph(f"{entry.start:%H:%M}–{entry.end:%H:%M}", t.cell),
        [Paragraph(what, t.cell)],
        [Paragraph(esc(entry.place), t.cell)],
        Paragraph(
            colored(esc(entry.readiness), TONES[entry.tone])
            if entry.tone in TONES
            else esc(entry.readiness),
            t.cell,
        ),
    ]
    if entry.note:
        cells[1].append(Paragraph(colored(esc(entry.note), BAD), t.small))
    if entry.leave_by:
        cells[2].append(Paragraph(esc(entry.leave_by), t.small))
    return cells


def _widths(agenda: Agenda, t: _Type, width: float) -> list[float]:
    """The time and the readiness as wide as their text; the place and the client share the
    rest."""
    pad = 10.0  # a cell's padding, and a little to spare

    def need(texts: Iterable[str]) -> float:
        return max((text_width(x, t.cell.fontName, t.size) for x in texts), default=0.0) + pad

    time = need(["00:00–00:00"])
    ready = need([agenda.label("Readiness"), *(e.readiness for e in agenda.entries)])
    rest = max(width - time - ready, width / 2)
    return [time, rest * (1 - PLACE_SHARE), rest * PLACE_SHARE, ready]


def _week_table(agenda: Agenda, t: _Type, width: float, most: int | None) -> Table:
    """The days one under the other, a shaded band each, then its entries (the first `most`
    of a busier day, and a line saying how many more)."""
    heads = ("Time", "Client · subject", "Place", "Readiness")
    rows: list[list[Any]] = [[Paragraph(esc(agenda.label(h)), t.small) for h in heads]]
    commands: list[tuple[Any, ...]] = []
    for day, entries in agenda.days():
        band = format_date(day)
        if not entries:
            band += "  ·  " + agenda.label("nothing planned")
        commands += [("SPAN", (0, len(rows)), (-1, len(rows))),
                     ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)]  # fmt: skip
        rows.append([Paragraph(esc(band), t.bold), "", "", ""])
        shown = entries if most is None else entries[:most]
        rows += [_entry_row(e, t) for e in shown]
        if len(shown) < len(entries):
            more = agenda.label("+{n} more").format(n=len(entries) - len(shown))
            commands.append(("SPAN", (1, len(rows)), (-1, len(rows))))
            rows.append(["", Paragraph(f"<i>{esc(more)}</i>", t.small), "", ""])
    pad = max(1.0, t.size / 5)
    commands += [("TOPPADDING", (0, 0), (-1, -1), pad),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 0.5),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.3, SHADE)]  # fmt: skip
    return Table(
        rows,
        colWidths=_widths(agenda, t, width),
        style=table_style(header=False, grid=False, extra=commands),
        hAlign="LEFT",
    )


def _heading(agenda: Agenda) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(esc(agenda.title), st.title)]
    if agenda.summary:
        story.append(Paragraph(esc(agenda.summary), st.subtitle))
    story.append(Spacer(1, 4))
    return story


def _fitting_table(agenda: Agenda, width: float, height: float) -> Table:
    """The largest type that fits the page; at the smallest, as many per day as fit."""
    for size in SIZES:
        table = _week_table(agenda, _Type.of(size), width, None)
        if table.wrap(width, height)[1] <= height:
            return table
    smallest = _Type.of(SIZES[-1])
    busiest = max((len(entries) for _day, entries in agenda.days()), default=0)
    low, high = 0, busiest - 1  # the most per day that fits lies in [low, high]
    while low < high:  # halving: a crowded week would take many tries one by one
        most = (low + high + 1) // 2
        if _week_table(agenda, smallest, width, most).wrap(width, height)[1] <= height:
            low = most
        else:
            high = most - 1
    return _week_table(agenda, smallest, width, low)


def render_agenda(agenda: Agenda, out: Path | BinaryIO, *, invariant: bool = False) -> None:
    """Write the agenda as a one-page PDF to `out`."""
    width, height = content_size()
    heading = _heading(agenda)
    # the paragraphs' own spacing, and a little to spare
    used = sum(f.wrap(width, height)[1] for f in heading) + 12
    story = [*heading, _fitting_table(agenda, width, height - used)]
    printed = ""
    if agenda.printed_at is not None:
        printed = f"{agenda.label('Printed')} {agenda.printed_at:%Y-%m-%d %H:%M}"
    build_pdf(
        out,
        story,
        title=agenda.title,
        footer=" · ".join(p for p in ("kamdesk", printed) if p),
        invariant=invariant,
        page_label=lambda _page, _pages: "",
    )


def agenda_pdf(agenda: Agenda, *, invariant: bool = False) -> bytes:
    buffer = io.BytesIO()
    render_agenda(agenda, buffer, invariant=invariant)
    return buffer.getvalue()
