from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.bank_statement import (
    BankPayment,
    duplicate_key,
    invoice_numbers_in,
    parse_1c,
    parse_csv,
    parse_statement,
    payments_to_us,
)
from tests.bank_files import OURS, one_c

TODAY = date(2026, 12, 5)
OTHER = "40702810100000000999"


BASE = BankPayment(
    date=date(2026, 11, 23),
    number="517",
    amount=Decimal("1500.00"),
    currency="RUB",
    payer_account="40702810500000000001",
    payer_tax_id="7701234567",
    payer_kpp="770101001",
    payer_name='ООО "Ромашка"',
    recipient_account=OURS,
    purpose="Оплата по счёту № INV-2026-000517 от 23.11.2026, в т.ч. НДС 20%",
)


def payment(number: str = "517", amount: str = "1500.00", to: str = OURS, **kw: Any) -> BankPayment:
    return replace(BASE, number=number, amount=Decimal(amount), recipient_account=to, **kw)


@pytest.mark.parametrize("codec", ["cp1251", "cp866"])
@pytest.mark.parametrize("version", ["1.02", "1.03"])
def test_a_1c_file_in_either_encoding_and_version_gives_its_documents(
    codec: str, version: str
) -> None:
    sent = [payment("517"), payment("9", "250.5", to=OTHER, payer_name="ИП Петров")]
    result = parse_statement(one_c(sent, codec=codec, version=version), today=TODAY)
    assert result.ok, [p.line() for p in result.problems]
    assert (result.layout, result.version) == ("1c", version)
    assert list(result.payments) == sent
    assert result.payments[1].amount == Decimal("250.50")
    assert result.payments[0].payer_name == 'ООО "Ромашка"'
    assert [p.row for p in result.payments] == [1, 2]
    assert payments_to_us(result.payments, [OURS[:5] + " " + OURS[5:]]) == [sent[0]]


def test_the_encoding_is_read_from_the_file_not_guessed() -> None:
    data = one_c([payment()], codec="cp866").replace(b"DOS", b"Windows")
    result = parse_1c(data, today=TODAY)
    assert not result.ok and not result.payments
    assert "another encoding" in result.problems[0].line()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"Date;Sum\n01.11.2026;5\n", "unknown layout"),
        (b"", "unknown layout"),
        (one_c([payment()], end=False), "no КонецФайла"),
        (one_c([payment()], version="1.01"), "ВерсияФормата 1.01"),
    ],
)
def test_unknown_layouts_versions_and_truncated_files_are_refused(data: bytes, words: str) -> None:
    result = parse_statement(data, today=TODAY)
    assert not result.payments
    assert any(words in p.line() for p in result.problems), [p.line() for p in result.problems]


def test_a_document_cut_short_is_named() -> None:
    data = one_c([payment("41"), payment("42")])
    cut = data[: data.rfind("КонецДокумента".encode("cp1251"))]
    result = parse_1c(cut, today=TODAY)
    lines = [p.line() for p in result.problems]
    assert not result.payments
    assert any(line.startswith("document 2 (№ 42): КонецДокумента missing") for line in lines)
    assert "the file is cut short: no КонецФайла" in lines


def test_every_bad_document_is_listed_and_no_payment_is_given() -> None:
    docs = [
        payment("1"),
        payment("2", "0.00"),
        payment("3", "-5.00"),
        payment("4", date=TODAY + timedelta(days=30)),
        payment("5", date=TODAY + timedelta(days=7)),
    ]
    data = one_c(docs).replace(
        "Дата=23.11.2026\r\nСумма=1500.00\r\nПлательщикСчет".encode("cp1251"),
        "Дата=31.02.2026\r\nСумма=1500.00\r\nПлательщикСчет".encode("cp1251"),
        1,
    )
    result = parse_1c(data, today=TODAY)
    assert not result.payments
    lines = [p.line() for p in result.problems]
    assert lines[0] == "document 1 (№ 1): no such day: '31.02.2026'"
    assert lines[1].startswith("document 2 (№ 2): amount '0.00' must be more than zero")
    assert lines[2].startswith("document 3 (№ 3): amount '-5.00' must be more than zero")
    assert lines[3].startswith("document 4 (№ 4): date ") and "more than 7 days" in lines[3]
    assert len(lines) == 4  # seven days ahead is a value date, not a typo


