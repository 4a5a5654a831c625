"""A small portfolio billed in EUR, HUF and RUB for a company reporting in HUF (issue 13), and
an independent calculation of its revenue in HUF, written from the rule, not from the code."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.company import CompanyProfile
from kamdesk.models import Client, Invoice, SalesReturn
from kamdesk.services.company import save_company
from tests.factories import add_client, add_order

COMPANY = CompanyProfile(
    legal_name="Minta Kft.",
    tax_id="12345676",
    country="HU",
    default_currency="EUR",
    reporting_currency="HUF",
)
START, END = date(2026, 1, 1), date(2026, 6, 30)

RATES: dict[str, list[tuple[date, Decimal]]] = {  # HUF per one unit, from that day on
    "EUR": [(date(2025, 12, 31), Decimal("400.25")), (date(2026, 3, 2), Decimal("395.1234"))],
    "RUB": [(date(2026, 1, 1), Decimal("4.0567")), (date(2026, 4, 1), Decimal("3.91234567"))],
}

# client name, client currency, [(invoice currency, day, net)]
INVOICES: list[tuple[str, str, list[tuple[str, date, str]]]] = [
    (
        "Euro Kft.",
        "EUR",
        [
            ("EUR", date(2026, 2, 10), "10000.00"),
            ("EUR", date(2026, 3, 5), "2500.55"),
            ("EUR", date(2026, 3, 5), "100.01"),  # the same day: one rate for both
        ],
    ),
    (
        "Hazai Bt.",
        "HUF",
        [("HUF", date(2026, 1, 15), "1500000.00"), ("HUF", date(2026, 5, 1), "250000.50")],
    ),
    (
        "Волга ООО",
        "RUB",
        [("RUB", date(2026, 1, 20), "10000.00"), ("RUB", date(2026, 4, 10), "333333.33")],
    ),
    (
        "Mixed S.r.l.",
        "EUR",
        [("EUR", date(2026, 2, 1), "1234.56"), ("HUF", date(2026, 2, 2), "99999.99")],
    ),
]
CREDIT_NOTE = ("Euro Kft.", "EUR", date(2026, 3, 20), "300.00")


def add_currency_portfolio(session: Session) -> dict[str, str]:
    """The company (bills in EUR, reports in HUF), its rates, clients and invoices; name -> id."""
    from kamdesk.services.prices.rates import set_rate

    save_company(session, COMPANY)
    for currency, quotes in RATES.items():
        for day, rate in quotes:
            set_rate(session, currency, day, rate, "MNB")
    ids: dict[str, str] = {}
    for n, (name, own, invoices) in enumerate(INVOICES):
        client = add_client(session, name, currency=own)
        ids[name] = client.id
        for i, (currency, day, net) in enumerate(invoices):
            add_net_invoice(session, client, f"INV-{n}-{i}", currency, day, Decimal(net))
    name, currency, day, net = CREDIT_NOTE
    client = session.get(Client, ids[name])
    assert client is not None
    order = add_order(session, client, [("1", "300.00", "0")], number="SO-CN", day=day)
    invoice = session.query(Invoice).filter_by(number="INV-0-0").one()  # the credited invoice
    session.add(
        SalesReturn(
            number="CN-1",
            client_id=client.id,
            order_id=order.id,
            invoice_id=invoice.id,
            return_date=day,
            currency=currency,
            total_net=Decimal(net),
            total_vat=Decimal(0),
            total_gross=Decimal(net),
        )
    )
    session.flush()
    return ids


def add_net_invoice(
    session: Session, client: Client, number: str, currency: str, day: date, net: Decimal
) -> Invoice:
    invoice = Invoice(
        number=number,
        client_id=client.id,
        issue_date=day,
        due_date=day,
        currency=currency,
        total_net=net,
        total_vat=Decimal(0),
        total_gross=net,
    )
    session.add(invoice)
    session.flush()
    return invoice


def rate_on(currency: str, day: date) -> Decimal:
    if currency == "HUF":
        return Decimal(1)
    return [rate for since, rate in RATES[currency] if since <= day][-1]


def expected_huf() -> dict[str, Decimal]:
    """Revenue per client name in HUF: documents of one client, currency and day summed, times
    that day's rate, rounded half-up to the fillér once; credit notes deducted the same way."""
    groups: dict[tuple[str, str, date], Decimal] = defaultdict(Decimal)
    for name, _own, invoices in INVOICES:
        for currency, day, net in invoices:
            if START <= day <= END:
                groups[(name, currency, day)] += Decimal(net)
    name, currency, day, net = CREDIT_NOTE
    groups[(name, currency, day)] -= Decimal(net)
    out: dict[str, Decimal] = defaultdict(Decimal)
    for (name, currency, day), amount in groups.items():
        huf = (amount * rate_on(currency, day)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        out[name] += huf
    return dict(out)
