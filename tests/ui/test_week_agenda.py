"""Print week…: the Schedule section's week as a one-page agenda in the PDF preview."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from kamdesk.ui.schedule.section import ScheduleSection
from kamdesk.ui.widgets.pdf_preview import PdfPreview
from tests.ui.test_schedule import hub, make_section, section, seeded  # noqa: F401


def test_print_week_shows_the_agenda_on_one_page(
    qtbot,  # type: ignore[no-untyped-def]
    section: ScheduleSection,  # noqa: F811
) -> None:
    assert section.print_button.isEnabled()
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    [preview] = [p for p in section.findChildren(PdfPreview) if p.isVisible()]
    qtbot.waitExposed(preview)
    assert preview.windowTitle() == "Agenda: " + section.week_label_text()
    assert preview.file_name == "Agenda 2026 week 48.pdf"
    assert preview.page_total() == 1
    [page] = PdfReader(io.BytesIO(preview.pdf)).pages
    text = " ".join(page.extract_text().split())
    assert section.week_label_text() in text
    assert section.summary_text() in text
    for words in (
        "10:00–11:30 Tisza Pékség Kft. · Price list 2027",
        "Szeged, Kossuth utca 5 Leave 09:15",
        "14:00–14:30 Hotel Greco S.p.A. · Stock check Phone call",
        "ООО «Северный Хлеб» · Переговоры",
        "Overlaps",
        "Tasting",
        "Done ✓",
        "Visit",
        "Cancelled",
        "Printed 2026-11-24 08:20",
    ):
        assert words in text, words
    assert "Next week" not in text  # the next week's meeting is not on this one
    preview.close()


def test_a_week_still_being_read_prints_as_it_is_read(
    qtbot,  # type: ignore[no-untyped-def]
    section: ScheduleSection,  # noqa: F811
) -> None:
    section.next_week()  # read off the GUI thread: the click comes before it is shown
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    [preview] = [p for p in section.findChildren(PdfPreview) if p.isVisible()]
    text = " ".join(PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text().split())
    assert "Week 49" in text and "Next week" in text and "Price list 2027" not in text
    assert preview.file_name == "Agenda 2026 week 49.pdf"
    preview.close()
