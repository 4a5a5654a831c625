"""Regenerate the upgrade fixtures: one small, populated database per earlier schema revision.

    .venv/bin/python -m tests.db.make_fixtures

For each revision before head, tests/db/fixtures/kamdesk-<revision>.sqlite is built by the real
migration scripts up to that revision (`kamdesk.db.run_upgrade(engine, revision)`) and then
filled by plain SQL with the rows a KAM had in a database of that release: clients, contacts,
products and prices, orders with their lines, an invoice and a payment, meetings, and, from the
revision that added them, dossier, pricing, returns and schedule rows. Plain SQL, never the ORM:
the models describe head, not the old schema. tests/db/test_upgrades.py opens copies with
`open_database`, which backs up and migrates them to head.

The files stand for databases users already have. When a migration is added, the revision that
was head needs a file too (test_upgrades.py fails until it has one): give the tables that
revision brought in their rows in `rows()` and rerun. Ids, timestamps and money are fixed, so the
older files come out with the same rows.
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.db import make_engine, run_upgrade
from kamdesk.domain.money import line_amounts_minor, percent_hundredths
from kamdesk.domain.natural_keys import (
    COMPANY_ID,
    LINK_KEYS,
    key_reason_id,
    payment_allocation_id,
    product_price_id,
    setting_id,
)
from kamdesk.migrations import HEAD, REVISIONS
from kamdesk.models.receivables import CACHE_TABLES

FIXTURES_DIR = Path(__file__).with_name("fixtures")
FIXTURES = tuple(r for r in REVISIONS if r != HEAD)

PAGE_SIZE = 512
Row = dict[str, Any]
_NS = uuid.UUID("7d2c5a4e-0b1f-4c59-9a39-6b1d3c1f0a11")


def fixture_path(revision: str) -> Path:
    return FIXTURES_DIR / f"kamdesk-{revision}.sqlite"


def uid(name: str) -> str:
    """A stable UUID per name, so reruns write the same keys."""
    return str(uuid.uuid5(_NS, name))


def stamp(day: str, time: str = "09:00:00") -> str:
    """UTC as the models store it (kamdesk.models.base.UTCDateTime)."""
    return f"{day}T{time}.000000Z"


def _since(revision: str, introduced: str) -> bool:
    return REVISIONS.index(revision) >= REVISIONS.index(introduced)


def _record(name: str, day: str, *, revision: int = 1) -> Row:
    return {
        "id": uid(name),
        "created_at": stamp(day),
        "updated_at": stamp(day, "17:30:00"),
        "revision": revision,
        "deleted_at": None,
    }


def _row(name: str, day: str, defaults: Row, values: Row) -> Row:
    """A row: the columns every table has, the table's usual values, then this row's own."""
    own = dict(values)
    return {**_record(name, day, revision=own.pop("revision", 1)), **defaults, **own}


# What a client, contact or activity of the old releases holds unless its row says otherwise.
_CLIENT: Row = {
    "legal_name": "",
    "tax_id": "",
    "country": "HU",
    "city": "Budapest",
    "postal_code": "",
    "address": "",
    "phone": "",
    "email": "",
    "website": "",
    "industry": "",
    "segment": "",
    "status": "active",
    "founded": None,
    "employees": None,
    "annual_revenue": None,
    "estimated_spend": None,
    "currency": "HUF",
    "price_column_id": None,
    "credit_limit": None,
    "payment_terms_days": 30,
    "max_discount_percent": "0",
    "document_language": "hu",
    "kam": "Kovács Anna",
    "parent_id": None,
    "needs": "",
    "development_plans": "",
    "problems": "",
    "notes": "",
}
_CONTACT: Row = {
    "position": "",
    "department": "",
    "phone": "",
    "email": "",
    "buying_role": "user",
    "attitude": "neutral",
    "influence": "medium",
    "is_vip": False,
    "birthday": None,
    "interests": "",
    "form_of_address": "",
    "language": "hu",
    "notes": "",
    "reports_to_id": None,
}
_ACTIVITY: Row = {
    "client_id": uid("client gyor"),
    "starts_at": None,
    "duration_min": 0,
    "location": "",
    "travel_min": 0,
    "agenda": "",
    "goals": "",
    "outcome": "",
    "status": "planned",
    "due_date": None,
}


def _line(
    order: str, no: int, product: str, qty_milli: int, price: int, disc: str, rate: str
) -> Row:
    d, r = percent_hundredths(Decimal(disc)), percent_hundredths(Decimal(rate))
    assert d is not None and r is not None
    net, vat, gross = line_amounts_minor(qty_milli, price, d, r)
    return {
        **_record(f"line {order} {no}", "2025-03-10"),
        "order_id": uid(f"order {order}"),
        "line_no": no,
        "product_id": uid(f"product {product}"),
        "quantity": qty_milli,
        "unit_price": price,
        "discount_percent": disc,
        "vat_rate": rate,
        "net": net,
        "vat": vat,
        "gross": gross,
    }


def _totals(lines: list[Row]) -> tuple[int, int, int]:
    net = sum(x["net"] for x in lines)
    vat = sum(x["vat"] for x in lines)
    return net, vat, net + vat


def rows(revision: str) -> dict[str, list[Row]]:
    """Every table's rows in a database at `revision`, parents before children."""
    r2, r3, r4, r5 = (_since(revision, x) for x in ("0002", "0003", "0004", "0005"))
    out: dict[str, list[Row]] = {}

    out["company"] = [
        {
            **_record("company", "2025-01-06"),
            "legal_name": "Dunamenti Papír Kft.",
            "short_name": "Dunamenti Papír",
            "tax_id": "12345676-2-41",
            "registration_no": "01-09-123456",
            "country": "HU",
            "city": "Budapest",
            "postal_code": "1138",
            "address": "Váci út 140.",
            "phone": "+36 1 555 0100",
            "email": "office@dunamenti.example",
            "website": "https://dunamenti.example",
            "bank_name": "OTP Bank",
            "bank_account": "HU42117730161111101800000000",
            "bank_code": "OTPVHUHB",
            "default_currency": "HUF",
            "vat_rate": "27",
            "logo": b"\x89PNG\r\n\x1a\n" + bytes(range(32)),
        }
    ]
    out["price_column"] = [
        {**_record("column retail", "2025-01-06"), "name": "Retail", "discount_percent": "0"}
        | {"sort_order": 1},
        {**_record("column wholesale", "2025-01-06"), "name": "Wholesale"}
        | {"discount_percent": "12.5", "sort_order": 2},
    ]
    out["product_category"] = [
        {**_record("category paper", "2025-01-06"), "name": "Paper", "parent_id": None},
        {**_record("category office", "2025-01-06"), "name": "Office paper"}
        | {"parent_id": uid("category paper")},
    ]
    products = [
        ("A4-80", "Copy paper A4 80 g/m², 500 sheets", "ream", 189000, "27", True),
        ("A3-80", "Copy paper A3 80 g/m², 500 sheets", "ream", 398000, "27", True),
        ("KRAFT-70", "Kraft paper roll 70 g/m²", "kg", 84550, "27", False),
    ]
    out["product"] = [
        {
            **_record(f"product {sku}", "2025-01-07"),
            "sku": sku,
            "name": name,
            "category_id": uid("category office"),
            "unit": unit,
            "vat_rate": rate,
            "base_price": price,
            "currency": "HUF",
            "active": active,
            "description": f"{name}. Delivered on pallets.",
        }
        for sku, name, unit, price, rate, active in products
    ]
    out["product_price"] = [
        {
            **_record(f"price {sku} wholesale", "2025-01-07"),
            "product_id": uid(f"product {sku}"),
            "price_column_id": uid("column wholesale"),
            "price": price,
        }
        for sku, price in (("A4-80", 165400), ("A3-80", 348250))
    ]

    def client(key: str, **values: Any) -> Row:
        row = _row(f"client {key}", "2025-01-08", {"code": key.upper(), **_CLIENT}, values)
        row["name_key"] = row["name"].lower()
        return row

    out["client"] = [
        client(
            "gyor",
            name="Győri Nyomda Zrt.",
            legal_name="Győri Nyomda Zártkörűen Működő Részvénytársaság",
            tax_id="10773381-2-08",
            city="Győr",
            postal_code="9027",
            address="Ipar utca 12.",
            phone="+36 96 555 010",
            email="beszerzes@gyorinyomda.example",
            website="gyorinyomda.example",
            industry="Printing",
            segment="Key account",
            founded="1992-05-04",
            employees=240,
            annual_revenue=1_250_000_000_00,
            estimated_spend=86_000_000_00,
            price_column_id=uid("column wholesale"),
            credit_limit=25_000_000_00,
            payment_terms_days=45,
            max_discount_percent="7.5",
            needs="Stable A4 supply for the school season; delivery before 7:00.",
            development_plans="New digital press line in 2026.",
            problems="Late deliveries last autumn.",
            notes="Prefers calls to e-mail.",
            revision=4,
            **(
                {
                    "delivery_address": "9027 Győr, Ipar utca 14. (ramp 3)",
                    "vision": "Supplier of record for all office paper by 2027.",
                    "swot_strengths": "Long relationship",
                    "swot_weaknesses": "Price sensitive",
                    "swot_opportunities": "Digital press line",
                    "swot_threats": "Importer offering 5 % less",
                    "budget": 90_000_000_00,
                }
                if r2
                else {}
            ),
        ),
        client(
            "gyor-s",
            name="Győri Nyomda Szeged",
            city="Szeged",
            parent_id=uid("client gyor"),
            status="prospect",
            document_language="en",
        ),
        client(
            "old",
            name="Régi Iroda Bt.",
            status="lost",
            notes="Closed in 2024.",
            revision=3,
            deleted_at=stamp("2025-02-01", "10:00:00"),
        ),
    ]
    if r2:
        out["client"][1]["archived_at"] = stamp("2025-03-20", "08:00:00")

    def contact(key: str, client_key: str, **values: Any) -> Row:
        owner = {"client_id": uid(f"client {client_key}")}
        return _row(f"contact {key}", "2025-01-09", owner | _CONTACT, values)

    out["contact"] = [
        contact(
            "szabo",
            "gyor",
            full_name="Szabó Péter",
            position="Managing director",
            phone="+36 96 555 011",
            email="szabo.peter@gyorinyomda.example",
            buying_role="decision maker",
            attitude="supporter",
            influence="high",
            is_vip=True,
            birthday="1971-08-19",
            interests="Sailing on Lake Balaton",
            form_of_address="Péter úr",
            **(
                {
                    "mobile": "+36 30 555 0142",
                    "email_alt": "peter.szabo@example.hu",
                    "familiarity": "regular",
                    "is_opinion_leader": True,
                    "etiquette": "Coffee first, business after.",
                }
                if r2
                else {}
            ),
        ),
        contact(
            "nagy",
            "gyor",
            full_name="Nagy Éva",
            position="Purchasing",
            department="Procurement",
            phone="+36 96 555 012",
            email="nagy.eva@gyorinyomda.example",
            buying_role="evaluator",
            attitude="sceptic",
            reports_to_id=uid("contact szabo"),
        ),
        contact("kiss", "old", full_name="Kiss Gábor", deleted_at=stamp("2025-02-01")),
    ]
    out["competitor"] = [
        {
            **_record("competitor", "2025-01-10"),
            "name": "PaperImport Kft.",
            "website": "paperimport.example",
            "strengths": "Low prices",
            "weaknesses": "Slow delivery",
            "notes": "",
        }
    ]
    out["client_competitor"] = [
        {
            **_record("client competitor", "2025-01-10"),
            "client_id": uid("client gyor"),
            "competitor_id": uid("competitor"),
            "supplies": "A3 paper",
            "terms": "60 days",
            "share_percent": "25",
        }
    ]

    # Orders: a draft, a confirmed one, and an invoiced one with its invoice and a payment.
    lines = {
        "0001": [_line("0001", 1, "A4-80", 120_000, 165400, "5", "27")],
        "0002": [
            _line("0002", 1, "A4-80", 40_000, 165400, "0", "27"),
            _line("0002", 2, "KRAFT-70", 12_500, 84550, "2.5", "27"),
        ],
        "0003": [
            _line("0003", 1, "A3-80", 10_000, 348250, "7.5", "27"),
            _line("0003", 2, "A4-80", 200_000, 165400, "7.5", "27"),
        ],
    }
    statuses = {"0001": "invoiced", "0002": "confirmed", "0003": "draft"}
    out["sales_order"] = []
    for number, status in statuses.items():
        net, vat, gross = _totals(lines[number])
        order: Row = {
            **_record(f"order {number}", "2025-03-10"),
            "number": f"SO-2025-{number}",
            "client_id": uid("client gyor"),
            "contact_id": uid("contact nagy"),
            "order_date": "2025-03-10",
            "status": status,
            "currency": "HUF",
            "total_net": net,
            "total_vat": vat,
            "total_gross": gross,
            "notes": "Deliver to ramp 3." if number == "0001" else "",
        }
        if r3 and status != "draft":
            order["confirmed_at"] = stamp("2025-03-11", "08:15:00")
            order["delivery_date"] = "2025-03-14"
        out["sales_order"].append(order)
    out["order_line"] = [line for number in statuses for line in lines[number]]
    if r3:
        for line in out["order_line"]:
            invoiced = line["order_id"] == uid("order 0001")
            line["shipped_qty"] = line["quantity"] if invoiced else 0
            line["price_rule"] = "column_price"
            line["list_price"] = 189000
        out["order_line"][0]["approved_by"] = "Kovács Anna"
        out["order_line"][0]["approval_note"] = "Season volume"
    inv_net, inv_vat, inv_gross = _totals(lines["0001"])
    out["invoice"] = [
        {
            **_record("invoice 0001", "2025-03-20"),
            "number": "INV-2025-0001",
            "client_id": uid("client gyor"),
            "order_id": uid("order 0001"),
            "issue_date": "2025-03-20",
            "due_date": "2025-05-04",
            "currency": "HUF",
            "total_net": inv_net,
            "total_vat": inv_vat,
            "total_gross": inv_gross,
        }
    ]
    out["payment"] = [
        {
            **_record("payment 1", "2025-04-15"),
            "client_id": uid("client gyor"),
            "invoice_id": uid("invoice 0001"),
            "payment_date": "2025-04-15",
            "amount": inv_gross // 2,
            "currency": "HUF",
            "method": "transfer",
            "reference": "OTP 2025/04/15-0012",
        }
    ]
    out["sales_plan"] = [
        {
            **_record(f"plan {month}", "2025-01-06"),
            "client_id": uid("client gyor"),
            "period_start": f"2025-{month:02d}-01",
            "amount": 8_000_000_00 + month * 250_000_00,
            "currency": "HUF",
            "margin_percent": "18.5" if month % 2 else None,
        }
        for month in range(1, 7)
    ]

    def activity(key: str, **values: Any) -> Row:
        return _row(f"activity {key}", "2025-03-01", _ACTIVITY, values)

    out["activity"] = [
        activity(
            "visit",
            kind="meeting",
            subject="Season volumes",
            starts_at=stamp("2025-03-24", "08:30:00"),
            duration_min=90,
            location="Győr, Ipar utca 12.",
            travel_min=75,
            agenda="Volumes; delivery window",
            goals="Annual agreement",
            **({"needs_asked": "What changes with the new press?"} if r4 else {}),
        ),
        activity(
            "call",
            kind="call",
            subject="Invoice follow-up",
            starts_at=stamp("2025-04-10", "13:00:00"),
            duration_min=15,
            location="Győr office",  # calls were saved with a place before 0004
            status="done",
            outcome="Pays half now, half in May.",
        ),
        activity("task", kind="task", subject="Send A3 samples", due_date="2025-03-28"),
    ]
    if r4:
        out["activity"][0] |= {"recurrence": "monthly", "checked": "agenda,attendees"}
        out["activity"][0]["offer_order_id"] = uid("order 0003")
        out["activity"][1] |= {"place_kind": "phone", "follow_up_of_id": uid("activity visit")}
    out["activity_contact"] = [
        {
            **_record(f"attendee {who}", "2025-03-01"),
            "activity_id": uid("activity visit"),
            "contact_id": uid(f"contact {who}"),
        }
        for who in ("szabo", "nagy")
    ]

    if r2:
        out["client_key_reason"] = [
            {
                **_record(f"reason {reason}", "2025-02-03"),
                "client_id": uid("client gyor"),
                "reason": reason,
                "justification": text,
            }
            for reason, text in (("revenue", "Top 3 by revenue"), ("reference", "Known brand"))
        ]
        out["complaint"] = [
            {
                **_record("complaint", "2025-02-10"),
                "client_id": uid("client gyor"),
                "contact_id": uid("contact nagy"),
                "opened_on": "2025-02-10",
                "subject": "Wet pallet",
                "description": "One pallet of A4 arrived wet.",
                "status": "resolved",
                "resolved_on": "2025-02-14",
                "resolution": "Replaced free of charge.",
                **({"prepared_response": "Show the new wrapping."} if r4 else {}),
            }
        ]
        out["contact_relation"] = [
            {
                **_record("relation", "2025-02-03"),
                "from_contact_id": uid("contact szabo"),
                "to_contact_id": uid("contact nagy"),
                "kind": "influences",
                "note": "Signs what she recommends.",
            }
        ]
        out["setting"] = [
            {**_record("setting stale", "2025-02-03"), "key": "dossier.stale_days"}
            | {"value": "120"},
            {**_record("setting overdue", "2025-02-03"), "key": "credit.overdue_days"}
            | {"value": "15"},
        ]
    if r3:
        out["client_price"] = [
            {
                **_record("special A4", "2025-03-01"),
                "client_id": uid("client gyor"),
                "product_id": uid("product A4-80"),
                "price": 159900,
                "valid_from": "2025-03-01",
                "valid_to": "2025-08-31",
                "note": "School season",
            }
        ]
        out["order_event"] = [
            {
                **_record(f"event {kind}", "2025-03-10"),
                "order_id": uid("order 0001"),
                "client_id": uid("client gyor"),
                "happened_at": stamp(day, "10:00:00"),
                "kind": kind,
                "note": "",
                "amount": gross if kind != "created" else None,
            }
            for kind, day, gross in (
                ("created", "2025-03-10", 0),
                ("confirmed", "2025-03-11", inv_gross),
                ("shipped", "2025-03-14", inv_gross),
            )
        ]
        out["promotion"] = [
            {
                **_record("promotion", "2025-03-01"),
                "name": "Spring A3",
                "category_id": uid("category office"),
                "discount_percent": "10",
                "fixed_price": None,
                "starts_on": "2025-03-01",
                "ends_on": "2025-04-30",
                "notes": "",
            }
        ]
        out["promotion_product"] = [
            {
                **_record("promotion product", "2025-03-01"),
                "promotion_id": uid("promotion"),
                "product_id": uid("product A3-80"),
            }
        ]
        out["promotion_client"] = [
            {
                **_record("promotion client", "2025-03-01"),
                "promotion_id": uid("promotion"),
                "client_id": uid("client gyor"),
            }
        ]
        out["quantity_break"] = [
            {
                **_record("break", "2025-03-01"),
                "product_id": uid("product A4-80"),
                "price_column_id": uid("column wholesale"),
                "min_quantity": 100_000,
                "discount_percent": "3",
                "price": None,
            }
        ]
        returned = dict(out["order_line"][0])
        qty = 2_000
        d, rate = percent_hundredths(Decimal("5")), percent_hundredths(Decimal("27"))
        assert d is not None and rate is not None
        net, vat, gross = line_amounts_minor(qty, returned["unit_price"], d, rate)
        out["sales_return"] = [
            {
                **_record("return", "2025-03-25"),
                "number": "RET-2025-0001",
                "client_id": uid("client gyor"),
                "order_id": uid("order 0001"),
                "invoice_id": uid("invoice 0001"),
                "return_date": "2025-03-25",
                "currency": "HUF",
                "total_net": net,
                "total_vat": vat,
                "total_gross": gross,
                "note": "Two reams damaged in transit.",
            }
        ]
        out["return_line"] = [
            {
                **_record("return line", "2025-03-25"),
                "return_id": uid("return"),
                "order_line_id": returned["id"],
                "product_id": returned["product_id"],
                "quantity": qty,
                "unit_price": returned["unit_price"],
                "discount_percent": "5",
                "vat_rate": "27",
                "net": net,
                "vat": vat,
                "gross": gross,
                "reason": "damaged",
                "note": "",
            }
        ]
    if r4:
        out["activity_product"] = [
            {
                **_record("agenda product", "2025-03-01"),
                "activity_id": uid("activity visit"),
                "product_id": uid("product A3-80"),
            }
        ]
        out["meeting_question"] = [
            {
                **_record(f"question {i}", "2025-03-01"),
                "activity_id": uid("activity visit"),
                "position": i,
                "question": question,
                "answer": "",
            }
            for i, question in enumerate(("When does the new press start?", "Who signs?"))
        ]
        out["objection"] = [
            {
                **_record("objection", "2025-03-01"),
                "client_id": uid("client gyor"),
                "raised_on": "2025-02-10",
                "objection": "The importer is 5 % cheaper.",
                "response": "Delivery before 7:00 and no wet pallets.",
                "status": "open",
            }
        ]
    if r5:
        out["issued_document"] = [
            {
                **_record(f"proposal {version}", "2025-03-0" + str(version + 1)),
                "kind": "proposal",
                "number": "KP-2025-0001",
                "version": version,
                "client_id": uid("client gyor"),
                "order_id": uid("order 0003"),
                "issued_on": f"2025-03-0{version + 1}",
                "valid_until": "2025-04-30",
                "language": "en",
                "title": "Commercial proposal SO-2025-0003",
                "total_gross": 0,
                "currency": "HUF",
                "pdf": b"%PDF-1.4\n%fixture " + bytes([version]),
                "supersedes_id": uid("proposal 1") if version == 2 else None,
            }
            for version in (1, 2)
        ]
        if _since(revision, "0006"):
            _settled_twins(out)
        else:
            _twins(out)
    if _since(revision, "0009"):
        _rows_of_0009(out)
    if _since(revision, "0010"):
        _rows_of_0010(out)
    if _since(revision, "0014"):
        _rows_of_0014(out)
    if _since(revision, "0007"):
        _ids_of_0007(out)
    if _since(revision, "0006"):
        _ids_of_0006(out)
        out["replica"] = [
            {
                "id": uid("replica"),
                "name": "Anna's laptop",
                "series_code": "AN",
                "created_at": stamp("2025-05-01"),
                "forked_from": None,
                "retired_at": None,
                "open_token": uid("replica open"),
            }
        ]
    return out


