"""The contract package's page of the document dialog: which parts go into the PDF, and what
the package is made from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.style import MUTED_STYLE, PANEL_STYLE, TEXT_MUTED

if TYPE_CHECKING:
    from kamdesk.services.documents.contracts import ContractTerms
    from kamdesk.services.sales.orders import OrderRecord

PARTS = ("contract", "specification", "invoice")
HINT_STYLE = MUTED_STYLE


class ContractPage(QWidget):
    """`parts_changed` when a part is ticked or unticked."""

    parts_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: dict[str, QCheckBox] = {}
        self.summary = QLabel()
        self.summary.setObjectName("contractSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setStyleSheet(PANEL_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._parts(), 1)
        layout.addWidget(self.summary, 1)

    def _parts(self) -> QVBoxLayout:
        parts = QVBoxLayout()
        parts.setSpacing(2)
        parts.addWidget(QLabel(self.tr("<b>Parts of the package</b>")))
        for key, label, what in (
            (
                "contract",
                self.tr("Supply contract"),
                self.tr("the clauses of the contract template, filled from the data; signatures"),
            ),
            (
                "specification",
                self.tr("Specification (appendix 1)"),
                self.tr("the goods, prices, VAT, totals and delivery dates"),
            ),
            (
                "invoice",
                self.tr("Invoice for payment"),
                self.tr("with our bank details; in Russian also the total in words"),
            ),
        ):
            box = QCheckBox(label)
            box.setObjectName(f"part_{key}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.parts_changed.emit())
            self.parts[key] = box
            note = QLabel(what)
            note.setStyleSheet(HINT_STYLE + " margin-left: 24px;")
            parts.addWidget(box)
            parts.addWidget(note)
        hint = QLabel(
            self.tr(
                "The parts ticked go into one PDF, in this order; tick one alone to have it on "
                "its own."
            )
        )
        hint.setWordWrap(True)
        parts.addSpacing(6)
        parts.addWidget(hint)
        parts.addStretch(1)
        return parts

    def chosen_parts(self) -> tuple[str, ...]:
        return tuple(key for key in PARTS if self.parts[key].isChecked())

    def show_summary(
        self,
        record: OrderRecord,
        language: str,
        templates: Path,
        contract: ContractTerms | None = None,
    ) -> None:
        """The order the package is made from, the contract it cites (the client's for the
        year, or a new one recorded when the package is issued), and where its wording can be
        changed."""
        delivery = short_date(record.delivery_date) if record.delivery_date else self.tr("not set")
        total = f"<b>{money(record.total_gross, record.currency)}</b> " + html(
            self.tr("(net {net}, VAT {vat})").format(
                net=money(record.total_net), vat=money(record.total_vat)
            )
        )
        rows = [(self.tr("Buyer"), html(record.client_name))]
        if contract is not None:
            cited = self.tr("{number} of {day}").format(
                number=contract.number, day=short_date(contract.signed_on)
            )
            if not contract.recorded:
                cited += " " + self.tr("(new: recorded when the package is issued)")
            rows.append((self.tr("Contract"), html(cited)))
        rows += [
            (self.tr("Order"), html(f"{record.number} · {short_date(record.order_date)}")),
            (self.tr("Total"), total),
            (self.tr("Delivery date"), html(delivery)),
            (self.tr("Language"), html(language)),
        ]
        cells = "".join(
            f"<tr><td style='color:{TEXT_MUTED}; padding-right:14px'>{html(k)}</td>"
            f"<td>{v}</td></tr>"
            for k, v in rows
        )
        folder = html(str(templates))
        self.summary.setText(
            f"<b>{html(self.tr('The package is made from'))}</b>"
            f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
            f"<p style='color:{TEXT_MUTED}'>"
            + html(
                self.tr(
                    "The contract's wording comes from its template: to change it, put your copy "
                    "in {folder}."
                )
            ).format(folder=f"<code>{folder}</code>")
            + "</p>"
        )


def html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
