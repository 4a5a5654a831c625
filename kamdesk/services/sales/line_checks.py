"""A draft's lines checked before they are saved: the product exists, the line's rules hold,
its discount is approved where it must be, its VAT is what domain.tax decides for the client,
and a product priced in another currency is converted at the order date's rate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.fx import Conversion, MissingRate, RateBook
from kamdesk.domain.money import ZERO, LineAmounts
from kamdesk.domain.orders import LineInput, approval_problem, line_problem, line_total
from kamdesk.domain.pricing import effective_discount
from kamdesk.domain.tax import NoTaxRate, Treatment, line_vat
from kamdesk.errors import UserError
from kamdesk.messages import _, day, figure, ngettext
from kamdesk.models import Client, Product
from kamdesk.services.prices.rates import rate_book
from kamdesk.services.queries import live
from kamdesk.services.sales.order_tax import product_vat


class OrderLinesError(UserError):
    """Lines that cannot be saved: `problems` maps the line's index (0-based) to why."""

    def __init__(self, problems: Mapping[int, str]) -> None:
        self.problems = dict(problems)
        first = min(self.problems)
        more = len(self.problems) - 1
        text = (
            ngettext(
                "Line {line}: {problem} ({more} more line to fix)",
                "Line {line}: {problem} ({more} more lines to fix)",
                more,
            )
            if more
            else _("Line {line}: {problem}")
        )
        super().__init__(text.format(line=first + 1, problem=self.problems[first], more=more))


@dataclass(frozen=True)
class DraftLine:
    """A line as the order window holds it; line_id is None for a line not saved yet.
    source_price: the price the rules found in the product's currency, when it differs from
    the order's (the unit price is its conversion)."""

    product_id: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = ZERO
    price_rule: str = ""
    price_note: str = ""
    list_price: Decimal | None = None
    approved_by: str = ""
    approval_note: str = ""
    line_id: str | None = None
    source_price: Decimal | None = None


@dataclass(frozen=True)
class OrderDraft:
    client_id: str
    order_date: date
    lines: tuple[DraftLine, ...]
    delivery_date: date | None = None
    notes: str = ""
    contact_id: str | None = None


@dataclass(frozen=True)
class CheckedLine:
    line: DraftLine
    product: Product
    vat_rate: Decimal
    amounts: LineAmounts
    conversion: Conversion | None


@dataclass(frozen=True)
class _Context:
    client: Client
    supply: Treatment
    currency: str
    day: date


def _fx(
    line: DraftLine, product: Product, ctx: _Context, book: RateBook | None
) -> tuple[Conversion | None, str | None]:
    """The conversion a line in another currency than its product's carries, or why not.

    A price the rules found (column, promotion, ...) is in the product's currency and needs
    its conversion; a special price, or one typed with no rule, is in the order's already."""
    if product.currency.upper() == ctx.currency.upper() or line.price_rule == "special":
        return None, None
    if line.source_price is None and line.price_rule in ("", "manual"):
        return None, None
    if line.source_price is None:
        return None, _(
            "{sku} is priced in {currency} and the order is in {order_currency}: choose the "
            "product again (or clear the price) to convert its price."
        ).format(sku=product.sku, currency=product.currency, order_currency=ctx.currency)
    assert book is not None
    try:
        found = book.convert(line.source_price, product.currency, ctx.currency, ctx.day)
    except MissingRate as exc:
        return None, str(exc)
    if line.price_rule != "manual" and found.amount != line.unit_price:
        return None, _(
            "{amount} {currency} is {converted} {order_currency} at the rate of {day}, not "
            "{price}: clear the price to take the converted one."
        ).format(
            amount=figure(line.source_price),
            currency=product.currency,
            converted=figure(found.amount),
            order_currency=ctx.currency,
            day=day(ctx.day),
            price=figure(line.unit_price),
        )
    return found, None


def _approval(line: DraftLine, client: Client) -> str | None:
    off = (
        effective_discount(line.list_price, line.unit_price, line.discount_percent)
        if line.list_price is not None
        else line.discount_percent
    )
    return approval_problem(off, client.max_discount_percent, line.approved_by, line.approval_note)


def check_lines(
    session: Session,
    client: Client,
    lines: Sequence[DraftLine],
    *,
    supply: Treatment,
    currency: str,
    day: date,
) -> list[CheckedLine]:
    """Every line checked, or OrderLinesError with why each refused one is (nothing saved)."""
    problems: dict[int, str] = {}
    ids = list({line.product_id for line in lines})
    products = {
        p.id: p
        for p in session.execute(
            select(Product).where(Product.id.in_(ids), live(Product))
        ).scalars()
    }
    rates = product_vat(session, products)
    ctx = _Context(client, supply, currency, day)
    foreign = any(p.currency.upper() != currency.upper() for p in products.values())
    book = rate_book(session) if foreign else None
    out: list[CheckedLine] = []
    for i, line in enumerate(lines):
        product = products.get(line.product_id)
        if product is None:
            problems[i] = _("Unknown product: choose one from the catalogue.")

            continue
        try:
            vat_rate = line_vat(supply, rates[product.id]).rate
        except NoTaxRate as exc:
            problems[i] = str(exc)
            continue
        conversion, why = _fx(line, product, ctx, book)
        data = LineInput(
            product_id=line.product_id,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            vat_rate=vat_rate,
        )
        why = why or line_problem(data) or _approval(line, client)
        if why is not None:
            problems[i] = why
            continue
        out.append(CheckedLine(line, product, vat_rate, line_total(data), conversion))
    if problems:
        raise OrderLinesError(problems)
    return out
