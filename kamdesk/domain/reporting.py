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

from kamdesk.domain.fx import MissingRate, RateBook, apply_factor

ZERO = Decimal(0)

# what a warning calls one document and many of a kind
DOCUMENT_NAMES: dict[str, tuple[str, str]] = {
    "invoice": ("invoice", "invoices"),
    "credit note": ("credit note", "credit notes"),
    "order": ("order", "orders"),
    "return": ("return", "returns"),
    "order line": ("order line", "order lines"),
    "return line": ("return line", "return lines"),
}


@dataclass(frozen=True)
class DatedSum:
    """`amount` in `currency` of `documents` documents of `kind` dated `day`, belonging to
    `key` (a client id, a product id...). Credit notes come negative. `day` is None only for
    sums in the reporting currency."""

    key: str
    currency: str
    day: date | None
    amount: Decimal
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
        one, many = DOCUMENT_NAMES.get(self.kind, (self.kind, self.kind + "s"))
        if self.documents == 1:
            head = f"1 {one} in {self.currency} has no rate on or before its date"
        else:
            head = (
                f"{self.documents} {many} in {self.currency} have no rate on or before their date"
            )
        return f"{head}: enter rates in Settings > Exchange rates"


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
            f"{n} document{'s' if n != 1 else ''} in {currency} not converted: no rate on or "
            "before the date"
            for currency, n in sorted(self.unconverted_by_key.get(key, {}).items())
        )


class Converter:
    """Amounts to the reporting currency at their day's rate (each factor looked up once per
    currency and day), keeping count of the documents that had no rate."""

    def __init__(self, book: RateBook) -> None:
        self.book = book
        self.reporting = book.reporting
        self._factors: dict[tuple[str, date], Decimal | None] = {}
        self._missing: dict[tuple[str, str], tuple[int, date, date]] = {}

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
            at = day or date.min
            n, first, last = self._missing.get((kind, currency), (0, at, at))
            self._missing[(kind, currency)] = (n + documents, min(first, at), max(last, at))
            return None
        return apply_factor(amount, factor)

    @property
    def unconverted(self) -> tuple[Unconverted, ...]:
        return tuple(
            Unconverted(kind, currency, n, first, last)
            for (kind, currency), (n, first, last) in sorted(self._missing.items())
        )

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(u.message() for u in self.unconverted)


def convert_sums(book: RateBook, sums: Iterable[DatedSum]) -> Converted:
    """Each sum in the reporting currency at the rate of its day, added up per key."""
    converter = Converter(book)
    totals: dict[str, Decimal] = {}
    originals: dict[str, dict[str, Decimal]] = {}
    by_key: dict[str, dict[str, int]] = {}
    for s in sums:
        currency = s.currency.upper()
        own = originals.setdefault(s.key, {})
        own[currency] = own.get(currency, ZERO) + s.amount
        value = converter.convert(s.amount, currency, s.day, s.kind, s.documents)
        if value is None:
            counts = by_key.setdefault(s.key, {})
            counts[currency] = counts.get(currency, 0) + s.documents
            continue
        totals[s.key] = totals.get(s.key, ZERO) + value
    return Converted(book.reporting, totals, originals, converter.unconverted, by_key)


def single_currency(originals: dict[str, Decimal]) -> tuple[Decimal, str] | None:
    """The original sum and its currency when all of a key's documents are in one currency
    (sums that cancel to zero in another currency still count as a second one)."""
    if len(originals) != 1:
        return None
    ((currency, amount),) = originals.items()
    return amount, currency
