"""Cross-client figures in the company's reporting currency (issue 13).

Every document counts at the rate of **its own date** (domain.fx: the latest rate on or before
it), by the documented rounding rule. Sums are handed in already grouped per (key, currency,
day): the documents of one client in one currency dated the same day share one factor, so
their sum is converted once (fx rule 2: amount x factor, rounded half-up to the cent once, at
the end) and no cent is lost to rounding each of them. Sums in the reporting currency need no
rate and come with no day.

A document whose currency has no rate on or before its date is neither dropped silently nor
counted at face value: it stays out of the converted totals, its original amount is still
known, and it is named in a warning the user sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from kamdesk.domain.fx import FACTOR_DECIMALS, MissingRate, RateBook, apply_factor
from kamdesk.messages import ngettext

ZERO = Decimal(0)
_SCALE = 10**FACTOR_DECIMALS
_UNSEEN = -1  # a scaled factor not looked up yet (they are never negative)


def _unconverted_message(kind: str, n: int) -> str:
    """What a warning says of `n` documents of `kind` without a rate: one sentence per kind."""
    if kind == "credit note":
        return ngettext(
            "{n} credit note in {currency} has no rate on or before its date: "
            "enter rates in File > Exchange rates",
            "{n} credit notes in {currency} have no rate on or before their date: "
            "enter rates in File > Exchange rates",
            n,
        )
    if kind == "order":
        return ngettext(
            "{n} order in {currency} has no rate on or before its date: "
            "enter rates in File > Exchange rates",
            "{n} orders in {currency} have no rate on or before their date: "
            "enter rates in File > Exchange rates",
            n,
        )
    if kind == "return":
        return ngettext(
            "{n} return in {currency} has no rate on or before its date: "
            "enter rates in File > Exchange rates",
            "{n} returns in {currency} have no rate on or before their date: "
            "enter rates in File > Exchange rates",
            n,
        )
    if kind == "order line":
        return ngettext(
            "{n} order line in {currency} has no rate on or before its date: "
            "enter rates in File > Exchange rates",
            "{n} order lines in {currency} have no rate on or before their date: "
            "enter rates in File > Exchange rates",
            n,
        )
    if kind == "return line":
        return ngettext(
            "{n} return line in {currency} has no rate on or before its date: "
            "enter rates in File > Exchange rates",
            "{n} return lines in {currency} have no rate on or before their date: "
            "enter rates in File > Exchange rates",
            n,
        )
    return ngettext(
        "{n} invoice in {currency} has no rate on or before its date: "
        "enter rates in File > Exchange rates",
        "{n} invoices in {currency} have no rate on or before their date: "
        "enter rates in File > Exchange rates",
        n,
    )


class DatedSum(NamedTuple):
    """`minor` units (cents) in `currency` of `documents` documents of `kind` dated `day`,
    belonging to `key` (a client id, a product id...). Credit notes come negative. `day` is
    None only for sums in the reporting currency. (A tuple of integers: a query hands in a
    hundred thousand of them, converted in integer arithmetic by the same rule.)"""

    key: str
    currency: str
    day: date | None
    minor: int
    documents: int = 1
    kind: str = "invoice"


@dataclass(frozen=True)
class Unconverted:
    """Documents of one kind and currency that have no rate on or before their date."""

    kind: str
    currency: str
    documents: int
    first: date
    last: date

    def message(self) -> str:
        return _unconverted_message(self.kind, self.documents).format(
            n=self.documents, currency=self.currency
        )


@dataclass(frozen=True)
class Converted:
    """Sums per key in the reporting currency, and what they were made of."""

    reporting: str
    totals: dict[str, Decimal]  # key -> converted sum; keys with nothing converted are absent
    originals: dict[str, dict[str, Decimal]]  # key -> currency -> original sum (all documents)
    unconverted: tuple[Unconverted, ...]  # by kind and currency, for the warning
    unconverted_by_key: dict[str, dict[str, int]] = field(default_factory=dict)  # key -> cur -> n

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(u.message() for u in self.unconverted)

    def key_warnings(self, key: str) -> tuple[str, ...]:
        """What a row of `key` says about its own documents left out."""
        return tuple(
            ngettext(
                "{n} document in {currency} not converted: no rate on or before the date",
                "{n} documents in {currency} not converted: no rate on or before the date",
                n,
            ).format(n=n, currency=currency)
            for currency, n in sorted(self.unconverted_by_key.get(key, {}).items())
        )


class Converter:
    """Amounts to the reporting currency at their day's rate (each factor looked up once per
    currency and day), keeping count of the documents that had no rate."""

    def __init__(self, book: RateBook) -> None:
        self.book = book
        self.reporting = book.reporting
        self._factors: dict[tuple[str, date], Decimal | None] = {}
        self._scaled_factors: dict[tuple[str, date], int | None] = {}
        self._missing: dict[tuple[str, str], tuple[int, date, date]] = {}

    def _scaled(self, currency: str, day: date) -> int | None:
        """The factor x 10^12 as an integer when it is exact so (always, to the reporting
        currency: rule 1 keeps it exactly to 12 decimals); 0 when the factor is not."""
        key = (currency, day)
        if key not in self._scaled_factors:
            factor = self.factor(currency, day)
            if factor is None:
                self._scaled_factors[key] = None
            else:
                scaled = factor.scaleb(FACTOR_DECIMALS)
                exact = scaled == scaled.to_integral_value()
                self._scaled_factors[key] = int(scaled) if exact else 0
        return self._scaled_factors[key]

    def convert_minor(
        self, minor: int, currency: str, day: date | None, kind: str, documents: int = 1
    ) -> int | None:
        """`minor` units in the reporting currency's minor units: `convert` in integers."""
        if currency == self.reporting:
            return minor
        if day is None:
            scaled = None
        else:  # looked up inline: called for each of ten thousand sums
            scaled = self._scaled_factors.get((currency, day), _UNSEEN)
            if scaled == _UNSEEN:
                scaled = self._scaled(currency, day)
        if scaled is None:
            self._note_missing(currency, day, kind, documents)
            return None
        if scaled == 0:  # a factor of more than 12 decimals: the Decimal way
            converted = self.convert(Decimal(minor).scaleb(-2), currency, day, kind, documents)
            return None if converted is None else int(converted.scaleb(2))
        # rule 2 on cents: minor x factor, rounded half-up (away from zero) once
        whole, rest = divmod(abs(minor) * scaled, _SCALE)
        rounded: int = whole + (2 * rest >= _SCALE)
        return rounded if minor >= 0 else -rounded

    def factor(self, currency: str, day: date) -> Decimal | None:
        """The factor to the reporting currency on `day`; None when there is no rate."""
        key = (currency, day)
        if key not in self._factors:
            try:
                conversion = self.book.convert(Decimal(1), currency, self.reporting, day)
                self._factors[key] = conversion.factor
            except MissingRate:
                self._factors[key] = None
        return self._factors[key]

    def convert(
        self, amount: Decimal, currency: str, day: date | None, kind: str, documents: int = 1
    ) -> Decimal | None:
        """`amount` in the reporting currency (rule 2, rounded once); None, and counted for
        the warning, when its currency has no rate on or before `day`."""
        currency = currency.upper()
        if currency == self.reporting:
            return amount
        factor = self.factor(currency, day) if day is not None else None
        if factor is None:
            self._note_missing(currency, day, kind, documents)
            return None
        return apply_factor(amount, factor)

    def _note_missing(self, currency: str, day: date | None, kind: str, documents: int) -> None:
        at = day or date.min
        self.note_missing(kind, currency, documents, at, at)

    def note_missing(
        self, kind: str, currency: str, documents: int, first: date, last: date
    ) -> None:
        """Count `documents` left out for want of a rate, dated first..last."""
        n, was_first, was_last = self._missing.get((kind, currency), (0, first, last))
        self._missing[(kind, currency)] = (
            n + documents,
            min(first, was_first),
            max(last, was_last),
        )

    @property
    def unconverted(self) -> tuple[Unconverted, ...]:
        return tuple(
            Unconverted(kind, currency, n, first, last)
            for (kind, currency), (n, first, last) in sorted(self._missing.items())
        )

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(u.message() for u in self.unconverted)


