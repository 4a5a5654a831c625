"""The fixed words and the number, money and date formats of client documents, per language.

A document speaks the client's document language (`ProposalDoc.language`, "en" or "ru"), not
the interface's: the labels here are plain tables; numbers, money and dates are
domain.formatting's, in the locale of that language (en_GB, ru_RU): "1,234.50" / "1 234,50",
"24 November 2026" / "24 ноября 2026 г.". Nothing here rounds or adds money.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain import formatting
from kamdesk.domain.documents import LANGUAGES

Day = date  # DocText.date would shadow the type inside the class

# key -> (English, Russian)
LABELS: dict[str, tuple[str, str]] = {
    # the proposal
    "proposal": ("Commercial proposal", "Коммерческое предложение"),
    "number": ("No.", "№"),
    "version": ("version {n}", "версия {n}"),
    "dated": ("dated {date}", "от {date}"),
    "to": ("To", "Кому"),
    "attention": ("Attn.", "Вниманию"),
    "valid_until": ("Valid until", "Действительно до"),
    "delivery_terms": ("Delivery terms", "Условия поставки"),
    "payment_terms": ("Payment terms", "Условия оплаты"),
    "offer": ("Our offer", "Предложение"),
    "optional": (
        "Optional items (not included in the total)",
        "Дополнительные позиции (не входят в итоговую сумму)",
    ),
    "terms": ("Terms of the offer", "Условия предложения"),
    "regards": ("Yours sincerely,", "С уважением,"),
    # the lines
    "col_no": ("No.", "№"),
    "col_sku": ("SKU", "Артикул"),
    "col_name": ("Item", "Наименование"),
    "col_unit": ("Unit", "Ед."),
    "col_qty": ("Qty", "Кол-во"),
    "col_price": ("Price", "Цена"),
    "col_discount": ("Disc. %", "Скидка, %"),
    "col_net": ("Net", "Сумма без НДС"),
    "col_vat_rate": ("VAT %", "НДС, %"),
    "col_vat": ("VAT", "НДС"),
    "col_total": ("Total", "Всего"),
    "col_delivery": ("Delivery", "Срок поставки"),
    # totals
    "total_net": ("Total net", "Итого без НДС"),
    "total_vat": ("VAT", "НДС"),
    "total_gross": ("Total incl. VAT", "Всего с НДС"),
    "vat_zero": ("VAT 0 %", "НДС 0 %"),
    "vat_none": ("Without VAT", "Без НДС"),
    "refused": ("refused {q}", "отказ {q}"),
    "returned": ("returned {q}", "возврат {q}"),
    # parties and their details
    "seller": ("Seller", "Поставщик"),  # as the contract templates name the parties
    "buyer": ("Buyer", "Покупатель"),
    "tax_id": ("Tax ID", "ИНН"),
    "registration_no": ("Reg. No.", "ОГРН"),
    "registration_other": ("Reg. No.", "Рег. №"),
    "bank": ("Bank", "Банк"),
    "account": ("Account", "Р/с"),
    "bank_code": ("Bank code", "БИК"),
    "swift": ("SWIFT/BIC", "SWIFT"),
    "phone": ("Tel.", "Тел."),
    "email": ("E-mail", "E-mail"),
    "website": ("Web", "Сайт"),
    "signature": ("Signature", "Подпись"),
    "stamp": ("", "М.П."),
    # the contract
    "contract": ("Supply contract", "Договор поставки"),
    "parties": (
        "{seller} (the “Seller”){seller_by} and {buyer} (the “Buyer”){buyer_by}, together the"
        " “Parties”, have concluded this contract as follows:",
        "{seller} (далее — «Поставщик»){seller_by} и {buyer} (далее — «Покупатель»){buyer_by},"
        " совместно именуемые «Стороны», заключили настоящий договор о нижеследующем:",
    ),
    "represented_by": (", represented by {who}", ", от имени которого действует {who}"),
    "requisites": (
        "Addresses, bank details and signatures of the parties",
        "Адреса, реквизиты и подписи сторон",
    ),
    # the specification
    "specification": ("Specification", "Спецификация"),
    "appendix": (
        "Appendix No. 1 to supply contract No. {number} dated {date}",
        "Приложение № 1 к договору поставки № {number} от {date}",
    ),
    "delivery_date": ("Delivery date", "Срок поставки"),
    "spec_intro": (
        "The Seller delivers and the Buyer accepts and pays for the following goods:",
        "Поставщик поставляет, а Покупатель принимает и оплачивает следующий товар:",
    ),
    # the invoice
    "invoice": ("Pro forma invoice", "Счёт на оплату"),
    "recipient": ("Recipient", "Получатель"),
    "recipient_bank": ("Recipient's bank", "Банк получателя"),
    "due_on": ("Payable by", "Оплатить до"),
    "basis": ("Basis", "Основание"),
    "purpose": ("Payment purpose", "Назначение платежа"),
    "invoice_net": ("Total net", "Итого"),
    "invoice_vat": ("VAT", "Сумма НДС"),
    "invoice_gross": ("Total due", "Итого с НДС"),
    "items_count": ("Items: {n}, amount {amount}", "Всего наименований {n}, на сумму {amount}"),
    "in_words": ("Amount in words", "Всего к оплате"),
    # page furniture
    "page": ("Page {page} of {pages}", "Страница {page} из {pages}"),
}


class DocText:
    """Labels and formats for one document's language and currency (the formats are
    domain.formatting's)."""

    def __init__(self, language: str, currency: str = "") -> None:
        self.locale = formatting.locale_of(language)  # refuses a language kamdesk lacks
        self.language = language
        self.currency = currency
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: object) -> str:
        """The label `key` in this language, with {fields} filled from `values`."""
        text = LABELS[key][self._index]
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
