"""The commercial proposal and the contract package: what the client holds must say all of it,
in the client's language, and add up to what the records carry.

Golden file: `test_golden_proposal` compares one proposal, rendered in invariant mode, with
tests/reports/golden/proposal_en.pdf byte for byte. After a deliberate change of the layout,
regenerate it and look at it before committing:

    KAMDESK_REGEN_GOLDEN=1 .venv/bin/pytest -q tests/reports/test_documents.py -k golden
    pdftoppm -png -r 70 tests/reports/golden/proposal_en.pdf /tmp/golden
"""

from __future__ import annotations

import base64
import io
import os
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.domain.documents import (
    ContractDoc,
    DocLine,
    InvoiceDoc,
    Party,
    ProposalDoc,
    Signatory,
    Totals,
)
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents import render_contract_package, render_proposal

GOLDEN = Path(__file__).parent / "golden"

# a small PNG: the seller's logo
LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAALQAAAA8CAYAAADPLpCHAAABr0lEQVR42u3byXGDQBQAUXCRh4nISsEBOAHjsxWB"
    "A3AKyohM8EkXlVnFMsx/fZQOKjFdrc8wKruuK/qoL03/mwnT3q5lgZCU/wl9VpGJjZdcZc7tu2CB0DkKQOqgQue8"
    "8KQOJnSEBSd10BkaODPl69tnqHLZ+VBogNAAoQFCAwkI3d6urj4UGkhO6HudVRoKDQxQHT07t7drUV8aKxGMZ44i"
    "DD0cU2gYOdaq89jrgBkahD6yzioNhQZ62GWXY2p97Xikx/vH1+LdiN+f792P6io0jBxb1NksDYUG9hR6aW1VGgoN"
    "FBvucjxbWTse89jqbIRCA4QGEhZ6rZs6N4c4TaHNxziF0GtXVaUxh+qID73Xub404YQ929mI0IXeSk6VRrIz9OPs"
    "bJZGkkJvXVGVRnKF7quxSiMpofeqp0pjjMol6P01cTYiYqGnVnNsrJg6dqg0kpmhgaSFXqvOKg2FBtYUeu06qzQU"
    "Gnhg8bbdlg9DPGiBQgOEBqEBQgOEBuYLHekgjUNDCg2cT+gI5VLnYIXOecHJHHTkyHHhyRx8hs5JADLHoxoS4Zm/"
    "IREZR/AH7LmoM0WPDlwAAAAASUVORK5CYII="
)

ISSUED = date(2026, 11, 24)
CLIENT = "ООО «Северсталь-Снаб»"

SELLER = {
    "en": Party(
        name="Danubia Trading Kft.",
        legal_name="Danubia Trading Kereskedelmi Kft.",
        address="Váci út 35, 1134 Budapest, Hungary",
        tax_id="12345678-2-41",
        registration_no="01-09-123456",
        phone="+36 1 234 5678",
        email="sales@danubia.hu",
        website="www.danubia.hu",
        bank_name="OTP Bank Nyrt.",
        bank_account="HU42 1177 3016 1111 1018 0000 0000",
        bank_code="OTPVHUHB",
        logo=LOGO,
    ),
    "ru": Party(
        name="ООО «ТехноПром»",
        legal_name="Общество с ограниченной ответственностью «ТехноПром»",
        address="ул. Промышленная, д. 5, 125009 Москва, Россия",
        tax_id="7701234567",
        registration_no="1027700123456",
        phone="+7 495 765-43-21",
        email="sales@technoprom.ru",
        website="technoprom.ru",
        bank_name="ПАО Сбербанк",
        bank_account="40702810938000012345",
        bank_code="044525225",
        logo=LOGO,
    ),
}
BUYER = Party(
    name=CLIENT,
    legal_name="Общество с ограниченной ответственностью «Северсталь-Снаб»",
    address="ул. Мира, д. 30, 162608 Череповец, Россия",
    tax_id="3528123456",
    registration_no="1053500012345",
    phone="+7 8202 53-00-00",
    email="snab@severstal-snab.ru",
)
KAM = {
    "en": Signatory("Kovács Ödön", "Key Account Manager", "+36 30 123 4567", "kovacs@danubia.hu"),
    "ru": Signatory("Kovács Ödön", "Менеджер по ключевым клиентам", "+7 916 123-45-67", "k@tp.ru"),
}

