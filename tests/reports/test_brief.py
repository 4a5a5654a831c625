"""The meeting brief: what a KAM carries to the client must be on the paper, in one or two pages."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kamdesk.reports.brief import (
    Brief,
    BriefArgument,
    BriefCheck,
    BriefFigures,
    BriefPerson,
    BriefProduct,
    BriefQuestion,
    render_brief,
)

MSK = timezone(timedelta(hours=3))
START = datetime(2026, 11, 24, 9, 30, tzinfo=MSK)

PEOPLE = (
    BriefPerson(
        name="Иванов Пётр Сергеевич",
        position="Procurement director",
        buying_role="Decision maker",
        attitude="Supporter",
        form_of_address="Пётр Сергеевич",
        language="Russian",
        etiquette="Punctual; dislikes small talk",
        interests="Ice hockey, fishing",
        birthday=date(1975, 11, 28),
        phone="+7 495 123-45-67",
        notes="Prefers figures on paper <two copies> & a short summary.",
        last_contact=date(2026, 10, 30),
    ),
    BriefPerson(
        name="Kovács Ödön Győző",
        position="Chief engineer",
        buying_role="Technical buyer",
        attitude="Neutral",
        form_of_address="Mr Kovács",
        language="Hungarian, English",
        interests="Sailing on Balaton",
        birthday=date(1981, 3, 14),
        last_contact=date(2026, 9, 12),
    ),
    BriefPerson(
        name="Əliyev Şəhriyar",
        position="Logistics manager",
        buying_role="User",
        attitude="Sceptic",
        form_of_address="Şəhriyar bəy",
        language="Azerbaijani",
        etiquette="Tea is offered: accept it",
    ),
)
QUESTIONS = (
    BriefQuestion("Which volumes do you plan for 2027, by quarter?"),
    BriefQuestion("Who else decides on the supplier this year?"),
    BriefQuestion("What would move the whole volume to us?", "Price stability and a stock."),
    BriefQuestion("How did the Q3 delays affect your production?"),
    BriefQuestion("What payment terms do others offer (< 60 days?)"),
)
ARGUMENTS = (
    BriefArgument("objection", "Your price is 7 % above Metalltorg.", "We deliver in 48 h."),
    BriefArgument("objection", "We want 90 days payment.", "60 days with credit insurance."),
    BriefArgument("complaint", "Three deliveries in Q3 were late.", "New carrier since October."),
)
PRODUCTS = (
    BriefProduct("ST-3SP-10", "Hot-rolled sheet S235", "t", Decimal("742.5"), "EUR", "Contract"),
    BriefProduct("ST-09G2S", "Sheet 09G2S, 12 mm", "t", Decimal("865"), "EUR", "Key client"),
    BriefProduct("PIPE-108", "Seamless pipe 108×4", "m", Decimal("18.35"), "EUR", "List"),
    BriefProduct("BEAM-20B1", "I-beam 20B1", "t", Decimal("1911.2"), "EUR", "Volume > 100 t"),
    BriefProduct("WIRE-6.5", "Wire rod 6.5 mm", "t", Decimal("655"), "EUR", "Promotion"),
)
CHECKS = tuple(
    BriefCheck(title, state, summary)
    for title, state, summary in (
        ("Being late", "ok", "Route checked."),
        ("Arguing", "ok", "3 objections prepared."),
        ("Interrupting", "warning", "Only 5 questions."),
        ("No information about the client", "ok", "Dossier 86 % complete."),
        ("Poor preparation", "warning", "Offer not attached."),
        ("Bad manners", "ok", "Forms of address known."),
        ("Not knowing our products", "missing", "Price list 2027 not loaded."),
    )
)


@pytest.fixture
def brief() -> Brief:
    return Brief(
        client_name="ООО «Северсталь-Снаб»",
        subject="Annual agreement 2027 & price review",
        kind="meeting",
        start=START,
        end=START + timedelta(minutes=90),
        leave_by=START - timedelta(minutes=50),
        place="Moscow, ul. Tverskaya 12, office 405",
        travel_min=40,
        readiness=78,
        checks=CHECKS,
        people=PEOPLE,
        agenda="1. Results 2026\n2. Volumes 2027",
        goals="Letter of intent for 1 200 t",
        needs_asked="Consignment stock in Cherepovets",
        questions=QUESTIONS,
        arguments=ARGUMENTS,
        figures=BriefFigures(
            currency="EUR",
            revenue_this_year=Decimal("1100000"),
            revenue_last_year=Decimal("1000000"),
            plan_this_year=Decimal("2000000"),
            receivable=Decimal("245300.1"),
            overdue=Decimal("38120"),
            overdue_invoices=3,
        ),
        products=PRODUCTS,
        facts=("Open order SO-0412: 120 t, delivery 2 Dec", "Price of 09G2S +3 % from 1 Jan"),
        kam="Anna Petrova",
        company_name="Stahlhandel Nord GmbH",
        generated_on=date(2026, 11, 23),
    )


def render(brief: Brief) -> list[str]:
    """The brief's text per page, white space runs (narrow, no-break) made one space."""
    out = io.BytesIO()
    render_brief(brief, out, invariant=True)
    return [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]


def test_a_typical_brief_fits_on_one_or_two_pages(brief: Brief) -> None:
    assert 1 <= len(render(brief)) <= 2


