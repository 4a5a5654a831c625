"""Issue 16: what a dossier lacks reads in the interface's language, with its numbers and the
contacts' names, and its plural forms."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kamdesk.domain.completeness import Gap
from kamdesk.ui.clients.gap_words import gap_text
from tests.ui.walker import in_language

STALE = Gap("stale", "No contact for 91 days (more than 90).", 10, "history", days=91, limit=90)
NOTES = Gap("no_personal_notes", "…", 5, "contacts", names=("Anna", "Béla", "Carla"), more=2)
ONE = Gap("no_personal_notes", "…", 5, "contacts", names=("Anna",))
FIXED = Gap("no_tax_id", "No tax number.", 5, "profile")


def test_english_reads_as_the_domain_says() -> None:
    assert gap_text(STALE) == STALE.message
    assert gap_text(NOTES) == "No personal notes for Anna, Béla, Carla and 2 more."
    assert gap_text(ONE) == "No personal notes for Anna."
    assert gap_text(FIXED) == "No tax number."


def test_russian_words_each_gap_with_its_plural(qapp: QApplication) -> None:
    with in_language(qapp, "ru"):
        shown = [gap_text(g) for g in (STALE, NOTES, ONE, FIXED)]
    assert shown == [
        "Нет контакта 91 день (больше 90).",
        "Нет личных заметок о Anna, Béla, Carla и ещё 2 контактных лицах.",
        "Нет личных заметок о контактах: Anna.",
        "Нет ИНН.",
    ]
