"""The demo keeps price candidates and decisions by demo.prices.decision_key: two lines whose
keys are equal must get the candidates and the decision domain.pricing gives each (issue 17,
item 6); resolve_price is choose_price of price_candidates."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.demo.prices import decision_key
from kamdesk.domain.fx import ONE, Quote, RateBook
from kamdesk.domain.pricing import (
    ColumnTerms,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    choose_price,
    price_candidates,
    resolve_price,
)

START = date(2026, 1, 1)
days = st.integers(0, 60).map(lambda n: START + timedelta(days=n))
cents = st.integers(1, 5000).map(lambda n: Decimal(n).scaleb(-2))
percents = st.sampled_from([Decimal(p) for p in ("0", "3", "6", "10", "12.5")])
quantities = st.integers(1, 400).map(lambda n: Decimal(n) / 2)

breaks = st.builds(
    QuantityBreakTerms,
    st.integers(1, 200).map(Decimal),
    st.none() | percents,
    st.none() | cents,
)
promotions = st.builds(
    lambda name, start, length, pct, fixed: PromotionTerms(
        name, start, start + timedelta(days=length), pct, fixed
    ),
    st.sampled_from(["Spring", "Winter", "Launch"]),
    days,
    st.integers(0, 30),
    st.none() | percents,
    st.none() | cents,
)
offers = st.lists(
    st.tuples(promotions, st.sampled_from([frozenset(), frozenset({"a"}), frozenset({"b"})])),
    max_size=3,
)
specials = st.lists(
    st.builds(SpecialPrice, cents, st.none() | days, st.none() | days), max_size=2
).map(tuple)
columns = st.builds(ColumnTerms, st.sampled_from(["A", "B"]), percents, st.none() | cents)
BOOK = RateBook(
    "EUR",
    [
        Quote("HUF", START, Decimal("0.0025"), "MNB"),
        Quote("HUF", START + timedelta(days=28), Decimal("0.0026"), "MNB"),
    ],
)


@settings(max_examples=400)
@given(
    base=cents,
    column=columns,
    qty_breaks=st.lists(breaks, max_size=3).map(tuple),
    product_offers=offers,
    client=st.sampled_from(["a", "b"]),
    client_specials=specials,
    lines=st.lists(st.tuples(quantities, days), min_size=2, max_size=6),
    converted=st.booleans(),
)
def test_equal_keys_give_equal_decisions(
    base: Decimal,
    column: ColumnTerms,
    qty_breaks: tuple[QuantityBreakTerms, ...],
    product_offers: list[tuple[PromotionTerms, frozenset[str]]],
    client: str,
    client_specials: tuple[SpecialPrice, ...],
    lines: list[tuple[Decimal, date]],
    converted: bool,
) -> None:
    promos = tuple(t for t, only in product_offers if not only or client in only)
    fx = BOOK.convert(ONE, "EUR", "HUF", START + timedelta(days=30)) if converted else None
    seen, candidates = {}, {}
    for qty, day in lines:
        key = decision_key(qty, day, qty_breaks, product_offers, client, client_specials)
        found = price_candidates(
            base_price=base,
            quantity=qty,
            day=day,
            column=column,
            breaks=qty_breaks,
            promotions=promos,
            specials=client_specials,
        )
        assert candidates.setdefault(key, found) == found
        decision = resolve_price(
            base_price=base,
            quantity=qty,
            day=day,
            column=column,
            breaks=qty_breaks,
            promotions=promos,
            specials=client_specials,
            fx=fx,
        )
        assert seen.setdefault(key, decision) == decision
        assert choose_price(candidates[key], fx) == decision
