"""Benchmark of the commercial proposal PDF (no database needed).

- a 50-line proposal rendered by kamdesk.reports.documents (target < 300 ms);
- the floor: a bare reportlab SimpleDocTemplate holding the same 50-row table (same font, same
  cells, same widths) and nothing else; the proposal should stay within 1.5x of it.

    python -c "from benchmarks.documents import main; main()"   # just these rows
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any

LINES = 50


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.0f} ms"


def _timed(fn: Callable[[], object], runs: int) -> list[float]:
    fn()  # warm up: fonts registered, styles made, modules imported
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def sample_proposal(lines: int = LINES) -> Any:
    """A proposal of `lines` lines with a letterhead, optional items, terms and a signature."""
    from kamdesk.domain.documents import DocLine, Party, ProposalDoc, Signatory, Totals
    from kamdesk.domain.money import line_amounts, sum_lines

    doc_lines = []
    for n in range(1, lines + 1):
        qty, price = Decimal(n % 17 + 1), Decimal(f"{n * 37 % 900 + 10}.{n % 100:02d}")
        discount, vat = Decimal(n % 4 * 2.5), Decimal(20 if n % 5 else 10)
        a = line_amounts(qty, price, discount, vat)
        doc_lines.append(
            DocLine(
                no=n,
                sku=f"KD-{n:05d}",
                name=f"Csőszerelvény ű-profil Ø{n} mm, horganyzott — Çəkic ağır #{n}",
                unit="pcs",
                quantity=qty,
                unit_price=price,
                discount_percent=discount,
                vat_rate=vat,
                net=a.net,
                vat=a.vat,
                gross=a.gross,
                description="Tűzihorganyzott acél, 3 m" if n % 3 == 0 else "",
            )
        )
    t = sum_lines(line_amounts(x.quantity, x.unit_price, x.discount_percent, x.vat_rate)
                  for x in doc_lines)  # fmt: skip
    seller = Party(
        name="Danubia Trading Kft.",
        legal_name="Danubia Trading Kereskedelmi Kft.",
        address="Váci út 35, 1134 Budapest, Hungary",
        tax_id="12345678-2-41",
        registration_no="01-09-123456",
        phone="+36 1 234 5678",
        email="sales@danubia.hu",
        bank_name="OTP Bank Nyrt.",
        bank_account="HU42 1177 3016 1111 1018 0000 0000",
        bank_code="OTPVHUHB",
    )
    buyer = Party(name="ООО «Северсталь-Снаб»", address="ул. Мира, д. 30, 162608 Череповец")
    return ProposalDoc(
        number="KP-2026-0050",
        version=1,
        issued_on=date(2026, 11, 24),
        valid_until=date(2026, 12, 24),
        language="en",
        currency="EUR",
        seller=seller,
        buyer=buyer,
        addressee="Əliyev Şəhriyar",
        addressee_title="Procurement director",
        opening="Dear Mr Əliyev,\n\nFollowing our meeting we are pleased to offer the goods"
        " below at the prices agreed for your company.",
        lines=tuple(doc_lines),
        totals=Totals(net=t.net, vat=t.vat, gross=t.gross),
        optional_lines=tuple(doc_lines[:2]),
        delivery_terms="DAP Cherepovets, within 10 working days",
        payment_terms="Bank transfer within 30 days of the invoice",
        closing="We look forward to working with you.",
        signatory=Signatory("Kovács Ödön", "Key Account Manager", "+36 30 123 4567"),
    )


def _bare(doc: Any) -> Callable[[], None]:
    """The same lines table in a bare SimpleDocTemplate: the floor for the proposal."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from kamdesk.reports.doc_i18n import DocText
    from kamdesk.reports.pdf import FONT, MARGIN, esc, register_fonts, styles

    register_fonts()
    t = DocText(doc.language, doc.currency)
    st = styles()
    widths = [7, 18, 0, 12, 12, 19, 14, 20, 10, 21]
    widths[2] = (A4[0] - 2 * MARGIN) / mm - sum(widths)
    header = ["No.", "SKU", "Item", "Unit", "Qty", "Price", "Disc. %", "Net", "VAT %", "Total"]

    def build() -> None:
        rows: list[list[Any]] = [[Paragraph(h, st.header) for h in header]]
        for line in doc.lines:
            name = esc(line.name)
            if line.description:
                name += f'<br/><font size="7">{esc(line.description)}</font>'
            rows.append(
                [
                    str(line.no),
                    Paragraph(esc(line.sku), st.cell),
                    Paragraph(name, st.cell),
                    Paragraph(esc(line.unit), st.cell),
                    t.quantity(line.quantity),
                    t.money(line.unit_price),
                    t.percent(line.discount_percent),
                    t.money(line.net),
                    t.percent(line.vat_rate),
                    t.money(line.gross),
                ]
            )
        table = Table(
            rows,
            colWidths=[w * mm for w in widths],
            repeatRows=1,
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("GRID", (0, 0), (-1, -1), 0.4, "#b9c3cf"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (4, 1), (-1, -1), "RIGHT"),
                ]
            ),
        )
        out = BytesIO()
        SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build([table])

    return build


def documents_bench(runs: int = 5) -> list[tuple[str, str, str]]:
    from kamdesk.reports.documents import render_proposal

    doc = sample_proposal()
    proposal = _timed(lambda: render_proposal(doc, BytesIO()), runs)
    bare = _timed(_bare(doc), runs)
    ratio = statistics.median(proposal) / statistics.median(bare)
    return [
        (f"bare reportlab, {LINES}-row table", _ms(bare), "floor"),
        (
            f"commercial proposal PDF ({LINES} lines)",
            _ms(proposal),
            f"max {max(proposal):.0f} ms (target < 300 ms), {ratio:.2f}x floor (target <= 1.5x)",
        ),
    ]


def main(runs: int = 5) -> None:
    for name, value, note in documents_bench(runs):
        print(f"{name:<40}  {value:>11}  {note}")


if __name__ == "__main__":
    main()
