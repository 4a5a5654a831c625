"""One function decides the price of an order line, and says why.

The rule, in the KAM's words: **the client pays the lowest price it is entitled to**. The
candidates are

- its price column: the product's explicit price in that column, else the base price less the
  column's percentage (no column: the base price);
- a quantity break of that column (or of every column) whose minimum the line reaches: the
  highest such minimum applies, as a percentage off the column price or a fixed price;
- a promotion running on the order day that covers the product (named, or by its category),
  for every client or for this one: a percentage off the base price or a fixed price;
- a special price negotiated with this client for the product, valid on the order day.

The lowest wins. Equal prices are settled by a fixed order (special, promotion, quantity break,
column price, column percentage, base), then by name, so the same inputs always give the same
price and the same explanation. Every amount is rounded half-up to the cent once, where it is
computed; a line discount the KAM types is applied later, on top (domain.money.line_amounts).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.fx import Conversion, apply_factor, rate_basis
from kamdesk.domain.money import round_money
from kamdesk.messages import _, figure
from kamdesk.messages import day as day_text

HUNDRED = Decimal(100)

# rule names as stored on order lines, in the order that settles a tie
RULES = ("special", "promotion", "quantity_break", "column_price", "column", "base", "manual")
RULE_LABELS = {
    "special": "special price",
    "promotion": "promotion",
    "quantity_break": "quantity break",
    "column_price": "price column",
    "column": "price column",
    "base": "base price",
    "manual": "typed by hand",
}


@dataclass(frozen=True)
class ColumnTerms:
    """The client's price column as it applies to one product."""

    name: str
    discount_percent: Decimal
    explicit_price: Decimal | None = None