# What a database of 0005 could hold that 0006 settles: twins of rows unique in practice (two
# laptops, or a double click, made the same), by table: (the row twinned, the twin's name, its
# day). The twin written earlier than its row becomes the tombstone; one written later wins.
# A competitor listed twice at a client is no twin (two lines it supplies): both stay.
TWINS: dict[str, list[tuple[str, str, str]]] = {
    "company": [("company", "company again", "2025-01-02")],
    "client_price": [("special A4", "special A4 again", "2025-02-01")],
    "activity_contact": [("attendee szabo", "attendee szabo again", "2025-02-01")],
    "activity_product": [("agenda product", "agenda product again", "2025-02-01")],
    "promotion_product": [("promotion product", "promotion product again", "2025-02-01")],
    "promotion_client": [("promotion client", "promotion client again", "2025-02-01")],
    "client_competitor": [("client competitor", "client competitor again", "2025-04-01")],
    "sales_plan": [("plan 1", "plan 1 again", "2025-01-02")],
    "quantity_break": [("break", "break again", "2025-02-01")],
}
# Tombstoned at 0006: the older of each pair (the later conflict drawn the other way wins).
SETTLED_IN_0006 = {
    "company": ["company again"],
    "client_price": ["special A4 again"],
    "activity_contact": ["attendee szabo again"],
    "activity_product": ["agenda product again"],
    "promotion_product": ["promotion product again"],
    "promotion_client": ["promotion client again"],
    "sales_plan": ["plan 1 again"],
    "quantity_break": ["break again"],
    "contact_relation": ["conflict"],
}
# A product entered twice with one SKU: the second keeps its orders and gets another SKU.
RENAMED_IN_0006 = {"product A4-80 again": "A4-80~2"}