class ConvertedSum(NamedTuple):
    """Sums converted already, day by day as convert_sums converts them (a local cache's, see
    domain.revenue_months): `documents` documents of `kind` of `key` in `currency`, `minor`
    their original sum (signed as a DatedSum), `converted` the reporting currency's minor units
    of those that had a rate, `unconverted` how many had none, dated `first`..`last`."""

    key: str
    currency: str
    kind: str
    documents: int
    minor: int
    converted: int
    unconverted: int = 0
    first: date | None = None
    last: date | None = None


def convert_sums(
    book: RateBook,
    sums: Iterable[DatedSum],
    done: Iterable[ConvertedSum] = (),
    *,
    less: Iterable[DatedSum] = (),
    less_done: Iterable[ConvertedSum] = (),
) -> Converted:
    """Each sum in the reporting currency at the rate of its day, added up per key, with the
    sums converted already (`done`) added in as if converted here; `less` and `less_done`
    subtracted alike (credit notes given positive), as if handed in negated. Added up in
    integer minor units, made Decimal once per key at the end."""
    converter = Converter(book)
    totals: dict[str, int] = {}
    originals: dict[str, dict[str, int]] = {}
    by_key: dict[str, dict[str, int]] = {}
    for given, sign in ((done, 1), (less_done, -1)):
        _add_done(converter, given, sign, totals, originals, by_key)
    for dated, sign in ((sums, 1), (less, -1)):
        _add_dated(converter, dated, sign, totals, originals, by_key)
    # money.from_minor's Decimals (exponent -2), without quantizing an exact value again
    return Converted(
        book.reporting,
        {key: Decimal(v).scaleb(-2) for key, v in totals.items()},
        {key: {c: Decimal(v).scaleb(-2) for c, v in own.items()} for key, own in originals.items()},
        converter.unconverted,
        by_key,
    )


