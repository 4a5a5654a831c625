"""One product: what it is, its own price per price column, its quantity breaks.

Everything typed here is saved together by Save, in one unit of work; a wrong field is marked
where it is and nothing is saved. Breaks added or removed wait for Save too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.catalog import BreakData, ProductData, money_problem, validate_break
from kamdesk.domain.documents import LANGUAGES
from kamdesk.domain.money import CURRENCIES
from kamdesk.domain.pricing import ColumnTerms, column_price
from kamdesk.domain.product_texts import TEXT_FIELDS, ProductTexts
from kamdesk.ui.clients.dossier_lists import cell, make_table
from kamdesk.ui.operations import ChangeHub
from kamdesk.ui.products.categories import offer_new_category
from kamdesk.ui.products.product_texts_box import ProductTextsBox
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.forms import (
    FieldForm,
    read_money,
    widget_state,
)
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import (
    WrappingLabel,
    columns_when_wide,
    error_label,
    scrolling,
)
from kamdesk.ui.widgets.numbers import short_date
from kamdesk.ui.widgets.price_fields import (
    BAD_FIELD,
    RIGHT_ALIGN,
    money,
    percent_text,
    qty_text,
    read_number,
    read_percent,
    stretch_column,
)
from kamdesk.ui.widgets.style import ERROR_STYLE
from kamdesk.ui.widgets.table_state import keep_order

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.prices.catalog import ColumnPriceDetail, ProductDetail
    from kamdesk.services.prices.price_list import CategoryRecord, PriceColumnRecord


@dataclass(frozen=True)
class StagedBreak:
    """A break as the table shows it: saved (id) or waiting for Save (id None)."""

    id: str | None
    data: BreakData
    column_name: str


class ProductDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        product_id: str | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from kamdesk.services.prices.catalog import get_product, product_defaults
        from kamdesk.services.prices.price_list import list_categories, list_price_columns
        from kamdesk.services.prices.product_texts import get_product_texts, registration_countries

        self.setObjectName("productDialog")
        self.db, self.hub, self.product_id = db, hub, product_id
        self.today = today or date.today()
        self.saved_id: str | None = None
        with db.reading() as session:
            categories = list_categories(session)
            columns = list_price_columns(session)
            detail = (
                None if product_id is None else get_product(session, product_id, today=self.today)
            )
            data = detail.data if detail is not None else product_defaults(session)
            texts = ProductTexts() if product_id is None else get_product_texts(session, product_id)
            countries = registration_countries(session)
        self.data, self.texts = data, texts
        self.columns = columns
        self.column_prices: dict[str, ColumnPriceDetail] = (
            {c.column_id: c for c in detail.column_prices} if detail is not None else {}
        )
        self.setWindowTitle(
            self.tr("New product") if detail is None else f"{data.sku} · {data.name}"
        )
        self._build_form(data, categories, detail)
        self.texts_box = ProductTextsBox(texts, languages=LANGUAGES, countries=countries)
        prices_box = self._prices_box(columns)
        breaks_box = self._breaks_box(detail, columns)
        self._show_promotions(detail)

        # --- layout ------------------------------------------------------------------------------
        self.summary = error_label("summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        columns_row = QHBoxLayout()
        left = QGroupBox(self.tr("Product"))
        left.setLayout(self.form)
        # the names in five document languages go beside the product, under its prices: below
        # it they would push the dialog past a 800-pixel screen
        right_column = QVBoxLayout()
        right_column.addWidget(prices_box)
        right_column.addWidget(self.texts_box)
        left_column = QVBoxLayout()
        left_column.addWidget(left)
        left_column.addStretch(1)
        columns_row.addLayout(left_column, 1)
        columns_row.addLayout(right_column, 1)
        content = QVBoxLayout()
        content.addLayout(columns_row)
        content.addWidget(breaks_box, 1)
        content.addWidget(self.promotions)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        page = scrolling(content, bottom)  # Save in sight on a low screen
        layout.addWidget(page, 1)
        area = page.findChild(QScrollArea)
        assert area is not None
        columns_when_wide(columns_row, area.viewport())  # narrow: one under the other
        self.resize(920, 740)
        self._snapshot = self._state()

    def _build_form(
        self, data: ProductData, categories: list[CategoryRecord], detail: ProductDetail | None
    ) -> None:
        """What the product is."""
        self.form = FieldForm()
        f = self.form
        self.sku = f.line("sku", self.tr("SKU *"), data.sku)
        self.name = f.line("name", self.tr("Name *"), data.name)
        self.category = f.choice(
            "category_id",
            self.tr("Category"),
            [("", self.tr("— none —"))] + [(c.id, c.name) for c in categories],
            data.category_id or "",
        )
        offer_new_category(self.category, self.db, self.hub, self)
        self.unit = f.line("unit", self.tr("Unit *"), data.unit, self.tr("pcs, kg, box, roll…"))
        self.vat_rate = f.line(
            "vat_rate", self.tr("VAT % *"), "" if data.vat_rate is None else qty_text(data.vat_rate)
        )
        self.base_price = f.line("base_price", self.tr("Base price *"), money(data.base_price))
        self.currency = f.choice(
            "currency", self.tr("Currency"), [(c, c) for c in CURRENCIES], data.currency
        )
        self.active = f.check(
            "active", self.tr("Active (offered in orders and price lists)"), data.active
        )
        self.description = f.text(
            "description", self.tr("Description for proposals"), data.description, height=70
        )
        for edit in (self.vat_rate, self.base_price):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if detail is not None and detail.order_lines:
            self.active.setToolTip(
                self.tr(
                    "On %n order line(s): never deleted; untick Active to retire it.",
                    "",
                    detail.order_lines,
                )
            )

    def _prices_box(self, columns: list[PriceColumnRecord]) -> QGroupBox:
        """Its own price per price column; empty, the column's percentage applies."""
        self.prices_form = FieldForm()
        self.price_edits: dict[str, QLineEdit] = {}
        for column in columns:
            own = self.column_prices.get(column.id)
            edit = self.prices_form.line(
                f"price:{column.id}",
                f"{column.name} ({percent_text(column.discount_percent)})",
                money(own.explicit_price if own else None),
            )
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setToolTip(
                self.tr("Empty: the column's percentage off the base price applies (shown grey).")
            )
            self.price_edits[column.id] = edit
        prices_box = QGroupBox(self.tr("Price per column (empty = the column's percentage)"))
        prices_layout = QVBoxLayout(prices_box)
        if columns:
            prices_layout.addLayout(self.prices_form)
        else:
            prices_layout.addWidget(
                QLabel(self.tr("No price columns yet (Products › Price columns…)."))
            )
        prices_layout.addStretch(1)
        self.base_price.textChanged.connect(self._show_column_prices)
        self._show_column_prices()
        return prices_box

    def _breaks_box(
        self, detail: ProductDetail | None, columns: list[PriceColumnRecord]
    ) -> QGroupBox:
        """Quantity breaks: the staged list and the row to add one."""
        self.staged: list[StagedBreak] = [
            StagedBreak(
                b.id,
                BreakData(b.min_quantity, b.discount_percent, b.price, b.price_column_id),
                b.column_name,
            )
            for b in (detail.breaks if detail is not None else ())
        ]
        self.removed: list[str] = []
        self.breaks_table = make_table(
            [
                self.tr("From quantity"),
                self.tr("Price column"),
                self.tr("% off"),
                self.tr("Fixed price"),
            ]
        )
        self.breaks_table.setObjectName("breaksTable")
        keep_order(
            self.breaks_table, "the breaks being edited, by quantity; edits find them by place"
        )
        stretch_column(self.breaks_table, 1)
        self.breaks_table.setMinimumHeight(110)
        self.break_qty = QLineEdit()
        self.break_qty.setObjectName("break_min_quantity")
        self.break_qty.setPlaceholderText(self.tr("from qty"))
        self.break_column = QComboBox()
        self.break_column.setObjectName("break_price_column_id")
        self.break_column.addItem(self.tr("every column"), None)
        for column in columns:
            self.break_column.addItem(column.name, column.id)
        self.break_percent = QLineEdit()
        self.break_percent.setObjectName("break_discount_percent")
        self.break_percent.setPlaceholderText(self.tr("% off"))
        self.break_price = QLineEdit()
        self.break_price.setObjectName("break_price")
        self.break_price.setPlaceholderText(self.tr("or fixed price"))
        for edit in (self.break_qty, self.break_percent, self.break_price):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
        self.add_break_button = QPushButton(icon("add"), self.tr("Add break"))
        self.add_break_button.setObjectName("addBreak")
        self.add_break_button.clicked.connect(self.add_break)
        self.remove_break_button = QPushButton(icon("remove"), self.tr("Remove break"))
        self.remove_break_button.clicked.connect(self.remove_break)
        self.break_error = WrappingLabel()  # wraps, as tall as its lines
        self.break_error.setObjectName("breakError")
        self.break_error.setStyleSheet(ERROR_STYLE)
        self.break_error.setWordWrap(True)
        self.break_error.hide()
        entry = QHBoxLayout()
        for widget in (
            self.break_qty,
            self.break_column,
            self.break_percent,
            self.break_price,
            self.add_break_button,
        ):
            entry.addWidget(widget)
        entry.addStretch(1)
        entry.addWidget(self.remove_break_button)
        breaks_box = QGroupBox(self.tr("Quantity breaks (off the client's column price)"))
        breaks_layout = QVBoxLayout(breaks_box)
        breaks_layout.addWidget(self.breaks_table)
        breaks_layout.addLayout(entry)
        breaks_layout.addWidget(self.break_error)
        self._fill_breaks()
        return breaks_box

    def _show_promotions(self, detail: ProductDetail | None) -> None:
        """The promotions running or coming on it (edited in Promotions…)."""
        self.promotions = QLabel()
        self.promotions.setObjectName("productPromotions")
        self.promotions.setWordWrap(True)
        lines = [
            (
                self.tr("{name}: {offer}, {start} – {end} (whole category)")
                if p.category and not p.products
                else self.tr("{name}: {offer}, {start} – {end}")
            ).format(
                name=p.name,
                offer=self.tr("{p} off").format(p=percent_text(p.discount_percent))
                if p.discount_percent is not None
                else money(p.fixed_price),
                start=short_date(p.starts_on),
                end=short_date(p.ends_on),
            )
            for p in (detail.promotions if detail is not None else ())
        ]
        self.promotions.setText(
            self.tr("Promotions running or coming: {promotions}").format(
                promotions="; ".join(lines)
            )
            if lines
            else self.tr("No promotion running or coming on this product.")
        )

    # --- column prices -------------------------------------------------------------------------
    def _show_column_prices(self) -> None:
        """The price each column gives without an own price, as the domain computes it from the
        base price being typed."""
        problems: dict[str, str] = {}
        base = read_money(self.base_price, "base_price", problems)
        for column in self.columns:
            edit = self.price_edits[column.id]
            if base is None or base <= 0:
                edit.setPlaceholderText(
                    self.tr("{p} off the base price").format(
                        p=percent_text(column.discount_percent)
                    )
                )
                continue
            price = column_price(base, ColumnTerms(column.name, column.discount_percent)).price
            edit.setPlaceholderText(money(price))

    # --- breaks --------------------------------------------------------------------------------
    def _fill_breaks(self) -> None:
        table = self.breaks_table
        table.setRowCount(len(self.staged))
        for row, b in enumerate(self.staged):
            items = [
                cell(qty_text(b.data.min_quantity)),
                cell(b.column_name or self.tr("every column")),
                cell(percent_text(b.data.discount_percent)),
                cell(money(b.data.price)),
            ]
            for col in (0, 2, 3):
                items[col].setTextAlignment(RIGHT_ALIGN)
            if b.id is None:
                items[0].setToolTip(self.tr("Added: saved with the product"))
            for col, item in enumerate(items):
                table.setItem(row, col, item)

    def _break_from_fields(self) -> tuple[BreakData, dict[str, str]]:
        problems: dict[str, str] = {}
        data = BreakData(
            min_quantity=read_number(self.break_qty, "min_quantity", problems),
            discount_percent=read_percent(self.break_percent, "discount_percent", problems),
            price=read_money(self.break_price, "price", problems),
            price_column_id=self.break_column.currentData(),
        )
        for name, message in validate_break(data).items():
            problems.setdefault(name, message)
        if "min_quantity" not in problems:
            for b in self.staged:
                if (b.data.price_column_id, b.data.min_quantity) == (
                    data.price_column_id,
                    data.min_quantity,
                ):
                    there = (
                        self.tr("There is already a break from {qty} for {where}.")
                        if b.column_name
                        else self.tr("There is already a break from {qty} for every column.")
                    )
                    problems["min_quantity"] = there.format(
                        qty=qty_text(data.min_quantity), where=b.column_name
                    )
        return data, problems

    def add_break(self) -> bool:
        data, problems = self._break_from_fields()
        fields = {
            "min_quantity": self.break_qty,
            "discount_percent": self.break_percent,
            "price": self.break_price,
        }
        for name, edit in fields.items():
            edit.setStyleSheet(BAD_FIELD if name in problems else "")
        self.break_error.setText("\n".join(problems.values()))
        self.break_error.setVisible(bool(problems))
        if problems:
            bad = [edit for name, edit in fields.items() if name in problems]
            if bad:
                bad[0].setFocus()
            return False
        self.staged.append(
            StagedBreak(
                None, data, "" if data.price_column_id is None else self.break_column.currentText()
            )
        )
        self.staged.sort(key=lambda b: (b.column_name, b.data.min_quantity or Decimal(0)))
        for edit in fields.values():
            edit.clear()
        self._fill_breaks()
        self.break_qty.setFocus()
        return True

    def remove_break(self) -> None:
        row = self.breaks_table.currentRow()
        if not 0 <= row < len(self.staged):
            return
        gone = self.staged.pop(row)
        if gone.id is not None:
            self.removed.append(gone.id)
        self._fill_breaks()

    # --- saving --------------------------------------------------------------------------------
    def _state(self) -> tuple[object, ...]:
        return (widget_state(self), tuple(self.staged))

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def data_from_fields(self) -> tuple[ProductData, dict[str, Decimal | None], dict[str, str]]:
        problems: dict[str, str] = {}
        vat = read_percent(self.vat_rate, "vat_rate", problems)
        data = dataclasses.replace(
            self.data,
            sku=self.sku.text(),
            name=self.name.text(),
            category_id=self.category.currentData() or None,
            unit=self.unit.text(),
            vat_rate=vat,
            base_price=read_money(self.base_price, "base_price", problems),
            currency=self.currency.currentData(),
            active=self.active.isChecked(),
            description=self.description.toPlainText(),
        )
        prices: dict[str, Decimal | None] = {}
        for column_id, edit in self.price_edits.items():
            key = f"price:{column_id}"
            price = read_money(edit, key, problems)
            if price is not None and (why := money_problem(price)):
                problems[key] = why
            if key not in problems:
                prices[column_id] = price
        return data, prices, problems

    def save(self) -> bool:
        from kamdesk.services.prices.catalog import product_problems, save_product
        from kamdesk.services.prices.price_list import (
            COLUMN_PRICE_FIELDS,
            add_quantity_break,
            remove_quantity_break,
            save_column_prices,
        )
        from kamdesk.services.prices.product_texts import (
            product_texts_problems,
            save_product_texts,
        )

        data, prices, problems = self.data_from_fields()
        texts = self.texts_box.texts(problems)
        with self.db.reading() as session:
            for name, message in product_problems(
                session, data, product_id=self.product_id
            ).items():
                problems.setdefault(name, message)
            for name, message in product_texts_problems(session, texts).items():
                problems.setdefault(name, message)
        self.form.show(problems)
        self.prices_form.show(problems)
        self.texts_box.form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return False
        self.summary.clear()
        product_id = self.product_id
        base = self.data
        loaded = {
            cid: (self.column_prices[cid].explicit_price if cid in self.column_prices else None)
            for cid in prices
        }
        loaded_texts = self.texts
        new_breaks = [b.data for b in self.staged if b.id is None]
        removed = list(self.removed)

        def work(session: Session, pick: Pick) -> str:
            if product_id is None:
                pid = save_product(session, data)
            else:
                pid = save_product(
                    session, pick.mine(data), product_id=product_id, base=pick.rebase(base)
                )
            if product_id is None:
                save_product_texts(session, pid, texts)
            else:
                mine = TEXT_FIELDS.choose(texts, pick.chosen, like=loaded_texts)
                save_product_texts(session, pid, mine, base=pick.rebase(loaded_texts, TEXT_FIELDS))
            mine_prices = COLUMN_PRICE_FIELDS.choose(prices, pick.chosen)
            save_column_prices(
                session, pid, mine_prices, base=pick.rebase(loaded, COLUMN_PRICE_FIELDS)
            )
            for break_id in removed:
                remove_quantity_break(session, break_id)
            for b in new_breaks:
                add_quantity_break(session, pid, b)
            return pid

        labels = {**self.form.labels, **self.prices_form.labels, **self.texts_box.form.labels}
        result = run_edit(self, self.db, self.hub, work, labels=labels, show=self._value_text)
        if result is None:
            return False
        self.saved_id = result
        self._snapshot = self._state()
        self.accept()
        return True

    def _value_text(self, name: str, value: object) -> str:
        """A value of the conflict dialog as this form shows it (a category by its name)."""
        if name == "category_id":
            index = self.category.findData(value or "")
            if value and index >= 0:
                return self.category.itemText(index)
        return value_text(value)

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This product has changes that are not saved. Close and lose them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
