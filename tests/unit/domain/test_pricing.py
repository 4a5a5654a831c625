"""The one price rule: the client pays the lowest price it is entitled to, and we say why."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.fx import Conversion
from kamdesk.domain.pricing import (
    RULES,
    ColumnTerms,
    PromotionTerms,
    QuantityBreakTerms,
    SpecialPrice,
    effective_discount,
    resolve_price,
)

D = Decimal
DAY = date(2026, 11, 24)
KEY = ColumnTerms("Key account", D(15))


def test_no_column_is_the_base_price() -> None:
    d = resolve_price(base_price=D("10.00"), quantity=D(1), day=DAY)
    assert (d.unit_price, d.rule, d.explanation) == (D("10.00"), "base", "Base price 10.00")


def test_column_percentage_is_rounded_half_up_to_the_cent() -> None:
    d = resolve_price(base_price=D("1.25"), quantity=D(1), day=DAY, column=ColumnTerms("W", D(7)))
    assert d.unit_price == D("1.16")  # 1.1625 -> 1.16
    assert d.rule == "column" and d.explanation == "W column: 7 % off base 1.25 = 1.16"


def test_an_explicit_column_price_wins_over_the_percentage() -> None:
    col = ColumnTerms("Key account", D(15), explicit_price=D("7.90"))
    d = resolve_price(base_price=D("10.00"), quantity=D(1), day=DAY, column=col)
    assert (d.unit_price, d.rule) == (D("7.90"), "column_price")
    assert "listed price 7.90" in d.explanation


def test_the_highest_quantity_break_reached_applies() -> None:
    breaks = [QuantityBreakTerms(D(10), D(3)), QuantityBreakTerms(D(100), D(5))]
    small = resolve_price(base_price=D("10.00"), quantity=D(9), day=DAY, column=KEY, breaks=breaks)
    big = resolve_price(base_price=D("10.00"), quantity=D(100), day=DAY, column=KEY, breaks=breaks)
    assert small.rule == "column" and small.unit_price == D("8.50")
    assert big.rule == "quantity_break" and big.unit_price == D("8.08")  # 8.075 -> 8.08
    assert big.explanation.startswith("Quantity break from 100: 5 % off 8.50 = 8.08")
    assert "below the Key account column" in big.explanation


def test_a_promotion_counts_only_between_its_dates() -> None:
    promo = PromotionTerms("Winter milk", date(2026, 12, 1), date(2026, 12, 31), D(20))
    before = resolve_price(
        base_price=D("10.00"), quantity=D(1), day=DAY, column=KEY, promotions=[promo]
    )
    during = resolve_price(
        base_price=D("10.00"), quantity=D(1), day=date(2026, 12, 31), column=KEY, promotions=[promo]
    )
    assert before.rule == "column"
    assert during.rule == "promotion" and during.unit_price == D("8.00")
    assert during.explanation.startswith("Promotion Winter milk (until 31 Dec 2026): 20 % off")


def test_a_promotion_above_the_clients_price_does_not_raise_it() -> None:
    promo = PromotionTerms("Launch", DAY, DAY, D(10))
    d = resolve_price(base_price=D("10.00"), quantity=D(1), day=DAY, column=KEY, promotions=[promo])
    assert (d.rule, d.unit_price) == ("column", D("8.50"))


def test_the_latest_special_price_valid_on_the_day_applies() -> None:
    specials = [
        SpecialPrice(D("8.00"), None, None),
        SpecialPrice(D("8.20"), date(2026, 10, 1), None),
        SpecialPrice(D("6.00"), date(2027, 1, 1), None),
    ]
    d = resolve_price(base_price=D("10.00"), quantity=D(1), day=DAY, column=KEY, specials=specials)
    assert (d.rule, d.unit_price) == ("special", D("8.20"))
    assert d.explanation.startswith("Special price for this client since 1 Oct 2026")


def test_a_tie_is_settled_by_the_fixed_order_of_rules() -> None:
    d = resolve_price(
        base_price=D("10.00"),
        quantity=D(1),
        day=DAY,
        column=KEY,
        specials=[SpecialPrice(D("8.50"))],
        promotions=[PromotionTerms("P", DAY, DAY, fixed_price=D("8.50"))],
    )
    assert d.rule == "special"
    assert [c.rule for c in d.candidates] == ["special", "promotion", "column"]


def test_effective_discount_counts_a_typed_lower_price() -> None:
    assert effective_discount(D("10.00"), D("9.00"), D(0)) == D("10.00")
    assert effective_discount(D("10.00"), D("10.00"), D("5")) == D("5.00")
    assert effective_discount(D("10.00"), D("11.00"), D(0)) == D(0)


money = st.decimals(min_value=D("0.01"), max_value=D(10000), places=2)
percent = st.decimals(min_value=D(0), max_value=D(100), places=2)
days = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))


@given(
    base=money,
    qty=st.decimals(min_value=D("0.001"), max_value=D(10000), places=3),
    day=days,
    column=st.none() | st.builds(ColumnTerms, st.just("C"), percent, st.none() | money),
    breaks=st.lists(
        st.builds(QuantityBreakTerms, st.decimals(1, 500, places=0), percent), max_size=3
    ),
    promos=st.lists(
        st.builds(PromotionTerms, st.sampled_from(["A", "B"]), days, days, percent), max_size=3
    ),
    specials=st.lists(
        st.builds(SpecialPrice, money, st.none() | days, st.none() | days), max_size=3
    ),
)
def test_resolution_is_deterministic_minimal_and_names_its_rule(
    base: Decimal,
    qty: Decimal,
    day: date,
    column: ColumnTerms | None,
    breaks: list[QuantityBreakTerms],
    promos: list[PromotionTerms],
    specials: list[SpecialPrice],
) -> None:
    args = {
        "base_price": base, "quantity": qty, "day": day, "column": column,
        "breaks": breaks, "promotions": promos, "specials": specials,
    }  # fmt: skip
    d = resolve_price(**args)  # type: ignore[arg-type]
    again = resolve_price(**{**args, "breaks": breaks[::-1], "promotions": promos[::-1]})  # type: ignore[arg-type]
    assert (d.unit_price, d.rule, d.explanation) == (
        again.unit_price,
        again.rule,
        again.explanation,
    )
    assert d.unit_price == min(c.price for c in d.candidates) <= d.column_price
    assert d.rule in RULES and d.unit_price == d.unit_price.quantize(D("0.01"))
    assert d.explanation and d.explanation[0].isupper()


@given(
    base=money,
    qty=st.decimals(min_value=D("0.001"), max_value=D(10000), places=3),
    day=days,
    column=st.none() | st.builds(ColumnTerms, st.just("C"), percent, st.none() | money),
    breaks=st.lists(
        st.builds(QuantityBreakTerms, st.decimals(1, 500, places=0), percent, st.none() | money),
        max_size=4,
    ),
    promos=st.lists(
        st.builds(
            PromotionTerms, st.sampled_from(["A", "B"]), days, days, percent, st.none() | money
        ),
        max_size=3,
    ),
    specials=st.lists(
        st.builds(SpecialPrice, money, st.none() | days, st.none() | days), max_size=3
    ),
    factor=st.none() | st.decimals(min_value=D("0.0001"), max_value=D(1000), places=4),
)
def test_a_decision_without_its_explanation_is_the_same_decision(
    base: Decimal,
    qty: Decimal,
    day: date,
    column: ColumnTerms | None,
    breaks: list[QuantityBreakTerms],
    promos: list[PromotionTerms],
    specials: list[SpecialPrice],
    factor: Decimal | None,
) -> None:
    """`check` asks for millions of decisions and reads no explanation: the price, the rule
    and the conversion do not depend on it (ties of equal prices included)."""
    fx = None if factor is None else Conversion(factor, D(1), "EUR", "HUF", factor, ())
    args = {
        "base_price": base, "quantity": qty, "day": day, "column": column,
        "breaks": breaks, "promotions": promos, "specials": specials, "fx": fx,
    }  # fmt: skip
    said = resolve_price(**args)  # type: ignore[arg-type]
    quiet = resolve_price(**args, explain=False)  # type: ignore[arg-type]
    assert quiet.explanation == ""
    assert (quiet.unit_price, quiet.rule, quiet.column_price, quiet.conversion) == (
        said.unit_price,
        said.rule,
        said.column_price,
        said.conversion,
    )
    assert [(c.rule, c.price, c.source_price) for c in quiet.candidates] == [
        (c.rule, c.price, c.source_price) for c in said.candidates
    ]