def test_a_csv_of_payments_reads_as_people_type_it() -> None:
    text = (
        "date;amount;currency;payer_tax_id;payer_name;reference;purpose\n"
        "23.11.2026;1 500,00;rub;7701234567;ООО Ромашка;BANK-1;Счёт INV-2026-000517\n"
        "\n"
        "2026-11-24;12.5;EUR;HU12345678;Kft;;\n"
    )
    result = parse_csv(text.encode("utf-8"), today=TODAY)
    assert result.ok, [p.line() for p in result.problems]
    first, second = result.payments
    assert (first.amount, first.currency, first.reference) == (Decimal("1500.00"), "RUB", "BANK-1")
    assert (second.date, second.amount, second.row) == (date(2026, 11, 24), Decimal("12.50"), 4)
    assert parse_statement(text.encode("cp1251"), today=TODAY).payments == result.payments


def test_a_csv_with_bad_rows_lists_each_by_row() -> None:
    text = (
        "date,amount,currency,payer_tax_id,payer_name,reference,purpose\n"
        "23.11.2026,100,RUB,1,a,r1,p\n"
        "23.13.2026,100,RUB,1,a,r2,p\n"
        "23.11.2026,1.500,RUB,1,a,r3,p\n"
        "23.11.2026,-3,RUB,1,a,r4,p\n"
        "23.11.2026,3,roubles,1,a,r5,p\n"
    )
    result = parse_csv(text.encode(), today=TODAY)
    assert not result.payments
    assert [p.row for p in result.problems] == [3, 4, 5, 6]
    assert "row 4: amount '1.500': ambiguous" in result.problems[1].line()


def test_invoice_numbers_cited_in_the_purpose() -> None:
    known = ["INV-2026-000517", "INV-2026-00051", "INV-2026-000600", "INV-2026-000601"]
    purpose = "Оплата: счёт № inv 2026 000601 и счёт № INV-2026-000517 от 23.11.2026"
    assert invoice_numbers_in(purpose, known) == ["INV-2026-000601", "INV-2026-000517"]
    assert invoice_numbers_in("Аванс по договору 12", known) == []


def test_the_same_payment_twice_has_the_same_key_and_a_bank_reference_wins() -> None:
    a, b = payment("1"), payment("1", purpose="другое назначение")
    assert duplicate_key(a) == duplicate_key(b)
    assert duplicate_key(a) != duplicate_key(payment("2"))
    assert duplicate_key(a) != duplicate_key(payment("1", "1500.01"))
    ref = payment("1", reference="ABC-1")
    assert duplicate_key(ref) == duplicate_key(payment("77", "3.00", reference="ABC-1"))


# --- properties -------------------------------------------------------------------------------

_TEXT = st.text(
    alphabet='АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдежзиклмнопрстуфхцчшщэюяёЁABCxyz0123456789 №.,-"()=%',
    max_size=40,
).map(str.strip)
_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=20)
_PAYMENTS = st.builds(
    BankPayment,
    date=st.dates(min_value=date(2000, 1, 1), max_value=TODAY + timedelta(days=7)),
    number=_DIGITS,
    amount=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10) ** 12, places=2),
    currency=st.just("RUB"),
    payer_account=_DIGITS,
    payer_tax_id=_DIGITS,
    payer_kpp=_DIGITS,
    payer_name=_TEXT.filter(bool),
    recipient_account=st.sampled_from([OURS, OTHER]),
    purpose=_TEXT,
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PAYMENTS, max_size=6),
    st.sampled_from(["cp1251", "cp866"]),
    st.sampled_from(["1.02", "1.03"]),
)
def test_any_valid_documents_written_and_read_back_are_the_same(
    docs: list[BankPayment], codec: str, version: str
) -> None:
    data = one_c(docs, codec=codec, version=version)
    first = parse_statement(data, today=TODAY)
    assert first.ok, [p.line() for p in first.problems]
    assert list(first.payments) == docs
    again = parse_statement(data, today=TODAY)
    assert [duplicate_key(p) for p in again.payments] == [duplicate_key(p) for p in first.payments]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_PAYMENTS, min_size=1, max_size=6),
    st.data(),
    st.sampled_from(["abc", "12,50", "1.505", "0", "-1.00", "", "1e3", "NaN"]),
)
def test_a_corrupted_amount_is_refused_with_its_document_number(
    docs: list[BankPayment], data: st.DataObject, bad: str
) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(docs) - 1))
    docs = [replace(d, number=str(i + 1)) for i, d in enumerate(docs)]
    text = (
        one_c(docs)
        .decode("cp1251")
        .replace(
            f"Номер={at + 1}\r\nДата={docs[at].date:%d.%m.%Y}\r\nСумма={docs[at].amount}",
            f"Номер={at + 1}\r\nДата={docs[at].date:%d.%m.%Y}\r\nСумма={bad}",
        )
    )
    result = parse_statement(text.encode("cp1251"), today=TODAY)
    assert not result.payments
    assert [(p.row, p.number) for p in result.problems] == [(at + 1, str(at + 1))]
    assert result.problems[0].line().startswith(f"document {at + 1} (№ {at + 1}): ")


