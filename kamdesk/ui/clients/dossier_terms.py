"""The dossier's Terms & prices page: how the client buys (price column, credit, payment terms,
discount ceiling, documents' language), its special prices, and a price check."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.catalog import ClientTerms, validate_terms
from kamdesk.domain.pricing import RULE_LABELS
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.clients.dossier_lists import cell, make_table, record_at
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.forms import (
    FieldForm,
    domain_text,
    read_int,
    read_money,
    widget_state,
)
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import error_label, scroll_area
from kamdesk.ui.widgets.numbers import money_edit_text, short_date
from kamdesk.ui.widgets.price_fields import (
    RIGHT_ALIGN,
    ProductPicker,
    money,
    percent_text,
    qty_text,
    read_number,
    read_percent,
    stretch_column,
)
from kamdesk.ui.widgets.style import ERROR_STYLE, OK_STYLE, TEXT_QUIET
from kamdesk.ui.widgets.table_state import filling, remember_table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.clients.client_terms import SpecialPriceRecord
    from kamdesk.services.prices.price_list import ProductChoice

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("TermsPage", "English")),
    ("ru", QT_TRANSLATE_NOOP("TermsPage", "Russian (русский)")),
    ("hu", QT_TRANSLATE_NOOP("TermsPage", "Hungarian (magyar)")),
    ("it", QT_TRANSLATE_NOOP("TermsPage", "Italian (italiano)")),
    ("az", QT_TRANSLATE_NOOP("TermsPage", "Azerbaijani (azərbaycanca)")),
)
WATCHED = frozenset({Change.CLIENTS, Change.PRICES, Change.PRODUCTS})


class TermsPage(QWidget):
    def __init__(self, db: Database, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.client_id = ""
        self.today = date.today()
        self.specials: list[SpecialPriceRecord] = []
        self.products: list[ProductChoice] = []
        self._terms = ClientTerms()
        self._build_terms()
        specials_box = self._build_specials()
        check_box = self._build_price_check()

        inner = QWidget()
        box = QVBoxLayout(inner)
        top = QHBoxLayout()
        top.addWidget(self.terms_box, 1)
        top.addWidget(check_box, 1)
        box.addLayout(top)
        box.addWidget(specials_box, 1)
        area = scroll_area(inner)  # the wheel scrolls it, not a field under the mouse
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self._snapshot = widget_state(self.terms_box)
        self.hub.changed.connect(self._on_changed)

    def _build_terms(self) -> None:
        self.terms_box = QGroupBox(self.tr("Commercial terms"))
        self.form = FieldForm()
        f = self.form
        self.price_column = f.choice("price_column_id", self.tr("Price column"), [], "")
        self.credit_limit = f.line(
            "credit_limit",
            self.tr("Credit limit"),
            placeholder=self.tr("empty: no limit · 0: prepayment only"),
        )
        self.payment_terms_days = f.line(
            "payment_terms_days", self.tr("Payment terms, days"), placeholder="0–365"
        )
        self.max_discount_percent = f.line(
            "max_discount_percent",
            self.tr("Largest line discount, %"),
            placeholder=self.tr("above it, a discount needs approval"),
        )
        self.document_language = f.choice(
            "document_language",
            self.tr("Documents in"),
            [(code, self.tr(label)) for code, label in LANGUAGES],
            "en",
        )
        for edit in (self.credit_limit, self.payment_terms_days, self.max_discount_percent):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(260)
        self.price_column.setMaximumWidth(260)
        self.document_language.setMaximumWidth(260)
        self.save_button = QPushButton(icon("save"), self.tr("Save terms"))
        self.save_button.setObjectName("saveTerms")
        self.save_button.clicked.connect(self.save)
        self.summary = error_label("termsSummary")
        terms_layout = QVBoxLayout(self.terms_box)
        terms_layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.save_button)
        terms_layout.addLayout(row)

    def _build_specials(self) -> QGroupBox:
        specials_box = QGroupBox(self.tr("Special prices for this client"))
        self.table = make_table(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Price"),
                self.tr("Valid from"),
                self.tr("Valid to"),
                self.tr("Note"),
            ]
        )
        self.table.setObjectName("specialPrices")
        remember_table(self.table, "specialPrices", descending=(2, 3, 4))
        stretch_column(self.table, 1)
        self.table.doubleClicked.connect(lambda _i: self.edit_special())
        self.add_button = QPushButton(icon("add"), self.tr("Add…"))
        self.add_button.setObjectName("addSpecial")
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove…"))
        self.add_button.clicked.connect(self.add_special)
        self.edit_button.clicked.connect(self.edit_special)
        self.remove_button.clicked.connect(self.remove_special)
        self.specials_title = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.specials_title, 1)
        for b in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(b)
        specials_layout = QVBoxLayout(specials_box)
        specials_layout.addLayout(bar)
        specials_layout.addWidget(self.table)
        return specials_box

    def _build_price_check(self) -> QGroupBox:
        check_box = QGroupBox(self.tr("Price check"))
        self.check_product = ProductPicker()
        self.check_product.setObjectName("checkProduct")
        self.check_quantity = QLineEdit("1")
        self.check_quantity.setObjectName("checkQuantity")
        self.check_quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.check_quantity.setMaximumWidth(90)
        self.check_button = QPushButton(icon("check"), self.tr("Check"))
        self.check_button.setObjectName("checkPrice")
        self.check_button.clicked.connect(self.check_price)
        self.check_product.returnPressed.connect(self.check_price)
        self.check_quantity.returnPressed.connect(self.check_price)
        self.check_result = QLabel()
        self.check_result.setObjectName("checkResult")
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_product, 1)
        check_row.addWidget(QLabel(self.tr("quantity")))
        check_row.addWidget(self.check_quantity)
        check_row.addWidget(self.check_button)
        check_layout = QVBoxLayout(check_box)
        check_layout.addLayout(check_row)
        check_layout.addWidget(self.check_result)
        check_layout.addStretch(1)
        return check_box

    # --- loading ---------------------------------------------------------------------------
    def load(self, client_id: str, today: date | None = None) -> None:
        from kamdesk.services.clients.client_terms import get_client_terms
        from kamdesk.services.clients.dossier import get_profile
        from kamdesk.services.prices.price_list import list_price_columns, product_choices

        self.client_id = client_id
        self.today = today or self.today
        with self.db.reading() as session:
            self._terms = get_client_terms(session, client_id)
            currency = get_profile(session, client_id).currency
            columns = list_price_columns(session)
            self.products = product_choices(session)
        combo = self.price_column
        combo.clear()
        combo.addItem(self.tr("— none: base prices —"), "")
        for c in columns:
            percent = percent_text(c.discount_percent)
            combo.addItem(
                self.tr("{name} ({percent} off)").format(name=c.name, percent=percent), c.id
            )
        t = self._terms
        combo.setCurrentIndex(max(0, combo.findData(t.price_column_id or "")))
        self.credit_limit.setText(money_edit_text(t.credit_limit))
        self._label_of(self.credit_limit).setText(
            self.tr("Credit limit, {currency}").format(currency=currency)
        )
        self.payment_terms_days.setText(
            "" if t.payment_terms_days is None else str(t.payment_terms_days)
        )
        self.max_discount_percent.setText(qty_text(t.max_discount_percent))
        lang = self.document_language
        lang.setCurrentIndex(max(0, lang.findData(t.document_language)))
        self.form.show({})
        self.summary.clear()
        self._snapshot = widget_state(self.terms_box)
        self.check_product.set_choices(self.products)
        self.load_specials()

    def load_specials(self) -> None:
        from kamdesk.services.clients.client_terms import list_special_prices

        with self.db.reading() as session:
            self.specials = list_special_prices(session, self.client_id)
        with filling(self.table):
            self._fill_specials()
        current = sum(1 for sp in self.specials if sp.valid_on(self.today))
        others = len(self.specials) - current
        # one plural per sentence: the other counts stand where no noun must agree with them
        self.specials_title.setText(
            self.tr(
                "%n special price(s): {current} valid today, {others} outside their dates",
                "",
                len(self.specials),
            ).format(current=current, others=others)
            if others
            else self.tr("%n special price(s) valid today", "", current)
        )

    def _fill_specials(self) -> None:
        self.table.setRowCount(len(self.specials))
        for row, sp in enumerate(self.specials):
            items = [
                cell(sp.sku, sp.id),
                cell(sp.product),
                cell(money(sp.price, sp.currency), value=sp.price),
                cell(short_date(sp.valid_from), value=sp.valid_from),
                cell(short_date(sp.valid_to), value=sp.valid_to),
                cell(sp.note),
            ]
            items[2].setTextAlignment(RIGHT_ALIGN)
            if not sp.valid_on(self.today):
                for item in items:
                    item.setForeground(Qt.GlobalColor.gray)
                items[0].setToolTip(self.tr("Not valid today"))
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)

    def _label_of(self, field: QWidget) -> QLabel:
        """The form's label beside `field` (FieldForm puts each field in a small layout)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            box = item.layout() if item is not None else None
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if box is not None and box.indexOf(field) >= 0 and label is not None:
                widget = label.widget()
                assert isinstance(widget, QLabel)
                return widget
        raise LookupError(field.objectName())

    def is_dirty(self) -> bool:
        return widget_state(self.terms_box) != self._snapshot

    def _on_changed(self, changes: Changes) -> None:
        if not self.client_id or not changes & WATCHED:
            return
        try:
            if self.is_dirty():  # typing in the terms is kept; the lists follow the change
                self.load_specials()
            else:
                self.load(self.client_id)
        except UserError:  # the client went meanwhile; the dossier closes itself
            return

    # --- terms -----------------------------------------------------------------------------
    def terms_from_fields(self) -> tuple[ClientTerms, dict[str, str]]:
        problems: dict[str, str] = {}
        days = read_int(self.payment_terms_days, "payment_terms_days", problems)
        terms = ClientTerms(
            price_column_id=self.price_column.currentData() or None,
            credit_limit=read_money(self.credit_limit, "credit_limit", problems),
            payment_terms_days=days,
            max_discount_percent=read_percent(
                self.max_discount_percent, "max_discount_percent", problems
            ),
            document_language=self.document_language.currentData(),
        )
        for name, message in validate_terms(terms).items():
            problems.setdefault(name, message)
        return terms, problems

    def save(self) -> bool:
        from kamdesk.services.clients.client_terms import save_client_terms

        terms, problems = self.terms_from_fields()
        self.form.show(problems)
        self.summary.setStyleSheet(ERROR_STYLE)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return False
        self.summary.clear()
        client_id, base = self.client_id, self._terms

        def work(session: Session, pick: Pick) -> bool:
            save_client_terms(session, client_id, pick.mine(terms), base=pick.rebase(base))
            return True

        # the reload that follows a save refills the form (and what it loaded) from the file
        self._snapshot = widget_state(self.terms_box)
        if run_edit(self, self.db, self.hub, work, labels=self.form.labels, show=self._shown):
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(self.tr("Terms saved."))
            return True
        self._snapshot = (None,)  # not saved: still unsaved edits
        return False

    def _shown(self, name: str, value: object) -> str:
        """A value in the conflict dialog as the form shows it (a column or language by name)."""
        combo = {"price_column_id": self.price_column, "document_language": self.document_language}
        if name in combo and (index := combo[name].findData(value or "")) >= 0:
            return combo[name].itemText(index)
        return value_text(value)

    # --- special prices --------------------------------------------------------------------
    def selected(self) -> SpecialPriceRecord | None:
        if not self.table.selectedItems():
            return None
        return record_at(self.table, self.table.currentRow(), self.specials)

    def add_special(self) -> QDialog:
        from kamdesk.ui.clients.special_price_dialog import SpecialPriceDialog

        dialog = SpecialPriceDialog(self.db, self.hub, self.client_id, self.products, parent=self)
        dialog.open()
        return dialog

    def edit_special(self) -> QDialog | None:
        from kamdesk.ui.clients.special_price_dialog import SpecialPriceDialog

        sp = self.selected()
        if sp is None:
            return None
        products = self.products
        if not any(p.id == sp.product_id for p in products):  # since deactivated: still editable
            from kamdesk.services.prices.price_list import ProductChoice

            kept = ProductChoice(sp.product_id, sp.sku, sp.product, sp.unit, False, sp.currency)
            products = [*products, kept]
        dialog = SpecialPriceDialog(
            self.db, self.hub, self.client_id, products, sp.data, entry_id=sp.id, parent=self
        )
        dialog.open()
        return dialog

    def remove_special(self) -> bool:
        from kamdesk.services.clients.client_terms import remove_special_price

        sp = self.selected()
        if sp is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Remove special price"),
            self.tr("Remove the special price {price} for {sku} {name}?").format(
                price=money(sp.price, sp.currency), sku=sp.sku, name=sp.product
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def work(session: Session) -> bool:
            remove_special_price(session, sp.id)
            return True

        return run_op(self, self.db, self.hub, work) is True

    # --- price check -----------------------------------------------------------------------
    def check_price(self) -> None:
        """What the client pays today for the product and quantity, and why (domain.pricing)."""
        from kamdesk.services.prices.catalog import client_price_preview

        problems: dict[str, str] = {}
        product = next((p for p in self.products if p.id == self.check_product.product_id()), None)
        if product is None:
            self._check_error(self.tr("Type an SKU or a name and pick the product."))
            return
        quantity = read_number(self.check_quantity, "quantity", problems)
        if problems or quantity is None:
            self._check_error(problems.get("quantity", self.tr("Type the quantity.")))
            return
        try:
            with self.db.reading() as session:
                decision = client_price_preview(
                    session, self.client_id, product.id, quantity, self.today
                )
        except UserError as exc:
            self._check_error(str(exc))
            return
        self.check_product.setCursorPosition(0)  # the SKU, not the end of a long name
        self.check_result.setStyleSheet("")
        compared = " · ".join(
            f"{domain_text(RULE_LABELS.get(c.rule, c.rule))} {money(c.price)}"
            for c in decision.candidates
        )
        self.check_result.setText(
            self.tr(
                "<b>{price}</b> per {unit} for {qty}<br>{why}"
                "<br><span style='color:{quiet}'>Compared: {compared}</span>"
            ).format(
                quiet=TEXT_QUIET,
                price=money(decision.unit_price, product.currency),
                unit=html.escape(product.unit),
                qty=qty_text(quantity),
                why=html.escape(decision.explanation),
                compared=html.escape(compared),
            )
        )

    def _check_error(self, message: str) -> None:
        self.check_result.setStyleSheet(ERROR_STYLE)
        self.check_result.setText(message)
