"""The week as a one-page agenda: every meeting on it with its time, client, subject, place and
readiness; a full week in smaller type; an overfull one says "+N more"; never two pages."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from kamdesk.reports.agenda import SIZES, Agenda, AgendaEntry, agenda_pdf

MONDAY = date(2026, 11, 23)


def entry(day: int, hour: int, client: str, **kw: object) -> AgendaEntry:
    start = datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()).replace(hour=hour)
    fields: dict[str, object] = {"subject": "Price list 2027", "place": "Szeged, Kossuth u. 5"}
    fields.update(kw)
    return AgendaEntry(start, start + timedelta(minutes=90), client, **fields)  # type: ignore[arg-type]


def week(entries: list[AgendaEntry]) -> Agenda:
    return Agenda(
        title="Week 48 · 23–29 Nov 2026",
        monday=MONDAY,
        entries=tuple(entries),
        summary=f"{len(entries)} meetings",
        printed_at=datetime(2026, 11, 22, 18, 5),
    )


def pages(agenda: Agenda) -> list[str]:
    reader = PdfReader(io.BytesIO(agenda_pdf(agenda)))
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def font_sizes(agenda: Agenda) -> set[float]:
    sizes: set[float] = set()
    reader = PdfReader(io.BytesIO(agenda_pdf(agenda)))
    reader.pages[0].extract_text(
        visitor_text=lambda text, _cm, tm, _font, size: (
            sizes.add(round(size * tm[0], 1)) if text.strip() else None
        )
    )
    return sizes


def test_a_quiet_week_prints_each_meeting_with_its_details() -> None:
    agenda = week([
        entry(1, 10, "Tisza Pékség Kft.", readiness="82", tone="ok", leave_by="Leave 09:15"),
        entry(1, 14, "Hotel Greco S.p.A.", subject="Stock check", place="Phone call"),
        entry(3, 9, "ООО «Северный Хлеб»", subject="Переговоры", note="Overlaps “Review”."),
        entry(4, 13, "Tisza Pékség Kft.", subject="Visit", readiness="Cancelled", cancelled=True),
    ])  # fmt: skip
    [text] = pages(agenda)
    for words in ("Week 48 · 23–29 Nov 2026", "4 meetings", "Mon 23 Nov 2026 · nothing planned",
                  "Tue 24 Nov 2026", "10:00–11:30 Tisza Pékség Kft. · Price list 2027",
                  "Szeged, Kossuth u. 5 Leave 09:15 82", "Hotel Greco S.p.A. · Stock check",
                  "Phone call", "ООО «Северный Хлеб» · Переговоры", "Overlaps “Review”.",
                  "Cancelled", "Printed 2026-11-22 18:05"):  # fmt: skip
        assert words in text, words
    assert "Sat 28 Nov" not in text  # an empty weekend is left out
    assert max(font_sizes(agenda)) >= SIZES[0]  # the table in the largest type


def test_a_full_week_fits_in_smaller_type() -> None:
    busy = [entry(d, 8 + h, f"Client {d}{h:02d}") for d in range(6) for h in range(8)]
    [text] = pages(week(busy))
    assert len(re.findall(r"Client \d{3}", text)) == len(busy)  # every one, on one page
    assert "more" not in text
    table_sizes = font_sizes(week(busy)) - {17.0, 12.0, 7.5}  # title, summary, footer
    assert max(table_sizes) < SIZES[0]


@pytest.mark.parametrize("per_day", [25, 60])
def test_an_overfull_week_says_how_many_more_and_stays_on_one_page(per_day: int) -> None:
    crowded = [
        entry(d, 8 + (h % 10), f"Client {d}{h:02d}", note="Overlaps another meeting.")
        for d in range(7)
        for h in range(per_day)
    ]
    [text] = pages(week(crowded))  # one page
    shown = len(re.findall(r"Client \d{3}", text))
    more = [int(n) for n in re.findall(r"\+(\d+) more", text)]
    assert 0 < shown < len(crowded)
    assert len(more) == 7 and shown + sum(more) == len(crowded)  # nothing lost without a word
    assert "Sun 29 Nov 2026" in text
