"""The greeting of a letter: one, in the document's language, whatever greeting the form of
address already carries (issue 13: "Dear Tisztelt Fekete Gábor", «Добрый день, Tisztelt …»)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.greeting import GREETING_WORDS, addressed_as, greeting, without_greeting


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
).filter(lambda t: t.strip()[:1].isalpha() and without_greeting(t) == t.strip())
greetings = st.sampled_from(GREETING_WORDS).flatmap(
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
