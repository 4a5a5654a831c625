"""Issue 13, "Done means": for a Hungarian and a Russian supplier, a domestic, an EU and a
non-EU buyer, the contract package and the proposal as printed: requisites present, the right
VAT treatment and note, signatures by the supplier country's practice, one greeting, the
contract's own date (checked in the PDF's text)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.domain.natural_keys import product_translation_id
from kamdesk.errors import UserError
from kamdesk.models import Client, Contact, OrderLine, ProductTranslation, SalesOrder
from kamdesk.reports.documents import render_document
from kamdesk.services.company import save_company
from kamdesk.services.documents.builder import (
    ProposalEdits,
    build_contract,
    build_proposal,
    issue_document,
)
from kamdesk.services.prices.rates import set_rate
from kamdesk.services.queries import revive_or_add
from kamdesk.services.sales.orders import DraftLine, OrderDraft, save_draft
from tests.factories import add_client, add_product

D = Decimal
ZERO = Decimal(0)
ORDERED = date(2026, 10, 20)
FIRST = date(2026, 10, 22)  # the contract is first issued
LATER = date(2026, 12, 5)  # printed again

HU = CompanyProfile(
    legal_name="Danubia Pack & Care Kereskedelmi Kft.",
    short_name="Danubia Pack",
    tax_id="14785298-2-41",
    registration_no="01-09-874512",
    country="HU",
    city="Budapest",
    postal_code="1138",
    address="Váci út 117.",
    bank_name="OTP Bank Nyrt.",
    bank_account="HU42117730161111101800000000",
    bank_code="OTPVHUHB",
    default_currency="EUR",
    reporting_currency="HUF",
    vat_rate=D(27),
    vat_number="HU14785298",
    director_name="Kovács Péter",
    director_position="Managing Director",
)
RU = CompanyProfile(
    legal_name="ООО «ТехноПром»",
    short_name="ТехноПром",
    tax_id="7736207543",
    kpp="773601001",
    registration_no="1027700132195",
    country="RU",
    city="Москва",
    postal_code="125009",
    address="ул. Промышленная, д. 5",
    bank_name="ПАО Сбербанк",
    bank_account="40702810938000012345",
    corr_account="30101810400000000225",
    bank_code="044525225",
    default_currency="RUB",
    vat_rate=D(22),
    director_name="Иванов Иван Иванович",
    director_position="Генеральный директор",
    accountant_name="Смирнова Ольга Петровна",
    accountant_position="Главный бухгалтер",
    signatory_name="Сидоров Семён Семёнович",
    signatory_position="Коммерческий директор",
    signatory_basis="poa",
    signatory_poa_number="17",
    signatory_poa_date=date(2026, 2, 1),
)
SIGNS = {"signatory_basis": "charter"}
BUYERS: dict[str, dict[str, object]] = {
    "hu": {
        "name": "Szőnyi Élelmiszer Zrt.",
        "country": "HU",
        "tax_id": "12892312-2-06",
        "vat_number": "HU12892312",
        "registration_no": "06-10-000123",
        "signatory_name": "Szőnyi Béla",
        "signatory_position": "vezérigazgató",
        "contact": ("Fekete Gábor", "Tisztelt Fekete Gábor"),
    },
    "it": {
        "name": "Alimentari Roma S.p.A.",
        "country": "IT",
        "tax_id": "00743110157",
        "vat_number": "IT00743110157",
        "fiscal_code": "00743110157",
        "sdi_code": "M5UXCR1",
        "signatory_name": "Giulia Bianchi",
        "signatory_position": "Amministratore delegato",
        "contact": ("Giulia Bianchi", "Gentile Dott.ssa Bianchi"),
    },
    "az": {
        "name": "Xəzər Qida MMC",
        "country": "AZ",
        "tax_id": "1400057421",
        "signatory_name": "Əliyev Şəhriyar",
        "signatory_position": "Direktor",
        "contact": ("Əliyev Şəhriyar", "Dear Mr Əliyev"),
    },
    "ru": {
        "name": "ООО «Северный Хлеб»",
        "country": "RU",
        "tax_id": "7707083893",
        "kpp": "770701001",
        "registration_no": "1027700132195",
        "bank_name": "АО «Альфа-Банк»",
        "bank_account": "40702810800000000001",
        "bank_code": "044525593",
        "corr_account": "30101810200000000593",
        "signatory_name": "Петров Сергей Иванович",
        "signatory_position": "Генеральный директор",
        "contact": ("Петров Сергей Иванович", "Уважаемый Сергей Иванович"),
    },
    "kz": {
        "name": "ТОО «Астана Азык»",
        "country": "KZ",
        "tax_id": "123456789012",
        "signatory_name": "Ахметов Ерлан Серикович",
        "signatory_position": "Директор",
        "contact": ("Ахметов Ерлан Серикович", "Ерлан Серикович"),
    },
}


@dataclass(frozen=True)
class Case:
    supplier: str
    buyer: str
    language: str
    currency: str


CASES = {
    "HU domestic": Case("HU", "hu", "en", "EUR"),
    "HU to the EU": Case("HU", "it", "en", "EUR"),
    "HU export": Case("HU", "az", "en", "EUR"),
    "RU domestic": Case("RU", "ru", "ru", "RUB"),
    "RU to the EU": Case("RU", "it", "en", "EUR"),
    "RU to the EAEU": Case("RU", "kz", "ru", "RUB"),
}


def _zero_rated(s, order_id: str, rate: Decimal = ZERO) -> None:  # type: ignore[no-untyped-def]
    """Lines at 0 % (or `rate`), as the order window saves them for a supply that is not
    domestic."""
    order = s.get(SalesOrder, order_id)
    lines = s.execute(select(OrderLine).where(OrderLine.order_id == order_id)).scalars().all()
    for line in lines:
        a = line_amounts(line.quantity, line.unit_price, line.discount_percent, rate)
        line.vat_rate, line.net, line.vat, line.gross = rate, a.net, a.vat, a.gross
    total = sum_lines(
        line_amounts(x.quantity, x.unit_price, x.discount_percent, rate) for x in lines
    )
    order.total_net, order.total_vat, order.total_gross = total.net, total.vat, total.gross


def make_case(db: Database, case: Case) -> dict[str, str]:
    """Our company, one client of the case with its signatory and a contact whose form of
    address carries a greeting, an order of two lines (one product named in Russian)."""
    company = HU if case.supplier == "HU" else RU
    with db.unit_of_work() as s:
        save_company(s, company)
        set_rate(s, "EUR", date(2026, 10, 1), D("395.20"), "MNB")
        rate = company.vat_rate
        milk = add_product(s, "MILK-1", "Milk 2.8 %, 1 l", "1.25", vat=str(rate), unit="l")
        milk.description = "Fresh whole milk, pasteurised"  # in the product's own language
        oil = add_product(s, "OIL-5", "Sunflower oil, 5 l", "8.70", vat=str(rate), unit="pcs")
        revive_or_add(
            s,
            ProductTranslation,
            product_translation_id(milk.id, "ru"),
            product_id=milk.id,
            language="ru",
            name="Молоко 2,8 %, 1 л",
            unit="л",
        )
        revive_or_add(
            s,
            ProductTranslation,
            product_translation_id(oil.id, "ru"),
            product_id=oil.id,
            language="ru",
            name="Масло подсолнечное, 5 л",
            unit="",  # no unit given: the catalogue's, as a Russian document writes it
        )
        spec = dict(BUYERS[case.buyer])
        full_name, form = spec.pop("contact")  # type: ignore[misc]
        client = add_client(
            s,
            str(spec.pop("name")),
            currency=case.currency,
            document_language=case.language,
            kam="Kovács Anna",
            payment_terms_days=30,
            max_discount_percent=D(10),
            **SIGNS,
            **spec,
        )
        s.add(
            Contact(
                client_id=client.id,
                full_name=full_name,
                form_of_address=form,
                buying_role="decision maker",
            )
        )
        order_id = save_draft(
            s,
            OrderDraft(
                client_id=client.id,
                order_date=ORDERED,
                lines=(
                    DraftLine(milk.id, D(120), D("1.25")),
                    DraftLine(oil.id, D(6), D("8.70"), D(5)),
                ),
            ),
        )
        if case.buyer != case.supplier.lower():
            _zero_rated(s, order_id)
    return {"client": client.id, "order": order_id}


def pdf_text(doc: object) -> str:
    out = io.BytesIO()
    render_document(doc, out)  # type: ignore[arg-type]
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


def issue_package(db: Database, ids: dict[str, str], day: date) -> str:
    with db.unit_of_work() as s:
        doc = build_contract(s, ids["order"], today=day)
        pdf = io.BytesIO()
        render_document(doc, pdf)
        issue_document(
            s,
            doc,
            kind="contract",
            order_id=ids["order"],
            client_id=ids["client"],
            pdf=pdf.getvalue(),
            today=day,
        )
        return doc.number


# what each case's documents must say (any of the strings in a tuple)
VAT: dict[str, tuple[str, ...]] = {
    "HU domestic": ("VAT included", "VAT in HUF", "1 EUR = 395.20 HUF", "NAV Online Számla"),
    "HU to the EU": (
        "Exempt intra-Community supply of goods (Article 138 of Directive 2006/112/EC; "
        "Áfa tv. 89. §)",
        "VAT numbers: seller HU14785298, buyer IT00743110157",
        "VAT 0 %",
    ),
    "HU export": ("VAT 0 %: export of goods (Áfa tv. 98. §)", "VAT 0 %"),
    "RU domestic": ("в том числе НДС", "В т. ч. НДС", "Счёт-фактура (УПД)"),
    "RU to the EU": ("VAT 0 %: export of goods (пп. 1 п. 1 ст. 164 НК РФ)",),
    "RU to the EAEU": ("НДС 0 %: экспорт в государство — член ЕАЭС", "НДС 0 %"),
}
# labelled by the number's country (domain.requisites), in the document's language
REQUISITES: dict[str, tuple[str, ...]] = {
    "hu": ("Tax number (HU) 12892312-2-06", "VAT No. HU12892312"),
    "it": ("Partita IVA 00743110157", "Codice fiscale 00743110157", "Codice SDI M5UXCR1"),
    "az": ("VÖEN 1400057421",),
    "ru": ("ИНН 7707083893", "КПП 770701001", "ОГРН 1027700132195", "К/с 30101810200000000593"),
    "kz": ("БИН 123456789012",),
}
SELLER = {
    "HU": ("Tax number (HU) 14785298-2-41", "IBAN HU42"),
    "RU": ("ИНН 7736207543", "КПП 773601001", "БИК 044525225", "Р/с 40702810938000012345"),
}
SELLER_EN = {"HU": SELLER["HU"], "RU": ("INN 7736207543", "KPP 773601001", "BIK 044525225")}


@pytest.mark.parametrize("name", list(CASES))
def test_the_contract_package_a_manager_signs(db: Database, name: str) -> None:
    case = CASES[name]
    ids = make_case(db, case)
    number = issue_package(db, ids, FIRST)
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=LATER)
    text = pdf_text(doc)
    ru = case.language == "ru"
    # the contract's own date: the day of the order it was first made for, never a print day
    assert doc.signed_on == ORDERED and doc.number == number
    cited = f"№ {number} от 20 октября 2026 г." if ru else f"No {number} of 20 October 2026"
    assert cited in text
    assert ("5 декабря 2026" not in text.split("Счёт на оплату")[0]) if ru else True
    for expected in VAT[name]:
        assert expected in text, expected
    for expected in REQUISITES[case.buyer] + (SELLER if ru else SELLER_EN)[case.supplier]:
        label, value = expected.rsplit(" ", 1)
        assert re.search(re.escape(label) + ":? " + re.escape(value), text), expected
    # signatures by the supplier country's practice, with the authority named
    if case.supplier == "RU":
        head, accountant = ("Руководитель", "Главный бухгалтер") if ru else ("Director", "Chief")
        assert head in text and accountant in text
        assert "Смирнова Ольга Петровна" in text
        poa = "доверенности № 17 от 01.02.2026" if ru else "power of attorney No. 17 of 01.02.2026"
        assert poa in text and "Сидоров Семён Семёнович" in text
    else:
        assert "Kovács Péter, Managing Director, acting under the Articles" in text
    charter = "на основании Устава" if ru else "acting under the Articles of Association"
    assert charter in text  # the buyer's signatory
    assert "руб.." not in text and ".." not in text.replace("...", "")
    if ru:
        assert "Regional warehouse" not in text and "Milk" not in text and "oil" not in text
        assert "Молоко 2,8 %, 1 л" in text and "Масло подсолнечное, 5 л" in text
        assert "pasteurised" not in text  # no English description under a Russian name


@pytest.mark.parametrize("name", list(CASES))
def test_the_proposal_greets_once_and_states_vat(db: Database, name: str) -> None:
    case = CASES[name]
    ids = make_case(db, case)
    with db.reading() as s:
        doc = build_proposal(s, ids["order"], ProposalEdits(), today=FIRST)
    text = pdf_text(doc)
    greeting = {
        "hu": "Dear Fekete Gábor,",
        "it": "Dear Dott.ssa Bianchi,",
        "az": "Dear Mr Əliyev,",
        "ru": "Уважаемый Сергей Иванович!",
        "kz": "Уважаемый Ерлан Серикович!",
    }[case.buyer]
    assert greeting in text
    words = ("Dear", "Tisztelt", "Gentile", "Уважаем", "Добрый день")
    assert sum(text.count(w) for w in words) == 1  # one greeting, never two
    notes = [n for n in VAT[name] if "НДС" in n or "VAT" in n or "Exempt" in n]
    notes = [n for n in notes if "В т. ч." not in n]  # the payment purpose is the invoice's
    for expected in notes:
        assert expected in text, expected


def test_the_invoice_states_no_vat_for_a_supplier_not_registered(db: Database) -> None:
    ids = make_case(db, CASES["RU domestic"])
    with db.unit_of_work() as s:
        from dataclasses import replace

        from kamdesk.services.company import get_company

        save_company(s, replace(get_company(s), vat_registered=False))
        _zero_rated(s, ids["order"])
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
    text = pdf_text(doc)
    assert "Без НДС" in text and "без НДС" in text
    assert "НДС 0 %" not in text and "В т. ч. НДС" not in text


def test_a_rouble_price_pegged_to_the_euro_is_paid_at_the_days_rate(db: Database) -> None:
    case = Case("RU", "ru", "ru", "EUR")
    ids = make_case(db, case)
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
    text = pdf_text(doc)
    assert "оплата производится в рублях по курсу Банка России на день оплаты" in text
    price = dict(doc.clauses)["2. Цена и сумма договора"]
    assert "2.4. Цены установлены в валюте EUR: оплата производится в рублях" in price


def test_a_contract_without_its_signatorys_authority_is_refused_by_name(db: Database) -> None:
    ids = make_case(db, CASES["RU domestic"])
    with db.unit_of_work() as s:
        client = s.get(Client, ids["client"])
        client.signatory_basis = "poa"  # a power of attorney without its number and date
    with db.reading() as s, pytest.raises(UserError) as refused:
        build_contract(s, ids["order"], today=FIRST)
    assert "the client (ООО «Северный Хлеб»)" in str(refused.value)
    assert "power of attorney of Петров Сергей Иванович has no number and date" in str(
        refused.value
    )
    with db.unit_of_work() as s:
        s.get(Client, ids["client"]).signatory_name = ""  # type: ignore[union-attr]
        save_company(s, replace(RU, signatory_name="", director_name=""))
    with db.reading() as s, pytest.raises(UserError, match="Who signs is not named") as refused:
        build_contract(s, ids["order"], today=FIRST)
    assert "our company" in str(refused.value) and "the client" in str(refused.value)


def test_a_refusal_is_stated_and_the_totals_agree(db: Database) -> None:
    from kamdesk.services.sales.order_steps import (
        confirm_order,
        deliver_order,
        invoice_order,
        ship_order,
    )
    from kamdesk.services.sales.orders import get_order

    ids = make_case(db, CASES["RU domestic"])
    with db.unit_of_work() as s:
        confirm_order(s, ids["order"], today=ORDERED)
        order = get_order(s, ids["order"])
        ship_order(s, ids["order"], {x.id: x.quantity for x in order.lines}, day=ORDERED)
        first = order.lines[0]
        deliver_order(
            s, ids["order"], {first.id: (D(20), "damaged", "")}, day=ORDERED + timedelta(days=1)
        )
        invoice_order(s, ids["order"], day=ORDERED + timedelta(days=1))
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
    assert doc.invoice is not None and doc.totals == doc.invoice.totals
    assert doc.specification[0].quantity == D(100) and doc.specification[0].refused == D(20)
    text = pdf_text(doc)
    assert "отказ 20" in text


def test_an_order_saved_before_regimes_prints_as_it_holds(db: Database) -> None:
    """An old order charging the Hungarian 27 % to an Italian S.p.A. (no regime saved): the
    document states what the order holds and no note contradicting it; saving the order in
    the order window applies the regime."""
    ids = make_case(db, CASES["HU to the EU"])
    with db.unit_of_work() as s:
        _zero_rated(s, ids["order"], D(27))
        s.get(SalesOrder, ids["order"]).tax_regime = ""  # type: ignore[union-attr]
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
        order = s.get(SalesOrder, ids["order"])
        assert order is not None and doc.totals.vat == order.total_vat > 0
    text = pdf_text(doc)
    assert doc.vat_mode == "rate" and "VAT included" in text
    assert "intra-Community" not in text and "VAT 0 %" not in text


@pytest.mark.parametrize(("buyer", "clause"), [("hu", False), ("it", False), ("ru", True)])
def test_the_rouble_clause_is_only_for_a_client_paying_in_roubles(
    db: Database, buyer: str, clause: bool
) -> None:
    """A USD-converted line in a EUR order for a foreign client is paid in euros: no rouble
    clause; the same line for a Russian client is paid in roubles."""
    ids = make_case(db, Case("RU", buyer, "en", "EUR"))
    with db.unit_of_work() as s:
        lines = s.execute(select(OrderLine).where(OrderLine.order_id == ids["order"]))
        lines.scalars().first().source_currency = "USD"  # type: ignore[union-attr]
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
    assert ("payment is made in roubles" in pdf_text(doc)) is clause


@pytest.mark.parametrize(
    ("country", "vat_number", "tax_id", "printed"),
    [
        ("IT", "", "00743110157", "buyer IT00743110157"),
        ("IT", "", "IT00743110157", "buyer IT00743110157"),
        ("GR", "", "094259216", "buyer EL094259216"),
        ("IT", "00743110157", "", "buyer IT00743110157"),
    ],
)
def test_an_intra_eu_supply_prints_the_buyers_number_that_made_it_exempt(
    db: Database, country: str, vat_number: str, tax_id: str, printed: str
) -> None:
    ids = make_case(db, CASES["HU to the EU"])
    with db.unit_of_work() as s:
        client = s.get(Client, ids["client"])
        assert client is not None
        client.country, client.vat_number, client.tax_id = country, vat_number, tax_id
        client.fiscal_code = client.sdi_code = ""
    with db.reading() as s:
        doc = build_contract(s, ids["order"], today=FIRST)
    text = pdf_text(doc)
    assert "Exempt intra-Community supply" in text
    assert printed in text and "buyer —" not in text
