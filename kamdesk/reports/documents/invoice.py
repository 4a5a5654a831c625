"""The invoice for payment, last part of a contract package: bank details box, lines, totals,
for Russian, Hungarian and Azerbaijani documents the total in words, the payment purpose."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

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
    notes_block,
)
from kamdesk.reports.pdf import INK, Cell, esc, table_style


def invoice_part(doc: ContractDoc, invoice: InvoiceDoc, t: DocText) -> list[Flowable]:
    """Letterhead, bank box, title, parties, the lines with their totals and, kept with the
    totals and the last line, the amount in words, the notes, the purpose and the signatures."""
    s = doc_styles()
    story: list[Flowable] = [letterhead(doc.seller, t), Spacer(1, 10)]
    story += [_bank_box(doc.seller, t), Spacer(1, 12)]
    story += _heading(doc, invoice, t)
    trailer: list[Flowable] = [
        Paragraph(
            esc(t("items_count", n=len(invoice.lines), amount=t.amount(invoice.totals.gross))),
            s.text,
        )
    ]
    if invoice.total_in_words:
        trailer.append(Paragraph(f"{esc(t('in_words'))}: {esc(invoice.total_in_words)}", s.words))
    trailer += notes_block(invoice.notes)
    if invoice.purpose:
        trailer.append(Paragraph(f"<b>{esc(t('purpose'))}:</b> {esc(invoice.purpose)}", s.text))
    trailer += [Spacer(1, 6), AccentRule(), Spacer(1, 4)]
    trailer += _invoice_signatures(doc, invoice, t)
    story.append(_lines(invoice, t, doc.vat_mode, trailer))
    return story


def _bank_label(seller: Party, value: str, fallback: str) -> str:
    """The label the requisites give `value` (by its country), else `fallback`."""
    return next((label for label, v in seller.bank_lines + seller.ids if v == value), fallback)


def _bank_box(seller: Party, t: DocText) -> Table:
    """What the payer copies into the payment order, labelled by the numbers' country."""
    s = doc_styles()

    def cell(label: str, value: str, *, bold: bool = False) -> list[Flowable]:
        text = f"<b>{esc(value)}</b>" if bold else esc(value)
        return [Paragraph(esc(label), s.small), Paragraph(text or "&nbsp;", s.detail)]

    return Table(
        [
            [
                cell(t("recipient_bank"), seller.bank_name),
                cell(
                    _bank_label(seller, seller.bank_code, t(bank_code_key(seller.bank_code))),
                    seller.bank_code,
                ),
            ],
            [
                cell(t("recipient"), legal_of(seller), bold=True),
                cell(
                    _bank_label(seller, seller.bank_account, t("account")),
                    seller.bank_account,
                    bold=True,
                ),
            ],
            _ids_row(seller, t, cell),
        ],
        colWidths=[WIDTH - 70 * mm, 70 * mm],
        style=table_style(
            header=False,
            extra=[("GRID", (0, 0), (-1, -1), 0.6, INK), ("TOPPADDING", (0, 0), (-1, -1), 3)],
        ),
        hAlign="LEFT",
    )


def _ids_row(seller: Party, t: DocText, cell: Any) -> list[Any]:
    """The seller's tax numbers (ИНН · КПП · ОГРН, adószám · EU VAT No.) and the bank's
    other account (к/с), each labelled by its country."""
    if not seller.ids:
        return [
            cell(t("tax_id"), seller.tax_id),
            cell(t(registration_key(seller.registration_no)), seller.registration_no),
        ]
    shown = {seller.bank_name, seller.bank_account, seller.bank_code}
    other = [(label, value) for label, value in seller.bank_lines if value not in shown]
    s = doc_styles()
    ids = Paragraph(esc(joined(*(f"{label} {value}" for label, value in seller.ids))), s.detail)
    return [ids, cell(*other[0]) if other else ""]


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


def _lines(invoice: InvoiceDoc, t: DocText, vat_mode: str, trailer: list[Flowable]) -> Table:
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
                named_with_sku(line, t),
                t.quantity(line.quantity),
                Paragraph(esc(line.unit), s.unit),
                *amounts(line, t, discount=discount, vat_mode=vat_mode),
            ]
        )
    widths = [7, 0, 12, 12, 18, *([14] if discount else []), 19, 9, 17, 20]
    widths[1] = WIDTH / mm - sum(widths)
    numbers = [0, 2, *range(4, len(widths))]
    return lines_table(
        rows,
        widths,
        numbers=numbers,
        totals=(invoice.totals, t, INVOICE_LABELS),
        vat_mode=vat_mode,
        trailer=trailer,
    )


def _invoice_signatures(doc: ContractDoc, invoice: InvoiceDoc, t: DocText) -> list[Flowable]:
    """One line per signatory: the role (Руководитель, Главный бухгалтер) or position, the
    line to sign, the name and, for a power of attorney, its number and date; the stamp place
    by the first."""
    s = doc_styles()
    people = list(invoice.signatories)
    if not people and doc.seller_signatory is not None:
        people = [doc.seller_signatory]
    under = ParagraphStyle("under", parent=s.small, alignment=TA_CENTER)
    rows: list[list[Flowable | str]] = []
    for i, who in enumerate(people or [None]):
        role = (who.role or who.title) if who else ""
        head = [Paragraph(f"<b>{esc(role or t('seller'))}</b>", s.detail)]
        if who and who.role and who.title:
            head.append(Paragraph(esc(who.title), s.small))
        name = [Paragraph(f"/ {esc(who.name) if who else ''} /", s.detail)]
        if who and who.basis:
            name.append(Paragraph(esc(who.basis), s.small))
        stamp = Paragraph(esc(t("stamp")), s.small) if i == 0 else ""
        rows += [
            [head, SignLine(), name, stamp],
            ["", Paragraph(esc(t("signature")), under), "", ""],
        ]
    return [
        Spacer(1, 14),
        Table(
            rows,
            colWidths=[50 * mm, 45 * mm, None, 15 * mm],
            style=table_style(
                header=False,
                grid=False,
                extra=[
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    *[("TOPPADDING", (0, r), (-1, r), 0) for r in range(1, len(rows), 2)],
                    *[("TOPPADDING", (0, r), (-1, r), 12) for r in range(2, len(rows), 2)],
                ],
            ),
            hAlign="LEFT",
        ),
    ]