def _twins(out: dict[str, list[Row]]) -> None:
    for table, twins in TWINS.items():
        for original, name, day in twins:
            (row,) = [r for r in out[table] if r["id"] == uid(original)]
            out[table].append({**row, **_record(name, day)})
    (a4,) = [r for r in out["product"] if r["sku"] == "A4-80"]
    out["product"].append({**a4, **_record("product A4-80 again", "2025-04-01")})
    # one untouched twin: a link removed long ago and made again is no duplicate
    (nagy,) = [r for r in out["activity_contact"] if r["id"] == uid("attendee nagy")]
    gone = _record("attendee nagy before", "2025-01-20")
    out["activity_contact"].append({**nagy, **gone, "deleted_at": stamp("2025-01-21")})
    # a conflict has no direction: drawn both ways it is one
    out["contact_relation"] += [
        {
            **_record(name, day),
            "from_contact_id": uid(f"contact {a}"),
            "to_contact_id": uid(f"contact {b}"),
            "kind": "conflicts",
            "note": "",
        }
        for name, day, a, b in (
            ("conflict", "2025-02-03", "szabo", "nagy"),
            ("conflict again", "2025-04-01", "nagy", "szabo"),
        )
    ]


# What a database of 0006 holds that 0007 gives derived ids: one live row per key, some with
# tombstoned twins (removed and made again: a new row, before 0007), keys with only tombstones,
# and a special price open at one end made twice (0006's indexes could not see it). The row of a
# key that takes its derived id is the live one, else the latest edited tombstone; the names
# below keep the ids they had: tombstones beside the row of their key.
KEPT_IN_0007 = {
    "attendee nagy before",
    "special A4 before",
    "promotion client before",
    "break before",
    "plan 8 dropped",
    "special A4 open",
    # 0005: what 0006 turned into tombstones beside a live twin
    "special A4 again",
    "attendee szabo again",
    "agenda product again",
    "promotion product again",
    "promotion client again",
    "plan 1 again",
    "break again",
    "conflict",
}
# Tombstoned at 0007: the older of two live special prices open at one end.
SETTLED_IN_0007 = {"client_price": ["special A4 open"]}


