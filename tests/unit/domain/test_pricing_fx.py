"""A product priced in another currency than the order's (issue 13): every price the rules find
is converted by the day's factor, rounded once to the cent (domain.fx), before the lowest is
chosen; a special price is in the client's currency already."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.fx import ONE, Quote, RateBook, apply_factor
from kamdesk.domain.pricing import (
    ColumnTerms,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    resolve_price,
)

D = Decimal
DAY = date(2026, 12, 1)
money = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2)
percent = st.decimals(min_value=0, max_value=60, places=2)
rates = st.decimals(min_value=D("0.0001"), max_value=D("5000"), places=4)
columns = st.none() | st.builds(ColumnTerms, st.just("Key"), percent, st.none() | money)
breaks = st.lists(
    st.builds(
        QuantityBreakTerms,
        st.decimals(min_value=1, max_value=100, places=0),
        st.none() | percent,
        st.none() | money,
    ),
    max_size=3,
)
promotions = st.lists(
    st.builds(
        PromotionTerms,
        st.sampled_from(["Autumn", "Launch"]),
        st.just(date(2026, 11, 1)),
        st.just(date(2026, 12, 31)),
        st.none() | percent,
        st.none() | money,
    ),
    max_size=2,
)
specials = st.lists(st.builds(SpecialPrice, money), max_size=2)


def _fx(rub: Decimal, eur: Decimal):  # type: ignore[no-untyped-def]
    book = RateBook("HUF", [Quote("RUB", DAY, rub, "MNB"), Quote("EUR", DAY, eur, "MNB")])
    return book.convert(ONE, "RUB", "EUR", DAY)


@given(money, st.integers(1, 200), columns, breaks, promotions, specials, rates, rates)
def test_conversion_never_loses_a_cent_and_the_lowest_still_wins(
    base, qty, column, found_breaks, found_promotions, found_specials, rub, eur
) -> None:  # type: ignore[no-untyped-def]
    fx = _fx(rub, eur)
    common = {
        "base_price": base,
        "quantity": D(qty),
        "day": DAY,
        "column": column,
        "breaks": found_breaks,
        "promotions": found_promotions,
    }
    plain = resolve_price(**common)  # in the product's currency
    converted = resolve_price(**common, fx=fx)
    assert converted.unit_price == apply_factor(plain.unit_price, fx.factor)
    assert converted.conversion is not None and converted.source_price is not None
    # what the line keeps (source price and factor) gives its price again, to the cent
    assert converted.unit_price == apply_factor(converted.source_price, converted.conversion.factor)
    assert converted == resolve_price(**common, fx=fx)  # deterministic
    with_specials = resolve_price(**common, specials=found_specials, fx=fx)
    best_special = min((s.price for s in found_specials), default=None)
    lowest = min(x for x in (converted.unit_price, best_special) if x is not None)
    assert with_specials.unit_price == lowest
    if with_specials.rule == "special":
        assert with_specials.conversion is None  # agreed in the client's currency
    else:
        assert with_specials.conversion is not None


def test_100_rub_never_becomes_100_eur() -> None:
    found = resolve_price(
        base_price=D("100.00"), quantity=ONE, day=DAY, fx=_fx(D("4.0213"), D("386.12"))
    )
    assert (found.unit_price, found.source_price) == (D("1.04"), D("100.00"))
    why = "Base price 100.00 RUB = 1.04 EUR at 0.0104146379364 (MNB, 01.12.2026)"
    assert found.explanation == why
