"""A product's names per document language and VAT rates in the company's other registrations.

`product_names` is what documents call: the name and unit in a language, falling back to the
product's own."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.documents import LANGUAGES
from kamdesk.domain.natural_keys import product_tax_rate_id, product_translation_id
from kamdesk.domain.product_texts import (
    TEXT_FIELDS,
    ProductTexts,
    cleaned,
    name_in,
    texts_problems,
)
from kamdesk.models import Product, ProductTaxRate, ProductTranslation, VatRegistration
from kamdesk.services.company import InvalidFields
from kamdesk.services.queries import get_live, in_chunks, live, revive_or_add


def registration_countries(session: Session) -> list[str]:
    """The countries where the company is registered for VAT besides its own."""
    stmt = select(VatRegistration.country).where(live(VatRegistration))
    return sorted(session.scalars(stmt))


def get_product_texts(session: Session, product_id: str) -> ProductTexts:
    names = {
        t.language: (t.name, t.unit)
        for t in session.scalars(
            select(ProductTranslation).where(
                ProductTranslation.product_id == product_id, live(ProductTranslation)
            )
        )
    }
    rates = {
        r.country: r.rate
        for r in session.scalars(
            select(ProductTaxRate).where(
                ProductTaxRate.product_id == product_id, live(ProductTaxRate)
            )
        )
    }
    return ProductTexts(names=names, rates=rates)


def product_texts_problems(session: Session, texts: ProductTexts) -> dict[str, str]:
    return texts_problems(
        cleaned(texts), languages=LANGUAGES, countries=set(registration_countries(session))
    )


def save_product_texts(
    session: Session, product_id: str, texts: ProductTexts, *, base: ProductTexts | None = None
) -> None:
    """Store the product's translations and rates as given (what is left out is removed);
    InvalidFields and nothing saved if any is wrong. With `base` (as the form loaded them)
    only the names, units and rates the user changed are written; StaleEdit if one of them
    changed since (an import, another window)."""
    get_live(session, Product, product_id)
    texts = cleaned(texts)
    if base is not None:
        texts = TEXT_FIELDS.merge(cleaned(base), texts, get_product_texts(session, product_id))
    problems = product_texts_problems(session, texts)
    if problems:
        raise InvalidFields(problems)
    stamp = datetime.now(UTC)
    for language, (name, unit) in texts.names.items():
        revive_or_add(
            session,
            ProductTranslation,
            product_translation_id(product_id, language),
            product_id=product_id,
            language=language,
            name=name,
            unit=unit,
        )
    for row in session.scalars(
        select(ProductTranslation).where(
            ProductTranslation.product_id == product_id, live(ProductTranslation)
        )
    ):
        if row.language not in texts.names:
            row.deleted_at = stamp
    for country, rate in texts.rates.items():
        revive_or_add(
            session,
            ProductTaxRate,
            product_tax_rate_id(product_id, country),
            product_id=product_id,
            country=country,
            rate=rate,
        )
    for tax_row in session.scalars(
        select(ProductTaxRate).where(ProductTaxRate.product_id == product_id, live(ProductTaxRate))
    ):
        if tax_row.country not in texts.rates:
            tax_row.deleted_at = stamp
    session.flush()


def product_names(
    session: Session, product_ids: Iterable[str], language: str
) -> dict[str, tuple[str, str]]:
    """Product id -> (name, unit) for a document in `language`: the translation where one
    exists, else the product's own name and unit. Deleted products are still named (an old
    order may cite one)."""
    ids = sorted(set(product_ids))
    result: dict[str, tuple[str, str]] = {}
    for chunk in in_chunks(ids):
        own = {
            pid: (name, unit)
            for pid, name, unit in session.execute(
                select(Product.id, Product.name, Product.unit).where(Product.id.in_(chunk))
            )
        }
        translated = {
            pid: (name, unit)
            for pid, name, unit in session.execute(
                select(
                    ProductTranslation.product_id, ProductTranslation.name, ProductTranslation.unit
                ).where(
                    ProductTranslation.product_id.in_(chunk),
                    ProductTranslation.language == language,
                    live(ProductTranslation),
                )
            )
        }
        for pid, names in own.items():
            result[pid] = name_in(names, translated.get(pid))
    return result


def product_tax_rates(
    session: Session, product_ids: Iterable[str], country: str
) -> dict[str, Decimal]:
    """Product id -> its VAT rate in `country` (a registration abroad), for the products that
    have one recorded."""
    ids = sorted(set(product_ids))
    rates: dict[str, Decimal] = {}
    for chunk in in_chunks(ids):
        for pid, rate in session.execute(
            select(ProductTaxRate.product_id, ProductTaxRate.rate).where(
                ProductTaxRate.product_id.in_(chunk),
                ProductTaxRate.country == country.upper(),
                live(ProductTaxRate),
            )
        ):
            rates[pid] = rate
    return rates