def _gone(out: dict[str, list[Row]], table: str, original: str, name: str, day: str) -> Row:
    (row,) = [r for r in out[table] if r["id"] == uid(original)]
    gone = {**row, **_record(name, day), "deleted_at": stamp(day, "18:00:00")}
    out[table].append(gone)
    return gone


def _ids_of_0006(out: dict[str, list[Row]]) -> None:
    """From 0006 on, the app writes settings, key reasons, column prices and the company
    profile under the ids derived from their keys."""
    for row in out["setting"]:
        row["id"] = setting_id(row["key"])
    for row in out["client_key_reason"]:
        row["id"] = key_reason_id(row["client_id"], row["reason"])
    for row in out["product_price"]:
        row["id"] = product_price_id(row["product_id"], row["price_column_id"])
    (company,) = out["company"]
    company["id"] = COMPANY_ID


def _rows_of_0009(out: dict[str, list[Row]]) -> None:
    """Taxes abroad, product texts, an exchange rate and the contract with Győr."""
    out["vat_registration"] = [
        {**_record("vat AT", "2025-02-01"), "country": "AT", "vat_number": "ATU12345678"}
    ]
    out["product_translation"] = [
        {**_record("translation A4 ru", "2025-02-01"), "product_id": uid("product A4-80")}
        | {"language": "ru", "name": "Бумага A4 80 г/м², 500 листов", "unit": "пачка"}
    ]
    out["product_tax_rate"] = [
        {**_record("tax A4 AT", "2025-02-01"), "product_id": uid("product A4-80")}
        | {"country": "AT", "rate": "20"}
    ]
    out["exchange_rate"] = [
        {**_record("rate EUR", "2025-03-20"), "currency": "EUR", "rate_date": "2025-03-20"}
        | {"rate": "395.12", "source": "MNB"}
    ]
    out["contract"] = [
        {
            **_record("contract gyor", "2025-01-10"),
            "number": "SZ-2025-0001",
            "client_id": uid("client gyor"),
            "signed_on": "2025-01-10",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "currency": "HUF",
            "notes": "",
        }
    ]


