"""The greeting of a letter, built from a contact's form of address in the document's language.

People type a form of address as they would say it, sometimes with a greeting already in it
("Tisztelt Fekete Gábor", "Dear Mr Smith", «Уважаемый Иван Петрович»). A document writes its
own greeting, so the one typed is taken off first: never "Dear Tisztelt Fekete Gábor" or
«Добрый день, Tisztelt …». Pure functions, no I/O.
"""

from __future__ import annotations

import re

# formal openings a form of address may start with, in the languages clients use (lower case):
# taken off whenever more words follow
FORMAL_OPENINGS = (
    "dear",
    "hello",
    "good morning",
    "good afternoon",
    "tisztelt",
    "tisztelt úr",
    "kedves",
    "уважаемый",
    "уважаемая",
    "уважаемые",
    "добрый день",
    "здравствуйте",
    "gentile",
    "gentilissimo",
    "gentilissima",
    "egregio",
    "egregia",
    "buongiorno",
    "hörmətli",
    "sehr geehrter",
    "sehr geehrte",
)
# openings that are also first names (Cara Williams, Salam Haddad): taken off only before a title
NAME_LIKE_OPENINGS = ("cara", "caro", "liebe", "lieber", "salam", "hi", "привет")
GREETING_WORDS = FORMAL_OPENINGS + NAME_LIKE_OPENINGS
# titles that show the word before them is a greeting, not a first name (lower case, no dot)
TITLES = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "madam",
    "dott",  # Dott., Dott.ssa
    "dottoressa",
    "sig",  # Sig., Sig.ra
    "signor",
    "signora",
    "signore",
    "ing",
    "avv",
    "herr",
    "frau",
    "господин",
    "госпожа",
    "collega",
    "colleghi",
    "amico",
    "amica",
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SEP = r"[\s,!:;.]"
# a greeting word followed by more words (a word of letters after the punctuation)
_FORMAL = re.compile(
    rf"^\s*(?:{_alternation(FORMAL_OPENINGS)})(?={_SEP}){_SEP}*(?=\w)", re.IGNORECASE
)
_NAME_LIKE = re.compile(
    rf"^\s*(?:{_alternation(NAME_LIKE_OPENINGS)})(?={_SEP}){_SEP}*"
    rf"(?=(?:{_alternation(TITLES)})(?!\w))",
    re.IGNORECASE,
)
_ONLY = re.compile(rf"^(?:{_alternation(FORMAL_OPENINGS)}){_SEP}*$", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,!:;]+$")
_NOBODY = {
    "en": "Dear Sir or Madam,",
    "ru": "Уважаемые коллеги!",
    "hu": "Tisztelt Hölgyem/Uram!",
    "it": "Gentili Signore e Signori,",
    "az": "Hörmətli həmkarlar!",
}
# the greeting before a name, and what closes it, per document language
_DEAR = {
    "en": ("Dear", ","),
    "hu": ("Tisztelt", "!"),
    "it": ("Gentile", ","),
    "az": ("Hörmətli", "!"),
}


def without_greeting(form_of_address: str) -> str:
    """The form of address with any greeting typed before it (and closing punctuation) taken
    off: "Tisztelt Fekete Gábor" -> "Fekete Gábor", "Dear Mr Smith," -> "Mr Smith", "Cara
    Dott.ssa Bianchi" -> "Dott.ssa Bianchi"; a first name stays ("Cara Williams"), and so does
    a greeting with nothing after it ("Dear"). Line breaks and runs of spaces become one space:
    a greeting is one line."""
    text = " ".join(form_of_address.split())
    while True:
        stripped = _FORMAL.sub("", text, count=1)
        stripped = _NAME_LIKE.sub("", stripped, count=1)
        if stripped == text:
            break
        text = stripped
    return _TRAILING.sub("", text).strip()


def addressed_as(form_of_address: str, full_name: str) -> str:
    """How the letter names the person: the form of address without its greeting, else the
    full name ("" for nobody); a greeting alone ("Dear") names nobody."""
    for typed in (form_of_address, full_name):
        name = without_greeting(typed)
        if name and not _ONLY.match(name):
            return name
    return ""


_FEMALE = ("вна", "чна", "шна")  # Сергеевна, Ильинична, Ильинишна
_MALE = ("вич", "ич")  # Петрович, Ильич


def _patronymic(word: str) -> str:
    """ "f" / "m" for a Russian patronymic, "" for another word."""
    low = word.lower()
    if len(low) > 4 and low.endswith(_FEMALE):
        return "f"
    if len(low) > 3 and low.endswith(_MALE):
        return "m"
    return ""


def _russian_address(name: str) -> tuple[str, str]:
    """(«Уважаемый»/«Уважаемая», first name and patronymic) decided by the patronymic: the
    middle word (Анна Сергеевна Бабич, Иван Петрович), else the last (Соколова Анна
    Сергеевна); ("", name) when there is none (a foreign name says nothing about the
    person)."""
    words = name.split()
    if len(words) < 2:
        return "", name
    at = 1 if _patronymic(words[1]) else len(words) - 1
    gender = _patronymic(words[at])
    if not gender:
        return "", name
    opening = "Уважаемая" if gender == "f" else "Уважаемый"
    return opening, f"{words[at - 1]} {words[at]}"


def greeting(form_of_address: str, full_name: str, language: str) -> str:
    """The letter's first line: "Dear Fekete Gábor," / «Уважаемый Иван Петрович!» /
    «Добрый день, Fekete Gábor!» / "Tisztelt Fekete Gábor!" / "Gentile Dott.ssa Bianchi," /
    "Hörmətli Əliyev Rəşad!"; to nobody, "Dear Sir or Madam," / «Уважаемые коллеги!»."""
    name = addressed_as(form_of_address, full_name)
    if not name:
        return _NOBODY.get(language, _NOBODY["en"])
    if language == "ru":
        opening, called = _russian_address(name)
        return f"{opening} {called}!" if opening else f"Добрый день, {name}!"
    opening, close = _DEAR.get(language, _DEAR["en"])
    return f"{opening} {name}{close}"
