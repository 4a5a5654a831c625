"""One order line while the KAM edits it, and the catalogue as typing finds products in it.

No Qt model here: plain records and the rules for reading what was typed, used by the lines
model and the fulfilment dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.fx import Conversion, rate_note
from kamdesk.domain.money import ZERO, AmountError, LineAmounts
from kamdesk.domain.orders import (
    LineFulfilment,
    LineInput,
    approval_problem,
    line_problem,
    line_total,
)
from kamdesk.domain.pricing import effective_discount
from kamdesk.domain.text import sort_key
from kamdesk.ui.widgets import numbers

if TYPE_CHECKING:
    from kamdesk.services.prices.price_list import ProductChoice
    from kamdesk.services.sales.orders import OrderLineRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderLinesModel", text)


def fold(text: str) -> str:
    """Text as product search compares it: case and accents ignored."""
    return sort_key(text).partition("\x00")[0]


def product_label(choice: ProductChoice) -> str:
    return f"{choice.sku} — {choice.name}"


class ProductIndex:
    """The catalogue as completion and typed SKUs see it: ranked matches for what was typed."""

    def __init__(self, choices: Sequence[ProductChoice] = ()) -> None:
        self.choices = list(choices)
        self._keys = [
            (fold(c.sku), fold(c.name).split(), fold(product_label(c))) for c in self.choices
        ]

    def matches(self, text: str, limit: int = 25) -> list[ProductChoice]:
        """Exact SKU, name or label first, then SKUs starting with the text, then names whose
        words start with every typed word, then labels holding every typed word."""
        return [self.choices[i] for _rank, i in self._ranked(text)[:limit]]

    def _ranked(self, text: str) -> list[tuple[int, int]]:
        typed = fold(text)
        words = typed.split()
        if not words:
            return []
        ranked: list[tuple[int, int, str, int]] = []
        for i, (sku, name_words, label) in enumerate(self._keys):
            if typed in (sku, label, " ".join(name_words)):
                rank = 0
            elif sku.startswith(typed):
                rank = 1
            elif all(any(w.startswith(t) for w in name_words) for t in words):
                rank = 2
            elif all(t in label for t in words):
                rank = 3
            else:
                continue
            ranked.append((rank, len(sku), sku, i))
        ranked.sort()
        return [(rank, i) for rank, _n, _s, i in ranked]

    def lookup(self, text: str) -> Lookup:
        """What Enter on the typed text means: the one product it names (an exact SKU, name or
        label, case and accents ignored, or the only match), several to choose from, or none."""
        ranked = self._ranked(text)
        exact = [i for rank, i in ranked if rank == 0]
        found = exact if exact else [i for _rank, i in ranked]
        if len(found) == 1:
            return Lookup(self.choices[found[0]], len(found))
        return Lookup(None, len(found))

    def resolve(self, text: str) -> ProductChoice | None:
        """The product the text names, or None when it names none or several."""
        return self.lookup(text).choice


@dataclass(frozen=True)
class Lookup:
    """The product a typed text names (None: none or several), and how many it matches."""

    choice: ProductChoice | None
    matched: int

    @property
    def ambiguous(self) -> bool:
        return self.choice is None and self.matched > 1


@dataclass(frozen=True)
class EditLine:
    """One line while it is being edited. `typed` keeps text that was refused, by field;
    `errors` says why, by field ('line' for what the services said about the whole line)."""

    line_id: str | None = None
    product_id: str | None = None
    product_text: str = ""
    sku: str = ""
    name: str = ""
    unit: str = ""
    vat_rate: Decimal | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    price_rule: str = ""
    price_note: str = ""
    list_price: Decimal | None = None
    approved_by: str = ""
    approval_note: str = ""
    fulfilment: LineFulfilment | None = None
    typed: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    # the rules' price in the product's currency and the rate that converted it
    source_price: Decimal | None = None
    source_currency: str = ""
    fx_rate: Decimal | None = None
    fx_date: date | None = None
    fx_source: str = ""

    @classmethod
    def from_record(cls, rec: OrderLineRecord) -> EditLine:
        return cls(
            line_id=rec.id,
            product_id=rec.product_id,
            sku=rec.sku,
            name=rec.name,
            unit=rec.unit,
            vat_rate=rec.vat_rate,
            quantity=rec.quantity,
            unit_price=rec.unit_price,
            discount=rec.discount_percent,
            price_rule=rec.price_rule,
            price_note=rec.price_note,
            list_price=rec.list_price,
            approved_by=rec.approved_by,
            approval_note=rec.approval_note,
            fulfilment=rec.fulfilment,
            source_price=rec.source_price,
            source_currency=rec.source_currency,
            fx_rate=rec.fx_rate,
            fx_date=rec.fx_date,
            fx_source=rec.fx_source,
        )

    @property
    def fx_note(self) -> str:
        """'from 100.00 RUB at 0.0104146 (MNB, 30.11.2026)', or "" when not converted."""
        if self.source_price is None or self.fx_rate is None:
            return ""
        return rate_note(
            self.source_price,
            self.source_currency,
            self.fx_rate,
            self.fx_date,
            self.fx_source,
            digits=6,
        )

    def converted(self, found: Conversion | None) -> EditLine:
        """The line with the conversion its price came from (None: not converted)."""
        if found is None:
            return replace(
                self,
                source_price=None,
                source_currency="",
                fx_rate=None,
                fx_date=None,
                fx_source="",
            )
        return replace(
            self,
            source_price=found.source_amount,
            source_currency=found.source_currency,
            fx_rate=found.factor,
            fx_date=found.day,
            fx_source=found.source,
        )

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}" if self.product_id else self.product_text

    @property
    def problem(self) -> str | None:
        for name in ("product", "vat", "quantity", "price", "discount", "line"):
            if name in self.errors:
                return self.errors[name]
        if self.product_id is None:
            return _tr("Choose a product.")
        return None

    def line_input(self) -> LineInput | None:
        """The line as the domain computes it, or None while something is missing or wrong."""
        if self.errors.keys() - {"line"} or self.product_id is None:
            return None
        if self.quantity is None or self.unit_price is None or self.vat_rate is None:
            return None
        return LineInput(
            product_id=self.product_id,
            quantity=self.quantity,
            unit_price=self.unit_price,
            discount_percent=self.discount,
            vat_rate=self.vat_rate,
            list_price=self.list_price,
            approved_by=self.approved_by,
            approval_note=self.approval_note,
        )

    def amounts(self) -> LineAmounts | None:
        data = self.line_input()
        return None if data is None or line_problem(data) else line_total(data)

    def discount_off(self) -> Decimal:
        """How far below its price rules the line is sold (a typed-over price counts)."""
        if self.list_price is not None and self.unit_price is not None:
            return effective_discount(self.list_price, self.unit_price, self.discount)
        return self.discount

    def approval_problem(self, max_discount: Decimal) -> str | None:
        if self.line_input() is None:
            return None
        return approval_problem(
            self.discount_off(), max_discount, self.approved_by, self.approval_note
        )


def without_errors(errors: dict[str, str], *names: str) -> dict[str, str]:
    return {k: v for k, v in errors.items() if k not in names and k != "line"}


def read_number(text: str) -> tuple[Decimal | None, str | None]:
    """(value, None) or (None, why) for a number a person typed."""
    try:
        return numbers.read_number(text), None
    except AmountError as exc:
        if "ambiguous" in str(exc):
            return None, _tr(
                "“{text}” is ambiguous (thousands or decimals?): write it without a thousands "
                "separator, such as 1500 or {example}."
            ).format(text=text, example=numbers.quantity(Decimal("1.5")))
        return None, _tr("“{text}” is not a number: type digits such as 12 or {example}.").format(
            text=text, example=numbers.number_example()
        )
