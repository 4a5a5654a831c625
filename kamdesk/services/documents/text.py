"""The words of a document: templates (the user's copy wins over the shipped file), their
placeholders filled (unknown or unfilled ones refused by name), and addresses, bank details,
units and totals in words as the document's language writes them (numbers, money and dates:
domain.formatting)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from kamdesk.domain import formatting
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import LANGUAGES
from kamdesk.domain.limits import MAX_TEXT_CHARS, length_problem
from kamdesk.domain.templates import (
    PLACEHOLDER,
    PLACEHOLDERS,
    UnknownPlaceholders,
    fill,
    missing_values,
)
from kamdesk.domain.words import WORDS_LANGUAGES, in_words
from kamdesk.errors import UserError
from kamdesk.messages import _
from kamdesk.paths import RESOURCES

SHIPPED_TEMPLATES = RESOURCES / "templates"
# name -> what it holds; each is shipped as <name>.<language>.txt for every language
TEMPLATES: dict[str, str] = {
    "proposal_opening": "the proposal's opening letter",
    "proposal_terms": "the proposal's delivery terms (first section) and payment terms (second)",
    "proposal_closing": "the proposal's closing words above the signature",
    "delivery_terms": "the delivery terms in a phrase: {{ delivery.terms }}",
    "contract": "the supply contract, one clause per '## ' heading",
}

# units as the catalogue keeps them -> how a Russian document writes them
_RU_UNITS = {
    "pcs": "шт.",
    "pc": "шт.",
    "kg": "кг",
    "g": "г",
    "l": "л",
    "m": "м",
    "box": "кор.",
    "pack": "уп.",
    "can": "бан.",
    "pair": "пар",
    "roll": "рул.",
    "tray": "лоток",
    "sack": "меш.",
    "bottle": "бут.",
    "set": "компл.",
}
_HU_UNITS = {
    "pcs": "db",
    "pc": "db",
    "box": "doboz",
    "pack": "csom.",
    "can": "doboz",
    "pair": "pár",
    "roll": "tek.",
    "tray": "tálca",
    "sack": "zsák",
    "bottle": "palack",
    "set": "készlet",
}
_IT_UNITS = {
    "pcs": "pz",
    "pc": "pz",
    "box": "scatola",
    "pack": "conf.",
    "can": "latta",
    "pair": "paio",
    "roll": "rotolo",
    "tray": "vass.",
    "sack": "sacco",
    "bottle": "bott.",
    "set": "set",
}
_AZ_UNITS = {
    "pcs": "ədəd",
    "pc": "ədəd",
    "kg": "kq",
    "g": "q",
    "box": "qutu",
    "pack": "paket",
    "can": "banka",
    "pair": "cüt",
    "roll": "rulon",
    "tray": "sini",
    "sack": "kisə",
    "bottle": "şüşə",
    "set": "dəst",
}
_UNITS = {"ru": _RU_UNITS, "hu": _HU_UNITS, "it": _IT_UNITS, "az": _AZ_UNITS}
# a bank account and a bank code, as a line of bank details names them
_ACCOUNT = {"ru": "р/с", "hu": "számlaszám", "it": "conto", "az": "h/h"}
_BANK_CODE = {"hu": "bankkód", "it": "codice banca", "az": "bank kodu"}
_WITH_STOP = re.compile(PLACEHOLDER.pattern + r"(\.?)")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$")


class TemplateProblem(UserError):
    """A template (or an edited text) that cannot be printed: `unknown` lists placeholders
    that do not exist, `missing` documented ones the data holds nothing for."""

    def __init__(
        self,
        source: str,
        unknown: Sequence[str] = (),
        missing: Sequence[str] = (),
        too_long: str = "",
    ) -> None:
        self.source = source
        self.unknown = list(unknown)
        self.missing = list(missing)
        if too_long:  # an edited text past the multi-line limit (domain.limits)
            text = too_long
        elif self.unknown:
            text = _("{source}: {problem}").format(
                source=source, problem=UnknownPlaceholders(self.unknown)
            )
        else:
            what = "; ".join(f"{PLACEHOLDERS[n]} ({{{{ {n} }}}})" for n in self.missing)
            text = _("{source} needs data that is not filled in: {what}.").format(
                source=source, what=what
            )
        super().__init__(text)


# --- templates -------------------------------------------------------------------------------


def read_template(name: str, language: str, user_dir: Path | None) -> tuple[str, str]:
    """The template's text and where it came from (for messages)."""
    if name not in TEMPLATES:
        raise ValueError(f"no such template: {name}")
    file = f"{name}.{language if language in LANGUAGES else 'en'}.txt"
    user = user_dir / file if user_dir is not None else None
    path = user if user is not None and user.is_file() else SHIPPED_TEMPLATES / file
    source = (
        _("Your template {path}").format(path=path)
        if path == user
        else _("The template {file}").format(file=file)
    )
    try:
        return path.read_text(encoding="utf-8-sig"), source
    except UnicodeDecodeError as exc:
        raise UserError(
            _("{source} is not UTF-8 text: save it as UTF-8 and try again.").format(source=source)
        ) from exc
    except OSError as exc:
        raise UserError(
            _("{source} cannot be read: {reason}").format(source=source, reason=exc.strerror or exc)
        ) from exc


