"""An order's VAT line in the interface's language: "VAT: intra-Community supply (0 %) - goods
to a business in IT with a valid VAT number".

domain.tax gives the regime and why in English, and an order keeps that English reason when it
is confirmed (sales_order.tax_reason): the reason is worded again here from what it holds. The
patterns are the domain's sentences (tests/ui/test_vat_words.py checks each one the domain
makes is known); one of another shape is shown as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.tax import REGIME_LABELS, Regime, Treatment
from kamdesk.ui.widgets.forms import domain_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrderVat", text)


def _label(text: str) -> str:
    return domain_text(text)


_C = r"(?P<c>[A-Z]{2})"
_S = r"(?P<s>[A-Z]{2})"
_LABELS = "|".join(re.escape(label) for label in REGIME_LABELS.values())
# the domain's reasons -> their wording (the groups are countries, or a regime's label)
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile("the supplier is not registered for VAT"),
        lambda m: _tr("the supplier is not registered for VAT"),
    ),
    (re.compile("set on the client"), lambda m: _tr("set on the client")),
    (
        re.compile(f"set on the client: (?P<label>{_LABELS})"),
        lambda m: _tr("set on the client: {regime}").format(regime=_label(m["label"])),
    ),
    (
        re.compile(f"a client in {_C}: the product's rate"),
        lambda m: _tr("a client in {country}: the product's rate").format(country=m["c"]),
    ),
    (
        re.compile(f"no valid VAT number in {_C}: {_S}'s rate applies"),
        lambda m: _tr("no valid VAT number in {country}: {supplier}'s rate applies").format(
            country=m["c"], supplier=m["s"]
        ),
    ),
    (
        re.compile(f"services to a business in {_C}"),
        lambda m: _tr("services to a business in {country}").format(country=m["c"]),
    ),
    (
        re.compile(f"goods to a business in {_C} with a valid VAT number"),
        lambda m: _tr("goods to a business in {country} with a valid VAT number").format(
            country=m["c"]
        ),
    ),
    (
        re.compile(rf"a sale from Russia into the EAEU \({_C}\)"),
        lambda m: _tr("a sale from Russia into the EAEU ({country})").format(country=m["c"]),
    ),
    (
        re.compile(f"an export from {_S} to {_C}"),
        lambda m: _tr("an export from {supplier} to {country}").format(
            supplier=m["s"], country=m["c"]
        ),
    ),
    (
        re.compile("the company's country is not set: the product's rate applies"),
        lambda m: _tr("the company's country is not set: the product's rate applies"),
    ),
    (
        re.compile(f"a client in {_C}, where the company is registered for VAT: (?P=c)'s rates"),
        lambda m: _tr(
            "a client in {country}, where the company is registered for VAT: {country}'s rates"
        ).format(country=m["c"]),
    ),
]


def reason_text(reason: str) -> str | None:
    """The domain's reason in the interface's language; None for one of another shape."""
    for pattern, word in _REASONS:
        if (m := pattern.fullmatch(reason)) is not None:
            return word(m)
    return None


def supply_text(supply: Treatment, rates: Iterable[Decimal] = ()) -> str:
    """As domain.tax.describe_supply, in the interface's language."""
    if supply.regime is Regime.DOMESTIC:
        found = sorted(set(rates))
        shown = ", ".join(f"{format(r.normalize(), 'f')} %" for r in found)
        rate_text = f" ({shown})" if shown else ""
    else:
        rate_text = " (0 %)"
    reason = reason_text(supply.reason)
    return _tr("VAT: {regime}{rates} - {reason}").format(
        regime=_label(REGIME_LABELS[supply.regime]),
        rates=rate_text,
        reason=supply.reason if reason is None else reason,
    )