def _rows_of_0014(out: dict[str, list[Row]]) -> None:
    """The people: each client's KAM as a record and an assignment (as migration 0014 makes
    them of the typed names), in a team the first KAM manages; a KAM record no client has yet."""
    from kamdesk.domain.client import kam_name_key
    from kamdesk.domain.natural_keys import client_kam_id, kam_id

    names = [*sorted({str(c["kam"]) for c in out["client"] if c.get("kam")}), "Nagy Péter"]
    east = {**_record("team east", "2025-01-02"), "name": "East", "manager_id": None}
    kams = [
        {**_record(f"kam {name}", "2025-01-02"), "id": kam_id(kam_name_key(name)), "name": name}
        | {"name_key": kam_name_key(name), "email": "", "role_name": None,
           "team_id": east["id"], "is_manager": False}
        for name in names
    ]  # fmt: skip
    east["manager_id"] = kams[0]["id"]
    kams[0]["is_manager"] = True
    by_name = {k["name"]: k["id"] for k in kams}
    out["team"] = [east]
    out["kam"] = kams
    out["client_kam"] = [
        {**_record(f"assignment {c['id']}", "2025-01-02"), "client_id": c["id"]}
        | {"id": client_kam_id(c["id"], by_name[str(c["kam"])]), "kam_id": by_name[str(c["kam"])],
           "position": 1, "leaving_since": None, "deleted_at": c.get("deleted_at")}
        for c in out["client"]
        if c.get("kam")
    ]  # fmt: skip