def template_text(name: str, language: str, user_dir: Path | None = None) -> str:
    """A template's text: the user's copy `<user_dir>/<name>.<language>.txt` when there is
    one, else the shipped file (English for a language kamdesk ships no template in)."""
    return read_template(name, language, user_dir)[0]


def check_typed(source: str, text: str | None) -> None:
    """TemplateProblem when a text typed in the document dialog is longer than a multi-line
    field holds: a 10 MB paste would print 2 000 pages, not a proposal."""
    too_long = length_problem(source, text or "", MAX_TEXT_CHARS)
    if too_long:
        raise TemplateProblem(source, too_long=too_long)


def fill_text(text: str, values: Mapping[str, str], source: str) -> str:
    """The text with its placeholders filled; TemplateProblem naming any unknown placeholder
    or any the data holds nothing for, so that nothing prints with blanks."""
    try:
        fill(text, values)
    except UnknownPlaceholders as exc:
        raise TemplateProblem(source, unknown=exc.names) from None
    missing = missing_values(text, values)
    if missing:
        raise TemplateProblem(source, missing=missing)
    # a value ending in a full stop ("2 ноября 2026 г.") swallows the template's own
    return _WITH_STOP.sub(lambda m: _stop(values[m.group(1)], m.group(2)), text).strip()


def _stop(value: str, stop: str) -> str:
    return value if stop and value.endswith(".") else value + stop


# --- formats in the document's language ------------------------------------------------------


def total_in_words(amount: Decimal, currency: str, language: str = "ru") -> str:
    """The total written out as `language`'s invoices carry it (domain.words): "сто двадцать
    три тысячи ... рубля 45 копеек", "százhuszonháromezer-... forint", "... manat 45 qəpik";
    "" for a language whose documents do not write it (English, Italian)."""
    if language not in WORDS_LANGUAGES:
        return ""
    return in_words(amount, currency, language)


def _country(code: str, language: str) -> str:
    if not code:
        return ""
    locale = formatting.locale_of(language if language in LANGUAGES else "en")
    return str(locale.territories.get(code.upper(), code))


def address_line(street: str, postal: str, city: str, country: str, language: str) -> str:
    land = _country(country, language)
    # Russian addresses start from the postal code, Hungarian ones from the postal code and
    # the city ("1051 Budapest, Nádor utca 7."); elsewhere the street comes first
    if language == "ru":
        parts = [postal, city, street, land]
    elif language == "hu":
        parts = [f"{postal} {city}", street, land]
    else:
        parts = [street, f"{postal} {city}", land]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def bank_line(company: CompanyProfile, language: str) -> str:
    iban = bool(_IBAN.match(company.bank_account.replace(" ", "")))
    account = "IBAN" if iban else _ACCOUNT.get(language, "account")
    if language == "ru":
        code = "БИК" if company.country.upper() == "RU" else "SWIFT"
    else:
        code = "BIC" if iban else _BANK_CODE.get(language, "bank code")
    parts = [
        company.bank_name,
        f"{account} {company.bank_account}" if company.bank_account else "",
        f"{code} {company.bank_code}" if company.bank_code else "",
    ]
    return ", ".join(p for p in parts if p)


def unit_text(unit: str, language: str) -> str:
    """A unit as the catalogue keeps it ("pcs") as the document's language writes it ("шт.",
    "db", "pz", "ədəd"); a unit without a word here stays as it is."""
    return _UNITS.get(language, {}).get(unit.strip().lower(), unit)
