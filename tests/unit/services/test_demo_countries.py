"""`kamdesk demo --country`: a supplier registered in HU, RU, IT or AZ (issue 13).

Each portfolio passes `check`, its numbers pass python-stdnum, its VAT regimes and currencies
are what the domain says, and every converted line reproduces from what it keeps.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from stdnum import bic, iban
from stdnum.az import voen
from stdnum.eu import vat as eu_vat
from stdnum.hu import anum
from stdnum.it import codicefiscale, iva
from stdnum.ru import inn, ogrn

from kamdesk.db import open_database
from kamdesk.demo.build import build_demo
from kamdesk.domain.bank_statement import BankPayment, duplicate_key, parse_statement
from kamdesk.domain.company import validate_company
from kamdesk.domain.fx import apply_factor, factor_of
from kamdesk.domain.money import from_minor
from kamdesk.domain.natural_keys import contract_id
from kamdesk.domain.tax import eu_vat_number_valid, treatment
from kamdesk.errors import UserError
from kamdesk.services.check import check
from kamdesk.services.company import get_company
from tests.unit.domain.test_bank_statement import one_c

AS_OF = date(2026, 11, 23)
COUNTRIES = ("HU", "RU", "IT", "AZ")
TAX_IDS = {"RU": inn, "HU": anum, "IT": iva, "AZ": voen}
RATES_2026 = {
    "HU": {"27", "18", "5"},
    "RU": {"22", "10"},
    "IT": {"22", "10", "4"},
    "AZ": {"18"},
}
CURRENCIES = {
    "HU": ("EUR", "HUF"),
    "RU": ("RUB", "RUB"),
    "IT": ("EUR", "EUR"),
    "AZ": ("AZN", "AZN"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    for country in COUNTRIES:
        path = tmp_path_factory.mktemp(f"demo-{country}") / "demo.sqlite"
        db = open_database(path)
        try:
            build_demo(db, seed=3, clients=24, as_of=AS_OF, country=country)
            with db.engine.connect() as conn:
                assert check(conn) == [], country
            with db.reading() as s:
                profile = get_company(s)
            assert validate_company(profile) == {}, country
        finally:
            db.close()
        out[country] = path
    return out


@pytest.fixture(params=COUNTRIES)
def demo(
    request: pytest.FixtureRequest, built: dict[str, Path]
) -> Iterator[tuple[str, sqlite3.Connection]]:
    c = sqlite3.connect(f"file:{built[request.param]}?mode=ro", uri=True)
    yield request.param, c
    c.close()


def _ru_key_ok(prefix: str, account: str) -> bool:
    digits = prefix + account
    return (
        len(account) == 20
        and sum(int(d) * (7, 1, 3)[i % 3] for i, d in enumerate(digits)) % 10 == 0
    )


def _kz_bin_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{12}", number):
        return False
    check = sum(int(d) * w for d, w in zip(number, range(1, 12), strict=False)) % 11
    if check == 10:
        check = sum(int(d) * w for d, w in zip(number, (*range(3, 12), 1, 2), strict=False)) % 11
    return check == int(number[-1])


def test_the_company_has_every_requisite_of_its_country(
    demo: tuple[str, sqlite3.Connection],
) -> None:
    country, c = demo
    row = c.execute(
        "SELECT country, tax_id, registration_no, vat_number, kpp, corr_account, fiscal_code, "
        "bank_account, bank_code, director_name, director_position, accountant_name, "
        "accountant_position, signatory_name, signatory_position, signatory_basis, "
        "signatory_poa_number, signatory_poa_date, default_currency, reporting_currency, "
        "vat_rate FROM company"
    ).fetchone()
    (cc, tax_id, reg, vat_no, kpp, corr, fiscal, account, code, *people) = row[:13]
    signatory, position, basis, poa_no, poa_date, billing, reporting, rate = row[13:]
    assert cc == country and TAX_IDS[country].is_valid(tax_id)
    assert all(people) and signatory and position and basis in ("charter", "poa")
    if basis == "poa":
        assert poa_no and poa_date and poa_date <= AS_OF.isoformat()
    assert (billing, reporting) == CURRENCIES[country]
    assert rate == max(RATES_2026[country], key=int)
    if country == "RU":
        assert ogrn.is_valid(reg) and re.fullmatch(r"\d{9}", kpp) and kpp[:2] == tax_id[:2]
        assert _ru_key_ok(code[-3:], account) and _ru_key_ok("0" + code[4:6], corr)
    else:
        assert iban.is_valid(account) and bic.is_valid(code)
    if country in ("HU", "IT"):
        assert eu_vat.is_valid(vat_no) and vat_no[2:] == tax_id
    if country == "IT":
        assert codicefiscale.is_valid(fiscal)


def test_clients_numbers_are_valid_in_their_countries(demo: tuple[str, sqlite3.Connection]) -> None:
    country, c = demo
    rows = c.execute(
        "SELECT c.country, c.tax_id, c.vat_number, c.kpp, c.registration_no, c.bank_account, "
        "c.bank_code, c.corr_account, c.fiscal_code, c.sdi_code, c.signatory_name, "
        "c.signatory_basis, (SELECT count(*) FROM contact p WHERE p.client_id = c.id AND "
        "p.full_name = c.signatory_name) FROM client c"
    ).fetchall()
    countries = {r[0] for r in rows}
    assert country in countries and len(countries) >= 3
    for cc, tax_id, vat_no, kpp, reg, account, code, corr, fiscal, sdi, sign, basis, known in rows:
        if cc == "KZ":
            assert _kz_bin_ok(tax_id), tax_id
        else:
            assert TAX_IDS[cc].is_valid(tax_id), (cc, tax_id)
        assert sign and basis == "charter" and known == 1  # the director signs, on the charter
        if vat_no:
            assert cc in ("HU", "IT") and eu_vat.is_valid(vat_no) and vat_no[2:] == tax_id
        if cc == "RU":
            assert ogrn.is_valid(reg) and kpp[:4] == tax_id[:4] and len(kpp) == 9
            assert _ru_key_ok(code[-3:], account) and _ru_key_ok("0" + code[4:6], corr)
        else:
            assert iban.is_valid(account) and bic.is_valid(code), (cc, account, code)
        if cc == "IT":
            assert codicefiscale.is_valid(fiscal) and re.fullmatch(r"[A-Z0-9]{7}", sdi)


def test_vat_regimes_and_rates_follow_the_domain(demo: tuple[str, sqlite3.Connection]) -> None:
    country, c = demo
    assert {r[0] for r in c.execute("SELECT DISTINCT vat_rate FROM product")} == RATES_2026[country]
    orders = c.execute(
        "SELECT o.id, o.tax_regime, o.tax_reason, c.country, c.vat_number FROM sales_order o "
        "JOIN client c ON c.id = o.client_id"
    ).fetchall()
    regimes = set()
    for oid, regime, reason, cc, vat_no in orders:
        want = treatment(
            country, cc, client_vat_valid=bool(vat_no) and eu_vat_number_valid(cc, vat_no)
        )
        assert (regime, reason) == (want.regime.value, want.reason)
        regimes.add(regime)
        for line_rate, product_rate in c.execute(
            "SELECT l.vat_rate, p.vat_rate FROM order_line l JOIN product p ON p.id = "
            "l.product_id WHERE l.order_id = ?",
            (oid,),
        ):
            assert Decimal(line_rate) == want.rate(Decimal(product_rate))
    assert "domestic" in regimes and len(regimes) >= 2


def test_converted_lines_reproduce_from_source_price_and_rate(
    demo: tuple[str, sqlite3.Connection],
) -> None:
    country, c = demo
    reporting = c.execute("SELECT reporting_currency FROM company").fetchone()[0]
    rates: dict[str, list[tuple[str, Decimal, str]]] = {}
    for currency, day, rate, source in c.execute(
        "SELECT currency, rate_date, rate, source FROM exchange_rate ORDER BY rate_date"
    ):
        rates.setdefault(currency, []).append((day, Decimal(rate), source))

    def rate_on(currency: str, day: str) -> tuple[Decimal, str]:
        if currency == reporting:
            return Decimal(1), ""
        found = [(r, d) for d, r, _s in rates[currency] if d <= day]
        return found[-1]

    lines = c.execute(
        "SELECT l.unit_price, l.source_price, l.source_currency, l.fx_rate, l.fx_date, "
        "l.fx_source, o.currency, o.order_date, p.currency FROM order_line l JOIN sales_order o "
        "ON o.id = l.order_id JOIN product p ON p.id = l.product_id"
    ).fetchall()
    converted = [line for line in lines if line[1] is not None]
    assert converted and len(converted) < len(lines)
    sources = {"HU": "MNB", "RU": "ЦБ РФ", "IT": "BCE", "AZ": "CBAR"}
    for unit, source, src_cur, fx, fx_date, fx_source, currency, day, product_cur in converted:
        assert src_cur == product_cur != currency
        assert from_minor(unit) == apply_factor(from_minor(source), Decimal(fx))
        (rate_from, d1), (rate_to, d2) = rate_on(src_cur, day), rate_on(currency, day)
        assert Decimal(fx) == factor_of(rate_from, rate_to)
        assert fx_date == min(d for d in (d1, d2) if d) and fx_source == sources[country]
    for _unit, source, src_cur, fx, *_rest, currency, _day, product_cur in lines:
        if source is None:
            assert currency == product_cur and fx is None and src_cur == ""


def test_every_order_is_under_its_clients_contract_of_the_year(
    demo: tuple[str, sqlite3.Connection],
) -> None:
    _country, c = demo
    contracts = {
        cid: (client, signed, start, number, currency)
        for cid, client, signed, start, number, currency in c.execute(
            "SELECT id, client_id, signed_on, period_start, number, currency FROM contract"
        )
    }
    numbers = [v[3] for v in contracts.values()]
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"D-\d{4}-\d{4}", n) for n in numbers)
    for client, day, cid, currency in c.execute(
        "SELECT client_id, order_date, contract_id, currency FROM sales_order"
    ):
        start = f"{day[:4]}-01-01"
        assert cid == contract_id(client, start)
        owner, signed, period_start, _number, contract_currency = contracts[cid]
        assert (owner, period_start, contract_currency) == (client, start, currency)
        assert signed <= day


def test_products_have_english_and_russian_names(demo: tuple[str, sqlite3.Connection]) -> None:
    _country, c = demo
    per_product = c.execute(
        "SELECT group_concat(language, ',') FROM (SELECT product_id, language FROM "
        "product_translation ORDER BY language) GROUP BY product_id"
    ).fetchall()
    products = c.execute("SELECT count(*) FROM product").fetchone()[0]
    assert len(per_product) == products and {r[0] for r in per_product} == {"en,ru"}
    russian = c.execute("SELECT name, unit FROM product_translation WHERE language = 'ru'")
    assert all(re.search("[а-яё]", name) and unit for name, unit in russian)


def _clients_of(c: sqlite3.Connection, country: str) -> list[tuple[str, str, str]]:
    """(client id, VAT number, order regime) of the clients in `country` with orders."""
    return c.execute(
        "SELECT DISTINCT c.id, c.vat_number, o.tax_regime FROM client c JOIN sales_order o "
        "ON o.client_id = c.id WHERE c.country = ?",
        (country,),
    ).fetchall()


def test_a_hungarian_suppliers_italian_client_with_a_vat_number_is_intra_eu(
    built: dict[str, Path],
) -> None:
    c = sqlite3.connect(f"file:{built['HU']}?mode=ro", uri=True)
    try:
        italians = [row for row in _clients_of(c, "IT") if row[1]]
        assert italians
        for client, vat_no, regime in italians:
            assert eu_vat.is_valid(vat_no) and regime == "intra_eu"
            rates = c.execute(
                "SELECT DISTINCT l.vat_rate FROM order_line l JOIN sales_order o ON "
                "o.id = l.order_id WHERE o.client_id = ?",
                (client,),
            ).fetchall()
            assert rates == [("0",)]
    finally:
        c.close()


def test_a_russian_suppliers_kazakh_client_is_eaeu(built: dict[str, Path]) -> None:
    c = sqlite3.connect(f"file:{built['RU']}?mode=ro", uri=True)
    try:
        kazakhs = _clients_of(c, "KZ")
        assert kazakhs and {regime for _c, _v, regime in kazakhs} == {"eaeu"}
        rates = c.execute(
            "SELECT DISTINCT l.vat_rate FROM order_line l JOIN sales_order o ON o.id = "
            "l.order_id JOIN client c ON c.id = o.client_id WHERE c.country = 'KZ'"
        ).fetchall()
        assert rates == [("0",)]
    finally:
        c.close()


def test_an_unknown_country_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.sqlite")
    try:
        with pytest.raises(UserError, match="HU, RU, IT, AZ"):
            build_demo(db, clients=3, as_of=AS_OF, country="FR")
    finally:
        db.close()


def test_payments_read_as_the_suppliers_bank_reports_them(
    demo: tuple[str, sqlite3.Connection],
) -> None:
    """A Russian supplier's bank gives its ruble account as a 1C statement, with Russian
    purposes; every other account comes as CSV with the bank's reference."""
    country, c = demo
    rows = c.execute(
        "SELECT p.source, p.purpose, p.reference, p.bank_key, p.currency, p.doc_number, "
        "p.payer_tax_id = k.tax_id FROM payment p JOIN client k ON k.id = p.client_id "
        "WHERE p.method != 'cash'"
    ).fetchall()
    assert rows and all(same_payer and doc for *_, doc, same_payer in rows)
    one_c = [r for r in rows if r[0] == "1c"]
    csv = [r for r in rows if r[0] == "csv"]
    assert len(one_c) + len(csv) == len(rows)
    # the bank's reference with the payer's tax id (bank_statement.duplicate_key)
    assert all(r[3].startswith(f"ref:{r[2]}|") and r[2] for r in csv)
    if country == "RU":
        assert one_c and all(r[4] == "RUB" and r[2] == "" for r in one_c)
        assert all(r[3].startswith("doc:") and r[3].endswith("|RUB") for r in one_c)
        assert all(r[1].startswith("Оплата по сч") for r in rows)
        assert any(r[1].startswith("Оплата по счёту № INV-") for r in rows)
    else:
        assert not one_c and all(r[1].startswith("Payment of invoice") for r in rows)