def _rows_of_0010(out: dict[str, list[Row]]) -> None:
    """The receivables ledger: the payment that named its invoice settles it through an
    allocation (as 0010 made it), a second payment put on the invoice by mistake and taken
    back, and a reminder sent."""
    (named,) = out["payment"]
    gyor, invoice = uid("client gyor"), named["invoice_id"]
    second = {**named, **_record("payment 2", "2025-04-20"), "invoice_id": None}
    second |= {"payment_date": "2025-04-20", "amount": 10_000_00, "reference": "OTP 0031"}
    out["payment"].append(second)
    wrong = payment_allocation_id(second["id"], invoice, 0, second["amount"])
    out["payment_allocation"] = [
        {**_record(name, day), "id": allocation, "client_id": gyor, "payment_id": paid["id"]}
        | {"invoice_id": invoice, "amount": paid["amount"], "allocated_on": day}
        for name, day, allocation, paid in (
            ("allocation 1", "2025-04-15", payment_allocation_id(named["id"], invoice, 0), named),
            ("allocation 2", "2025-04-20", wrong, second),
        )
    ]
    out["allocation_reversal"] = [
        {**_record("reversal", "2025-04-21"), "client_id": gyor, "allocation_id": wrong}
        | {"reversed_on": "2025-04-21", "reason": "Put on the wrong invoice."}
    ]
    out["dunning_step"] = [
        {**_record("reminder", "2025-05-10"), "client_id": gyor, "step": "reminder"}
        | {"step_date": "2025-05-10", "done_by": "Kovács Anna", "note": ""}
    ]


