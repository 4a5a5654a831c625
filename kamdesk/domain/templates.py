"""Document templates the user can copy and change: plain text with placeholders.

A placeholder is a name in double braces, `{{ client.name }}` (spaces inside optional). Every
name must be one of PLACEHOLDERS; a template naming anything else is refused with the unknown
names before anything is printed, never printed with blanks. A contract template is split into
clauses by lines starting with "## " (the clause heading).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")

# name -> what it stands for (documented in resources/templates/README.md)
PLACEHOLDERS: dict[str, str] = {
    "seller.name": "our company's name",
    "seller.legal_name": "our company's full legal name",
    "seller.address": "our company's address",
    "seller.tax_id": "our tax number",
    "seller.registration_no": "our registration number",
    "seller.bank": "our bank, account and bank code on one line",
    "seller.signatory": "who signs for us: the signatory or director, else the KAM",
    "seller.authority": "on what authority our signatory signs (charter, power of attorney)",
    "seller.ids": "our tax, VAT and registration numbers, labelled by their country",
    "buyer.name": "the client's name",
    "buyer.legal_name": "the client's full legal name",
    "buyer.address": "the client's address",
    "buyer.tax_id": "the client's tax number",
    "buyer.signatory": "who signs for the client (its signatory, else the decision maker)",
    "buyer.authority": "on what authority the client's signatory signs",
    "buyer.ids": "the client's tax, VAT and registration numbers, labelled by their country",
    "addressee.name": "the contact the document is addressed to",
    "addressee.title": "the addressee's position",
    "addressee.salutation": "the addressee's form of address (or their name), no greeting",
    "addressee.greeting": "the letter's greeting: 'Dear Mr Nagy,' / «Уважаемый Иван Петрович!»",
    "contract.number": "the contract's number",
    "contract.date": "the contract's date",
    "contract.place": "where the contract is signed",
    "order.number": "the order's number",
    "order.date": "the order's date",
    "order.total": "the order's total with VAT, with its currency",
    "order.total_words": "the total in words (Russian, Hungarian and Azerbaijani documents)",
    "order.vat": "how the total stands to VAT: 'VAT included', 'VAT 0 %', 'without VAT'",
    "proposal.number": "the proposal's number",
    "proposal.valid_until": "the date the offer holds until",
    "payment.days": "the client's payment term in days",
    "delivery.date": "the agreed delivery date",
    "delivery.address": "where the goods are delivered",
    "delivery.terms": "the delivery terms",
    "currency": "the document's currency code",
    "today": "the date of the document",
    "kam.name": "the key account manager's name",
}


class UnknownPlaceholders(ValueError):
    """A template names placeholders that do not exist: they are listed, in order."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(
            "Unknown placeholder(s) in the template: "
            + ", ".join("{{ " + n + " }}" for n in names)
            + ". Use only the documented ones (resources/templates/README.md)."
        )
        self.names = names


def placeholders(text: str) -> list[str]:
    """The placeholder names a template uses, each once, in order of appearance."""
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))


def unknown_placeholders(text: str) -> list[str]:
    return [name for name in placeholders(text) if name not in PLACEHOLDERS]


def fill(text: str, values: Mapping[str, str]) -> str:
    """The template with every placeholder replaced; UnknownPlaceholders when any is not a
    documented name. A documented name without a value is an empty string (the data is
    missing), which the caller may check with `missing_values` first."""
    bad = unknown_placeholders(text)
    if bad:
        raise UnknownPlaceholders(bad)
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)


def missing_values(text: str, values: Mapping[str, str]) -> list[str]:
    """Documented placeholders the template uses for which the data holds nothing."""
    return [n for n in placeholders(text) if n in PLACEHOLDERS and not values.get(n, "").strip()]


def clauses(text: str) -> list[tuple[str, str]]:
    """A contract template's clauses: (heading, text) for each "## heading" section; text
    before the first heading is a clause without a heading."""
    out: list[tuple[str, str]] = []
    heading, body = "", list[str]()
    for line in text.splitlines():
        if line.startswith("## "):
            if heading or "".join(body).strip():
                out.append((heading, "\n".join(body).strip()))
            heading, body = line[3:].strip(), []
        else:
            body.append(line)
    if heading or "".join(body).strip():
        out.append((heading, "\n".join(body).strip()))
    return out
