"""`kamdesk document proposal` and `kamdesk document contract` on the demo portfolio, in every
document language (en, ru, hu, it, az): what the client reads is on the paper, with the domain's
totals, the language's title, labels, dates and the total in words where its invoices carry it."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.cli import CONTRACT_PARTS, build_demo_file, main
from kamdesk.db import open_database
from kamdesk.domain.money import LineAmounts, from_minor, line_amounts, sum_lines
from kamdesk.domain.words import capitalised
from kamdesk.models import Client
from kamdesk.paths import ENV_DATA_DIR
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents import PARTS
from kamdesk.services.documents.builder import SHIPPED_TEMPLATES, total_in_words
from kamdesk.services.prices.product_texts import product_names
from kamdesk.services.sales.orders import OrderRecord, get_order


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_file(path, seed=1, clients=40, as_of=date(2026, 11, 24))
    _who_signs(path)
    return path


def _who_signs(path: Path) -> None:
    """A contract names who signs for each party and on what authority: where the demo leaves
    it open, the director signs for us and the client's signatory under its charter."""
    c = sqlite3.connect(path)
    try:
        c.execute(
            "UPDATE company SET director_name = 'Kovács Péter', "
            "director_position = 'Managing Director' WHERE director_name = ''"
        )
        c.execute(
            "UPDATE client SET signatory_name = 'Nagy Ilona', signatory_position = 'Director', "
            "signatory_basis = 'charter' WHERE signatory_name = ''"
        )
        c.commit()
    finally:
        c.close()


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's template folder is the test's (empty unless a test writes a template)."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    return tmp_path / "data"


def _biggest_order(path: Path, language: str, status: str, currency: str = "%") -> str:
    """The order with the most lines of a client whose documents are in `language` (billed in
    `currency`, any by default)."""
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = c.execute(
            "SELECT o.id FROM sales_order o JOIN client c ON c.id = o.client_id "
            "JOIN order_line l ON l.order_id = o.id AND l.deleted_at IS NULL "
            "WHERE c.document_language = ? AND o.status = ? AND o.deleted_at IS NULL "
            "AND o.currency LIKE ? "
            "GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1",
            (language, status, currency),
        ).fetchone()
    finally:
        c.close()
    assert row is not None, (language, status)
    return str(row[0])


def _order(path: Path, order_id: str) -> tuple[OrderRecord, str, str]:
    db = open_database(path, readonly=True)
    try:
        with db.reading() as s:
            order = get_order(s, order_id)
            client = s.get(Client, order.client_id)
            assert client is not None
            return order, client.name, client.legal_name or client.name
    finally:
        db.close()


def _names(path: Path, order: OrderRecord, language: str) -> list[str]:
    """The order's products as a document in `language` names them (translated, with
    fallback to the product's own name)."""
    db = open_database(path, readonly=True)
    try:
        with db.reading() as s:
            names = product_names(s, [line.product_id for line in order.lines], language)
        return [names[line.product_id][0] for line in order.lines]
    finally:
        db.close()


def _invoice_total(path: Path, order_id: str) -> Decimal:
    """What the order's invoice bills (the delivered goods, less refusals)."""
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (minor,) = c.execute(
            "SELECT total_gross FROM invoice WHERE order_id = ? AND deleted_at IS NULL", (order_id,)
        ).fetchone()
    finally:
        c.close()
    return from_minor(minor)


def _text(pdf: Path) -> str:
    """The PDF's text with every space and line break taken out: table cells wrap."""
    reader = PdfReader(pdf)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _issued(path: Path) -> int:
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(c.execute("SELECT count(*) FROM issued_document").fetchone()[0])
    finally:
        c.close()