@dataclass(frozen=True)
class SpecialPrice:
    price: Decimal
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True)
class PromotionTerms:
    name: str
    starts_on: date
    ends_on: date
    discount_percent: Decimal | None = None
    fixed_price: Decimal | None = None

    def valid_on(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class QuantityBreakTerms:
    min_quantity: Decimal
    discount_percent: Decimal | None = None
    price: Decimal | None = None


@dataclass(frozen=True)
class Candidate:
    rule: str
    price: Decimal
    explanation: str
    source_price: Decimal | None = None  # in the product's currency, when converted


@dataclass(frozen=True)
class PriceDecision:
    """The unit price before any line discount, the rule that gave it and why."""

    unit_price: Decimal
    rule: str
    explanation: str
    column_price: Decimal  # what the price column alone would give
    candidates: tuple[Candidate, ...]
    # the price converted from the product's currency: its amount there and how
    conversion: Conversion | None = None

    @property
    def source_price(self) -> Decimal | None:
        return None if self.conversion is None else self.conversion.source_amount


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _fmt(value: Decimal) -> str:
    """A price with the decimals it has, as the current language writes figures."""
    return figure(value, _places(value))


def _pct(value: Decimal) -> str:
    return figure(value.normalize(), _places(value.normalize()))


def _say(explain: bool, text: Callable[[], str]) -> str:
    """An explanation, written only when it is wanted (`check` reads millions of decisions and
    no explanation: writing figures in the user's language is most of a decision's cost)."""
    return text() if explain else ""


def _off(price: Decimal, percent: Decimal) -> Decimal:
    return round_money(price * (HUNDRED - percent) / HUNDRED)


def column_price(
    base_price: Decimal, column: ColumnTerms | None, *, explain: bool = True
) -> Candidate:
    if column is None:
        said = _say(explain, lambda: _("base price {price}").format(price=_fmt(base_price)))
        return Candidate("base", base_price, said)
    if column.explicit_price is not None:
        listed = column.explicit_price
        return Candidate(
            "column_price",
            listed,
            _say(
                explain,
                lambda: _("{column} column: listed price {price}").format(
                    column=column.name, price=_fmt(listed)
                ),
            ),
        )
    if column.discount_percent == 0:
        said = _say(explain, lambda: _("{column} column: base price").format(column=column.name))
        return Candidate("column", base_price, said)
    price = _off(base_price, column.discount_percent)
    return Candidate(
        "column",
        price,
        _say(
            explain,
            lambda: _("{column} column: {percent} % off base {base} = {price}").format(
                column=column.name,
                percent=_pct(column.discount_percent),
                base=_fmt(base_price),
                price=_fmt(price),
            ),
        ),
    )


def _break(
    quantity: Decimal, listed: Candidate, breaks: Iterable[QuantityBreakTerms], explain: bool
) -> Candidate | None:
    reached = [b for b in breaks if b.min_quantity <= quantity]
    if not reached:
        return None
    top = max(b.min_quantity for b in reached)
    best: Candidate | None = None
    for b in reached:
        c = _break_candidate(b, top, listed, explain) if b.min_quantity == top else None
        # equal prices: the explanation settles it, so input order never matters
        if c is not None and (
            best is None or (c.price, c.explanation) < (best.price, best.explanation)
        ):
            best = c
    return best


def _break_candidate(
    b: QuantityBreakTerms, top: Decimal, listed: Candidate, explain: bool
) -> Candidate | None:
    if b.price is not None:
        fixed = b.price
        said = _say(
            explain,
            lambda: _("quantity break from {quantity}: fixed price {price}").format(
                quantity=_pct(top), price=_fmt(fixed)
            ),
        )
        return Candidate("quantity_break", fixed, said)
    if b.discount_percent is None:
        return None
    off, price = b.discount_percent, _off(listed.price, b.discount_percent)
    said = _say(
        explain,
        lambda: _("quantity break from {quantity}: {percent} % off {listed} = {price}").format(
            quantity=_pct(top), percent=_pct(off), listed=_fmt(listed.price), price=_fmt(price)
        ),
    )
    return Candidate("quantity_break", price, said)


def _promotion(
    day: date, base_price: Decimal, promotions: Iterable[PromotionTerms], explain: bool
) -> Candidate | None:
    best: Candidate | None = None
    for p in sorted(promotions, key=lambda p: (p.name, p.starts_on)):
        c = _promotion_candidate(p, base_price, explain) if p.valid_on(day) else None
        # equal prices: the explanation settles it, so input order never matters
        if c is not None and (
            best is None or (c.price, c.explanation) < (best.price, best.explanation)
        ):
            best = c
    return best


def _promotion_candidate(p: PromotionTerms, base_price: Decimal, explain: bool) -> Candidate | None:
    if p.fixed_price is not None:
        fixed = p.fixed_price
        said = _say(
            explain,
            lambda: _("promotion {name} (until {day}): {price}").format(
                name=p.name, day=day_text(p.ends_on), price=_fmt(fixed)
            ),
        )
        return Candidate("promotion", fixed, said)
    if p.discount_percent is None:
        return None
    off, price = p.discount_percent, _off(base_price, p.discount_percent)
    said = _say(
        explain,
        lambda: _("promotion {name} (until {day}): {percent} % off base = {price}").format(
            name=p.name, day=day_text(p.ends_on), percent=_pct(off), price=_fmt(price)
        ),
    )
    return Candidate("promotion", price, said)


def _special(day: date, specials: Iterable[SpecialPrice], explain: bool) -> Candidate | None:
    valid = [s for s in specials if s.valid_on(day)]
    if not valid:
        return None
    # the most recent agreement wins over an older open-ended one
    latest = max(valid, key=lambda s: (s.valid_from or date.min, -s.price))
    since = latest.valid_from
    if since:
        said = _say(
            explain,
            lambda: _("special price for this client since {day}").format(day=day_text(since)),
        )
    else:
        said = _say(explain, lambda: _("special price for this client"))
    return Candidate("special", latest.price, said)


@dataclass(frozen=True)
class Candidates:
    """The prices a line may get before any conversion: its column's (`listed`), the quantity
    break and promotion found, and the special price valid on the day."""

    listed: Candidate
    others: tuple[Candidate, ...]
    special: Candidate | None


def price_candidates(
    *,
    base_price: Decimal,
    quantity: Decimal,
    day: date,
    column: ColumnTerms | None = None,
    breaks: Iterable[QuantityBreakTerms] = (),
    promotions: Iterable[PromotionTerms] = (),
    specials: Iterable[SpecialPrice] = (),
    explain: bool = True,
) -> Candidates:
    """What resolve_price chooses from (all it reads of the quantity and the day)."""
    listed = column_price(base_price, column, explain=explain)
    found = (
        _break(quantity, listed, breaks, explain),
        _promotion(day, base_price, promotions, explain),
    )
    others = tuple(c for c in found if c is not None)
    return Candidates(listed, others, _special(day, specials, explain))


def resolve_price(
    *,
    base_price: Decimal,
    quantity: Decimal,
    day: date,
    column: ColumnTerms | None = None,
    breaks: Iterable[QuantityBreakTerms] = (),
    promotions: Iterable[PromotionTerms] = (),
    specials: Iterable[SpecialPrice] = (),
    fx: Conversion | None = None,
    explain: bool = True,
) -> PriceDecision:
    """The unit price of `quantity` of one product for one client on `day` (see the module).

    `fx` (the conversion of one unit, from the product's currency to the order's, on `day`):
    every candidate but a special price (agreed in the client's currency) is converted by its
    factor, rounded once to the cent (domain.fx), before the lowest is chosen. Without
    `explain` the explanation is empty and all else the same: candidates of one rule never tie
    with another's, so the explanation settles only which of two equal prices is named."""
    found = price_candidates(
        base_price=base_price,
        quantity=quantity,
        day=day,
        column=column,
        breaks=breaks,
        promotions=promotions,
        specials=specials,
        explain=explain,
    )
    return choose_price(found, fx, explain=explain)


def choose_price(
    found: Candidates, fx: Conversion | None = None, *, explain: bool = True
) -> PriceDecision:
    """resolve_price's decision among its candidates (price_candidates), converted by `fx`:
    the same candidates under many rates are found once (the demo's converted lines)."""
    listed = found.listed
    candidates = [listed, *found.others]
    if fx is not None and fx.source_currency != fx.target_currency:
        candidates = [_converted(c, fx) for c in candidates]
        listed = candidates[0]
    if found.special is not None:
        candidates.append(found.special)
    candidates.sort(key=lambda c: (c.price, RULES.index(c.rule), c.explanation))
    best = candidates[0]
    explanation = best.explanation
    if explain and best is not listed and best.price < listed.price:
        explanation = _("{best}; below the {listed}").format(
            best=explanation, listed=listed.explanation
        )
    conversion = None
    if fx is not None and best.source_price is not None:
        conversion = Conversion(
            best.price,
            best.source_price,
            fx.source_currency,
            fx.target_currency,
            fx.factor,
            fx.quotes,
        )
        if explain:
            explanation = _("{found} = {price} {currency} at {rate}{basis}").format(
                found=explanation,
                price=_fmt(best.price),
                currency=fx.target_currency,
                rate=_fmt(fx.factor.normalize()),
                basis=rate_basis(conversion.day, conversion.source),
            )
    return PriceDecision(
        unit_price=best.price,
        rule=best.rule,
        explanation=explanation[:1].upper() + explanation[1:] if explain else "",
        column_price=listed.price,
        candidates=tuple(candidates),
        conversion=conversion,
    )


def _converted(found: Candidate, fx: Conversion) -> Candidate:
    """A candidate in the product's currency as the order's currency."""
    return Candidate(
        found.rule,
        apply_factor(found.price, fx.factor),
        f"{found.explanation} {fx.source_currency}",
        found.price,
    )


def effective_discount(
    list_price: Decimal, unit_price: Decimal, discount_percent: Decimal
) -> Decimal:
    """How far below the resolved price a line is sold, in percent (two decimals): a price
    typed lower than the list counts as a discount too."""
    if list_price <= 0:
        return Decimal(0)
    paid = unit_price * (HUNDRED - discount_percent) / HUNDRED
    off = (list_price - paid) * HUNDRED / list_price
    return max(Decimal(0), off.quantize(Decimal("0.01")))
