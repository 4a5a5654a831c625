"""domain.words: a document's total in words in Russian, Hungarian and Azerbaijani, with the
currency's names and grammar (examples checked by hand against each language's rules)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from kamdesk.domain.words import (
    WORDS_LANGUAGES,
    capitalised,
    hungarian,
    in_words,
    russian_form,
    upper_case,
)

D = Decimal
CURRENCIES = ("RUB", "EUR", "USD", "HUF", "AZN")
amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nulla"),
        (1, "egy"),
        (2, "kettő"),
        (5, "öt"),
        (10, "tíz"),
        (11, "tizenegy"),
        (20, "húsz"),
        (21, "huszonegy"),
        (22, "huszonkettő"),
        (100, "száz"),
        (102, "százkettő"),
        (200, "kétszáz"),
        (1000, "ezer"),
        (1001, "ezeregy"),
        (1999, "ezerkilencszázkilencvenkilenc"),
        (2000, "kétezer"),
        (2001, "kétezer-egy"),
        (12000, "tizenkétezer"),
        (1_000_000, "egymillió"),
        (1_000_001, "egymillió-egy"),
        (1_234_567, "egymillió-kétszázharmincnégyezer-ötszázhatvanhét"),
        (2_000_000_000, "kétmilliárd"),
        (10**12, "egybillió"),
    ],
)
def test_hungarian_numbers(number: int, words: str) -> None:
    assert hungarian(number) == words


def test_hungarian_two_before_a_noun_is_ket() -> None:
    assert hungarian(2, attributive=True) == "két"
    assert hungarian(102, attributive=True) == "százkét"
    assert hungarian(22, attributive=True) == "huszonkét"


@pytest.mark.parametrize(
    ("amount", "currency", "words"),
    [
        ("1", "HUF", "egy forint"),
        ("2", "HUF", "két forint"),
        ("5", "HUF", "öt forint"),
        ("21", "HUF", "huszonegy forint"),
        ("1000", "HUF", "ezer forint"),
        ("1001", "HUF", "ezeregy forint"),
        (
            "1234567.89",
            "HUF",
            "egymillió-kétszázharmincnégyezer-ötszázhatvanhét forint 89 fillér",
        ),
        ("22.05", "EUR", "huszonkét euró 05 cent"),
        ("2", "USD", "két dollár"),
        ("5.50", "RUB", "öt rubel 50 kopejka"),
        ("1.01", "AZN", "egy manat 01 qəpik"),
    ],
)
def test_hungarian_totals(amount: str, currency: str, words: str) -> None:
    assert in_words(D(amount), currency, "hu") == words


@pytest.mark.parametrize(
    ("amount", "currency", "words"),
    [
        ("1", "AZN", "bir manat 00 qəpik"),
        ("2", "AZN", "iki manat 00 qəpik"),
        ("5", "AZN", "beş manat 00 qəpik"),
        ("21", "AZN", "iyirmi bir manat 00 qəpik"),
        ("1000", "AZN", "min manat 00 qəpik"),
        ("1001", "AZN", "min bir manat 00 qəpik"),
        (
            "1234567.89",
            "AZN",
            "bir milyon iki yüz otuz dörd min beş yüz altmış yeddi manat 89 qəpik",
        ),
        ("21.05", "EUR", "iyirmi bir avro 05 sent"),
        ("5", "USD", "beş ABŞ dolları 00 sent"),
        ("2.50", "RUB", "iki rubl 50 qəpik"),
        ("1000", "HUF", "min forint 00 filler"),
    ],
)
def test_azerbaijani_totals(amount: str, currency: str, words: str) -> None:
    assert in_words(D(amount), currency, "az") == words


@pytest.mark.parametrize(
    ("amount", "currency", "words"),
    [
        ("1", "RUB", "один рубль 00 копеек"),
        ("2", "RUB", "два рубля 00 копеек"),
        ("5", "RUB", "пять рублей 00 копеек"),
        ("21.01", "RUB", "двадцать один рубль 01 копейка"),
        ("1000.02", "RUB", "одна тысяча рублей 02 копейки"),
        ("1001.11", "RUB", "одна тысяча один рубль 11 копеек"),
        (
            "1234567.89",
            "RUB",
            "один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек",
        ),
        ("2", "HUF", "два форинта 00 филлеров"),
        ("21.01", "AZN", "двадцать один манат 01 гяпик"),
        ("5", "EUR", "пять евро 00 центов"),
        ("112.22", "USD", "сто двенадцать долларов 22 цента"),
    ],
)
def test_russian_totals(amount: str, currency: str, words: str) -> None:
    assert in_words(D(amount), currency, "ru") == words


def test_russian_forms_follow_the_last_two_digits() -> None:
    forms = ("рубль", "рубля", "рублей")
    assert [russian_form(n, forms) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 111, 101)] == [
        "рубль", "рубля", "рубля", "рублей", "рублей", "рублей", "рублей",
        "рубль", "рубля", "рублей", "рубль",
    ]  # fmt: skip


@given(amounts, st.sampled_from(("RUB", "EUR", "USD")))
def test_russian_agrees_with_num2words_where_it_names_the_currency(
    amount: Decimal, currency: str
) -> None:
    expected = num2words(
        amount, lang="ru", to="currency", currency=currency, cents=False, separator=""
    )
    assert in_words(amount, currency, "ru") == expected


@given(amounts, st.sampled_from(CURRENCIES), st.sampled_from(WORDS_LANGUAGES))
def test_never_fails_and_states_the_minor_units(
    amount: Decimal, currency: str, language: str
) -> None:
    text = in_words(amount, currency, language)
    cents = int(amount * 100) % 100
    assert text and not re.search(r"\d{3}", text)  # the whole units are words
    figures = re.findall(r"\b\d\d\b", text)
    if cents or language != "hu":
        assert figures == [f"{cents:02d}"]
    else:  # whole forints, euros, ...: no minor units written
        assert figures == []


@given(st.integers(min_value=2001, max_value=10**12 - 1))
def test_hungarian_hyphens_only_between_groups_above_two_thousand(number: int) -> None:
    words = hungarian(number)
    groups = [g for g in f"{number:,}".split(",") if int(g)]
    assert words.count("-") == len(groups) - 1
    assert hungarian(number % 2000 or 1).count("-") == 0


def test_negative_amounts_and_rounding() -> None:
    assert in_words(D("-3.5"), "HUF", "hu") == "mínusz három forint 50 fillér"
    assert in_words(D("-3.5"), "RUB", "ru") == "минус три рубля 50 копеек"
    assert in_words(D("0.995"), "AZN", "az") == "bir manat 00 qəpik"  # half-up to the qəpik


def test_languages_whose_invoices_do_not_write_totals_are_refused() -> None:
    for language in ("en", "it"):
        with pytest.raises(ValueError, match="not written in words"):
            in_words(D(1), "EUR", language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("iki min manat", "az", "İki min manat"),
        ("ıldırım", "az", "Ildırım"),
        ("iki", "en", "Iki"),
        ("harminc euró", "hu", "Harminc euró"),
        ("", "az", ""),
    ],
)
def test_capitalised_as_the_language_writes_it(text: str, language: str, expected: str) -> None:
    assert capitalised(text, language) == expected


def test_azerbaijani_capitals_dot_the_i() -> None:
    assert upper_case("tədarük müqaviləsi", "az") == "TƏDARÜK MÜQAVİLƏSİ"
    assert upper_case("müqavilə", "ru") == "MÜQAVILƏ"
