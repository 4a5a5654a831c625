"""The documents of an order as the client will hold them: a commercial proposal tailored before
it goes out (opening text, addressee, validity, terms, optional items) or the contract package
(contract, specification, invoice: together or each alone), in the client's document language.

The texts are shown as the templates have them, fields in double braces included: they are
filled in when the PDF is made, so a changed addressee, validity or optional line always reads
right. Preview shows the PDF without issuing it; Save as, Print and Send by e-mail issue it
first: the copy is stored with its number and version in the client's history, then written."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.documents import LANGUAGES, totals_of
from kamdesk.domain.orders import STATUS_LABELS
from kamdesk.domain.templates import PLACEHOLDERS, clauses, unknown_placeholders
from kamdesk.errors import UserError
from kamdesk.paths import AppPaths
from kamdesk.ui.documents import document_actions as out
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets.forms import ERROR_STYLE, FieldForm
from kamdesk.ui.widgets.price_fields import RIGHT_ALIGN, money, percent_text, qty_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kamdesk.db import Database
    from kamdesk.services.documents.builder import ProposalEdits
    from kamdesk.services.sales.orders import OrderLineRecord, OrderRecord
    from kamdesk.ui.operations import ChangeHub

KINDS = ("proposal", "contract")
PARTS = ("contract", "specification", "invoice")
TEXTS = ("opening", "delivery_terms", "payment_terms")  # the KAM's texts, templates themselves
# a language is named in itself: the document's language is not the interface's
LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}
OK_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #5f6368;"
COLUMNS = ("optional", "no", "sku", "name", "quantity", "unit", "price", "discount", "total")


class DocumentDialog(QDialog):
    """Opened from the order window for its order (saved first: a draft is saved, then used)."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        order_id: str,
        *,
        kind: str = "proposal",
        today: date | None = None,
        templates_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.db, self.hub = db, hub
        self.order_id = order_id
        self.today = today or date.today()
        # the user's copies of the templates, looked for first: AppPaths.templates, as the CLI
        self.templates_dir = templates_dir or (hub.paths or AppPaths.default()).templates
        self.record: OrderRecord | None = None
        self.contacts: list[tuple[str, str, str]] = []  # (id, shown, e-mail)
        self._raw: dict[str, dict[str, str]] = {}  # language -> text field -> template text
        self._issued_texts: tuple[str, ...] | None = None  # the texts as last issued
        self.last_path: Path | None = None  # the last file written
        self.last_issued: str | None = None  # the id of the last issued document
        self._loading = False

        # --- whose, what and in which language ----------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("documentHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QHBoxLayout()
        for i, (key, label) in enumerate(
            (
                ("proposal", self.tr("Commercial proposal")),
                ("contract", self.tr("Contract package")),
            )
        ):
            radio = QRadioButton(label)
            radio.setObjectName(f"kind_{key}")
            self.kind_group.addButton(radio, i)
            self.kind_buttons[key] = radio
            kinds.addWidget(radio)
        kinds.addStretch(1)
        kinds.addWidget(QLabel(self.tr("Document language")))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setToolTip(
            self.tr("The language the client reads; the program's own language does not change.")
        )
        kinds.addWidget(self.language)

        # --- the proposal: terms on the left, the opening letter on the right ---------------
        self.proposal_box = QWidget()
        form = FieldForm()
        self.form = form
        self.addressee = QComboBox()
        self.addressee.setMinimumContentsLength(28)
        self.addressee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        form.add("addressee", self.tr("Addressed to"), self.addressee)
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.valid_until.setMinimumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.valid_until.setMinimumWidth(130)
        form.add("valid_until", self.tr("Valid until"), self.valid_until)
        self.valid_until.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.delivery_terms = self._text_edit("delivery_terms", 100)
        form.add("delivery_terms", self.tr("Delivery terms"), self.delivery_terms)
        self.payment_terms = self._text_edit("payment_terms", 72)
        form.add("payment_terms", self.tr("Payment terms"), self.payment_terms)

        self.opening_form = FieldForm()
        self.opening_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.opening_form.setVerticalSpacing(4)
        self.opening = self._text_edit("opening", 0)
        self.opening.setMinimumHeight(150)
        insert = QToolButton()
        insert.setObjectName("insertField")
        insert.setText(self.tr("Insert field"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        for name, meaning in PLACEHOLDERS.items():
            action = menu.addAction(f"{name} — {meaning}")
            action.triggered.connect(lambda _c=False, n=name: self._insert_field(n))
        insert.setMenu(menu)
        restore = QToolButton()
        restore.setObjectName("restoreTexts")
        restore.setText(self.tr("Template text"))
        restore.setToolTip(self.tr("Put back the opening and the terms as the templates have them"))
        restore.clicked.connect(self._restore_texts)
        opening_box = QWidget()
        opening_layout = QVBoxLayout(opening_box)
        opening_layout.setContentsMargins(0, 0, 0, 0)
        opening_layout.setSpacing(2)
        opening_layout.addWidget(self.opening, 1)
        tools = QHBoxLayout()
        hint = QLabel(self.tr("Names in {{ double braces }} are filled in from the data."))
        hint.setStyleSheet(HINT_STYLE)
        tools.addWidget(hint, 1)
        tools.addWidget(insert)
        tools.addWidget(restore)
        opening_layout.addLayout(tools)
        self.opening_form.add("opening", self.tr("Opening text"), opening_box)
        self.opening_form.widgets["opening"] = self.opening
        opening_box.setObjectName("openingBox")
        proposal_layout = QHBoxLayout(self.proposal_box)
        proposal_layout.setContentsMargins(0, 0, 0, 0)
        proposal_layout.setSpacing(16)
        proposal_layout.addLayout(form, 1)
        proposal_layout.addLayout(self.opening_form, 1)

        # --- the contract package -------------------------------------------------------------
        self.contract_box = QWidget()
        self.parts: dict[str, QCheckBox] = {}
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
            box.toggled.connect(lambda _on: self._update_buttons())
            self.parts[key] = box
            note = QLabel(what)
            note.setStyleSheet(HINT_STYLE + " margin-left: 24px;")
            parts.addWidget(box)
            parts.addWidget(note)
        parts_hint = QLabel(
            self.tr(
                "The parts ticked go into one PDF, in this order; tick one alone to have it on "
                "its own."
            )
        )
        parts_hint.setWordWrap(True)
        parts.addSpacing(6)
        parts.addWidget(parts_hint)
        parts.addStretch(1)
        self.contract_summary = QLabel()
        self.contract_summary.setObjectName("contractSummary")
        self.contract_summary.setTextFormat(Qt.TextFormat.RichText)
        self.contract_summary.setWordWrap(True)
        self.contract_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contract_summary.setStyleSheet(
            "background: #f8f9fa; border: 1px solid #dadce0; padding: 8px;"
        )
        contract_layout = QHBoxLayout(self.contract_box)
        contract_layout.setContentsMargins(0, 0, 0, 0)
        contract_layout.addLayout(parts, 1)
        contract_layout.addWidget(self.contract_summary, 1)

        # --- the order's lines: offered (or optional) in the proposal, the specification ------
        self.lines = QTableWidget(0, len(COLUMNS))
        self.lines.setObjectName("documentLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Optional"),
                self.tr("No."),
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("Total"),
            ]
        )
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(24)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setAlternatingRowColors(True)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.lines.itemChanged.connect(self._on_item_changed)
        self.lines_title = QLabel()
        self.lines_total = QLabel()
        self.lines_total.setObjectName("linesTotal")
        self.lines_total.setAlignment(RIGHT_ALIGN)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.proposal_box)
        body_layout.addWidget(self.contract_box)
        body_layout.addSpacing(4)
        body_layout.addWidget(self.lines_title)
        body_layout.addWidget(self.lines, 1)
        body_layout.addWidget(self.lines_total)

        # --- a preview inside the dialog when this Qt has a PDF view --------------------------
        self.preview_view = out.pdf_view(self)
        if self.preview_view is not None:
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(body)
            split.addWidget(self.preview_view)
            self.preview_view.hide()
            body = split

        # --- what was done, and the buttons ---------------------------------------------------
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, tip, slot in (
            (
                "preview",
                self.tr("Preview"),
                self.tr("See the PDF; nothing is issued"),
                self.preview,
            ),
            (
                "save",
                self.tr("Save as…"),
                self.tr("Issue it (numbered, kept in the client's history) and save the PDF"),
                self.save_as,
            ),
            ("print", self.tr("Print…"), self.tr("Issue it and print"), self.print_),
            (
                "email",
                self.tr("Send by e-mail…"),
                self.tr("Issue it and attach it to a new e-mail"),
                self.send_email,
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(f"doc_{key}")
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.heading)
        layout.addLayout(kinds)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

        self.kind_group.idToggled.connect(self._on_kind)
        self.language.currentIndexChanged.connect(lambda _i: self._on_language())
        self.hub.changed.connect(self._on_changed)
        self._listening = True
        self.load()
        self.kind_buttons[kind if kind in KINDS else "proposal"].setChecked(True)
        self._on_kind()
        self.resize(1000, 760)

    def _text_edit(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        if height:
            edit.setFixedHeight(height)
        edit.textChanged.connect(self._check_texts)
        self.texts[name] = edit
        return edit

    # --- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """The order, the client's people and the proposal's defaults (what the KAM typed or
        chose is kept when called again after a change elsewhere)."""
        from kamdesk.services.clients.contacts import list_contacts
        from kamdesk.services.sales.orders import get_order

        first = self.record is None
        with self.db.reading() as session:
            record = get_order(session, self.order_id)
            contacts = list_contacts(session, record.client_id)
            defaults = self._defaults(session) if first else None
        self.record = record
        self.contacts = [
            (c.id, " — ".join(x for x in (c.data.full_name, c.data.position) if x), c.data.email)
            for c in sorted(contacts, key=lambda c: c.data.full_name.casefold())
        ]
        self._loading = True
        try:
            chosen = defaults.addressee_id if defaults else self.addressee.currentData()
            self.addressee.clear()
            for contact_id, shown, _email in self.contacts:
                self.addressee.addItem(shown, contact_id)
            if not self.contacts:
                self.addressee.addItem(self.tr("(no contacts on file)"), None)
            self.addressee.setEnabled(bool(self.contacts))
            self.addressee.setCurrentIndex(max(0, self.addressee.findData(chosen)))
            if defaults is not None:
                language = defaults.language or "en"
                self.language.setCurrentIndex(max(0, self.language.findData(language)))
                until = defaults.valid_until or self.today
                self.valid_until.setDate(QDate(until.year, until.month, until.day))
                raw = self._templates(self.current_language())
                for name, edit in self.texts.items():
                    edit.setPlainText(raw.get(name, ""))
            optional = set(defaults.optional_line_nos if defaults else self.optional_line_nos())
            self._fill_lines(record.lines, optional)
        finally:
            self._loading = False
        status = self.tr(STATUS_LABELS.get(record.status, record.status)).lower()
        self.heading.setText(
            f"<span style='font-size:15px'><b>{_html(record.client_name)}</b></span> &nbsp; "
            + _html(
                self.tr("order {number} of {day}, {status}").format(
                    number=record.number, day=record.order_date.isoformat(), status=status
                )
            )
        )
        self.setWindowTitle(
            self.tr("Documents — {number} — {client}").format(
                number=record.number, client=record.client_name
            )
        )
        self._check_texts()
        self._show_totals()
        self._show_contract_summary()

    def _defaults(self, session: Session) -> ProposalEdits:
        """The proposal's defaults (language, addressee, validity); a broken template does
        not keep the dialog shut: it is named at its field instead."""
        from kamdesk.services.documents.builder import (
            VALID_DAYS,
            ProposalEdits,
            TemplateProblem,
            proposal_defaults,
        )

        try:
            return proposal_defaults(
                session, self.order_id, today=self.today, templates_dir=self.templates_dir
            )
        except TemplateProblem:
            from kamdesk.services.clients.client_terms import get_client_terms
            from kamdesk.services.sales.orders import get_order

            client_id = get_order(session, self.order_id).client_id
            language = get_client_terms(session, client_id).document_language
            return ProposalEdits(
                language=language if language in LANGUAGES else "en",
                valid_until=self.today + timedelta(days=VALID_DAYS),
            )

    def _templates(self, language: str) -> dict[str, str]:
        """The opening and the terms as the templates have them in `language` (the user's
        copies first), placeholders and all."""
        from kamdesk.services.documents.builder import template_text

        if language not in self._raw:
            try:
                opening = template_text("proposal_opening", language, self.templates_dir)
                terms = template_text("proposal_terms", language, self.templates_dir)
            except UserError as exc:
                self.say(str(exc), error=True)
                return {}
            sections = [body for _heading, body in clauses(terms)] + ["", ""]
            self._raw[language] = {
                "opening": opening.strip(),
                "delivery_terms": sections[0],
                "payment_terms": sections[1],
            }
        return self._raw[language]

    def _fill_lines(self, lines: tuple[OrderLineRecord, ...], optional: set[int]) -> None:
        cur = self.record.currency if self.record else ""
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(
                Qt.CheckState.Checked if line.line_no in optional else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, line.line_no)
            check.setToolTip(self.tr("Offered apart, not counted in the total"))
            texts = (
                str(line.line_no),
                line.sku,
                line.name,
                qty_text(line.quantity),
                line.unit,
                money(line.unit_price),
                percent_text(line.discount_percent) if line.discount_percent else "",
                money(line.gross, cur),
            )
            self.lines.setItem(row, 0, check)
            for col, text in enumerate(texts, 1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if COLUMNS[col] in ("no", "quantity", "price", "discount", "total"):
                    item.setTextAlignment(RIGHT_ALIGN)
                self.lines.setItem(row, col, item)
            self._style_row(row)

    def _style_row(self, row: int) -> None:
        """An optional line is greyed and italic: it stands apart from the offer's total."""
        check = self.lines.item(row, 0)
        optional = (
            self.kind() == "proposal"
            and check is not None
            and check.checkState() == Qt.CheckState.Checked
        )
        for col in range(1, len(COLUMNS)):
            item = self.lines.item(row, col)
            if item is None:
                continue
            font = item.font()
            font.setItalic(optional)
            item.setFont(font)
            item.setForeground(Qt.GlobalColor.darkGray if optional else Qt.GlobalColor.black)

    def _restyle(self) -> None:
        self._loading = True
        try:
            for row in range(self.lines.rowCount()):
                self._style_row(row)
        finally:
            self._loading = False

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        self._loading = True
        try:
            self._style_row(item.row())
        finally:
            self._loading = False
        self._show_totals()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes & {"orders", "order", "client", "clients", "contacts"}:
            try:
                self.load()
            except UserError:  # the order is gone (deleted, or synced away)
                self.say(self.tr("This order no longer exists."), error=True)
                for button in self.buttons.values():
                    button.setEnabled(False)

    # --- reading what the KAM chose -------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(0, self.kind_group.checkedId())]

    def current_language(self) -> str:
        return str(self.language.currentData())

    def optional_line_nos(self) -> tuple[int, ...]:
        nos: list[int] = []
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                nos.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(nos)

    def set_optional(self, line_no: int, optional: bool = True) -> None:
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line_no:
                item.setCheckState(Qt.CheckState.Checked if optional else Qt.CheckState.Unchecked)

    def chosen_parts(self) -> tuple[str, ...]:
        return tuple(key for key in PARTS if self.parts[key].isChecked())

    def edits(self) -> ProposalEdits:
        from kamdesk.services.documents.builder import ProposalEdits

        day = self.valid_until.date()
        return ProposalEdits(
            language=self.current_language(),
            opening=self.opening.toPlainText().strip(),
            valid_until=date(day.year(), day.month(), day.day()),
            delivery_terms=self.delivery_terms.toPlainText().strip(),
            payment_terms=self.payment_terms.toPlainText().strip(),
            addressee_id=self.addressee.currentData(),
            optional_line_nos=self.optional_line_nos(),
        )

    def _current_texts(self) -> tuple[str, ...]:
        return tuple(self.texts[name].toPlainText() for name in TEXTS)

    # --- reacting -----------------------------------------------------------------------------
    def _on_kind(self, *_args: Any) -> None:
        proposal = self.kind() == "proposal"
        self.proposal_box.setVisible(proposal)
        self.contract_box.setVisible(not proposal)
        self.lines.setColumnHidden(0, not proposal)
        self.lines_title.setText(
            self.tr(
                "<b>Lines</b> &nbsp; tick <i>Optional</i> for items offered apart, not counted "
                "in the total"
            )
            if proposal
            else self.tr("<b>Specification</b> &nbsp; the order's lines, as appendix 1 lists them")
        )
        self._restyle()
        self._show_totals()
        self.status.clear()
        self._update_buttons()

    def _on_language(self) -> None:
        """The texts of the new language's templates, except those the KAM wrote."""
        if self._loading:
            return
        language = self.current_language()
        before = [raw for code, raw in self._raw.items() if code != language]
        new = self._templates(language)
        for name, edit in self.texts.items():
            typed = edit.toPlainText()
            untouched = not typed.strip() or any(typed == raw.get(name) for raw in before)
            if untouched and name in new:
                edit.setPlainText(new[name])
        self._show_contract_summary()

    def _restore_texts(self) -> None:
        raw = self._templates(self.current_language())
        for name, edit in self.texts.items():
            if name in raw:
                edit.setPlainText(raw[name])

    def _insert_field(self, name: str) -> None:
        self.opening.insertPlainText("{{ " + name + " }}")
        self.opening.setFocus()

    def _check_texts(self) -> None:
        """Unknown names in braces are said at once, beside their text, before any printing."""
        problems = {}
        for name, edit in self.texts.items():
            bad = unknown_placeholders(edit.toPlainText())
            if bad:
                problems[name] = self._unknown_message(bad)
        self._mark(problems)
        self._update_buttons()

    def _mark(self, problems: dict[str, str]) -> None:
        """A message under each field at fault; the focus stays where the KAM types."""
        for form in (self.form, self.opening_form):
            for name, label in form.errors.items():
                label.setText(problems.get(name, ""))
                label.setVisible(name in problems)

    def _unknown_message(self, names: list[str]) -> str:
        shown = ", ".join("{{ " + n + " }}" for n in names)
        return self.tr(
            "Unknown field(s): {names}. Use only the names under Insert field; nothing is "
            "printed until this is fixed.",
            "",
            len(names),
        ).format(names=shown)

    def _update_buttons(self) -> None:
        if self.kind() == "contract":
            ready = bool(self.chosen_parts())
            if not ready:
                self.say(self.tr("Tick at least one part of the package."), error=True)
            elif self.status.text() == self.tr("Tick at least one part of the package."):
                self.status.clear()
        else:
            ready = not any(unknown_placeholders(t) for t in self._current_texts())
        for button in self.buttons.values():
            button.setEnabled(ready)

    def _show_totals(self) -> None:
        record = self.record
        if record is None:
            return
        optional = set(self.optional_line_nos()) if self.kind() == "proposal" else set()
        offered = [line for line in record.lines if line.line_no not in optional]
        apart = [line for line in record.lines if line.line_no in optional]
        total = totals_of(offered).gross  # the sum the printed document shows
        text = self.tr("In the total: %n line(s), ", "", len(offered)) + self.tr(
            "<b>{total}</b> with VAT"
        ).format(total=money(total, record.currency))
        if apart:
            extra = totals_of(apart).gross
            text += " &nbsp;·&nbsp; " + self.tr(
                "optional, apart: %n line(s), {total}", "", len(apart)
            ).format(total=money(extra, record.currency))
        self.lines_total.setText(text)

    def _show_contract_summary(self) -> None:
        record = self.record
        if record is None:
            return
        delivery = record.delivery_date.isoformat() if record.delivery_date else self.tr("not set")
        total = f"<b>{money(record.total_gross, record.currency)}</b> " + _html(
            self.tr("(net {net}, VAT {vat})").format(
                net=money(record.total_net), vat=money(record.total_vat)
            )
        )
        rows = [
            (self.tr("Buyer"), _html(record.client_name)),
            (self.tr("Order"), _html(f"{record.number} · {record.order_date.isoformat()}")),
            (self.tr("Total"), total),
            (self.tr("Delivery date"), _html(delivery)),
            (self.tr("Language"), _html(LANGUAGE_NAMES.get(self.current_language(), ""))),
        ]
        cells = "".join(
            f"<tr><td style='color:#5f6368; padding-right:14px'>{_html(k)}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        folder = _html(str(self.templates_dir))
        self.contract_summary.setText(
            f"<b>{_html(self.tr('The package is made from'))}</b>"
            f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
            f"<p style='color:#5f6368'>"
            + _html(
                self.tr(
                    "The contract's wording comes from its template: to change it, put your copy "
                    "in {folder}."
                )
            ).format(folder=f"<code>{folder}</code>")
            + "</p>"
        )

    def say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.status.setText(text)

    # --- making the PDF -----------------------------------------------------------------------
    def make(self) -> tuple[Any, bytes] | None:
        """The document and its PDF as the dialog stands; None, with the reason shown beside
        the field or in a message, when it cannot be made (a wrong template): nothing is
        printed then."""
        from kamdesk.reports.documents import render_document
        from kamdesk.services.documents.builder import build_document

        kind = self.kind()
        if kind == "proposal":
            self._check_texts()
            bad = [n for text in self._current_texts() for n in unknown_placeholders(text)]
            if bad:
                names = ", ".join("{{ " + n + " }}" for n in dict.fromkeys(bad))
                self.say(
                    self.tr(
                        "Nothing printed: unknown field(s) {names}, marked in red above."
                    ).format(names=names),
                    error=True,
                )
                return None
        buffer = BytesIO()
        try:
            with out.busy():
                with self.db.reading() as session:
                    doc = build_document(
                        session,
                        kind,
                        self.order_id,
                        self.edits(),
                        today=self.today,
                        templates=self.templates_dir,
                    )
                render_document(doc, buffer, parts=self.chosen_parts())
        except UserError as exc:
            self._refused(exc)
            return None
        return doc, buffer.getvalue()

    def _refused(self, exc: UserError) -> None:
        """A text or template naming unknown fields, or data missing: said before anything is
        printed, at the text at fault when it is one of the dialog's."""
        from kamdesk.services.documents.builder import TemplateProblem

        message = str(exc)
        self.say(self.tr("Nothing printed: {why}").format(why=message), error=True)
        field = None
        if isinstance(exc, TemplateProblem):
            field = {
                "The opening text": "opening",
                "The delivery terms": "delivery_terms",
                "The payment terms": "payment_terms",
            }.get(exc.source)
        if field is not None and self.kind() == "proposal":
            self._mark({field: message})
            self.texts[field].setFocus()
            return
        QMessageBox.warning(self, self.tr("Document not made"), message)

    def _issue(self, doc: Any, pdf: bytes, path: Path) -> str | None:
        """Store the issued copy (number, version, the PDF) and write the file, as one step: a
        file that cannot be written leaves nothing issued, and nothing typed is lost."""
        from kamdesk.services.documents.builder import issue_document

        record = self.record
        assert record is not None
        kind, order_id, client_id, today = self.kind(), self.order_id, record.client_id, self.today
        written: list[Path] = []

        def work(session: Session) -> str:
            document_id = issue_document(
                session,
                doc,
                kind=kind,
                order_id=order_id,
                client_id=client_id,
                pdf=pdf,
                today=today,
            )
            written.append(out.write_pdf(path, pdf))
            return document_id

        try:
            with out.busy():
                document_id = run_op(self, self.db, self.hub, work, changes={"documents", "client"})
        except OSError as exc:
            message = out.write_error(path, exc)
            self.say(self.tr("Not issued: {why}").format(why=message), error=True)
            QMessageBox.warning(self, self.tr("Not saved"), message)
            return None
        if document_id is None:
            return None
        self.last_issued = document_id
        self.last_path = written[0]
        if kind == "proposal":
            self._issued_texts = self._current_texts()
        return document_id

    def _issued_text(self) -> str:
        """'Proposal KP-2026-0007, version 2 (the earlier versions are kept)'."""
        from kamdesk.services.documents.builder import list_documents

        assert self.record is not None and self.last_issued is not None
        with self.db.reading() as session:
            rows = list_documents(session, self.record.client_id)
        row = next(r for r in rows if r.id == self.last_issued)
        if row.kind == "proposal":
            text = self.tr("Proposal {number}, version {version}")
        else:
            text = self.tr("Contract package {number}, version {version}")
        text = text.format(number=row.number, version=row.version)
        if row.version > 1:
            text += " " + self.tr("(the earlier versions are kept in the client's history)")
        return text

    def _name(self, doc: Any) -> str:
        """The file's name: number, version when not the first, the part when alone."""
        from kamdesk.services.documents.builder import list_documents

        version = getattr(doc, "version", None)
        if version is None and self.record is not None:  # a contract counts its issues
            with self.db.reading() as session:
                rows = list_documents(session, self.record.client_id)
            kind = self.kind()
            version = 1 + max(
                (r.version for r in rows if r.kind == kind and r.number == doc.number), default=0
            )
        parts = self.chosen_parts()
        suffix = parts[0] if self.kind() == "contract" and len(parts) == 1 else ""
        return out.file_name(doc.number, int(version or 1), suffix)

    # --- the buttons --------------------------------------------------------------------------
    def preview(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        path = out.outbox() / ("preview " + self._name(doc))
        try:
            path = out.write_pdf(path, pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Preview"), out.write_error(path, exc))
            return None
        self.last_path = path
        if self.preview_view is not None:
            out.show_in_view(self.preview_view, path)
            self.preview_view.show()
            self.say(self.tr("Preview: not issued yet."))
        else:
            out.open_file(path)
            self.say(self.tr("Preview opened in your PDF viewer: not issued yet."))
        return path

    def save_as(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document as"),
            str(Path(folder) / self._name(doc)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name or self._issue(doc, pdf, Path(name)) is None:
            return None
        self.say(
            self.tr("{what} issued and saved: {path}").format(
                what=self._issued_text(), path=self.last_path
            )
        )
        return self.last_path

    def print_(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        if self._issue(doc, pdf, out.outbox() / self._name(doc)) is None:
            return None
        path = self.last_path
        assert path is not None
        what = self._issued_text()
        printed = out.print_pdf(self, path)
        if printed is None:
            out.open_file(path)
            self.say(
                self.tr(
                    "{what} issued and opened in your PDF viewer: print it from the viewer."
                ).format(what=what)
            )
        elif printed:
            self.say(self.tr("{what} issued and sent to the printer.").format(what=what))
        else:
            self.say(self.tr("{what} issued, not printed: {path}").format(what=what, path=path))
        return path

    def send_email(self) -> Path | None:
        made = self.make()
        if made is None:
            return None
        doc, pdf = made
        if self._issue(doc, pdf, out.outbox() / self._name(doc)) is None:
            return None
        path = self.last_path
        assert path is not None
        subjects = out.SUBJECTS[self.kind()]
        subject = subjects.get(self.current_language(), subjects["en"]).format(number=doc.number)
        what = self._issued_text()
        if out.mail_with_attachment(path, subject, self._addressee_email()):
            self.say(
                self.tr("{what} issued and attached to a new e-mail: {path}").format(
                    what=what, path=path
                )
            )
        else:
            out.reveal(path)
            self.say(
                self.tr("{what} issued. Attach {file} to your e-mail (its folder is open).").format(
                    what=what, file=path
                )
            )
        return path

    def _addressee_email(self) -> str:
        chosen = self.addressee.currentData()
        return next((email for cid, _s, email in self.contacts if cid == chosen), "")

    # --- closing ------------------------------------------------------------------------------
    def _typed_unissued(self) -> bool:
        """The KAM changed the texts and they have gone out in no document."""
        texts = self._current_texts()
        raw = self._raw.get(self.current_language(), {})
        edited = any(texts[i].strip() != raw.get(name, "").strip() for i, name in enumerate(TEXTS))
        return edited and texts != self._issued_texts

    def reject(self) -> None:
        """Escape, Close and the window's cross: texts of their own are not lost unasked."""
        if self._typed_unissued():
            answer = QMessageBox.question(
                self,
                self.tr("Texts not used"),
                self.tr(
                    "The texts you wrote for this proposal have not gone out in a document. "
                    "Close and lose them?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._listening:
            self._listening = False
            self.hub.changed.disconnect(self._on_changed)
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