# sku, name, unit (en, ru), quantity, price, discount %, VAT %, description
SPECS = [
    ("HU-ŐR-001", "Csőszerelvény ű-profil", ("pcs", "шт."), "12", "1250.00", "5", "20",
     "Tűzihorganyzott acél, 3 m"),
    ("AZ-ÇƏK-07", "Çəkic ağır, Şəki istehsalı", ("pcs", "шт."), "3", "8990.50", "0", "20", ""),
    ("IT-À-12", "Garniture à la carte, è finitura", ("set", "компл."), "1.5", "4300.00", "12.5",
     "10", "Acciaio inox"),
    ("RU-ПР-44", "Профиль стальной гнутый 40×20", ("m", "м"), "240", "187.35", "3", "20",
     "ГОСТ 30245-2003"),
    ("AZ-ĞŞ-3", "Boru dirsəyi ğ-tipli, Gəncə", ("pcs", "шт."), "48", "96.10", "0", "0", ""),
]  # fmt: skip
OPTIONAL = [
    ("OPT-Ű-9", "Szerelőkészlet ő-változat", ("set", "компл."), "2", "15500.00", "0", "20", ""),
    ("OPT-Ə-4", "Əlavə zəmanət, 24 ay", ("pcs", "шт."), "1", "9900.00", "0", "20", ""),
]  # fmt: skip


def make_line(no: int, spec: tuple[object, ...], language: str) -> DocLine:
    sku, name, units, qty, price, discount, vat, description = spec
    assert isinstance(units, tuple)
    quantity, unit_price = Decimal(str(qty)), Decimal(str(price))
    discount_percent, vat_rate = Decimal(str(discount)), Decimal(str(vat))
    amounts = line_amounts(quantity, unit_price, discount_percent, vat_rate)
    return DocLine(
        no=no,
        sku=str(sku),
        name=str(name),
        unit=units[0 if language == "en" else 1],
        quantity=quantity,
        unit_price=unit_price,
        discount_percent=discount_percent,
        vat_rate=vat_rate,
        net=amounts.net,
        vat=amounts.vat,
        gross=amounts.gross,
        description=str(description),
        delivery_date=date(2026, 12, 10) if no % 2 else None,
    )


def make_lines(language: str, count: int | None = None) -> tuple[DocLine, ...]:
    if count is None:
        return tuple(make_line(n, spec, language) for n, spec in enumerate(SPECS, start=1))
    out = []
    for n in range(1, count + 1):
        _, name, *rest = SPECS[(n - 1) % len(SPECS)]
        out.append(make_line(n, (f"P-{n:04d}", f"{name} #{n}", *rest), language))
    return tuple(out)


def totals_of(lines: tuple[DocLine, ...]) -> Totals:
    t = sum_lines(line_amounts(x.quantity, x.unit_price, x.discount_percent, x.vat_rate)
                  for x in lines)  # fmt: skip
    return Totals(net=t.net, vat=t.vat, gross=t.gross)


OPENING = {
    "en": "Dear Mr Əliyev Şəhriyar,\n\nThank you for the meeting in Cherepovets. Following our"
    " talks we are pleased to offer the goods below at the prices agreed for your company."
    "\n\nThe offer is valid until 24 December 2026.",
    "ru": "Добрый день, Şəhriyar bəy!\n\nБлагодарим за встречу в Череповце. По итогам переговоров"
    " рады предложить товары по ценам, согласованным для Вашей компании.\n\nПредложение"
    " действительно до 24 декабря 2026 г.",
}


