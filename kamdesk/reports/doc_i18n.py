"""The fixed words and the number, money and date formats of client documents, per language.

A document speaks the client's document language (`ProposalDoc.language`, one of
domain.documents.LANGUAGES), not the interface's: the labels are one plain table per language
(reports.doc_labels); numbers, money and dates are domain.formatting's, in the locale of that
language (en_GB, ru_RU, hu_HU, it_IT, az_Latn_AZ): "1,234.50" / "1 234,50" / "1.234,50",
"24 November 2026" / "24 ноября 2026 г." / "2026. november 24.". Nothing here rounds or adds
money.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain import formatting
from kamdesk.domain.words import upper_case
from kamdesk.reports.doc_labels import TABLES

Day = date  # DocText.date would shadow the type inside the class

# language -> key -> label: one table per language (reports.doc_labels), the same keys in each
LABELS: dict[str, dict[str, str]] = {lang: words.LABELS for lang, words in TABLES.items()}


class DocText:
    """Labels and formats for one document's language and currency (the formats are
    domain.formatting's)."""

    def __init__(self, language: str, currency: str = "") -> None:
        self.locale = formatting.locale_of(language)  # refuses a language kamdesk lacks
        self.language = language
        self.currency = currency
        self._labels = LABELS[language]

    def __call__(self, key: str, **values: object) -> str:
        """The label `key` in this language, with {fields} filled from `values`."""
        text = self._labels[key]
        return text.format(**values) if values else text

    @property
    def currency_label(self) -> str:
        return formatting.currency_label(self.currency, self.language)

    def number(self, value: Decimal, pattern: str) -> str:
        return formatting.number(value, self.language, pattern)

    def money(self, amount: Decimal) -> str:
        """1234.5 -> "1,234.50" / "1 234,50": the exact value, at least two decimals."""
        return formatting.money(amount, self.language)

    def amount(self, amount: Decimal) -> str:
        """The amount with its currency: "1 234,50 EUR", "1 234,50 руб."."""
        return formatting.money(amount, self.language, self.currency)

    def quantity(self, value: Decimal) -> str:
        return formatting.quantity(value, self.language)

    def percent(self, value: Decimal) -> str:
        """20.00 -> "20", 12.5 -> "12.5" / "12,5" (the column says it is a percentage)."""
        return formatting.percent(value, self.language)

    def date(self, day: Day) -> str:
        """ "24 November 2026" / "24 ноября 2026 г."."""
        return formatting.long_date(day, self.language)

    def contract_date(self, day: Day) -> str:
        """The date under a contract's title: «24» ноября 2026 г. in Russian."""
        if self.language == "ru":
            long = self.date(day)
            return f"«{day.day:02d}»{long[len(str(day.day)) :]}"
        return self.date(day)

    def upper(self, text: str) -> str:
        """Capitals as the language writes them (domain.words.upper_case: "MÜQAVİLƏSİ")."""
        return upper_case(text, self.language)

    def with_currency(self, key: str) -> str:
        """A column label with the currency: "Price, EUR" / "Цена, руб."."""
        label = self(key)
        return f"{label}, {self.currency_label}" if self.currency_label else label

    def page(self, page: int, pages: int) -> str:
        return self("page", page=page, pages=pages)


def registration_key(number: str) -> str:
    """ОГРН is a Russian number (13 digits, 15 for a sole trader); other countries' register
    numbers are labelled as such, not as ОГРН."""
    digits = number.replace(" ", "")
    russian = digits.isdigit() and len(digits) in (13, 15)
    return "registration_no" if russian else "registration_other"


def bank_code_key(code: str) -> str:
    """БИК is a Russian bank code (9 digits); a code with letters is a SWIFT/BIC."""
    compact = code.replace(" ", "")
    if compact.isdigit():
        return "bank_code"
    return "swift" if compact.isalnum() and len(compact) in (8, 11) else "bank_code"