LANGUAGES = ["ru", "en", "hu", "it", "az"]
GREETINGS = {
    "ru": ("Добрыйдень", "Уважаем"),
    "en": ("Dear",),
    "hu": ("Tisztelt",),
    "it": ("Gentil",),
    "az": ("Hörmətli",),
}
# the first clause's heading of each language's contract
SUBJECT = {
    "ru": "Предметдоговора",
    "en": "Subjectofthecontract",
    "hu": "Aszerződéstárgya",
    "it": "Oggettodelcontratto",
    "az": "Müqavilənin predmeti",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_proposal_in_the_clients_language_with_every_line_and_the_domains_total(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, language: str
) -> None:
    order_id = _biggest_order(demo, language, "invoiced")
    order, name, _legal = _order(demo, order_id)
    out = tmp_path / "proposal.pdf"
    code, _, err = run(
        capsys, "document", "proposal", "--db", str(demo), "--order", order_id, "--out", str(out)
    )
    assert code == 0, err
    assert "KP-" in err and str(out) in err
    text = _text(out)
    assert _squeeze(name) in text
    for name in _names(demo, order, language):
        assert _squeeze(name) in text, name
    totals = sum_lines(LineAmounts(line.net, line.vat, line.gross) for line in order.lines)
    money = DocText(language, order.currency).money
    for amount in (totals.net, totals.vat, totals.gross):
        assert _squeeze(money(amount)) in text
    assert any(g in text for g in GREETINGS[language])
    assert "DearTisztelt" not in text and "Добрыйдень,Tisztelt" not in text
    assert not list(tmp_path.glob("*.part"))
    assert _issued(demo) == 0  # printing from the command line is a preview


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_contract_package_with_specification_and_invoice(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, language: str
) -> None:
    order_id = _biggest_order(demo, language, "invoiced")
    order, _name, legal = _order(demo, order_id)
    out = tmp_path / "contract.pdf"
    code, _, err = run(
        capsys, "document", "contract", "--db", str(demo), "--order", order_id, "--out", str(out)
    )
    assert code == 0, err
    text = _text(out)
    assert _squeeze(legal) in text
    assert _squeeze(order.invoice_number) in text  # the order's own invoice
    for name in _names(demo, order, language):
        assert _squeeze(name) in text, name
    # the specification lists what the order holds now: refusals and returns stated as such
    held = sum_lines(
        line_amounts(
            line.quantity - line.fulfilment.refused - line.fulfilment.returned,
            line.unit_price,
            line.discount_percent,
            line.vat_rate,
        )
        for line in order.lines
    )
    assert _squeeze(DocText(language, order.currency).money(held.gross)) in text
    assert _squeeze(SUBJECT[language]) in text
    invoiced = _invoice_total(demo, order_id)
    assert _squeeze(DocText(language, order.currency).money(invoiced)) in text
    words = total_in_words(invoiced, order.currency, language)
    if language in ("ru", "hu", "az"):  # the invoice's total in words
        assert _squeeze(capitalised(words, language)) in text  # Azerbaijani: "İki ..."
    else:  # English and Italian invoices do not write it
        assert words == ""
    assert _issued(demo) == 0


@pytest.mark.parametrize(
    ("language", "currency"),
    [("ru", "EUR"), ("en", "HUF"), ("hu", "HUF"), ("hu", "EUR"), ("it", "EUR"), ("az", "USD")],
)
def test_each_language_prints_its_titles_labels_dates_and_amounts(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, language: str, currency: str
) -> None:
    order_id = _biggest_order(demo, language, "invoiced", currency)
    order, _, _ = _order(demo, order_id)
    t = DocText(language, order.currency)
    days = {date.today()}
    texts = {}
    for kind in ("proposal", "contract"):
        out = tmp_path / f"{kind}.pdf"
        args = ("document", kind, "--db", str(demo), "--order", order_id, "--out", str(out))
        code, _, err = run(capsys, *args)
        assert code == 0, err
        texts[kind] = _text(out)
    days.add(date.today())  # printed today, whichever side of midnight
    offer, package = texts["proposal"], texts["contract"]
    labels = ("col_name", "col_qty", "col_unit", "total_net", "total_gross")
    assert _squeeze(t("proposal")) in offer
    for key in labels:
        assert _squeeze(t(key)) in offer, key
    assert _squeeze(t.with_currency("col_price")) in offer
    assert any(_squeeze(t.date(day)) in offer for day in days)
    closing = (SHIPPED_TEMPLATES / f"proposal_closing.{language}.txt").read_text(encoding="utf-8")
    sign_off = _squeeze(closing.strip().splitlines()[-1])
    assert offer.count(sign_off) == 1  # the closing's own sign-off, once
    assert _squeeze(t("regards")) == sign_off or _squeeze(t("regards")) not in offer
    for title in (t("contract"), t("specification")):
        assert _squeeze(t.upper(title)) in package
    for key in (*labels, "invoice", "seller", "buyer", "signature"):
        assert _squeeze(t(key)) in package or _squeeze(t.upper(t(key))) in package, key
    assert _squeeze(t.date(order.order_date)) in package  # clause 1.2 names the order's date
    totals = sum_lines(LineAmounts(line.net, line.vat, line.gross) for line in order.lines)
    assert _squeeze(t.amount(totals.gross)) in offer  # with the currency as the language writes it
    words = total_in_words(_invoice_total(demo, order_id), order.currency, language)
    if words:
        assert _squeeze(f"{t('in_words')}:{words[:1].upper()}{words[1:]}") in package
    for foreign in set(LANGUAGES) - {language}:  # no other language's title slips in
        assert _squeeze(DocText(foreign).upper(DocText(foreign)("contract"))) not in package


def test_one_part_alone_and_another_language(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    order_id = _biggest_order(demo, "ru", "invoiced")
    order, _, _ = _order(demo, order_id)
    out = tmp_path / "invoice.pdf"
    args = ("document", "contract", "--db", str(demo), "--order", order_id, "--out", str(out))
    code, _, err = run(capsys, *args, "--only", "invoice", "--lang", "en")
    assert code == 0, err
    text = _text(out)
    assert _squeeze(order.invoice_number) in text
    assert "Subjectofthecontract" not in text and "Предметдоговора" not in text
    assert len(PdfReader(out).pages) < 4
    proposal = tmp_path / "proposal-en.pdf"
    code, _, err = run(
        capsys, "document", "proposal", "--db", str(demo), "--order", order_id,
        "--out", str(proposal), "--lang", "en",
    )  # fmt: skip
    assert code == 0, err
    assert "Dear" in _text(proposal) and "Добрыйдень" not in _text(proposal)


@pytest.mark.parametrize("kind", ["proposal", "contract"])
def test_an_unknown_order_says_so_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(
        capsys, "document", kind, "--db", str(demo), "--order", "nope", "--out", str(out)
    )
    assert code == 2
    assert "no longer exists" in err
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_users_template_with_an_unknown_placeholder_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, own_data_dir: Path
) -> None:
    order_id = _biggest_order(demo, "en", "invoiced")
    (own_data_dir / "templates").mkdir(parents=True)
    (own_data_dir / "templates" / "proposal_opening.en.txt").write_text(
        "Dear {{ addressee.salutation }}, see {{ offer.price }}.", encoding="utf-8"
    )
    out = tmp_path / "p.pdf"
    code, _, err = run(
        capsys, "document", "proposal", "--db", str(demo), "--order", order_id, "--out", str(out)
    )
    assert code == 2
    assert "{{ offer.price }}" in err and "proposal_opening.en.txt" in err
    assert not out.exists()
    # the same copy without the mistake wins over the shipped template
    (own_data_dir / "templates" / "proposal_opening.en.txt").write_text(
        "Dear {{ addressee.salutation }}, here is our offer.", encoding="utf-8"
    )
    code, _, err = run(
        capsys, "document", "proposal", "--db", str(demo), "--order", order_id, "--out", str(out)
    )
    assert code == 0, err
    assert "hereisouroffer." in _text(out)


def test_the_parts_the_cli_offers_are_the_renderers() -> None:
    assert CONTRACT_PARTS == PARTS