def test_the_brief_carries_everything_for_the_meeting(brief: Brief) -> None:
    pages = render(brief)
    text = " ".join(pages)
    assert "ООО «Северсталь-Снаб»" in pages[0]
    assert "Annual agreement 2027 & price review" in pages[0]
    assert "Tue 24 Nov 2026" in pages[0]
    assert "09:30–11:00" in pages[0]
    assert "LEAVE BY 08:40" in pages[0]
    assert "Moscow, ul. Tverskaya 12, office 405" in pages[0]
    assert "Travel: 40 min" in pages[0]
    assert "78 %" in pages[0]
    for check in CHECKS:
        assert check.title in text and check.summary in text
    assert text.count("✓ OK") == 4 and text.count("! Check") == 2 and text.count("✗ Missing") == 1

    for person in PEOPLE:
        for value in (person.name, person.position, person.buying_role, person.attitude):
            assert value in text
        assert person.form_of_address in text
    assert "Prefers figures on paper <two copies> & a short summary." in text
    assert "Birthday: 28 Nov (in 4 days)" in text  # four days after the meeting
    assert "Last contact: Fri 30 Oct 2026" in text

    for section in ("Agenda 1. Results 2026 2. Volumes 2027", "Letter of intent", "Consignment"):
        assert section in text
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"{number}. {question.question}" in text
    assert "Answer: Price stability and a stock." in text
    for argument in ARGUMENTS:
        assert argument.text in text and argument.response in text
    assert text.count("Objection ") == 2 and text.count("Complaint ") == 1


def test_figures_compare_with_last_year_and_the_plan(brief: Brief) -> None:
    text = " ".join(render(brief))
    assert "Revenue to date 1 100 000.00 EUR" in text
    assert "Same period 2025 1 000 000.00 EUR" in text
    assert "Change +10.0 %" in text
    assert "Plan fulfilled 55.0 % of 2 000 000.00 EUR" in text
    assert "Receivable 245 300.10 EUR" in text
    assert "Overdue 38 120.00 EUR in 3 invoices" in text


def test_products_and_facts(brief: Brief) -> None:
    text = " ".join(render(brief))
    assert "SKU Product Unit Price Why this price" in text
    assert "ST-3SP-10 Hot-rolled sheet S235 t 742.50 EUR Contract" in text
    assert "BEAM-20B1 I-beam 20B1 t 1 911.20 EUR Volume > 100 t" in text
    for product in PRODUCTS:
        assert product.sku in text
    assert "• Open order SO-0412: 120 t, delivery 2 Dec" in text
    assert "• Price of 09G2S +3 % from 1 Jan" in text


def test_every_page_is_numbered_and_signed(brief: Brief) -> None:
    pages = render(brief)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "kamdesk · Stahlhandel Nord GmbH" in text


@pytest.mark.parametrize("place", ["Phone", "Video call"])
def test_a_call_shows_the_medium_and_no_leave_by(brief: Brief, place: str) -> None:
    call = replace(brief, kind="call", leave_by=None, place=place, travel_min=0)
    (first, *_) = render(call)
    assert f"CALL {place}" in first
    assert "LEAVE BY" not in first
    assert "Travel" not in first
    assert "CALL BRIEF" in first


def test_remote_is_the_place_kind_not_a_word_in_the_address(brief: Brief) -> None:
    street = replace(brief, place="Videoton utca 1, Székesfehérvár")  # at a site: leave by
    (first, *_) = render(street)
    assert "LEAVE BY" in first and "CALL " not in first
    video = replace(brief, place_kind="video", leave_by=None, place="Video call", travel_min=0)
    assert video.remote and not street.remote
    (first, *_) = render(video)
    assert "CALL Video call" in first and "LEAVE BY" not in first


def test_a_bare_brief_renders_and_says_what_is_missing() -> None:
    bare = Brief(
        client_name="Bare & Co <Ltd>",
        subject="First call",
        kind="meeting",
        start=START,
        end=START + timedelta(minutes=30),
        leave_by=None,
        place="",
        travel_min=0,
        readiness=0,
        checks=(),
        people=(),
    )
    (text,) = render(bare)
    assert "Bare & Co <Ltd>" in text
    assert "No attending contacts chosen." in text
    assert "No questions prepared." in text
    for absent in ("Objections", "Figures", "Products", "Other facts", "Agenda"):
        assert absent not in text
    assert "Page 1 of 1" in text


def test_figures_without_plan_or_history(brief: Brief) -> None:
    figures = BriefFigures("RUB", Decimal(5000), Decimal(0), None, Decimal(0), Decimal(0), 0)
    text = " ".join(render(replace(brief, figures=figures)))
    assert "Change new this year" in text
    assert "Plan fulfilled no plan set" in text
    assert "Overdue 0.00 RUB" in text


def test_a_long_brief_flows_onto_more_pages_with_table_headers_repeated(brief: Brief) -> None:
    many = replace(
        brief,
        people=PEOPLE * 6,
        questions=QUESTIONS * 6,
        arguments=ARGUMENTS * 8,
        products=tuple(replace(p, sku=f"{p.sku}-{i}") for i in range(12) for p in PRODUCTS),
        agenda="\n".join(f"Point {i}: discuss item {i} in depth" for i in range(80)),
    )
    pages = render(many)
    assert len(pages) > 2
    assert sum("SKU Product Unit Price Why this price" in text for text in pages) >= 2
    text = " ".join(pages)
    assert "Point 79: discuss item 79 in depth" in text
    assert "30. " + QUESTIONS[-1].question in text
    assert all(f"{p.sku}-11" in text for p in PRODUCTS)


def test_same_brief_same_bytes_and_a_file_path(brief: Brief, tmp_path: Path) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render_brief(brief, first, invariant=True)
    render_brief(brief, second, invariant=True)
    assert first.getvalue() == second.getvalue()
    path = tmp_path / "brief.pdf"
    render_brief(brief, path, invariant=True)
    assert path.read_bytes() == first.getvalue()
