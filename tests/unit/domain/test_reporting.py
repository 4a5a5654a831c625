"""Cross-client sums in the reporting currency (issue 13): each sum at its own day's rate,
rounded once; sums without a rate left out and counted in a warning; shares that add up."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.classification import ClientRevenue, classify
from kamdesk.domain.fx import Quote, RateBook
from kamdesk.domain.reporting import (
    ConvertedSum,
    Converter,
    DatedSum,
    Unconverted,
    convert_sums,
    single_currency,
)

FIRST = date(2026, 1, 1)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(100_000), places=4)
minors = st.integers(min_value=-(10**10), max_value=10**11)  # cents
days = st.integers(min_value=-30, max_value=200).map(lambda n: FIRST + timedelta(days=n))


@st.composite
def books(draw: st.DrawFn) -> RateBook:
    quotes = []
    for currency in ("EUR", "RUB"):
        for n in sorted(set(draw(st.lists(st.integers(0, 150), min_size=1, max_size=5)))):
            quotes.append(Quote(currency, FIRST + timedelta(days=n), draw(rates)))
    return RateBook("HUF", quotes)


sums = st.lists(
    st.builds(
        DatedSum,
        key=st.sampled_from(["a", "b", "c", "d"]),
        currency=st.sampled_from(["HUF", "EUR", "RUB"]),
        day=days,
        minor=minors,
        documents=st.integers(1, 3),
        kind=st.sampled_from(["invoice", "credit note"]),
    ),
    max_size=30,
)


def _rate(book: RateBook, currency: str, day: date) -> Fraction | None:
    """The rate of the day, found here without the book's lookup: None before the first."""
    if currency == "HUF":
        return Fraction(1)
    known = [q for q in book._by_currency[currency] if q.day <= day]
    return Fraction(max(known, key=lambda q: q.day).rate) if known else None


def _half_up(value: Fraction) -> Decimal:
    cents = abs(value) * 100
    whole, rest = divmod(cents.numerator, cents.denominator)
    whole += 2 * rest >= cents.denominator
    return Decimal(whole if value >= 0 else -whole).scaleb(-2)


@given(books(), sums)
def test_each_sum_converts_at_its_days_rate_rounded_once(
    book: RateBook, given: list[DatedSum]
) -> None:
    result = convert_sums(book, given)
    want: dict[str, Decimal] = {}
    exact: dict[str, Fraction] = {}
    rounded: dict[str, int] = {}
    missing: dict[tuple[str, str], int] = {}
    for s in given:
        rate = _rate(book, s.currency, s.day)  # type: ignore[arg-type]
        if rate is None:
            missing[(s.kind, s.currency)] = missing.get((s.kind, s.currency), 0) + s.documents
            continue
        amount = Fraction(s.minor, 100)
        want[s.key] = want.get(s.key, Decimal(0)) + _half_up(amount * rate)
        exact[s.key] = exact.get(s.key, Fraction(0)) + amount * rate
        rounded[s.key] = rounded.get(s.key, 0) + (s.currency != "HUF")
    assert result.totals == want
    # never a cent lost against the rule: each sum is off its exact value by half a cent at most
    for key, total in result.totals.items():
        assert abs(Fraction(total) - exact[key]) <= Fraction(rounded[key], 200)
    assert {(u.kind, u.currency): u.documents for u in result.unconverted} == missing
    assert len(result.warnings) == len(missing)
    # the originals hold every document, converted or not
    for key in {s.key for s in given}:
        for currency in {s.currency for s in given if s.key == key}:
            own = sum(s.minor for s in given if (s.key, s.currency) == (key, currency))
            assert result.originals[key][currency] == Decimal(own).scaleb(-2)


@given(books(), sums)
def test_shares_of_converted_revenue_add_up_to_one(book: RateBook, given: list[DatedSum]) -> None:
    totals = convert_sums(book, given).totals
    shares = classify([ClientRevenue(k, k, v) for k, v in totals.items()]).clients
    positive = [s.share for s in shares if s.revenue > 0]
    if positive:
        assert abs(sum(positive, Decimal(0)) - 1) < Decimal("1e-20")
        last = [s for s in shares if s.revenue > 0][-1]
        assert last.cumulative_share == 1
    assert all(s.share == 0 for s in shares if s.revenue <= 0)


@given(rates, rates, minors)
def test_conversion_in_cents_is_the_rule_of_domain_fx(
    rate: Decimal, other: Decimal, m: int
) -> None:
    """The integer way (many sums) gives what RateBook.to_reporting gives, to the cent."""
    book = RateBook("HUF", [Quote("EUR", FIRST, rate), Quote("RUB", FIRST, other)])
    converter = Converter(book)
    for currency in ("EUR", "RUB"):
        want = book.to_reporting(Decimal(m).scaleb(-2), currency, FIRST)
        assert converter.convert_minor(m, currency, FIRST, "invoice") == int(want.scaleb(2))
        assert converter.convert(Decimal(m).scaleb(-2), currency, FIRST, "invoice") == want


def test_the_warning_names_how_many_documents_in_which_currency() -> None:
    one = Unconverted("invoice", "RUB", 1, FIRST, FIRST)
    two = Unconverted("invoice", "RUB", 2, FIRST, FIRST)
    credit = Unconverted("credit note", "EUR", 3, FIRST, FIRST)
    tail = ": enter rates in File > Exchange rates"
    assert one.message() == "1 invoice in RUB has no rate on or before its date" + tail
    assert two.message() == "2 invoices in RUB have no rate on or before their date" + tail
    assert credit.message() == "3 credit notes in EUR have no rate on or before their date" + tail


def test_a_sum_in_the_reporting_currency_needs_no_rate() -> None:
    book = RateBook("HUF", [Quote("EUR", FIRST, Decimal("400"))])
    result = convert_sums(
        book,
        [
            DatedSum("a", "HUF", None, 1001, 2),
            DatedSum("a", "EUR", FIRST - timedelta(days=1), 500),
            DatedSum("a", "EUR", FIRST, 3),  # 0.03 EUR = 12.00 HUF
        ],
    )
    assert result.totals == {"a": Decimal("22.01")}
    assert result.originals == {"a": {"HUF": Decimal("10.01"), "EUR": Decimal("5.03")}}
    assert result.key_warnings("a") == (
        "1 document in EUR not converted: no rate on or before the date",
    )
    assert single_currency(result.originals["a"]) is None
    assert single_currency({"EUR": Decimal(3)}) == (Decimal(3), "EUR")


@given(books(), sums, sums)
def test_sums_subtracted_as_given_equal_their_negated_copies(
    book: RateBook, added: list[DatedSum], less: list[DatedSum]
) -> None:
    """Credit notes handed in positive with `less` count as handed in negated (and the sums
    converted already alike, `less_done`)."""
    done = [
        ConvertedSum(s.key, s.currency, s.kind, s.documents, s.minor, 3 * s.minor, i % 2)
        for i, s in enumerate(added[:5] + less[:5])
    ]
    negated = [s._replace(minor=-s.minor) for s in less]
    done_negated = [d._replace(minor=-d.minor, converted=-d.converted) for d in done[5:]]
    want = convert_sums(book, added + negated, done[:5] + done_negated)
    got = convert_sums(book, added, done[:5], less=less, less_done=done[5:])
    assert got == want
    assert list(got.totals) == list(want.totals) and list(got.originals) == list(want.originals)