def make_proposal(language: str, count: int | None = None, **changes: object) -> ProposalDoc:
    lines = make_lines(language, count)
    optional = tuple(make_line(n, s, language) for n, s in enumerate(OPTIONAL, start=1))
    doc = ProposalDoc(
        number="KP-2026-0007" if language == "en" else "КП-2026-0007",
        version=2,
        issued_on=ISSUED,
        valid_until=date(2026, 12, 24),
        language=language,
        currency="EUR" if language == "en" else "RUB",
        seller=SELLER[language],
        buyer=BUYER,
        addressee="Əliyev Şəhriyar",
        addressee_title="Procurement director" if language == "en" else "Директор по закупкам",
        opening=OPENING[language],
        lines=lines,
        totals=totals_of(lines),
        optional_lines=optional,
        delivery_terms="DAP Cherepovets, within 10 working days"
        if language == "en"
        else "Доставка до склада Покупателя в Череповце в течение 10 рабочих дней",
        payment_terms="Bank transfer within 30 days of the invoice"
        if language == "en"
        else "Оплата в течение 30 дней с даты счёта",
        closing="We look forward to working with you."
        if language == "en"
        else "Будем рады сотрудничеству.\n\nС уважением,",
        signatory=KAM[language],
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


CLAUSES = {
    "en": (
        ("", "Danubia Trading Kereskedelmi Kft., hereinafter the “Seller”, and"
             " ООО «Северсталь-Снаб», hereinafter the “Buyer”, have agreed as follows."),
        ("Subject of the contract", "1.1. The Seller delivers the goods of the Specification.\n"
                                    "1.2. The Buyer accepts and pays for them."),
        ("Payment", "2.1. Payment within 30 days of the invoice date."),
        ("Liability", "3.1. Late payment: 0.1 % a day, at most 10 %."),
    ),
    "ru": (
        ("1. Предмет договора", "1.1. Поставщик поставляет товар по Спецификации.\n\n"
                                "1.2. Покупатель принимает и оплачивает товар."),
        ("2. Порядок расчётов", "2.1. Оплата в течение 30 дней с даты счёта."),
        ("3. Ответственность сторон", "3.1. Пеня 0,1 % в день, не более 10 %."),
    ),
}  # fmt: skip
IN_WORDS = "Сто двенадцать тысяч шестьсот двадцать четыре рубля 83 копейки"


def make_contract(language: str) -> ContractDoc:
    lines = make_lines(language)
    totals = totals_of(lines)
    invoice = InvoiceDoc(
        number="СЧ-2026-0042" if language == "ru" else "INV-2026-0042",
        issued_on=ISSUED,
        due_on=date(2026, 12, 24),
        lines=lines,
        totals=totals,
        total_in_words=IN_WORDS if language == "ru" else "",
        purpose="Оплата по договору № Д-12/2026 от 24.11.2026, в т.ч. НДС"
        if language == "ru"
        else "Payment for goods under contract No. C-12/2026",
    )
    return ContractDoc(
        number="Д-12/2026" if language == "ru" else "C-12/2026",
        signed_on=ISSUED,
        place="г. Москва" if language == "ru" else "Budapest",
        language=language,
        currency="RUB" if language == "ru" else "EUR",
        seller=SELLER[language],
        buyer=BUYER,
        clauses=CLAUSES[language],
        specification=lines,
        totals=totals,
        invoice=invoice,
        seller_signatory=KAM[language],
        buyer_signatory=Signatory("Əliyev Şəhriyar", "Директор по закупкам"),
        delivery_date=date(2026, 12, 15),
    )


# ---------------------------------------------------------------- helpers


def flat(text: str) -> str:
    """Every run of white space (no-break, narrow) made one space, as the pages' text."""
    return " ".join(text.split())


def pdf_pages(render: object, *args: object, **kwargs: object) -> tuple[bytes, list[str]]:
    out = io.BytesIO()
    render(*args, out, **kwargs)  # type: ignore[operator]
    data = out.getvalue()
    return data, [flat(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def proposal_pages(doc: ProposalDoc, **kwargs: object) -> list[str]:
    return pdf_pages(render_proposal, doc, **kwargs)[1]


def contract_pages(doc: ContractDoc, **kwargs: object) -> list[str]:
    return pdf_pages(render_contract_package, doc, **kwargs)[1]


# ---------------------------------------------------------------- formats


def test_numbers_money_and_dates_follow_the_document_locale() -> None:
    ru, en = DocText("ru", "RUB"), DocText("en", "EUR")
    assert flat(ru.money(Decimal("1234.5"))) == "1 234,50"
    assert en.money(Decimal("1234.5")) == "1,234.50"
    assert flat(ru.amount(Decimal("1234567.89"))) == "1 234 567,89 руб."
    assert flat(en.amount(Decimal("1234567.89"))) == "1,234,567.89 EUR"
    assert flat(ru.date(ISSUED)) == "24 ноября 2026 г."
    assert en.date(ISSUED) == "24 November 2026"
    assert flat(ru.contract_date(date(2026, 3, 5))) == "«05» марта 2026 г."
    assert ru.quantity(Decimal("1.500")) == "1,5" and en.quantity(Decimal("12.000")) == "12"
    assert ru.percent(Decimal("12.50")) == "12,5" and en.percent(Decimal("20.00")) == "20"
    # exact: a price with more decimals than cents is printed as it is, not rounded
    assert en.money(Decimal("0.1234")) == "0.1234"
    assert en.money(Decimal("-5")) == "-5.00"
    assert ru.page(2, 3) == "Страница 2 из 3" and en.page(2, 3) == "Page 2 of 3"
    with pytest.raises(ValueError, match="not supported"):
        DocText("de", "EUR")


# ---------------------------------------------------------------- the proposal


def test_english_proposal_carries_everything() -> None:
    doc = make_proposal("en")
    pages = proposal_pages(doc)
    text = " ".join(pages)
    for expected in (
        "Commercial proposal",
        "No. KP-2026-0007 · version 2",
        "dated 24 November 2026",
        "Valid until",
        "24 December 2026",
        CLIENT,
        "Общество с ограниченной ответственностью «Северсталь-Снаб»",
        "Attn.: Əliyev Şəhriyar, Procurement director",
        "Dear Mr Əliyev Şəhriyar,",
        "Danubia Trading Kereskedelmi Kft.",
        "Váci út 35, 1134 Budapest, Hungary",
        "Tax ID 12345678-2-41",
        "OTP Bank Nyrt.",
        "HU42 1177 3016 1111 1018 0000 0000",
        "Delivery terms DAP Cherepovets",
        "Payment terms Bank transfer within 30 days",
        "We look forward to working with you.",
        "Yours sincerely,",
        "Kovács Ödön",
        "Key Account Manager",
        "kovacs@danubia.hu",
        "Signature",
    ):
        assert expected in text, expected
    header = "No. SKU Item Unit Qty Price, EUR Disc. % Net, EUR VAT % Total, EUR"
    assert header in text
    for line in doc.lines:
        assert line.name in text and line.sku in text
    for line in doc.lines + doc.optional_lines:
        assert line.name in text
    # the amounts of one line as the records carry them: 12 x 1,250.00 less 5 %, 20 % VAT
    assert "1 HU-ŐR-001 Csőszerelvény ű-profil Tűzihorganyzott acél, 3 m pcs 12 1,250.00 5" in text
    assert "14,250.00 20 17,100.00" in text
    # the totals, written out by hand (the sum of the five lines, not of the optional ones)
    assert doc.totals == Totals(Decimal("95093.13"), Decimal("17531.70"), Decimal("112624.83"))
    assert "Total net 95,093.13 EUR" in text
    assert "VAT 17,531.70 EUR" in text
    assert "Total incl. VAT 112,624.83 EUR" in text
    # no Russian label in an English document
    assert "Наименование" not in text and "Страница" not in text


def test_optional_items_are_apart_and_not_in_the_total() -> None:
    doc = make_proposal("en")
    text = " ".join(proposal_pages(doc))
    heading = "Optional items (not included in the total)"
    assert heading in text
    total_at = text.index("Total incl. VAT 112,624.83 EUR")
    optional_at = text.index(heading)
    assert total_at < optional_at  # the total closes the main table
    for line in doc.optional_lines:
        assert text.index(line.name) > optional_at
    # the optional amounts are printed, and the grand total is not main + optional
    assert "31,000.00" in text and "37,200.00" in text
    with_optional = doc.totals.gross + sum(x.gross for x in doc.optional_lines)
    assert DocText("en", "EUR").money(with_optional) not in text
    # without optional items there is no such section
    bare = " ".join(proposal_pages(replace(doc, optional_lines=())))
    assert heading not in bare


def test_russian_proposal_speaks_russian() -> None:
    doc = make_proposal("ru")
    text = " ".join(proposal_pages(doc))
    for expected in (
        "Коммерческое предложение",
        "№ КП-2026-0007 · версия 2",
        "от 24 ноября 2026 г.",
        "Действительно до: 24 декабря 2026 г.",
        "КОМУ",
        CLIENT,
        "Контактное лицо: Əliyev Şəhriyar, Директор по закупкам",
        "Добрый день, Şəhriyar bəy!",
        "ИНН 7701234567",
        "ОГРН 1027700123456",
        "Банк: ПАО Сбербанк",
        "Р/с 40702810938000012345",
        "БИК 044525225",
        "Условия поставки Доставка до склада",
        "Условия оплаты Оплата в течение 30 дней",
        "Дополнительные позиции (не входят в итоговую сумму)",
        "С уважением,",
        "Подпись",
        "Страница 1 из 1",
    ):
        assert expected in text, expected
    header = "№ Артикул Наименование Ед. Кол-во Цена, руб. Скидка, % Сумма без НДС, руб. НДС, %"
    assert header in text
    assert "Всего, руб." in text
    for line in doc.lines + doc.optional_lines:
        assert line.name in text
    row = "Профиль стальной гнутый 40×20 ГОСТ 30245-2003 м 240 187,35 3 43 615,08 20 52 338,10"
    assert row in text
    assert "Итого без НДС 95 093,13 руб." in text
    assert "НДС 17 531,70 руб." in text
    assert "Всего с НДС 112 624,83 руб." in text
    # the closing brings its own sign-off: it is not said twice
    assert text.count("С уважением,") == 1
    for english in ("Commercial proposal", "Valid until", "Page 1", "Signature", "Total"):
        assert english not in text, english


def test_version_one_says_no_version() -> None:
    text = " ".join(proposal_pages(make_proposal("en", version=1)))
    assert "No. KP-2026-0007" in text and "version" not in text


def test_a_120_line_proposal_numbers_every_page_and_repeats_the_header() -> None:
    doc = make_proposal("en", count=120)
    pages = proposal_pages(doc)
    count = len(pages)
    assert count >= 4
    header = "No. SKU Item Unit Qty Price, EUR Disc. % Net, EUR VAT % Total, EUR"
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert all(f"Page {n} of" not in text for n in range(1, count + 1) if n != number)
        if number < count or "SKU" in text:
            assert header in text, f"no header row on page {number}"
        if number > 1:  # the running head names the proposal and the client
            assert f"Commercial proposal No. KP-2026-0007 · {CLIENT}" in text
    # every line printed once, none lost or doubled at a page break
    everything = " ".join(pages)
    for line in doc.lines:
        assert everything.count(f"{line.sku} ") == 1, line.sku
    # the lines run in order across the pages
    at = [everything.index(f"{line.sku} ") for line in doc.lines]
    assert at == sorted(at)
    # our details run along the foot of every page
    assert all("Danubia Trading Kereskedelmi Kft." in text for text in pages)
    assert all("OTP Bank Nyrt." in text for text in pages)


def test_the_totals_never_start_a_page_alone() -> None:
    """However many lines, the page with the totals also holds the last line above them."""
    for count in range(8, 30):
        doc = make_proposal("en", count=count, opening=OPENING["en"] * 2)
        pages = proposal_pages(doc)
        with_total = [n for n, text in enumerate(pages) if "Total incl. VAT" in text]
        assert len(with_total) == 1
        page = pages[with_total[0]]
        last = doc.lines[-1].sku
        assert last in page and page.index(last) < page.index("Total incl. VAT"), count
        everything = " ".join(pages)
        assert all(everything.count(f"{line.sku} ") == 1 for line in doc.lines), count


def test_user_text_with_markup_characters_prints_literally() -> None:
    nasty = 'Price < 100 & margin > 5 % <b>not bold</b> <font size="40">'
    doc = make_proposal(
        "en",
        opening=f"{nasty}\n\nSecond paragraph",
        buyer=replace(BUYER, name="A & B <Ltd>"),
        lines=(replace(make_lines("en")[0], name='Pipe <3/4"> & fittings'),),
    )
    text = " ".join(proposal_pages(doc))
    assert flat(nasty) in text
    assert "A & B <Ltd>" in text
    assert 'Pipe <3/4"> & fittings' in text


def test_a_broken_logo_or_none_still_prints() -> None:
    for logo in (b"not a picture", None):
        seller = replace(SELLER["en"], logo=logo)
        text = " ".join(proposal_pages(make_proposal("en", seller=seller)))
        assert "Danubia Trading Kft." in text  # the name stands in for the logo
        assert CLIENT in text


def test_the_logo_is_on_the_first_page() -> None:
    data, _ = pdf_pages(render_proposal, make_proposal("en"))
    first = PdfReader(io.BytesIO(data)).pages[0]
    assert len(first.images) == 1


def test_a_proposal_without_addressee_signatory_or_terms() -> None:
    doc = make_proposal(
        "en",
        addressee="",
        addressee_title="",
        signatory=None,
        delivery_terms="",
        payment_terms="",
        closing="",
        optional_lines=(),
    )
    text = " ".join(proposal_pages(doc))
    assert "Attn." not in text and "Delivery terms" not in text
    assert "Valid until" in text and "Yours sincerely," in text


def test_a_proposal_in_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'de'"):
        render_proposal(replace(make_proposal("en"), language="de"), io.BytesIO())


# ---------------------------------------------------------------- the contract package


def part_pages(pages: list[str], marker: str) -> list[int]:
    return [n for n, text in enumerate(pages) if marker in text]


def test_english_contract_package() -> None:
    doc = make_contract("en")
    pages = contract_pages(doc)
    text = " ".join(pages)
    # (a) the contract
    assert "SUPPLY CONTRACT NO. C-12/2026" in pages[0]
    assert "Budapest" in pages[0] and "24 November 2026" in pages[0]
    assert "hereinafter the “Seller”" in pages[0]  # the template's own preamble
    for heading in ("1. Subject of the contract", "2. Payment", "3. Liability"):
        assert heading in text
    assert "1.2. The Buyer accepts and pays for them." in text
    assert "4. Addresses, bank details and signatures of the parties" in text
    assert "SELLER" in text and "BUYER" in text
    assert "Tax ID: 3528123456" in text and "Account: HU42 1177 3016 1111 1018 0000 0000" in text
    # (b) the specification
    spec = part_pages(pages, "Appendix No. 1 to supply contract No. C-12/2026")
    assert spec
    spec_text = " ".join(pages[n] for n in spec)
    assert "SPECIFICATION" in spec_text
    for line in doc.specification:
        assert line.name in spec_text
    assert "10/12/2026" in spec_text  # a line's delivery date
    assert "Delivery date: 15 December 2026" in spec_text
    assert "Total incl. VAT 112,624.83 EUR" in spec_text
    # (c) the invoice
    invoice = [n for n, p in enumerate(pages) if "Pro forma invoice No. INV-2026-0042" in p]
    assert invoice and invoice[0] > spec[-1] > 0  # each part on its own pages, in order
    inv_text = " ".join(pages[n] for n in invoice)
    for expected in (
        "Recipient's bank OTP Bank Nyrt.",
        "SWIFT/BIC OTPVHUHB",
        "Payable by 24 December 2026",
        "Basis Supply contract No. C-12/2026 dated 24 November 2026",
        "Total due 112,624.83 EUR",
        "Items: 5, amount 112,624.83 EUR",
        "Payment purpose: Payment for goods under contract No. C-12/2026",
    ):
        assert expected in inv_text, expected
    for line in doc.invoice.lines if doc.invoice else ():
        assert line.name in inv_text
    assert "Amount in words" not in inv_text  # none given for English
    assert "Договор" not in text and "Страница" not in text


def test_russian_contract_package() -> None:
    doc = make_contract("ru")
    pages = contract_pages(doc)
    text = " ".join(pages)
    assert "ДОГОВОР ПОСТАВКИ № Д-12/2026" in pages[0]
    assert "г. Москва" in pages[0] and "«24» ноября 2026 г." in pages[0]
    # no preamble in the clauses: the parties paragraph is written from the parties
    assert (
        "Общество с ограниченной ответственностью «ТехноПром» (далее — «Поставщик»), от имени"
        " которого действует Менеджер по ключевым клиентам Kovács Ödön," in pages[0]
    )
    assert "1. Предмет договора" in text and "3. Ответственность сторон" in text
    assert "4. Адреса, реквизиты и подписи сторон" in text
    for label in ("ПОСТАВЩИК", "ПОКУПАТЕЛЬ", "ИНН: 3528123456", "Р/с: 40702810938000012345",
                  "БИК: 044525225", "Банк: ПАО Сбербанк", "Подпись", "М.П."):  # fmt: skip
        assert label in text, label
    spec = part_pages(pages, "Приложение № 1 к договору поставки № Д-12/2026 от 24 ноября 2026 г.")
    assert spec
    spec_text = " ".join(pages[n] for n in spec)
    assert "СПЕЦИФИКАЦИЯ" in spec_text
    assert "10.12.2026" in spec_text and "Срок поставки: 15 декабря 2026 г." in spec_text
    for line in doc.specification:
        assert line.name in spec_text
    assert "Всего с НДС 112 624,83 руб." in spec_text
    invoice = part_pages(pages, "Счёт на оплату № СЧ-2026-0042 от 24 ноября 2026 г.")
    assert invoice and invoice[0] > spec[-1]
    inv_text = " ".join(pages[n] for n in invoice)
    for expected in (
        "Банк получателя ПАО Сбербанк",
        "БИК 044525225",
        "Получатель Общество с ограниченной ответственностью «ТехноПром»",
        "Р/с 40702810938000012345",
        "Поставщик Общество с ограниченной ответственностью «ТехноПром»",
        f"Покупатель {BUYER.legal_name}",
        "Основание Договор поставки № Д-12/2026 от 24 ноября 2026 г.",
        "Оплатить до 24 декабря 2026 г.",
        "Итого 95 093,13 руб.",
        "Сумма НДС 17 531,70 руб.",
        "Итого с НДС 112 624,83 руб.",
        "Всего наименований 5, на сумму 112 624,83 руб.",
        f"Всего к оплате: {IN_WORDS}",
        "Назначение платежа: Оплата по договору № Д-12/2026",
    ):
        assert expected in inv_text, expected
    for english in ("Supply contract", "Seller", "Invoice", "Page 1", "Total"):
        assert english not in text, english


def test_each_part_is_numbered_on_its_own() -> None:
    long_text = " ".join(["Стороны договорились о порядке исполнения обязательств."] * 12)
    clauses = tuple((f"{n}. Раздел {n}", f"{n}.1. {long_text}\n{n}.2. {long_text}")
                    for n in range(1, 13))  # fmt: skip
    lines = make_lines("ru", 60)
    doc = replace(
        make_contract("ru"), clauses=clauses, specification=lines, totals=totals_of(lines)
    )
    pages = contract_pages(doc)
    numbers = [tuple(int(x) for x in p[p.index("Страница") :].split()[1:4:2]) for p in pages]
    # every part starts at page 1 and counts up to its own length
    runs: list[list[tuple[int, int]]] = []
    for number, total in numbers:
        if number == 1:
            runs.append([])
        runs[-1].append((number, total))
    assert len(runs) == 3
    for run in runs:
        assert run == [(n, len(run)) for n in range(1, len(run) + 1)]
    contract, spec, _ = runs
    assert len(contract) >= 2 and len(spec) >= 2
    # a part's later pages carry its running head
    assert "Договор поставки № Д-12/2026 · Общество" in pages[1]
    assert "СПЕЦИФИКАЦИЯ" in pages[len(contract)]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_invoice_alone(language: str) -> None:
    doc = make_contract(language)
    pages = contract_pages(doc, parts=("invoice",))
    text = " ".join(pages)
    assert len(pages) == 1
    assert ("Page 1 of 1" if language == "en" else "Страница 1 из 1") in text
    assert ("Pro forma invoice No." if language == "en" else "Счёт на оплату №") in text
    for other in ("SUPPLY CONTRACT NO.", "ДОГОВОР ПОСТАВКИ №", "SPECIFICATION", "СПЕЦИФИКАЦИЯ"):
        assert other not in text
    assert CLIENT in text
    if language == "ru":
        assert f"Всего к оплате: {IN_WORDS}" in text


def test_parts_in_the_order_asked_and_refusals() -> None:
    doc = make_contract("en")
    pages = contract_pages(doc, parts=("specification", "contract"))
    assert "SPECIFICATION" in pages[0]
    assert any("SUPPLY CONTRACT NO. C-12/2026" in p for p in pages[1:])
    assert not any("invoice No." in p for p in pages)
    for parts in (("contract", "letter"), (), ("invoice", "invoice")):
        with pytest.raises(ValueError):
            render_contract_package(doc, io.BytesIO(), parts=parts)
    with pytest.raises(ValueError, match="no invoice"):
        render_contract_package(replace(doc, invoice=None), io.BytesIO(), parts=("invoice",))
    # without an invoice the other parts still print
    assert contract_pages(replace(doc, invoice=None), parts=("contract", "specification"))


def test_a_long_specification_splits_cleanly() -> None:
    lines = make_lines("ru", 90)
    doc = replace(make_contract("ru"), specification=lines, totals=totals_of(lines))
    pages = contract_pages(doc, parts=("specification",))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Страница {number} из {len(pages)}" in text
        assert "Наименование" in text  # the header row on every page
    everything = " ".join(pages)
    assert all(everything.count(f"{line.sku} ") == 1 for line in lines)


# ---------------------------------------------------------------- reproducible output


def test_invariant_mode_gives_identical_bytes(tmp_path: Path) -> None:
    doc = make_proposal("ru", count=30)
    first, _ = pdf_pages(render_proposal, doc, invariant=True)
    second, _ = pdf_pages(render_proposal, doc, invariant=True)
    assert first == second
    path = tmp_path / "kp.pdf"
    render_proposal(doc, path, invariant=True)  # to a path as well as to a file object
    assert path.read_bytes() == first
    contract = make_contract("ru")
    one, _ = pdf_pages(render_contract_package, contract, invariant=True)
    two, _ = pdf_pages(render_contract_package, contract, invariant=True)
    assert one == two


def test_golden_proposal() -> None:
    """One English proposal, byte for byte (see the module's docstring to regenerate)."""
    golden = GOLDEN / "proposal_en.pdf"
    data, pages = pdf_pages(render_proposal, make_proposal("en"), invariant=True)
    if os.environ.get("KAMDESK_REGEN_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(data)
    assert golden.exists(), "no golden file: run with KAMDESK_REGEN_GOLDEN=1"
    assert "Total incl. VAT 112,624.83 EUR" in " ".join(pages)
    assert data == golden.read_bytes(), (
        "the proposal differs from tests/reports/golden/proposal_en.pdf; if the change is"
        " meant, regenerate it with KAMDESK_REGEN_GOLDEN=1 and look at the pages"
    )


def test_the_invoice_signatures_stay_with_the_totals_and_the_last_line() -> None:
    """However many lines, «Руководитель» and «Главный бухгалтер» sign on the page of the
    totals, which also holds the last line: a signature is never alone on a page."""
    longest = 0
    for count in range(10, 34, 2):
        base = make_contract("ru")
        lines = make_lines("ru", count=count)
        invoice = replace(
            base.invoice,  # type: ignore[arg-type]
            lines=lines,
            totals=totals_of(lines),
            notes=("Счёт-фактура (УПД) выставляется бухгалтерией при отгрузке.",),
            signatories=(
                Signatory("Иванов И. И.", "Генеральный директор", role="Руководитель"),
                Signatory("Смирнова О. П.", role="Главный бухгалтер"),
            ),
        )
        pages = contract_pages(replace(base, invoice=invoice), parts=("invoice",))
        signed = [n for n, text in enumerate(pages) if "Главный бухгалтер" in text]
        assert len(signed) == 1, count
        page = pages[signed[0]]
        assert "Руководитель" in page and "Итого с НДС" in page, count
        assert lines[-1].sku in page, count
        assert page.index(lines[-1].sku) < page.index("Итого с НДС") < page.index("Руководитель")
        longest = max(longest, len(pages))
    assert longest >= 2  # the page foot fell among the lines, the totals and the signatures