def test_a_statement_of_the_demos_payments_would_be_recognised(
    demo: tuple[str, sqlite3.Connection],
) -> None:
    """The same payments read back from the bank file that brought them give the duplicate key
    the demo stored: importing that statement would post nothing twice."""
    country, c = demo
    rows = c.execute(
        "SELECT p.payment_date, p.doc_number, p.amount, p.currency, p.payer_tax_id, "
        "p.payer_name, p.purpose, p.reference, p.bank_key, p.source FROM payment p "
        "WHERE p.source != '' ORDER BY p.payment_date DESC LIMIT 40"
    ).fetchall()
    account = c.execute("SELECT bank_account FROM company").fetchone()[0]
    papers = [
        BankPayment(
            date=date.fromisoformat(day),
            number=doc,
            amount=from_minor(amount),
            currency=cur,
            payer_account="",
            payer_tax_id=tax,
            payer_kpp="",
            payer_name=payer,
            recipient_account=account,
            purpose=purpose,
            reference=ref,
        )
        for day, doc, amount, cur, tax, payer, purpose, ref, _key, _source in rows
    ]
    keys = [r[8] for r in rows]
    one_c_rows = [k for k, r in enumerate(rows) if r[9] == "1c"]
    if one_c_rows:
        data = one_c([papers[k] for k in one_c_rows])
        read = parse_statement(data, today=AS_OF)
        assert read.problems == ()
        assert [duplicate_key(p) for p in read.payments] == [keys[k] for k in one_c_rows]
    csv_rows = [k for k, r in enumerate(rows) if r[9] == "csv"]
    if csv_rows:
        lines = ["date,amount,currency,payer_tax_id,payer_name,reference,purpose"]
        for k in csv_rows:
            p = papers[k]
            cells = (p.date.isoformat(), str(p.amount), p.currency, p.payer_tax_id,
                     p.payer_name, p.reference, p.purpose)  # fmt: skip
            lines.append(",".join('"' + x.replace('"', '""') + '"' for x in cells))
        read = parse_statement("\n".join(lines).encode(), today=AS_OF)
        assert read.problems == ()
        assert [duplicate_key(p) for p in read.payments] == [keys[k] for k in csv_rows]
    assert country != "RU" or one_c_rows
