"""Proposals and contract packages from the database: defaults, numbers and versions, optional
lines, templates (the user's copy wins, unknown placeholders refused by name), the Russian total
in words, the issued record with its PDF and the client's history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.db import Database
from kamdesk.domain.company import CompanyProfile
from kamdesk.domain.documents import LANGUAGES
from kamdesk.domain.money import line_amounts, sum_lines
from kamdesk.domain.natural_keys import contract_id
from kamdesk.domain.templates import PLACEHOLDERS, unknown_placeholders
from kamdesk.errors import UserError
from kamdesk.models import Contact, Contract, Invoice, IssuedDocument, SalesOrder
from kamdesk.services.check import check
from kamdesk.services.clients.history import timeline
from kamdesk.services.company import save_company
from kamdesk.services.documents.builder import (
    SHIPPED_TEMPLATES,
    TEMPLATES,
    ProposalEdits,
    TemplateProblem,
    build_contract,
    build_proposal,
    document_pdf,
    issue_document,
    list_documents,
    proposal_defaults,
    template_text,
    total_in_words,
)
from kamdesk.services.sales.order_steps import (
    cancel_order,
    confirm_order,
    deliver_order,
    invoice_order,
    revise_order,
    ship_order,
)
from kamdesk.services.sales.orders import DraftLine, OrderDraft, get_order, save_draft
from tests.factories import add_catalogue, add_client, add_product

TODAY = date(2026, 11, 24)
ORDERED = TODAY - timedelta(days=3)  # the shop's orders; a new contract is dated so
D = Decimal
PDF = b"%PDF-1.4\n% a stand-in for the printed proposal\n"
COMPANY = CompanyProfile(
    legal_name="Danubia Pack & Care Kereskedelmi Kft.",
    short_name="Danubia Pack",
    tax_id="14785298",
    registration_no="01-09-874512",
    country="HU",
    city="Budapest",
    postal_code="1138",
    address="Váci út 117.",
    phone="+36 1 555 0142",
    email="info@danubiapack.hu",
    bank_name="OTP Bank Nyrt.",
    bank_account="HU42117730161111101800000000",
    bank_code="OTPVHUHB",
    director_name="Kovács Péter",
    director_position="Managing Director",
)
# who signs a contract for a client, and on what authority
SIGNS = {"signatory_name": "Szabó Ilona", "signatory_position": "CEO", "signatory_basis": "charter"}
# (sku, quantity, price, discount %)
LINES = (
    ("MILK-1", "120", "1.25", "0"),
    ("CHEESE-2", "10", "12.40", "5"),
    ("OIL-5", "6", "8.70", "0"),
)


def _order(s, client_id: str, ids: dict[str, str], lines=LINES, **kw) -> str:  # type: ignore[no-untyped-def]
    return save_draft(
        s,
        OrderDraft(
            client_id=client_id,
            order_date=ORDERED,
            lines=tuple(
                DraftLine(ids[sku], D(qty), D(price), D(disc)) for sku, qty, price, disc in lines
            ),
            **kw,
        ),
    )


@pytest.fixture
def shop(db: Database) -> dict[str, str]:
    """Our company, a catalogue, an English-language client with two contacts and a draft
    order of three lines, and a Russian-language client with a draft order."""
    with db.unit_of_work() as s:
        save_company(s, COMPANY)
        ids = add_catalogue(s)
        en = add_client(
            s,
            "Szőnyi Élelmiszer Zrt.",
            legal_name="Szőnyi Élelmiszer Kereskedelmi Zrt.",
            tax_id="12345678",
            country="HU",
            city="Szeged",
            postal_code="6720",
            address="Kossuth u. 5",
            delivery_address="Warehouse: Budai út 9, 6728 Szeged",
            payment_terms_days=45,
            max_discount_percent=D(10),
            document_language="en",
            kam="Kovács Anna",
            **SIGNS,
        )
        buyer = Contact(client_id=en.id, full_name="Tóth Eszter", position="Category buyer")
        boss = Contact(
            client_id=en.id,
            full_name="Nagy Péter",
            position="Purchasing director",
            buying_role="decision maker",
            form_of_address="Mr Nagy",
        )
        s.add_all([buyer, boss])
        ru = add_client(
            s,
            "ООО «Северный Хлеб»",
            legal_name="Общество с ограниченной ответственностью «Северный Хлеб»",
            tax_id="7707083893",
            country="RU",
            city="Москва",
            postal_code="115535",
            address="ул. Промышленная, д. 7",
            currency="RUB",
            payment_terms_days=14,
            max_discount_percent=D(10),
            document_language="ru",
            kam="Елена Морозова",
            signatory_name="Петров Сергей Иванович",
            signatory_position="Генеральный директор",
            signatory_basis="charter",
        )
        s.add(
            Contact(
                client_id=ru.id,
                full_name="Орлов Алексей Петрович",
                position="Генеральный директор",
                buying_role="decision maker",
                form_of_address="Алексей Петрович",
            )
        )
        s.flush()
        ids |= {
            "en": en.id,
            "ru": ru.id,
            "buyer": buyer.id,
            "boss": boss.id,
            "order": _order(s, en.id, ids),
            "ru_order": _order(s, ru.id, ids, lines=LINES[:2]),
        }
    return ids


def _issue(db: Database, shop: dict[str, str], edits: ProposalEdits | None = None) -> str:
    with db.unit_of_work() as s:
        doc = build_proposal(s, shop["order"], edits or ProposalEdits(), today=TODAY)
        return issue_document(
            s,
            doc,
            kind="proposal",
            order_id=shop["order"],
            client_id=shop["en"],
            pdf=PDF + doc.number.encode() + b" v%d" % doc.version,
            today=TODAY,
        )


# --- defaults --------------------------------------------------------------------------------


def test_defaults_fill_every_field_for_the_client(db: Database, shop: dict[str, str]) -> None:
    with db.reading() as s:
        d = proposal_defaults(s, shop["order"], today=TODAY)
    assert d.language == "en"
    assert d.valid_until == TODAY + timedelta(days=30)
    assert d.addressee_id == shop["boss"]  # no contact on the order: the decision maker
    assert d.optional_line_nos == ()
    for text in (d.opening, d.delivery_terms, d.payment_terms, d.closing):
        assert text and "{{" not in text
    assert d.opening is not None and d.opening.startswith("Dear Mr Nagy,")
    assert "Szőnyi Élelmiszer Zrt." in d.opening
    assert "KP-2026-0001" in d.opening
    assert "24 December 2026" in d.opening  # the validity, in the document's language
    assert "Warehouse: Budai út 9, 6728 Szeged" in (d.delivery_terms or "")
    assert "45 days" in (d.payment_terms or "")


def test_the_orders_contact_is_the_addressee_and_another_can_be_chosen(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        s.get(SalesOrder, shop["order"]).contact_id = shop["buyer"]  # type: ignore[union-attr]
    with db.reading() as s:
        assert proposal_defaults(s, shop["order"], today=TODAY).addressee_id == shop["buyer"]
        doc = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
        assert (doc.addressee, doc.addressee_title) == ("Tóth Eszter", "Category buyer")
        assert doc.opening.startswith("Dear Tóth Eszter,")  # no form of address: the name
        chosen = build_proposal(
            s, shop["order"], ProposalEdits(addressee_id=shop["boss"]), today=TODAY
        )
        assert chosen.addressee == "Nagy Péter"
        with pytest.raises(UserError, match="contacts"):
            build_proposal(s, shop["order"], ProposalEdits(addressee_id="nobody"), today=TODAY)


def test_defaults_refresh_texts_for_new_choices_and_keep_what_was_typed(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        ru = proposal_defaults(
            s,
            shop["order"],
            today=TODAY,
            base=ProposalEdits(language="ru", valid_until=date(2027, 1, 15), payment_terms="Cash"),
        )
    assert ru.language == "ru" and ru.valid_until == date(2027, 1, 15)
    assert ru.opening is not None and ru.opening.startswith("Добрый день, Mr Nagy!")
    assert "15 января 2027\u202fг." in ru.opening
    assert "г.." not in ru.opening  # the date's own full stop ends the sentence
    assert ru.payment_terms == "Cash"


def test_the_proposal_carries_our_letterhead_the_client_and_the_kam(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        doc = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
    assert doc.seller.name == "Danubia Pack"
    assert doc.seller.bank_account == "HU42 1177 3016 1111 1018 0000 0000"  # as Settings keep it
    assert doc.seller.address == "Váci út 117., 1138 Budapest, Hungary"
    assert doc.buyer.legal_name == "Szőnyi Élelmiszer Kereskedelmi Zrt."
    assert doc.buyer.tax_id == "12345678"
    assert doc.signatory is not None
    assert (doc.signatory.name, doc.signatory.phone, doc.signatory.email) == (
        "Kovács Anna",
        COMPANY.phone,
        COMPANY.email,
    )
    assert [line.name for line in doc.lines] == [
        "Milk 2.8 %, 1 l",
        "Trappista cheese, 2 kg block",
        "Sunflower oil, 5 l",
    ]
    assert doc.issued_on == TODAY and doc.currency == "EUR"
    assert doc.closing.endswith("Kind regards,")


# --- numbers and versions --------------------------------------------------------------------


def test_issuing_twice_makes_version_two_of_the_same_number(
    db: Database, shop: dict[str, str]
) -> None:
    first = _issue(db, shop)
    with db.reading() as s:
        same = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
        again = build_proposal(
            s, shop["order"], ProposalEdits(valid_until=date(2027, 1, 31)), today=TODAY
        )
    assert (same.number, same.version) == ("KP-2026-0001", 1)  # unchanged: the same version
    assert (again.number, again.version) == ("KP-2026-0001", 2)
    assert _issue(db, shop) == first  # saving it unchanged writes no new version
    second = _issue(db, shop, ProposalEdits(valid_until=date(2027, 1, 31)))
    with db.reading() as s:
        rows = {r.id: r.supersedes_id for r in s.execute(select(IssuedDocument)).scalars()}
        listed = list_documents(s, shop["en"])
        assert document_pdf(s, first) == PDF + b"KP-2026-0001 v1"
        assert document_pdf(s, second) == PDF + b"KP-2026-0001 v2"
    assert rows[first] is None
    assert rows[second] == first  # the old version stays, the new points to it
    assert [(r.id, r.version, r.superseded) for r in listed] == [
        (second, 2, False),
        (first, 1, True),
    ]
    assert listed[0].valid_until == date(2027, 1, 31)
    assert listed[0].title == "Commercial proposal for order SO-2026-000001"
    assert listed[0].kind == "proposal" and listed[0].language == "en"


def test_another_order_gets_the_next_number(db: Database, shop: dict[str, str]) -> None:
    _issue(db, shop)
    with db.unit_of_work() as s:
        other = _order(s, shop["en"], shop, lines=LINES[:1])
        doc = build_proposal(s, other, ProposalEdits(), today=TODAY)
    assert (doc.number, doc.version) == ("KP-2026-0002", 1)


def test_a_version_issued_meanwhile_is_not_issued_twice(db: Database, shop: dict[str, str]) -> None:
    with db.reading() as s:
        stale = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
    _issue(db, shop, ProposalEdits(closing="Another text, issued meanwhile,"))
    with db.unit_of_work() as s, pytest.raises(UserError, match="issued meanwhile"):
        issue_document(
            s,
            stale,
            kind="proposal",
            order_id=shop["order"],
            client_id=shop["en"],
            pdf=PDF,
            today=TODAY,
        )


def test_only_a_pdf_of_the_right_kind_and_client_is_kept(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        doc = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
        common = {"order_id": shop["order"], "today": TODAY}
        with pytest.raises(UserError, match="PDF"):
            issue_document(s, doc, kind="proposal", client_id=shop["en"], pdf=b"<html>", **common)
        with pytest.raises(UserError, match="contract"):
            issue_document(s, doc, kind="contract", client_id=shop["en"], pdf=PDF, **common)
        with pytest.raises(UserError, match="another client"):
            issue_document(s, doc, kind="proposal", client_id=shop["ru"], pdf=PDF, **common)
        with pytest.raises(UserError, match="no longer exists"):
            document_pdf(s, "nope")


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_issued_documents_are_in_the_history_and_the_database_stays_sound(
    db: Database, shop: dict[str, str]
) -> None:
    first = _issue(db, shop)
    second = _issue(db, shop, ProposalEdits(closing="With thanks,"))
    with db.reading() as s:
        entries = [e for e in timeline(s, shop["en"]) if e.kind == "document"]
        only = timeline(s, shop["en"], ["document"])
        total = get_order(s, shop["order"]).total_gross
    assert [(e.title, e.ref_id, e.status) for e in entries] == [
        ("Proposal KP-2026-0001 v2", second, "issued"),
        ("Proposal KP-2026-0001 v1", first, "superseded"),
    ]
    assert entries[0].amount == total and entries[0].currency == "EUR"
    assert entries[0].day == TODAY
    assert "valid until 24 Dec 2026" in entries[0].detail
    assert only == entries
    with db.engine.connect() as conn:
        assert check(conn) == []


# --- lines and totals ------------------------------------------------------------------------


def test_optional_lines_stand_apart_and_out_of_the_total(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        doc = build_proposal(s, shop["order"], ProposalEdits(optional_line_nos=(2,)), today=TODAY)
        order = get_order(s, shop["order"])
    assert [line.sku for line in doc.lines] == ["MILK-1", "OIL-5"]
    assert [line.no for line in doc.lines] == [1, 2]
    assert [(line.no, line.sku) for line in doc.optional_lines] == [(1, "CHEESE-2")]
    # the total is the domain's sum of the lines in the offer, each priced by the domain
    rest = [LINES[0], LINES[2]]
    expected = sum_lines(
        line_amounts(D(qty), D(price), D(disc), vat)
        for (_sku, qty, price, disc), vat in zip(rest, (D(18), D(27)), strict=True)
    )
    assert (doc.totals.net, doc.totals.vat, doc.totals.gross) == (
        expected.net,
        expected.vat,
        expected.gross,
    )
    assert doc.totals.gross + doc.optional_lines[0].gross == order.total_gross
    assert doc.optional_lines[0].discount_percent == D(5)
    # the opening states the offer's total, not the whole order's
    assert f"{order.total_gross:,.2f}\u00a0EUR" not in doc.opening
    assert f"{doc.totals.gross:,.2f}\u00a0EUR" in doc.opening


def test_without_optional_lines_the_totals_are_the_orders(
    db: Database, shop: dict[str, str]
) -> None:
    with db.reading() as s:
        doc = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY)
        order = get_order(s, shop["order"])
    assert (doc.totals.net, doc.totals.vat, doc.totals.gross) == (
        order.total_net,
        order.total_vat,
        order.total_gross,
    )
    assert [(line.net, line.vat, line.gross) for line in doc.lines] == [
        (line.net, line.vat, line.gross) for line in order.lines
    ]


@pytest.mark.parametrize(
    ("edits", "why"),
    [
        (ProposalEdits(optional_line_nos=(7,)), "no line 7"),
        (ProposalEdits(optional_line_nos=(1, 2, 3)), "at least one"),
        (ProposalEdits(valid_until=TODAY - timedelta(days=1)), "expire"),
        (ProposalEdits(language="de"), "'de' is not one"),
    ],
)
def test_impossible_choices_are_refused(
    db: Database, shop: dict[str, str], edits: ProposalEdits, why: str
) -> None:
    with db.reading() as s, pytest.raises(UserError, match=why):
        build_proposal(s, shop["order"], edits, today=TODAY)


def test_a_cancelled_or_empty_order_and_a_missing_company_are_refused(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        cancel_order(s, shop["ru_order"], "client changed its mind")
    with db.reading() as s:
        with pytest.raises(UserError, match="cancelled"):
            build_proposal(s, shop["ru_order"], ProposalEdits(), today=TODAY)
        with pytest.raises(UserError, match="no longer exists"):
            build_contract(s, "nope", today=TODAY)


def test_no_company_profile_is_refused_with_where_to_fill_it(db: Database) -> None:
    with db.unit_of_work() as s:
        ids = add_catalogue(s)
        client = add_client(s, "Alfa Pharm Kft.")
        order = _order(s, client.id, ids, lines=LINES[:1])
    with db.reading() as s:
        for build in (
            lambda: build_proposal(s, order, ProposalEdits(), today=TODAY),
            lambda: build_contract(s, order, today=TODAY),
        ):
            with pytest.raises(UserError, match=r"Fill in your company under File > Settings"):
                build()


# --- templates -------------------------------------------------------------------------------


def test_an_unknown_placeholder_in_an_edited_opening_is_refused_by_name(
    db: Database, shop: dict[str, str]
) -> None:
    edits = ProposalEdits(opening="Dear {{ addressee.salutation }}, {{ client.nmae }} {{ x }}")
    with db.reading() as s, pytest.raises(TemplateProblem) as caught:
        build_proposal(s, shop["order"], edits, today=TODAY)
    assert caught.value.unknown == ["client.nmae", "x"]
    assert caught.value.source == "The opening text"
    assert "{{ client.nmae }}, {{ x }}" in str(caught.value)


def test_an_unknown_placeholder_in_the_users_template_is_refused_by_name(
    db: Database, shop: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "contract.en.txt").write_text(
        "## Subject\nThe Seller sells to {{ buyer.nmae }}.\n", encoding="utf-8"
    )
    with db.reading() as s, pytest.raises(TemplateProblem) as caught:
        build_contract(s, shop["order"], today=TODAY, templates_dir=tmp_path)
    assert caught.value.unknown == ["buyer.nmae"]
    assert str(tmp_path / "contract.en.txt") in str(caught.value)
    assert "{{ buyer.nmae }}" in str(caught.value)


def test_data_a_template_needs_but_the_database_lacks_is_named(
    db: Database, shop: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "proposal_opening.en.txt").write_text(
        "To {{ buyer.name }}, regarding contract {{ contract.number }}", encoding="utf-8"
    )
    with db.reading() as s, pytest.raises(TemplateProblem) as caught:
        build_proposal(s, shop["order"], ProposalEdits(), today=TODAY, templates_dir=tmp_path)
    assert caught.value.missing == ["contract.number"]
    assert "the contract's number" in str(caught.value)


def test_the_users_copy_of_a_template_wins(
    db: Database, shop: dict[str, str], tmp_path: Path
) -> None:
    assert template_text("proposal_opening", "en", tmp_path) == template_text(
        "proposal_opening", "en"
    )
    (tmp_path / "proposal_opening.en.txt").write_text(
        "\ufeffHello {{ addressee.salutation }} at {{ buyer.name }}!\n", encoding="utf-8"
    )
    assert template_text("proposal_opening", "en", tmp_path).startswith("Hello")
    assert template_text("proposal_opening", "ru", tmp_path).startswith("{{ addressee.greeting }}")
    with db.reading() as s:
        doc = build_proposal(s, shop["order"], ProposalEdits(), today=TODAY, templates_dir=tmp_path)
        typed = build_proposal(
            s,
            shop["order"],
            ProposalEdits(opening="As agreed."),
            templates_dir=tmp_path,
            today=TODAY,
        )
    assert doc.opening == "Hello Mr Nagy at Szőnyi Élelmiszer Zrt.!"
    assert typed.opening == "As agreed."


def test_shipped_templates_use_only_known_placeholders_and_the_readme_documents_them() -> None:
    for name in TEMPLATES:
        for language in LANGUAGES:
            text = template_text(name, language)
            assert text.strip(), (name, language)
            assert unknown_placeholders(text) == [], (name, language)
    readme = (SHIPPED_TEMPLATES / "README.md").read_text(encoding="utf-8")
    for placeholder in PLACEHOLDERS:
        assert f"`{{{{ {placeholder} }}}}`" in readme, placeholder
    for name in TEMPLATES:
        assert f"`{name}.<lang>.txt`" in readme, name


# --- contract packages -----------------------------------------------------------------------


def test_a_contract_package_for_a_draft_order(db: Database, shop: dict[str, str]) -> None:
    with db.unit_of_work() as s:
        s.get(SalesOrder, shop["order"]).delivery_date = date(2026, 12, 3)  # type: ignore[union-attr]
    with db.reading() as s:
        doc = build_contract(s, shop["order"], today=TODAY)
        order = get_order(s, shop["order"])
    assert doc.number == "D-2026-0001" and doc.signed_on == ORDERED
    assert doc.place == "Budapest" and doc.language == "en"
    headings = [heading for heading, _ in doc.clauses]
    assert headings[0] == ""  # the preamble with the parties
    assert len(headings) == 11
    text = "\n".join(body for _, body in doc.clauses)
    assert "{{" not in text
    for expected in (
        "Danubia Pack & Care Kereskedelmi Kft.",
        "Szőnyi Élelmiszer Kereskedelmi Zrt.",
        # who signs for each party, and on what authority
        "represented by Kovács Péter, Managing Director, acting under the Articles",
        "represented by Szabó Ilona, CEO, acting under the Articles of Association",
        "within 45 calendar days",
        "Warehouse: Budai út 9, 6728 Szeged",
        "3 December 2026",
        "D-2026-0001",
        "IBAN HU42 1177 3016 1111 1018 0000 0000, BIC OTPVHUHB",
    ):
        assert expected in text, expected
    assert [line.delivery_date for line in doc.specification] == [date(2026, 12, 3)] * 3
    assert doc.totals.gross == order.total_gross
    assert doc.buyer_signatory is not None and doc.buyer_signatory.name == "Szabó Ilona"
    assert doc.seller_signatory is not None and doc.seller_signatory.name == "Kovács Péter"
    # no invoice yet: an invoice for payment of the whole order, numbered as the order
    invoice = doc.invoice
    assert invoice is not None
    assert invoice.number == order.number
    assert (invoice.issued_on, invoice.due_on) == (TODAY, TODAY + timedelta(days=45))
    assert invoice.totals == doc.totals
    assert invoice.lines == tuple(replace(line, delivery_date=None) for line in doc.specification)
    assert invoice.total_in_words == ""  # English documents leave it out
    assert "D-2026-0001" in invoice.purpose


def test_the_invoice_of_an_invoiced_order_bills_what_was_delivered(
    db: Database, shop: dict[str, str]
) -> None:
    with db.unit_of_work() as s:
        order = get_order(s, shop["order"])
        confirm_order(s, shop["order"], today=TODAY, override_by="Boss", override_reason="ok")
        ship_order(s, shop["order"], {line.id: line.quantity for line in order.lines}, day=TODAY)
        milk = order.lines[0]
        deliver_order(s, shop["order"], {milk.id: (D(20), "damaged", "")}, day=TODAY)
        invoice_id = invoice_order(s, shop["order"], day=TODAY)
    with db.reading() as s:
        doc = build_contract(s, shop["order"], today=TODAY + timedelta(days=2))
        stored = s.get(Invoice, invoice_id)
        assert stored is not None and doc.invoice is not None
        assert doc.invoice.number == stored.number
        assert (doc.invoice.issued_on, doc.invoice.due_on) == (stored.issue_date, stored.due_date)
        assert (doc.invoice.totals.net, doc.invoice.totals.vat, doc.invoice.totals.gross) == (
            stored.total_net,
            stored.total_vat,
            stored.total_gross,
        )
    assert doc.invoice.lines[0].quantity == D(100)
    # the specification lists what the order holds now, the refusal stated as such
    assert (doc.specification[0].quantity, doc.specification[0].refused) == (D(100), D(20))
    assert doc.totals == doc.invoice.totals  # nothing returned: the two agree


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_the_contract_is_a_record_cited_with_its_own_date(
    db: Database, shop: dict[str, str]
) -> None:
    """One contract per client and year: issued once, it keeps its number and date; later
    packages (another day, another order) cite it, never the print day."""
    with db.unit_of_work() as s:
        doc = build_contract(s, shop["order"], today=TODAY)
        first = issue_document(
            s, doc, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
        assert issue_document(  # unchanged: the same version, no new row
            s, doc, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        ) == first  # fmt: skip
        other = _order(s, shop["en"], shop, lines=LINES[:1])
    later = TODAY + timedelta(days=12)
    with db.unit_of_work() as s:
        contract = s.execute(select(Contract)).scalar_one()
        assert (contract.number, contract.signed_on) == ("D-2026-0001", ORDERED)
        assert contract.id == contract_id(shop["en"], "2026-01-01")
        assert s.get(SalesOrder, shop["order"]).contract_id == contract.id  # type: ignore[union-attr]
        package = build_contract(s, other, today=later)
        assert (package.number, package.signed_on) == ("D-2026-0001", ORDERED)
        assert package.invoice is not None and package.invoice.issued_on == later
        assert "D-2026-0001 of 21 November 2026" in package.invoice.purpose
        second = issue_document(
            s, package, kind="contract", order_id=other, client_id=shop["en"], pdf=PDF,
            today=later,
        )  # fmt: skip
        row = s.get(IssuedDocument, second)
        assert row is not None and row.contract_id == contract.id
        # another order's package cites the same contract number but is its own document
        assert (row.number, row.version, row.supersedes_id) == ("D-2026-0001", 1, None)
        assert s.get(SalesOrder, other).contract_id == contract.id  # type: ignore[union-attr]
        assert len(s.execute(select(Contract)).scalars().all()) == 1
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_each_order_keeps_its_own_contract_package_versions(
    db: Database, shop: dict[str, str]
) -> None:
    """Packages of two orders under one contract number: B never becomes a version of A nor
    marks A superseded; issuing B, A, then B unchanged gives B's own version 1 again, and a
    package changed back to an earlier content is that earlier version."""
    with db.unit_of_work() as s:
        a = build_contract(s, shop["order"], today=TODAY)
        first_a = issue_document(
            s, a, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
        other = _order(s, shop["en"], shop, lines=LINES[:1])
        b = build_contract(s, other, today=TODAY)
        assert b.number == a.number
        kept = {"order_id": other, "client_id": shop["en"], "pdf": PDF, "today": TODAY}
        first_b = issue_document(s, b, kind="contract", **kept)  # type: ignore[arg-type]
        assert issue_document(
            s, a, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        ) == first_a  # fmt: skip
        assert issue_document(s, b, kind="contract", **kept) == first_b  # type: ignore[arg-type]
        changed = issue_document(s, b, kind="contract", parts=("invoice",), **kept)  # type: ignore[arg-type]
        assert issue_document(s, b, kind="contract", **kept) == first_b  # type: ignore[arg-type]
        rows = {r.id: r for r in list_documents(s, shop["en"])}
    assert (rows[first_a].version, rows[first_a].superseded) == (1, False)
    assert (rows[first_b].version, rows[first_b].superseded) == (1, True)
    assert (rows[changed].version, rows[changed].order_id) == (2, other)
    assert len(rows) == 3


def test_a_package_saved_again_another_day_is_the_same_version(
    db: Database, shop: dict[str, str]
) -> None:
    """The request for payment of an order not invoiced yet is dated the print day and due
    after the payment terms: neither is content, as the print day is not."""
    with db.unit_of_work() as s:
        doc = build_contract(s, shop["order"], today=TODAY)
        first = issue_document(
            s, doc, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
    later = TODAY + timedelta(days=9)
    with db.unit_of_work() as s:
        again = build_contract(s, shop["order"], today=later)
        assert again.invoice is not None and doc.invoice is not None
        assert again.invoice.issued_on == later and again.invoice.due_on != doc.invoice.due_on
        assert issue_document(
            s, again, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=later,
        ) == first  # fmt: skip


@pytest.mark.sqlite_only("verified by check, which examines a laptop's file")
def test_a_backdated_order_brings_the_contracts_date_back(
    db: Database, shop: dict[str, str]
) -> None:
    """An order dated before the recorded contract never cites a later contract: the preview
    shows the order's day, and issuing its package records the contract so dated."""
    earlier = ORDERED - timedelta(days=19)
    with db.unit_of_work() as s:
        doc = build_contract(s, shop["order"], today=TODAY)
        issue_document(
            s, doc, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
        draft = OrderDraft(
            client_id=shop["en"],
            order_date=earlier,
            lines=(DraftLine(shop["MILK-1"], D(5), D("1.25")),),
        )
        backdated = save_draft(s, draft)
    with db.unit_of_work() as s:
        package = build_contract(s, backdated, today=TODAY)
        assert (package.number, package.signed_on) == (doc.number, earlier)
        assert package.invoice is not None
        assert "D-2026-0001 of 2 November 2026" in package.invoice.purpose
        assert s.execute(select(Contract)).scalar_one().signed_on == ORDERED  # printing reads
        issue_document(
            s, package, kind="contract", order_id=backdated, client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
    with db.unit_of_work() as s:
        assert s.execute(select(Contract)).scalar_one().signed_on == earlier
        assert build_contract(s, shop["order"], today=TODAY).signed_on == earlier
    with db.engine.connect() as conn:
        assert check(conn) == []


def test_another_client_gets_the_next_contract_number(db: Database, shop: dict[str, str]) -> None:
    with db.unit_of_work() as s:
        doc = build_contract(s, shop["order"], today=TODAY)
        issue_document(
            s, doc, kind="contract", order_id=shop["order"], client_id=shop["en"], pdf=PDF,
            today=TODAY,
        )  # fmt: skip
        ru = build_contract(s, shop["ru_order"], today=TODAY)
    assert (ru.number, ru.signed_on) == ("D-2026-0002", ORDERED)


def test_a_russian_contract_writes_the_total_in_words(db: Database, shop: dict[str, str]) -> None:
    with db.unit_of_work() as s:
        big = add_product(s, "OVEN-1", "Печь хлебопекарная", "123456.45", vat="0", unit="pcs")
        order_id = _order(
            s, shop["ru"], {"OVEN-1": big.id}, lines=(("OVEN-1", "1", "123456.45", "0"),)
        )
    with db.reading() as s:
        doc = build_contract(s, order_id, today=TODAY)
        english = build_contract(s, order_id, today=TODAY, language="en")
    assert doc.language == "ru" and doc.totals.gross == D("123456.45")
    assert doc.invoice is not None
    words = "Сто двадцать три тысячи четыреста пятьдесят шесть рублей 45 копеек"
    assert doc.invoice.total_in_words == words
    text = "\n".join(body for _, body in doc.clauses)
    assert "123\u00a0456,45\u00a0руб. (сто двадцать три тысячи" in text
    assert "действует Генеральный директор Петров Сергей Иванович на основании Устава" in text
    assert "«Поставщик»" in text
    assert "14 календарных дней" in text
    assert doc.specification[0].unit == "шт."  # units as a Russian document writes them
    assert doc.invoice.purpose.startswith("Оплата по договору поставки № D-2026-0001")
    assert english.invoice is not None and english.invoice.total_in_words == ""


def test_total_in_words_for_currencies_num2words_cannot_name() -> None:
    assert total_in_words(D("21.01"), "RUB") == "двадцать один рубль 01 копейка"
    assert total_in_words(D("1002.50"), "EUR") == "одна тысяча два евро 50 центов"
    assert total_in_words(D("123456.45"), "HUF") == (
        "сто двадцать три тысячи четыреста пятьдесят шесть форинтов 45 филлеров"
    )
    # a currency without names keeps its code
    assert total_in_words(D("123456.45"), "CHF") == (
        "сто двадцать три тысячи четыреста пятьдесят шесть CHF 45"
    )
    assert total_in_words(D("1001"), "HUF", "hu") == "ezeregy forint"
    assert total_in_words(D("1001"), "EUR", "it") == ""  # Italian invoices do not carry it


def test_a_proposal_follows_its_order_into_a_new_revision(
    db: Database, shop: dict[str, str]
) -> None:
    _issue(db, shop)
    with db.unit_of_work() as s:
        confirm_order(s, shop["order"], today=TODAY, override_by="Boss", override_reason="ok")
        revision = revise_order(s, shop["order"], "more cheese")
        doc = build_proposal(s, revision, ProposalEdits(), today=TODAY)
    assert (doc.number, doc.version) == ("KP-2026-0001", 2)
