"""The words of client documents in every document language: one label table per language with
the English keys and fields, a template of each kind per language naming only placeholders that
exist, and every character they print in the embedded DejaVu fonts (ő ű ə ğ ş ç à ё №)."""

from __future__ import annotations

import string
from decimal import Decimal

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from kamdesk.domain import words
from kamdesk.domain.documents import LANGUAGE_NAMES, LANGUAGES
from kamdesk.domain.templates import clauses, unknown_placeholders
from kamdesk.reports import FONTS_DIR
from kamdesk.reports.doc_labels import TABLES
from kamdesk.services.documents.text import SHIPPED_TEMPLATES, TEMPLATES

TABLE_NAMES = ("LABELS", "STATEMENT")


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_a_label_table_for_every_document_language() -> None:
    assert tuple(TABLES) == LANGUAGES
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("table", TABLE_NAMES)
def test_every_language_has_the_english_keys_and_no_field_english_lacks(
    language: str, table: str
) -> None:
    english: dict[str, str] = getattr(TABLES["en"], table)
    own: dict[str, str] = getattr(TABLES[language], table)
    assert own.keys() == english.keys()
    for key, text in own.items():
        assert _fields(text) <= _fields(english[key]), (language, key)
        assert text.strip() or key == "stamp", (language, key)  # only the stamp may be empty


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATES)
def test_a_shipped_template_of_each_kind_per_language(language: str, name: str) -> None:
    text = (SHIPPED_TEMPLATES / f"{name}.{language}.txt").read_text(encoding="utf-8")
    assert text.strip()
    assert unknown_placeholders(text) == []
    english = (SHIPPED_TEMPLATES / f"{name}.en.txt").read_text(encoding="utf-8")
    # the same clause structure as the English: sections of the terms, clauses of the contract
    own, model = clauses(text), clauses(english)
    assert len(own) == len(model), (language, name)
    if name == "contract":
        numbers = [heading.split(".")[0] for heading, _ in own if heading]
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    if name == "delivery_terms":
        assert "{{" not in text  # it fills {{ delivery.terms }} and cannot name itself


def test_the_total_in_words_is_in_the_contracts_that_carry_it() -> None:
    for language in LANGUAGES:
        text = (SHIPPED_TEMPLATES / f"contract.{language}.txt").read_text(encoding="utf-8")
        carries = "order.total_words" in text
        assert carries == (language in words.WORDS_LANGUAGES), language


def _printed_text() -> str:
    parts = ["ő ű Ő Ű ə Ə ğ ş ç à è ё Ё № «» „” – —"]
    for module in TABLES.values():
        for table in TABLE_NAMES:
            parts += getattr(module, table).values()
    parts += [path.read_text(encoding="utf-8") for path in SHIPPED_TEMPLATES.glob("*.txt")]
    parts += LANGUAGE_NAMES.values()
    for language in words.WORDS_LANGUAGES:
        parts += [words.in_words(Decimal("1234.56"), c, language) for c in ("HUF", "AZN")]
        parts += [words.in_words(Decimal("1234.56"), c, language) for c in ("EUR", "RUB")]
    return "".join(parts)


@pytest.mark.parametrize("face", ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"])
def test_the_embedded_fonts_have_every_character_documents_print(face: str) -> None:
    font = TTFontFile(str(FONTS_DIR / f"{face}.ttf"))
    missing = {ch for ch in _printed_text() if ch.isprintable() and ord(ch) not in font.charToGlyph}
    assert not missing, sorted(missing)