def _cache_ledger(path: Path) -> None:
    """From 0010 on, the file keeps its receivables caches made from its ledger, as the
    release that wrote it did after every write."""
    from kamdesk.services.receivables.cache import rebuild

    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            rebuild(conn)
    finally:
        engine.dispose()


def _ids_of_0007(out: dict[str, list[Row]]) -> None:
    """From 0007 on, the link tables' live rows carry the ids derived from their keys; the
    twins 0007 settled are tombstones."""
    kept = {uid(name) for name in KEPT_IN_0007}
    for table, (columns, derive) in LINK_KEYS.items():
        for row in out.get(table, []):
            if row["id"] not in kept:
                row["id"] = derive(*(row[column] for column in columns))
    for table, names in SETTLED_IN_0007.items():
        gone = {uid(name) for name in names}
        for row in out[table]:
            if row["id"] in gone:
                row["deleted_at"] = row["updated_at"]


def _settled_twins(out: dict[str, list[Row]]) -> None:
    _gone(out, "activity_contact", "attendee nagy", "attendee nagy before", "2025-01-20")
    _gone(out, "client_price", "special A4", "special A4 before", "2025-02-20")
    _gone(out, "promotion_client", "promotion client", "promotion client before", "2025-01-20")
    _gone(out, "quantity_break", "break", "break before", "2025-01-20")
    for name, month, day in (
        ("plan 7 dropped", 7, "2025-01-10"),
        ("plan 8 dropped", 8, "2025-01-10"),
        ("plan 8 dropped again", 8, "2025-01-12"),
    ):
        _gone(out, "sales_plan", "plan 1", name, day)["period_start"] = f"2025-{month:02d}-01"
    (special,) = [r for r in out["client_price"] if r["id"] == uid("special A4")]
    out["client_price"] += [
        {**special, **_record(name, day), "valid_from": None, "valid_to": "2025-12-31"}
        for name, day in (
            ("special A4 open", "2025-03-02"),
            ("special A4 open again", "2025-03-04"),
        )
    ]
    out["contact_relation"].append(
        {
            **_record("conflict drawn back", "2025-04-01"),
            "from_contact_id": uid("contact nagy"),
            "to_contact_id": uid("contact szabo"),
            "kind": "conflicts",
            "note": "",
        }
    )


