"""Bank statements as banks write them, for the tests of the parser and the import."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.bank_statement import CSV_HEADERS, BankPayment
from kamdesk.models import Company
from tests.factories import add_client, add_invoice

OURS = "40702810900000000517"
ENCODING_NAME = {"cp1251": "Windows", "cp866": "DOS"}


def one_c(
    payments: Sequence[BankPayment],
    *,
    codec: str = "cp1251",
    version: str = "1.03",
    end: bool = True,
    fields: Sequence[Mapping[str, str | None]] = (),
) -> bytes:
    """A statement as a bank writes it, in the given encoding. fields: per document, keys to
    add or change (None leaves the key out), as documents of other banks or payers differ."""
    lines = [
        "1CClientBankExchange",
        f"ВерсияФормата={version}",
        f"Кодировка={ENCODING_NAME[codec]}",
        "Отправитель=Бухгалтерия предприятия",
        "Получатель=",
        "ДатаНачала=01.11.2026",
        "ДатаКонца=30.11.2026",
        f"РасчСчет={OURS}",
        "Документ=Платежное поручение",
        "СекцияРасчСчет",
        "ДатаНачала=01.11.2026",
        f"РасчСчет={OURS}",
        "НачальныйОстаток=0.00",
        "КонецРасчСчет",
    ]
    for at, p in enumerate(payments):
        document = [
            f"Номер={p.number}",
            f"Дата={p.date:%d.%m.%Y}",
            f"Сумма={p.amount}",
            f"ПлательщикСчет={p.payer_account}",
            f"Плательщик=ИНН {p.payer_tax_id} {p.payer_name}",
            f"ПлательщикИНН={p.payer_tax_id}",
            f"Плательщик1={p.payer_name}",
            f"ПлательщикКПП={p.payer_kpp}",
            f"ПолучательСчет={p.recipient_account}",
            "Получатель1=ООО Камдеск",
            "ВидОплаты=01",
            f"НазначениеПлатежа={p.purpose}",
        ]
        pairs = dict(line.split("=", 1) for line in document)
        pairs.update(fields[at] if at < len(fields) else {})
        lines.append("СекцияДокумент=Платежное поручение")
        lines += [f"{key}={value}" for key, value in pairs.items() if value is not None]
        lines.append("КонецДокумента")
    if end:
        lines.append("КонецФайла")
    return "\r\n".join(lines).encode(codec)


# --- a company with clients and invoices to pay -----------------------------------------------

RU_TAX_ID, RU_KPP = "7701234567", "770101001"
HU_VAT = "HU12345678"


def seed(session: Session, today: date) -> dict[str, str]:
    """Our company (its account OURS), a Russian client billed in RUB with three invoices, a
    Hungarian one billed in EUR with two, and a client whose invoice nobody else may pay.
    Returns the ids by name: ru, hu, other and each invoice number."""
    session.add(
        Company(legal_name="ООО «Камдеск»", country="RU", default_currency="RUB", bank_account=OURS)
    )
    ru = add_client(session, "ООО «Ромашка»", currency="RUB", tax_id=RU_TAX_ID, kpp=RU_KPP)
    hu = add_client(
        session, "Győr Print Kft.", currency="EUR", tax_id="12345678-2-08", vat_number=HU_VAT
    )
    other = add_client(session, "АО «Волга»", currency="RUB", tax_id="7709999999")
    ids = {"ru": ru.id, "hu": hu.id, "other": other.id}
    for client, number, gross, age in (
        (ru, "INV-2026-000101", "1000.00", 90),
        (ru, "INV-2026-000102", "2500.00", 60),
        (ru, "INV-2026-000103", "400.00", 30),
        (hu, "INV-2026-000201", "300.00", 50),
        (hu, "INV-2026-000202", "120.50", 20),
        (other, "INV-2026-000301", "700.00", 40),
    ):
        issued = today - timedelta(days=age)
        invoice = add_invoice(
            session, client, number, gross, issued=issued, due=issued + timedelta(days=14)
        )
        ids[number] = invoice.id
    session.flush()
    return ids


def ru_payment(number: str, amount: str, when: date, purpose: str, **kw: Any) -> BankPayment:
    """A payment of the Russian client into our account."""
    values: dict[str, Any] = {
        "date": when,
        "number": number,
        "amount": Decimal(amount),
        "currency": "RUB",
        "payer_account": "40702810500000000001",
        "payer_tax_id": RU_TAX_ID,
        "payer_kpp": RU_KPP,
        "payer_name": 'ООО "Ромашка"',
        "recipient_account": OURS,
        "purpose": purpose,
    }
    values.update(kw)
    return BankPayment(**values)


def csv_text(
    rows: Sequence[Sequence[str]],
    headers: Sequence[str] = CSV_HEADERS,
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)
