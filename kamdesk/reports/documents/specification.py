"""The specification (appendix No. 1 to the contract): goods, prices, delivery dates, totals,
signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kamdesk.domain.documents import ContractDoc
from kamdesk.reports.doc_i18n import DocText
from kamdesk.reports.documents.contract import both_parties
from kamdesk.reports.documents.layout import (
    TOTAL_LABELS,
    WIDTH,
    amounts,
    centered,
    doc_styles,
    header_row,
    line_name,
    lines_table,
    named_with_sku,
    notes_block,
    right_aligned,
    short_date,
)
from kamdesk.reports.pdf import FONT, Cell, esc


def specification_part(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = doc_styles()
    signed = t.date(doc.signed_on)
    story: list[Flowable] = [
        Paragraph(esc(t("appendix", number=doc.number, date=signed)), right_aligned(s.detail)),
        Spacer(1, 12),
        Paragraph(esc(t.upper(t("specification"))), s.center_title),
        Spacer(1, 2),
        Paragraph(esc(t.date(doc.specification_date or doc.signed_on)), centered(s.meta)),
        Spacer(1, 10),
        Paragraph(esc(t("spec_intro")), s.text),
    ]
    discount = any(line.discount_percent for line in doc.specification)
    labels = [
        t("col_no"),
        t("col_name"),
        t("col_unit"),
        t("col_qty"),
        t.with_currency("col_price"),
        *([t("col_discount")] if discount else []),
        t.with_currency("col_net"),
        t("col_vat_rate"),
        t.with_currency("col_vat"),
        t.with_currency("col_total"),
        t("col_delivery"),
    ]
    rows: list[list[Cell]] = [header_row(labels)]
    for line in doc.specification:
        when = line.delivery_date or doc.delivery_date
        name = line_name(line, t) if not line.sku else named_with_sku(line, t)
        rows.append(
            [
                str(line.no),
                name,
                Paragraph(esc(line.unit), s.unit),
                t.quantity(line.quantity),
                *amounts(line, t, discount=discount, vat_mode=doc.vat_mode),
                short_date(when, t) if when else "–",
            ]
        )
    widths = [7, 0, 12, 13, 18, *([14] if discount else []), 19, 9, 17, 20, 19]
    widths[1] = WIDTH / mm - sum(widths)
    count = len(widths)
    numbers = [0, 3, 4, *range(5, count - 1)]
    trailer: list[Flowable] = notes_block(doc.notes)
    if doc.delivery_date:
        trailer += [
            Spacer(1, 6),
            Paragraph(
                f"{esc(t('delivery_date'))}: <b>{esc(t.date(doc.delivery_date))}</b>", s.text
            ),
        ]
    trailer += [Spacer(1, 14), both_parties(doc, t, details=False)]
    # the signatures stay with the totals and the last line: never alone on a page
    story.append(
        lines_table(
            rows,
            widths,
            numbers=numbers,
            plain=[count - 1],
            extra=[("FONT", (count - 1, 1), (count - 1, -2), FONT, 7.5)],
            totals=(doc.totals, t, TOTAL_LABELS),
            vat_mode=doc.vat_mode,
            trailer=trailer,
        )
    )
    return story
