"""The fixed words of the reconciliation statement (акт сверки взаимных расчётов), in each
document language (reports.doc_labels), and how it names each document and states the result.
The number and date formats are doc_i18n's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.documents import Signatory
from kamdesk.domain.reconciliation import Entry, StatementDoc
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.doc_labels import TABLES
from kamdesk.reports.documents.layout import joined, legal_of, short_date

# language -> key -> words (reports.doc_labels)
TEXTS: dict[str, dict[str, str]] = {lang: words.STATEMENT for lang, words in TABLES.items()}


class StatementText:
    """The statement's words in one document's language, with the formats of `t`."""

    def __init__(self, t: DocText) -> None:
        self.t = t
        self._texts = TEXTS[t.language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text

    def day(self, value: date) -> str:
        """01.01.2026 / 01/01/2026, as the statement's table dates its lines."""
        return short_date(value, self.t)

    def document(self, entry: Entry) -> str:
        """How a line names its document: "Счёт № INV-7", "Оплата (п/п № 17)",
        "Возврат № R-2 к счёту № INV-7 от 01.02.2026", "Сторно оплаты № 17 от 03.02.2026"."""
        if entry.kind == "invoice":
            return self("invoice", number=entry.number)
        if entry.kind == "payment":
            if entry.number:
                return self("payment_no", number=entry.number)
            if entry.ref_number:  # the bank's reference, or the invoice it named
                return self("payment_ref", reference=entry.ref_number)
            return self("payment")
        ref_day = self.day(entry.ref_date) if entry.ref_date else ""
        if entry.kind == "credit_note":
            of = (
                self("credit_note_of", number=entry.ref_number, date=ref_day)
                if entry.ref_number
                else ""
            )
            return joined(self("credit_note", number=entry.number), of, sep=" ")
        if entry.ref_number and ref_day:
            return self("reversal_of", number=entry.ref_number, date=ref_day)
        return self("reversal_on", date=ref_day) if ref_day else self("reversal")

    def result(self, doc: StatementDoc) -> str:
        """Who owes whom at the end of the period, and how much."""
        figures = doc.reconciliation
        names = {
            "date": self.day(figures.end),
            "company": legal_of(doc.seller),
            "client": legal_of(doc.buyer),
        }
        if figures.debtor is None:
            return self("square", **names)
        key = "client_owes" if figures.debtor == "client" else "company_owes"
        text = self(key, amount=self.t.amount(abs(figures.closing)), **names)
        return text[:-1] if text.endswith("..") else text  # «руб.» ends the sentence itself

    def represented(self, who: Signatory | None) -> str:
        """ ", represented by Ivan Ivanov, Director, acting under …" / ", от имени которого
        действует Директор Иванов И. И. на основании Устава": as the contract's preamble."""
        if who is None or not who.name.strip():
            return ""
        if self.t.language == "ru":
            person = joined(who.title, who.name, who.basis, sep=" ")
        else:
            person = joined(who.name, who.title, who.basis, sep=", ")
        return self.t("represented_by", who=person)

    def amount(self, value: Decimal) -> str:
        """An amount in the table: "" for zero (the other side of a line)."""
        return self.t.money(value) if value else ""
