"""Promotions: the list (running, coming, over) and the editor of one promotion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.catalog import PromotionData, validate_promotion
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.clients.dossier_lists import cell, make_table, record_at
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.operations import ChangeHub, run_op
from kamdesk.ui.widgets.conflicts import Pick, run_edit, value_text
from kamdesk.ui.widgets.forms import FieldForm, read_day, read_money, widget_state
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel
from kamdesk.ui.widgets.numbers import money_edit_text, short_date
from kamdesk.ui.widgets.price_fields import (
    RIGHT_ALIGN,
    Picker,
    ProductPicker,
    money,
    percent_text,
    qty_text,
    read_percent,
    stretch_column,
)
from kamdesk.ui.widgets.style import (
    ERROR_STYLE,
    LEGEND_STYLE,
    PROMOTION_STATUS_COLOURS,
    TEXT_DEFAULT,
)
from kamdesk.ui.widgets.table_state import filling, remember_table, row_of_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.prices.price_list import CategoryRecord, ProductChoice
    from kamdesk.services.prices.promotions import ClientChoice, PromotionRow

WHEN_LABELS = (
    ("active", QT_TRANSLATE_NOOP("PromotionsDialog", "Running now")),
    ("upcoming", QT_TRANSLATE_NOOP("PromotionsDialog", "Coming")),
    ("past", QT_TRANSLATE_NOOP("PromotionsDialog", "Over")),
    ("all", QT_TRANSLATE_NOOP("PromotionsDialog", "All")),
)
STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("PromotionsDialog", "running"),
    "upcoming": QT_TRANSLATE_NOOP("PromotionsDialog", "coming"),
    "past": QT_TRANSLATE_NOOP("PromotionsDialog", "over"),
}


class PromotionsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from kamdesk.services.prices.price_list import list_categories, product_choices
        from kamdesk.services.prices.promotions import client_choices

        self.setObjectName("promotionsDialog")
        self.setWindowTitle(self.tr("Promotions"))
        self.db, self.hub = db, hub
        self.today = today or date.today()
        self.rows: list[PromotionRow] = []
        self.promotion_id: str | None = None
        self.loaded: PromotionData | None = None  # the promotion as the editor loaded it
        with db.reading() as session:
            categories = list_categories(session)
            products = product_choices(session)
            clients = client_choices(session)
        left = self._list_side()
        self._build_editor(categories, products, clients)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.resize(1180, 640)
        split.setSizes([730, 450])
        self.hub.changed.connect(self._on_changed)
        self.finished.connect(lambda _r: self.hub.changed.disconnect(self._on_changed))
        self._snapshot = self._editor_state()
        self.load()
        self.new()

    def _list_side(self) -> QWidget:
        """The promotions running, coming or over, with New and Delete."""
        self.when = QComboBox()
        self.when.setObjectName("promotionWhen")
        for value, label in WHEN_LABELS:
            self.when.addItem(self.tr(label), value)
        self.when.currentIndexChanged.connect(lambda _i: self.load())
        self.table = make_table(
            [
                self.tr("Promotion"),
                self.tr("When"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Offer"),
                self.tr("Covers"),
                self.tr("For"),
            ]
        )
        self.table.setObjectName("promotionsTable")
        remember_table(self.table, "promotionsTable", descending=(2, 3))
        stretch_column(self.table, 5)  # what it covers may be long; the name stays whole
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton(icon("new"), self.tr("New promotion"))
        self.new_button.setObjectName("newPromotion")
        self.new_button.clicked.connect(self.new)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.when, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        left_layout.addLayout(bar)
        return left

    def _build_editor(
        self,
        categories: list[CategoryRecord],
        products: list[ProductChoice],
        clients: list[ClientChoice],
    ) -> None:
        """The editor of one promotion: what it offers, on what, for whom."""
        self.form = FieldForm()
        f = self.form
        self.name = f.line("name", self.tr("Name *"))
        self.starts_on = f.day("starts_on", self.tr("From *"), None)
        self.ends_on = f.day("ends_on", self.tr("To *"), None)
        self.discount_percent = f.line(
            "discount_percent", self.tr("% off the base price"), placeholder=self.tr("e.g. 10")
        )
        self.fixed_price = f.line(
            "fixed_price", self.tr("or a fixed price"), placeholder=self.tr("e.g. 49.90")
        )
        for edit in (self.discount_percent, self.fixed_price):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.category = f.choice(
            "category_id",
            self.tr("Whole category"),
            [("", self.tr("— none —"))] + [(c.id, c.name) for c in categories],
            "",
        )
        self.products = QListWidget()
        self.products.setObjectName("promotionProducts")
        self.product_picker = ProductPicker()
        self.product_picker.setObjectName("promotionProductPicker")
        self.product_picker.set_choices(products)
        self.product_picker.returnPressed.connect(self.add_product)
        f.add(
            "products",
            self.tr("Products"),
            self._list_with_picker(self.products, self.product_picker, self.add_product),
        )
        self.clients = QListWidget()
        self.clients.setObjectName("promotionClients")
        self.client_picker = Picker(self.tr("client name or code"))
        self.client_picker.setObjectName("promotionClientPicker")
        self.client_picker.set_items([(c.id, c.label, c.code) for c in clients])
        self.client_picker.returnPressed.connect(self.add_client)
        f.add(
            "clients",
            self.tr("Only for"),
            self._list_with_picker(
                self.clients, self.client_picker, self.add_client, self.tr("empty: every client")
            ),
        )
        self.notes = f.text("notes", self.tr("Notes"), height=44)
        self.summary = WrappingLabel()  # wraps, as tall as its lines
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save promotion"))
        self.save_button.setObjectName("savePromotion")
        self.save_button.clicked.connect(self.save)
        self.editor = QGroupBox()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.save_button)
        editor_layout.addLayout(row)

    def _list_with_picker(
        self, listing: QListWidget, picker: Picker, add: Callable[[], bool], hint: str = ""
    ) -> QWidget:
        listing.setMaximumHeight(92)
        add_button = QPushButton(icon("add"), self.tr("Add"))
        add_button.clicked.connect(lambda: add())
        remove = QPushButton(icon("remove"), self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove_from(listing))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(listing)
        row = QHBoxLayout()
        row.addWidget(picker, 1)
        row.addWidget(add_button)
        row.addWidget(remove)
        layout.addLayout(row)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet(LEGEND_STYLE)
            layout.addWidget(note)
        return box

    # --- list ----------------------------------------------------------------------------------
    def load(self) -> None:
        from kamdesk.services.prices.promotions import list_promotions

        with self.db.reading() as session:
            self.rows = list_promotions(session, when=self.when.currentData(), today=self.today)
        self.table.blockSignals(True)
        with filling(self.table):
            self._fill_rows()
        if (
            self.promotion_id is not None
            and (row := row_of_key(self.table, self.promotion_id)) >= 0
        ):
            self.table.selectRow(row)
        self.table.blockSignals(False)
        self.delete_button.setEnabled(self.promotion_id is not None)

    def _fill_rows(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, p in enumerate(self.rows):
            offer = (
                self.tr("{p} off").format(p=percent_text(p.discount_percent))
                if p.discount_percent is not None
                else self.tr("at {price}").format(price=money(p.fixed_price))
            )
            covers = [self.tr("%n product(s)", "", p.products)] if p.products else []
            if p.category:
                covers.append(p.category)
            items = [
                cell(p.name, p.id),
                cell(self.tr(STATUS_LABELS.get(p.status, p.status))),
                cell(short_date(p.starts_on), value=p.starts_on),
                cell(short_date(p.ends_on), value=p.ends_on),
                cell(offer),
                cell(", ".join(covers)),
                cell(self.tr("%n client(s)", "", p.clients) if p.clients else self.tr("everyone")),
            ]
            items[4].setTextAlignment(RIGHT_ALIGN)
            items[1].setForeground(QColor(PROMOTION_STATUS_COLOURS.get(p.status, TEXT_DEFAULT)))
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)

    def _on_changed(self, changes: Changes) -> None:
        if changes & {Change.PRICES, Change.PRODUCTS}:
            self.load()

    def _selected(self) -> None:
        chosen = record_at(self.table, self.table.currentRow(), self.rows)
        if not self.table.selectedItems() or chosen is None:
            return
        wanted = chosen.id
        if wanted == self.promotion_id:
            return
        if not self._may_leave():
            self.load()  # back to the promotion being edited
            return
        self.open_promotion(wanted)

    def _may_leave(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The promotion being edited has changes that are not saved. Lose them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- editor --------------------------------------------------------------------------------
    def _editor_state(self) -> tuple[object, ...]:
        return (*widget_state(self.editor), *self._lists())

    def is_dirty(self) -> bool:
        return self._editor_state() != self._snapshot

    def _lists(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        def ids(listing: QListWidget) -> tuple[str, ...]:
            return tuple(
                str(listing.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(listing.count())
            )

        return ids(self.products), ids(self.clients)

    def _fill(
        self, data: PromotionData, products: list[tuple[str, str]], clients: list[tuple[str, str]]
    ) -> None:
        self.name.setText(data.name)
        for edit, day in ((self.starts_on, data.starts_on), (self.ends_on, data.ends_on)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.discount_percent.setText(qty_text(data.discount_percent))
        self.fixed_price.setText(money_edit_text(data.fixed_price))
        self.category.setCurrentIndex(max(0, self.category.findData(data.category_id or "")))
        for listing, entries in ((self.products, products), (self.clients, clients)):
            listing.clear()
            for item_id, label in entries:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                listing.addItem(item)
        self.notes.setPlainText(data.notes)
        self.product_picker.clear()
        self.client_picker.clear()
        self.form.show({})
        self.summary.clear()
        self._snapshot = self._editor_state()

    def new(self) -> None:
        if not self._may_leave():
            return
        self.promotion_id, self.loaded = None, None
        self.editor.setTitle(self.tr("New promotion"))
        self.table.clearSelection()
        start = self.today
        self._fill(PromotionData(starts_on=start, ends_on=start + timedelta(days=13)), [], [])
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def open_promotion(self, promotion_id: str) -> None:
        from kamdesk.services.prices.promotions import get_promotion

        with self.db.reading() as session:
            detail = get_promotion(session, promotion_id, today=self.today)
        self.promotion_id, self.loaded = promotion_id, detail.data
        self.editor.setTitle(detail.data.name)
        self._fill(
            detail.data,
            [(p.id, p.label) for p in detail.products],
            [(c.id, c.label) for c in detail.clients],
        )
        self.delete_button.setEnabled(True)

    def _add_to(self, listing: QListWidget, picker: Picker, field: str, missing: str) -> bool:
        """Adds the picked item; `missing` says (with {text}) that the typed text matches none."""
        item_id = picker.item_id()
        if item_id is None:
            problems = {field: missing.format(text=picker.text())}
            self.form.show(problems)
            return False
        if item_id not in self._lists()[0 if listing is self.products else 1]:
            item = QListWidgetItem(picker.label_of(item_id))
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            listing.addItem(item)
        picker.clear()
        self.form.show({})
        return True

    def add_product(self) -> bool:
        missing = self.tr("No single product matches “{text}”: pick one from the list.")
        return self._add_to(self.products, self.product_picker, "products", missing)

    def add_client(self) -> bool:
        missing = self.tr("No single client matches “{text}”: pick one from the list.")
        return self._add_to(self.clients, self.client_picker, "clients", missing)

    def _remove_from(self, listing: QListWidget) -> None:
        for item in listing.selectedItems():
            listing.takeItem(listing.row(item))

    def data_from_fields(self) -> tuple[PromotionData, dict[str, str]]:
        problems: dict[str, str] = {}
        products, clients = self._lists()
        data = PromotionData(
            name=self.name.text(),
            starts_on=read_day(self.starts_on),
            ends_on=read_day(self.ends_on),
            discount_percent=read_percent(self.discount_percent, "discount_percent", problems),
            fixed_price=read_money(self.fixed_price, "fixed_price", problems),
            category_id=self.category.currentData() or None,
            product_ids=products,
            client_ids=clients,
            notes=self.notes.toPlainText(),
        )
        return data, problems

    def save(self) -> bool:
        from kamdesk.services.prices.promotions import promotion_problems, save_promotion

        data, problems = self.data_from_fields()
        if not problems:
            with self.db.reading() as session:
                problems.update(promotion_problems(session, data))
        else:
            for name, message in validate_promotion(data).items():
                problems.setdefault(name, message)
        self.form.show(problems)
        if problems:
            self.summary.setText(
                self.tr("Nothing was saved: correct the %n marked field(s).", "", len(problems))
            )
            return False
        promotion_id, base = self.promotion_id, self.loaded

        def work(session: Session, pick: Pick) -> str:
            was = None if base is None else pick.rebase(base)
            return save_promotion(session, pick.mine(data), promotion_id=promotion_id, base=was)

        result = run_edit(self, self.db, self.hub, work, labels=self.form.labels, show=self._shown)
        if result is None:
            return False
        self.promotion_id = result
        self.load()
        if not any(r.id == result for r in self.rows):  # outside the filter: show them all
            self.when.setCurrentIndex(self.when.findData("all"))
        self.open_promotion(result)
        return True

    def _shown(self, name: str, value: object) -> str:
        """A value in the conflict dialog as the editor shows it (a category by its name)."""
        if name == "category_id" and value and (index := self.category.findData(value)) >= 0:
            return self.category.itemText(index)
        return value_text(value)

    def delete(self) -> bool:
        from kamdesk.services.prices.promotions import delete_promotion

        promotion_id = self.promotion_id
        if promotion_id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete promotion"),
            self.tr(
                "Delete the promotion {name}? Orders already priced by it keep their prices."
            ).format(name=self.name.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def work(session: Session) -> bool:
            delete_promotion(session, promotion_id)
            return True

        if run_op(self, self.db, self.hub, work) is None:
            return False
        self.promotion_id = None
        self._snapshot = ()
        self._fill(PromotionData(), [], [])
        self.new()
        self.load()
        return True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
