"""Matching a bank payment to what kamdesk knows: the client by tax id, the invoices its purpose
cites, and how its money spreads (cited invoices first, the rest oldest first). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.bank_statement import (
    CSV_HEADERS,
    CSV_REQUIRED,
    invoice_numbers_in,
    normal_tax_id,
)
from kamdesk.domain.money import ZERO
from kamdesk.domain.receivables import AllocationPlan, OpenInvoice, allocate, oldest_first
from kamdesk.domain.sheet import Cell, header_key
from kamdesk.messages import _

_PREFIX = re.compile(r"^[A-Z]{2}(?=\d)")
_DIGITS = re.compile(r"\d+")


def tax_keys(text: str) -> set[str]:
    """The forms a number matches under: as written and without its EU country prefix
    ("HU 1234 5678" -> HU12345678, 12345678)."""
    value = normal_tax_id(text)
    if not value:
        return set()
    return {value, _PREFIX.sub("", value)} - {""}


@dataclass(frozen=True)
class Party:
    """A client as a payer is matched against it."""

    id: str
    name: str
    currency: str
    tax_id: str = ""
    kpp: str = ""
    vat_number: str = ""


class PayerIndex:
    """Clients by their tax id (and, with by_vat, their EU VAT number)."""

    def __init__(self, parties: Iterable[Party], *, by_vat: bool) -> None:
        self._by_key: dict[str, list[Party]] = {}
        for party in parties:
            keys = tax_keys(party.tax_id) | (tax_keys(party.vat_number) if by_vat else set())
            for key in keys:
                self._by_key.setdefault(key, []).append(party)

    def knows(self, tax_id: str) -> bool:
        """Whether some client has the payer's tax id (whatever its КПП): a payer no client
        has is no client at all (the bank's interest, a supplier's refund)."""
        return any(key in self._by_key for key in tax_keys(tax_id))

    def match(self, tax_id: str, kpp: str = "") -> tuple[Party | None, str]:
        """The one client the payer is, or None and why not."""
        if not normal_tax_id(tax_id):
            return None, _("the payer has no tax id to find the client by")
        found: dict[str, Party] = {}
        for key in tax_keys(tax_id):
            for party in self._by_key.get(key, ()):
                found[party.id] = party
        if kpp.strip():
            found = {
                i: p for i, p in found.items() if not p.kpp.strip() or p.kpp.strip() == kpp.strip()
            }
        if not found:
            shown = f"{tax_id.strip()}" + (f" / КПП {kpp.strip()}" if kpp.strip() else "")
            return None, _("no client has the payer's tax id {tax_id}").format(tax_id=shown)
        if len(found) > 1:
            names = ", ".join(sorted(p.name for p in found.values()))
            return None, _("several clients have the tax id {tax_id}: {names}").format(
                tax_id=tax_id.strip(), names=names
            )
        return next(iter(found.values())), ""


class InvoiceNumbers:
    """Every known invoice number, to find the ones a payment's purpose cites without trying
    each number on each payment: a number is tried only when its longest group of digits is
    inside a group of digits of the purpose (however the purpose spaces the number)."""

    def __init__(self, numbers: Iterable[str]) -> None:
        self._by_digits: dict[str, list[str]] = {}
        self._no_digits: list[str] = []
        for number in dict.fromkeys(n for n in numbers if n.strip()):
            groups = _DIGITS.findall(number)
            if groups:
                self._by_digits.setdefault(max(groups, key=len), []).append(number)
            else:
                self._no_digits.append(number)
        self._lengths = sorted({len(k) for k in self._by_digits})

    def cited(self, purpose: str) -> list[str]:
        candidates = dict.fromkeys(self._no_digits)
        for group in _DIGITS.findall(purpose):
            for size in self._lengths:
                for start in range(len(group) - size + 1):
                    for number in self._by_digits.get(group[start : start + size], ()):
                        candidates[number] = None
        return invoice_numbers_in(purpose, candidates) if candidates else []


def spread(
    amount: Decimal, open_invoices: Sequence[OpenInvoice], cited: Sequence[str]
) -> AllocationPlan:
    """The cited invoices (ids, in the order cited) first, each up to what is open on it; the
    rest oldest first over what is still open; what is left is credit."""
    left = amount
    lines: list[tuple[str, Decimal]] = []
    open_by_id = {i.id: i for i in open_invoices}
    taken: dict[str, Decimal] = {}
    for invoice_id in dict.fromkeys(cited):
        invoice = open_by_id.get(invoice_id)
        if invoice is None or left <= 0 or invoice.open_amount <= 0:
            continue
        take = min(left, invoice.open_amount)
        lines.append((invoice_id, take))
        taken[invoice_id] = take
        left -= take
    if left > 0:
        rest = [
            OpenInvoice(i.id, i.number, i.issue_date, i.due_date, i.open_amount - taken[i.id])
            if i.id in taken
            else i
            for i in oldest_first(open_invoices)
        ]
        more = allocate(left, rest)
        lines.extend(more.lines)
        left = more.credit
    return AllocationPlan(lines=tuple(lines), credit=max(left, ZERO))


def after(open_invoices: Sequence[OpenInvoice], plan: AllocationPlan) -> list[OpenInvoice]:
    """The open invoices once the plan's lines are paid (fully paid ones left out)."""
    paid: dict[str, Decimal] = {}
    for invoice_id, amount in plan.lines:
        paid[invoice_id] = paid.get(invoice_id, ZERO) + amount
    out = []
    for i in open_invoices:
        rest = i.open_amount - paid.get(i.id, ZERO)
        if rest > 0:
            out.append(OpenInvoice(i.id, i.number, i.issue_date, i.due_date, rest))
    return out


