"""Issue 16: what the domain tells the interface (a validator's problems, a readiness check, a
credit reason, a pricing explanation) is written in the language in use when it is said, with
its figures and dates as that language writes them; constants are translated where shown."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from kamdesk import messages
from kamdesk.domain.catalog import ProductData, validate_product
from kamdesk.domain.credit import SuppliesBlock
from kamdesk.domain.limits import length_problem
from kamdesk.domain.meeting import TITLES
from kamdesk.domain.pricing import resolve_price
from kamdesk.domain.requisites import PartyRequisites, requisites_problems
from kamdesk.domain.schedule import Conflict

RUSSIAN = {
    "Type the SKU (the article number).": "Введите артикул.",
    "Being late": "Опоздание",
    "Supplies to {client} are blocked since {day}.": "Отгрузки {client} заблокированы с {day}.",
    "base price {price}": "базовая цена {price}",
    "VAT number": "номер НДС",
    "{what} {value}: the check digit is wrong, it cannot be right "
    "(a digit mistyped or two swapped?).": "{what} {value}: неверная контрольная цифра.",
}
PLURALS = {
    (
        "{label}: {n} character, more than the {most} it can hold.",
        "{label}: {n} characters, more than the {most} it can hold.",
    ): (
        "{label}: {n} символ, больше {most}.",
        "{label}: {n} символа, больше {most}.",
        "{label}: {n} символов, больше {most}.",
    ),
}


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Catalog(locale="ru")
    for source, translation in RUSSIAN.items():
        catalog.add(source, translation)
    for forms, translations in PLURALS.items():
        catalog.add(forms, translations)
    out = io.BytesIO()
    write_mo(out, catalog)
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "kamdesk.mo").write_bytes(out.getvalue())
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path)
    assert messages.use("ru") == "ru"


@pytest.mark.usefixtures("russian")
def test_a_validator_speaks_the_language_in_use() -> None:
    assert validate_product(ProductData())["sku"] == "Введите артикул."


@pytest.mark.usefixtures("russian")
def test_counts_take_the_language_s_plural_and_grouping() -> None:
    assert length_problem("Заметки", "x" * 21, 20) == "Заметки: 21 символ, больше 20."
    assert length_problem("Заметки", "x" * 23, 20) == "Заметки: 23 символа, больше 20."
    assert length_problem("Заметки", "x" * 20_412, 20_000) == (
        "Заметки: 20\u00a0412 символов, больше 20\u00a0000."
    )


@pytest.mark.usefixtures("russian")
def test_dates_and_amounts_inside_a_message_follow_the_language() -> None:
    block = SuppliesBlock("ООО «Ромашка»", date(2026, 11, 20))
    assert block.reason() == "Отгрузки ООО «Ромашка» заблокированы с 20 нояб. 2026\u202fг.."
    decision = resolve_price(base_price=Decimal("1234.50"), quantity=Decimal(1), day=date.today())
    assert decision.explanation == "Базовая цена 1\u00a0234,50"


@pytest.mark.usefixtures("russian")
def test_a_named_code_is_translated_whole() -> None:
    problems = requisites_problems(
        PartyRequisites(country="HU", vat_number="HU12892313"), role="client"
    )
    assert problems["vat_number"] == "номер НДС HU12892313: неверная контрольная цифра."


def test_constants_are_marked_not_translated_at_import(russian: None) -> None:
    # the titles stay the English source; the interface translates them where it shows them
    assert TITLES["late"] == "Being late"
    assert messages._(TITLES["late"]) == "Опоздание"
    messages.use("en")
    assert messages._(TITLES["late"]) == "Being late"


def test_english_stays_as_it_was() -> None:
    conflict = Conflict(
        "overlap", "m2", "", 5, datetime(2026, 12, 7, 10), datetime(2026, 12, 7, 11)
    )
    assert conflict.describe() == "Overlaps another meeting (10:00–11:00) by 5 min."
    assert length_problem("Notes", "x" * 20_412, 20_000) == (
        "Notes: 20,412 characters, more than the 20,000 it can hold."
    )
