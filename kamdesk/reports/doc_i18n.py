"""The fixed words and the number, money and date formats of client documents, per language.

A document speaks the client's document language (`ProposalDoc.language`, "en" or "ru"), not
the interface's: the labels here are plain tables, and numbers and dates go through babel with
the locale of that language (en_GB, ru_RU): "1,234.50" / "1 234,50", "24 November 2026" /
"24 ноября 2026 г.". Amounts are formatted exactly as given (at least two decimals, more when
the value has them); nothing here rounds or adds money.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, parse_pattern

from kamdesk.domain.documents import LANGUAGES

LOCALES = {"en": "en_GB", "ru": "ru_RU"}
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
    "invoice": ("Invoice", "Счёт на оплату"),
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

# currency shown after an amount: the ISO code, except where a word is the custom
_CURRENCY_WORDS = {("ru", "RUB"): "руб."}

_MONEY = "#,##0.00##"  # two decimals at least, up to four when the value has them
_QTY = "#,##0.###"
_PERCENT = "#,##0.##"


@functools.cache
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[language])


class DocText:
    """Labels and formats for one document's language and currency."""

    def __init__(self, language: str, currency: str = "") -> None:
        if language not in LANGUAGES:
            raise ValueError(
                f"document language {language!r} is not supported: use one of {LANGUAGES}"
            )
        self.language = language
        self.currency = currency
        self.locale = _locale(language)
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: object) -> str:
        """The label `key` in this language, with {fields} filled from `values`."""
        text = LABELS[key][self._index]
        return text.format(**values) if values else text

    @property
    def currency_label(self) -> str:
        return _CURRENCY_WORDS.get((self.language, self.currency), self.currency)

    def number(self, value: Decimal, pattern: str) -> str:
        return str(_pattern(pattern).apply(value, self.locale))

    def money(self, amount: Decimal) -> str:
        """1234.5 -> "1,234.50" / "1 234,50": the exact value, at least two decimals."""
        return self.number(amount, _MONEY)

    def amount(self, amount: Decimal) -> str:
        """The amount with its currency: "1 234,50 EUR", "1 234,50 руб."."""
        money = self.money(amount)
        return f"{money}\u00a0{self.currency_label}" if self.currency_label else money

    def quantity(self, value: Decimal) -> str:
        return self.number(value, _QTY)

    def percent(self, value: Decimal) -> str:
        """20.00 -> "20", 12.5 -> "12.5" / "12,5" (the column says it is a percentage)."""
        return self.number(value, _PERCENT)

    def date(self, day: Day) -> str:
        """ "24 November 2026" / "24 ноября 2026 г."."""
        return str(format_date(day, format="long", locale=self.locale))

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