# --- a CSV of another layout ------------------------------------------------------------------

# What banks head these columns with, for the import dialog's first guess.
ALIASES: Mapping[str, str] = {
    "дата": "date",
    "дата платежа": "date",
    "value date": "date",
    "booking date": "date",
    "datum": "date",
    "data": "date",
    "сумма": "amount",
    "сумма зачисления": "amount",
    "поступление": "amount",
    "приход": "amount",
    "зачислено": "amount",
    "amount received": "amount",
    "credit": "amount",
    "betrag": "amount",
    "importo": "amount",
    "összeg": "amount",
    "валюта": "currency",
    "ccy": "currency",
    "valuta": "currency",
    "pénznem": "currency",
    "инн": "payer_tax_id",
    "инн плательщика": "payer_tax_id",
    "tax id": "payer_tax_id",
    "vat number": "payer_tax_id",
    "vat": "payer_tax_id",
    "adószám": "payer_tax_id",
    "partita iva": "payer_tax_id",
    "плательщик": "payer_name",
    "payer": "payer_name",
    "counterparty": "payer_name",
    "ordering party": "payer_name",
    "назначение платежа": "purpose",
    "назначение": "purpose",
    "details": "purpose",
    "description": "purpose",
    "közlemény": "purpose",
    "causale": "purpose",
    "reference": "reference",
    "bank reference": "reference",
    "идентификатор": "reference",
    "id": "reference",
}


def _loose(header: Cell) -> str:
    return " ".join(header_key(header).replace("_", " ").replace(",", " ").split())


def guess_columns(headers: Sequence[Cell]) -> dict[str, int]:
    """The standard headers (date, amount, currency, payer_tax_id, payer_name, reference,
    purpose), then the usual other names; each field at most once, the first column wins."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if key in CSV_HEADERS and key not in found:
            found[key] = index
    used = set(found.values())
    for index, header in enumerate(headers):
        loose = _loose(header)
        snake = loose.replace(" ", "_")
        name = snake if snake in CSV_HEADERS else ALIASES.get(loose)
        if index not in used and name is not None and name not in found:
            found[name] = index
            used.add(index)
    return found


def is_standard(headers: Sequence[Cell]) -> bool:
    """Whether the header row is the documented one (any order): no mapping needed."""
    keys = [header_key(h) for h in headers if header_key(h)]
    return (
        len(set(keys)) == len(keys)
        and set(keys) <= set(CSV_HEADERS)
        and set(CSV_REQUIRED) <= set(keys)
    )