def test_structure_faults_of_a_1c_file_are_named() -> None:
    good = one_c([payment()]).decode("cp1251")
    unclosed = good.replace("КонецРасчСчет\r\n", "")
    no_key = good.replace("Кодировка=Windows\r\n", "")
    garbage = good.replace("ВидОплаты=01", "ВидОплаты 01") + "\r\nлишнее"
    cases = [
        (unclosed, "КонецРасчСчет missing"),
        (no_key, "no Кодировка= line"),
        (garbage, "not key=value"),
        (garbage, "text after КонецФайла"),
    ]
    for text, words in cases:
        result = parse_1c(text.encode("cp1251"), today=TODAY)
        assert not result.payments
        assert any(words in p.line() for p in result.problems), [p.line() for p in result.problems]


def test_an_empty_statement_is_no_payment_and_no_problem() -> None:
    result = parse_1c(one_c([]), today=TODAY)
    assert result.ok and result.payments == ()


# --- review fixes -----------------------------------------------------------------------------


def test_one_reference_from_two_payers_is_two_payments() -> None:
    # a CSV whose "reference" is the payer's own order number: two payers may both send "15"
    ours = payment("", reference="15")
    theirs = payment("", "250.00", reference="15", payer_tax_id="5012345678")
    assert duplicate_key(ours) != duplicate_key(theirs)
    assert duplicate_key(ours) == "ref:15|7701234567"
    # the payer's tax id as compared: spaces, dashes and case do not make another payment
    spelled = replace(ours, payer_tax_id=" hu 1234-5678 ")
    assert duplicate_key(spelled) == duplicate_key(replace(ours, payer_tax_id="HU12345678"))
    # no reference and no number: equal payments of one payer on one day are one (the rule)
    plain = payment("", reference="")
    assert duplicate_key(plain) == duplicate_key(replace(plain, purpose="another text"))


def test_a_1c_payment_is_dated_the_day_the_money_was_credited() -> None:
    data = one_c(
        [payment("1", date=date(2026, 11, 20)), payment("2", date=date(2026, 11, 20))],
        fields=[{"ДатаПоступило": "23.11.2026"}, {"ДатаПоступило": ""}],
    )
    result = parse_statement(data, today=TODAY)
    assert result.ok, [p.line() for p in result.problems]
    assert [p.date for p in result.payments] == [date(2026, 11, 23), date(2026, 11, 20)]
    late = one_c([payment("1")], fields=[{"ДатаПоступило": "01.01.2027"}])
    assert "more than 7 days after today" in parse_statement(late, today=TODAY).problems[0].line()


def test_only_the_documents_paid_to_us_must_be_complete() -> None:
    data = one_c(
        [
            payment("1"),
            # outgoing: no Номер, no payer fields (another bank's way of writing them)
            payment("", "70.00", to=OTHER),
            payment("3", to=""),  # no ПолучательСчет at all
            payment("4", "5.00", payer_account=OURS),  # between our own accounts
        ],
        fields=[
            {},
            {"Номер": None, "ПлательщикИНН": None, "Плательщик1": None, "Сумма": "x"},
            {"ПолучательСчет": None, "Дата": "32.11.2026"},
        ],
    )
    whole = parse_statement(data, today=TODAY)
    assert not whole.ok  # every document checked when the accounts are not known
    assert {p.row for p in whole.problems} == {2, 3}
    ours = whole.paid_into([OURS[:5] + " " + OURS[5:]])
    assert ours.ok, [p.line() for p in ours.problems]
    assert [p.number for p in ours.payments] == ["1"] and ours.not_ours == 3
    # a document paid to us is still checked whole
    bad = one_c([payment("1"), payment("2")], fields=[{}, {"Номер": None}])
    refused = parse_statement(bad, today=TODAY).paid_into([OURS])
    assert not refused.payments
    assert [p.line() for p in refused.problems] == ["document 2 (№ ?): no Номер"]
    # what is wrong with the file itself stays
    cut = parse_statement(one_c([payment("1", to=OTHER)], end=False), today=TODAY)
    assert "no КонецФайла" in cut.paid_into([OURS]).problems[0].line()