def _add_done(
    converter: Converter,
    done: Iterable[ConvertedSum],
    sign: int,
    totals: dict[str, int],
    originals: dict[str, dict[str, int]],
    by_key: dict[str, dict[str, int]],
) -> None:
    get = totals.get
    for key, currency, kind, documents, minor, done_value, gone, first, last in done:
        own = originals.get(key)
        if own is None:
            own = originals[key] = {}
        own[currency] = own.get(currency, 0) + sign * minor
        if gone:
            counts = by_key.setdefault(key, {})
            counts[currency] = counts.get(currency, 0) + gone
            converter.note_missing(kind, currency, gone, first or date.min, last or date.min)
        if documents > gone:  # something of it converted
            totals[key] = get(key, 0) + sign * done_value


def _add_dated(
    converter: Converter,
    sums: Iterable[DatedSum],
    sign: int,
    totals: dict[str, int],
    originals: dict[str, dict[str, int]],
    by_key: dict[str, dict[str, int]],
) -> None:
    convert, reporting, get = converter.convert_minor, converter.reporting, totals.get
    for key, currency, day, minor, documents, kind in sums:
        minor *= sign
        own = originals.get(key)
        if own is None:
            own = originals[key] = {}
        own[currency] = own.get(currency, 0) + minor
        if currency == reporting:
            totals[key] = get(key, 0) + minor
            continue
        value = convert(minor, currency, day, kind, documents)
        if value is None:
            counts = by_key.setdefault(key, {})
            counts[currency] = counts.get(currency, 0) + documents
            continue
        totals[key] = get(key, 0) + value


def single_currency(originals: dict[str, Decimal]) -> tuple[Decimal, str] | None:
    """The original sum and its currency when all of a key's documents are in one currency
    (sums that cancel to zero in another currency still count as a second one)."""
    if len(originals) != 1:
        return None
    ((currency, amount),) = originals.items()
    return amount, currency
