"""The reconciliation statement PDF, read back by its text: the title with the period and the
parties, the wording, both halves of the table, every line, the balances, the result in words
and both signature blocks, in Russian and English; a year of the demo's busiest client runs
over several pages with the header on each and the totals and signatures together."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kamdesk.db import Database
from kamdesk.domain.documents import Party, Signatory
from kamdesk.domain.money import from_minor
from kamdesk.domain.receivables import CreditNote, InvoiceDue, Ledger, Payment
from kamdesk.domain.reconciliation import DocumentRef, StatementDoc, entries_of, reconcile
from kamdesk.models import ClientBalance, Invoice
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.reconciliation import render_statement
from kamdesk.services.receivables.statement import build_statement
from tests.reports.test_documents import flat, pdf_pages

D = Decimal
START, END = date(2026, 1, 1), date(2026, 11, 30)

SELLER = Party(
    "Север",
    legal_name="ООО «Северный Поставщик»",
    ids=(("ИНН", "7701234567"), ("КПП", "770101001")),
)
BUYER = Party("Волга", legal_name="АО «Волга-Логистик»", ids=(("ИНН", "1655012345"),))


def _ledger() -> Ledger:
    return Ledger(
        [
            InvoiceDue("i0", "INV-0009", date(2025, 12, 10), date(2026, 1, 9), D("2000.00")),
            InvoiceDue("i1", "INV-0012", date(2026, 2, 3), date(2026, 3, 5), D("15345.67")),
        ],
        [
            Payment("p1", date(2026, 1, 15), D("2000.00")),
            Payment("p2", date(2026, 3, 1), D("1000.00")),
            Payment("p3", date(2026, 3, 2), D("-1000.00"), reverses="p2"),
        ],
        [],
        [],
        [CreditNote("n1", date(2026, 4, 7), D("3000.00"), "i1")],
    )


REFS = {
    "p1": DocumentRef("118"),
    "p2": DocumentRef("131"),
    "n1": DocumentRef("RET-0004", "INV-0012", date(2026, 2, 3)),
}


def statement(language: str, ledger: Ledger | None = None, **changes: object) -> StatementDoc:
    figures = reconcile(entries_of(ledger or _ledger(), REFS), START, END)
    values: dict[str, object] = {
        "language": language,
        "currency": "RUB",
        "issued_on": date(2026, 12, 1),
        "seller": SELLER,
        "buyer": BUYER,
        "reconciliation": figures,
        "seller_signatory": Signatory(
            "Петров П. П.", "Генеральный директор", basis="на основании Устава"
        ),
        "buyer_signatory": Signatory("Сидорова А. В.", "Главный бухгалтер"),
        "contract_number": "D-2026-0001",
        "contract_date": date(2026, 1, 12),
        "place": "Москва",
    }
    values.update(changes)
    return StatementDoc(**values)  # type: ignore[arg-type]


def test_russian_statement_reads_as_an_akt_sverki() -> None:
    doc = statement("ru")
    t = DocText("ru", "RUB")
    _, pages = pdf_pages(render_statement, doc, invariant=True)
    text = " ".join(pages)
    assert "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЁТОВ" in text
    assert (
        "за период с 01.01.2026 по 30.11.2026 между ООО «Северный Поставщик» и "
        "АО «Волга-Логистик»" in text
    )
    assert "по договору № D-2026-0001 от 12.01.2026" in text
    assert "Мы, нижеподписавшиеся, ООО «Северный Поставщик», от имени которого действует" in text
    assert "Генеральный директор Петров П. П. на основании Устава, с одной стороны" in text
    assert "По данным ООО «Северный Поставщик», руб." in text
    assert "По данным АО «Волга-Логистик», руб." in text
    figures = doc.reconciliation
    assert figures.opening == D("2000.00")  # INV-0009 of December
    assert f"Сальдо начальное {flat(t.money(figures.opening))}" in text
    for shown in (
        "15.01.2026 Оплата (п/п № 118)",
        "03.02.2026 Счёт № INV-0012",
        "01.03.2026 Оплата (п/п № 131)",
        "02.03.2026 Сторно оплаты № 131 от 01.03.2026",
        "07.04.2026 Возврат № RET-0004 к счёту № INV-0012 от 03.02.2026",
    ):
        assert shown in text
    assert (
        f"Обороты за период {flat(t.money(figures.debit_turnover))} "
        f"{flat(t.money(figures.credit_turnover))}" in text
    )
    assert figures.closing == D("12345.67")
    assert f"Сальдо конечное {flat(t.money(figures.closing))}" in text
    assert (
        "На 30.11.2026 задолженность в пользу ООО «Северный Поставщик» составляет "
        f"{flat(t.amount(figures.closing))}" in text
    )
    assert "12 345,67 руб." in text and "руб.." not in text
    for signature in (
        "От ООО «Северный Поставщик»",
        "От АО «Волга-Логистик»",
        "/ Петров П. П. /",
        "/ Сидорова А. В. /",
        "М.П.",
    ):
        assert signature in text


def test_english_statement_and_who_owes_whom() -> None:
    t = DocText("en", "RUB")
    _, pages = pdf_pages(render_statement, statement("en"), invariant=True)
    text = " ".join(pages)
    assert "RECONCILIATION STATEMENT OF MUTUAL SETTLEMENTS" in text
    assert "for the period from 01/01/2026 to 30/11/2026 between" in text
    assert "We, the undersigned, ООО «Северный Поставщик», represented by" in text
    assert "According to АО «Волга-Логистик», RUB" in text
    assert "02/03/2026 Reversal of payment No. 131 of 01/03/2026" in text
    assert "Opening balance" in text and "Turnover for the period" in text
    assert (
        "As of 30/11/2026, АО «Волга-Логистик» owes ООО «Северный Поставщик» "
        f"{flat(t.amount(D('12345.67')))}." in text
    )
    assert "12,345.67 RUB" in text

    overpaid = _ledger()
    overpaid.payments.append(Payment("p4", date(2026, 5, 1), D("12400.00")))
    _, pages = pdf_pages(render_statement, statement("en", overpaid), invariant=True)
    assert (
        "As of 30/11/2026, ООО «Северный Поставщик» owes АО «Волга-Логистик» "
        f"{flat(t.amount(D('54.33')))}." in " ".join(pages)
    )
    square = Ledger([], [], [], [], [])
    _, pages = pdf_pages(render_statement, statement("ru", square), invariant=True)
    text = " ".join(pages)
    assert "На 30.11.2026 задолженность между сторонами отсутствует." in text
    assert "Сальдо конечное" in text


def test_nobody_named_to_sign_leaves_lines_to_fill() -> None:
    doc = statement("ru", seller_signatory=None, buyer_signatory=None, contract_number="")
    _, pages = pdf_pages(render_statement, doc, invariant=True)
    text = " ".join(pages)
    assert "по договору" not in text
    assert text.count("(должность)") == 2
    assert "от имени которого действует" not in text


def _busiest(db: Database) -> str:
    with db.reading() as session:
        return str(
            session.execute(
                select(Invoice.client_id)
                .where(Invoice.issue_date >= date(2025, 12, 1))
                .group_by(Invoice.client_id)
                .order_by(func.count().desc(), Invoice.client_id)
                .limit(1)
            ).scalar_one()
        )


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_year_of_the_busiest_client_breaks_across_pages(demo_db: Database, language: str) -> None:
    client_id = _busiest(demo_db)
    with demo_db.reading() as session:
        doc = build_statement(
            session,
            client_id,
            date(2025, 12, 1),
            date(2026, 11, 30),
            today=date(2026, 11, 30),
            language=language,
        )
        cached = session.scalar(
            select(ClientBalance.balance).where(ClientBalance.client_id == client_id)
        )
    assert cached is not None
    # the demo ends before the period does: the statement closes at the ledger's balance
    assert doc.reconciliation.closing == from_minor(cached)
    assert len(doc.reconciliation.lines) > 60
    _, pages = pdf_pages(render_statement, doc)
    assert len(pages) >= 3
    x = {
        "ru": ("Дата Документ Дебет Кредит", "Сальдо конечное", "Страница"),
        "en": (
            "Date Document Debit Credit",
            "Closing balance",
            "Page",
        ),
    }[language]
    columns, closing, page = x
    for number, text in enumerate(pages, start=1):
        assert text.count(columns) == 2  # the header on every page, over each half
        assert f"{page} {number} " in text
    last = pages[-1]
    turnover = "Обороты за период" if language == "ru" else "Turnover for the period"
    assert closing in last and closing not in " ".join(pages[:-1])
    assert turnover in last  # the totals, the result and the signatures on one page
    assert last.count("/ ") >= 2  # both signature lines
    # the totals never stand alone: the period's last line goes with them
    day = doc.reconciliation.lines[-1].date
    stamp = day.strftime("%d.%m.%Y" if language == "ru" else "%d/%m/%Y")
    assert stamp in last
    assert re.search(r"\d{2}[./]\d{2}[./]\d{4}", last.split(closing)[0])
