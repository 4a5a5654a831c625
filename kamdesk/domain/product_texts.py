"""A product's names and units per document language and its VAT rates abroad (issue 13).

A document prints the product's name and unit in its language where a translation exists and
the product's own otherwise; a line for a client in a country where the company is registered
for VAT (besides its own) is charged the product's rate there."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kamdesk.domain.flat_edits import Flat
from kamdesk.messages import _, ngettext

MAX_NAME = 300
MAX_UNIT = 20


@dataclass(frozen=True)
class ProductTexts:
    """names: language -> (name, unit); rates: country -> VAT rate in %. A language left out
    (or with an empty name and unit) has no translation; a country left out has no rate."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    rates: dict[str, Decimal] = field(default_factory=dict)


def name_field(language: str) -> str:
    return f"name:{language}"


def unit_field(language: str) -> str:
    return f"unit:{language}"


def rate_field(country: str) -> str:
    return f"rate:{country}"


def _text_values(texts: ProductTexts) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for lang, (name, unit) in texts.names.items():
        values[name_field(lang)], values[unit_field(lang)] = name, unit
    values.update({rate_field(country): rate for country, rate in texts.rates.items()})
    return values


def _texts_of(_texts: ProductTexts, values: Mapping[str, Any]) -> ProductTexts:
    names: dict[str, tuple[str, str]] = {}
    rates: dict[str, Decimal] = {}
    for key, value in values.items():
        kind, _, which = key.partition(":")
        if kind == "rate" and value is not None:
            rates[which] = value
        elif kind in ("name", "unit"):
            name, unit = names.get(which, ("", ""))
            names[which] = (value or "", unit) if kind == "name" else (name, value or "")
    return ProductTexts({k: v for k, v in names.items() if v[0] or v[1]}, rates)


# a product's texts field by field (name:ru, unit:ru, rate:DE; None: none there), for a form's
# save merged onto what is stored now
TEXT_FIELDS = Flat(_text_values, _texts_of)


def cleaned(texts: ProductTexts) -> ProductTexts:
    return ProductTexts(
        names={
            lang: (name.strip(), unit.strip())
            for lang, (name, unit) in texts.names.items()
            if name.strip() or unit.strip()
        },
        rates={country.strip().upper(): rate for country, rate in texts.rates.items()},
    )


def texts_problems(
    texts: ProductTexts, *, languages: tuple[str, ...], countries: set[str]
) -> dict[str, str]:
    """Field name (name:ru, unit:ru, rate:DE) -> message; empty when the texts can be saved."""
    problems: dict[str, str] = {}
    for lang, (name, unit) in texts.names.items():
        if lang not in languages:
            problems[name_field(lang)] = _("Documents are printed in {languages} only.").format(
                languages=", ".join(languages)
            )
        elif unit and not name:
            problems[name_field(lang)] = _("Type the name too: a unit alone cannot be printed.")
        elif len(name) > MAX_NAME:
            problems[name_field(lang)] = ngettext(
                "A name has at most {n} character.", "A name has at most {n} characters.", MAX_NAME
            ).format(n=MAX_NAME)
        elif len(unit) > MAX_UNIT:
            problems[unit_field(lang)] = ngettext(
                "A unit has at most {n} character.", "A unit has at most {n} characters.", MAX_UNIT
            ).format(n=MAX_UNIT)
    for country, rate in texts.rates.items():
        if country not in countries:
            problems[rate_field(country)] = _(
                "The company is not registered for VAT in {country} (File > Settings…)."
            ).format(country=country)
        elif not Decimal(0) <= rate <= Decimal(100):
            problems[rate_field(country)] = _("A VAT rate is a percentage between 0 and 100.")
    return problems


def name_in(own: tuple[str, str], translation: tuple[str, str] | None) -> tuple[str, str]:
    """The (name, unit) a document prints: the translation's where it has one, else the
    product's own (a translation without a unit keeps the product's unit)."""
    if translation is None or not translation[0]:
        return own
    return translation[0], translation[1] or own[1]
