"""The greeting of a letter, built from a contact's form of address in the document's language.

People type a form of address as they would say it, sometimes with a greeting already in it
("Tisztelt Fekete Gábor", "Dear Mr Smith", «Уважаемый Иван Петрович»). A document writes its
own greeting, so the one typed is taken off first: never "Dear Tisztelt Fekete Gábor" or
«Добрый день, Tisztelt …». Pure functions, no I/O.
"""

from __future__ import annotations

import re

# greeting words a form of address may start with, in the languages clients use (lower case)
GREETING_WORDS = (
    "dear",
    "hello",
    "hi",
    "good morning",
    "good afternoon",
    "tisztelt",
    "kedves",
    "tisztelt úr",
    "уважаемый",
    "уважаемая",
    "уважаемые",
    "добрый день",
    "здравствуйте",
    "привет",
    "gentile",
    "gentilissimo",
    "gentilissima",
    "egregio",
    "egregia",
    "caro",
    "cara",
    "buongiorno",
    "hörmətli",
    "salam",
    "sehr geehrter",
    "sehr geehrte",
    "liebe",
    "lieber",
)
_LEADING = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(w) for w in sorted(GREETING_WORDS, key=len, reverse=True))
    + r")(?=[\s,!:;.]|$)[\s,!:;.]*",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s,!:;]+$")
_NOBODY = {"en": "Dear Sir or Madam,", "ru": "Уважаемые коллеги!"}


def without_greeting(form_of_address: str) -> str:
    """The form of address with any greeting typed before it (and closing punctuation) taken
    off: "Tisztelt Fekete Gábor" -> "Fekete Gábor", "Dear Mr Smith," -> "Mr Smith". Line
    breaks and runs of spaces become one space: a greeting is one line."""
    text = " ".join(form_of_address.split())
    while True:
        stripped = _LEADING.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    return _TRAILING.sub("", text).strip()


def addressed_as(form_of_address: str, full_name: str) -> str:
    """How the letter names the person: the form of address without its greeting, else the
    full name ("" for nobody)."""
    return without_greeting(form_of_address) or without_greeting(full_name)


def _russian_opening(name: str) -> str:
    """«Уважаемый» or «Уважаемая» by the patronymic when there is one; a neutral greeting
    otherwise (a foreign name says nothing about the person)."""
    words = name.split()
    if any(w.lower().endswith(("вич", "ич")) for w in words[1:]):
        return "Уважаемый"
    if any(w.lower().endswith(("вна", "чна", "шна")) for w in words[1:]):
        return "Уважаемая"
    return ""


def greeting(form_of_address: str, full_name: str, language: str) -> str:
    """The letter's first line: "Dear Fekete Gábor," / «Уважаемый Иван Петрович!» /
    «Добрый день, Fekete Gábor!»; to nobody, "Dear Sir or Madam," / «Уважаемые коллеги!»."""
    name = addressed_as(form_of_address, full_name)
    if not name:
        return _NOBODY.get(language, _NOBODY["en"])
    if language == "ru":
        opening = _russian_opening(name)
        return f"{opening} {name}!" if opening else f"Добрый день, {name}!"
    return f"Dear {name},"