def _insert(conn: sqlite3.Connection, table: str, records: list[Row]) -> None:
    known = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    for record in records:
        unknown = set(record) - known
        if unknown:
            raise ValueError(f"{table} has no column {sorted(unknown)} at this revision")
        names = ", ".join(f'"{name}"' for name in record)
        marks = ", ".join("?" for _ in record)
        conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(record.values()))


def tables_of(conn: sqlite3.Connection) -> Iterator[str]:
    """The kamdesk tables (no Alembic bookkeeping, no search index)."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        if name not in {"alembic_version", *CACHE_TABLES} and not name.startswith(
            ("client_fts", "contact_fts", "sync_", "digest_")
        ):
            yield name


def build(revision: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = make_engine(path)
    try:
        run_upgrade(engine, revision)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys=ON")  # a team and its manager name each other
        data = rows(revision)
        missing = set(tables_of(conn)) - set(data)
        if missing:
            raise ValueError(f"no rows for {sorted(missing)} at {revision}")
        for table, records in data.items():
            _insert(conn, table, records)
        conn.execute("COMMIT")
        if _since(revision, "0010"):
            _cache_ledger(path)
        # One self-contained file (open_database turns WAL back on), small enough to commit:
        # some 30 tables and their indexes take a page each, so SQLite's smallest pages.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    """Build every fixture, or only the revisions named (python -m tests.db.make_fixtures 0005)."""
    FIXTURES_DIR.mkdir(exist_ok=True)
    wanted = (argv if argv is not None else sys.argv[1:]) or list(FIXTURES)
    for revision in wanted:
        path = fixture_path(revision)
        build(revision, path)
        print(f"{path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
