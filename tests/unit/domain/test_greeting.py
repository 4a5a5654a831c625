"""The greeting of a letter: one, in the document's language, whatever greeting the form of
address already carries (issue 13: "Dear Tisztelt Fekete Gábor", «Добрый день, Tisztelt …»)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.greeting import (
    FORMAL_OPENINGS,
    NAME_LIKE_OPENINGS,
    TITLES,
    addressed_as,
    greeting,
    without_greeting,
)


@pytest.mark.parametrize(
    ("form", "name", "language", "expected"),
    [
        ("Tisztelt Fekete Gábor", "Fekete Gábor", "en", "Dear Fekete Gábor,"),
        ("Dear Mr Smith,", "John Smith", "en", "Dear Mr Smith,"),
        ("", "Tóth Eszter", "en", "Dear Tóth Eszter,"),
        ("Mr Nagy", "Nagy Péter", "en", "Dear Mr Nagy,"),
        ("Уважаемый Иван Петрович", "Иванов Иван Петрович", "ru", "Уважаемый Иван Петрович!"),
        ("Иван Петрович", "Иванов Иван Петрович", "ru", "Уважаемый Иван Петрович!"),
        ("Анна Сергеевна", "Соколова Анна Сергеевна", "ru", "Уважаемая Анна Сергеевна!"),
        ("Tisztelt Fekete Gábor", "Fekete Gábor", "ru", "Добрый день, Fekete Gábor!"),
        ("Добрый день, Mr Nagy!", "Nagy Péter", "ru", "Добрый день, Mr Nagy!"),
        ("Gentile Dott.ssa Bianchi", "Giulia Bianchi", "en", "Dear Dott.ssa Bianchi,"),
        ("", "", "en", "Dear Sir or Madam,"),
        ("", "", "ru", "Уважаемые коллеги!"),
        ("Dear", "Nagy Péter", "en", "Dear Nagy Péter,"),  # only a greeting: the name
        ("", "Анна Сергеевна Бабич", "ru", "Уважаемая Анна Сергеевна!"),
        ("", "Бабич Анна Сергеевна", "ru", "Уважаемая Анна Сергеевна!"),
        ("", "Иванов Иван Петрович", "ru", "Уважаемый Иван Петрович!"),
        ("", "Олег Ильич Бабич", "ru", "Уважаемый Олег Ильич!"),
        ("", "Ольга Ильинична Бабич", "ru", "Уважаемая Ольга Ильинична!"),
        ("Cara Williams", "Cara Williams", "en", "Dear Cara Williams,"),
        ("", "Caro Diaz", "en", "Dear Caro Diaz,"),
        ("Cara Dott.ssa Bianchi", "Giulia Bianchi", "en", "Dear Dott.ssa Bianchi,"),
        ("Caro Sig. Rossi", "Mario Rossi", "en", "Dear Sig. Rossi,"),
        ("Salam Haddad", "", "en", "Dear Salam Haddad,"),
        ("Hörmətli Əliyev Şəhriyar", "", "en", "Dear Əliyev Şəhriyar,"),
        ("Egregio Ing. Verdi", "", "en", "Dear Ing. Verdi,"),
    ],
)
def test_one_greeting_in_the_documents_language(
    form: str, name: str, language: str, expected: str
) -> None:
    assert greeting(form, name, language) == expected


def test_a_word_that_only_starts_like_a_greeting_stays() -> None:
    assert without_greeting("Dearing Ltd.") == "Dearing Ltd."
    assert without_greeting("Kedvesy Anna") == "Kedvesy Anna"


names = st.text(
    alphabet=st.characters(categories=("L",), include_characters=" .-"), min_size=1, max_size=30
).filter(
    lambda t: (
        t.strip()[:1].isalpha()
        and without_greeting(t) == t.strip()
        and addressed_as(t, "") == t.strip()
    )  # not a greeting alone ("Gentile")
)
greetings = st.sampled_from(FORMAL_OPENINGS).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title()])
)


@given(name=names, first=greetings, punctuation=st.sampled_from(["", ",", "!", " ,"]))
def test_a_greeting_typed_in_the_form_of_address_is_never_doubled(
    name: str, first: str, punctuation: str
) -> None:
    typed = f"{first}{punctuation} {name}"
    for language in ("en", "ru"):
        assert greeting(typed, "", language) == greeting(name, "", language)
    assert addressed_as(typed, "Someone Else") == name.strip().rstrip(",!:; ")


@given(form=st.text(max_size=40), name=st.text(max_size=40))
def test_a_greeting_is_one_line_with_one_greeting(form: str, name: str) -> None:
    for language in ("en", "ru"):
        text = greeting(form, name, language)
        assert text and "\n" not in text.strip()
        body = addressed_as(form, name)
        # what follows the document's own greeting never starts with another one
        assert without_greeting(body) == body


@given(form=st.text(max_size=40))
def test_stripping_is_idempotent(form: str) -> None:
    once = without_greeting(form)
    assert without_greeting(once) == once


@given(
    opening=st.sampled_from(NAME_LIKE_OPENINGS).map(str.title),
    name=names.filter(lambda t: re.split(r"\W", t.strip().lower())[0] not in TITLES),
    title=st.sampled_from(["Mr", "Mrs", "Dr.", "Dott.ssa", "Sig.ra", "Herr", "Frau"]),
)
def test_a_first_name_like_cara_is_a_greeting_only_before_a_title(
    opening: str, name: str, title: str
) -> None:
    """ "Cara Williams" is a name; "Cara Dott.ssa Bianchi" is a greeting before a title."""
    name = " ".join(name.split())
    assert without_greeting(f"{opening} {name}") == f"{opening} {name}"
    assert greeting(f"{opening} {name}", "", "en") == f"Dear {opening} {name},"
    assert without_greeting(f"{opening} {title} {name}") == f"{title} {name}"


cyrillic = st.text(alphabet="абвгдежзиклмнопрстуфхцшщыэюя", min_size=2, max_size=8).map(str.title)


@given(
    first=cyrillic,
    stem=cyrillic,
    surname=st.one_of(cyrillic, cyrillic.map(lambda w: w + "ич")),
    female=st.booleans(),
    order=st.sampled_from(["fps", "sfp", "fp"]),
)
def test_a_russian_greeting_follows_the_patronymic(
    first: str, stem: str, surname: str, female: bool, order: str
) -> None:
    """The patronymic decides «Уважаемая»/«Уважаемый», whatever the surname ends with and
    wherever it stands; the person is called by first name and patronymic."""
    patronymic = stem + ("овна" if female else "ович")
    parts = {"f": first, "p": patronymic, "s": surname}
    name = " ".join(parts[c] for c in order)
    opening = "Уважаемая" if female else "Уважаемый"
    assert greeting("", name, "ru") == f"{opening} {first} {patronymic}!"
    assert greeting(f"{opening} {name}", "", "ru") == f"{opening} {first} {patronymic}!"


@pytest.mark.parametrize(
    ("language", "typed", "expected", "nobody"),
    [
        ("hu", "Tisztelt Fekete Gábor", "Tisztelt Fekete Gábor!", "Tisztelt Hölgyem/Uram!"),
        (
            "it",
            "Gentile Dott.ssa Bianchi",
            "Gentile Dott.ssa Bianchi,",
            "Gentili Signore e Signori,",
        ),
        ("az", "Hörmətli Rəşad bəy", "Hörmətli Rəşad bəy!", "Hörmətli həmkarlar!"),
    ],
)
def test_each_language_greets_once_in_its_own_words(
    language: str, typed: str, expected: str, nobody: str
) -> None:
    assert greeting(typed, "", language) == expected  # the typed greeting is not doubled
    assert greeting("", "", language) == nobody
