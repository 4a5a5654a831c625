"""The order window: a new order (client chosen, or preset from a dossier) or an existing one,
its lines entered from the keyboard and priced by the client's rules, suggestions beside them,
and the steps of its life as buttons. Every change goes through run_op."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.orders import allowed
from kamdesk.errors import UserError
from kamdesk.services.changes import Change, Changes
from kamdesk.ui.marks import QT_TRANSLATE_NOOP
from kamdesk.ui.orders.order_actions import OrderActions
from kamdesk.ui.orders.order_header import OrderHeader
from kamdesk.ui.orders.order_line_edit import EditLine, ProductIndex
from kamdesk.ui.orders.order_lines_model import OrderLinesModel
from kamdesk.ui.orders.order_lines_view import OrderLinesView
from kamdesk.ui.orders.order_side import EventsTable, SuggestionsPanel
from kamdesk.ui.orders.order_status import StatusState, Tone, status_text
from kamdesk.ui.undo.history import own_stack
from kamdesk.ui.undo.lines import watch_lines
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.layout_rules import WrappingLabel, stack_when_narrow
from kamdesk.ui.widgets.price_fields import money
from kamdesk.ui.widgets.record_window import RecordWindowState
from kamdesk.ui.widgets.style import ERROR_STYLE, NOTE_STYLE, OK_STYLE, WEAK_STYLE

if TYPE_CHECKING:
    from kamdesk.db import Database
    from kamdesk.services.clients.client_list import ClientRow
    from kamdesk.services.prices.catalog import PriceInputs
    from kamdesk.services.sales.orders import OrderClient, OrderRecord
    from kamdesk.ui.operations import ChangeHub

WATCHED = frozenset(
    {
        Change.ORDERS,
        Change.INVOICES,
        Change.RETURNS,
        Change.PAYMENTS,
        Change.PRODUCTS,
        Change.PRICES,
        Change.CLIENTS,
    }
)
# what the buttons are called, in the order they stand; each is a step of domain ACTIONS
BUTTONS = (
    ("save", "edit", QT_TRANSLATE_NOOP("OrderWindow", "Save draft")),
    ("confirm", "confirm", QT_TRANSLATE_NOOP("OrderWindow", "Confirm")),
    ("ship", "ship", QT_TRANSLATE_NOOP("OrderWindow", "Ship…")),
    ("deliver", "deliver", QT_TRANSLATE_NOOP("OrderWindow", "Delivered…")),
    ("invoice", "invoice", QT_TRANSLATE_NOOP("OrderWindow", "Invoice")),
    ("return", "return", QT_TRANSLATE_NOOP("OrderWindow", "Return…")),
    ("revise", "revise", QT_TRANSLATE_NOOP("OrderWindow", "New revision…")),
    ("cancel", "cancel", QT_TRANSLATE_NOOP("OrderWindow", "Cancel order…")),
)
SHIPPED = ("shipped", "delivered", "invoiced")
# the steps' keys (Ctrl+Enter saves); none is taken elsewhere in the window or the main menus
SHORTCUTS = {
    "confirm": "Ctrl+Shift+C",
    "ship": "Ctrl+Shift+S",
    "deliver": "Ctrl+Shift+D",
    "invoice": "Ctrl+Shift+I",
}
TONE_STYLES = {Tone.ERROR: ERROR_STYLE, Tone.OK: OK_STYLE, Tone.WEAK: WEAK_STYLE}


class OrderWindow(RecordWindowState, QMainWindow):
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        order_id: str | None = None,
        *,
        client_id: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db, self.hub = db, hub
        self.order_id = order_id
        self.client_id = client_id
        self.today = today or date.today()
        self.record: OrderRecord | None = None
        self.client: OrderClient | None = None
        self._prices: dict[str, PriceInputs] = {}
        self._busy = False
        self._closing = False
        self._note_said = ("", True)  # what say() said, until the next change
        self.actions_ = OrderActions(self)
        self.undo_stack = own_stack(self)  # a removed line comes back with Ctrl+Z

        self.header = OrderHeader(self._search_clients)
        self.header.picker.chosen.connect(self.set_client)
        self.header.day_changed.connect(self._on_day_changed)
        self.header.edited.connect(self._on_header_edited)
        self.lines = OrderLinesModel(self)
        watch_lines(self)  # another change of the lines empties the undo stack
        self.lines.pricer = self._price_inputs
        self.view = OrderLinesView(self.lines)
        self.view.remove_requested.connect(self.actions_.remove_line)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._show_current())
        self.lines.changed.connect(self._on_lines_changed)
        self.lines.approval_needed.connect(self.actions_.ask_approval)

        self._make_tabs()

        self.suggestions = SuggestionsPanel()
        self.suggestions.chosen.connect(self.add_suggested)
        self.suggestions.setMinimumWidth(200)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(self.suggestions)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([990, 260])
        self.splitter = split
        stack_when_narrow(split)  # 1024 px: the suggestions under the lines, all columns seen

        row = self._button_row()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.setCentralWidget(central)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.actions_.save)
        self.resize(1280, 800)
        self.hub.changed.connect(self._on_changed)
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(200)  # not on every keystroke of a fast typist
        self._suggest_timer.timeout.connect(self._load_suggestions)
        self._suggested_for: tuple[str, ...] | None = None
        self._load_products()
        self.reload()

    def _make_tabs(self) -> None:
        """The lines with the current line, the message and the totals under them; the history."""
        self.note = QLabel()
        self.note.setObjectName("readOnlyNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("currentLine")
        self.current.setWordWrap(True)
        self.current.setStyleSheet(WEAK_STYLE)
        # two lines: a converted price says from what, at which rate, of which day
        self.current.setMinimumHeight(2 * self.current.fontMetrics().lineSpacing() + 4)
        self.message = WrappingLabel()  # wraps, as tall as its lines
        self.message.setObjectName("orderMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.vat = QLabel()
        self.vat.setObjectName("orderVat")
        self.vat.setWordWrap(True)
        self.vat.setStyleSheet(WEAK_STYLE)
        self.totals = QLabel()
        self.totals.setObjectName("orderTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.setContentsMargins(0, 6, 0, 0)
        lines_layout.addWidget(self.note)
        lines_layout.addWidget(self.view, 1)
        under = QHBoxLayout()
        texts = QVBoxLayout()
        for label in (self.current, self.message):  # they wrap in what the totals leave
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            texts.addWidget(label)
        under.addLayout(texts, 1)
        under.addWidget(self.totals)
        lines_layout.addLayout(under)
        self.vat.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        lines_layout.addWidget(self.vat)
        self.events = EventsTable()
        self.tabs: QTabWidget = QTabWidget()
        self.tabs.setObjectName("orderTabs")
        self.tabs.addTab(lines_page, self.tr("Lines"))
        self.tabs.addTab(self.events, self.tr("History"))

    def _button_row(self) -> QHBoxLayout:
        """A button per step of the order's life, the documents menu and Close."""
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, _action, label in BUTTONS:
            button = QPushButton(self.tr(label))
            if key in ("save", "revise"):
                button.setIcon(icon("save" if key == "save" else "new"))
            button.setObjectName(f"order_{key}")
            step = getattr(self.actions_, "return_" if key == "return" else key)
            button.clicked.connect(lambda _c=False, step=step: step())
            self.buttons[key] = button
            row.addWidget(button)
        documents = QPushButton(icon("documents"), self.tr("Documents"))
        documents.setObjectName("order_documents")
        menu = QMenu(documents)
        menu.setObjectName("documentsMenu")
        for kind, label in (
            ("proposal", self.tr("Commercial proposal…")),
            ("contract", self.tr("Contract package…")),
        ):
            action = menu.addAction(label)
            action.setObjectName(f"document_{kind}")
            action.triggered.connect(lambda _c=False, k=kind: self.actions_.documents(k))
        documents.setMenu(menu)
        self.buttons["documents"] = documents
        row.addStretch(1)
        row.addWidget(documents)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        self.buttons["save"].setToolTip(self.tr("Ctrl+Enter"))
        for key, keys in SHORTCUTS.items():
            sequence = QKeySequence(keys)
            shortcut = QShortcut(sequence, self)
            shortcut.setObjectName(f"shortcut_{key}")
            shortcut.activated.connect(lambda key=key: self._step_key(key))
            button = self.buttons[key]
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({shown})")
        return row

    def _step_key(self, key: str) -> None:
        """A step's shortcut does what its button does, when the button is offered."""
        button = self.buttons[key]
        if not button.isHidden() and button.isEnabled():
            button.click()

    # --- loading ------------------------------------------------------------------------------
    def _load_products(self) -> None:
        from kamdesk.services.prices.price_list import product_choices

        with self.db.reading() as session:
            self.lines.products = ProductIndex(product_choices(session))

    def _search_clients(self, text: str) -> list[ClientRow]:
        from kamdesk.services.clients.client_list import list_clients

        with self.db.reading() as session:
            return list_clients(session, search=text, limit=20)

    def reload(self) -> None:
        from kamdesk.services.sales.orders import get_order, order_client

        self.undo_stack.clear()  # the lines it remembers are read again
        with self.db.reading() as session:
            self.record = get_order(session, self.order_id) if self.order_id else None
            if self.record is not None:
                self.client_id = self.record.client_id
            self.client = order_client(session, self.client_id) if self.client_id else None
        record, client = self.record, self.client
        status = record.status if record else "draft"
        editable = allowed("edit", status) and client is not None
        self.lines.day = record.order_date if record else self.today
        self.lines.max_discount = client.max_discount if client else self.lines.max_discount
        self.lines.column_name = client.price_column if client else ""
        self._prices = {}
        if record is not None and editable:
            self._prefetch([line.product_id for line in record.lines])
        self.header.set_order(record, client, editable=allowed("edit", status), day=self.today)
        self.lines.load(
            [EditLine.from_record(line) for line in record.lines] if record else [],
            editable=editable,
        )
        if record is not None and editable:  # a draft shows the VAT a save would store
            self.lines.follow_rules()
            self.lines.dirty = False
        shipped = status in SHIPPED or any(
            line.fulfilment.shipped > 0 for line in (record.lines if record else ())
        )
        self.view.show_fulfilment(shipped)
        self.events.set_events(record.events if record else (), client.currency if client else "")
        self.tabs.setTabText(
            1,
            self.tr("History ({n})").format(n=len(record.events)) if record else self.tr("History"),
        )
        lines = record.lines if record else ()
        left = {  # a step with nothing left to do on any line is not offered
            "ship": any(line.fulfilment.to_ship > 0 for line in lines),
            "return": any(line.fulfilment.returnable > 0 for line in lines),
        }
        for key, action, _label in BUTTONS:
            offered = allowed(action, status) and client is not None and left.get(key, True)
            self.buttons[key].setVisible(offered)
        self.buttons["documents"].setVisible(client is not None and status != "cancelled")
        self.note.setText(self._note(record))
        self.note.setVisible(bool(self.note.text()))
        self._note_said = ("", True)
        self.show_status()
        self.suggestions.setVisible(editable)
        self._suggested_for = None
        if editable:
            self._suggest_timer.start()
        title = record.number if record else self.tr("New order")
        who = client.name if client else ""
        self.setWindowTitle(" — ".join(x for x in (title, who) if x))
        self._show_current()

    def _note(self, record: OrderRecord | None) -> str:
        if record is None or record.status == "draft":
            return ""
        if record.status == "cancelled":
            why = record.cancel_reason or self.tr("no reason recorded")
            return self.tr("Cancelled: {why}").format(why=why)
        if record.status == "confirmed":
            return self.tr(
                "Confirmed orders are changed through a new revision (or cancelled while "
                "nothing has shipped). The lines below are read-only."
            )
        return self.tr(
            "Goods have left: the lines are read-only. What the client refused at delivery or "
            "sent back is recorded with Delivered… and Return…."
        )

    def set_client(self, client_id: str) -> None:
        """The client of a new order, chosen in the header."""
        if self.order_id is not None:
            return
        self.client_id = client_id
        self.reload()  # lines open once the client is known: its rules price them
        self.view.start_new_line()

    def _prefetch(self, product_ids: list[str]) -> None:
        from kamdesk.services.sales.order_tax import order_line_inputs

        if not product_ids or self.client_id is None or self.client is None:
            return
        currency = self.record.currency if self.record else self.client.currency
        with self.db.reading() as session:
            found = order_line_inputs(
                session, self.client_id, product_ids, self.lines.day, currency
            )
        self._prices.update(found)

    def _price_inputs(self, product_id: str) -> PriceInputs | None:
        """What prices the product for this client: asked once per product, then kept."""
        if product_id not in self._prices:
            self._prefetch([product_id])
        return self._prices.get(product_id)

    def _on_day_changed(self, day: date | None) -> None:
        if day is None or day == self.lines.day:
            return
        self._prices = {}
        self.lines.reprice(day)

    # --- showing ------------------------------------------------------------------------------
    def _on_header_edited(self) -> None:
        self._note_said = ("", True)
        self.show_status()

    def _on_lines_changed(self) -> None:
        self._note_said = ("", True)
        self.show_status()
        totals = self.lines.totals()
        cur = self.record.currency if self.record else self.client.currency if self.client else ""
        bad = len(self.lines.problems())
        left_out = ""
        if bad:
            text = self.tr("%n line(s) with problems not counted", "", bad)
            left_out = f"<span style='{ERROR_STYLE}'>{text}</span> · "
        self.totals.setText(
            f"{left_out}{self.tr('Net')} {money(totals.net)} &nbsp; {self.tr('VAT')} "
            f"{money(totals.vat)} &nbsp; <span style='font-size:15px'><b>{self.tr('Total')} "
            f"{money(totals.gross, cur)}</b></span>"
        )
        self.totals.setMinimumWidth(self.totals.sizeHint().width())  # long line notes wrap
        self._show_vat()
        self._show_current()
        ids = tuple(sorted(set(self.lines.product_ids())))
        if self.lines.editable and ids != self._suggested_for:
            self._suggest_timer.start()

    def _show_vat(self) -> None:
        """The order's VAT regime and why (domain.tax), as saved or as a save would set it."""
        from kamdesk.domain.tax import Regime, Treatment
        from kamdesk.ui.orders.vat_words import supply_text

        record, client = self.record, self.client
        supply = client.vat if client is not None else None
        if record is not None and not self.lines.editable:  # as saved (older orders: none)
            saved = record.tax_regime
            supply = Treatment(Regime(saved), record.tax_reason) if saved else None
        rates = [line.vat_rate for line in self.lines.lines if line.vat_rate is not None]
        self.vat.setText(supply_text(supply, rates) if supply is not None else "")
        self.vat.setVisible(supply is not None)

    def _show_current(self) -> None:
        row, _name = self.view.current_field()
        lines = self.lines.lines
        if not 0 <= row < len(lines):
            self.current.setText(
                self.tr("Type an SKU or part of a name, then Enter: quantity, price, discount.")
                if self.lines.editable
                else ""
            )
            return
        line = lines[row]
        problem = line.problem
        if problem:
            self.current.setText(
                f"<span style='{ERROR_STYLE}'>{self.tr('Line {n}').format(n=row + 1)}: "
                f"{_html(problem)}</span>"
            )
            return
        text = f"{self.tr('Line {n}').format(n=row + 1)} · {_html(line.label)}: "
        text += _html(self.lines.explain(row) or self.tr("price as agreed on the order"))
        if line.approved_by:
            text += " · " + _html(
                self.tr("discount approved by {who}: {why}").format(
                    who=line.approved_by, why=line.approval_note
                )
            )
        self.current.setText(text)

    def say(self, text: str, *, error: bool = True) -> None:
        """A line under the table: why something was refused (red), or that it was done; it
        stays until the next change, then the status line tells the state again."""
        self._note_said = (text, error)
        self.show_status()

    def status_state(self) -> StatusState:
        record = self.record
        editable = self.lines.editable and self.client_id is not None
        text, error = self._note_said
        return StatusState(
            editable=editable,
            number=record.number if record else "",
            dirty=self.has_unsaved_edits(),
            problems=len(self.lines.problems()) if editable else 0,
            refused=self.actions_.refused,
            note=text,
            note_is_error=error,
        )

    def show_status(self) -> None:
        """The status line from the window's state (order_status.status_text): called on every
        change of the lines, the header, a save and a reload."""
        text, tone = status_text(self.status_state())
        self.message.setStyleSheet(TONE_STYLES[tone])
        self.message.setText(text)

    def _load_suggestions(self) -> None:
        from kamdesk.services.sales.suggestions import suggestions

        if self.client_id is None or not self.lines.editable:
            return
        ids = tuple(sorted(set(self.lines.product_ids())))
        self._suggested_for = ids
        with self.db.reading() as session:
            found = suggestions(session, self.client_id, ids, today=self.today)
        self.suggestions.set_suggestions(found)

    def add_suggested(self, product_id: str) -> None:
        row = self.lines.add_product(product_id)
        if row >= 0:
            self.view.go_to(row, "quantity")

    # --- state --------------------------------------------------------------------------------
    # --- what the actions and the window registry see -----------------------------------------
    @property
    def record_id(self) -> str | None:
        return self.order_id

    def has_unsaved_edits(self) -> bool:
        editable = self.record is None or allowed("edit", self.record.status)
        if not editable or self.client_id is None:
            return False
        return self.lines.dirty or self.header.is_dirty()

    def _on_changed(self, changes: Changes) -> None:
        if self._busy or not changes & WATCHED:
            return
        if changes & {Change.PRODUCTS, Change.PRICES}:
            self._load_products()
            if self.lines.editable:  # a rate or a product's VAT entered: refused lines retry
                self._prices = {}
                self.lines.follow_rules(refused_only=True)
        if self.order_id is None or self.has_unsaved_edits():
            return  # what the KAM is typing is kept; it is checked again when saved
        try:
            self.reload()
        except UserError:  # the order is gone (deleted on another laptop and synced)
            self._closing = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing and self.has_unsaved_edits():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This order has changes that are not saved. Close and lose them?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        self.hub.changed.disconnect(self._on_changed)
        super().closeEvent(event)


def open_order_window(
    db: Database,
    hub: ChangeHub,
    order_id: str | None = None,
    *,
    client_id: str | None = None,
    parent: QWidget | None = None,
    today: date | None = None,
) -> OrderWindow:
    window = OrderWindow(db, hub, order_id, client_id=client_id, today=today, parent=parent)
    window.setWindowFlag(Qt.WindowType.Window)
    window.show()
    if client_id is None and order_id is None:
        window.header.picker.setFocus()
    else:
        window.view.start_new_line()
    return window


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
