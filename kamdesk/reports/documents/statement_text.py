"""The fixed words of the reconciliation statement (акт сверки взаимных расчётов), in English
and Russian, and how it names each document and states the result. The number and date
formats are doc_i18n's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.documents import LANGUAGES, Signatory
from kamdesk.domain.reconciliation import Entry, StatementDoc
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.layout import joined, legal_of, short_date

# key -> (English, Russian)
TEXTS: dict[str, tuple[str, str]] = {
    "title": (
        "Reconciliation statement of mutual settlements",
        "Акт сверки взаимных расчётов",
    ),
    "period": (
        "for the period from {start} to {end} between {company} and {client}",
        "за период с {start} по {end} между {company} и {client}",
    ),
    "contract": ("under contract No. {number} of {date}", "по договору № {number} от {date}"),
    "wording": (
        "We, the undersigned, {company}{company_by}, on the one hand, and {client}{client_by},"
        " on the other hand, have reconciled the mutual settlements and state that according"
        " to the records they stand as follows:",
        "Мы, нижеподписавшиеся, {company}{company_by}, с одной стороны, и {client}{client_by},"
        " с другой стороны, составили настоящий акт сверки в том, что состояние взаимных"
        " расчётов по данным учёта следующее:",
    ),
    "per": ("According to {party}, {currency}", "По данным {party}, {currency}"),
    "col_date": ("Date", "Дата"),
    "col_document": ("Document", "Документ"),
    "col_debit": ("Debit", "Дебет"),
    "col_credit": ("Credit", "Кредит"),
    "opening": ("Opening balance", "Сальдо начальное"),
    "turnover": ("Turnover for the period", "Обороты за период"),
    "closing": ("Closing balance", "Сальдо конечное"),
    "invoice": ("Invoice {number}", "Счёт № {number}"),
    "payment": ("Payment", "Оплата"),
    "payment_no": ("Payment (order No. {number})", "Оплата (п/п № {number})"),
    "payment_ref": ("Payment ({reference})", "Оплата ({reference})"),
    "credit_note": ("Return {number}", "Возврат № {number}"),
    "credit_note_of": ("to invoice {number} of {date}", "к счёту № {number} от {date}"),
    "reversal": ("Reversal of payment", "Сторно оплаты"),
    "reversal_on": ("Reversal of payment of {date}", "Сторно оплаты от {date}"),
    "reversal_of": (
        "Reversal of payment No. {number} of {date}",
        "Сторно оплаты № {number} от {date}",
    ),
    "client_owes": (
        "As of {date}, {client} owes {company} {amount}.",
        "На {date} задолженность в пользу {company} составляет {amount}.",
    ),
    "company_owes": (
        "As of {date}, {company} owes {client} {amount}.",
        "На {date} задолженность в пользу {client} составляет {amount}.",
    ),
    "square": (
        "As of {date}, neither party owes the other anything.",
        "На {date} задолженность между сторонами отсутствует.",
    ),
    "for_party": ("For {party}", "От {party}"),
    "position": ("(position)", "(должность)"),
}


class StatementText:
    """The statement's words in one document's language, with the formats of `t`."""

    def __init__(self, t: DocText) -> None:
        self.t = t
        self._index = LANGUAGES.index(t.language)

    def __call__(self, key: str, **values: object) -> str:
        text = TEXTS[key][self._index]
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
