"""Add or change one special price negotiated with a client."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kamdesk.domain.catalog import SpecialPriceData, validate_special_price
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.forms import FieldForm, money_text, read_day, read_money
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.price_fields import ProductPicker
from kamdesk.ui.widgets.style import ERROR_STYLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.prices.price_list import ProductChoice


class SpecialPriceDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        client_id: str,
        products: list[ProductChoice],
        data: SpecialPriceData | None = None,
        *,
        entry_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("specialPriceDialog")
        self.setWindowTitle(
            self.tr("New special price") if entry_id is None else self.tr("Special price")
        )
        self.db, self.hub, self.client_id, self.entry_id = db, hub, client_id, entry_id
        self.data = data or SpecialPriceData()
        self.saved_id: str | None = None
        self.form = FieldForm()
        self.product = ProductPicker()
        self.products = {p.id: p.label for p in products}
        self.product.set_choices(products)
        self.product.set_item(self.data.product_id)
        self.form.add("product", self.tr("Product *"), self.product)
        self.price = self.form.line("price", self.tr("Price *"), money_text(self.data.price))
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valid_from = self.form.day("valid_from", self.tr("Valid from"), self.data.valid_from)
        self.valid_to = self.form.day("valid_to", self.tr("Valid to"), self.data.valid_to)
        self.note = self.form.line(
            "note", self.tr("Note"), self.data.note, self.tr("e.g. framework contract 2026")
        )
        hint = QLabel(
            self.tr(
                "Dates not set: the price holds from always / until further notice. The client "
                "pays the lowest price it is entitled to: a special price above its column "
                "price changes nothing."
            )
        )
        hint.setWordWrap(True)
        self.summary = WrappingLabel()  # wraps, as tall as its lines
        self.summary.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def data_from_fields(self) -> tuple[SpecialPriceData, dict[str, str]]:
        problems: dict[str, str] = {}
        product_id = self.product.product_id()
        if product_id is None and self.product.text().strip():
            problems["product"] = self.tr(
                "No single product matches “{text}”: pick one from the list."
            ).format(text=self.product.text().strip())
        data = dataclasses.replace(
            self.data,
            product_id=product_id,
            price=read_money(self.price, "price", problems),
            valid_from=read_day(self.valid_from),
            valid_to=read_day(self.valid_to),
            note=self.note.text(),
        )
        return data, problems

    def save(self) -> bool:
        from kamdesk.services.clients.client_terms import save_special_price, special_price_problems

        data, problems = self.data_from_fields()
        for name, message in validate_special_price(data).items():
            problems.setdefault(name, message)
        if not problems:
            with self.db.reading() as session:
                problems = special_price_problems(
                    session, self.client_id, data, entry_id=self.entry_id
                )
        self.form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return False
        client_id, entry_id, base = self.client_id, self.entry_id, self.data

        def work(session: Session, pick: Pick) -> str:
            mine, was = pick.mine(data), pick.rebase(base)
            return save_special_price(session, client_id, mine, entry_id=entry_id, base=was)

        labels = {**self.form.labels, "product_id": self.form.labels.get("product", "")}
        result = run_edit(self, self.db, self.hub, work, labels=labels, show=self._shown)
        if result is None:
            return False
        self.saved_id = result
        self.accept()
        return True

    def _shown(self, name: str, value: object) -> str:
        if name == "product_id" and isinstance(value, str) and value in self.products:
            return self.products[value]
        return value_text(value)
