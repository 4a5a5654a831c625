"""The invoice for payment, last part of a contract package: bank details box, lines, totals,
for Russian documents the total in words, the payment purpose."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kamdesk.domain.documents import ContractDoc, InvoiceDoc, Party
from kamdesk.reports.doc_i18n import DocText, bank_code_key, registration_key
from kamdesk.reports.documents.layout import (
    INVOICE_LABELS,
    WIDTH,
    AccentRule,
    SignLine,
    amounts,
    doc_styles,
    header_row,
    ids_of,
    joined,
    key_values,
    legal_of,
    letterhead,
    lines_table,
    named_with_sku,
)
from kamdesk.reports.pdf import INK, Cell, esc, table_style


def invoice_part(doc: ContractDoc, invoice: InvoiceDoc, t: DocText) -> list[Flowable]:
    s = doc_styles()
    story: list[Flowable] = [letterhead(doc.seller, t), Spacer(1, 10)]
    story += [_bank_box(doc.seller, t), Spacer(1, 12)]
    story += _heading(doc, invoice, t)
    story += [_lines(invoice, t), Spacer(1, 8)]
    story.append(
        Paragraph(
            esc(t("items_count", n=len(invoice.lines), amount=t.amount(invoice.totals.gross))),
            s.text,
        )
    )
    if invoice.total_in_words:
        story.append(Paragraph(f"{esc(t('in_words'))}: {esc(invoice.total_in_words)}", s.words))
    if invoice.purpose:
        story.append(Paragraph(f"<b>{esc(t('purpose'))}:</b> {esc(invoice.purpose)}", s.text))
    story += [Spacer(1, 6), AccentRule(), Spacer(1, 4)]
    story.append(KeepTogether(_invoice_signature(doc, t)))
    return story


def _bank_box(seller: Party, t: DocText) -> Table:
    """What the payer copies into the payment order."""
    s = doc_styles()

    def cell(label: str, value: str, *, bold: bool = False) -> list[Flowable]:
        text = f"<b>{esc(value)}</b>" if bold else esc(value)
        return [Paragraph(esc(label), s.small), Paragraph(text or "&nbsp;", s.detail)]

    return Table(
        [
            [
                cell(t("recipient_bank"), seller.bank_name),
                cell(t(bank_code_key(seller.bank_code)), seller.bank_code),
            ],
            [
                cell(t("recipient"), legal_of(seller), bold=True),
                cell(t("account"), seller.bank_account, bold=True),
            ],
            [
                cell(t("tax_id"), seller.tax_id),
                cell(t(registration_key(seller.registration_no)), seller.registration_no),
            ],
        ],
        colWidths=[WIDTH - 70 * mm, 70 * mm],
        style=table_style(
            header=False,
            extra=[("GRID", (0, 0), (-1, -1), 0.6, INK), ("TOPPADDING", (0, 0), (-1, -1), 3)],
        ),
        hAlign="LEFT",
    )


def _heading(doc: ContractDoc, invoice: InvoiceDoc, t: DocText) -> list[Flowable]:
    """The title with number and date, and who pays whom on what basis by when."""
    s = doc_styles()
    seller = doc.seller
    story: list[Flowable] = []
    story += [
        Paragraph(
            esc(f"{t('invoice')} {t('number')} {invoice.number} {t('dated', date='')}").strip()
            + f" {esc(t.date(invoice.issued_on))}",
            ParagraphStyle("inv_title", parent=s.title, fontSize=15, leading=19),
        ),
        Spacer(1, 2),
        AccentRule(),
        Spacer(1, 6),
    ]
    parties = key_values(
        [
            (t("seller"), joined(legal_of(seller), seller.address, ids_of(seller, t), sep=", ")),
            (
                t("buyer"),
                joined(legal_of(doc.buyer), doc.buyer.address, ids_of(doc.buyer, t), sep=", "),
            ),
            (
                t("basis"),
                joined(
                    f"{t('contract')} {t('number')} {doc.number}",
                    t("dated", date=t.date(doc.signed_on)),
                    sep=" ",
                ),
            ),
            (t("due_on"), t.date(invoice.due_on)),
        ],
        label_width=34 * mm,
    )
    if parties is not None:
        story += [parties, Spacer(1, 8)]
    return story


def _lines(invoice: InvoiceDoc, t: DocText) -> Table:
    s = doc_styles()
    discount = any(line.discount_percent for line in invoice.lines)
    labels = [
        t("col_no"),
        t("col_name"),
        t("col_qty"),
        t("col_unit"),
        t.with_currency("col_price"),
        *([t("col_discount")] if discount else []),
        t.with_currency("col_net"),
        t("col_vat_rate"),
        t.with_currency("col_vat"),
        t.with_currency("col_total"),
    ]
    rows: list[list[Cell]] = [header_row(labels)]
    for line in invoice.lines:
        rows.append(
            [
                str(line.no),
                named_with_sku(line),
                t.quantity(line.quantity),
                Paragraph(esc(line.unit), s.unit),
                *amounts(line, t, discount=discount),
            ]
        )
    widths = [7, 0, 12, 12, 18, *([14] if discount else []), 19, 9, 17, 20]
    widths[1] = WIDTH / mm - sum(widths)
    numbers = [0, 2, *range(4, len(widths))]
    return lines_table(rows, widths, numbers=numbers, totals=(invoice.totals, t, INVOICE_LABELS))


def _invoice_signature(doc: ContractDoc, t: DocText) -> list[Flowable]:
    s = doc_styles()
    signatory = doc.seller_signatory
    name = esc(signatory.name) if signatory else ""
    title = esc(signatory.title) if signatory and signatory.title else esc(t("seller"))
    under = ParagraphStyle("under", parent=s.small, alignment=TA_CENTER)
    return [
        Spacer(1, 14),
        Table(
            [
                [
                    Paragraph(f"<b>{title}</b>", s.detail),
                    SignLine(),
                    Paragraph(f"/ {name} /", s.detail),
                    Paragraph(esc(t("stamp")), s.small),
                ],
                ["", Paragraph(esc(t("signature")), under), "", ""],
            ],
            colWidths=[60 * mm, 50 * mm, None, 15 * mm],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 0),
                ],
            ),
            hAlign="LEFT",
        ),
    ]
